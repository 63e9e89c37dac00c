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

__all__ = ["parse_go_duration", "to_epoch"]

_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")


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
