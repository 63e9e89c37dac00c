"""Pure: ``GET /system/df`` → CliFrame, as ``docker system df`` prints it.

The Engine sends every image, container, volume and build-cache record with its sizes; the
CLI adds them up into four rows, and so does :func:`system_df_frame`, with the CLI's rules:

* **Images**: SIZE is the Engine's ``LayersSize`` (shared layers counted once); ACTIVE counts
  the images some container uses; what those containers need (each image's size less the
  layers it shares) is not reclaimable.
* **Containers**: SIZE adds up the writable layers (``SizeRw``); a running, paused or
  restarting container's layer is not reclaimable.
* **Local Volumes**: the volumes the Engine measured; those no container mounts are
  reclaimable.
* **Build Cache**: records not shared with images; those a build is using are not reclaimable.

Sizes print as go-units' ``HumanSize`` (four significant digits: ``166.7MB``); RECLAIMABLE
adds the percentage of SIZE, cut to a whole number as Go's integer division does.

>>> raw = {"LayersSize": 166_700_000,
...        "Images": [{"Size": 142_000_000, "SharedSize": 0, "Containers": 1},
...                   {"Size": 1_990_000, "SharedSize": 1_986_000, "Containers": 0}],
...        "Containers": [{"State": "running", "SizeRw": 12}, {"State": "exited", "SizeRw": 30}],
...        "Volumes": [{"UsageData": {"Size": 1_097_000, "RefCount": 1}},
...                    {"UsageData": {"Size": -1, "RefCount": 0}}],
...        "BuildCache": []}
>>> print(system_df_frame(raw).to_cli())
TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          2         1         166.7MB   24.7MB (14%)
Containers      2         1         42B       30B (71%)
Local Volumes   2         1         1.097MB   0B (0%)
Build Cache     0         0         0B        0B
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame, ints

__all__ = ["DF_COLUMNS", "DiskUsageRow", "disk_usage_rows", "system_df_frame"]

DF_COLUMNS = ("TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE")

#: The container states whose writable layer ``docker system df`` counts as in use.
ACTIVE_STATES = frozenset({"running", "paused", "restarting"})

#: type, total, active, size (bytes), reclaimable (bytes), whether RECLAIMABLE shows a %
DiskUsageRow = tuple[str, int, int, int, int, bool]


def _int(value: Any) -> int:
    return int(value or 0)


def _images(raw: Mapping[str, Any]) -> DiskUsageRow:
    images: Sequence[Mapping[str, Any]] = raw.get("Images") or []
    total = _int(raw.get("LayersSize"))
    used = 0
    for img in images:
        if _int(img.get("Containers")) != 0:
            size, shared = img.get("Size", -1), img.get("SharedSize", -1)
            if size == -1 or shared == -1:
                continue
            used += _int(size) - _int(shared)
    active = sum(1 for img in images if _int(img.get("Containers")) > 0)
    return ("Images", len(images), active, total, total - used, True)


def _containers(raw: Mapping[str, Any]) -> DiskUsageRow:
    containers: Sequence[Mapping[str, Any]] = raw.get("Containers") or []
    total = sum(_int(c.get("SizeRw")) for c in containers)
    idle = [c for c in containers if c.get("State") not in ACTIVE_STATES]
    reclaimable = sum(_int(c.get("SizeRw")) for c in idle)
    return ("Containers", len(containers), len(containers) - len(idle), total, reclaimable, True)


def _volumes(raw: Mapping[str, Any]) -> DiskUsageRow:
    volumes: Sequence[Mapping[str, Any]] = raw.get("Volumes") or []
    usage = [v.get("UsageData") or {} for v in volumes]
    measured = [u for u in usage if u.get("Size", -1) != -1]
    total = sum(_int(u.get("Size")) for u in measured)
    reclaimable = sum(_int(u.get("Size")) for u in measured if _int(u.get("RefCount")) == 0)
    active = sum(1 for u in usage if _int(u.get("RefCount")) > 0)
    return ("Local Volumes", len(volumes), active, total, reclaimable, True)


def _build_cache(raw: Mapping[str, Any]) -> DiskUsageRow:
    records: Sequence[Mapping[str, Any]] = raw.get("BuildCache") or []
    total = sum(_int(r.get("Size")) for r in records if not r.get("Shared"))
    in_use = sum(_int(r.get("Size")) for r in records if r.get("InUse") and not r.get("Shared"))
    active = sum(1 for r in records if r.get("InUse"))
    return ("Build Cache", len(records), active, total, total - in_use, False)


def disk_usage_rows(raw: Mapping[str, Any]) -> list[DiskUsageRow]:
    """The four rows of ``docker system df``, as numbers, in the CLI's order."""
    return [_images(raw), _containers(raw), _volumes(raw), _build_cache(raw)]


def _go_percent(part: int, whole: int) -> int:
    """``(part*100)/whole`` with Go's integer division (it truncates toward zero).

    >>> _go_percent(1, 3), _go_percent(-1, 3), _go_percent(2, 3)
    (33, -33, 66)
    """
    quotient = abs(part * 100) // whole
    return quotient if part >= 0 else -quotient


def _reclaimable(row: DiskUsageRow) -> str:
    _type, _total, _active, size, reclaimable, percent = row
    text = fmt.human_size(reclaimable, precision=4)
    if percent and size > 0:
        return f"{text} ({_go_percent(reclaimable, size)}%)"
    return text


def system_df_frame(raw: Mapping[str, Any], *, command: str = "docker system df") -> CliFrame:
    """``docker system df`` from the JSON of ``GET /system/df``.

    Typed columns: ``type``; ``total`` and ``active`` (counts); ``size`` and ``reclaimable``
    (bytes, ``Int64``); ``reclaimable_percent`` (``Int64``, missing where the CLI shows none:
    the build cache, and a SIZE of 0).
    """
    rows = disk_usage_rows(raw)
    display = {
        "TYPE": [r[0] for r in rows],
        "TOTAL": [str(r[1]) for r in rows],
        "ACTIVE": [str(r[2]) for r in rows],
        "SIZE": [fmt.human_size(r[3], precision=4) for r in rows],
        "RECLAIMABLE": [_reclaimable(r) for r in rows],
    }
    typed = {
        "type": [r[0] for r in rows],
        "total": ints(r[1] for r in rows),
        "active": ints(r[2] for r in rows),
        "size": ints(r[3] for r in rows),
        "reclaimable": ints(r[4] for r in rows),
        "reclaimable_percent": ints(
            _go_percent(r[4], r[3]) if r[5] and r[3] > 0 else None for r in rows
        ),
    }
    return frame(display, typed, CliView(command, DF_COLUMNS))
