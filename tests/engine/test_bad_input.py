"""Bad input on the real Engine: each raises a DockerlabError subclass that names the input
and the fix; a container removed between listing and display breaks nothing."""

from __future__ import annotations

import time

import pytest

import dockerlab as dl

pytestmark = pytest.mark.engine


@pytest.fixture
def stopped(kit_ready, api, labelled, unique):
    name = f"stopped-{unique}"
    cid = api.create_container("dockerlab/busybox", ["true"], name=name,
                               labels={"dockerlab.course": "test"})["Id"]
    labelled["containers"].append(cid)
    api.start(cid)
    api.wait(cid)
    return name


@pytest.mark.parametrize(
    ("call", "error", "message_has", "hint_has"),
    [
        (lambda: dl.top("no-such-container-xyz"), dl.ContainerNotFound,
         "'no-such-container-xyz'", "docker ps -a"),
        (lambda: dl.logs("no-such-container-xyz"), dl.ContainerNotFound,
         "'no-such-container-xyz'", "docker ps -a"),
        (lambda: dl.history("no-such-image-xyz:1"), dl.ImageNotFound,
         "'no-such-image-xyz:1'", "docker images"),
        (lambda: dl.history("Bad::Ref"), dl.InvalidReference, "'Bad::Ref'", "lower case"),
        (lambda: dl.inspect("Bad::Ref"), dl.InvalidReference, "'Bad::Ref'", "lower case"),
        (lambda: dl.inspect("no-such-thing-xyz"), dl.NotFound, "'no-such-thing-xyz'",
         "docker images"),
        (lambda: dl.logs("dockerlab-registry", tail=-1), dl.InvalidArgument, "tail=-1",
         "--tail"),
        (lambda: dl.ps(n=-3), dl.InvalidArgument, "n=-3", "docker ps -n 3"),
        (lambda: dl.top("dockerlab-registry", "-o user,args"), dl.InvalidArgument,
         "'-o user,args'", "PID column"),
        (lambda: dl.search("x", registry="127.0.0.1:1"), dl.RegistryUnavailable,
         "127.0.0.1:1", "kit up"),
    ],
)
def test_bad_input_is_named_with_its_fix(kit_ready, call, error, message_has, hint_has):
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, dl.DockerlabError)
    assert message_has in str(info.value)
    assert hint_has in (info.value.hint or "")


def test_top_on_a_stopped_container_says_how_long_ago(stopped):
    with pytest.raises(dl.ContainerNotRunning) as info:
        dl.top(stopped)
    message = str(info.value)
    assert f"container '{stopped}' is not running (exited (0)" in message
    assert "ago)" in message
    assert f"docker start {stopped}" in message


def test_a_container_removed_after_listing_still_displays(kit_ready, api, unique):
    cid = api.create_container("dockerlab/busybox", ["sleep", "30"], name=f"gone-{unique}",
                               labels={"dockerlab.course": "test"})["Id"]
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
    cid = api.create_container("dockerlab/ticker", name=f"tick-{unique}",
                               environment={"TICK_INTERVAL": "0.2"},
                               labels={"dockerlab.course": "test"})["Id"]
    labelled["containers"].append(cid)
    api.start(cid)
    time.sleep(1.5)
    everything = dl.logs(cid)
    later = dl.logs(cid, since=everything["time"].iloc[2])
    assert later["line"].iloc[0] == everything["line"].iloc[2]
    assert len(dl.logs(cid, until="10m")) == 0
    assert set(everything["stream"]) == {"stdout", "stderr"} or len(everything) < 5
