"""The notebooks' %%bash: stops at the first failing command, names it, streams output, reads
nothing from stdin. And the pieces of dl.begin/dl.finish that need no Engine."""

from __future__ import annotations

import io

import pytest

from dockerlab.i18n import language_scope
from dockerlab.notebook import CommandFailed, Finished, Ready, run_bash


def _run(script: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_bash(script, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_success_streams_stdout_and_stderr():
    assert _run("echo one; echo two >&2") == ("one\n", "two\n")


def test_stops_at_the_first_failure_and_names_it():
    out = io.StringIO()
    with pytest.raises(CommandFailed) as info:
        run_bash("echo before\nfalse\necho after", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "before\n"
    assert info.value.command == "false" and info.value.status == 1
    with language_scope("en"):
        assert info.value._render_traceback_()[0].endswith("`false` failed (exit status 1)\x1b[0m")


def test_a_failure_inside_a_pipeline_counts():
    with pytest.raises(CommandFailed):
        _run("false | cat")


def test_an_expected_failure_can_be_allowed():
    assert _run("false || echo allowed")[0] == "allowed\n"


def test_stdin_is_empty():
    assert _run("cat; echo done")[0] == "done\n"


def test_ready_and_finished_say_what_happened():
    with language_scope("en"):
        ready = repr(Ready("07", "26.1.5", "127.0.0.1:5000"))
        assert ready.startswith("✓ Ready for notebook 07: Docker Engine 26.1.5 answers")
        finished = repr(Finished("07", {"container": ["nb07-a", "nb07-b"]}))
        assert "container nb07-a, nb07-b" in finished and "dockerlab reset 07" in finished
    with language_scope("zh"):
        assert "容器 nb07-a" in repr(Finished("07", {"container": ["nb07-a"]}))
