"""Exercises of notebook 03.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from .helpers import logs_text, need_container
from .legacy import legacy


@legacy("03.1", "the kernel inside is the host's")
def _kernel(client: Any) -> tuple[bool, str, str]:
    need_container(client, "ex03-kernel")
    inside = logs_text(client, "ex03-kernel").strip()
    host = client.api.info()["KernelVersion"]
    if inside != host:
        return False, f"ex03-kernel printed {inside!r}", "its command should be `uname -r`"
    return True, "ex03-kernel printed the same kernel version the Engine reports", ""


@legacy("03.2", "PID 1 inside")
def _pid_one(client: Any) -> tuple[bool, str, str]:
    need_container(client, "ex03-pid")
    printed = logs_text(client, "ex03-pid").strip()
    if printed != "1":
        return False, f"ex03-pid printed {printed!r}", "run sh -c 'echo $$' as its command"
    return True, "inside its namespace the container's first process is PID 1", ""
