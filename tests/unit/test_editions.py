"""The two editions (notebooks/zh, notebooks/en) come from one source each, agree in their
code, have every prose cell in both languages, were executed, and show the learner commands
they can paste: no course labels, no IPython escapes, no fixed host ports."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import nbbuild  # noqa: E402

SOURCES = sorted(nbbuild.SOURCES.glob("*.py"))
IDS = [p.stem[:2] for p in SOURCES]


def _built(src: Path, edition: str) -> nbformat.NotebookNode:
    return nbformat.read(nbbuild.target(src, edition), as_version=4)


def test_every_source_is_built_and_matches_both_editions():
    assert SOURCES, "no notebook sources"
    assert nbbuild.check(SOURCES) == []
    for edition in nbbuild.EDITIONS:
        built = {p.stem for p in (nbbuild.NOTEBOOKS / edition).glob("*.ipynb")}
        assert built == {p.stem for p in SOURCES}, f"{edition}: notebooks without a source"


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_code_cells_are_identical_in_both_editions(src):
    """Apart from the language the first cell sets: that is the only difference."""

    def code(edition: str) -> list[str]:
        cells = [c.source for c in _built(src, edition).cells if c.cell_type == "code"]
        cells[0] = nbbuild.LANGUAGE_ARG.sub('language="…"', cells[0])
        return cells

    zh, en = code("zh"), code("en")
    assert zh == en
    assert (
        'language="zh"'
        in _built(src, "zh")
        .cells[next(i for i, c in enumerate(_built(src, "zh").cells) if c.cell_type == "code")]
        .source
    )


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_every_prose_cell_exists_in_both_languages(src):
    """Between two code cells, the zh and en prose cells pair up one to one."""
    cells = nbbuild.read_source(src).cells
    runs: list[list[str]] = [[]]
    for cell in cells:
        if cell.cell_type == "code":
            runs.append([])
        elif cell.cell_type == "markdown":
            runs[-1].append(cell.metadata.get("lang", "both"))
    for n, run in enumerate(runs):
        zh, en = run.count("zh"), run.count("en")
        assert zh == en, (
            f"{src.name}: after code cell {n}, {zh} Chinese and {en} English "
            "prose cells: one is missing a translation"
        )
        langs = [lang for lang in run if lang != "both"]
        assert langs == ["zh", "en"] * (len(langs) // 2), (
            f"{src.name}: after code cell {n}, prose cells should alternate zh, en: {langs}"
        )


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_chinese_edition_is_chinese(src):
    """A zh cell that is mostly English is an untranslated one."""
    for cell in nbbuild.read_source(src).cells:
        if cell.metadata.get("lang") != "zh":
            continue
        prose = re.sub(
            r"`[^`]*`|```.*?```|\[[^\]]*\]\([^)]*\)|<[^>]+>|\{\{[^}]*\}\}",
            " ",
            cell.source,
            flags=re.S,
        )
        cjk = len(nbbuild.CJK.findall(prose))
        latin = len(re.findall(r"[A-Za-z]{3,}", prose))
        assert cjk >= latin, f"{src.name}: this zh cell reads as English:\n{cell.source[:200]}"


def _shell_lines(cell: nbformat.NotebookNode) -> list[str]:
    lines = cell.source.splitlines()
    if lines and lines[0].startswith("%%bash"):
        return [ln for ln in lines[1:] if not ln.lstrip().startswith("#")]
    return [ln for ln in lines if ln.lstrip().startswith("!")]


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_commands_are_what_a_learner_types(src):
    nb = _built(src, "en")
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert not any(ln.lstrip().startswith("!") for ln in cell.source.splitlines()), (
            f"{src.name}: use a %%bash cell (it stops at a failure), not !: {cell.source}"
        )
        for line in _shell_lines(cell):
            assert "dockerlab.course" not in line, f"{src.name}: a course label: {line}"
            assert not re.search(r"\{\{\{\{|\{[A-Za-z_][\w.]*\}", line) or "{{." in line, (
                f"{src.name}: an IPython escape in a command: {line}"
            )
            assert not re.search(r"-p\s+(127\.0\.0\.1:)?\d{2,5}:\d", line), (
                f"{src.name}: a fixed host port (use -p 127.0.0.1::PORT and docker port): {line}"
            )


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_exercises_arrive_unsolved(src):
    """Every exercise has an answer cell or a terminal task, a check, and a folded solution;
    the stored check says "not yet"; no solution runs on Run All."""
    from dockerlab.exercises import EXERCISES

    for edition in nbbuild.EDITIONS:
        nb = _built(src, edition)
        checks = [
            (i, m)
            for i, c in enumerate(nb.cells)
            if c.cell_type == "code"
            for m in nbbuild.EXERCISE_CHECK.findall(c.source)
        ]
        for index, exercise_id in checks:
            assert exercise_id in EXERCISES, f"{src.name}: no check registered for {exercise_id}"
            text = "".join(o.get("data", {}).get("text/plain", "") for o in nb.cells[index].outputs)
            assert "✗" in text and "✓" not in text, (
                f"{edition}/{src.name}: exercise {exercise_id} is stored as passed: {text}"
            )
            after = "\n".join(
                c.source for c in nb.cells[index + 1 : index + 3] if c.cell_type == "markdown"
            )
            assert "<details>" in after, f"{src.name}: {exercise_id} has no folded solution"
        solutions = [e.solution for e in EXERCISES.values() if e.section == src.stem[:2]]
        for cell in nb.cells:
            if cell.cell_type == "code":
                for solution in solutions:
                    assert solution not in cell.source, (
                        f"{src.name}: a code cell runs a solution:\n{cell.source}"
                    )


def test_every_registered_exercise_is_in_a_notebook():
    from dockerlab.exercises import EXERCISES

    called = set()
    for src in SOURCES:
        called |= set(nbbuild.exercises_of(nbbuild.read_source(src)))
    assert set(EXERCISES) == called


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_every_notebook_opens_with_objectives_and_minutes(src):
    for edition, words in (("zh", ("学完这一节", "分钟")), ("en", ("you can", "minutes"))):
        first = _built(src, edition).cells[0].source
        for word in words:
            assert word in first, f"{edition}/{src.name}: the first cell lacks {word!r}"
        assert "{{" not in first


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_executed_with_metadata(src):
    for edition in nbbuild.EDITIONS:
        facts = _built(src, edition).metadata.get("dockerlab", {})
        assert {"engine", "image_store", "executed", "edition"} <= set(facts), facts
        assert facts["edition"] == edition
