"""The instructor's view: every learner's server, engine, exercises and last activity
(``dockerlab classroom status``, and the hub's ``/services/classroom/`` page), and resetting
one learner's engine without touching their files (``dockerlab classroom reset NAME``)."""

from __future__ import annotations

import contextlib
import json
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

from ..engine_errors import engine_errors
from ..errors import DockerlabError, NotFound
from ..format import human_duration
from ..i18n import N_, _
from ..table import CliFrame, CliView
from .hubapi import HubAPI
from .state import Settings

__all__ = [
    "container_name",
    "engine_volume",
    "probe",
    "remove_container",
    "reset_engine",
    "status",
    "status_frame",
]


_STATES = {"ready": N_("ready"), "starting": N_("starting"), "stopped": N_("stopped")}


def container_name(user: str) -> str:
    return f"dockerlab-classroom-{user}"


def engine_volume(user: str) -> str:
    return f"dockerlab-classroom-engine-{user}"


def remove_container(api: Any, name: str, timeout: float = 60.0) -> None:
    """Remove a container (and its anonymous volumes), also when the Engine is removing it
    already (DockerSpawner's auto-remove after a stop); return once it is gone."""
    deadline = time.monotonic() + timeout
    with contextlib.suppress(DockerlabError), engine_errors("container", name):
        api.remove_container(name, force=True, v=True)
    while time.monotonic() < deadline:
        try:
            with engine_errors("container", name):
                api.inspect_container(name)
        except NotFound:
            return
        time.sleep(0.2)
    raise DockerlabError(
        _("container {name} is still there after {s:.0f} s").format(name=name, s=timeout),
        subject=name,
        hint=_("docker rm -f {name}").format(name=name),
    )


def _ago(stamp: str | None, now: datetime) -> str:
    if not stamp:
        return "-"
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return _("{duration} ago").format(duration=human_duration((now - when).total_seconds()))


def status_frame(
    users: list[dict[str, Any]], probes: dict[str, dict[str, Any]], now: datetime
) -> CliFrame:
    """Pure: the hub's user list and each learner's probe → the instructor's table.

    >>> from dockerlab.i18n import language_scope
    >>> users = [{"name": "learner01", "admin": False, "last_activity": "2026-01-01T10:00:00Z",
    ...           "servers": {"": {"ready": True}}},
    ...          {"name": "learner02", "admin": False, "last_activity": None, "servers": {}}]
    >>> probes = {"learner01": {"engine": "20.10.24", "passed": {"07.1": True, "07.2": False}}}
    >>> now = datetime(2026, 1, 1, 10, 5, tzinfo=timezone.utc)
    >>> with language_scope("en"):
    ...     print(status_frame(users, probes, now).to_cli())
    ... # doctest: +NORMALIZE_WHITESPACE
    LEARNER     SERVER    ENGINE     07    LAST ACTIVITY
    learner01   ready     20.10.24   1/2   5 minutes ago
    learner02   stopped   -          -     -
    """
    sections = sorted(
        {key.split(".")[0] for p in probes.values() for key in (p.get("passed") or {})}
    )
    rows: dict[str, list[Any]] = {
        k: []
        for k in (
            "LEARNER",
            "SERVER",
            "ENGINE",
            *sections,
            "LAST ACTIVITY",
            "name",
            "server",
            "engine",
            "passed",
        )
    }
    for user in sorted(users, key=lambda u: (bool(u.get("admin")), u["name"])):
        name = user["name"]
        server = (user.get("servers") or {}).get("")
        state = "ready" if server and server.get("ready") else ("starting" if server else "stopped")
        found = probes.get(name) or {}
        passed = found.get("passed") or {}
        rows["LEARNER"].append(name + (" (admin)" if user.get("admin") else ""))
        rows["SERVER"].append(_(_STATES[state]))
        rows["ENGINE"].append(
            found.get("engine")
            or (_("down: {error}").format(error=found["error"]) if found.get("error") else "-")
        )
        for section in sections:
            mine = [v for k, v in passed.items() if k.split(".")[0] == section]
            rows[section].append(f"{sum(mine)}/{len(mine)}" if mine else "-")
        rows["LAST ACTIVITY"].append(_ago(user.get("last_activity"), now))
        rows["name"].append(name)
        rows["server"].append(state)
        rows["engine"].append(bool(found.get("engine")))
        rows["passed"].append(passed)
    columns = ("LEARNER", "SERVER", "ENGINE", *sections, "LAST ACTIVITY")
    return CliFrame(rows, cli=CliView("dockerlab classroom status", columns))


def probe(api: Any, user: str, timeout: float = 60.0) -> dict[str, Any]:
    """Ask inside the learner's container: their engine and their exercises (JSON)."""
    try:
        with engine_errors("container", container_name(user)):
            exec_id = api.exec_create(
                container_name(user),
                ["timeout", str(int(timeout)), "python", "-m", "dockerlab.classroom.probe"],
                user="root",
            )
            output = api.exec_start(exec_id).decode(errors="replace").strip()
    except DockerlabError as exc:
        return {"engine": None, "error": exc.message[:120], "passed": {}}
    last = output.splitlines()[-1] if output else ""
    try:
        return dict(json.loads(last))
    except ValueError:
        return {"engine": None, "error": last[:120] or _("no answer"), "passed": {}}


def status(api: Any, settings: Settings) -> CliFrame:
    """The instructor's table, asked now of the hub and of every running learner."""
    users = HubAPI(settings.url, settings.token).users()
    running = [u["name"] for u in users if ((u.get("servers") or {}).get("") or {}).get("ready")]
    with ThreadPoolExecutor(max_workers=8) as pool:
        probes = dict(zip(running, pool.map(lambda n: probe(api, n), running), strict=True))
    return status_frame(users, probes, datetime.now(timezone.utc))


def reset_engine(api: Any, settings: Settings, user: str, timeout: float = 180.0) -> bool:
    """Give ``user`` a new, empty engine (their home stays): stop their server, delete the
    engine's volume, start the server again if it was running. Returns whether it was."""
    if user not in settings.everyone:
        raise DockerlabError(
            _("{name} is not in this class").format(name=user),
            subject=user,
            hint=_("the class is: {users}").format(users=", ".join(settings.everyone)),
        )
    hub = HubAPI(settings.url, settings.token)
    was_running = bool((hub.user(user).get("servers") or {}).get(""))
    hub.stop(user)
    hub.wait(user, ready=False, timeout=timeout)
    remove_container(api, container_name(user))  # DockerSpawner may be removing it already
    with contextlib.suppress(NotFound), engine_errors("volume", engine_volume(user)):
        api.remove_volume(engine_volume(user), force=True)
    if was_running:
        hub.start(user)
        hub.wait(user, ready=True, timeout=timeout)
    return was_running
