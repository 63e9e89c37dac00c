"""Pure: volumes (``GET /volumes``) → CliFrame, as ``docker volume ls`` prints them.

>>> raw = [{"Name": "data10", "Driver": "local", "Scope": "local", "Labels": None,
...         "Mountpoint": "/var/lib/docker/volumes/data10/_data",
...         "CreatedAt": "2026-01-02T03:04:05+08:00", "Options": {}},
...        {"Name": "data9", "Driver": "local", "Scope": "local", "Labels": {"tier": "db"},
...         "Mountpoint": "/var/lib/docker/volumes/data9/_data",
...         "CreatedAt": "2026-01-02T03:04:06Z", "Options": None}]
>>> frame = volumes_frame(raw)
>>> print(frame.to_cli())
DRIVER    VOLUME NAME
local     data9
local     data10
>>> str(frame["created"].iloc[1]), frame["labels"].iloc[0]
('2026-01-01 19:04:05+00:00', {'tier': 'db'})
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame, ints

__all__ = ["VOLUME_COLUMNS", "natural_compare", "natural_less", "volume_size", "volumes_frame"]

VOLUME_COLUMNS = ("DRIVER", "VOLUME NAME")


def _digit(char: str) -> bool:
    return "0" <= char <= "9"


def natural_less(a: str, b: str) -> bool:
    """The order ``docker volume ls`` lists names in (the CLI sorts them "naturally"): runs
    of digits compare as numbers, fewer leading zeros first on a tie; other characters
    compare byte by byte, and where one name has a digit and the other not, the digit wins.

    >>> sorted(["v10", "v9", "v09", "va", "v1b"], key=functools.cmp_to_key(natural_compare))
    ['v1b', 'v9', 'v09', 'v10', 'va']
    """
    x, y = a.encode(), b.encode()
    i = j = 0
    while i < len(x) and j < len(y):
        cx, cy = chr(x[i]), chr(y[j])
        dx, dy = _digit(cx), _digit(cy)
        if dx != dy:
            return dx
        if not dx:
            if cx != cy:
                return cx < cy
            i, j = i + 1, j + 1
            continue
        # a run of digits on both sides: skip leading zeros, then compare the numbers
        zero_i, zero_j = i, j
        while i < len(x) and x[i] == ord("0"):
            i += 1
        while j < len(y) and y[j] == ord("0"):
            j += 1
        start_i, start_j = i, j
        while i < len(x) and _digit(chr(x[i])):
            i += 1
        while j < len(y) and _digit(chr(y[j])):
            j += 1
        number_x, number_y = x[start_i:i], y[start_j:j]
        if len(number_x) != len(number_y):
            return len(number_x) < len(number_y)
        if number_x != number_y:
            return number_x < number_y
        if start_i - zero_i != start_j - zero_j:
            return start_i - zero_i < start_j - zero_j
    return len(x) - i < len(y) - j


def natural_compare(a: str, b: str) -> int:
    """:func:`natural_less` as a comparison (for :func:`functools.cmp_to_key`)."""
    if natural_less(a, b):
        return -1
    return 1 if natural_less(b, a) else 0


def _created(volumes: Sequence[Mapping[str, Any]]) -> pd.Series:
    """``CreatedAt`` (RFC 3339, any offset) → ``datetime64[s, UTC]``; missing → ``NaT``."""
    stamps = [v.get("CreatedAt") or None for v in volumes]
    parsed = pd.to_datetime(pd.Series(stamps, dtype="object"), utc=True, format="ISO8601")
    return parsed.astype("datetime64[s, UTC]")


def _usage(volume: Mapping[str, Any], key: str) -> int | None:
    """``UsageData.Size`` / ``RefCount``: only ``docker system df`` asks for them; -1 or
    absent means the Engine did not count."""
    value = (volume.get("UsageData") or {}).get(key)
    return None if value is None or value < 0 else int(value)


def volumes_frame(
    raw: Sequence[Mapping[str, Any]], *, quiet: bool = False, command: str = "docker volume ls"
) -> CliFrame:
    """``docker volume ls`` from the ``Volumes`` of ``GET /volumes``, in the CLI's natural
    order of names.

    Typed columns: ``name``, ``driver``, ``scope``, ``mountpoint`` (where the data lives on
    the Engine's machine), ``created`` (``datetime64[s, UTC]``), ``labels`` and ``options``
    (dicts), ``size`` and ``links`` (``Int64``, missing unless the Engine counted them).
    """

    def by_name(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
        return natural_compare(str(a.get("Name", "")), str(b.get("Name", "")))

    ordered = sorted(raw, key=functools.cmp_to_key(by_name))
    names = [str(v.get("Name", "")) for v in ordered]
    typed = {
        "name": names,
        "driver": [str(v.get("Driver", "")) for v in ordered],
        "scope": [str(v.get("Scope", "")) for v in ordered],
        "mountpoint": [str(v.get("Mountpoint", "")) for v in ordered],
        "created": _created(ordered),
        "labels": [dict(v.get("Labels") or {}) for v in ordered],
        "options": [dict(v.get("Options") or {}) for v in ordered],
        "size": ints(_usage(v, "Size") for v in ordered),
        "links": ints(_usage(v, "RefCount") for v in ordered),
    }
    if quiet:
        return frame(
            {"VOLUME NAME": names}, typed, CliView(command, ("VOLUME NAME",), header=False)
        )
    display = {"DRIVER": typed["driver"], "VOLUME NAME": names}
    return frame(display, typed, CliView(command, VOLUME_COLUMNS))


def volume_size(volume: Mapping[str, Any]) -> str:
    """What ``docker volume ls --format '{{.Size}}'`` prints: ``N/A`` unless counted.

    >>> volume_size({"UsageData": {"Size": 1_990_000, "RefCount": 1}}), volume_size({})
    ('1.99MB', 'N/A')
    """
    size = _usage(volume, "Size")
    return "N/A" if size is None else fmt.human_size(size)
