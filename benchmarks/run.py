"""Benchmarks: dockerlab against the raw Engine call, docker-py's models and the docker CLI.

    python benchmarks/run.py                 # listings: ps and images (300 containers, 100+ images)
    python benchmarks/run.py stats widgets   # other groups (see GROUPS)

Each group creates its own labelled resources (``dockerlab.course=bench``) and removes them.
Times are medians of repeated runs in the same process, so ratios compare like with like.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import platform
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dockerlab as dl
from dockerlab.stats import one_shot_is_immediate

LABELS = {"dockerlab.course": "bench"}


def median_time(fn: Callable[[], object], repeat: int = 15) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class CallCounter:
    """Counts the HTTP requests a client sends to the Engine."""

    def __init__(self, api) -> None:
        self.api = api
        self.count = 0
        self._send = api.send

    def __enter__(self) -> CallCounter:
        def send(request, **kwargs):
            self.count += 1
            return self._send(request, **kwargs)

        self.api.send = send
        return self

    def __exit__(self, *exc) -> None:
        self.api.send = self._send


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"  {name.ljust(width)}  {value}" for name, value in rows)


def cli(*args: str) -> Callable[[], object]:
    return lambda: subprocess.run(["docker", *args], capture_output=True, check=True)


def _listing(
    client,
    name: str,
    raw: Callable[[], object],
    ours: Callable[[], object],
    cli_args: list[str],
    models: Callable[[], object],
) -> list[tuple[str, str]]:
    """One listing measured four ways in the same run: the raw Engine call, dockerlab (with
    and without its HTML), the docker CLI as a process, docker-py's models."""
    t_raw = median_time(raw)
    t_ours = median_time(ours)
    t_html = median_time(lambda: ours()._repr_html_())
    t_cli = median_time(cli(*cli_args))
    t_models = median_time(models, repeat=3)
    with CallCounter(client.api) as counter:
        ours()
    return [
        (f"Engine calls per dl.{name}(all=True)", str(counter.count)),
        ("raw Engine call", f"{t_raw * 1000:.1f} ms"),
        (
            f"dl.{name}(all=True)",
            f"{t_ours * 1000:.1f} ms  ({t_ours / t_raw:.2f}x raw; target <= 1.5x)",
        ),
        (f"dl.{name}(all=True) + HTML", f"{t_html * 1000:.1f} ms"),
        (
            f"docker {' '.join(cli_args)} (process)",
            f"{t_cli * 1000:.1f} ms  (dl + HTML = {t_html / t_cli:.2f}x; target <= 2x)",
        ),
        (
            "docker-py models (.list(all=True))",
            f"{t_models * 1000:.1f} ms  ({t_models / t_ours:.1f}x dl)",
        ),
    ]


def bench_ps(client, n: int = 300) -> list[tuple[str, str]]:
    api = client.api
    existing = len(api.containers(all=True, filters={"label": "dockerlab.course=bench"}))
    with ThreadPoolExecutor(8) as pool:
        list(
            pool.map(
                lambda i: api.create_container(
                    "dockerlab/busybox", ["sleep", "1"], name=f"bench-{i:03d}", labels=LABELS
                ),
                range(existing, n),
            )
        )
    total = len(api.containers(all=True))
    return [
        ("containers on the Engine", str(total)),
        *_listing(
            client,
            "ps",
            lambda: api.containers(all=True),
            lambda: dl.ps(all=True, client=client),
            ["ps", "-a"],
            lambda: client.containers.list(all=True),
        ),
    ]


def _tiny_tar(i: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        data = f"{i}\n".encode()
        info = tarfile.TarInfo("n.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def bench_images(client, n: int = 100) -> list[tuple[str, str]]:
    api = client.api
    have = {
        t
        for img in api.images(filters={"label": "dockerlab.course=bench"})
        for t in img.get("RepoTags") or []
    }
    for i in range(n):
        tag = f"dockerlab/bench-{i:03d}:latest"
        if tag not in have:
            api.import_image_from_data(
                _tiny_tar(i),
                repository=f"dockerlab/bench-{i:03d}",
                tag="latest",
                changes=["LABEL dockerlab.course=bench"],
            )
    total = sum(max(1, len(i.get("RepoTags") or [])) for i in api.images(all=True))
    return [
        ("image rows on the Engine", str(total)),
        *_listing(
            client,
            "images",
            lambda: api.images(all=True),
            lambda: dl.images(all=True, client=client),
            ["images", "-a"],
            lambda: client.images.list(all=True),
        ),
    ]


def bench_stats(client, n: int = 10) -> list[tuple[str, str]]:
    api = client.api
    ids = []
    for i in range(n):
        cid = api.create_container(
            "dockerlab/busybox", ["sleep", "1000"], labels=LABELS, name=f"bench-stats-{i}"
        )["Id"]
        api.start(cid)
        ids.append(cid)

    def primed_round() -> object:
        with ThreadPoolExecutor(max_workers=n) as pool:
            return list(pool.map(lambda i: api.stats(i, stream=False), ids))

    def timed(fn: Callable[[], object], repeat: int = 3) -> float:
        times = []
        for _ in range(repeat):
            time.sleep(1.5)  # let the Engine's 1 Hz stats collector go idle between runs
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    frame = dl.stats(ids, client=client)
    ours = timed(lambda: dl.stats(ids, client=client))
    rounds = sorted((one_shot_arrivals(api, ids) for _ in range(3)), key=lambda r: r[-1])
    arrivals = rounds[1]  # the median round, by when its last answer came
    one_shot, first, rest = arrivals[-1], arrivals[0], arrivals[1:]
    primed = timed(primed_round)
    docker_stats = timed(cli("stats", "--no-stream", *ids))
    immediate = one_shot_is_immediate(api.version())
    how = (
        "two one-shot rounds 0.5 s apart"
        if immediate
        else "the Engine's own two samples (one-shot waits for its 1 Hz tick)"
    )
    # issue 10's target: <= 1.0 s where one-shot answers at once (Engine 24.0.7+); elsewhere
    # <= 1.05x the Engine's own primed round, the floor no client can get under
    if immediate:
        target = f"target <= 1.0 s: {'met' if ours <= 1.0 else 'NOT met'}"
    else:
        target = (
            f"{ours / primed:.3f}x the primed round; target <= 1.05x: "
            f"{'met' if ours <= 1.05 * primed else 'NOT met'}"
        )
    print(frame.to_cli())
    return [
        ("Engine", str(api.version().get("Version"))),
        ("running containers sampled", str(len(frame))),
        ("how dl.stats samples on this Engine", how),
        ("dl.stats(10 containers), median of 3", f"{ours:.2f} s  ({target})"),
        ("raw: one concurrent one-shot round, median of 3", f"{one_shot:.2f} s"),
        (
            "  its answers arrive after",
            f"{first * 1000:.0f} ms (first), {min(rest):.2f}-{max(rest):.2f} s (the others)",
        ),
        ("raw: one concurrent primed round (stream=False)", f"{primed:.2f} s"),
        (
            "docker stats --no-stream",
            f"{docker_stats:.2f} s -> dl.stats is {ours / docker_stats:.2f}x the CLI",
        ),
    ]


def one_shot_arrivals(api, ids: list[str]) -> list[float]:
    """When each answer of one concurrent one-shot round arrives, after 1.5 s idle, in order
    (on Engines before 24.0.7 all but the first wait for the stats collector's next tick)."""
    time.sleep(1.5)
    start = time.perf_counter()

    def one(container_id: str) -> float:
        api.stats(container_id, stream=False, one_shot=True)
        return time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=len(ids)) as pool:
        return sorted(pool.map(one, ids))


def cleanup(client) -> None:
    api = client.api
    for c in api.containers(all=True, filters={"label": "dockerlab.course=bench"}):
        with contextlib.suppress(Exception):
            api.remove_container(c["Id"], force=True)
    for img in api.images(filters={"label": "dockerlab.course=bench"}):
        for tag in img.get("RepoTags") or [img["Id"]]:
            with contextlib.suppress(Exception):
                api.remove_image(tag, force=True)


GROUPS = {"ps": bench_ps, "images": bench_images, "stats": bench_stats}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "groups",
        nargs="*",
        default=["ps", "images"],
        help=f"any of {', '.join(GROUPS)} and 'widgets'",
    )
    parser.add_argument("--keep", action="store_true", help="keep the benchmark's resources")
    args = parser.parse_args(argv)
    client = dl.connect()
    dl.kit.up(client=client)
    version = client.api.version()
    cli_version = subprocess.run(["docker", "--version"], capture_output=True, text=True)
    print(
        f"machine: {platform.machine()}, {_cpus()} CPUs, Python {platform.python_version()}, "
        f"Engine {version['Version']} (API {version['ApiVersion']}), "
        f"{cli_version.stdout.strip()}"
    )
    try:
        for group in args.groups:
            if group == "widgets":
                from benchmarks.widgets import bench_widgets

                rows = bench_widgets(client)
            else:
                rows = GROUPS[group](client)
            print(f"\n{group}\n{table(rows)}", flush=True)
    finally:
        if not args.keep:
            cleanup(client)
    return 0


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
