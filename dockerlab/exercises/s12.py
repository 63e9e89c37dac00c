"""Exercises of notebook 12, networks and ports: publishing on 127.0.0.1 only, names on a
user-defined network, and joining a running container to a network under an alias."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import logs_text, need_container, network

__all__ = ["fetch", "networks_of", "published"]

#: The page dockerlab/web serves.
PAGE = "Hello from a container"
TIMEOUT = 3.0
#: Addresses that mean "every interface" in a port binding.
_EVERYWHERE = {"", "0.0.0.0", "::"}


def networks_of(info: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A container's networks (from ``docker inspect``), by name."""
    return dict((info.get("NetworkSettings") or {}).get("Networks") or {})


def published(info: dict[str, Any], port: str = "80/tcp") -> list[dict[str, str]]:
    """Where a running container's ``port`` is published: ``[{"HostIp", "HostPort"}]``."""
    return list(((info.get("NetworkSettings") or {}).get("Ports") or {}).get(port) or [])


def fetch(url: str) -> str:
    """The page at ``url`` (a GET with a timeout), or :class:`NotYet` saying it did not
    answer."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as answer:
            return answer.read(65536).decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise NotYet(
            _("nothing answers at {url} ({reason})").format(
                url=url, reason=getattr(exc, "reason", exc)
            ),
            _("is the container running? docker ps --filter name=ex12"),
        ) from exc


def _need_running(info: dict[str, Any], name: str) -> None:
    if not info["State"].get("Running"):
        raise NotYet(
            _("{name} is not running").format(name=name),
            _("start it: docker start {name}").format(name=name),
        )


def _need_image(info: dict[str, Any], name: str, image: str) -> None:
    if info["Config"]["Image"] != image:
        raise NotYet(
            _("{name} runs {found}, not {image}").format(
                name=name, found=info["Config"]["Image"], image=image
            ),
            _("remove it (docker rm -f {name}) and run it from {image}").format(
                name=name, image=image
            ),
        )


@exercise(
    "12.1",
    N_("published on this machine only"),
    solution="""
docker run -d --name ex12-web -p 127.0.0.1::80 dockerlab/web
docker port ex12-web 80
curl -s http://$(docker port ex12-web 80)/
""",
)
def _loopback(client: Any) -> str:
    info = need_container(
        client,
        "ex12-web",
        _("run it in the background: docker run -d --name ex12-web -p 127.0.0.1::80 dockerlab/web"),
    )
    _need_image(info, "ex12-web", "dockerlab/web")
    _need_running(info, "ex12-web")
    bindings = published(info)
    if not bindings:
        raise NotYet(
            _("ex12-web does not publish its port 80"),
            _("remove it (docker rm -f ex12-web) and run it again with -p 127.0.0.1::80"),
        )
    open_to_all = sorted(
        {b.get("HostIp") or "0.0.0.0" for b in bindings if (b.get("HostIp") or "") in _EVERYWHERE}
    )
    if open_to_all:
        raise NotYet(
            _(
                "ex12-web publishes port 80 on every network interface of this "
                "machine ({addresses})"
            ).format(addresses=", ".join(open_to_all)),
            _(
                "remove it (docker rm -f ex12-web) and publish on this machine only: "
                "-p 127.0.0.1::80"
            ),
        )
    asked = ((info.get("HostConfig") or {}).get("PortBindings") or {}).get("80/tcp") or []
    fixed = sorted({b.get("HostPort") for b in asked if b.get("HostPort")})
    if fixed:
        raise NotYet(
            _("ex12-web asks for the fixed host port {port}").format(port=", ".join(fixed)),
            _(
                "let Docker choose a free port: -p 127.0.0.1::80, then read it with "
                "docker port ex12-web 80"
            ),
        )
    binding = bindings[0]
    address = f"{binding['HostIp']}:{binding['HostPort']}"
    if PAGE not in fetch(f"http://{address}/"):
        raise NotYet(
            _("{address} answers, but not with dockerlab/web's page").format(address=address),
            _("remove it and run it from dockerlab/web"),
        )
    return _("ex12-web answers at {address}, on this machine only, on a port Docker chose").format(
        address=address
    )


@exercise(
    "12.2",
    N_("by name, on your own network"),
    solution="""
docker network create ex12-net
docker run -d --name ex12-api --network ex12-net dockerlab/web
docker run --name ex12-client --network ex12-net dockerlab/busybox wget -q -O- http://ex12-api/
""",
)
def _by_name(client: Any) -> str:
    if network(client, "ex12-net") is None:
        raise NotYet(
            _("there is no network named ex12-net"), _("create it: docker network create ex12-net")
        )
    api = need_container(
        client, "ex12-api", _("docker run -d --name ex12-api --network ex12-net dockerlab/web")
    )
    _need_image(api, "ex12-api", "dockerlab/web")
    if "ex12-net" not in networks_of(api):
        raise NotYet(
            _("ex12-api is not on ex12-net (it is on: {networks})").format(
                networks=", ".join(sorted(networks_of(api))) or "-"
            ),
            _("connect it: docker network connect ex12-net ex12-api"),
        )
    _need_running(api, "ex12-api")
    client_info = need_container(
        client,
        "ex12-client",
        _(
            "run it without --rm, so that its log stays: docker run --name ex12-client "
            "--network ex12-net dockerlab/busybox wget -q -O- http://ex12-api/"
        ),
    )
    log = logs_text(client, "ex12-client")
    if "ex12-net" not in networks_of(client_info):
        raise NotYet(
            _("ex12-client is not on ex12-net, so the name ex12-api means nothing to it"),
            _("remove it (docker rm ex12-client) and run it again with --network ex12-net"),
        )
    if PAGE not in log:
        command = " ".join(client_info["Config"].get("Cmd") or [])
        raise NotYet(
            _("ex12-client's log does not hold the page (it ran: {command})").format(
                command=command or "-"
            ),
            _("its command fetches the page by name: wget -q -O- http://ex12-api/"),
        )
    return _("ex12-client found ex12-api by its name on ex12-net and fetched its page")


@exercise(
    "12.3",
    N_("join a running container, under an alias"),
    solution="""
docker run -d --name ex12-late dockerlab/web
docker network inspect ex12-net >/dev/null 2>&1 || docker network create ex12-net
docker network connect --alias late ex12-net ex12-late
docker run --name ex12-late-client --network ex12-net dockerlab/busybox wget -q -O- http://late/
""",
)
def _alias(client: Any) -> str:
    late = need_container(
        client,
        "ex12-late",
        _("start it on the default network: docker run -d --name ex12-late dockerlab/web"),
    )
    _need_image(late, "ex12-late", "dockerlab/web")
    _need_running(late, "ex12-late")
    networks = networks_of(late)
    if "ex12-net" not in networks:
        raise NotYet(
            _("ex12-late is not on ex12-net"),
            _(
                "connect the running container: docker network connect --alias late "
                "ex12-net ex12-late"
            ),
        )
    if "bridge" not in networks:
        raise NotYet(
            _(
                "ex12-late is no longer on the default network: it was made again "
                "rather than connected"
            ),
            _(
                "remove it, run it again without --network, then connect it with "
                "docker network connect"
            ),
        )
    names = set(networks["ex12-net"].get("Aliases") or [])
    names |= set(networks["ex12-net"].get("DNSNames") or [])
    if "late" not in names:
        raise NotYet(
            _("on ex12-net, ex12-late has no alias late"),
            _(
                "disconnect it (docker network disconnect ex12-net ex12-late) and "
                "connect it again with --alias late"
            ),
        )
    probe = need_container(
        client,
        "ex12-late-client",
        _(
            "docker run --name ex12-late-client --network ex12-net dockerlab/busybox wget -q "
            "-O- http://late/"
        ),
    )
    command = " ".join(probe["Config"].get("Cmd") or [])
    if "//late" not in command or PAGE not in logs_text(client, "ex12-late-client"):
        raise NotYet(
            _("ex12-late-client did not fetch the page at http://late/ (it ran: {command})").format(
                command=command or "-"
            ),
            _("run it on ex12-net with the command wget -q -O- http://late/"),
        )
    return _(
        "ex12-late stayed on the default network, joined ex12-net as late, and "
        "answered there by that name"
    )
