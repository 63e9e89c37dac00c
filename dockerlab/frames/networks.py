"""Pure: networks (``GET /networks``) → CliFrame, as ``docker network ls`` prints them.

The CLI sorts networks by name in natural order (``net2`` before ``net10``), truncates IDs to
12 characters, and shows four columns:

>>> raw = [{"Id": "b" * 64, "Name": "net10", "Driver": "bridge", "Scope": "local",
...         "Created": "2026-01-02T03:04:05.123456789Z", "Internal": False,
...         "IPAM": {"Config": [{"Subnet": "172.20.0.0/16", "Gateway": "172.20.0.1"}]},
...         "Labels": {"tier": "back"}},
...        {"Id": "a" * 64, "Name": "net2", "Driver": "bridge", "Scope": "local",
...         "Created": "0001-01-01T00:00:00Z", "IPAM": {"Config": None}, "Labels": None}]
>>> frame = networks_frame(raw, command="docker network ls")
>>> print(frame.to_cli())
NETWORK ID     NAME      DRIVER    SCOPE
aaaaaaaaaaaa   net2      bridge    local
bbbbbbbbbbbb   net10     bridge    local
>>> frame["subnets"].tolist(), frame["created"].isna().tolist()
([[], ['172.20.0.0/16']], [True, False])
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame

__all__ = ["NETWORK_COLUMNS", "natural_key", "networks_frame"]

NETWORK_COLUMNS = ("NETWORK ID", "NAME", "DRIVER", "SCOPE")

_RUNS = re.compile(rb"(\d+)")
#: Docker's "no time" (the Go zero time), reported for some built-in networks.
_ZERO_TIME = "0001-01-01T00:00:00Z"


def natural_key(name: str) -> tuple[Any, ...]:
    """The sort key of the CLI's natural order (``sortorder.NaturalLess``): text runs compare
    bytewise, digit runs by value, then fewer leading zeros first; at the first difference
    between a digit and a non-digit, the digit sorts first.

    >>> sorted(["net10", "net2", "net02", "net", "Net", "ab1", "abc1"], key=natural_key)
    ['Net', 'ab1', 'abc1', 'net', 'net2', 'net02', 'net10']
    """
    key: list[tuple[int, Any, Any]] = []
    for n, part in enumerate(_RUNS.split(name.encode())):
        if n % 2:  # a run of digits
            digits = part.lstrip(b"0")
            key.append((0, (len(digits), digits), len(part) - len(digits)))
        else:
            # each byte on its own, so that a text run ending early meets the digit (0) that
            # follows it in the other name, and sorts after it
            key.extend((1, byte, 0) for byte in part)
    return tuple(key)


def _created(values: Sequence[Any]) -> pd.Series:
    """RFC 3339 times (nanoseconds, ``Z``) → ``datetime64[s, UTC]``; Go's zero time → NaT."""
    cleaned = [None if not v or str(v).startswith("0001-01-01") else str(v) for v in values]
    stamps = pd.to_datetime(pd.Series(cleaned, dtype="object"), utc=True, format="ISO8601")
    return stamps.astype("datetime64[s, UTC]")


def _ipam(network: Mapping[str, Any], key: str) -> list[str]:
    configs = (network.get("IPAM") or {}).get("Config") or []
    return [str(c[key]) for c in configs if c.get(key)]


def networks_frame(
    raw: Sequence[Mapping[str, Any]],
    *,
    no_trunc: bool = False,
    quiet: bool = False,
    command: str = "docker network ls",
) -> CliFrame:
    """``docker network ls`` from ``GET /networks``, sorted as the CLI sorts.

    Typed columns: ``id``, ``name``, ``driver``, ``scope``, ``created`` (``datetime64[s,
    UTC]``, missing for Go's zero time), ``internal``, ``attachable``, ``ipv6`` (bools),
    ``labels`` (a dict per row), ``subnets`` and ``gateways`` (lists, from IPAM).
    """
    rows = sorted(raw, key=lambda n: natural_key(str(n.get("Name", ""))))
    ids = [str(n.get("Id", "")) for n in rows]
    id_col = [fmt.truncate_id(i, no_trunc=no_trunc) for i in ids]
    if quiet:
        return frame(
            {"NETWORK ID": id_col}, {"id": ids}, CliView(command, ("NETWORK ID",), header=False)
        )
    display = {
        "NETWORK ID": id_col,
        "NAME": [str(n.get("Name", "")) for n in rows],
        "DRIVER": [str(n.get("Driver", "")) for n in rows],
        "SCOPE": [str(n.get("Scope", "")) for n in rows],
    }
    typed = {
        "id": ids,
        "name": display["NAME"],
        "driver": display["DRIVER"],
        "scope": display["SCOPE"],
        "created": _created([n.get("Created") for n in rows]),
        "internal": [bool(n.get("Internal")) for n in rows],
        "attachable": [bool(n.get("Attachable")) for n in rows],
        "ipv6": [bool(n.get("EnableIPv6")) for n in rows],
        "labels": [dict(n.get("Labels") or {}) for n in rows],
        "subnets": [_ipam(n, "Subnet") for n in rows],
        "gateways": [_ipam(n, "Gateway") for n in rows],
    }
    return frame(display, typed, CliView(command, NETWORK_COLUMNS))
