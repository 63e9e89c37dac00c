"""Pure: the CLI's time arguments (``--since 10m``, ``--until 2026-11-28T08:00:00Z``).

>>> to_epoch("1h30m", now=10_000.0)
4600.0
>>> to_epoch("2023-11-14T22:13:20Z", now=0)
1700000000.0
>>> to_epoch(1_700_000_000, now=0)
1700000000.0
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

__all__ = ["engine_time", "parse_go_duration", "to_epoch"]

_ENGINE_TIME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z")
_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")


def engine_time(stamp: str) -> float | None:
    """Epoch seconds of an Engine timestamp (RFC 3339 in UTC, with up to nanoseconds, which
    Python 3.10's ``fromisoformat`` refuses); None if it is not one, or is Go's zero time
    (``0001-01-01T00:00:00Z``: "never", e.g. a container's FinishedAt before it ends).

    >>> engine_time("2023-11-14T22:13:20.25013Z")
    1700000000.25013
    >>> engine_time("2023-11-14T22:13:20.250Z") < engine_time("2023-11-14T22:13:20.25013Z")
    True
    >>> engine_time("0001-01-01T00:00:00Z") is None, engine_time("soon") is None
    (True, True)
    """
    match = _ENGINE_TIME.fullmatch(stamp or "")
    if match is None or stamp.startswith("0001-"):
        return None
    whole = datetime.fromisoformat(match[1]).replace(tzinfo=timezone.utc).timestamp()
    return whole + float(match[2] or 0)


def parse_go_duration(text: str) -> float | None:
    """Seconds in a Go duration such as ``10m`` or ``1h30m15s``; None if it is not one.

    >>> parse_go_duration("10m"), parse_go_duration("1.5s"), parse_go_duration("soon")
    (600.0, 1.5, None)
    """
    if not text or _PART.sub("", text) != "":
        return None
    return sum(float(n) * _UNITS[u] for n, u in _PART.findall(text))


def to_epoch(value: float | int | str | datetime, *, now: float) -> float:
    """Epoch seconds for a number, a datetime (naive means UTC), an RFC 3339 string or a
    duration relative to ``now`` (as ``docker logs --since 10m`` means ten minutes ago)."""
    if isinstance(value, bool):
        raise TypeError("a time cannot be a bool")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.timestamp()
    text = str(value).strip()
    seconds = parse_go_duration(text)
    if seconds is not None:
        return now - seconds
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return to_epoch(parsed, now=now)
