"""Notebook 03's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

STARTED = "2026-01-01T00:00:00.100000000Z"
FINISHED = "2026-01-01T00:00:00.600000000Z"


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _uptime(**state):
    return container(
        "ex03-uptime",
        cmd=["cat", "/proc/uptime"],
        State={"StartedAt": STARTED, "FinishedAt": FINISHED, **state},
    )


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex03-uptime", "cat /proc/uptime"),
        (FakeAPI({"ex03-uptime": _uptime(Running=True)}), "still running", "cat /proc/uptime"),
        (
            FakeAPI({"ex03-uptime": _uptime()}, {"ex03-uptime": " 10:33:01 up 48 min\n"}),
            "did not print /proc/uptime",
            "docker rm ex03-uptime",
        ),
        (
            FakeAPI({"ex03-uptime": _uptime()}, {"ex03-uptime": "0.42 0.10\n"}),
            "no longer than the container ran",
            "cat /proc/uptime",
        ),
    ],
)
def test_03_1_not_yet(api, message, hint):
    result = _check("03.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_03_1_passes():
    api = FakeAPI({"ex03-uptime": _uptime()}, {"ex03-uptime": "2927.51 5711.32\n"})
    result = _check("03.1", api)
    assert result.passed and "49 minutes" in result.message


def _sleeper(cmd=("sleep", "3600"), running=True, pid=4242):
    return container(
        "ex03-sleeper", cmd=list(cmd), running=running, State={"Pid": pid if running else 0}
    )


def _viewer(pid_mode="host"):
    return container("ex03-all", cmd=["ps"], HostConfig={"PidMode": pid_mode})


PS = (
    "PID   USER     TIME  COMMAND\n    1 root      0:01 /sbin/init\n"
    " 4242 root      0:00 sleep 3600\n 4300 root      0:00 ps\n"
)
OWN_PS = "PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n"
#: busybox builds without the TIME column print this
NO_TIME_PS = "PID   USER     COMMAND\n    1 root     /sbin/init\n 4242 root     sleep 3600\n"


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex03-sleeper", "sleep 3600"),
        (
            FakeAPI({"ex03-sleeper": _sleeper(cmd=("sleep", "600"))}),
            "not 'sleep 3600'",
            "docker rm -f ex03-sleeper",
        ),
        (FakeAPI({"ex03-sleeper": _sleeper()}), "no container named ex03-all", "--pid host"),
        (
            FakeAPI({"ex03-sleeper": _sleeper(), "ex03-all": _viewer("")}, {"ex03-all": OWN_PS}),
            "PID namespace of its own",
            "--pid host",
        ),
        (
            FakeAPI({"ex03-sleeper": _sleeper(), "ex03-all": _viewer()}, {"ex03-all": OWN_PS}),
            "lists no 'sleep 3600'",
            "start ex03-sleeper first",
        ),
        (
            FakeAPI({"ex03-sleeper": _sleeper(pid=5000), "ex03-all": _viewer()}, {"ex03-all": PS}),
            "host PID 5000",
            "while ex03-sleeper runs",
        ),
    ],
)
def test_03_2_not_yet(api, message, hint):
    result = _check("03.2", api)
    assert not result.passed and message in result.message and hint in result.hint


@pytest.mark.parametrize(
    "sleeper", [_sleeper(), _sleeper(running=False)], ids=["running", "stopped since"]
)
def test_03_2_passes(sleeper):
    api = FakeAPI({"ex03-sleeper": sleeper, "ex03-all": _viewer()}, {"ex03-all": PS})
    result = _check("03.2", api)
    assert result.passed and "3 host processes" in result.message


def test_03_2_reads_ps_without_a_time_column():
    api = FakeAPI({"ex03-sleeper": _sleeper(), "ex03-all": _viewer()}, {"ex03-all": NO_TIME_PS})
    assert _check("03.2", api).passed
