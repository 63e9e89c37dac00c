"""Notebook 04's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint. The kit registry is a canned container too; the cache's storage is a canned
`docker cp` (GET /containers/{id}/archive)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import docker.errors
import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

KIT = "127.0.0.1:5000"
CACHE = "127.0.0.1:32768"


class _Listing(dict):
    """FakeAPI's containers by name, and also callable as ``api.containers(...)``, which
    answers with the kit registry's listing (how the checks find its address)."""

    def __call__(self, all: bool = False, filters: Any = None) -> list[dict[str, Any]]:
        return [
            {
                "Id": "k" * 64,
                "Names": ["/dockerlab-registry"],
                "State": "running",
                "Ports": [{"PrivatePort": 5000, "PublicPort": 5000, "IP": "127.0.0.1"}],
            }
        ]


@dataclass
class RegistryAPI(FakeAPI):
    """FakeAPI plus what 04's checks also ask: the kit registry (``containers()``) and the
    files in a container (``get_archive``)."""

    files: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.containers = _Listing(self.containers)

    def get_archive(self, name: str, path: str):
        info = self._find(name)
        if path not in self.files.get(info["Name"].lstrip("/"), set()):
            raise docker.errors.NotFound(f"Could not find the file {path} in container {name}")
        return iter([b"tar"]), {"name": path.rsplit("/", 1)[-1]}


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _hello(image=f"{KIT}/dockerlab/hello-world", **state):
    return container("ex04-hello", image=image, cmd=["/hello"], State=state)


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (RegistryAPI(), "no container named ex04-hello", f"{KIT}/dockerlab/hello-world"),
        (
            RegistryAPI({"ex04-hello": _hello("dockerlab/hello-world")}),
            "without the course registry's address",
            "name the registry in front of the image",
        ),
        (
            RegistryAPI({"ex04-hello": _hello(f"{CACHE}/dockerlab/hello-world")}),
            f"runs {CACHE}/dockerlab/hello-world",
            f"run {KIT}/dockerlab/hello-world",
        ),
        (RegistryAPI({"ex04-hello": _hello(ExitCode=1)}), "exit code 1", "docker start -a"),
    ],
)
def test_04_1_not_yet(api, message, hint):
    result = _check("04.1", api)
    assert not result.passed and message in result.message and hint in result.hint


@pytest.mark.parametrize(
    "image", [f"{KIT}/dockerlab/hello-world", f"{KIT}/dockerlab/hello-world:latest"]
)
def test_04_1_passes(image):
    assert _check("04.1", RegistryAPI({"ex04-hello": _hello(image)})).passed


PROXY = ["REGISTRY_PROXY_REMOTEURL=http://172.17.0.2:5000", "PATH=/bin"]
LOCAL = {"5000/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}
STORED = {"ex04-cache": {"/var/lib/registry/docker/registry/v2/repositories/dockerlab/busybox"}}


def _cache(image="dockerlab/registry", env=PROXY, ports=LOCAL):
    return container(
        "ex04-cache",
        image=image,
        running=True,
        Config={"Env": env},
        HostConfig={"PortBindings": ports},
    )


def _echo(image=f"{CACHE}/dockerlab/busybox"):
    return container("ex04-echo", image=image, cmd=["echo", "hello", "through", "my", "cache"])


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (RegistryAPI(), "no container named ex04-cache", "-p 127.0.0.1::5000"),
        (
            RegistryAPI({"ex04-cache": _cache(image="dockerlab/busybox")}),
            "not dockerlab/registry",
            "docker rm -f ex04-cache",
        ),
        (
            RegistryAPI({"ex04-cache": _cache(env=["PATH=/bin"])}),
            "a plain registry",
            "REGISTRY_PROXY_REMOTEURL",
        ),
        (
            RegistryAPI(
                {"ex04-cache": _cache(ports={"5000/tcp": [{"HostIp": "", "HostPort": ""}]})}
            ),
            "127.0.0.1 only",
            "-p 127.0.0.1::5000",
        ),
        (RegistryAPI({"ex04-cache": _cache(ports={})}), "127.0.0.1 only", "-p 127.0.0.1::5000"),
        (
            RegistryAPI({"ex04-cache": _cache()}),
            "no container named ex04-echo",
            "docker port ex04-cache 5000",
        ),
        (
            RegistryAPI({"ex04-cache": _cache(), "ex04-echo": _echo(f"{KIT}/dockerlab/busybox")}),
            "not an image pulled through ex04-cache",
            "docker rm ex04-echo",
        ),
        (
            RegistryAPI({"ex04-cache": _cache(), "ex04-echo": _echo("dockerlab/busybox")}),
            "not an image pulled through ex04-cache",
            "the cache's address",
        ),
        (
            RegistryAPI({"ex04-cache": _cache(), "ex04-echo": _echo()}),
            "keeps no copy of dockerlab/busybox",
            "pull through the cache",
        ),
    ],
)
def test_04_2_not_yet(api, message, hint):
    result = _check("04.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_04_2_passes():
    api = RegistryAPI({"ex04-cache": _cache(), "ex04-echo": _echo()}, files=STORED)
    result = _check("04.2", api)
    assert result.passed and "kept a copy" in result.message
