"""``docker logs`` (not following): lines with their stream and time."""

from __future__ import annotations

import time
from datetime import datetime

import docker
import pandas as pd

from .cmdline import command_line
from .engine import Engine
from .errors import InvalidArgument
from .frames import logs_frame
from .i18n import _
from .references import check_name
from .streams import Demuxer, split_lines
from .table import CliFrame
from .timespec import to_epoch

__all__ = ["check_tail", "logs"]

TimeArg = float | int | str | datetime | None


def check_tail(tail: int | str | None) -> str:
    """The Engine's ``tail`` parameter for the CLI's ``--tail`` value.

    >>> check_tail(None), check_tail(5), check_tail("all")
    ('all', '5', 'all')
    """
    if tail is None or tail == "all":
        return "all"
    if isinstance(tail, bool) or not isinstance(tail, int) or tail < 0:
        raise InvalidArgument(
            "tail",
            tail,
            _(
                "tail is how many lines to show from the end: 0 or more, or 'all' "
                "(`docker logs --tail 5 web`; the notes' `-tail` is a typo for `--tail`)"
            ),
        )
    return str(tail)


def _time_param(name: str, value: TimeArg, now: float) -> str | None:
    """The Engine's ``seconds.nanoseconds``; a pandas Timestamp (``frame.time``) stays exact."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        ns = int(value.value)
        return f"{ns // 10**9}.{ns % 10**9:09d}"
    try:
        return f"{to_epoch(value, now=now):.9f}"
    except (TypeError, ValueError, OverflowError) as exc:
        raise InvalidArgument(
            name,
            value,
            _(
                "{name} takes a duration like '10m', an RFC 3339 time like "
                "'2026-11-28T08:00:00Z', epoch seconds or a datetime"
            ).format(name=name),
        ) from exc


def logs(
    container: str,
    *,
    tail: int | str | None = None,
    timestamps: bool = False,
    since: TimeArg = None,
    until: TimeArg = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker logs CONTAINER``: what the container wrote so far, stdout and stderr apart.

    ``tail`` (``--tail N``) keeps the last N lines; ``timestamps`` (``-t``) shows the Engine's
    time of each line; ``since``/``until`` take what the CLI takes (``"10m"``, RFC 3339, epoch
    seconds), a datetime, or a value of the ``time`` column (exact to the nanosecond; the
    Engine includes a line stamped exactly ``since``). Typed columns ``time``, ``stream``,
    ``line``::

        >>> frame = logs("ticker", tail=5)                               # doctest: +SKIP
        >>> frame[frame.stream == "stderr"].line.tolist()                 # doctest: +SKIP
    """
    check_name(container)
    tail_param = check_tail(tail)
    now = time.time()
    params = {
        "stdout": 1,
        "stderr": 1,
        "timestamps": 1,
        "tail": tail_param,
        "since": _time_param("since", since, now),
        "until": _time_param("until", until, now),
    }
    cmd = command_line(
        "docker logs",
        [
            ("--tail", None if tail is None else tail),
            ("-t", timestamps),
            ("--since", since),
            ("--until", until),
        ],
        args=[container],
    )
    engine = Engine.of(client)
    info = engine.inspect_container(container)
    data = engine.logs(info["Id"], {k: v for k, v in params.items() if v is not None})
    chunks = [("stdout", data)] if info.get("Config", {}).get("Tty") else Demuxer().feed(data)
    return logs_frame(split_lines(chunks), timestamps=timestamps, command=cmd)
