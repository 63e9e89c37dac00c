"""Pure: ``docker stats --no-stream`` from the Engine's stats JSON, computed as the CLI does.

A one-shot sample has no ``precpu_stats``; CPU % needs two samples of the same container, so
:func:`stats_row` takes the previous one (or the Engine's own ``precpu_stats``).

>>> prev = {"cpu_stats": {"cpu_usage": {"total_usage": 1_000}, "system_cpu_usage": 10_000}}
>>> cur = {"id": "a" * 64, "name": "/web", "pids_stats": {"current": 2},
...        "cpu_stats": {"cpu_usage": {"total_usage": 1_500}, "system_cpu_usage": 20_000,
...                      "online_cpus": 2},
...        "memory_stats": {"usage": 3 * 2**20, "limit": 2**30, "stats": {"inactive_file": 0}},
...        "networks": {"eth0": {"rx_bytes": 1500, "tx_bytes": 0}}}
>>> row = stats_row(cur, prev)
>>> row["CPU %"], row["MEM USAGE / LIMIT"], row["MEM %"], row["NET I/O"], row["PIDS"]
('10.00%', '3MiB / 1GiB', '0.29%', '1.5kB / 0B', '2')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame

__all__ = ["STATS_COLUMNS", "cpu_percent", "memory_usage", "stats_frame", "stats_row"]

STATS_COLUMNS = (
    "CONTAINER ID",
    "NAME",
    "CPU %",
    "MEM USAGE / LIMIT",
    "MEM %",
    "NET I/O",
    "BLOCK I/O",
    "PIDS",
)


def cpu_percent(current: Mapping[str, Any], previous: Mapping[str, Any] | None) -> float:
    """CPU % between two samples, as docker/cli's ``calculateCPUPercentUnix``."""
    cur = current.get("cpu_stats") or {}
    pre = (previous or {}).get("cpu_stats") or current.get("precpu_stats") or {}
    cpu_delta = float((cur.get("cpu_usage") or {}).get("total_usage", 0)) - float(
        (pre.get("cpu_usage") or {}).get("total_usage", 0)
    )
    system_delta = float(cur.get("system_cpu_usage", 0)) - float(pre.get("system_cpu_usage", 0))
    online = float(cur.get("online_cpus") or 0) or float(
        len((cur.get("cpu_usage") or {}).get("percpu_usage") or [])
    )
    if system_delta > 0 and cpu_delta > 0:
        return cpu_delta / system_delta * online * 100.0
    return 0.0


def memory_usage(memory: Mapping[str, Any]) -> float:
    """Memory in use without the page cache (cgroup v1 ``total_inactive_file``, v2
    ``inactive_file``), as the CLI shows it."""
    usage = float(memory.get("usage") or 0)
    stats = memory.get("stats") or {}
    if "total_inactive_file" in stats and stats["total_inactive_file"] < usage:
        return usage - stats["total_inactive_file"]
    if stats.get("inactive_file", 0) < usage:
        return usage - stats.get("inactive_file", 0)
    return usage


def _io(sample: Mapping[str, Any]) -> tuple[float, float, float, float]:
    rx = sum(float(n.get("rx_bytes", 0)) for n in (sample.get("networks") or {}).values())
    tx = sum(float(n.get("tx_bytes", 0)) for n in (sample.get("networks") or {}).values())
    read = write = 0.0
    blkio = (sample.get("blkio_stats") or {}).get("io_service_bytes_recursive") or []
    for entry in blkio:
        op = str(entry.get("op", ""))[:1].lower()
        if op == "r":
            read += float(entry.get("value", 0))
        elif op == "w":
            write += float(entry.get("value", 0))
    return rx, tx, read, write


def stats_row(
    sample: Mapping[str, Any], previous: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """One row of ``docker stats``: the CLI's strings and the typed numbers."""
    memory = sample.get("memory_stats") or {}
    mem = memory_usage(memory)
    limit = float(memory.get("limit") or 0)
    mem_pct = mem / limit * 100.0 if limit else 0.0
    cpu = cpu_percent(sample, previous)
    rx, tx, read, write = _io(sample)
    pids = int((sample.get("pids_stats") or {}).get("current") or 0)
    return {
        "CONTAINER ID": fmt.truncate_id(str(sample.get("id", ""))),
        "NAME": str(sample.get("name", "")).removeprefix("/"),
        "CPU %": f"{cpu:.2f}%",
        "MEM USAGE / LIMIT": f"{fmt.bytes_size(mem)} / {fmt.bytes_size(limit)}",
        "MEM %": f"{mem_pct:.2f}%",
        "NET I/O": f"{fmt.human_size(rx)} / {fmt.human_size(tx)}",
        "BLOCK I/O": f"{fmt.human_size(read)} / {fmt.human_size(write)}",
        "PIDS": str(pids),
        "id": str(sample.get("id", "")),
        "cpu_percent": cpu,
        "mem_usage": int(mem),
        "mem_limit": int(limit),
        "mem_percent": mem_pct,
        "net_rx": int(rx),
        "net_tx": int(tx),
        "block_read": int(read),
        "block_write": int(write),
        "pids": pids,
    }


def stats_frame(
    rows: Sequence[Mapping[str, Any]], *, command: str = "docker stats --no-stream"
) -> CliFrame:
    """A frame of :func:`stats_row` rows (typed: ``cpu_percent``, ``mem_usage``, ...)."""
    keys = (
        list(rows[0])
        if rows
        else [
            *STATS_COLUMNS,
            "id",
            "cpu_percent",
            "mem_usage",
            "mem_limit",
            "mem_percent",
            "net_rx",
            "net_tx",
            "block_read",
            "block_write",
            "pids",
        ]
    )
    data = {k: [r[k] for r in rows] for k in keys}
    display = {k: data.pop(k) for k in STATS_COLUMNS}
    return frame(display, data, CliView(command, STATS_COLUMNS))
