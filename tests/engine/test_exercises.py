"""Every exercise check, proved both ways on the real Engine: from a clean start it says
"not yet" with a hint; after a wrong answer it says "not yet" with the hint that answer needs;
after its own solution it passes. Each case resets the exercise's notebook afterwards."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.exercises import EXERCISES
from dockerlab.i18n import language_scope
from dockerlab.notebook import PART2, CommandFailed, run_bash

from .exercise_cases import WRONG

pytestmark = pytest.mark.engine


@pytest.fixture
def clean_section(client, kit_ready, request, monkeypatch, tmp_path):
    exercise_id = request.param
    # the files a solution writes (Part 2's exNN-… project folders) go to a folder of its own
    monkeypatch.chdir(tmp_path)
    # as in a notebook, where dl.begin() sets it: solutions and answers may use $REGISTRY
    monkeypatch.setenv("REGISTRY", dl.kit.registry(client=client))
    section = EXERCISES[exercise_id].section
    if int(section) >= PART2:  # as dl.begin() does: Part 2 builds FROM dockerlab/python
        request.getfixturevalue("part2_kit")
    dl.reset(section, client=client)
    yield exercise_id
    dl.reset(section, client=client)


def _run(script: str) -> None:
    import io

    out, err = io.StringIO(), io.StringIO()
    try:
        run_bash(script, stdout=out, stderr=err)
    except CommandFailed as exc:  # say why: the command's own output
        pytest.fail(f"{exc.message}\n{out.getvalue()}\n{err.getvalue()}")


def _carry_out(exercise_id: str, client) -> None:
    found = EXERCISES[exercise_id]
    automated = found.automated if found.automated is not None else found.solution
    if callable(automated):
        automated(client)
    else:
        _run(automated)


@pytest.mark.parametrize("clean_section", sorted(EXERCISES), indirect=True)
def test_fresh_start_says_not_yet_with_a_hint(clean_section, client):
    with language_scope("en"):
        result = dl.check(clean_section, client=client)
    assert not result.passed
    assert result.hint, f"{clean_section}: no hint for a fresh start"
    assert "not yet" in repr(result)


@pytest.mark.parametrize("clean_section", sorted(EXERCISES), indirect=True)
def test_solution_passes(clean_section, client):
    _carry_out(clean_section, client)
    with language_scope("en"):
        result = dl.check(clean_section, client=client)
    assert result.passed, repr(result)
    assert "✓" in repr(result)


@pytest.mark.parametrize("clean_section", sorted(WRONG), indirect=True)
def test_wrong_answer_is_told_why(clean_section, client):
    script, hint = WRONG[clean_section]
    _run(script)
    with language_scope("en"):
        result = dl.check(clean_section, client=client)
    assert not result.passed, f"{clean_section}: a wrong answer passed"
    assert hint in result.hint, f"{clean_section}: {result!r}"


def test_every_exercise_has_a_wrong_answer_case():
    assert set(WRONG) == set(EXERCISES)


def test_checks_speak_chinese(client, kit_ready):
    with language_scope("zh"):
        text = repr(dl.check("07.1", client=client))
    assert "还没有完成" in text and "提示" in text
