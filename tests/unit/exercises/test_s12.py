"""Notebook 12's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.exercises import s12
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

PAGE = "<h1>Hello from a container</h1>\n"


@dataclass
class NetAPI(FakeAPI):
    """FakeAPI plus ``docker network ls`` (the Engine's name filter matches parts of names)."""

    network_names: list[str] = field(default_factory=list)

    def networks(self, filters: dict[str, Any] | None = None, **_: Any) -> list[dict[str, Any]]:
        part = (filters or {}).get("name", "")
        return [
            {"Name": n, "Id": n * 4, "Driver": "bridge"} for n in self.network_names if part in n
        ]


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def web(
    name: str,
    *,
    image: str = "dockerlab/web",
    running: bool = True,
    bindings: list[dict[str, str]] | None = None,
    asked: list[dict[str, str]] | None = None,
    networks: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    ports = {"80/tcp": bindings} if bindings is not None else {}
    return container(
        name,
        image=image,
        running=running,
        NetworkSettings={"Ports": ports, "Networks": networks or {"bridge": {}}},
        HostConfig={"PortBindings": {"80/tcp": asked or [{"HostIp": "127.0.0.1", "HostPort": ""}]}},
    )


LOOPBACK = [{"HostIp": "127.0.0.1", "HostPort": "32768"}]


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex12-web", "-p 127.0.0.1::80"),
        (
            FakeAPI({"ex12-web": web("ex12-web", image="dockerlab/busybox")}),
            "runs dockerlab/busybox",
            "docker rm -f ex12-web",
        ),
        (FakeAPI({"ex12-web": web("ex12-web", running=False)}), "not running", "docker start"),
        (
            FakeAPI({"ex12-web": web("ex12-web", bindings=[])}),
            "does not publish",
            "-p 127.0.0.1::80",
        ),
        (
            FakeAPI(
                {
                    "ex12-web": web(
                        "ex12-web",
                        bindings=[
                            {"HostIp": "0.0.0.0", "HostPort": "32768"},
                            {"HostIp": "::", "HostPort": "32768"},
                        ],
                    )
                }
            ),
            "on every network interface of this machine (0.0.0.0, ::)",
            "-p 127.0.0.1::80",
        ),
        (
            FakeAPI(
                {
                    "ex12-web": web(
                        "ex12-web",
                        bindings=LOOPBACK,
                        asked=[{"HostIp": "127.0.0.1", "HostPort": "8080"}],
                    )
                }
            ),
            "fixed host port 8080",
            "let Docker choose",
        ),
    ],
)
def test_12_1_not_yet(api, message, hint):
    result = _check("12.1", api)
    assert not result.passed and message in result.message and hint in result.hint, result


def test_12_1_fetches_the_page(monkeypatch):
    fetched = []

    def fake_fetch(url: str) -> str:
        fetched.append(url)
        return PAGE

    monkeypatch.setattr(s12, "fetch", fake_fetch)
    result = _check("12.1", FakeAPI({"ex12-web": web("ex12-web", bindings=LOOPBACK)}))
    assert result.passed and "127.0.0.1:32768" in result.message
    assert fetched == ["http://127.0.0.1:32768/"]


def test_12_1_another_page_is_not_yet(monkeypatch):
    monkeypatch.setattr(s12, "fetch", lambda url: "<h1>nginx</h1>")
    result = _check("12.1", FakeAPI({"ex12-web": web("ex12-web", bindings=LOOPBACK)}))
    assert not result.passed and "not with dockerlab/web's page" in result.message


def test_fetch_says_what_did_not_answer():
    # a port nothing listens on: refused at once, no network beyond this machine
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with language_scope("en"), pytest.raises(dl.exercises.NotYet) as caught:
        s12.fetch(f"http://127.0.0.1:{port}/")
    assert f"127.0.0.1:{port}" in caught.value.message and caught.value.hint


ON_NET = {"ex12-net": {"Aliases": None}}
API = web("ex12-api", networks=ON_NET)
CLIENT_CMD = ["wget", "-q", "-O-", "http://ex12-api/"]


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (NetAPI(), "no network named ex12-net", "docker network create ex12-net"),
        (NetAPI(network_names=["ex12-net-old"]), "no network named ex12-net", "network create"),
        (NetAPI(network_names=["ex12-net"]), "no container named ex12-api", "--network ex12-net"),
        (
            NetAPI({"ex12-api": web("ex12-api")}, network_names=["ex12-net"]),
            "not on ex12-net (it is on: bridge)",
            "docker network connect ex12-net ex12-api",
        ),
        (
            NetAPI({"ex12-api": API}, network_names=["ex12-net"]),
            "no container named ex12-client",
            "without --rm",
        ),
        (
            NetAPI(
                {"ex12-api": API, "ex12-client": container("ex12-client", cmd=CLIENT_CMD)},
                {"ex12-client": "wget: bad address 'ex12-api'\n"},
                network_names=["ex12-net"],
            ),
            "not on ex12-net",
            "--network ex12-net",
        ),
        (
            NetAPI(
                {
                    "ex12-api": API,
                    "ex12-client": container(
                        "ex12-client", cmd=["true"], NetworkSettings={"Networks": ON_NET}
                    ),
                },
                network_names=["ex12-net"],
            ),
            "does not hold the page (it ran: true)",
            "wget -q -O-",
        ),
    ],
)
def test_12_2_not_yet(api, message, hint):
    result = _check("12.2", api)
    assert not result.passed and message in result.message and hint in result.hint, result


def test_12_2_passes():
    api = NetAPI(
        {
            "ex12-api": API,
            "ex12-client": container(
                "ex12-client", cmd=CLIENT_CMD, NetworkSettings={"Networks": ON_NET}
            ),
        },
        {"ex12-client": PAGE},
        network_names=["ex12-net"],
    )
    assert _check("12.2", api).passed


def late(networks: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return web("ex12-late", networks=networks)


BOTH = {"bridge": {}, "ex12-net": {"Aliases": ["late", "0123456789ab"]}}
PROBE = container("ex12-late-client", cmd=["wget", "-q", "-O-", "http://late/"])


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (NetAPI(), "no container named ex12-late", "docker run -d --name ex12-late"),
        (
            NetAPI({"ex12-late": late({"bridge": {}})}),
            "not on ex12-net",
            "docker network connect --alias late ex12-net ex12-late",
        ),
        (
            NetAPI({"ex12-late": late({"ex12-net": {"Aliases": ["late"]}})}),
            "no longer on the default network",
            "docker network connect",
        ),
        (
            NetAPI({"ex12-late": late({"bridge": {}, "ex12-net": {"Aliases": ["0123456789ab"]}})}),
            "has no alias late",
            "--alias late",
        ),
        (NetAPI({"ex12-late": late(BOTH)}), "no container named ex12-late-client", "http://late/"),
        (
            NetAPI(
                {
                    "ex12-late": late(BOTH),
                    "ex12-late-client": container(
                        "ex12-late-client", cmd=["wget", "-q", "-O-", "http://ex12-late/"]
                    ),
                },
                {"ex12-late-client": PAGE},
            ),
            "did not fetch the page at http://late/",
            "wget",
        ),
        (
            NetAPI(
                {"ex12-late": late(BOTH), "ex12-late-client": PROBE},
                {"ex12-late-client": "wget: bad address 'late'\n"},
            ),
            "did not fetch",
            "ex12-net",
        ),
    ],
)
def test_12_3_not_yet(api, message, hint):
    result = _check("12.3", api)
    assert not result.passed and message in result.message and hint in result.hint, result


@pytest.mark.parametrize(
    "aliases",
    [
        {"Aliases": ["late", "0123456789ab"]},  # Engine 20.10
        {"Aliases": ["late"], "DNSNames": ["late", "ex12-late", "0123456789ab"]},  # Engine 26
    ],
)
def test_12_3_passes(aliases):
    api = NetAPI(
        {"ex12-late": late({"bridge": {}, "ex12-net": aliases}), "ex12-late-client": PROBE},
        {"ex12-late-client": PAGE},
    )
    assert _check("12.3", api).passed
