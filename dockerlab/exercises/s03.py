"""Exercises of notebook 03, why Docker is faster than a VM: one shared kernel."""

from __future__ import annotations

import re
from typing import Any

from ..i18n import N_, _
from ..timespec import engine_time
from .base import NotYet, exercise
from .helpers import logs_text, need_container

_UPTIME = re.compile(r"^\s*(\d+(?:\.\d+)?)\s+\d+(?:\.\d+)?\s*$", re.M)
#: A line of busybox ``ps``: PID, user, (time,) command; the TIME column depends on the build.
_PS_LINE = re.compile(r"^\s*(\d+)\s+(.*?)\s*$")


def _seconds_between(start: str, end: str) -> float | None:
    """Seconds from one Engine timestamp to another (nanosecond RFC 3339), or None."""
    first, last = engine_time(start), engine_time(end)
    if first is None or last is None:
        return None
    return last - first


@exercise(
    "03.1",
    N_("the kernel has been up longer than the container"),
    solution="""
docker run --name ex03-uptime dockerlab/busybox cat /proc/uptime
""",
)
def _uptime(client: Any) -> str:
    info = need_container(
        client,
        "ex03-uptime",
        _("run it: docker run --name ex03-uptime dockerlab/busybox cat /proc/uptime"),
    )
    if info["State"]["Running"]:
        raise NotYet(
            _("ex03-uptime is still running"),
            _("its command should print /proc/uptime and exit: cat /proc/uptime"),
        )
    match = _UPTIME.search(logs_text(client, "ex03-uptime"))
    if match is None:
        raise NotYet(
            _("ex03-uptime did not print /proc/uptime"),
            _("remove it (docker rm ex03-uptime) and run it with the command cat /proc/uptime"),
        )
    uptime = float(match[1])
    lived = (
        _seconds_between(info["State"].get("StartedAt", ""), info["State"].get("FinishedAt", ""))
        or 0.0
    )
    if uptime <= lived + 1:
        raise NotYet(
            _(
                "ex03-uptime printed an uptime of {n:.0f} s, no longer than the container ran"
            ).format(n=uptime),
            _("print the kernel's uptime: cat /proc/uptime"),
        )
    return _(
        "ex03-uptime printed an uptime of {minutes:.0f} minutes: the host kernel's, "
        "running long before the container started"
    ).format(minutes=uptime / 60)


@exercise(
    "03.2",
    N_("one kernel, one process table"),
    solution="""
docker run -d --name ex03-sleeper dockerlab/busybox sleep 3600
docker run --name ex03-all --pid host dockerlab/busybox ps
""",
)
def _host_pids(client: Any) -> str:
    sleeper = need_container(
        client,
        "ex03-sleeper",
        _("start it first: docker run -d --name ex03-sleeper dockerlab/busybox sleep 3600"),
    )
    command = " ".join(sleeper["Config"].get("Cmd") or [])
    if command != "sleep 3600":
        raise NotYet(
            _("ex03-sleeper runs {cmd!r}, not 'sleep 3600'").format(cmd=command),
            _("remove it (docker rm -f ex03-sleeper) and run it with the command sleep 3600"),
        )
    viewer = need_container(
        client,
        "ex03-all",
        _("then run: docker run --name ex03-all --pid host dockerlab/busybox ps"),
    )
    if viewer["HostConfig"].get("PidMode") != "host":
        raise NotYet(
            _("ex03-all has a PID namespace of its own, so its ps sees only itself"),
            _("remove it (docker rm ex03-all) and run it again with --pid host"),
        )
    rows = [
        m.groups()
        for m in map(_PS_LINE.match, logs_text(client, "ex03-all").splitlines())
        if m is not None
    ]
    sleeps = [int(pid) for pid, rest in rows if re.search(r"(^|\s)sleep 3600$", rest)]
    if not sleeps:
        raise NotYet(
            _("the ps of ex03-all lists no 'sleep 3600'"),
            _(
                "start ex03-sleeper first, then run ex03-all again "
                "(docker rm ex03-all, then docker run … --pid host … ps)"
            ),
        )
    host_pid = int(sleeper["State"].get("Pid") or 0)
    if sleeper["State"]["Running"] and host_pid not in sleeps:
        raise NotYet(
            _("the ps of ex03-all shows no process with ex03-sleeper's host PID {pid}").format(
                pid=host_pid
            ),
            _("run ex03-all again while ex03-sleeper runs (docker rm ex03-all first)"),
        )
    return _(
        "ex03-all listed {n} host processes, ex03-sleeper's sleep among them: one "
        "kernel, one process table, seen through namespaces"
    ).format(n=len(rows))
