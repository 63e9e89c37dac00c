"""Notebook 05's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

from typing import Any

import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container


class InfoAPI:
    """A FakeAPI plus what 05's checks also ask: ``docker info`` and ``docker ps -a -s``.
    (FakeAPI keeps its containers in a field named ``containers``, so the listing call is
    added around it rather than in a subclass.)"""

    def __init__(
        self,
        containers: dict[str, dict[str, Any]] | None = None,
        logs: dict[str, str] | None = None,
        *,
        sizes: dict[str, int] | None = None,
        engine_name: str = "laptop",
    ) -> None:
        self.fake = FakeAPI(containers or {}, logs or {})
        self.sizes = sizes or {}
        self.engine_name = engine_name

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fake, name)

    def info(self) -> dict[str, Any]:
        return {"Name": self.engine_name}

    def containers(
        self, *, all: bool = False, size: bool = False, filters: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        wanted = (filters or {}).get("id")
        return [
            {"Id": info["Id"], "SizeRw": self.sizes.get(name, 0) if size else None}
            for name, info in self.fake.containers.items()
            if wanted in (None, info["Id"])
        ]


def _check(exercise_id: str, api: Any):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


ENV = container("ex05-env", cmd=["env"], Config={"Env": ["GREETING=hello", "PATH=/bin"]})


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex05-env", "docker run --name ex05-env"),
        (
            FakeAPI({"ex05-env": container("ex05-env", cmd=["env"])}, {"ex05-env": "PATH=/bin\n"}),
            "no GREETING=hello",
            "grep -i env",
        ),
        (
            FakeAPI({"ex05-env": ENV}, {"ex05-env": "hello\n"}),
            "did not print",
            "make env its command",
        ),
    ],
)
def test_05_1_not_yet(api, message, hint):
    result = _check("05.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_05_1_passes():
    api = FakeAPI({"ex05-env": ENV}, {"ex05-env": "PATH=/bin\nGREETING=hello\n"})
    assert _check("05.1", api).passed


SIZE = container("ex05-size", cmd=["dd", "if=/dev/zero", "of=/big", "bs=1M", "count=1"])


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (InfoAPI(), "no container named ex05-size", "dd if=/dev/zero"),
        (InfoAPI({"ex05-size": SIZE}, sizes={"ex05-size": 4}), "holds 4B", "dd if=/dev/zero"),
    ],
)
def test_05_2_not_yet(api, message, hint):
    result = _check("05.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_05_2_passes():
    api = InfoAPI({"ex05-size": SIZE}, sizes={"ex05-size": 1_048_576})
    result = _check("05.2", api)
    assert result.passed and "1.05MB" in result.message


HOST = container("ex05-host", cmd=["hostname"], Config={"Hostname": "laptop"})


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (InfoAPI(), "no container named ex05-host", "docker run --name ex05-host"),
        (
            InfoAPI(
                {"ex05-host": container("ex05-host", Config={"Hostname": "0123456789ab"})},
                {"ex05-host": "0123456789ab\n"},
            ),
            "hostname is 0123456789ab, the Engine's machine is laptop",
            "--format '{{.Name}}'",
        ),
        (
            InfoAPI({"ex05-host": HOST}, {"ex05-host": ""}),
            "did not print its hostname",
            "make hostname its command",
        ),
    ],
)
def test_05_3_not_yet(api, message, hint):
    result = _check("05.3", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_05_3_passes():
    result = _check("05.3", InfoAPI({"ex05-host": HOST}, {"ex05-host": "laptop\n"}))
    assert result.passed and "laptop" in result.message
