"""The exercise registry: results say ✓/✗ with a hint in both languages, solutions display
and never run, progress is a table, unknown ids are named."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.exercises import EXERCISES, Result
from dockerlab.exercises.base import exercise
from dockerlab.exercises.progress import progress_frame
from dockerlab.i18n import language_scope


@pytest.mark.parametrize(
    ("lang", "result", "text"),
    [
        (
            "en",
            Result("07.1", True, "ran and exited 0"),
            "✓ exercise 07.1 passed: ran and exited 0",
        ),
        (
            "en",
            Result("07.1", False, "not there", "docker run --name x"),
            "✗ exercise 07.1, not yet: not there\n  hint: docker run --name x",
        ),
        (
            "zh",
            Result("07.1", False, "不在", "docker run --name x"),
            "✗ 练习 07.1 还没有完成：不在\n  提示：docker run --name x",
        ),
    ],
)
def test_result_display(lang, result, text):
    with language_scope(lang):
        assert repr(result) == text
        html = result._repr_html_()
    assert ("hint" in html or "提示" in html) is (not result.passed)
    assert bool(result) is result.passed


def test_solution_displays_commands_in_a_folded_block():
    with language_scope("zh"):
        shown = dl.solution("07.1")
        assert "docker run --name ex07-hello" in shown._repr_markdown_()
        assert shown.details().startswith("<details><summary>")
        assert "参考答案" in repr(shown)


def test_unknown_exercise_names_itself():
    with pytest.raises(dl.DockerlabError) as info:
        dl.check("99.9", client=object())
    assert "99.9" in str(info.value)


def test_an_exercise_registers_once():
    with pytest.raises(ValueError, match="twice"):
        exercise("07.1", "again", solution="true")(lambda client: "")


def test_progress_table():
    with language_scope("zh"):
        frame = progress_frame([("07.1", "a", True, "ok"), ("08.2", "b", False, "no")])
    assert frame["passed"].tolist() == [True, False]
    assert "练习" in frame.to_cli() and frame.to_cli().count("✓") == 1


def test_every_exercise_has_a_title_and_a_solution():
    for found in EXERCISES.values():
        assert found.title and found.solution, found.id
