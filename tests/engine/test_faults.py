"""Faults injected for real, on an Engine these tests start for themselves
(``tools/engine.sh``): the Engine stops and comes back while a dashboard and a log follow are
open; the kit's registry is killed in the middle of a push; a learner interrupts the kernel
(KeyboardInterrupt) while a cell waits on a log follow, a pull or a live ``top``.

For each: what the learner sees, that it recovers (or stops within a second, leaving no thread
and no socket), and that nothing of theirs is lost. They need root, ``ip`` and ``nsenter``;
without them they skip, saying so. ``DOCKERLAB_ENGINE_TESTS=trixie`` runs them on Debian 13's
Engine instead of this machine's ``dockerd``.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import docker
import pytest

import dockerlab as dl
from dockerlab import settings
from dockerlab.engine import Engine
from dockerlab.kit import local_registry

pytestmark = pytest.mark.engine

ROOT = Path(__file__).resolve().parents[2]
ENGINE_SH = ROOT / "tools" / "engine.sh"
PROXY = Path(__file__).with_name("throttle_proxy.py")


class OwnEngine:
    """An Engine of the tests' own, in its own network namespace."""

    def __init__(self) -> None:
        self.name = f"flt{os.getpid() % 100000}"
        self.suite = settings.value("DOCKERLAB_ENGINE_TESTS")
        self.socket = f"unix:///run/dockerlab-engines/{self.name}/docker.sock"

    def sh(self, *args: str, timeout: float = 300) -> str:
        result = subprocess.run(
            ["bash", str(ENGINE_SH), *args], capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start(self) -> None:
        self.sh("start", self.name, *([self.suite] if self.suite else []))

    def stop(self) -> None:
        self.sh("stop", self.name)

    def inside(self, *command: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run ``command`` in the Engine's network namespace (its 127.0.0.1)."""
        return subprocess.run(
            ["bash", str(ENGINE_SH), "exec", self.name, *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=dict(os.environ, DOCKERLAB_LANG="en"),
        )

    def client(self) -> docker.DockerClient:
        return docker.DockerClient(base_url=self.socket, timeout=30)


@pytest.fixture(scope="module")
def own() -> Iterator[OwnEngine]:
    if os.geteuid() != 0:
        pytest.skip("the fault tests start an Engine of their own: they need root")
    missing = [p for p in ("ip", "nsenter", "dockerd") if shutil.which(p) is None]
    if missing:
        pytest.skip(f"the fault tests need {', '.join(missing)} to start an Engine of their own")
    engine = OwnEngine()
    engine.start()
    try:
        up = engine.inside(sys.executable, "-m", "dockerlab", "kit", "up", timeout=600)
        assert up.returncode == 0, up.stderr
        yield engine
    finally:
        engine.sh("rm", engine.name)


@pytest.fixture(scope="module")
def big_image(own: OwnEngine) -> str:
    """A 48 MB image (random bytes: nothing compresses), pushed to the kit's registry."""
    api = own.client().api
    dockerfile = (
        b"FROM dockerlab/busybox\nRUN dd if=/dev/urandom of=/big bs=1M count=48 2>/dev/null\n"
    )
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(dockerfile)
        tar.addfile(info, io.BytesIO(dockerfile))
    context.seek(0)
    for _line in api.build(fileobj=context, custom_context=True, tag="nb99-big:1", rm=True):
        pass
    return "nb99-big:1"


@pytest.fixture
def slow_registry(own: OwnEngine) -> Iterator[str]:
    """The kit's registry behind a proxy that moves 4 MB a second: ``127.0.0.1:5099``."""
    proxy = subprocess.Popen(
        [
            "bash",
            str(ENGINE_SH),
            "exec",
            own.name,
            sys.executable,
            str(PROXY),
            "5099",
            "5000",
            str(4e6),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proxy.stdout is not None and proxy.stdout.readline().strip() == "ready"
    yield "127.0.0.1:5099"
    proxy.terminate()
    proxy.wait(10)


def wait_until(predicate: Callable[[], object], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def open_sockets() -> int:
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            count += os.readlink(fd).startswith("socket:")
    return count


def no_socket_left(widget: object, before: int) -> bool:
    """The widget's own stream socket is closed, and at most one idle connection of the
    client's pool is left (docker-py keeps one for the next call)."""
    stream = getattr(widget, "_stream", None)
    assert stream is not None and stream.closed
    raw = getattr(stream._sock, "_sock", stream._sock)  # a SocketIO's socket (None: closed)
    return bool((raw is None or raw.fileno() == -1) and open_sockets() <= before + 1)


def test_the_engine_stops_and_comes_back_under_a_dashboard_and_a_log_follow(own):
    client = own.client()
    api = client.api
    name = "nb99-ticker"
    cid = api.create_container(
        "dockerlab/ticker",
        name=name,
        environment={"TICK_INTERVAL": "0.2"},
        stop_timeout=1,
        host_config=api.create_host_config(restart_policy={"Name": "always"}),
    )["Id"]
    api.start(cid)
    board = dl.dashboard_widget(course_only=False, refresh=0.5, client=client)
    viewer = dl.logs_widget(name, tail=0, client=client)
    try:
        assert wait_until(lambda: viewer.received >= 5)
        own.stop()
        # what the learner sees while the Engine is away
        assert wait_until(lambda: isinstance(board.error, dl.EngineUnavailable))
        assert "retrying" in board.error_view.value
        assert "no Docker Engine answered" in board.error_view.value
        seen_while_away = viewer.received
        own.start()
        # ... and then it recovers by itself
        assert wait_until(
            lambda: board.error is None and name in board.shown["name"].tolist(), 60
        ), board.error_view.value
        assert wait_until(lambda: viewer.received > seen_while_away + 5, 60), (
            viewer.status.value,
            viewer.error_view.value,
        )
        assert not viewer.ended.is_set()
        stamps = [stamp for stamp, _stream, _text in viewer.lines]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # no line twice
        assert api.inspect_container(cid)["State"]["Running"]  # nothing of the learner's lost
    finally:
        assert board.stop(2.0) and viewer.stop(2.0)
        board.close()
        viewer.close()
        api.remove_container(cid, force=True)


def test_the_registry_killed_in_the_middle_of_a_push(own, big_image, slow_registry):
    client = own.client()
    engine = Engine.of(client)
    registry = local_registry.find_container(engine)
    assert registry is not None
    events: list[str] = []
    errors: list[BaseException] = []

    def push() -> None:
        try:
            local_registry._push(engine, slow_registry, big_image, "nb99/big")
        except BaseException as exc:
            errors.append(exc)
        events.append("done")

    pusher = threading.Thread(target=push)
    started = time.monotonic()
    pusher.start()
    time.sleep(3)  # about 12 MB of 48 through the slow proxy
    pid = engine.inspect_container(registry["Id"])["State"]["Pid"]
    os.kill(pid, signal.SIGKILL)  # the registry dies; its restart policy brings it back
    pusher.join(180)
    assert not pusher.is_alive(), "the push did not end"
    if errors:  # what the learner sees when the Engine gives up
        assert isinstance(errors[0], dl.KitError), errors[0]
        assert "dockerlab kit up" in (errors[0].hint or "")
    # `dockerlab kit up` repairs the kit; the registry kept what it held
    up = own.inside(sys.executable, "-m", "dockerlab", "kit", "up")
    assert up.returncode == 0, up.stderr
    assert "pushing" not in up.stderr  # the course images were still there: nothing re-pushed
    status = own.inside(sys.executable, "-m", "dockerlab", "kit", "status")
    assert status.returncode == 0 and "5/5 course images" in status.stdout, status.stdout
    print(
        f"push with the registry killed: {'failed' if errors else 'completed'} "
        f"after {time.monotonic() - started:.1f} s"
    )


def interrupted(wait: Callable[[], object], after: float) -> float:
    """Seconds from a SIGINT (what Jupyter's "interrupt the kernel" sends), ``after`` seconds
    into ``wait()``, until ``wait`` gave the KeyboardInterrupt back."""
    sent: list[float] = []

    def interrupt() -> None:
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Timer(after, interrupt)
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        wait()
    return time.monotonic() - sent[0]


def test_keyboard_interrupt_during_a_log_follow(own):
    client = own.client()
    api = client.api
    cid = api.create_container(
        "dockerlab/ticker", name="nb99-follow", environment={"TICK_INTERVAL": "0.1"}
    )["Id"]
    api.start(cid)
    try:
        api.ping()
        before = open_sockets()
        viewer = dl.logs_widget("nb99-follow", client=client)
        assert wait_until(lambda: viewer.received > 3)
        assert interrupted(lambda: viewer.wait(60), 0.5) < 1.0
        assert not any(worker.alive for worker in viewer._workers)  # no thread left
        assert no_socket_left(viewer, before)  # the follow's socket is closed
        assert api.inspect_container(cid)["State"]["Running"]  # the container runs on
    finally:
        api.remove_container(cid, force=True)


def test_keyboard_interrupt_during_a_pull(own, big_image, slow_registry):
    client = own.client()
    api = client.api
    target = f"{slow_registry}/nb99/pull"
    api.tag(big_image, target, "1")
    for _line in api.push(target, tag="1", stream=True, decode=True):
        pass
    for ref in (f"{target}:1", big_image):  # not here any more: the pull must download it
        api.remove_image(ref)
    before = open_sockets()
    progress = dl.pull_widget(f"{target}:1", client=client)
    assert wait_until(
        lambda: any(s["status"] == "Downloading" for s in list(progress.layer_state.values())), 60
    )
    assert interrupted(lambda: progress.wait(120), 0.2) < 1.0
    assert not any(worker.alive for worker in progress._workers)
    assert no_socket_left(progress, before)
    assert progress.error is None  # interrupted is not failed: the Engine finishes the pull


def test_keyboard_interrupt_during_a_top_refresh(own):
    client = own.client()
    api = client.api
    cid = api.create_container("dockerlab/busybox", ["sleep", "600"], name="nb99-top")["Id"]
    api.start(cid)
    try:
        viewer = dl.top_widget("nb99-top", interval=0.1, client=client)
        assert wait_until(lambda: viewer.refreshes > 3)
        assert interrupted(lambda: viewer.wait(60), 0.3) < 1.0
        assert not any(worker.alive for worker in viewer._workers)
        assert "stopped by stop()" in viewer.status.value
        assert api.inspect_container(cid)["State"]["Running"]
    finally:
        api.remove_container(cid, force=True)
