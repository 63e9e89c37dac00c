"""The bad-input and fault table: what a learner sees when they get something wrong, or when
something around them fails, on the real Engine.

Each row is one case: what the learner does, the error they get (or None: it works), words
the message must contain, words the hint must contain. After every row the learner's own
containers are still there, in the state they were (``nothing lost``); the suite's root
conftest also checks the learner's things at the very end. The table's outcome, one line per
case with the message a learner reads, is written to ``tests/artifacts/fault-table.md``.

Faults that stop an Engine or kill the kit's registry run in ``test_faults.py``, on an Engine
that test starts for itself.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docker
import pytest

import dockerlab as dl
from dockerlab.engine import Engine
from dockerlab.i18n import language_scope

pytestmark = pytest.mark.engine

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LEFT_OVER: list[tuple[socket.socket, Path]] = []


@dataclass
class Scene:
    """What the cases act on: the learner's containers, each in its own state."""

    client: docker.DockerClient
    running: str
    stopped: str
    paused: str
    no_stdin: str
    ambiguous: str  # an ID prefix more than one container starts with
    registry: str
    taken_port: int
    taken_port_container: str

    def states(self) -> dict[str, str]:
        api = self.client.api
        names = (self.running, self.stopped, self.paused, self.no_stdin, self.taken_port_container)
        return {n: api.inspect_container(n)["State"]["Status"] for n in names}


@pytest.fixture(scope="module")
def scene(client, kit_ready) -> Iterator[Scene]:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "fault-table.md").write_text(
        "| case | what the learner sees |\n|---|---|\n", encoding="utf-8"
    )
    api = client.api
    tag = os.urandom(3).hex()
    made: list[str] = []

    def make(name: str, command: list[str] | None, *, start: bool = True, **options: Any) -> str:
        cid = api.create_container(
            "dockerlab/busybox",
            command,
            name=f"ft-{tag}-{name}",
            labels={"dockerlab.course": "test"},
            **options,
        )["Id"]
        made.append(cid)
        if start:
            api.start(cid)
        return f"ft-{tag}-{name}"

    running = make(
        "running",
        ["sh", "-c", "while true; do echo tick; sleep 0.2; done"],
        stdin_open=True,
        tty=True,
    )
    stopped = make("stopped", ["true"])
    api.wait(stopped)
    paused = make("paused", ["sleep", "3600"], stdin_open=True, tty=True)
    api.pause(paused)
    no_stdin = make("web", ["sleep", "3600"])
    # containers until two IDs share their first character (16 choices: a few suffice)
    ids = [api.inspect_container(n)["Id"] for n in (running, stopped, paused, no_stdin)]
    while len({i[0] for i in ids}) == len(ids):
        ids.append(api.inspect_container(make(f"x{len(ids)}", ["true"], start=False))["Id"])
    ambiguous = next(i[0] for i in ids if sum(j[0] == i[0] for j in ids) > 1)
    squatter = socket.socket()
    squatter.bind(("127.0.0.1", 0))
    squatter.listen()
    port = squatter.getsockname()[1]
    host_config = api.create_host_config(port_bindings={80: ("127.0.0.1", port)})
    taken = make("taken-port", ["sleep", "3600"], start=False, ports=[80], host_config=host_config)
    yield Scene(
        client, running, stopped, paused, no_stdin, ambiguous, dl.kit.registry(), port, taken
    )
    squatter.close()
    for listener, folder in LEFT_OVER:
        listener.close()
        shutil.rmtree(folder, ignore_errors=True)
    api.unpause(paused)
    for cid in made:
        api.remove_container(cid, force=True)


@dataclass(frozen=True)
class Case:
    id: str
    does: Callable[[Scene], object]
    error: type[BaseException] | None
    says: str = ""
    hint: str = ""


def cli(
    *args: str, env: dict[str, str] | None = None, setpriv: bool = False
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "dockerlab", *args]
    if setpriv:  # root without the capability to ignore file permissions
        command = [
            "setpriv",
            "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-all",
            *command,
        ]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, DOCKERLAB_LANG="en", **(env or {})),
    )


class CliFailed(Exception):
    """The dockerlab command failed as it should: exit status, stderr."""


def run_cli(*args: str, env: dict[str, str] | None = None, setpriv: bool = False) -> str:
    result = cli(*args, env=env, setpriv=setpriv)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode:
        raise CliFailed(f"exit {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def no_permission_socket(tmp: Path) -> str:
    path = tmp / "docker.sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.listen()
    os.chown(path, 65534, 65534)
    os.chmod(path, 0o600)
    LEFT_OVER.append((listener, tmp))  # closed and removed when the scene ends
    return f"unix://{path}"


def dead_client() -> docker.DockerClient:
    return docker.DockerClient(
        base_url="unix:///nonexistent/docker.sock", version="1.41", timeout=5
    )


def widget(factory: Callable[[], Any]) -> Any:
    made = factory()
    made.close()
    return made


def dashboard_start(scene: Scene) -> str:
    """The start button (its handler), on a container whose published port is taken."""
    board = dl.dashboard_widget(course_only=False, client=scene.client)
    try:
        board._safe_act("start", scene.taken_port_container)
    finally:
        board.close()
    assert isinstance(board.error, dl.PortInUse)
    return board.commands[-1] + "\n" + board.error.message


L = dl  # the library, as a notebook calls it
CASES = [
    # -- the listing verbs -------------------------------------------------------------
    Case("ps n=0", lambda s: L.ps(n=0), dl.InvalidArgument, "n=0", "docker ps -n 3"),
    Case("ps n='3' (wrong type)", lambda s: L.ps(n="3"), dl.InvalidArgument, "n='3'", "integer"),
    Case(
        "ps unknown filter (Engine 400)",
        lambda s: L.ps(filters={"bogus": "x"}),
        dl.EngineError,
        "filter 'bogus'",
        "docker CLI",
    ),
    Case(
        "images upper-case reference",
        lambda s: L.images("Busybox"),
        dl.InvalidReference,
        "lower case",
        "[REGISTRY/]NAME[:TAG]",
    ),
    Case(
        "images over-long reference",
        lambda s: L.images("a" * 300),
        dl.InvalidReference,
        "longer than 255",
        "at most 255",
    ),
    Case(
        "history of a missing image",
        lambda s: L.history("no-such-image-xyz:1"),
        dl.ImageNotFound,
        "'no-such-image-xyz:1'",
        "docker images",
    ),
    Case(
        "history Bad::Ref",
        lambda s: L.history("Bad::Ref"),
        dl.InvalidReference,
        "'Bad::Ref'",
        "lower case",
    ),
    Case(
        "history non-ASCII name",
        lambda s: L.history("镜像"),
        dl.InvalidReference,
        "'镜像'",
        "lower case",
    ),
    Case(
        "history of 42 (wrong type)",
        lambda s: L.history(42),
        dl.InvalidArgument,
        "42",
        "as a string",
    ),
    Case(
        "top of a missing container",
        lambda s: L.top("no-such-container-xyz"),
        dl.ContainerNotFound,
        "'no-such-container-xyz'",
        "docker ps -a",
    ),
    Case(
        "top of a stopped container",
        lambda s: L.top(s.stopped),
        dl.ContainerNotRunning,
        "exited (0)",
        "docker start",
    ),
    Case("top of a paused container: it still runs", lambda s: L.top(s.paused), None, "sleep 3600"),
    Case(
        "top without a PID column",
        lambda s: L.top(s.running, "-o user,args"),
        dl.InvalidArgument,
        "'-o user,args'",
        "PID column",
    ),
    Case(
        "top ps_args=5 (wrong type)",
        lambda s: L.top(s.running, 5),
        dl.InvalidArgument,
        "ps_args=5",
        "one string",
    ),
    Case(
        "top of an ambiguous ID prefix",
        lambda s: L.top(s.ambiguous),
        dl.AmbiguousName,
        "more than one ID",
        "more characters",
    ),
    Case(
        "inspect an ambiguous ID prefix",
        lambda s: L.inspect(s.ambiguous),
        dl.AmbiguousName,
        "more than one ID",
        "docker ps -a",
    ),
    Case(
        "inspect Bad::Ref",
        lambda s: L.inspect("Bad::Ref"),
        dl.NotFound,
        "'Bad::Ref'",
        "docker images",
    ),
    Case(
        "inspect a non-ASCII name",
        lambda s: L.inspect("名字"),
        dl.NotFound,
        "'名字'",
        "case-sensitive",
    ),
    Case(
        "diff of a missing container",
        lambda s: L.diff("no-such-container-xyz"),
        dl.ContainerNotFound,
        "no such container",
        "docker ps -a",
    ),
    Case(
        "logs tail=-1",
        lambda s: L.logs(s.running, tail=-1),
        dl.InvalidArgument,
        "tail=-1",
        "--tail",
    ),
    Case("logs tail=0: no lines", lambda s: L.logs(s.running, tail=0), None, ""),
    Case(
        "logs with a huge tail: every line", lambda s: L.logs(s.running, tail=10**12), None, "tick"
    ),
    Case(
        "logs since='yesterday'",
        lambda s: L.logs(s.running, since="yesterday"),
        dl.InvalidArgument,
        "since='yesterday'",
        "RFC 3339",
    ),
    Case(
        "logs of None (wrong type)",
        lambda s: L.logs(None),
        dl.InvalidArgument,
        "container=None",
        "as a string",
    ),
    Case(
        "logs of a non-ASCII name",
        lambda s: L.logs("名字"),
        dl.ContainerNotFound,
        "'名字'",
        "docker ps -a",
    ),
    Case(
        "stats of a missing container",
        lambda s: L.stats("no-such-container-xyz"),
        dl.ContainerNotFound,
        "no such container",
        "docker ps -a",
    ),
    Case(
        "stats interval=0",
        lambda s: L.stats(interval=0),
        dl.InvalidArgument,
        "interval=0",
        "more than 0",
    ),
    Case(
        "search limit=0",
        lambda s: L.search("x", limit=0),
        dl.InvalidArgument,
        "limit=0",
        "1 to 100",
    ),
    Case(
        "search a registry that is down",
        lambda s: L.search("x", registry="127.0.0.1:1"),
        dl.RegistryUnavailable,
        "127.0.0.1:1",
        "kit up",
    ),
    Case(
        "search 5 (wrong type)",
        lambda s: L.search(5),
        dl.InvalidArgument,
        "term=5",
        "search('busybox')",
    ),
    # -- widgets -----------------------------------------------------------------------
    Case(
        "pull an upper-case reference",
        lambda s: L.pull_widget("Dockerlab/Web"),
        dl.InvalidReference,
        "lower case",
        "[REGISTRY/]NAME[:TAG]",
    ),
    Case(
        "pull from a registry that is down",
        lambda s: L.pull_widget("127.0.0.1:1/dockerlab/web:1", client=s.client).wait(60),
        dl.RegistryUnavailable,
        "127.0.0.1:1",
        "dockerlab kit up",
    ),
    Case(
        "pull a tag the registry lacks",
        lambda s: L.pull_widget(f"{s.registry}/dockerlab/web:missing", client=s.client).wait(60),
        dl.ImageNotFound,
        "dockerlab/web:missing",
        "",
    ),
    Case(
        "console to a stopped container",
        lambda s: L.console_widget(s.stopped),
        dl.ContainerNotRunning,
        "not running",
        "docker start",
    ),
    Case(
        "console to a paused container",
        lambda s: L.console_widget(s.paused),
        dl.ContainerNotRunning,
        "paused",
        "docker unpause",
    ),
    Case(
        "exec -it in a paused container",
        lambda s: L.console_widget(s.paused, "sh"),
        dl.ContainerNotRunning,
        "paused",
        "docker unpause",
    ),
    Case(
        "exec in a paused container (Engine 409)",
        lambda s: Engine.of(s.client).exec_output(s.paused, ["true"]),
        dl.ContainerNotRunning,
        "paused",
        "docker unpause",
    ),
    Case(
        "console to a container without -i",
        lambda s: L.console_widget(s.no_stdin),
        dl.DockerlabError,
        "without -i",
        "command='sh'",
    ),
    Case(
        "logs widget of a missing container",
        lambda s: L.logs_widget("no-such-xyz"),
        dl.ContainerNotFound,
        "'no-such-xyz'",
        "docker ps -a",
    ),
    Case(
        "logs widget tail=-5",
        lambda s: L.logs_widget(s.running, tail=-5),
        dl.InvalidArgument,
        "tail=-5",
        "--tail",
    ),
    Case(
        "top widget interval=0",
        lambda s: L.top_widget(s.running, interval=0),
        dl.InvalidArgument,
        "interval=0",
        "more than 0",
    ),
    Case(
        "top widget of a paused container: live",
        lambda s: widget(lambda: L.top_widget(s.paused, client=s.client)).frame,
        None,
        "sleep 3600",
    ),
    Case(
        "inspect widget of a missing thing",
        lambda s: L.inspect_widget("no-such-xyz"),
        dl.NotFound,
        "'no-such-xyz'",
        "docker images",
    ),
    Case(
        "dashboard: start a container whose port is taken", dashboard_start, None, "port 127.0.0.1:"
    ),
    # -- exercise checks ---------------------------------------------------------------
    Case(
        "check an unknown exercise",
        lambda s: L.check("99.9"),
        dl.DockerlabError,
        "99.9",
        "numbered like",
    ),
    Case("check 7.1 (a float)", lambda s: L.check(7.1), dl.DockerlabError, "7.1", "numbered like"),
    Case(
        "check with no Engine",
        lambda s: L.check("07.1", client=dead_client()),
        dl.EngineUnavailable,
        "/nonexistent/docker.sock",
        "Docker Desktop",
    ),
    Case(
        "progress of notebook 99",
        lambda s: L.progress("99"),
        dl.InvalidArgument,
        "section='99'",
        "from 00",
    ),
    Case("cleanup of '7'", lambda s: L.kit.cleanup("7"), dl.InvalidArgument, "section='7'", "'07'"),
    Case(
        "kit up on port 0", lambda s: L.kit.up(port=0), dl.InvalidArgument, "port=0", "1 to 65535"
    ),
    Case(
        "kit up on a taken port",
        lambda s: L.kit.up(port=s.taken_port),
        dl.PortInUse,
        "is already in use",
        "--port 5001",
    ),
    Case(
        "kit load of a missing file",
        lambda s: L.kit.load("/nonexistent/kit.tar"),
        dl.KitError,
        "/nonexistent/kit.tar",
        "kit save",
    ),
    # -- the dockerlab command ---------------------------------------------------------
    Case(
        "$ dockerlab kit up --port 70000",
        lambda s: run_cli("kit", "up", "--port", "70000"),
        CliFailed,
        "port=70000",
        "1 to 65535",
    ),
    Case(
        "$ dockerlab progress 99",
        lambda s: run_cli("progress", "99"),
        CliFailed,
        "section='99'",
        "",
    ),
    Case(
        "$ dockerlab cleanup (no notebook)",
        lambda s: run_cli("cleanup"),
        CliFailed,
        "exit 2",
        "one of the arguments",
    ),
    Case(
        "$ dockerlab kit load /nonexistent",
        lambda s: run_cli("kit", "load", "/nonexistent"),
        CliFailed,
        "no kit bundle",
        "kit save",
    ),
    Case(
        "$ dockerlab kit status, no Engine",
        lambda s: run_cli("kit", "status", env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"}),
        CliFailed,
        "does not exist",
        "Docker Desktop",
    ),
    Case(
        "$ dockerlab kit status, a socket without permission",
        lambda s: run_cli(
            "kit",
            "status",
            env={
                "DOCKER_HOST": no_permission_socket(Path(tempfile.mkdtemp(prefix="dockerlab-ft-")))
            },
            setpriv=True,
        ),
        CliFailed,
        "permission denied",
        "root-equivalent",
    ),
]


def _record(case: Case, outcome: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    line = outcome.replace("\n", " ⏎ ").replace("|", "\\|")
    with (ARTIFACTS / "fault-table.md").open("a", encoding="utf-8") as out:
        out.write(f"| {case.id} | {line[:300]} |\n")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault_table(case: Case, scene: Scene) -> None:
    if "without permission" in case.id and (os.geteuid() != 0 or not _has("setpriv")):
        pytest.skip("needs root and setpriv to take the file-permission capability away")
    before = scene.states()
    started = time.monotonic()
    with language_scope("en"):
        if case.error is None:
            result = case.does(scene)
            shown = result if isinstance(result, str) else repr(result)
            if isinstance(result, list):
                shown = "\n".join(map(str, result))
            assert case.says in shown, shown
            _record(case, "works: " + shown.splitlines()[-1] if shown else "works")
        else:
            with pytest.raises(case.error) as info:
                case.does(scene)
            text = str(info.value)
            assert case.says in text, text
            hint = getattr(info.value, "hint", None) or text
            assert case.hint in hint, text
            if isinstance(info.value, dl.DockerlabError) and info.value.status_code:
                assert info.value.__cause__ is not None  # the Engine's answer stays chained
            _record(case, f"{type(info.value).__name__}: {text}")
    assert time.monotonic() - started < 60
    assert scene.states() == before  # nothing of the learner's changed


def test_the_table_is_big_enough():
    assert len(CASES) >= 40


def _has(program: str) -> bool:
    from shutil import which

    return which(program) is not None
