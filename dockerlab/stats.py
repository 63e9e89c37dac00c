"""``docker stats --no-stream``: every container sampled at once, CPU % from two samples.

How long a sample takes is the Engine's business. Docker Engine 24.0.7 and later answer a
``one-shot`` request at once (moby/moby#46448), so two concurrent one-shot rounds half a second
apart measure CPU % in about 0.5 s. Older Engines route even one-shot requests through a stats
collector that ticks once a second and serves only its first subscriber without waiting; there
the fastest correct answer is the Engine's own pair of samples (``stream=false`` without
one-shot), which is what ``docker stats --no-stream`` asks for too: about two seconds.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import docker

from ._versions import version_tuple
from .cmdline import command_line
from .engine import Engine
from .errors import DockerlabError, EngineUnavailable, InvalidArgument
from .frames import stats_frame, stats_row
from .i18n import _
from .references import check_name
from .table import CliFrame

__all__ = ["StatsSampler", "one_shot_is_immediate", "stats"]

log = logging.getLogger("dockerlab")

Sample = Mapping[str, Any]


class StatsSampler:
    """Samples many containers concurrently and keeps the previous sample of each, so every
    :meth:`rows` call can compute CPU % over the time since the last one (the dashboard calls
    it once per refresh)."""

    def __init__(
        self, client: docker.DockerClient | Engine | None = None, workers: int = 16
    ) -> None:
        self._engine = Engine.of(client)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dockerlab-stats")
        self._previous: dict[str, Sample] = {}
        self._one_shot = version_tuple(self._engine.api_version) >= (1, 41)
        #: True when the Engine reads one-shot stats at once instead of at its next 1 Hz tick.
        self.immediate = self._one_shot and one_shot_is_immediate(self._engine.version())

    def _fetch(self, container_id: str, primed: bool) -> Sample | None:
        try:
            return self._engine.stats(container_id, one_shot=not primed and self._one_shot)
        except EngineUnavailable:
            raise
        except DockerlabError as exc:  # removed (or stopped) meanwhile: no row, no error
            log.debug("stats of %s: %s", container_id[:12], exc.message)
            return None

    def _gather(
        self, ids: Iterable[str], names: Mapping[str, str] | None, *, primed: bool
    ) -> dict[str, Sample]:
        ids = list(ids)
        answers = self._pool.map(functools.partial(self._fetch, primed=primed), ids)
        found = {i: s for i, s in zip(ids, answers, strict=True) if s}
        # The immediate one-shot path of Engine 24.0.7+ leaves "id" and "name" out.
        return {
            i: {**s, "id": s.get("id") or i, "name": s.get("name") or (names or {}).get(i, "")}
            for i, s in found.items()
        }

    def sample(
        self, ids: Iterable[str], names: Mapping[str, str] | None = None
    ) -> dict[str, Sample]:
        """One-shot stats JSON for each container that still exists, fetched concurrently;
        ``names`` (ID -> name) fills the name where the Engine leaves it out."""
        return self._gather(ids, names, primed=False)

    def rows(
        self, ids: Iterable[str], names: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """One :func:`~dockerlab.frames.stats_row` per container, CPU % since the last call."""
        samples = self.sample(ids, names)
        rows = [stats_row(s, self._previous.get(i)) for i, s in samples.items()]
        self._previous = dict(samples)
        return rows

    def measure(self, names: Mapping[str, str], interval: float = 0.5) -> list[dict[str, Any]]:
        """Rows whose CPU % is measured now, the quickest way this Engine allows: two one-shot
        rounds ``interval`` seconds apart, or, where one-shot waits for the collector's tick
        anyway, one request per container for the Engine's own two samples."""
        if self.immediate:
            self.rows(names, names)
            time.sleep(interval)
            return self.rows(names, names)
        samples = self._gather(names, names, primed=True)
        return [stats_row(s) for s in samples.values()]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def one_shot_is_immediate(version: Mapping[str, Any]) -> bool:
    """Whether an Engine (its ``/version`` JSON) answers one-shot stats without waiting for
    its collector's next tick: Docker Engine 24.0.7 and later; other Engines are assumed to.

    >>> one_shot_is_immediate({"Version": "20.10.24+dfsg1", "Components": [{"Name": "Engine"}]})
    False
    >>> one_shot_is_immediate({"Version": "26.1.5+dfsg1", "Components": [{"Name": "Engine"}]})
    True
    >>> one_shot_is_immediate({"Version": "5.2.0", "Components": [{"Name": "Podman Engine"}]})
    True
    """
    components = {c.get("Name") for c in version.get("Components") or []}
    if "Engine" not in components:
        return True
    return version_tuple(str(version.get("Version", ""))) >= (24, 0, 7)


def stats(
    containers: Iterable[str] | str | None = None,
    *,
    interval: float = 0.5,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker stats --no-stream [CONTAINER...]``: CPU, memory, network, block I/O, PIDs.

    Without ``containers``, every running container (one listing call). All are sampled at
    once and CPU % is measured, not guessed: over ``interval`` seconds where the Engine answers
    one-shot requests at once (Engine 24.0.7+: about 0.5 s in all), else over the Engine's own
    one-second tick, as the CLI does (about 2 s). Typed columns ``cpu_percent``, ``mem_usage``
    (bytes), ``mem_percent``, ``net_rx``, ``pids``...
    """
    engine = Engine.of(client)
    names = [containers] if isinstance(containers, str) else list(containers or [])
    for name in names:
        check_name(name)
    if (
        isinstance(interval, bool)
        or not isinstance(interval, int | float)
        or not (0 < interval <= 60)
    ):
        raise InvalidArgument(
            "interval",
            interval,
            _("seconds between two samples, more than 0 and at most 60, e.g. 0.5"),
        )
    cmd = command_line("docker stats", [("--no-stream", True)], args=names)
    if names:
        found = [engine.inspect_container(n) for n in names]
        targets = {c["Id"]: c["Name"] for c in found}
    else:
        targets = {c["Id"]: (c.get("Names") or [""])[0] for c in engine.containers()}
    sampler = StatsSampler(engine)
    try:
        rows = sampler.measure(targets, interval)
    finally:
        sampler.close()
    order = {i: n for n, i in enumerate(targets)}
    rows.sort(key=lambda r: order.get(r["id"], 0))
    return stats_frame(rows, command=cmd)
