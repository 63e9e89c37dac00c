"""Widget benchmarks: the log viewer under a 10,000 lines/s container, inside a real kernel, and
the dashboard's refresh with 100 containers."""

from __future__ import annotations

import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

LABELS = {"dockerlab.course": "bench"}
FLOOD = ["sh", "-c", "while true; do seq 1 1000; usleep 100000; done"]  # ~10,000 lines/s

KERNEL_SETUP = """
import json, resource, time
import dockerlab as dl
viewer = dl.logs_widget({name!r}, tail=0, max_lines=1000)
started = time.monotonic()
rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
KERNEL_REPORT = """
elapsed = time.monotonic() - started
print(json.dumps({"lines_per_s": viewer.received / elapsed, "ui_updates_per_s":
    viewer.limit.count / elapsed, "buffered": len(viewer.buffer), "max_lines": 1000,
    "rss_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_start) / 1024,
    "stop_s": (lambda t: (viewer.stop(), time.monotonic() - t)[1])(time.monotonic())}))
viewer.close()
"""


def _execute(client, code: str, timeout: float = 30) -> tuple[float, str]:
    """Run code in the kernel; (seconds until the reply, what it printed)."""
    start = time.perf_counter()
    msg_id = client.execute(code)
    output = []
    while True:
        msg = client.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            output.append(msg["content"]["text"])
        if msg["msg_type"] == "error":
            raise RuntimeError("\n".join(msg["content"]["traceback"]))
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return time.perf_counter() - start, "".join(output)


def bench_log_viewer(client, seconds: float = 8.0) -> list[tuple[str, str]]:
    from jupyter_client.manager import start_new_kernel

    api = client.api
    cid = api.create_container("dockerlab/busybox", FLOOD, name="bench-flood", labels=LABELS)
    api.start(cid)
    manager, kernel = start_new_kernel(kernel_name="python3")
    try:
        _execute(kernel, KERNEL_SETUP.format(name="bench-flood"))
        latencies = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            latencies.append(_execute(kernel, "1 + 1")[0])
            time.sleep(0.2)
        _, printed = _execute(kernel, KERNEL_REPORT)
        report = json.loads(printed.strip().splitlines()[-1])
    finally:
        kernel.stop_channels()
        manager.shutdown_kernel(now=True)
    return [
        ("lines received per second", f"{report['lines_per_s']:,.0f}"),
        ("UI updates per second", f"{report['ui_updates_per_s']:.2f}  (target <= 5)"),
        ("a cell run meanwhile: median reply", f"{statistics.median(latencies) * 1000:.1f} ms"),
        ("a cell run meanwhile: slowest reply", f"{max(latencies) * 1000:.1f} ms  (target < 1 s)"),
        ("lines kept in the ring buffer", f"{report['buffered']} of max {report['max_lines']}"),
        (
            "kernel memory growth (max RSS)",
            f"{report['rss_growth_mb']:.1f} MB over {seconds:.0f} s",
        ),
        ("stop() until the stream closed", f"{report['stop_s'] * 1000:.1f} ms  (target < 1 s)"),
    ]


def bench_dashboard(client, n: int = 100, running: int = 20) -> list[tuple[str, str]]:
    import dockerlab as dl

    api = client.api

    def make(i: int) -> None:
        cid = api.create_container(
            "dockerlab/busybox", ["sleep", "1000"], labels=LABELS, name=f"bench-dash-{i:03d}"
        )["Id"]
        if i < running:
            api.start(cid)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(make, range(n)))
    board = dl.dashboard_widget(course_only=False, refresh=3600)
    try:
        time.sleep(2.5)  # let the stats thread fill in CPU and memory
        times = []
        for _ in range(15):
            start = time.perf_counter()
            board.refresh()
            times.append(time.perf_counter() - start)
        with_stats = sum(1 for v in board.frame["CPU %"] if v)
    finally:
        board.close()
    return [
        ("containers in the dashboard", f"{len(board.frame)} ({running} running)"),
        ("rows with CPU/memory filled", str(with_stats)),
        (
            "refresh (list + render), median",
            f"{statistics.median(times) * 1000:.1f} ms  (target <= 150 ms)",
        ),
        ("refresh, slowest of 15", f"{max(times) * 1000:.1f} ms"),
    ]


def bench_widgets(client) -> list[tuple[str, str]]:
    return [*bench_log_viewer(client), ("", ""), *bench_dashboard(client)]
