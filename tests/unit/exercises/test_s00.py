"""Notebook 00's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

HELLO = "\nHello from Docker!\nThis message shows that your installation appears to be working.\n"


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex00-hello", "docker run --name ex00-hello"),
        (
            FakeAPI({"ex00-hello": container("ex00-hello", image="dockerlab/busybox")}),
            "runs dockerlab/busybox",
            "docker rm -f ex00-hello",
        ),
        (
            FakeAPI({"ex00-hello": container("ex00-hello", image="dockerlab/hello-world")}),
            "has not run yet",
            "docker start -a ex00-hello",
        ),
    ],
)
def test_00_1_not_yet(api, message, hint):
    result = _check("00.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_00_1_passes():
    api = FakeAPI(
        {"ex00-hello": container("ex00-hello", image="dockerlab/hello-world")},
        {"ex00-hello": HELLO},
    )
    result = _check("00.1", api)
    assert result.passed and "printed its greeting" in result.message


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex00-terminal", "JupyterLab's terminal"),
        (
            FakeAPI(
                {"ex00-terminal": container("ex00-terminal", cmd=["tty"])},
                {"ex00-terminal": "not a tty\n"},
            ),
            "not started with -it",
            "with -it",
        ),
        (
            FakeAPI(
                {"ex00-terminal": container("ex00-terminal", tty=True)},
                {"ex00-terminal": "not a tty\n"},
            ),
            "not started with -it",
            "with -it",
        ),
        (
            FakeAPI(
                {"ex00-terminal": container("ex00-terminal", tty=True, stdin=True, cmd=["sh"])}
            ),
            "printed -",
            "its command is tty",
        ),
    ],
)
def test_00_2_not_yet(api, message, hint):
    result = _check("00.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_00_2_passes():
    api = FakeAPI(
        {"ex00-terminal": container("ex00-terminal", tty=True, stdin=True, cmd=["tty"])},
        {"ex00-terminal": "/dev/pts/0\r\n"},
    )
    result = _check("00.2", api)
    assert result.passed and "/dev/pts/0" in result.message
