"""Build the course notebooks from their sources and execute them, storing real outputs.

Each notebook ``notebooks/NN-slug.ipynb`` is written from ``notebooks/src/NN-slug.py`` in the
"percent" format (as jupytext reads it)::

    # %% [markdown]
    # # A heading, and prose: every line starts with "# "
    # %%
    dl.ps()
    # %% tags=["raises-exception"]
    dl.top("not-running")
    # %% hidden
    solution_code()      # a collapsed cell (exercise solutions)

Usage (from the repository root, in the project's environment)::

    python tools/nbbuild.py                 # build and execute every notebook
    python tools/nbbuild.py 03 07           # only these
    python tools/nbbuild.py --check         # sources and notebooks agree (no execution)

Outputs come only from executing the notebook against the Engine; nothing is pasted by hand.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "src"
_HEADER = re.compile(r"^# %%(?P<md> \[markdown\])?(?P<opts>.*)$")


def parse(text: str) -> list[dict]:
    """Percent-format text → a list of {"type", "source", "tags", "hidden"} cells."""
    cells: list[dict] = []
    current: dict | None = None
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match:
            opts = match.group("opts")
            tags = re.search(r"tags=(\[.*?\])", opts)
            current = {"type": "markdown" if match.group("md") else "code", "lines": [],
                       "tags": json.loads(tags.group(1)) if tags else [],
                       "hidden": "hidden" in opts.split()}
            cells.append(current)
            continue
        if current is None:
            continue  # a preamble (module docstring) before the first cell
        current["lines"].append(line)
    for cell in cells:
        lines = cell.pop("lines")
        if cell["type"] == "markdown":
            lines = [ln[2:] if ln.startswith("# ") else ln.lstrip("#") for ln in lines]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        cell["source"] = "\n".join(lines)
    return cells


def to_notebook(cells: list[dict]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
    }
    for cell in cells:
        if cell["type"] == "markdown":
            new = nbformat.v4.new_markdown_cell(cell["source"])
        else:
            new = nbformat.v4.new_code_cell(cell["source"])
            if cell["hidden"]:
                new.metadata["jupyter"] = {"source_hidden": True}
        if cell["tags"]:
            new.metadata["tags"] = cell["tags"]
        nb.cells.append(new)
    return nb


def _sources(nb: nbformat.NotebookNode) -> list[tuple[str, str, list[str]]]:
    return [(c.cell_type, c.source, list(c.metadata.get("tags", []))) for c in nb.cells]


def check(paths: list[Path]) -> list[str]:
    """Names of notebooks whose cells differ from their sources, or never executed."""
    problems = []
    for src in paths:
        target = NOTEBOOKS / (src.stem + ".ipynb")
        if not target.exists():
            problems.append(f"{target.name}: missing (run tools/nbbuild.py {src.stem[:2]})")
            continue
        nb = nbformat.read(target, as_version=4)
        if _sources(nb) != _sources(to_notebook(parse(src.read_text()))):
            problems.append(f"{target.name}: differs from src/{src.name}")
        if any(c.cell_type == "code" and c.execution_count is None for c in nb.cells):
            problems.append(f"{target.name}: has cells that were never executed")
    return problems


def build(src: Path, timeout: int = 600) -> float:
    from nbclient import NotebookClient

    nb = to_notebook(parse(src.read_text()))
    started = time.monotonic()
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}},
                            store_widget_state=True)
    client.execute()
    elapsed = time.monotonic() - started
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.metadata.pop("execution", None)
    nbformat.write(nb, NOTEBOOKS / (src.stem + ".ipynb"))
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="notebook numbers or names (default: all)")
    parser.add_argument("--check", action="store_true", help="compare, do not execute")
    args = parser.parse_args(argv)
    paths = sorted(SOURCES.glob("*.py"))
    if args.only:
        paths = [p for p in paths if any(p.stem.startswith(o) for o in args.only)]
    if args.check:
        problems = check(paths)
        print("\n".join(problems) or f"{len(paths)} notebooks match their sources")
        return 1 if problems else 0
    for src in paths:
        print(f"{src.stem}: executing ...", end=" ", flush=True)
        print(f"{build(src):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
