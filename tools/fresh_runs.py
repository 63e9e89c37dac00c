#!/usr/bin/env python3
"""Run the whole suite N times, each from a fresh clone, and report every failure: the way to
find a flaky test before a learner or CI does.

    python3 tools/fresh_runs.py 3                      # 3 runs on the Engine DOCKER_HOST names
    python3 tools/fresh_runs.py 3 --engine lib         # in tools/engine.sh's Engine "lib"
    python3 tools/fresh_runs.py 5 --commit HEAD~1 -- -m "not browser"   # pytest arguments

Each run clones this repository's COMMIT (default HEAD) into a new temporary folder, runs
``python3 dev.py test`` there (which makes the clone's own .venv; with ``--engine`` the venv is
made first, outside the Engine's network namespace, where PyPI is reachable), keeps its log in
``tests/artifacts/fresh-runs/run-K.log`` and its failures in the summary. Exit status 0 only
when every run passed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOGS = ROOT / "tests" / "artifacts" / "fresh-runs"
FAILURE = re.compile(r"^(FAILED|ERROR) (\S+)")
SUMMARY = re.compile(r"^=+ (.*(passed|failed|error).*) =+$")


def run_once(
    number: int, commit: str, engine: str | None, pytest_args: list[str]
) -> tuple[bool, list[str], str, float]:
    """One fresh clone, one `python3 dev.py test`: (passed, failures, summary, seconds)."""
    folder = Path(tempfile.mkdtemp(prefix=f"dockerlab-fresh-{number}-"))
    started = time.monotonic()
    try:
        subprocess.run(
            ["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(folder)], check=True
        )
        subprocess.run(["git", "-C", str(folder), "checkout", "--quiet", commit], check=True)
        command = [sys.executable, "dev.py", "test", *pytest_args]
        if engine:
            # the venv first, outside the namespace (PyPI is not reachable inside it)
            subprocess.run(
                [sys.executable, "dev.py", "test", "--version"],
                cwd=folder,
                check=True,
                capture_output=True,
            )
            command = ["bash", str(folder / "tools" / "engine.sh"), "exec", engine, *command]
        LOGS.mkdir(parents=True, exist_ok=True)
        log = LOGS / f"run-{number}.log"
        with log.open("w", encoding="utf-8") as out:
            result = subprocess.run(
                [*command, "-rfE", "-p", "no:cacheprovider"],
                cwd=folder,
                stdout=out,
                stderr=subprocess.STDOUT,
                text=True,
            )
        text = log.read_text(encoding="utf-8", errors="replace")
        failures = [f"{m[1]} {m[2]}" for m in map(FAILURE.match, text.splitlines()) if m]
        summaries = [m[1] for m in map(SUMMARY.match, text.splitlines()) if m]
        ended = [line for line in text.splitlines() if line.startswith("dockerlab: FAILED")]
        return (
            result.returncode == 0,
            failures + ended,
            summaries[-1] if summaries else f"exit {result.returncode}",
            time.monotonic() - started,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int, help="how many fresh-clone runs")
    parser.add_argument("--engine", help="run inside tools/engine.sh's Engine of this name")
    parser.add_argument("--commit", default="HEAD", help="what to clone (default HEAD)")
    ours, pytest_args = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if ("--" in argv) else (argv, [])
    )
    args = parser.parse_args(ours)
    args.pytest_args = pytest_args
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", args.commit],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    outcomes = []
    for number in range(1, args.runs + 1):
        passed, failures, summary, seconds = run_once(number, commit, args.engine, args.pytest_args)
        outcomes.append(passed)
        print(
            f"run {number}/{args.runs} of {commit[:10]}: {'green' if passed else 'RED'} "
            f"in {seconds:.0f} s ({summary})",
            flush=True,
        )
        for failure in failures:
            print(f"    {failure}", flush=True)
    green = sum(outcomes)
    streak = 0
    for passed in outcomes:
        streak = streak + 1 if passed else 0
    print(
        f"{green} of {args.runs} runs green; the last {streak} in a row; logs in "
        f"{LOGS.relative_to(ROOT)}"
    )
    return 0 if green == args.runs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
