"""``console``: a real terminal session with a container, over the Engine's attach or exec
socket. The buttons send the very bytes a terminal would: Ctrl+C is 0x03, EOF (Ctrl+D) is 0x04,
and the detach sequence Ctrl+P Ctrl+Q is 0x10 0x11."""

from __future__ import annotations

import re
import threading
import time

import docker
import ipywidgets as w

from ..ansi import ansi_to_html, strip_ansi
from ..engine import Engine, RawSession
from ..errors import ContainerNotRunning, DockerlabError
from ..i18n import _
from ..references import check_name
from ..streams import Demuxer
from ._base import LiveWidget, RateLimit, escape, redraw_loop

__all__ = ["CTRL_C", "Console", "DETACH", "EOF", "console", "console_widget"]

CTRL_C = b"\x03"
EOF = b"\x04"
DETACH = b"\x10\x11"  # ctrl-p, ctrl-q: the Engine's default detach keys
_MAX_TRANSCRIPT = 200_000


class Console(LiveWidget):
    """An attached (or exec'd) session: type a line, read the output, send control keys."""

    def __init__(
        self,
        container: str,
        command: str | list[str] | None = None,
        *,
        client: docker.DockerClient | None = None,
    ) -> None:
        check_name(container)
        self._engine = Engine.of(client)
        info = self._engine.inspect_container(container)
        self.container = container
        self._id = info["Id"]
        config = info.get("Config", {})
        state = info.get("State", {})
        if state.get("Paused"):
            raise ContainerNotRunning(container, _("paused"))
        if not state.get("Running"):
            raise ContainerNotRunning(container, state.get("Status", "stopped"))
        self._session: RawSession
        if command is None:
            if not config.get("OpenStdin"):
                raise DockerlabError(
                    _(
                        "container {name!r} was started without -i, so it has no stdin to attach to"
                    ).format(name=container),
                    subject=container,
                    hint=_(
                        "open a shell in it instead: console({name!r}, command='sh') "
                        "(that is `docker exec -it {name} sh`)"
                    ).format(name=container),
                )
            self.tty = bool(config.get("Tty"))
            self.mode = "attach"
            self.command_line = f"docker attach {container}"
            self._session = self._engine.attach(self._id)
        else:
            argv = command.split() if isinstance(command, str) else list(command)
            if not argv or not all(isinstance(a, str) for a in argv):
                raise DockerlabError(
                    _("invalid command {command!r}").format(command=command),
                    subject=command,
                    hint=_("a command line, e.g. command='sh'"),
                )
            self.tty = True
            self.mode = "exec"
            self.command_line = f"docker exec -it {container} {' '.join(argv)}"
            self._exec_id, self._session = self._engine.exec_session(self._id, argv)
        self._chunks: list[str] = []
        self._size = 0
        self._lock = threading.Lock()
        self._dirty = threading.Event()
        self.ended = threading.Event()
        self.detached = False
        self.limit = RateLimit(5)

        self.output = w.HTML(layout=w.Layout(max_height="300px", overflow="auto"))
        self.status = w.HTML()
        self.input = w.Text(
            placeholder=_("type a command and press Enter"),
            continuous_update=False,
            layout=w.Layout(width="360px"),
        )
        self.input.observe(self._submit, "value")  # continuous_update=False: on Enter
        buttons = []
        for label, action in (
            ("Ctrl+C", self.ctrl_c),
            (_("EOF (Ctrl+D)"), self.eof),
            (_("Detach (Ctrl+P Ctrl+Q)"), self.detach),
        ):
            button = w.Button(description=label, layout=w.Layout(width="auto"))
            button.on_click(lambda _button, act=action: act())
            buttons.append(button)
        super().__init__(
            self.command_line, [self.output, w.HBox([self.input, *buttons]), self.status]
        )
        self._reader = self._start(self._read, "dockerlab-console")
        self._ui = self._start(self._redraw_loop, "dockerlab-console-ui")

    # -- I/O -------------------------------------------------------------------------------------
    def _read(self, stop: threading.Event) -> None:
        demux = None if self.tty else Demuxer()
        try:
            while not stop.is_set():
                data = self._session.recv(4096)
                if not data:
                    break
                chunks = [data] if demux is None else [d for _s, d in demux.feed(data)]
                for chunk in chunks:
                    self._append(chunk.decode("utf-8", errors="replace"))
        finally:
            self.ended.set()
            self._dirty.set()

    def _append(self, text: str) -> None:
        with self._lock:
            self._chunks.append(text)
            self._size += len(text)
            while self._size > _MAX_TRANSCRIPT and len(self._chunks) > 1:
                self._size -= len(self._chunks.pop(0))
        self._dirty.set()

    def send(self, data: str | bytes) -> None:
        """Write to the session's stdin, exactly these bytes (add ``\\n`` to press Enter)."""
        if self.ended.is_set():
            raise DockerlabError(
                _("the session with {name!r} has ended").format(name=self.container),
                subject=self.container,
                hint=_("open a new console, or `docker start -ai` it again"),
            )
        self._session.sendall(data.encode() if isinstance(data, str) else data)

    def _submit(self, change: dict[str, str]) -> None:
        if change["new"]:
            self.input.value = ""
            try:
                self.send(change["new"] + "\n")
            except DockerlabError as exc:
                self.show_error(exc)

    def ctrl_c(self) -> None:
        """Send Ctrl+C (0x03): with a TTY, the terminal turns it into SIGINT."""
        self.send(CTRL_C)

    def eof(self) -> None:
        """Send Ctrl+D (0x04): end of input; a shell exits, and so does the container if the
        shell is its main process."""
        self.send(EOF)

    def detach(self, timeout: float = 3.0) -> bool:
        """Send Ctrl+P Ctrl+Q: the Engine ends the attach session and the container keeps
        running. True when the stream closed within ``timeout`` seconds."""
        self.send(DETACH)
        closed = self.ended.wait(timeout)
        self.detached = closed
        self._dirty.set()
        return closed

    # -- what it shows ----------------------------------------------------------------------------
    @property
    def raw_transcript(self) -> str:
        """Everything the session printed, escape sequences included."""
        with self._lock:
            return "".join(self._chunks)

    @property
    def transcript(self) -> str:
        """Everything the session printed, as plain text."""
        return strip_ansi(self.raw_transcript)

    def wait_for(self, pattern: str, timeout: float = 5.0) -> str:
        """Wait until the transcript matches ``pattern`` (a regular expression); return the
        matching text. A TTY echoes what was typed, so anchor patterns meant for the output:
        ``"(?m)^done$"`` matches an output line, not the echoed ``echo done``."""
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while time.monotonic() < deadline:
            match = regex.search(self.transcript)
            if match:
                return match.group(0)
            if self.ended.is_set():
                break
            time.sleep(0.05)
        raise DockerlabError(
            _("{pattern!r} did not appear in the session with {name!r} within {timeout} s").format(
                pattern=pattern, name=self.container, timeout=timeout
            ),
            subject=pattern,
            hint=_("read .transcript to see what it printed"),
        )

    def container_state(self) -> str:
        """The container's state now (``running``, ``exited``, ...)."""
        return str(self._engine.inspect_container(self._id)["State"]["Status"])

    def _redraw_loop(self, stop: threading.Event) -> None:
        redraw_loop(stop, self._dirty, self.ended, self.limit, self.redraw)

    def redraw(self) -> None:
        text = self.raw_transcript[-20_000:]
        self.output.value = (
            "<pre style='margin:0;white-space:pre-wrap'>" + ansi_to_html(text) + "</pre>"
        )
        if not self.ended.is_set():
            state = _("connected ({mode}, {tty})").format(
                mode=self.mode, tty="tty" if self.tty else _("no tty")
            )
        else:
            try:
                now = self.container_state()
            except DockerlabError:
                now = _("gone")
            how = _("detached") if self.detached else _("session ended")
            state = _("{how}; the container is {state}").format(how=how, state=now)
        self.status.value = f"<small>{escape(state)}</small>"

    def _release(self) -> None:
        """End the session: the socket closes, the container is left as it is."""
        self._session.close()

    def _after_stop(self) -> None:
        self._dirty.set()
        self.redraw()

    def __repr__(self) -> str:
        return f"<console widget: $ {self.command_line}>"


def console_widget(
    container: str,
    command: str | list[str] | None = None,
    *,
    client: docker.DockerClient | None = None,
) -> Console:
    """A live session with ``container``: ``docker attach`` to one started with ``-i -t``, or
    ``docker exec -it CONTAINER COMMAND`` when ``command`` is given. Type, read, and use the
    buttons (or ``.send()``, ``.ctrl_c()``, ``.eof()``, ``.detach()``)."""
    return Console(container, command, client=client)


#: The name of earlier versions (kept: notebooks use it).
console = console_widget
