"""Exercises of notebook 05.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from ..format import human_size
from .helpers import logs_text, need_container
from .legacy import legacy


@legacy("05.1", "a container's size, found with --help")
def _size(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex05-size")
    found = client.api.containers(all=True, size=True, filters={"id": info["Id"]})
    size = int(found[0].get("SizeRw") or 0) if found else 0
    if size < 1_000_000:
        return False, f"ex05-size's writable layer holds {size} bytes", (
            "write a 1 MB file: dd if=/dev/zero of=/big bs=1M count=1")
    return True, f"ex05-size added {human_size(size)} (docker ps -s shows it)", ""


@legacy("05.2", "an environment variable, found with --help")
def _env(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex05-env")
    if "GREETING=hello" not in (info["Config"].get("Env") or []):
        return False, "ex05-env has no GREETING=hello", "docker run --help | grep env: -e"
    printed = "GREETING=hello" in logs_text(client, "ex05-env").split()
    return printed, ("ex05-env has GREETING=hello in its environment" if printed else
                     "ex05-env did not print GREETING=hello"), "run `env` as its command"
