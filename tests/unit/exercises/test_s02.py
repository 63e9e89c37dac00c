"""Notebook 02's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint. The Engine's event stream is canned too."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.exercises import s02
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

ADDR = "127.0.0.1:5999"
NEVER = {"StartedAt": "0001-01-01T00:00:00Z", "Status": "created"}


@dataclass
class EventsAPI(FakeAPI):
    """FakeAPI with ``docker events``: the actions per container name, and what was asked."""

    actions: dict[str, list[str]] = field(default_factory=dict)
    asked: list[dict[str, Any]] = field(default_factory=list)

    def events(self, *, since=None, until=None, filters=None, decode=False):
        self.asked.append({"since": since, "until": until, "filters": filters})
        wanted = (filters or {}).get("container")
        for name, info in self.containers.items():
            if wanted in (name, info["Id"]):
                for action in self.actions.get(name, []):
                    yield {"Type": "container", "Action": action, "Actor": {"ID": info["Id"]}}
                yield {"Type": "network", "Action": "connect", "Actor": {"ID": "n"}}


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _made(name: str, **kw):
    return {
        name: container(
            name,
            image=kw.pop("image", "dockerlab/hello-world"),
            Created="2026-11-29T10:12:48.123456789Z",
            **kw,
        )
    }


# 02.1 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (EventsAPI(), "no container named ex02-steps", "docker create --name ex02-steps"),
        (
            EventsAPI(_made("ex02-steps"), actions={"ex02-steps": []}),
            "no longer remembers the events of ex02-steps",
            "docker rm -f ex02-steps",
        ),
        (
            EventsAPI(_made("ex02-steps", State=NEVER), actions={"ex02-steps": ["create"]}),
            "has not started yet",
            "docker start ex02-steps",
        ),
        (
            EventsAPI(
                _made("ex02-steps"), actions={"ex02-steps": ["create", "attach", "start", "die"]}
            ),
            "reported an attach for ex02-steps: create, attach, start, die",
            "docker create",
        ),
    ],
)
def test_02_1_not_yet(api, message, hint):
    result = _check("02.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_02_1_passes_and_asks_from_the_creation_on():
    api = EventsAPI(_made("ex02-steps"), actions={"ex02-steps": ["create", "start", "die"]})
    result = _check("02.1", api)
    assert result.passed and "create, start, die" in result.message
    asked = api.asked[0]
    assert asked["filters"] == {"container": api.containers["ex02-steps"]["Id"]}
    created = calendar.timegm((2026, 11, 29, 10, 12, 48))
    assert asked["since"] == created - 1 and asked["until"] > asked["since"]


def test_created_time_falls_back_when_unreadable():
    assert s02._created({"Created": "yesterday"}) < s02._created(
        {"Created": "2999-01-01T00:00:00Z"}
    )


# 02.2 -----------------------------------------------------------------------------------


@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setattr(s02, "kit_registry", lambda client=None: ADDR)


HELLO = f"{ADDR}/dockerlab/hello-world"


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (
            EventsAPI(),
            "no container named ex02-by-hand",
            "POST /containers/create?name=ex02-by-hand",
        ),
        (
            EventsAPI(_made("ex02-by-hand")),
            f"runs dockerlab/hello-world, not {HELLO}",
            "$REGISTRY/dockerlab/hello-world",
        ),
        (
            EventsAPI(_made("ex02-by-hand", image=HELLO, State=NEVER)),
            "has not started yet",
            "POST /containers/ex02-by-hand/start",
        ),
        (
            EventsAPI(_made("ex02-by-hand", image=HELLO + ":latest", exit_code=2)),
            "not finished with exit code 0 (exited)",
            "/wait",
        ),
        (
            EventsAPI(
                _made("ex02-by-hand", image=HELLO),
                actions={"ex02-by-hand": ["create", "attach", "start", "die"]},
            ),
            "docker run made it",
            "with curl",
        ),
    ],
)
def test_02_2_not_yet(registry, api, message, hint):
    result = _check("02.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_02_2_passes(registry):
    api = EventsAPI(
        _made("ex02-by-hand", image=HELLO + ":latest"),
        {"ex02-by-hand": "\nHello from Docker!\n"},
        actions={"ex02-by-hand": ["create", "start", "die"]},
    )
    result = _check("02.2", api)
    assert result.passed and result.message.endswith("printed: Hello from Docker!")
