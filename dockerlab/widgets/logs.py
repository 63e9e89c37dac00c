"""``logs_widget``: ``docker logs -f`` in a notebook, bounded, filterable, stoppable."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections import deque
from pathlib import Path
from typing import Any

import ipywidgets as w

from .._engine import engine_errors
from ..client import resolve
from ..cmdline import command_line
from ..frames import logs_frame
from ..streams import Demuxer, LineSplitter, parse_log_line
from ..table import CliFrame
from ._base import RateLimit, Worker, escape, redraw_loop

__all__ = ["LogViewer", "logs_widget"]

Line = tuple[str, str, str]  # (engine timestamp, stream, text)


def _shutdown(sock: Any) -> None:
    """Unblock a reader: shut the socket down (the read returns), then close it."""
    raw = getattr(sock, "_sock", sock)
    with contextlib.suppress(OSError, AttributeError):
        raw.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError, AttributeError):
        raw.close()


class LogViewer(w.VBox):
    """Follows a container's logs in a background thread into a ring buffer of the last
    ``max_lines`` lines; the view is redrawn at most 5 times a second."""

    def __init__(self, container: str, *, follow: bool = True, tail: int | str = 100,
                 timestamps: bool = False, max_lines: int = 1000, show_lines: int = 200,
                 client: Any = None) -> None:
        self._api = resolve(client).api
        with engine_errors("container", container):
            info = self._api.inspect_container(container)
        self.container = container
        self.tty = bool(info.get("Config", {}).get("Tty"))
        self._id = info["Id"]
        self.command = command_line("docker logs", [("-f", follow), ("--tail", tail),
                                                    ("-t", timestamps)], args=[container])
        self.buffer: deque[Line] = deque(maxlen=max_lines)
        self.received = 0
        self.show_lines = show_lines
        self.ended = threading.Event()
        self._lock = threading.Lock()
        self._dirty = threading.Event()
        self._sock: Any = None
        self._response: Any = None
        self.limit = RateLimit(5)

        self.filter = w.Text(placeholder="filter: text, or a regular expression",
                             layout=w.Layout(width="280px"))
        self.regex = w.Checkbox(description="regex", indent=False, layout=w.Layout(width="70px"))
        self.timestamps = w.ToggleButton(value=timestamps, description="timestamps",
                                         icon="clock-o")
        self.paused = w.ToggleButton(value=False, description="pause", icon="pause")
        self.stop_button = w.Button(description="stop", icon="stop", button_style="warning")
        self.export_path = w.Text(value=f"{container}.log", layout=w.Layout(width="160px"))
        self.export_button = w.Button(description="export", icon="download")
        self.status = w.HTML()
        self.view = w.HTML(layout=w.Layout(max_height="320px", overflow="auto"))
        for control in (self.filter, self.regex, self.timestamps):
            control.observe(lambda _: self._dirty.set(), "value")
        self.paused.observe(self._on_pause, "value")
        self.stop_button.on_click(lambda _: self.stop())
        self.export_button.on_click(lambda _: self.export(self.export_path.value))
        super().__init__([
            w.HTML(f"<code>$ {escape(self.command)}</code>"),
            w.HBox([self.filter, self.regex, self.timestamps, self.paused, self.stop_button,
                    self.export_path, self.export_button]),
            self.status, self.view])
        self._reader = Worker(lambda stop: self._read(stop, follow, tail), "dockerlab-logs")
        self._ui = Worker(self._redraw_loop, "dockerlab-logs-ui")
        self._reader.start()
        self._ui.start()

    # -- background work ----------------------------------------------------------------------
    def _read(self, stop: threading.Event, follow: bool, tail: int | str) -> None:
        params = {"stdout": 1, "stderr": 1, "timestamps": 1, "follow": int(follow),
                  "tail": tail}
        try:
            response = self._api._get(self._api._url("/containers/{0}/logs", self._id),
                                      params=params, stream=True)
            self._api._raise_for_status(response)
            self._response = response
            self._sock = self._api._get_raw_response_socket(response)
            self._api._disable_socket_timeout(self._sock)  # a quiet container is not an error
            demux = None if self.tty else Demuxer()
            splitters: dict[str, LineSplitter] = {}
            # read1: whatever has arrived (HTTP chunking decoded), so a TTY's 1-byte chunks
            # and a busy container's bursts are both read at the rate they come
            while not stop.is_set():
                data = response.raw.read1(65536)
                if not data:
                    break
                for stream, payload in ([("stdout", data)] if demux is None
                                        else demux.feed(data)):
                    splitter = splitters.setdefault(stream, LineSplitter())
                    self._add(stream, splitter.feed(payload))
            for stream, splitter in splitters.items():
                self._add(stream, splitter.flush())
        except (OSError, ValueError, AttributeError):
            pass  # the socket was closed by stop()
        finally:
            self.ended.set()
            self._dirty.set()

    def _add(self, stream: str, lines: list[str]) -> None:
        if not lines:
            return
        with self._lock:
            for line in lines:
                stamp, text = parse_log_line(line)
                self.buffer.append((stamp, stream, text))
            self.received += len(lines)
        self._dirty.set()

    def _redraw_loop(self, stop: threading.Event) -> None:
        redraw_loop(stop, self._dirty, self.ended, self.limit, self.redraw,
                    paused=lambda: bool(self.paused.value))

    # -- what the widget shows ----------------------------------------------------------------
    def _matcher(self):
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
        entries = [(stream, f"{stamp} {text}" if stamp else text)
                   for stamp, stream, text in self.lines]
        return logs_frame(entries, timestamps=self.timestamps.value, command=self.command)

    def redraw(self) -> None:
        shown = self.filtered()[-self.show_lines:]
        stamps = self.timestamps.value
        rows = []
        for stamp, stream, text in shown:
            prefix = f"{stamp} " if stamps and stamp else ""
            style = ' style="color:var(--jp-error-color1,#c62828)"' if stream == "stderr" else ""
            rows.append(f"<span{style}>{escape(prefix + text)}</span>")
        state = ("ended" if self.ended.is_set() else
                 "paused" if self.paused.value else "following")
        self.status.value = (f"<small>{state} · {self.received} lines received · "
                             f"{len(self.buffer)} buffered · {len(shown)} shown</small>")
        self.view.value = ("<pre style='margin:0;white-space:pre-wrap'>" + "\n".join(rows)
                           + "</pre>")

    def _on_pause(self, change: dict) -> None:
        self.paused.description = "resume" if change["new"] else "pause"
        self.paused.icon = "play" if change["new"] else "pause"
        self._dirty.set()

    # -- actions -------------------------------------------------------------------------------
    def export(self, path: str | Path) -> Path:
        """Write every buffered line (as shown: with timestamps if toggled) to ``path``."""
        target = Path(path)
        stamps = self.timestamps.value
        with target.open("w", encoding="utf-8") as out:
            for stamp, _, text in self.lines:
                out.write(f"{stamp} {text}\n" if stamps and stamp else f"{text}\n")
        self.status.value = (f"<small>exported {len(self.buffer)} lines to "
                             f"{escape(str(target))}</small>")
        return target

    def stop(self, timeout: float = 1.0) -> bool:
        """Close the log stream; True when the reader thread has ended within ``timeout``."""
        self._reader.stopping.set()
        if self._sock is not None:
            _shutdown(self._sock)
        if self._response is not None:
            with contextlib.suppress(Exception):  # closing twice is fine
                self._response.close()
        stopped = self._reader.stop(timeout)
        self._dirty.set()
        return stopped

    def close(self) -> None:
        if hasattr(self, "_reader"):
            self.stop()
            self._ui.stop()
        super().close()

    def __repr__(self) -> str:
        return f"<logs widget: $ {self.command}>"


def logs_widget(container: str, follow: bool = True, tail: int | str = 100,
                timestamps: bool = False, *, max_lines: int = 1000, client: Any = None
                ) -> LogViewer:
    """``docker logs -f --tail N CONTAINER`` as a live, filterable view.

    Lines stream into a ring buffer of ``max_lines`` (memory stays bounded whatever the
    container prints); stdout and stderr are told apart (stderr in red); ``stop`` closes the
    stream within a second; ``.frame`` is what it holds, as ``dl.logs`` would return it.
    """
    return LogViewer(container, follow=follow, tail=tail, timestamps=timestamps,
                     max_lines=max_lines, client=client)
