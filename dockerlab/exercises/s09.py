"""Exercises of notebook 09.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from .helpers import need_container
from .legacy import legacy


@legacy("09.1", "management commands")
def _management(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex09-mgmt")
    ok = not info["State"]["Running"] and info["State"]["ExitCode"] == 0
    return ok, "ex09-mgmt ran hello-world and exited 0", "docker container run ..."


@legacy("09.2", "remove a section's containers in one line")
def _remove_all(client: Any) -> tuple[bool, str, str]:
    left = client.api.containers(all=True, filters={"label": "dockerlab.course=09"})
    names = sorted(n.lstrip("/") for c in left for n in c["Names"])
    return not left, ("no container of section 09 is left" if not left else
                      f"still here: {', '.join(names)}"), (
        "docker container rm -f $(docker container ls -aq --filter "
        "label=dockerlab.course=09)")
