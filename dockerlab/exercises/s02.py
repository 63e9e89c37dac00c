"""Exercises of notebook 02.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

import time
from typing import Any

from .helpers import container, need_container
from .legacy import legacy


@legacy("02.1", "a container created with one raw HTTP request")
def _raw_create(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex02-raw")
    if info["Config"]["Image"] != "dockerlab/hello-world":
        return False, "ex02-raw does not run dockerlab/hello-world", (
            'send {"Image": "dockerlab/hello-world", ...} to POST /containers/create')
    return True, "ex02-raw exists, created through the Engine API", ""


@legacy("02.2", "started with a raw HTTP request")
def _raw_start(client: Any) -> tuple[bool, str, str]:
    info = container(client, "ex02-raw")
    if info is None or not info["State"].get("StartedAt", "").startswith("2"):
        return False, "ex02-raw has never started", "POST /containers/ex02-raw/start"
    if info["State"]["Running"]:
        return False, "ex02-raw is still running", "hello-world exits by itself: wait a moment"
    code = info["State"]["ExitCode"]
    return code == 0, f"ex02-raw ran and exited with code {code}", "read its logs"


@legacy("02.3", "pause and unpause, seen in the event stream")
def _events(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex02-events")
    since = int(time.time()) - 3600
    seen = [e.get("Action") for e in client.api.events(
        since=since, until=int(time.time()) + 1, decode=True,
        filters={"container": info["Id"], "event": ["pause", "unpause"]})]
    if "pause" not in seen or "unpause" not in seen:
        return False, f"events for ex02-events: {seen or 'none'}", (
            "docker pause ex02-events, then docker unpause ex02-events")
    return True, "the Engine reported pause and unpause for ex02-events", ""
