"""Pure: containers (``GET /containers/json``, ``.../top``) → CliFrame.

Each builder takes the JSON one Engine call returned (``GET /containers/json``,
``GET /images/json``, ``GET /images/{name}/history``, ``GET /containers/{id}/top``) and the
CLI's flags, and returns the CLI's table plus typed columns. ``now`` (epoch seconds) is a
parameter so that "2 minutes ago" is testable.

>>> raw = [{"Id": "a" * 64, "Names": ["/web"], "Image": "dockerlab/web", "ImageID": "sha256:"
...         + "b" * 64, "Command": "httpd -f -p 80", "Created": 1_700_000_000, "State": "exited",
...         "Status": "Exited (137) 2 minutes ago", "Ports": [], "Labels": {"tier": "web"}}]
>>> frame = containers_frame(raw, now=1_700_000_150, command="docker ps -a")
>>> frame[["CONTAINER ID", "COMMAND", "CREATED", "NAMES"]].iloc[0].tolist()
['aaaaaaaaaaaa', '"httpd -f -p 80"', '2 minutes ago', 'web']
>>> int(frame["exit_code"].iloc[0]), frame["created"].dtype
(137, datetime64[s, UTC])
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame, ints, now_or, utc_seconds

__all__ = ["PS_COLUMNS", "containers_frame", "diff_frame", "exit_code_of", "top_frame"]

PS_COLUMNS = ("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES")

_EXITED = re.compile(r"^Exited \((-?\d+)\)")


def exit_code_of(status: str) -> int | None:
    """The exit code in a container's STATUS, if it has exited.

    >>> exit_code_of("Exited (137) 5 seconds ago"), exit_code_of("Up 3 minutes")
    (137, None)
    """
    match = _EXITED.match(status or "")
    return int(match.group(1)) if match else None


def containers_frame(
    raw: Sequence[Mapping[str, Any]],
    *,
    now: float | None = None,
    no_trunc: bool = False,
    size: bool = False,
    quiet: bool = False,
    command: str = "docker ps",
) -> CliFrame:
    """``docker ps`` from ``GET /containers/json``.

    Typed columns: ``id``, ``name``, ``image``, ``image_id``, ``command``, ``created``,
    ``state``, ``exit_code`` (``Int64``, missing unless exited), ``ports`` (the Engine's list),
    ``labels`` (dict), and with ``size=True`` ``size_rw`` / ``size_root_fs`` (bytes).
    """
    t = now_or(now)
    ids = [c["Id"] for c in raw]
    id_col = [fmt.truncate_id(i, no_trunc=no_trunc) for i in ids]
    if quiet:
        return frame(
            {"CONTAINER ID": id_col}, {"id": ids}, CliView(command, ("CONTAINER ID",), header=False)
        )
    display: dict[str, list[Any]] = {
        "CONTAINER ID": id_col,
        "IMAGE": [
            fmt.format_container_image(c.get("Image", ""), c.get("ImageID", ""), no_trunc=no_trunc)
            for c in raw
        ],
        "COMMAND": [fmt.format_command(c.get("Command", ""), no_trunc=no_trunc) for c in raw],
        "CREATED": [fmt.since(c.get("Created", 0), t) for c in raw],
        "STATUS": [c.get("Status", "") for c in raw],
        "PORTS": [fmt.format_ports(c.get("Ports")) for c in raw],
        "NAMES": [fmt.format_names(c.get("Names") or [], no_trunc=no_trunc) for c in raw],
    }
    columns: tuple[str, ...] = PS_COLUMNS
    typed: dict[str, Any] = {
        "id": ids,
        "name": [fmt.format_names(c.get("Names") or []) for c in raw],
        "image": [c.get("Image", "") for c in raw],
        "image_id": [c.get("ImageID", "") for c in raw],
        "command": [c.get("Command", "") for c in raw],
        "created": utc_seconds([c.get("Created") for c in raw]),
        "state": [c.get("State", "") for c in raw],
        "exit_code": ints(exit_code_of(c.get("Status", "")) for c in raw),
        "ports": [list(c.get("Ports") or []) for c in raw],
        "labels": [dict(c.get("Labels") or {}) for c in raw],
    }
    if size:
        display["SIZE"] = [_container_size(c) for c in raw]
        columns = (*PS_COLUMNS, "SIZE")
        typed["size_rw"] = ints(c.get("SizeRw", 0) for c in raw)
        typed["size_root_fs"] = ints(c.get("SizeRootFs", 0) for c in raw)
    return frame(display, typed, CliView(command, columns))


def _container_size(c: Mapping[str, Any]) -> str:
    rw = fmt.human_size(c.get("SizeRw") or 0)
    root = c.get("SizeRootFs") or 0
    return f"{rw} (virtual {fmt.human_size(root)})" if root > 0 else rw


def top_frame(raw: Mapping[str, Any], *, command: str = "docker top") -> CliFrame:
    """``docker top`` from ``GET /containers/{id}/top``: the Engine's titles as columns.

    The PIDs are host PIDs. Typed columns: ``pid`` and ``ppid`` (``Int64``) when present.

    >>> frame = top_frame({"Titles": ["UID", "PID", "CMD"], "Processes": [["root", "42", "sh"]]})
    >>> print(frame.to_cli())
    UID                 PID                 CMD
    root                42                  sh
    >>> int(frame["pid"].iloc[0])
    42
    """
    titles = [str(t) for t in raw.get("Titles") or []]
    processes = [list(p) for p in raw.get("Processes") or []]
    display = {
        title: [str(p[i]) if i < len(p) else "" for p in processes]
        for i, title in enumerate(titles)
    }
    typed: dict[str, Any] = {}
    for title, name in (("PID", "pid"), ("PPID", "ppid")):
        if title in titles and name not in display:
            typed[name] = ints(int(v) if v.isdigit() else None for v in display[title])
    return frame(display, typed, CliView(command, tuple(titles), minwidth=20))


_CHANGE_KINDS = {0: ("C", "changed"), 1: ("A", "added"), 2: ("D", "deleted")}


def diff_frame(
    raw: Sequence[Mapping[str, Any]] | None, *, command: str = "docker diff"
) -> CliFrame:
    """``docker diff`` from ``GET /containers/{id}/changes``: what the container's writable
    layer added (A), changed (C) or deleted (D) on top of its image. The Engine lists them
    in no particular order (so does the CLI); here they are sorted by path.

    >>> frame = diff_frame([{"Kind": 0, "Path": "/tmp"}, {"Kind": 1, "Path": "/tmp/x"}])
    >>> print(frame.to_cli())
    C /tmp
    A /tmp/x
    >>> frame["kind"].tolist()
    ['changed', 'added']
    """
    changes = sorted(raw or [], key=lambda c: str(c.get("Path", "")))
    kinds = [_CHANGE_KINDS.get(int(c.get("Kind", 0)), ("?", "unknown")) for c in changes]
    display = {
        "CHANGE": [f"{k[0]} {c.get('Path', '')}" for k, c in zip(kinds, changes, strict=True)]
    }
    typed = {"kind": [k[1] for k in kinds], "path": [c.get("Path", "") for c in changes]}
    return frame(display, typed, CliView(command, ("CHANGE",), header=False))
