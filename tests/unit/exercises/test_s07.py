"""Notebook 07's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

HELLO = "Hello from Docker!\n"


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex07-hello", "docker run --name ex07-hello"),
        (
            FakeAPI({"ex07-hello": container("ex07-hello", image="dockerlab/busybox")}),
            "runs dockerlab/busybox",
            "docker rm -f ex07-hello",
        ),
        (
            FakeAPI(
                {"ex07-hello": container("ex07-hello", image="dockerlab/hello-world")},
                {"ex07-hello": HELLO},
            ),
            "has run 1 time",
            "docker start -a ex07-hello",
        ),
    ],
)
def test_07_1_not_yet(api, message, hint):
    result = _check("07.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_07_1_passes():
    api = FakeAPI(
        {"ex07-hello": container("ex07-hello", image="dockerlab/hello-world")},
        {"ex07-hello": HELLO * 2},
    )
    assert _check("07.1", api).passed


@pytest.mark.parametrize(
    ("api", "message"),
    [
        (FakeAPI(), "no container named ex07-shell"),
        (FakeAPI({"ex07-shell": container("ex07-shell", tty=True)}), "not started with -i and -t"),
        (
            FakeAPI({"ex07-shell": container("ex07-shell", tty=True, stdin=True)}),
            "no file /from-tty",
        ),
        (
            FakeAPI(
                {"ex07-shell": container("ex07-shell", tty=True, stdin=True, running=True)},
                diffs={"ex07-shell": ["/from-tty"]},
            ),
            "still running",
        ),
    ],
)
def test_07_2_not_yet(api, message):
    result = _check("07.2", api)
    assert not result.passed and message in result.message and result.hint


def test_07_2_passes():
    api = FakeAPI(
        {"ex07-shell": container("ex07-shell", tty=True, stdin=True)},
        diffs={"ex07-shell": ["/from-tty", "/root"]},
    )
    assert _check("07.2", api).passed


COUNTER = ["sh", "-c", "date >> /starts; wc -l < /starts"]


@pytest.mark.parametrize(
    ("api", "message"),
    [
        (FakeAPI(), "no container named ex07-counter"),
        (FakeAPI({"ex07-counter": container("ex07-counter", cmd=["true"])}), "does not write"),
        (
            FakeAPI(
                {"ex07-counter": container("ex07-counter", cmd=COUNTER)}, {"ex07-counter": "1\n2\n"}
            ),
            "started 2 time",
        ),
        (
            FakeAPI(
                {"ex07-counter": container("ex07-counter", cmd=COUNTER)},
                {"ex07-counter": "1\n1\n1\n"},
            ),
            "printed 1, 1, 1",
        ),
    ],
)
def test_07_3_not_yet(api, message):
    result = _check("07.3", api)
    assert not result.passed and message in result.message and result.hint


def test_07_3_passes():
    api = FakeAPI(
        {"ex07-counter": container("ex07-counter", cmd=COUNTER)}, {"ex07-counter": "1\n2\n3\n"}
    )
    assert _check("07.3", api).passed
