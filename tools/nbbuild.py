"""Build the course's two editions from one source per notebook, executing them for real.

Each ``notebooks/src/NN-slug.py`` (jupytext's percent format) becomes
``notebooks/zh/NN-slug.ipynb`` (the Chinese edition, the primary one) and
``notebooks/en/NN-slug.ipynb``::

    # %% [markdown] lang="zh"
    # ## 容器命令                    <- only in the Chinese edition
    # %% [markdown] lang="en"
    # ## Container commands          <- only in the English edition
    # %% [markdown]
    # > the notes, quoted            <- a cell without lang: in both
    # %%
    %%bash
    docker ps -a                     <- code cells: always in both, identical
    # %% tags=["raises-exception"]
    %%bash
    docker rm nb07-running           <- a cell whose failure is the lesson

Every prose cell comes as a zh/en pair (``tests/unit/test_editions.py`` checks it). The first
code cell's ``language="zh"`` becomes ``language="en"`` in the English edition; that is the
only difference between the editions' code. In prose, the build fills in:

* ``{{minutes}}``: the time the notebook takes: reading time counted, running time as the last
  build measured it (kept in the built notebook's metadata), five minutes per exercise;
* ``{{solution NN.k}}``: exercise NN.k's solution, folded (from ``dockerlab.exercises``).

Usage (from the repository root, in the project's environment)::

    python tools/nbbuild.py                 # build and execute every notebook, both editions
    python tools/nbbuild.py 03 07 --edition zh
    python tools/nbbuild.py --check         # sources and notebooks agree (no execution)

Outputs come only from executing the notebook against the Engine; nothing is pasted by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
import time
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "src"
EDITIONS = ("zh", "en")
LANGUAGE_ARG = re.compile(r'language="(zh|en)"')
PLACEHOLDER = re.compile(r"\{\{\s*(minutes|solution\s+(\d\d\.\d+))\s*\}\}")
EXERCISE_CHECK = re.compile(r'dl\.check\("(\d\d\.\d+)"\)')
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Reading rates for the minutes: Chinese characters and English words per minute, and
#: seconds per line of code read.
READING = {"zh": 300, "en": 200}
CODE_LINE_SECONDS = 4
EXERCISE_MINUTES = 5


def read_source(src: Path) -> nbformat.NotebookNode:
    return jupytext.read(src, fmt="py:percent")


def exercises_of(nb: nbformat.NotebookNode) -> list[str]:
    return [m for c in nb.cells if c.cell_type == "code" for m in EXERCISE_CHECK.findall(c.source)]


def reading_minutes(nb: nbformat.NotebookNode, edition: str) -> float:
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    if edition == "zh":
        amount = len(CJK.findall(prose)) + len(re.findall(r"[A-Za-z]+", prose)) / 2
    else:
        amount = len(re.findall(r"\w+", prose))
    code_lines = sum(len(c.source.splitlines()) for c in nb.cells if c.cell_type == "code")
    return amount / READING[edition] + code_lines * CODE_LINE_SECONDS / 60


def minutes_text(nb: nbformat.NotebookNode, edition: str, seconds: float | None) -> str:
    reading = math.ceil(reading_minutes(nb, edition))
    running = max(1, math.ceil((seconds or 60) / 60))
    count = len(exercises_of(nb))
    doing = count * EXERCISE_MINUTES
    total = reading + running + doing
    if edition == "zh":
        return (
            f"约 {total} 分钟（阅读约 {reading} 分钟，运行单元格约 {running} 分钟，"
            f"{count} 个练习约 {doing} 分钟）"
        )
    return (
        f"about {total} minutes (reading {reading}, running the cells {running}, "
        f"{count} exercise{'s' if count != 1 else ''} {doing})"
    )


def _solution(exercise_id: str, edition: str) -> str:
    from dockerlab.exercises import solution
    from dockerlab.i18n import language_scope

    with language_scope(edition):
        return solution(exercise_id).details()


def measured_seconds(src: Path, name: str) -> float | None:
    """How long the last build of this edition took to execute (from its metadata)."""
    path = target(src, name)
    if not path.exists():
        return None
    facts = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("dockerlab")
    return (facts or {}).get("seconds")


def edition(src: Path, name: str, seconds: float | None = None) -> nbformat.NotebookNode:
    """The notebook of edition ``name`` ("zh" or "en") as built from ``src``, unexecuted;
    ``seconds`` is its running time for the minutes (default: the last build's)."""
    kept = [c for c in read_source(src).cells if c.metadata.get("lang", name) == name]
    if seconds is None:
        seconds = measured_seconds(src, name)
    counted = nbformat.v4.new_notebook(cells=kept)

    def fill(match: re.Match[str]) -> str:
        if match[1] == "minutes":
            return minutes_text(counted, name, seconds)
        return _solution(match[2], name)

    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
    }
    first_code = True
    for cell in kept:
        if cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(PLACEHOLDER.sub(fill, cell.source))
        elif cell.cell_type == "code":
            text = cell.source
            if first_code:
                text = LANGUAGE_ARG.sub(f'language="{name}"', text, count=1)
                first_code = False
            new = nbformat.v4.new_code_cell(text)
        else:
            new = nbformat.v4.new_raw_cell(cell.source)
        tags = cell.metadata.get("tags")
        if tags:
            new.metadata["tags"] = list(tags)
        nb.cells.append(new)
    return nb


def target(src: Path, name: str) -> Path:
    return NOTEBOOKS / name / (src.stem + ".ipynb")


def _cells(nb: nbformat.NotebookNode) -> list[tuple[str, str, list[str]]]:
    return [(c.cell_type, c.source, list(c.metadata.get("tags", []))) for c in nb.cells]


def check(paths: list[Path], editions: tuple[str, ...] = EDITIONS) -> list[str]:
    """What differs between the sources and the built notebooks, or was never executed."""
    problems = []
    for src in paths:
        for name in editions:
            path = target(src, name)
            rel = path.relative_to(NOTEBOOKS)
            if not path.exists():
                problems.append(f"{rel}: missing (run tools/nbbuild.py {src.stem[:2]})")
                continue
            nb = nbformat.read(path, as_version=4)
            if _cells(nb) != _cells(edition(src, name)):
                problems.append(
                    f"{rel}: differs from src/{src.name} (run tools/nbbuild.py {src.stem[:2]})"
                )
            if any(c.cell_type == "code" and c.execution_count is None for c in nb.cells):
                problems.append(f"{rel}: has cells that were never executed")
    return problems


def _engine_facts() -> dict[str, str]:
    import dockerlab as dl

    client = dl.connect()
    version = client.api.version()
    return {
        "engine": str(version.get("Version")),
        "api": str(version.get("ApiVersion")),
        "image_store": dl.image_store(client=client),
    }


def build(src: Path, name: str, timeout: int = 900) -> float:
    """Execute edition ``name`` of ``src`` and write it, with real outputs; returns seconds."""
    from nbclient import NotebookClient

    nb = edition(src, name)
    folder = NOTEBOOKS / name
    folder.mkdir(exist_ok=True)
    started = time.monotonic()
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(folder)}},
        store_widget_state=True,
    )
    client.execute()
    elapsed = round(time.monotonic() - started, 1)
    fresh = edition(src, name, elapsed)  # the minutes, now with this run's time
    for cell, new in zip(nb.cells, fresh.cells, strict=True):
        if cell.cell_type == "markdown":
            cell.source = new.source
        elif cell.cell_type == "code":
            cell.metadata.pop("execution", None)
    nb.metadata["dockerlab"] = {
        "edition": name,
        "section": src.stem[:2],
        "source": f"notebooks/src/{src.name}",
        "executed": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "seconds": elapsed,
        **_engine_facts(),
    }
    nbformat.write(nb, target(src, name))
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="notebook numbers or names (default: all)")
    parser.add_argument(
        "--edition", choices=EDITIONS, action="append", help="only this edition (default: both)"
    )
    parser.add_argument("--check", action="store_true", help="compare, do not execute")
    args = parser.parse_args(argv)
    editions = tuple(args.edition or EDITIONS)
    paths = sorted(SOURCES.glob("*.py"))
    if args.only:
        paths = [p for p in paths if any(p.stem.startswith(o) for o in args.only)]
    if args.check:
        problems = check(paths, editions)
        print(
            "\n".join(problems)
            or f"{len(paths)} notebooks × {len(editions)} editions match their sources"
        )
        return 1 if problems else 0
    for src in paths:
        for name in editions:
            print(f"{name}/{src.stem}: executing ...", end=" ", flush=True)
            print(f"{build(src, name):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
