"""Notebook 13's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint. Compose's containers are found by their labels, as
``docker ps --filter label=com.docker.compose.project=…`` finds them."""

from __future__ import annotations

from typing import Any

import docker.errors
import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

PAGE = "<h1>Hello from a container</h1>\n"


class ComposeAPI:
    """FakeAPI's inspect and logs, plus ``docker ps --filter label=…`` (every label must
    match) and ``docker volume inspect``."""

    def __init__(
        self,
        by_name: dict[str, dict[str, Any]],
        logs: dict[str, str],
        volume_names: list[str] | None = None,
    ) -> None:
        self.fake = FakeAPI(by_name, logs)
        self.volume_names = volume_names or []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fake, name)

    def containers(
        self, *, filters: dict[str, Any] | None = None, **_: Any
    ) -> list[dict[str, Any]]:
        wanted = [label.split("=", 1) for label in (filters or {}).get("label") or []]
        return [
            {"Id": info["Id"], "Names": [info["Name"]]}
            for info in self.fake.containers.values()
            if all(info["Config"]["Labels"].get(k) == v for k, v in wanted)
        ]

    def inspect_volume(self, name: str) -> dict[str, Any]:
        if name not in self.volume_names:
            raise docker.errors.NotFound(f"get {name}: no such volume")
        return {"Name": name, "Driver": "local"}


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def service(
    project: str, name: str, number: int = 1, *, depends_on: str = "", **kwargs: Any
) -> tuple[str, dict[str, Any]]:
    labels = {
        "com.docker.compose.project": project,
        "com.docker.compose.service": name,
        "com.docker.compose.container-number": str(number),
    }
    if depends_on:
        labels["com.docker.compose.depends_on"] = depends_on
    full = f"{project}-{name}-{number}"
    info = container(full, **kwargs)
    info["Config"]["Labels"] = labels
    return full, info


HEALTHY = {"Running": True, "Status": "running", "Health": {"Status": "healthy"}}
CHECK = {"Test": ["CMD", "wget", "-q", "-O", "/dev/null", "http://localhost/"]}
LOOPBACK = {"Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "32768"}]}}


def web(**overrides: Any) -> tuple[str, dict[str, Any]]:
    settings = {
        "image": "dockerlab/web",
        "State": HEALTHY,
        "Config": {"Healthcheck": CHECK},
        "NetworkSettings": LOOPBACK,
        **overrides,
    }
    return service("ex13", "web", **settings)


def client_service(log_ok: bool = True, **overrides: Any) -> tuple[str, dict[str, Any]]:
    settings = {
        "cmd": ["wget", "-q", "-O-", "http://web/"],
        "depends_on": "web:service_healthy:false",
        **overrides,
    }
    return service("ex13", "client", **settings)


def api13(*pairs: tuple[str, dict[str, Any]], logs: dict[str, str] | None = None) -> ComposeAPI:
    return ComposeAPI(dict(pairs), logs or {})


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (api13(), "no containers of the Compose project ex13", "name: ex13"),
        (api13(service("ex13", "other")), "has no service web", "services:"),
        (api13(web(image="nginx")), "runs nginx", "image: dockerlab/web"),
        (api13(web(Config={"Healthcheck": None})), "no healthcheck", "add a healthcheck"),
        (api13(web(Config={"Healthcheck": {"Test": ["NONE"]}})), "no healthcheck", "healthcheck"),
        (
            api13(
                web(State={"Running": True, "Status": "running", "Health": {"Status": "starting"}})
            ),
            "ex13-web-1 is running, its health is starting",
            "docker compose ps",
        ),
        (
            api13(
                web(
                    NetworkSettings={
                        "Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "32768"}]}
                    }
                )
            ),
            "127.0.0.1 only",
            "127.0.0.1::80",
        ),
        (api13(web()), "has no service client", "client"),
        (
            api13(web(), client_service(depends_on="web:service_started:false")),
            "does not wait for web to be healthy",
            "condition: service_healthy",
        ),
        (api13(web(), client_service(running=True)), "still running", "docker compose up client"),
        (
            api13(web(), client_service(exit_code=1)),
            "exited with 1 and did not print the page",
            "http://web/",
        ),
    ],
)
def test_13_1_not_yet(api, message, hint):
    result = _check("13.1", api)
    assert not result.passed and message in result.message and hint in result.hint, result


def test_13_1_passes():
    api = api13(web(), client_service(), logs={"ex13-client-1": PAGE})
    result = _check("13.1", api)
    assert result.passed and "ex13-client-1 waited until ex13-web-1" in result.message


def counter(
    mounts: list[dict[str, Any]] | None = None, **kwargs: Any
) -> tuple[str, dict[str, Any]]:
    data = [{"Type": "volume", "Name": "ex13-keep_data", "Destination": "/data"}]
    return service("ex13-keep", "counter", Mounts=data if mounts is None else mounts, **kwargs)


def keep(*pairs: tuple[str, dict[str, Any]], log: str = "", volume: bool = True) -> ComposeAPI:
    return ComposeAPI(
        dict(pairs), {"ex13-keep-counter-1": log}, volume_names=["ex13-keep_data"] if volume else []
    )


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (keep(), "no containers of the Compose project ex13-keep", "cd ex13-keep"),
        (keep(counter(mounts=[])), "no volume at /data", "data:/data"),
        (
            keep(counter(mounts=[{"Type": "bind", "Source": "/tmp", "Destination": "/data"}])),
            "no volume at /data",
            "volumes:",
        ),
        (
            keep(counter(), volume=False),
            "does not use the volume ex13-keep_data",
            "name the volume",
        ),
        (
            keep(counter(mounts=[{"Type": "volume", "Name": "other", "Destination": "/data"}])),
            "(it uses other)",
            "ex13-keep_data",
        ),
        (keep(counter(running=True)), "still running", "docker compose up"),
        (keep(counter(), log="1\n2\n3\n"), "itself ran 3 times", "docker compose down between"),
        (keep(counter(), log="1\n"), "counted 1 start(s)", "without -v"),
        (keep(counter()), "counted 0 start(s)", "three times"),
    ],
)
def test_13_2_not_yet(api, message, hint):
    result = _check("13.2", api)
    assert not result.passed and message in result.message and hint in result.hint, result


def test_13_2_passes():
    result = _check("13.2", keep(counter(), log="4\n"))
    assert result.passed and "counted 4 starts" in result.message
