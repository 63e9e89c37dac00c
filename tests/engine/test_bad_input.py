"""More bad input on the real Engine (the table of cases is test_fault_table.py): a stopped
container's status in the error, a container removed between listing and display, times."""

from __future__ import annotations

import time

import pytest

import dockerlab as dl

pytestmark = pytest.mark.engine


@pytest.fixture
def stopped(kit_ready, api, labelled, unique):
    name = f"stopped-{unique}"
    cid = api.create_container(
        "dockerlab/busybox", ["true"], name=name, labels={"dockerlab.course": "test"}
    )["Id"]
    labelled["containers"].append(cid)
    api.start(cid)
    api.wait(cid)
    return name


def test_top_on_a_stopped_container_says_how_long_ago(stopped):
    with pytest.raises(dl.ContainerNotRunning) as info:
        dl.top(stopped)
    message = str(info.value)
    assert f"container '{stopped}' is not running (exited (0)" in message
    assert "ago)" in message
    assert f"docker start {stopped}" in message


def test_a_container_removed_after_listing_still_displays(kit_ready, api, unique):
    cid = api.create_container(
        "dockerlab/busybox",
        ["sleep", "30"],
        name=f"gone-{unique}",
        labels={"dockerlab.course": "test"},
    )["Id"]
    api.start(cid)
    frame = dl.ps(filters={"id": cid})
    api.remove_container(cid, force=True)
    assert f"gone-{unique}" in frame._repr_html_()
    assert f"gone-{unique}" in repr(frame)
    # and stats on it, sampled after removal, gives no row rather than an error
    from dockerlab.stats import StatsSampler

    sampler = StatsSampler()
    try:
        assert sampler.rows([cid]) == []
    finally:
        sampler.close()


def test_logs_since_and_until(kit_ready, api, labelled, unique):
    cid = api.create_container(
        "dockerlab/ticker",
        name=f"tick-{unique}",
        environment={"TICK_INTERVAL": "0.2"},
        labels={"dockerlab.course": "test"},
    )["Id"]
    labelled["containers"].append(cid)
    api.start(cid)
    time.sleep(1.5)
    everything = dl.logs(cid)
    later = dl.logs(cid, since=everything["time"].iloc[2])
    assert later["line"].iloc[0] == everything["line"].iloc[2]
    assert len(dl.logs(cid, until="10m")) == 0
    assert set(everything["stream"]) == {"stdout", "stderr"} or len(everything) < 5


def test_a_container_removed_while_displayed(kit_ready, api, client, unique):
    """A log follow, a live top and a dashboard showing a container that `docker rm -f`
    removes: each says so (or simply drops the row), none shows an error or hangs."""
    name = f"nb99-gone-{unique}"
    cid = api.create_container("dockerlab/ticker", name=name, environment={"TICK_INTERVAL": "0.1"})[
        "Id"
    ]
    api.start(cid)
    viewer = dl.logs_widget(name, tail=0, client=client)
    top = dl.top_widget(name, interval=0.2, client=client)
    board = dl.dashboard_widget(course_only=False, refresh=0.2, client=client)
    try:
        deadline = time.monotonic() + 10
        while viewer.received < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert name in board.shown["name"].tolist()
        api.remove_container(cid, force=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (
            not viewer.ended.is_set() or top.running or name in board.frame["name"].tolist()
        ):
            time.sleep(0.1)
        assert viewer.ended.is_set() and viewer.error is None
        assert viewer.end_reason in ("the container was removed", "the container stopped")
        assert not top.running and "stopped:" in top.status.value and top.error is None
        assert name not in board.frame["name"].tolist() and board.error is None
    finally:
        for widget in (viewer, top, board):
            assert widget.stop(2.0)
            widget.close()
