"""The threaded widgets' base, without an Engine: a dying worker shows its error, a lost Engine
is retried and the widget recovers, stop/close/with end every thread, an interrupt stops it."""

from __future__ import annotations

import threading
import time

import ipywidgets as w
import pytest

from dockerlab.errors import EngineUnavailable
from dockerlab.i18n import language_scope
from dockerlab.widgets import _base
from dockerlab.widgets._base import LiveWidget


def wait_until(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


class Live(LiveWidget):
    def __init__(self, target):
        super().__init__("docker demo", [w.HTML()])
        self._start(target, "dockerlab-test")


def test_a_worker_that_dies_shows_its_error():
    def boom(stop):
        raise RuntimeError("the thread broke")

    with language_scope("en"):
        widget = Live(boom)
        assert wait_until(lambda: widget.error is not None)
    assert "unexpected error" in widget.error_view.value
    assert "the thread broke" in widget.error_view.value
    assert widget.stop(1.0)


def test_an_engine_that_went_away_is_retried_until_it_is_back(monkeypatch):
    monkeypatch.setattr(_base, "RETRY_FIRST", 0.01)
    answers = [EngineUnavailable("unix:///x", "gone", "start it")] * 2 + [True]

    def step():
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    seen: list[str] = []
    with language_scope("en"):
        widget = Live(lambda stop: None)
        original = widget.show_error

        def record(exc, retrying=False):
            original(exc, retrying=retrying)
            seen.append(widget.error_view.value)

        widget.show_error = record
        widget._retrying(step, threading.Event(), interval=0.0)
    assert widget.retries == 2
    assert "retrying" in seen[0] and "no Docker Engine answered" in seen[0]
    assert widget.error is None and widget.error_view.value == ""  # recovered


def test_stop_close_and_with_end_the_threads():
    with Live(lambda stop: stop.wait(30)) as widget:
        assert widget._workers[0].alive
    assert not widget._workers[0].alive  # `with` stopped it
    again = Live(lambda stop: stop.wait(30))
    started = time.monotonic()
    again.close()
    assert time.monotonic() - started < 1.0 and not again._workers[0].alive


def test_an_interrupt_while_waiting_stops_the_widget(monkeypatch):
    widget = Live(lambda stop: stop.wait(30))
    thread = widget._workers[0]._thread
    join = thread.join
    calls = []

    def interrupted_once(timeout=None):
        calls.append(timeout)
        if len(calls) == 1:
            raise KeyboardInterrupt  # what a kernel interrupt does to a waiting cell
        return join(timeout)

    monkeypatch.setattr(thread, "join", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        widget.wait(10)
    assert not widget._workers[0].alive  # stopped before the interrupt went on
