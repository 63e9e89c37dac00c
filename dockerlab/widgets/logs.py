"""``logs_widget``: ``docker logs -f`` in a notebook, bounded, filterable, stoppable; it
follows on when the Engine comes back after going away."""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

import docker
import ipywidgets as w

from ..cmdline import command_line
from ..engine import Engine, Stream
from ..errors import ContainerNotFound, EngineUnavailable
from ..frames import logs_frame
from ..i18n import _
from ..logs import check_tail
from ..references import check_name
from ..streams import Demuxer, LineSplitter, parse_log_line
from ..table import CliFrame
from ._base import LiveWidget, RateLimit, escape, redraw_loop

__all__ = ["LogViewer", "logs_widget"]

Line = tuple[str, str, str]  # (engine timestamp, stream, text)


class LogViewer(LiveWidget):
    """Follows a container's logs in a background thread into a ring buffer of the last
    ``max_lines`` lines; the view is redrawn at most 5 times a second."""

    def __init__(
        self,
        container: str,
        *,
        follow: bool = True,
        tail: int | str = 100,
        timestamps: bool = False,
        max_lines: int = 1000,
        show_lines: int = 200,
        client: docker.DockerClient | None = None,
    ) -> None:
        check_name(container)
        check_tail(tail)
        self._engine = Engine.of(client)
        info = self._engine.inspect_container(container)
        self.container = container
        self.tty = bool(info.get("Config", {}).get("Tty"))
        self._id = info["Id"]
        self.follow = follow
        self.buffer: deque[Line] = deque(maxlen=max_lines)
        self.received = 0
        self.show_lines = show_lines
        self.ended = threading.Event()
        self.end_reason = ""
        self._lock = threading.Lock()
        self._dirty = threading.Event()
        self._stream: Stream | None = None
        self._last_stamp = ""
        self.limit = RateLimit(5)

        self.filter = w.Text(
            placeholder=_("filter: text, or a regular expression"), layout=w.Layout(width="280px")
        )
        self.regex = w.Checkbox(description=_("regex"), indent=False, layout=w.Layout(width="70px"))
        self.timestamps = w.ToggleButton(
            value=timestamps, description=_("timestamps"), icon="clock-o"
        )
        self.paused = w.ToggleButton(value=False, description=_("pause"), icon="pause")
        self.stop_button = w.Button(description=_("stop"), icon="stop", button_style="warning")
        self.export_path = w.Text(value=f"{container}.log", layout=w.Layout(width="160px"))
        self.export_button = w.Button(description=_("export"), icon="download")
        self.status = w.HTML()
        self.view = w.HTML(layout=w.Layout(max_height="320px", overflow="auto"))
        for control in (self.filter, self.regex, self.timestamps):
            control.observe(lambda _change: self._dirty.set(), "value")
        self.paused.observe(self._on_pause, "value")
        self.stop_button.on_click(lambda _button: self.stop())
        self.export_button.on_click(lambda _button: self.export(self.export_path.value))
        super().__init__(
            command_line(
                "docker logs",
                [("-f", follow), ("--tail", tail), ("-t", timestamps)],
                args=[container],
            ),
            [
                w.HBox(
                    [
                        self.filter,
                        self.regex,
                        self.timestamps,
                        self.paused,
                        self.stop_button,
                        self.export_path,
                        self.export_button,
                    ]
                ),
                self.status,
                self.view,
            ],
        )
        self._reader = self._start(lambda stop: self._read(stop, tail), "dockerlab-logs")
        self._ui = self._start(self._redraw_loop, "dockerlab-logs-ui")

    # -- background work ----------------------------------------------------------------------
    def _read(self, stop: threading.Event, tail: int | str) -> None:
        """Follow the stream; when it breaks because the Engine went away, wait for the Engine
        and follow on from the last line received (a line is never shown twice)."""
        try:
            self._retrying(lambda: self._follow_once(stop, tail), stop, interval=0.0)
        finally:
            self.ended.set()
            self._dirty.set()

    def _follow_once(self, stop: threading.Event, tail: int | str) -> bool:
        params: dict[str, object] = {
            "stdout": 1,
            "stderr": 1,
            "timestamps": 1,
            "follow": int(self.follow),
            "tail": tail,
        }
        if self._last_stamp:  # following on after the Engine came back
            params.update(tail="all", since=_since(self._last_stamp))
        self._stream = self._engine.follow_logs(self._id, params)
        demux = None if self.tty else Demuxer()
        splitters: dict[str, LineSplitter] = {}
        while not stop.is_set():
            data = self._stream.read()
            if not data:
                break
            for stream, payload in [("stdout", data)] if demux is None else demux.feed(data):
                splitter = splitters.setdefault(stream, LineSplitter())
                self._add(stream, splitter.feed(payload))
        for stream, splitter in splitters.items():
            self._add(stream, splitter.flush())
        self._stream.close()
        if stop.is_set() or not self.follow:
            return True
        # The stream ended: the container stopped (done, as `docker logs -f` is), or the
        # Engine went away (the state check raises EngineUnavailable: retried).
        try:
            state = self._engine.inspect_container(self._id).get("State", {})
        except ContainerNotFound:
            self.end_reason = _("the container was removed")
            return True
        if state.get("Running") and not state.get("Restarting"):
            return False  # the Engine came back meanwhile: follow on
        self.end_reason = _("the container stopped")
        return True

    def _add(self, stream: str, lines: list[str]) -> None:
        if not lines:
            return
        with self._lock:
            for line in lines:
                stamp, text = parse_log_line(line)
                if stamp and self._last_stamp and stamp <= self._last_stamp:
                    continue  # already shown before the Engine went away
                if stamp:
                    self._last_stamp = stamp
                self.buffer.append((stamp, stream, text))
                self.received += 1
        self._dirty.set()

    def _redraw_loop(self, stop: threading.Event) -> None:
        redraw_loop(
            stop,
            self._dirty,
            self.ended,
            self.limit,
            self.redraw,
            paused=lambda: bool(self.paused.value),
        )

    # -- what the widget shows ----------------------------------------------------------------
    def _matcher(self) -> Callable[[str], bool]:
        text = self.filter.value
        if not text:
            return lambda line: True
        if self.regex.value:
            try:
                pattern = re.compile(text)
            except re.error:
                return lambda line: text in line
            return lambda line: bool(pattern.search(line))
        return lambda line: text in line

    def filtered(self) -> list[Line]:
        """The buffered lines that pass the filter, oldest first."""
        match = self._matcher()
        with self._lock:
            lines = list(self.buffer)
        return [line for line in lines if match(line[2])]

    @property
    def lines(self) -> list[Line]:
        """Every buffered (timestamp, stream, text) line, oldest first (at most max_lines)."""
        with self._lock:
            return list(self.buffer)

    @property
    def frame(self) -> CliFrame:
        """The buffered lines as ``dl.logs`` returns them (typed ``time``, ``stream``, ``line``)."""
        entries = [
            (stream, f"{stamp} {text}" if stamp else text) for stamp, stream, text in self.lines
        ]
        return logs_frame(entries, timestamps=self.timestamps.value, command=self.command)

    def redraw(self) -> None:
        shown = self.filtered()[-self.show_lines :]
        stamps = self.timestamps.value
        rows = []
        for stamp, stream, text in shown:
            prefix = f"{stamp} " if stamps and stamp else ""
            style = ' style="color:var(--jp-error-color1,#c62828)"' if stream == "stderr" else ""
            rows.append(f"<span{style}>{escape(prefix + text)}</span>")
        if self.ended.is_set():
            state = _("ended") + (f" ({self.end_reason})" if self.end_reason else "")
        elif isinstance(self.error, EngineUnavailable):
            state = _("waiting for the Engine")
        else:
            state = _("paused") if self.paused.value else _("following")
        counts = _("{received} lines received · {buffered} buffered · {shown} shown").format(
            received=self.received, buffered=len(self.buffer), shown=len(shown)
        )
        self.status.value = f"<small>{escape(state)} · {counts}</small>"
        self.view.value = "<pre style='margin:0;white-space:pre-wrap'>" + "\n".join(rows) + "</pre>"

    def _on_pause(self, change: dict) -> None:
        self.paused.description = _("resume") if change["new"] else _("pause")
        self.paused.icon = "play" if change["new"] else "pause"
        self._dirty.set()

    # -- actions -------------------------------------------------------------------------------
    def export(self, path: str | Path) -> Path:
        """Write every buffered line (as shown: with timestamps if toggled) to ``path``."""
        target = Path(path)
        stamps = self.timestamps.value
        with target.open("w", encoding="utf-8") as out:
            for stamp, _stream, text in self.lines:
                out.write(f"{stamp} {text}\n" if stamps and stamp else f"{text}\n")
        self.status.value = (
            "<small>"
            + escape(_("exported {n} lines to {path}").format(n=len(self.buffer), path=target))
            + "</small>"
        )
        return target

    def _release(self) -> None:
        if self._stream is not None:
            self._stream.close()

    def _after_stop(self) -> None:
        self._dirty.set()
        if not self._ui.alive:
            self.redraw()

    def __repr__(self) -> str:
        return f"<logs widget: $ {self.command}>"


def logs_widget(
    container: str,
    follow: bool = True,
    tail: int | str = 100,
    timestamps: bool = False,
    *,
    max_lines: int = 1000,
    client: docker.DockerClient | None = None,
) -> LogViewer:
    """``docker logs -f --tail N CONTAINER`` as a live, filterable view.

    Lines stream into a ring buffer of ``max_lines`` (memory stays bounded whatever the
    container prints); stdout and stderr are told apart (stderr in red); ``stop`` closes the
    stream within a second; ``.frame`` is what it holds, as ``dl.logs`` would return it.
    """
    return LogViewer(
        container,
        follow=follow,
        tail=tail,
        timestamps=timestamps,
        max_lines=max_lines,
        client=client,
    )


def _since(stamp: str) -> str:
    """The Engine's ``since`` (seconds.nanoseconds) for an RFC 3339 log timestamp.

    >>> _since("2026-11-28T08:17:28.089768400Z")
    '1795853848.089768400'
    """
    from datetime import datetime, timezone

    whole, _dot, fraction = stamp.rstrip("Z").partition(".")
    seconds = int(datetime.fromisoformat(whole).replace(tzinfo=timezone.utc).timestamp())
    return f"{seconds}.{(fraction + '000000000')[:9]}"
