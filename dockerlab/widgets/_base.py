"""What every threaded dockerlab widget shares (:class:`LiveWidget`): the ``$ docker ...``
header, a status line, an error line, worker threads that stop on ``stop(timeout) -> bool``,
``close()``, use as a context manager, and the rules for failures:

* a worker that dies shows its error in the widget (never a silent freeze);
* when the cause is the Engine going away, the worker waits and tries again, and the widget
  recovers by itself when the Engine is back;
* threads update widget *values* (an HTML widget's ``value``), never an Output widget.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from html import escape
from types import TracebackType

import ipywidgets as w

from ..errors import DockerlabError, EngineUnavailable
from ..i18n import _

__all__ = ["LiveWidget", "RateLimit", "Worker", "escape", "redraw_loop"]

log = logging.getLogger("dockerlab")

#: Seconds between two tries while the Engine is away (doubling up to RETRY_MAX).
RETRY_FIRST, RETRY_MAX = 0.5, 4.0


class Worker:
    """A daemon thread running ``target(stop_event)``; ``stop()`` sets the event and joins.

    An exception that ends the thread is kept on ``error`` and handed to ``on_error``."""

    def __init__(
        self,
        target: Callable[[threading.Event], None],
        name: str,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.stopping = threading.Event()
        self.error: BaseException | None = None
        self._target = target
        self._on_error = on_error
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        try:
            self._target(self.stopping)
        except BaseException as exc:
            if self.stopping.is_set():
                # asked to stop: a socket closed under the thread's read is how it ends
                log.debug("widget thread %s ended while stopping: %r", self._thread.name, exc)
                return
            self.error = exc
            if not isinstance(exc, DockerlabError):
                log.exception("widget thread %s died", self._thread.name)
            if self._on_error is not None:
                self._on_error(exc)

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


def redraw_loop(
    stop: threading.Event,
    dirty: threading.Event,
    ended: threading.Event,
    limit: RateLimit,
    redraw: Callable[[], None],
    paused: Callable[[], bool] = lambda: False,
) -> None:
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


def error_html(exc: BaseException, *, retrying: bool = False) -> str:
    """An error as the widget shows it: the message, the hint, and whether it retries."""
    if isinstance(exc, DockerlabError):
        lines = [exc.message] + ([_("hint: {hint}").format(hint=exc.hint)] if exc.hint else [])
    else:
        lines = [
            _("this widget stopped on an unexpected error: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            )
        ]
    if retrying:
        lines.append(_("retrying until the Engine answers again…"))
    body = "<br>".join(escape(line) for line in lines)
    return f"<div style='color:var(--jp-error-color1,#c62828)'>✗ {body}</div>"


class LiveWidget(w.VBox):
    """The base of the threaded widgets (see the module docstring)."""

    command: str

    def __init__(self, command: str, children: Sequence[w.Widget]) -> None:
        self.command = command
        self.error: BaseException | None = None
        self.retries = 0
        self.status = getattr(self, "status", None) or w.HTML()
        self.error_view = w.HTML()
        self._workers: list[Worker] = []
        super().__init__([w.HTML(f"<code>$ {escape(command)}</code>"), *children, self.error_view])

    # -- workers -----------------------------------------------------------------------------
    def _start(self, target: Callable[[threading.Event], None], name: str) -> Worker:
        worker = Worker(target, name, on_error=self.show_error).start()
        self._workers.append(worker)
        return worker

    def _retrying(
        self, step: Callable[[], bool | None], stop: threading.Event, interval: float
    ) -> None:
        """Call ``step()`` every ``interval`` seconds until it returns True or ``stop``.

        While the Engine is away, show it and try again (backing off to RETRY_MAX seconds);
        the widget clears the error when a step succeeds again."""
        delay = RETRY_FIRST
        while not stop.is_set():
            try:
                finished = step()
            except EngineUnavailable as exc:
                self.retries += 1
                self.show_error(exc, retrying=True)
                log.info("%s: the Engine is away, retrying in %.1f s", self.command, delay)
                stop.wait(delay)
                delay = min(delay * 2, RETRY_MAX)
                continue
            delay = RETRY_FIRST
            if self.error is not None and isinstance(self.error, EngineUnavailable):
                self.clear_error()
            if finished:
                return
            stop.wait(interval)

    # -- what it shows -----------------------------------------------------------------------
    def show_error(self, exc: BaseException, *, retrying: bool = False) -> None:
        """Show ``exc`` under the widget (and keep it on ``.error``)."""
        self.error = exc
        self.error_view.value = error_html(exc, retrying=retrying)

    def clear_error(self) -> None:
        self.error = None
        self.error_view.value = ""

    # -- ending ------------------------------------------------------------------------------
    def _release(self) -> None:
        """Close the widget's sockets and streams (subclasses: unblock their readers)."""

    def _after_stop(self) -> None:
        """Draw the final state (subclasses)."""

    def stop(self, timeout: float = 1.0) -> bool:
        """End the widget's threads and sockets within ``timeout`` seconds; the last view stays
        on screen. True when every thread has ended."""
        for worker in self._workers:
            worker.stopping.set()
        self._release()
        deadline = time.monotonic() + timeout
        ended = all(
            [worker.stop(max(0.0, deadline - time.monotonic())) for worker in self._workers]
        )
        self._after_stop()
        return ended

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the widget's work ends by itself (True) or ``timeout`` (False).

        Interrupting the kernel (KeyboardInterrupt) while it waits stops the widget, then the
        interrupt goes on."""
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while any(worker.alive for worker in self._workers[:1]):
                if deadline is not None and time.monotonic() >= deadline:
                    return False
                self._workers[0]._thread.join(0.05)
        except KeyboardInterrupt:
            self.stop()
            raise
        return True

    def close(self) -> None:
        """Stop, and remove the widget from the page."""
        if hasattr(self, "_workers"):
            self.stop()
        super().close()

    def __enter__(self) -> LiveWidget:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: $ {self.command}>"
