"""``top_widget``: ``docker top`` refreshed live; it says so and stops when the container does."""

from __future__ import annotations

import threading
from typing import Any

import ipywidgets as w

from ..commands import top
from ..errors import ContainerNotFound, ContainerNotRunning
from ..table import CliFrame
from ._base import Worker, escape

__all__ = ["TopViewer", "top_widget"]


class TopViewer(w.VBox):
    """The container's process table, refreshed every ``interval`` seconds."""

    def __init__(self, container: str, ps_args: str | None = None, *, interval: float = 1.0,
                 client: Any = None) -> None:
        self.container = container
        self.ps_args = ps_args
        self.interval = interval
        self._client = client
        self.frame: CliFrame = top(container, ps_args, client=client)  # fails early, clearly
        self.refreshes = 1
        self.running = True
        self.stopped_reason = ""
        self.status = w.HTML()
        self.table = w.HTML()
        super().__init__([self.status, self.table])
        self._render()
        self._worker = Worker(self._loop, "dockerlab-top").start()

    def _render(self) -> None:
        state = (escape(self.stopped_reason) if self.stopped_reason
                 else f"live, every {self.interval:g} s")
        self.status.value = f"<small>{state} · {len(self.frame)} processes</small>"
        self.table.value = self.frame._repr_html_()

    def _loop(self, stop: threading.Event) -> None:
        while not stop.wait(self.interval):
            try:
                self.frame = top(self.container, self.ps_args, client=self._client)
                self.refreshes += 1
            except (ContainerNotRunning, ContainerNotFound) as exc:
                self.stopped_reason = f"stopped: {exc.message}; the table shows its last processes"
                self._render()
                self.running = False
                return
            self._render()

    def stop(self) -> None:
        """Stop refreshing; the last table stays on screen."""
        self._worker.stop()
        if self.running:
            self.stopped_reason = "stopped by stop(); the table shows its last processes"
            self._render()
            self.running = False

    def close(self) -> None:
        if hasattr(self, "_worker"):
            self.stop()
        super().close()

    def __repr__(self) -> str:
        return f"<top widget: $ {self.frame.command}>"


def top_widget(container: str, ps_args: str | None = None, *, interval: float = 1.0,
               client: Any = None) -> TopViewer:
    """``docker top CONTAINER`` refreshed every ``interval`` seconds; ``.frame`` is the latest
    table, ``.running`` turns False (and the widget says why) when the container stops."""
    return TopViewer(container, ps_args, interval=interval, client=client)
