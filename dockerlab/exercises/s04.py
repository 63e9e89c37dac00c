"""Exercises of notebook 04, install and registry mirrors: registries by name, and a
pull-through cache of one's own."""

from __future__ import annotations

import re
from typing import Any

from ..engine import Engine
from ..i18n import N_, _
from ..kit import registry as kit_registry
from .base import NotYet, exercise
from .helpers import need_container

#: Where Docker's registry program keeps a repository, inside its container.
_REPOSITORIES = "/var/lib/registry/docker/registry/v2/repositories"
_CACHE_RUN = (
    "docker run -d --name ex04-cache -e REGISTRY_PROXY_REMOTEURL=http://IP:5000 "
    "-p 127.0.0.1::5000 dockerlab/registry"
)


def _without_tag(reference: str) -> str:
    """``host:port/path:tag`` → ``host:port/path`` (a port is not a tag)."""
    head, _sep, last = reference.rpartition("/")
    return f"{head}/{last.split(':', 1)[0]}" if head else last.split(":", 1)[0]


@exercise(
    "04.1",
    N_("run an image by its registry's name"),
    solution="""
docker run --name ex04-hello $REGISTRY/dockerlab/hello-world
""",
)
def _by_registry(client: Any) -> str:
    registry = kit_registry(client=client)
    wanted = f"{registry}/dockerlab/hello-world"
    info = need_container(
        client, "ex04-hello", _("run it: docker run --name ex04-hello {image}").format(image=wanted)
    )
    image = str(info["Config"]["Image"])
    if _without_tag(image) != wanted:
        raise NotYet(
            _("ex04-hello runs {image}, a name without the course registry's address").format(
                image=image
            ),
            _(
                "name the registry in front of the image: remove it (docker rm "
                "ex04-hello) and run {wanted}"
            ).format(wanted=wanted),
        )
    if info["State"]["Running"] or info["State"]["ExitCode"] != 0:
        raise NotYet(
            _("ex04-hello has not run to the end (exit code {code})").format(
                code=info["State"]["ExitCode"]
            ),
            _("start it again: docker start -a ex04-hello"),
        )
    return _("ex04-hello ran {image}: the name said which registry to pull it from").format(
        image=image
    )


def _cache_holds(client: Any, name: str, repository: str) -> bool:
    """Whether the registry in container ``name`` keeps a copy of ``repository``."""
    return Engine.of(client).path_exists(name, f"{_REPOSITORIES}/{repository}")


@exercise(
    "04.2",
    N_("a pull-through cache of your own"),
    solution=r"""
upstream=$(docker inspect --format '{{.NetworkSettings.IPAddress}}' dockerlab-registry)
docker run -d --name ex04-cache -e REGISTRY_PROXY_REMOTEURL=http://$upstream:5000 \
    -p 127.0.0.1::5000 dockerlab/registry
cache=$(docker port ex04-cache 5000)
for i in $(seq 50); do curl -sf http://$cache/v2/ > /dev/null && break; sleep 0.2; done
docker run --name ex04-echo $cache/dockerlab/busybox echo hello through my cache
""",
)
def _cache(client: Any) -> str:
    info = need_container(
        client, "ex04-cache", _("run the cache: {command}").format(command=_CACHE_RUN)
    )
    image = _without_tag(str(info["Config"]["Image"]))
    if image != "dockerlab/registry":
        raise NotYet(
            _("ex04-cache runs {image}, not dockerlab/registry").format(image=image),
            _("remove it (docker rm -f ex04-cache) and run: {command}").format(command=_CACHE_RUN),
        )
    env = dict(e.split("=", 1) for e in info["Config"].get("Env") or [] if "=" in e)
    if not env.get("REGISTRY_PROXY_REMOTEURL"):
        raise NotYet(
            _("ex04-cache is a plain registry: it has no upstream to fetch from"),
            _(
                "give it one: -e REGISTRY_PROXY_REMOTEURL=http://IP:5000, with the IP "
                "of dockerlab-registry (docker inspect); docker rm -f ex04-cache "
                "first"
            ),
        )
    bindings = (info["HostConfig"].get("PortBindings") or {}).get("5000/tcp") or []
    if not bindings or any(b.get("HostIp") != "127.0.0.1" for b in bindings):
        raise NotYet(
            _("ex04-cache does not publish port 5000 on 127.0.0.1 only"),
            _("publish it with -p 127.0.0.1::5000 (docker rm -f ex04-cache first)"),
        )
    echo = need_container(
        client,
        "ex04-echo",
        _(
            "run it through the cache: docker run --name ex04-echo "
            "$(docker port ex04-cache 5000)/dockerlab/busybox echo hello through my cache"
        ),
    )
    ref = _without_tag(str(echo["Config"]["Image"]))
    kit = kit_registry(client=client)
    if not re.fullmatch(r"127\.0\.0\.1:\d+/dockerlab/busybox", ref) or ref.startswith(kit + "/"):
        raise NotYet(
            _("ex04-echo runs {image}, not an image pulled through ex04-cache").format(image=ref),
            _(
                "name the cache's address in front: $(docker port ex04-cache "
                "5000)/dockerlab/busybox (docker rm ex04-echo first)"
            ),
        )
    if not _cache_holds(client, "ex04-cache", "dockerlab/busybox"):
        raise NotYet(
            _("ex04-cache keeps no copy of dockerlab/busybox"),
            _(
                "pull through the cache, not from the course registry: docker rm "
                "ex04-echo, then docker run it again with the cache's address"
            ),
        )
    return _(
        "ex04-cache fetched dockerlab/busybox from its upstream and kept a copy, and "
        "ex04-echo ran it: a pull-through cache of your own"
    )
