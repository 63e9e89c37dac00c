"""The exercise registry: results display as pass/fail with a hint, every notebook's checks
exist, unknown ids are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dockerlab as dl
from dockerlab.exercises import EXERCISES, Result

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("result", "text", "html_has"),
    [
        (Result("07.1", True, "ran and exited 0"), "✓ exercise 07.1: ran and exited 0",
         "✓ passed"),
        (Result("07.1", False, "not there", "docker run --name x"),
         "✗ exercise 07.1: not there\n  hint: docker run --name x", "<b>hint:</b>"),
    ],
)
def test_result_display(result, text, html_has):
    assert repr(result) == text
    assert html_has in result._repr_html_()
    assert bool(result) is result.passed


def test_every_check_a_notebook_calls_is_registered_and_every_check_is_used():
    called = set()
    for source in (ROOT / "notebooks" / "src").glob("*.py"):
        called |= set(re.findall(r'dl\.check\("(\d\d\.\d)"\)', source.read_text()))
    assert called == set(EXERCISES)
    for exercise_id in called:  # each notebook has 2 to 4 exercises
        section = exercise_id[:2]
        assert 2 <= sum(i.startswith(section) for i in called) <= 4


def test_unknown_exercise_names_itself():
    with pytest.raises(dl.DockerlabError) as info:
        dl.check("99.9", client=object())
    assert "99.9" in str(info.value)
