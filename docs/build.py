"""Build the course site: ``python3 dev.py docs`` (or ``python docs/build.py`` in the project's
environment) makes ``build/site/``, static files that work from ``file://``:

    build/site/index.html      both editions' course map, and how to run the course
    build/site/zh/…            the Chinese edition (Sphinx): one page per notebook, the
    build/site/en/…            glossary, the API reference, search

Every notebook in ``notebooks/zh`` and ``notebooks/en`` becomes a page with its stored outputs
(nothing is executed). Each edition is staged into ``build/docs/stage/<edition>`` (the
notebooks with a box saying where their outputs came from, the generated pages) and built
by Sphinx with ``docs/conf.py``; the two editions build side by side.

    python docs/build.py [--notebooks DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS))

import pages  # noqa: E402
import vendor  # noqa: E402

WORK = ROOT / "build" / "docs"


def _write(path: Path, text: str) -> None:
    """Write only what changed, so that Sphinx rebuilds only what changed."""
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def stage(
    edition: str,
    notebooks: Path,
    stage_dir: Path,
    commands: list[str],
    glossary_rows: list[tuple[str, str]],
) -> list[pages.Page]:
    """The edition's Sphinx sources; returns its notebook pages, in course order."""
    listed = [
        pages.read_page(p, edition)
        for p in sorted((notebooks / edition).glob("[0-9][0-9]-*.ipynb"))
    ]
    wanted = {f"{p.name}.ipynb" for p in listed} | {"index.md", "glossary.md", "api.rst"}
    if stage_dir.exists():
        for old in stage_dir.iterdir():
            if old.name not in wanted:
                shutil.rmtree(old) if old.is_dir() else old.unlink()
    for page in listed:
        _write(stage_dir / page.path.name, pages.staged_notebook(page))
    _write(stage_dir / "index.md", pages.edition_index(edition, listed, commands))
    _write(stage_dir / "glossary.md", pages.glossary(edition, glossary_rows, listed))
    _write(stage_dir / "api.rst", pages.API_STUB)
    return listed


def sphinx(
    edition: str,
    work: Path,
    out: Path,
    static: Path,
    root_files: Path,
    other_pages: list[str],
    log: IO[bytes],
) -> subprocess.Popen[bytes]:
    """Start Sphinx on one edition's staged sources (it runs beside the other edition's)."""
    env = dict(
        os.environ,
        DOCKERLAB_SITE_EDITION=edition,
        DOCKERLAB_SITE_VENDOR=str(static),
        DOCKERLAB_SITE_OTHER_PAGES=" ".join(other_pages),
        PYTHONHASHSEED="0",
        DOCKERLAB_SITE_OUTPUTS=str(work / "outputs" / edition),
        DOCKERLAB_SITE_SEARCH_TERMS=str(work / "stage" / "search-terms.txt"),
    )
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-q",
            "-c",
            str(DOCS),
            "-d",
            str(work / "doctrees" / edition),
            "-D",
            f"html_extra_path={root_files}",
            str(work / "stage" / edition),
            str(out / edition),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )


def licences() -> dict[str, str]:
    return {
        path.stem: path.read_text(encoding="utf-8") for path in (DOCS / "licences").glob("*.txt")
    }


def build(notebooks: Path, out: Path, work: Path = WORK) -> dict[str, object]:
    """Build the site into ``out`` (``work`` keeps the staged sources, Sphinx's caches and the
    npm tarballs between builds); returns what was built (pages, seconds, bytes)."""
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    static, root_files = vendor.fetch(work / "npm", licences())
    commands = pages.readme_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    source, rows = pages.glossary_table(ROOT)
    _write(work / "stage" / "search-terms.txt", pages.search_terms(rows))
    listed = {e: stage(e, notebooks, work / "stage" / e, commands, rows) for e in pages.EDITIONS}
    names = {e: {p.name for p in listed[e]} | {"index", "glossary", "api"} for e in listed}
    out.mkdir(parents=True, exist_ok=True)
    for edition in pages.EDITIONS:  # no page of a notebook that is gone (Sphinx keeps them)
        shutil.rmtree(out / edition, ignore_errors=True)
    logs = {e: (work / f"sphinx-{e}.log").open("wb") for e in pages.EDITIONS}
    running = {
        e: sphinx(
            e,
            work,
            out,
            static,
            root_files,
            sorted(names[e] & names["en" if e == "zh" else "zh"]),
            logs[e],
        )
        for e in pages.EDITIONS
    }
    failed = [e for e, process in running.items() if process.wait() != 0]
    for edition in pages.EDITIONS:
        logs[edition].close()
        log = (work / f"sphinx-{edition}.log").read_bytes().decode("utf-8", "replace")
        if log.strip():
            print(f"sphinx ({edition}):\n{log.rstrip()}", file=sys.stderr)
    if failed:
        raise SystemExit(f"docs: Sphinx failed for {', '.join(failed)} (logs above)")
    for edition in pages.EDITIONS:  # the themes' source maps: for their developers only
        for source_map in (out / edition).rglob("*.map"):
            source_map.unlink()
    template = (DOCS / "landing.html").read_text(encoding="utf-8")
    _write(out / "index.html", pages.landing(template, listed, commands))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {
        "pages": {e: len(v) for e, v in listed.items()},
        "glossary": source,
        "seconds": round(time.monotonic() - started, 1),
        "bytes": size,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--notebooks",
        type=Path,
        default=ROOT / "notebooks",
        help="the folder holding zh/ and en/ (default: notebooks)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    parser.add_argument(
        "--work", type=Path, default=WORK, help="staged sources and caches (default: build/docs)"
    )
    args = parser.parse_args(argv)
    result = build(args.notebooks.resolve(), args.out.resolve(), args.work.resolve())
    counts = ", ".join(f"{n} {e}" for e, n in result["pages"].items())  # type: ignore[union-attr]
    print(
        f"docs: {args.out} built in {result['seconds']} s: notebooks {counts}; glossary from "
        f"{result['glossary']}; {result['bytes'] / 1e6:.1f} MB "  # type: ignore[operator]
        f"(open {args.out / 'index.html'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
