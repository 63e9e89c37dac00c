"""Exercises of notebook 09, recap: each combines what notebooks 06 to 08 taught."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import image, need_container

WEBS = ("ex09-web1", "ex09-web2")


def _names(entry: dict[str, Any]) -> list[str]:
    return [n.lstrip("/") for n in entry.get("Names") or []]


@exercise(
    "09.1",
    N_("tidy up in one line"),
    solution="""
docker run -d --name ex09-web1 dockerlab/web
docker run -d --name ex09-web2 dockerlab/web
docker run --name ex09-job dockerlab/busybox echo done
docker rm $(docker ps -aq --filter name=ex09- --filter status=exited)
""",
)
def _tidy(client: Any) -> str:
    for name in WEBS:
        info = need_container(
            client,
            name,
            _(
                "start it in the background (docker run -d --name {name} dockerlab/web); the "
                "tidy-up removes only exited containers (--filter status=exited)"
            ).format(name=name),
        )
        if not info["State"]["Running"]:
            raise NotYet(
                _("{name} is not running").format(name=name),
                _(
                    "the web servers must keep running; remove only the exited "
                    "containers (--filter status=exited)"
                ),
            )
    exited = client.api.containers(all=True, filters={"name": "ex09-", "status": "exited"})
    left = sorted(n for c in exited for n in _names(c) if n.startswith("ex09-"))
    if left:
        raise NotYet(
            _("exited containers are still here: {names}").format(names=", ".join(left)),
            _(
                "docker rm with the IDs from docker ps -aq --filter name=ex09- "
                "--filter status=exited, in one line: docker rm $(…)"
            ),
        )
    return _("ex09-web1 and ex09-web2 are running, and no exited ex09 container is left")


@exercise(
    "09.2",
    N_("a name of your own, on a port Docker picks"),
    solution="""
docker tag dockerlab/web ex09/site:1.0
docker run -d --name ex09-site -p 127.0.0.1::80 ex09/site:1.0
docker port ex09-site 80
""",
)
def _site(client: Any) -> str:
    tagged = image(client, "ex09/site:1.0")
    web = image(client, "dockerlab/web")
    if tagged is None:
        raise NotYet(
            _("there is no image ex09/site:1.0"),
            _("give dockerlab/web a second name: docker tag dockerlab/web ex09/site:1.0"),
        )
    if web is None or tagged["Id"] != web["Id"]:
        raise NotYet(
            _("ex09/site:1.0 is not the image dockerlab/web"),
            _("remove it (docker rmi ex09/site:1.0) and tag dockerlab/web"),
        )
    info = need_container(
        client,
        "ex09-site",
        _("run it: docker run -d --name ex09-site -p 127.0.0.1::80 ex09/site:1.0"),
    )
    if info["Config"]["Image"] != "ex09/site:1.0":
        raise NotYet(
            _("ex09-site runs {image}, not ex09/site:1.0").format(image=info["Config"]["Image"]),
            _("remove it (docker rm -f ex09-site) and run it from the name you gave"),
        )
    if not info["State"]["Running"]:
        raise NotYet(_("ex09-site is not running"), _("run it in the background, with -d"))
    bindings = (info["HostConfig"].get("PortBindings") or {}).get("80/tcp") or []
    if not bindings:
        raise NotYet(
            _("ex09-site does not publish its port 80"),
            _("remove it (docker rm -f ex09-site) and run it with -p 127.0.0.1::80"),
        )
    if any(b.get("HostIp") != "127.0.0.1" for b in bindings):
        raise NotYet(
            _("ex09-site publishes port 80 on every network interface, not only on 127.0.0.1"),
            _(
                "remove it (docker rm -f ex09-site) and publish with -p 127.0.0.1::80, "
                "so only this machine can reach it"
            ),
        )
    published = (info["NetworkSettings"].get("Ports") or {}).get("80/tcp") or []
    port = next((b.get("HostPort") for b in published if b.get("HostIp") == "127.0.0.1"), "?")
    return _(
        "ex09-site runs ex09/site:1.0 and serves on 127.0.0.1:{port} (docker port ex09-site 80)"
    ).format(port=port)
