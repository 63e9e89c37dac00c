"""What every dockerlab widget shares: a stoppable worker thread, a rate limit, and the rule
that threads update widget *values* (an HTML widget's ``value``), never an Output widget."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["RateLimit", "Worker", "escape", "redraw_loop"]

from html import escape


class Worker:
    """A daemon thread running ``target(stop_event)``; ``stop()`` sets the event and joins."""

    def __init__(self, target: Callable[[threading.Event], None], name: str) -> None:
        self.stopping = threading.Event()
        self.error: BaseException | None = None
        self._target = target
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        try:
            self._target(self.stopping)
        except BaseException as exc:
            self.error = exc

    def start(self) -> Worker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to stop; True when it has ended within ``timeout`` seconds."""
        self.stopping.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()


class RateLimit:
    """At most ``hz`` events a second: ``ready()`` says whether one may happen now.

    >>> limit = RateLimit(5)
    >>> limit.ready(now=0.0), limit.ready(now=0.1), limit.ready(now=0.25)
    (True, False, True)
    """

    def __init__(self, hz: float) -> None:
        self.period = 1.0 / hz
        self._last = float("-inf")
        self.count = 0

    def ready(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if now - self._last >= self.period:
            self._last = now
            self.count += 1
            return True
        return False

    def wait(self, stop: threading.Event) -> None:
        """Sleep until the next event may happen (or ``stop`` is set), then count it."""
        delay = self.period - (time.monotonic() - self._last)
        if delay > 0:
            stop.wait(delay)
        self._last = time.monotonic()
        self.count += 1


def redraw_loop(stop: threading.Event, dirty: threading.Event, ended: threading.Event,
                limit: RateLimit, redraw: Callable[[], None],
                paused: Callable[[], bool] = lambda: False) -> None:
    """A UI thread's loop: redraw when ``dirty`` says there is something new, at most
    ``limit`` times a second, not while ``paused()``; return once ``ended`` and drawn."""
    while not stop.is_set():
        if not dirty.wait(0.2):
            continue
        if paused():
            stop.wait(0.2)  # stays dirty: redrawn on resume
            continue
        limit.wait(stop)
        dirty.clear()
        redraw()
        if ended.is_set() and not dirty.is_set():
            return
