"""Classroom benchmarks (issue 13): spawn times, memory per learner, how many learners fit.

    python benchmarks/classroom.py --learners 4              # one round with 4 learners
    python benchmarks/classroom.py --learners 2 4 8          # rounds of growing classes

Each round: ``classroom up`` with N learners and fresh volumes; pre-spawn them all at once
(cold: a new engine loads the kit); memory of each learner after 20 s idle; notebook 08 in
every learner at the same time (peak memory per learner), then every notebook of the Chinese
edition in every learner at the same time (pass or fail, wall time, CPU), both under
``nbval-lax`` (every cell must run; outputs are not compared, since the image's docker CLI is
Debian 12's 20.10 and the stored outputs come from a newer one); stop every server and spawn
again (warm: volumes, engine data and kit kept); ``classroom down``. Run it on the Engine
that will host the class (DOCKER_HOST), with the learner image built. Prints one Markdown
table row per round and a JSON line with the raw figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dockerlab.classroom import hub, state, status
from dockerlab.classroom.hubapi import HubAPI
from dockerlab.client import connect

MiB = 2**20
COURSE = "/opt/dockerlab-course/zh"
NOTEBOOK_08 = f"{COURSE}/08-daemon-containers.ipynb"


def cgroup(container_id: str, controller: str = "memory") -> Path | None:
    """The container's cgroup directory for ``controller`` (cgroup v1), or its v2 one."""
    root = Path("/sys/fs/cgroup")
    for pattern in (
        f"{controller}/*/{container_id}",
        f"{controller}/{container_id}",
        f"*/docker-{container_id}.scope",
        f"*/*/docker-{container_id}.scope",
    ):
        found = list(root.glob(pattern))
        if found:
            return found[0]
    return None


def memory(path: Path) -> float:
    """Memory in use as ``docker stats`` counts it (usage less inactive file cache), MiB."""
    if (path / "memory.usage_in_bytes").exists():
        usage = int((path / "memory.usage_in_bytes").read_text())
        stat = dict(line.split() for line in (path / "memory.stat").read_text().splitlines())
        return (usage - int(stat.get("total_inactive_file", 0))) / MiB
    usage = int((path / "memory.current").read_text())
    stat = dict(line.split() for line in (path / "memory.stat").read_text().splitlines())
    return (usage - int(stat.get("inactive_file", 0))) / MiB


def cpu_seconds(container_id: str) -> float:
    """CPU time the container (and everything below it: the learner's own containers) has
    used, in seconds: independent of how busy the rest of the machine is."""
    v1 = cgroup(container_id, "cpuacct")
    if v1 is not None and (v1 / "cpuacct.usage").exists():
        return int((v1 / "cpuacct.usage").read_text()) / 1e9
    v2 = cgroup(container_id)
    stat = dict(line.split() for line in (v2 / "cpu.stat").read_text().splitlines())
    return int(stat["usage_usec"]) / 1e6


def spawn_cpu(api: Any, users: list[str]) -> dict[str, float]:
    return {u: cpu_seconds(api.inspect_container(status.container_name(u))["Id"]) for u in users}


def run_notebook(api: Any, user: str, target: str = COURSE) -> tuple[bool, float, str]:
    """Run notebooks (a file or a folder) in the learner's container, as the learner."""
    start = time.monotonic()
    exec_id = api.exec_create(
        status.container_name(user),
        ["bash", "-lc", f"cd /tmp && python -m pytest -q -p no:cacheprovider --nbval-lax {target}"],
        user="learner",
    )
    out = api.exec_start(exec_id).decode(errors="replace")
    ok = api.exec_inspect(exec_id)["ExitCode"] == 0
    if not ok:  # what differed, for the record
        failures = [
            line
            for line in out.splitlines()
            if line.startswith(("FAILED", "_____", "  - ", "  + ", "  ? "))
        ]
        return ok, time.monotonic() - start, "\n".join(failures[-12:])
    return ok, time.monotonic() - start, out.strip().splitlines()[-1] if out.strip() else ""


def one_round(api: Any, learners: int, memory_limit: str) -> dict[str, Any]:
    where = Path(tempfile.mkdtemp(prefix="dockerlab-bench-")) / "state"
    settings = hub.up(
        api, learners=learners, state=where, port=state.free_port(), memory=memory_limit
    )
    result: dict[str, Any] = {"learners": learners, "load_before": os.getloadavg()[0]}
    try:
        start = time.monotonic()
        cold = hub.prespawn(settings)
        result["cold_all_s"] = time.monotonic() - start
        result["cold_s"] = cold
        result["cold_cpu_s"] = spawn_cpu(api, settings.learners)
        ids = {u: api.inspect_container(status.container_name(u))["Id"] for u in settings.learners}
        time.sleep(10)  # let the servers settle, then measure 20 s of idling
        before = {u: cpu_seconds(i) for u, i in ids.items()}
        time.sleep(20)
        result["idle_cpu_pct"] = {
            u: 100 * (cpu_seconds(i) - before[u]) / 20 for u, i in ids.items()
        }
        result["idle_mib"] = {u: memory(cgroup(i)) for u, i in ids.items()}
        for phase, target in (("08", NOTEBOOK_08), ("all", COURSE)):
            before = {u: cpu_seconds(i) for u, i in ids.items()}
            peaks: dict[str, float] = {u: 0.0 for u in ids}
            with ThreadPoolExecutor(learners + 1) as pool:
                futures = {u: pool.submit(run_notebook, api, u, target) for u in settings.learners}
                while not all(f.done() for f in futures.values()):
                    for u, i in ids.items():
                        peaks[u] = max(peaks[u], memory(cgroup(i)))
                    time.sleep(0.5)
            runs = {u: f.result() for u, f in futures.items()}
            result[f"{phase}_passed"] = {u: r[0] for u, r in runs.items()}
            result[f"{phase}_s"] = {u: r[1] for u, r in runs.items()}
            result[f"{phase}_tail"] = {u: r[2] for u, r in runs.items() if not r[0]}
            result[f"{phase}_peak_mib"] = peaks
            result[f"{phase}_cpu_s"] = {u: cpu_seconds(i) - before[u] for u, i in ids.items()}
        sizes = {
            v["Name"]: (v.get("UsageData") or {}).get("Size", -1)
            for v in api.df().get("Volumes") or []
        }
        result["engine_volume_mb"] = {
            u: sizes.get(f"dockerlab-classroom-engine-{u}", -1) / 1e6 for u in settings.learners
        }
        result["home_volume_mb"] = {
            u: sizes.get(f"dockerlab-classroom-home-{u}", -1) / 1e6 for u in settings.learners
        }
        api_ = HubAPI(settings.url, settings.token)
        for u in settings.learners:
            api_.stop(u)
        for u in settings.learners:
            api_.wait(u, ready=False)
            status.remove_container(api, status.container_name(u))
        start = time.monotonic()
        result["warm_s"] = hub.prespawn(settings)
        result["warm_all_s"] = time.monotonic() - start
        result["warm_cpu_s"] = spawn_cpu(api, settings.learners)
        result["load_after"] = os.getloadavg()[0]
    finally:
        hub.down(api, where)
    return result


def row(r: dict[str, Any]) -> str:
    med = statistics.median
    passed = sum(r["all_passed"].values())
    return (
        f"| {r['learners']} | {r['load_before']:.0f}–{r['load_after']:.0f}"
        f" | {med(r['cold_s'].values()):.1f} s, {med(r['cold_cpu_s'].values()):.1f} CPU-s"
        f" | {med(r['warm_s'].values()):.1f} s, {med(r['warm_cpu_s'].values()):.1f} CPU-s"
        f" | {med(r['idle_mib'].values()):.0f} MiB, {med(r['idle_cpu_pct'].values()):.1f} %"
        f" | {max(r['08_peak_mib'].values()):.0f} MiB, {med(r['08_cpu_s'].values()):.1f} CPU-s"
        f" | {passed}/{r['learners']}, slowest {max(r['all_s'].values()):.0f} s,"
        f" {med(r['all_cpu_s'].values()):.0f} CPU-s, peak {max(r['all_peak_mib'].values()):.0f}"
        " MiB |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, nargs="+", default=[4])
    parser.add_argument("--memory", default="2G", help="memory limit per learner")
    args = parser.parse_args()
    api = connect().api
    print(
        "| learners | load avg | cold spawn (median) | warm spawn (median) "
        "| idle memory, CPU (median) | notebook 08 at once: peak memory (max), CPU "
        "| all ten notebooks at once: passed, slowest, CPU (median), peak memory |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in args.learners:
        result = one_round(api, n, args.memory)
        print(row(result), flush=True)
        print(json.dumps(result), file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
