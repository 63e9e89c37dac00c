"""``docker stats --no-stream``: every container sampled at once, CPU % from two samples."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import docker.errors

from ._engine import engine_errors
from .client import resolve
from .cmdline import command_line
from .frames import stats_frame, stats_row
from .table import CliFrame

__all__ = ["StatsSampler", "stats"]


class StatsSampler:
    """Samples many containers concurrently with one-shot stats and keeps the previous sample
    of each, so every :meth:`rows` call can compute CPU % over the time since the last one
    (the dashboard calls it once per refresh)."""

    def __init__(self, client: Any = None, workers: int = 16) -> None:
        self._api = resolve(client).api
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dockerlab-stats")
        self._previous: dict[str, Mapping[str, Any]] = {}
        self._one_shot = _supports_one_shot(self._api)

    def _one(self, container_id: str) -> Mapping[str, Any] | None:
        try:
            if self._one_shot:
                return self._api.stats(container_id, stream=False, one_shot=True)
            return self._api.stats(container_id, stream=False)
        except docker.errors.NotFound:
            return None  # removed meanwhile: no row, no error
        except docker.errors.APIError:
            return None

    def sample(self, ids: Iterable[str]) -> dict[str, Mapping[str, Any]]:
        """Raw stats JSON for each container that still exists, fetched concurrently."""
        ids = list(ids)
        results = self._pool.map(self._one, ids)
        return {i: r for i, r in zip(ids, results, strict=False) if r}

    def rows(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        """One :func:`~dockerlab.frames.stats_row` per container, CPU % since the last call."""
        samples = self.sample(ids)
        rows = [stats_row(s, self._previous.get(i)) for i, s in samples.items()]
        self._previous = dict(samples)
        return rows

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _supports_one_shot(api: Any) -> bool:
    from docker.utils import version_gte

    return bool(version_gte(api.api_version, "1.41"))


def stats(containers: Iterable[str] | str | None = None, *, interval: float = 0.5,
          client: Any = None) -> CliFrame:
    """``docker stats --no-stream [CONTAINER...]``: CPU, memory, network, block I/O, PIDs.

    Without ``containers``, every running container (one listing call). All are sampled at
    once, twice, ``interval`` seconds apart, so CPU % is measured rather than guessed; typed
    columns ``cpu_percent``, ``mem_usage`` (bytes), ``mem_percent``, ``net_rx``, ``pids``...
    """
    api = resolve(client).api
    names = [containers] if isinstance(containers, str) else list(containers or [])
    cmd = command_line("docker stats", [("--no-stream", True)], args=names)
    with engine_errors("container", ", ".join(names) or None):
        if names:
            ids = [api.inspect_container(n)["Id"] for n in names]
        else:
            ids = [c["Id"] for c in api.containers()]
    sampler = StatsSampler(client)
    try:
        sampler.rows(ids)
        time.sleep(interval)
        rows = sampler.rows(ids)
    finally:
        sampler.close()
    order = {i: n for n, i in enumerate(ids)}
    rows.sort(key=lambda r: order.get(r["id"], 0))
    return stats_frame(rows, command=cmd)
