"""The widgets' threaded parts on the real Engine: streams stop within a second, buffers stay
bounded, TTY and non-TTY logs both work, a console round trip, detach keeps it running."""

from __future__ import annotations

import time

import pytest

import dockerlab as dl

pytestmark = pytest.mark.engine


@pytest.fixture
def run(kit_ready, api, labelled, unique):
    def start(image, command=None, *, tty=False, stdin=False, env=None, name=None):
        name = name or f"w-{unique}-{len(labelled['containers'])}"
        cid = api.create_container(
            image,
            command,
            name=name,
            tty=tty,
            stdin_open=stdin,
            environment=env,
            labels={"dockerlab.course": "test"},
        )["Id"]
        labelled["containers"].append(cid)
        api.start(cid)
        return name

    return start


def wait_until(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_log_viewer_follows_stops_within_a_second_and_stays_bounded(run):
    name = run("dockerlab/busybox", ["sh", "-c", "while true; do seq 1 500; usleep 50000; done"])
    viewer = dl.logs_widget(name, tail=0, max_lines=300)
    try:
        assert wait_until(lambda: viewer.received > 2000)
        assert len(viewer.buffer) == 300  # the ring buffer holds the last 300 lines only
        started = time.monotonic()
        assert viewer.stop(timeout=1.0)
        assert time.monotonic() - started < 1.0
        assert viewer.ended.is_set()
        received = viewer.received
        time.sleep(0.3)
        assert viewer.received == received  # nothing arrives after stop
        assert viewer.limit.count <= 5 * (time.monotonic() - started + 10)
    finally:
        viewer.close()


def test_log_viewer_tells_stdout_from_stderr_and_filters(run):
    name = run("dockerlab/ticker", env={"TICK_INTERVAL": "0.05"})
    viewer = dl.logs_widget(name, tail="all")
    try:
        assert wait_until(lambda: any(s == "stderr" for _, s, _ in viewer.lines))
        lines = viewer.lines
        assert {s for _, s, t in lines if t.startswith("tock")} == {"stderr"}
        assert {s for _, s, t in lines if t.startswith("tick")} == {"stdout"}
        viewer.filter.value = "tock"
        assert all(t.startswith("tock") for _, _, t in viewer.filtered())
        viewer.regex.value = True
        viewer.filter.value = r"^tick \d*5$"
        assert all(t.endswith("5") for _, _, t in viewer.filtered())
        frame = viewer.frame
        assert set(frame["stream"]) == {"stdout", "stderr"}
        assert str(frame["time"].dtype) == "datetime64[ns, UTC]"
    finally:
        viewer.close()


def test_log_viewer_reads_a_tty_container(run, tmp_path):
    name = run(
        "dockerlab/busybox",
        ["sh", "-c", "for i in 1 2 3; do echo line $i; done; sleep 1000"],
        tty=True,
    )
    viewer = dl.logs_widget(name, tail="all", timestamps=True)
    try:
        assert wait_until(lambda: len(viewer.lines) >= 3)
        assert [t for _, _, t in viewer.lines[:3]] == ["line 1", "line 2", "line 3"]
        assert all(stream == "stdout" for _, stream, _ in viewer.lines)
        exported = viewer.export(tmp_path / "out.log").read_text().splitlines()
        assert exported[0].endswith("Z line 1")
    finally:
        viewer.close()


def test_log_viewer_pause_keeps_buffering(run):
    name = run("dockerlab/ticker", env={"TICK_INTERVAL": "0.05"})
    viewer = dl.logs_widget(name, tail=0)
    try:
        viewer.paused.value = True
        time.sleep(0.3)
        shown = viewer.view.value
        before = viewer.received
        time.sleep(0.6)
        assert viewer.received > before and viewer.view.value == shown
        viewer.paused.value = False
        assert wait_until(lambda: viewer.view.value != shown)
    finally:
        viewer.close()


def test_console_round_trip_and_detach(run):
    name = run("dockerlab/busybox", ["sh"], tty=True, stdin=True)
    session = dl.console_widget(name)
    try:
        session.send("echo round trip $((40 + 2))\n")
        assert session.wait_for(r"round trip 42") == "round trip 42"
        assert session.detach()
        assert session.detached and session.container_state() == "running"
        assert "detached" in (session.redraw() or session.status.value)
    finally:
        session.close()
    assert dl.ps(filters={"name": name})["state"].tolist() == ["running"]


def test_console_ctrl_c_and_eof(run):
    name = run("dockerlab/busybox", ["sh"], tty=True, stdin=True)
    session = dl.console_widget(name)
    try:
        session.send("sleep 100\n")
        time.sleep(0.3)
        session.ctrl_c()
        session.send("echo after interrupt\n")
        session.wait_for("(?m)^after interrupt$")
        session.eof()  # ends the shell, which is PID 1: the container exits
        assert session.ended.wait(5)
        assert wait_until(lambda: session.container_state() == "exited")
    finally:
        session.close()


def test_console_exec_into_a_container_started_without_stdin(run):
    name = run("dockerlab/web")
    with pytest.raises(dl.DockerlabError) as info:
        dl.console_widget(name)
    assert "command='sh'" in info.value.hint
    session = dl.console_widget(name, command="sh")
    try:
        session.send("ls /www\n")
        assert session.wait_for("index.html")
    finally:
        session.close()


def test_top_widget_stops_with_its_container(run, api):
    name = run("dockerlab/busybox", ["sleep", "1000"])
    viewer = dl.top_widget(name, interval=0.2)
    try:
        assert viewer.frame["CMD"].tolist() == ["sleep 1000"]
        api.kill(name)
        assert wait_until(lambda: not viewer.running)
        assert "not running" in viewer.status.value
    finally:
        viewer.close()


def test_dashboard_actions_log_commands_and_confirm_foreign_containers(run, api, unique):
    ours = run("dockerlab/busybox", ["sleep", "1000"])
    foreign = f"not-course-{unique}"
    api.create_container("dockerlab/busybox", ["sleep", "1000"], name=foreign)
    try:
        board = dl.dashboard_widget(course_only=False)
        try:
            assert ours in board.shown["name"].tolist()
            assert board.act("pause", ours) == f"docker pause {ours}"
            assert board.frame[board.frame["name"] == ours]["state"].iloc[0] == "paused"
            board.act("unpause", ours)
            assert board.act("start", foreign) == "confirm"
            assert board.pending == ("start", foreign)
            assert board.confirm(False) is None
            assert api.inspect_container(foreign)["State"]["Running"] is False
            assert board.act("start", foreign) == "confirm"
            assert board.confirm(True) == f"docker start {foreign}"
            assert board.commands[:2] == [f"docker pause {ours}", f"docker unpause {ours}"]
            board.act("logs", ours)
            assert board.detail_widget is not None
            board.search.value = "label=dockerlab.course=test"
            assert foreign not in board.shown["name"].tolist()
            board.course_only.value = True
            assert set(board.shown["name"]) <= set(board.frame["name"])
        finally:
            board.close()
    finally:
        api.remove_container(foreign, force=True)


def test_dashboard_shows_cpu_and_memory_of_running_containers(run):
    # on every Engine: 20.10 answers one-shot stats at its 1 Hz tick, 24.0.7+ at once and
    # without the container's ID (which the dashboard matches rows by)
    ours = run("dockerlab/busybox", ["sleep", "1000"])
    board = dl.dashboard_widget(course_only=False)
    try:

        def row():
            shown = board.refresh()
            return shown[shown["name"] == ours].iloc[0]

        deadline = time.monotonic() + 10
        while row()["CPU %"] == "" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert row()["CPU %"].endswith("%")
        assert row()["MEM USAGE"].endswith("B")
    finally:
        board.close()


def test_pull_widget_from_the_kit_registry(kit_ready, api, unique):
    ref = f"{dl.kit.registry()}/test/pull-{unique}"
    api.tag("dockerlab/ticker", ref, "v1")
    list(api.push(ref, tag="v1", stream=True, decode=True))
    api.remove_image(f"{ref}:v1")
    progress = dl.pull_widget(f"{ref}:v1")
    try:
        image = progress.wait(30)
        assert image.id == api.inspect_image("dockerlab/ticker")["Id"]
        assert any(m.startswith("Digest: sha256:") for m in progress.messages)
    finally:
        progress.close()
        api.remove_image(f"{ref}:v1")
    with pytest.raises(dl.ImageNotFound):
        dl.pull_widget(f"{ref}:missing").wait(30)


def test_inspect_and_image_browser(kit_ready):
    tree = dl.inspect_widget("dockerlab-registry")
    assert "HostConfig.PortBindings" in " ".join(tree.show("PortBindings"))
    assert "<mark>" in tree.tree.value
    browser = dl.images_widget({"reference": "dockerlab/*"})
    layers = browser.show("dockerlab/hello-world:latest")
    assert any("hello.txt" in c for c in layers["created_by"])
    assert browser.chart.value.count("<code") == len(layers)
