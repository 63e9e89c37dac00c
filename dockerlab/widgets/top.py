"""``top_widget``: ``docker top`` refreshed live; it says so and stops when the container does,
and waits for the Engine when the Engine goes away."""

from __future__ import annotations

import threading

import docker
import ipywidgets as w

from ..commands import top
from ..errors import ContainerNotFound, ContainerNotRunning, EngineUnavailable, InvalidArgument
from ..i18n import _
from ..table import CliFrame
from ._base import LiveWidget, escape

__all__ = ["TopViewer", "top_widget"]


class TopViewer(LiveWidget):
    """The container's process table, refreshed every ``interval`` seconds."""

    def __init__(
        self,
        container: str,
        ps_args: str | None = None,
        *,
        interval: float = 1.0,
        client: docker.DockerClient | None = None,
    ) -> None:
        if isinstance(interval, bool) or not isinstance(interval, int | float) or interval <= 0:
            raise InvalidArgument(
                "interval", interval, _("seconds between two refreshes, more than 0, e.g. 1.0")
            )
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
        super().__init__(self.frame.command, [self.status, self.table])
        self._render()
        self._worker = self._start(self._loop, "dockerlab-top")

    def _render(self) -> None:
        if self.stopped_reason:
            state = escape(self.stopped_reason)
        elif isinstance(self.error, EngineUnavailable):
            state = escape(_("waiting for the Engine"))
        else:
            state = escape(_("live, every {interval} s").format(interval=f"{self.interval:g}"))
        count = escape(_("{n} processes").format(n=len(self.frame)))
        self.status.value = f"<small>{state} · {count}</small>"
        self.table.value = self.frame._repr_html_() or ""

    def _step(self) -> bool:
        try:
            self.frame = top(self.container, self.ps_args, client=self._client)
        except (ContainerNotRunning, ContainerNotFound) as exc:
            self.stopped_reason = _("stopped: {reason}; the table shows its last processes").format(
                reason=exc.message
            )
            self.running = False
            self._render()
            return True
        self.refreshes += 1
        self._render()
        return False

    def _loop(self, stop: threading.Event) -> None:
        if not stop.wait(self.interval):
            self._retrying(self._step, stop, self.interval)

    def show_error(self, exc: BaseException, *, retrying: bool = False) -> None:
        super().show_error(exc, retrying=retrying)
        self._render()

    def _after_stop(self) -> None:
        if self.running:
            self.stopped_reason = _("stopped by stop(); the table shows its last processes")
            self.running = False
            self._render()

    def __repr__(self) -> str:
        return f"<top widget: $ {self.frame.command}>"


def top_widget(
    container: str,
    ps_args: str | None = None,
    *,
    interval: float = 1.0,
    client: docker.DockerClient | None = None,
) -> TopViewer:
    """``docker top CONTAINER`` refreshed every ``interval`` seconds; ``.frame`` is the latest
    table, ``.running`` turns False (and the widget says why) when the container stops."""
    return TopViewer(container, ps_args, interval=interval, client=client)
