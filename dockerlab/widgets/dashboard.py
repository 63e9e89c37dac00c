"""``dashboard``: the containers table, live, with the actions a Docker dashboard has, and the
``docker ...`` command behind every click."""

from __future__ import annotations

import threading
import time
from typing import Any

import docker
import ipywidgets as w

from .. import course
from .. import labels as L
from ..engine import Engine
from ..errors import DockerlabError, EngineUnavailable
from ..frames import containers_frame
from ..i18n import N_, _
from ..stats import StatsSampler
from ..table import CliFrame, CliView
from ._base import LiveWidget, escape

__all__ = ["ACTIONS", "Dashboard", "dashboard", "dashboard_widget", "select_rows"]

#: action -> (the docker command it stands for, whether it changes the container)
ACTIONS: dict[str, tuple[str, bool]] = {
    "start": ("docker start {}", True),
    "stop": ("docker stop {}", True),
    "restart": ("docker restart {}", True),
    "pause": ("docker pause {}", True),
    "unpause": ("docker unpause {}", True),
    "kill": ("docker kill {}", True),
    "remove": ("docker rm -f {}", True),
    "logs": ("docker logs -f --tail 100 {}", False),
    "top": ("docker top {}", False),
    "inspect": ("docker inspect {}", False),
}
#: The buttons' labels (translated where they are shown).
LABELS = {
    "start": N_("start"),
    "stop": N_("stop"),
    "restart": N_("restart"),
    "pause": N_("pause"),
    "unpause": N_("unpause"),
    "kill": N_("kill"),
    "remove": N_("remove"),
    "logs": N_("logs"),
    "top": N_("top"),
    "inspect": N_("inspect"),
}
STATES = {
    "all": N_("all"),
    "running": N_("running"),
    "exited": N_("exited"),
    "paused": N_("paused"),
    "created": N_("created"),
}
COLUMNS = (
    "CONTAINER ID",
    "NAMES",
    "IMAGE",
    "COMMAND",
    "CREATED",
    "STATUS",
    "PORTS",
    "CPU %",
    "MEM USAGE",
)


def is_course(name: str, labels: dict[str, str] | None) -> bool:
    """Whether the course made this container: a course name (``nb08-web``, ``ex08-web``) or,
    for what older versions made, a course label."""
    return course.owner(name) is not None or L.container_is_course(labels)


def select_rows(
    frame: CliFrame, text: str = "", state: str = "all", course_only: bool = False
) -> CliFrame:
    """Pure: the rows the dashboard shows. ``text`` is a name substring, ``label=KEY[=VALUE]``
    or ``status=STATE``; ``state`` narrows by state; ``course_only`` keeps course containers
    (see :func:`is_course`)."""
    keep = frame
    if course_only:
        mask = keep["name"].map(lambda name: course.owner(name) is not None)
        keep = keep[(mask | keep["labels"].map(L.container_is_course)).astype(bool)]
    if state != "all":
        keep = keep[keep["state"] == state]
    text = text.strip()
    if text.startswith("label="):
        key, _sep, value = text[len("label=") :].partition("=")
        keep = keep[
            keep["labels"]
            .map(lambda labels: key in labels and (not value or labels[key] == value))
            .astype(bool)
        ]
    elif text.startswith("status="):
        keep = keep[keep["state"] == text[len("status=") :]]
    elif text:
        keep = keep[keep["name"].str.contains(text, regex=False)]
    return keep


class Dashboard(LiveWidget):
    """Containers refreshed about once a second; pick one, act on it, read the command."""

    def __init__(
        self,
        *,
        course_only: bool = True,
        refresh: float = 1.0,
        client: docker.DockerClient | None = None,
    ) -> None:
        self._engine = Engine.of(client)
        self._client = client
        self.interval = refresh
        self.commands: list[str] = []
        self.frame: CliFrame = CliFrame()
        self.shown: CliFrame = CliFrame()
        self.stats: dict[str, dict[str, Any]] = {}
        self.pending: tuple[str, str] | None = None
        self.detail_widget: w.Widget | None = None
        self.refreshes = 0
        self._sampler = StatsSampler(self._engine)
        self._lock = threading.Lock()

        self.search = w.Text(
            placeholder=_("name, label=KEY[=VALUE] or status=STATE"), layout=w.Layout(width="300px")
        )
        self.state = w.Dropdown(
            options=[(_(label), key) for key, label in STATES.items()],
            value="all",
            layout=w.Layout(width="110px"),
        )
        self.course_only = w.Checkbox(value=course_only, description=_("course only"), indent=False)
        for control in (self.search, self.state, self.course_only):
            control.observe(lambda _change: self._refresh_shown(), "value")
        self.table = w.HTML(layout=w.Layout(overflow="auto", max_height="420px"))
        self.selector = w.Dropdown(
            description=_("container"), options=[], layout=w.Layout(width="320px")
        )
        buttons = []
        for action in ACTIONS:
            button = w.Button(description=_(LABELS[action]), layout=w.Layout(width="auto"))
            button.on_click(lambda _button, a=action: self._clicked(a))
            buttons.append(button)
        self.question = w.HTML()
        yes = w.Button(description=_("yes, do it"), button_style="danger")
        no = w.Button(description=_("no"))
        yes.on_click(lambda _button: self.confirm(True))
        no.on_click(lambda _button: self.confirm(False))
        self.confirm_box = w.HBox([self.question, yes, no], layout=w.Layout(display="none"))
        self.command_log = w.HTML()
        self.detail = w.Box()
        self.status = w.HTML()
        super().__init__(
            "docker ps -a  +  docker stats --no-stream",
            [
                w.HBox([self.search, self.state, self.course_only]),
                self.status,
                self.table,
                w.HBox([self.selector, *buttons]),
                self.confirm_box,
                w.HTML("<b>" + escape(_("Commands")) + "</b>"),
                self.command_log,
                self.detail,
            ],
        )
        self.refresh()
        self._refresher = self._start(self._refresh_loop, "dockerlab-dashboard")
        self._stats_worker = self._start(self._stats_loop, "dockerlab-dashboard-stats")

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> CliFrame:
        """One ``GET /containers/json`` and a redraw; return the rows shown."""
        raw = self._engine.containers(all=True)
        frame = containers_frame(raw, now=time.time(), command="docker ps -a")
        cpu, mem = [], []
        for cid, state in zip(frame["id"], frame["state"], strict=True):
            row = self.stats.get(cid) if state == "running" else None
            cpu.append(row["CPU %"] if row else "")
            mem.append(row["MEM USAGE / LIMIT"].split(" / ")[0] if row else "")
        frame["CPU %"] = cpu
        frame["MEM USAGE"] = mem
        frame.cli = CliView("docker ps -a  +  docker stats --no-stream", COLUMNS)
        shown = select_rows(frame, self.search.value, self.state.value, self.course_only.value)
        with self._lock:
            self.frame, self.shown = frame, shown
            self.refreshes += 1
        html = shown._repr_html_()
        if html != self.table.value:
            self.table.value = html
        names = tuple(shown["name"])
        if names != self.selector.options:
            keep = self.selector.value if self.selector.value in names else None
            self.selector.options = names  # selects the first one
            if keep is not None:
                self.selector.value = keep
        return shown

    def _refresh_shown(self) -> None:
        try:
            self.refresh()
        except DockerlabError as exc:
            self.show_error(exc)

    def _refresh_loop(self, stop: threading.Event) -> None:
        # The Engine gone away: said under the table, retried until it is back.
        def step() -> bool:
            self.refresh()
            return False  # never done: refresh until stopped

        if not stop.wait(self.interval):
            self._retrying(step, stop, self.interval)

    def show_error(self, exc: BaseException, *, retrying: bool = False) -> None:
        super().show_error(exc, retrying=retrying)
        self.status.value = (
            "<small>"
            + escape(_("waiting for the Engine") if retrying else _("stopped"))
            + "</small>"
        )

    def clear_error(self) -> None:
        super().clear_error()
        self.status.value = ""

    def _stats_loop(self, stop: threading.Event) -> None:
        # This thread keeps the latest stats of each running container so that a refresh
        # never waits for them: about one round a second, whether the Engine makes each
        # one-shot request wait for its 1 Hz collector (before 24.0.7) or answers at once.
        while not stop.is_set():
            started = time.monotonic()
            with self._lock:
                frame = self.frame
            running = frame[frame["state"] == "running"]["id"].tolist() if len(frame) else []
            try:
                if running:
                    rows = self._sampler.rows(running)
                    self.stats = {r["id"]: r for r in rows}
            except EngineUnavailable:
                self.stats = {}  # the refresh loop shows it and waits for the Engine
            stop.wait(max(0.2, 1.0 - (time.monotonic() - started)))

    # -- actions ---------------------------------------------------------------------------------
    def _clicked(self, action: str) -> None:
        if self.selector.value:
            threading.Thread(
                target=self._safe_act, args=(action, self.selector.value), daemon=True
            ).start()

    def _safe_act(self, action: str, name: str) -> None:
        try:
            self.act(action, name)
        except DockerlabError as exc:
            self.commands.append(
                "# "
                + _("{action} {name} failed: {error}").format(
                    action=action, name=name, error=exc.message
                )
            )
            self._draw_log()
            self.show_error(exc)

    def act(self, action: str, name: str | None = None, *, confirmed: bool = False) -> str:
        """Do ``action`` on ``name`` (default: the selected container) and log its command.

        Acting on a container that the course did not create needs ``confirmed=True`` (the
        buttons ask first); without it the dashboard asks and returns ``"confirm"``.
        """
        name = name or self.selector.value
        if action not in ACTIONS:
            raise DockerlabError(
                _("unknown action {action!r}").format(action=action),
                subject=action,
                hint=_("one of: {actions}").format(actions=", ".join(ACTIONS)),
            )
        row = self.frame[self.frame["name"] == name]
        if row.empty:
            raise DockerlabError(
                _("no container named {name!r} in the dashboard").format(name=name),
                subject=name,
                hint=_("refresh, or check the name with `docker ps -a`"),
            )
        template, changes = ACTIONS[action]
        ours = is_course(name, row["labels"].iloc[0])
        if changes and not ours and not confirmed:
            self.pending = (action, name)
            self.question.value = _(
                "<b>{name}</b> was not created by the course. Really run <code>{command}</code>?"
            ).format(name=escape(str(name)), command=escape(template.format(name)))
            self.confirm_box.layout.display = "flex"
            return "confirm"
        self.commands.append(template.format(name))
        self._draw_log()
        if changes:
            self._engine.act(action, str(row["id"].iloc[0]))
            self.refresh()
        else:
            self._show_detail(action, name)
        return template.format(name)

    def confirm(self, yes: bool = True) -> str | None:
        """Answer the pending question; with ``yes`` the action runs."""
        pending, self.pending = self.pending, None
        self.confirm_box.layout.display = "none"
        if pending and yes:
            return self.act(*pending, confirmed=True)
        if pending:
            self.commands.append(
                "# "
                + _("cancelled: {command}").format(
                    command=ACTIONS[pending[0]][0].format(pending[1])
                )
            )
            self._draw_log()
        return None

    def _show_detail(self, action: str, name: str) -> None:
        from .inspect import inspect_widget
        from .logs import logs_widget
        from .top import top_widget

        if self.detail_widget is not None:
            self.detail_widget.close()
        make: Any = {"logs": logs_widget, "top": top_widget, "inspect": inspect_widget}[action]
        self.detail_widget = make(name, client=self._engine.client)
        self.detail.children = (self.detail_widget,)

    def _draw_log(self) -> None:
        self.command_log.value = (
            "<pre style='margin:0'>"
            + "\n".join(
                f"$ {escape(c)}" if not c.startswith("#") else escape(c)
                for c in self.commands[-12:]
            )
            + "</pre>"
        )

    def _release(self) -> None:
        self._sampler.close()
        detail = self.detail_widget
        if detail is not None and hasattr(detail, "stop"):
            detail.stop()

    def close(self) -> None:
        super().close()
        if self.detail_widget is not None:
            self.detail_widget.close()

    def __repr__(self) -> str:
        scope = "course containers" if self.course_only.value else "all containers"
        return f"<dashboard: docker ps -a, {scope}>"


def dashboard_widget(
    *, course_only: bool = True, refresh: float = 1.0, client: docker.DockerClient | None = None
) -> Dashboard:
    """A live container dashboard: the ``docker ps -a`` table with CPU and memory, filters,
    and start/stop/restart/pause/unpause/kill/remove/logs/top/inspect for the selected
    container; every action logs the ``docker`` command it ran."""
    return Dashboard(course_only=course_only, refresh=refresh, client=client)


#: The name of earlier versions (kept: notebooks use it).
dashboard = dashboard_widget
