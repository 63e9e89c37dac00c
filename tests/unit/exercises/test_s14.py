"""Notebook 14's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.exercises.s14 import _kilobytes
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container
from .test_s08 import ExecAPI

MIB = 1024 * 1024
PORTS = {"NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "32768"}]}}}
HEALTHCHECK = ["CMD-SHELL", "wget -q -O /dev/null http://localhost/ || exit 1"]


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def web(
    *,
    policy="unless-stopped",
    memory=32 * MIB,
    health="healthy",
    test=HEALTHCHECK,
    ports=PORTS,
    image="dockerlab/web",
    running=True,
):
    info = container("ex14-web", image=image, running=running, **ports)
    info["HostConfig"] = {
        "RestartPolicy": {"Name": policy, "MaximumRetryCount": 0},
        "Memory": memory,
    }
    info["Config"]["Healthcheck"] = {"Test": test} if test else None
    info["State"]["Health"] = {"Status": health}
    return info


PAGE = {"ex14-web": {"/www/index.html": "<h1>ex14: mine</h1>\n"}}


@pytest.mark.parametrize(
    ("info", "files", "message", "hint"),
    [
        (None, PAGE, "no container named ex14-web", "docker run -d --name ex14-web"),
        (web(image="dockerlab/busybox"), PAGE, "runs dockerlab/busybox", "docker rm -f ex14-web"),
        (web(running=False), PAGE, "is not running", "docker start ex14-web"),
        (web(ports={}), PAGE, "not published on 127.0.0.1", "-p 127.0.0.1::80"),
        (
            web(
                ports={
                    "NetworkSettings": {
                        "Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "80"}]}
                    }
                }
            ),
            PAGE,
            "not published on 127.0.0.1",
            "-p 127.0.0.1::80",
        ),
        (web(policy="always"), PAGE, "restart policy is always", "--restart unless-stopped"),
        (web(policy=""), PAGE, "restart policy is no", "--restart unless-stopped"),
        (web(memory=0), PAGE, "memory limit is none", "--memory 32m"),
        (web(memory=64 * MIB), PAGE, "memory limit is 64 MiB", "--memory 32m"),
        (web(test=None), PAGE, "has no health check", "--health-cmd"),
        (web(test=["NONE"]), PAGE, "has no health check", "--health-cmd"),
        (web(), {}, "does not contain ex14", "docker cp"),
        (web(health="starting"), PAGE, "is starting, not healthy", "State.Health.Log"),
        (web(health="unhealthy"), PAGE, "is unhealthy, not healthy", "State.Health.Log"),
    ],
)
def test_14_1_not_yet(info, files, message, hint):
    api = ExecAPI({"ex14-web": info} if info else {}, files=files)
    result = _check("14.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_14_1_passes():
    result = _check("14.1", ExecAPI({"ex14-web": web()}, files=PAGE))
    assert result.passed and "127.0.0.1:32768" in result.message


def retry(*, policy="on-failure", most=3, count=3, running=False, restarting=False, exit_code=2):
    info = container("ex14-retry", running=running, exit_code=exit_code)
    info["HostConfig"] = {"RestartPolicy": {"Name": policy, "MaximumRetryCount": most}}
    info["State"]["Restarting"] = restarting
    info["RestartCount"] = count
    return info


@pytest.mark.parametrize(
    ("info", "message", "hint"),
    [
        (None, "no container named ex14-retry", "--restart"),
        (retry(policy="always", most=0), "policy is always", "--restart on-failure:3"),
        (retry(most=5), "policy is on-failure:5", "--restart on-failure:3"),
        (retry(count=1, restarting=True), "still running or restarting", "wait"),
        (retry(count=0, running=True), "still running or restarting", "wait"),
        (retry(exit_code=0, count=0), "exit code 0", "should fail"),
        (retry(count=1), "restarted 1 time(s), not 3", "resets the count"),
    ],
)
def test_14_2_not_yet(info, message, hint):
    result = _check("14.2", FakeAPI({"ex14-retry": info} if info else {}))
    assert not result.passed and message in result.message and hint in result.hint


def test_14_2_passes():
    result = _check("14.2", FakeAPI({"ex14-retry": retry()}))
    assert result.passed and "exit code 2" in result.message


def ticker(*, driver="json-file", options=None, init=True, cpus=500_000_000, running=True):
    info = container("ex14-ticker", image="dockerlab/ticker", running=running)
    info["HostConfig"] = {
        "LogConfig": {
            "Type": driver,
            "Config": {"max-size": "100k", "max-file": "3"} if options is None else options,
        },
        "Init": init,
        "NanoCpus": cpus,
    }
    return info


@pytest.mark.parametrize(
    ("info", "message", "hint"),
    [
        (None, "no container named ex14-ticker", "dockerlab/ticker"),
        (ticker(running=False), "is not running", "docker start ex14-ticker"),
        (ticker(driver="local"), "logs with local", "--log-driver json-file"),
        (ticker(options={}), "log options are -", "--log-opt max-size=100k"),
        (
            ticker(options={"max-size": "10m", "max-file": "3"}),
            "max-size=10m",
            "--log-opt max-size=100k",
        ),
        (ticker(options={"max-size": "100k"}), "max-size=100k", "--log-opt max-file=3"),
        (ticker(init=None), "not docker-init", "--init"),
        (ticker(cpus=0), "CPU limit is none", "--cpus 0.5"),
        (ticker(cpus=1_000_000_000), "CPU limit is 1.0", "--cpus 0.5"),
    ],
)
def test_14_3_not_yet(info, message, hint):
    result = _check("14.3", FakeAPI({"ex14-ticker": info} if info else {}))
    assert not result.passed and message in result.message and hint in result.hint


@pytest.mark.parametrize("size", ["100k", "100kb", "100KB", "100000"])
def test_14_3_passes(size):
    info = ticker(options={"max-size": size, "max-file": "3"})
    assert _check("14.3", FakeAPI({"ex14-ticker": info})).passed


def test_kilobytes():
    assert [_kilobytes(s) for s in ("100k", "10m", "1g", "2048", "x", "")] == [
        100.0,
        10_000.0,
        1_000_000.0,
        2.048,
        None,
        None,
    ]
