"""What the checks ask the Engine (and the kit registry)."""

from __future__ import annotations

from typing import Any

import docker.errors

from ..i18n import _
from .base import NotYet

__all__ = ["container", "exec_output", "image", "logs_text", "need_container"]


def container(client: Any, name: str) -> dict[str, Any] | None:
    """``docker inspect NAME`` for a container, or None."""
    try:
        return client.api.inspect_container(name)
    except docker.errors.NotFound:
        return None


def need_container(client: Any, name: str, hint: str | None = None) -> dict[str, Any]:
    """The inspect JSON of container ``name``, or :class:`NotYet` saying it is missing."""
    info = container(client, name)
    if info is None:
        raise NotYet(_("there is no container named {name}").format(name=name),
                     hint or _("create it with `--name {name}`").format(name=name))
    return info


def image(client: Any, ref: str) -> dict[str, Any] | None:
    """``docker inspect REF`` for an image, or None."""
    try:
        return client.api.inspect_image(ref)
    except (docker.errors.NotFound, docker.errors.APIError):
        return None


def logs_text(client: Any, name: str) -> str:
    return client.api.logs(name, stdout=True, stderr=True).decode("utf-8", "replace")


def exec_output(client: Any, name: str, argv: list[str]) -> tuple[int, str]:
    exec_id = client.api.exec_create(name, argv)["Id"]
    output = client.api.exec_start(exec_id).decode("utf-8", "replace")
    return int(client.api.exec_inspect(exec_id)["ExitCode"]), output
