"""What the checks ask the Engine (and the kit registry), through the Engine adapter: a
missing container or image is None, any other Engine failure a DockerlabError."""

from __future__ import annotations

from typing import Any

import docker

from ..engine import Engine
from ..i18n import _
from .base import NotYet

__all__ = [
    "container",
    "exec_output",
    "image",
    "labelled_containers",
    "logs_text",
    "need_container",
    "network",
    "volume",
]


def container(client: docker.DockerClient, name: str) -> dict[str, Any] | None:
    """``docker inspect NAME`` for a container, or None."""
    return Engine.of(client).find_container(name)


def need_container(
    client: docker.DockerClient, name: str, hint: str | None = None
) -> dict[str, Any]:
    """The inspect JSON of container ``name``, or :class:`NotYet` saying it is missing."""
    info = container(client, name)
    if info is None:
        raise NotYet(
            _("there is no container named {name}").format(name=name),
            hint or _("create it with `--name {name}`").format(name=name),
        )
    return info


def image(client: docker.DockerClient, ref: str) -> dict[str, Any] | None:
    """``docker inspect REF`` for an image, or None."""
    return Engine.of(client).find_image(ref)


def logs_text(client: docker.DockerClient, name: str) -> str:
    """``docker logs NAME``: stdout and stderr, as text."""
    return Engine.of(client).logs_text(name)


def exec_output(client: docker.DockerClient, name: str, argv: list[str]) -> tuple[int, str]:
    """``docker exec NAME ARGV``: its exit code and output."""
    return Engine.of(client).exec_output(name, argv)


def labelled_containers(client: docker.DockerClient, labels: list[str]) -> list[dict[str, Any]]:
    """``docker inspect`` of every container carrying all ``labels`` (``key=value``), as
    ``docker ps -a --filter label=…`` finds them, by name."""
    rows = Engine.of(client).containers(all=True, filters={"label": list(labels)})
    found = [info for row in rows if (info := container(client, row["Id"])) is not None]
    return sorted(found, key=lambda info: str(info.get("Name", "")))


def network(client: docker.DockerClient, name: str) -> dict[str, Any] | None:
    """``docker network ls`` row of the network called exactly ``name``, or None (the
    Engine's ``name`` filter also matches parts of names)."""
    rows = Engine.of(client).networks(filters={"name": name})
    return next((row for row in rows if row.get("Name") == name), None)


def volume(client: docker.DockerClient, name: str) -> dict[str, Any] | None:
    """``docker volume inspect NAME``, or None."""
    return Engine.of(client).find_volume(name)
