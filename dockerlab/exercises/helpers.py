"""What the checks ask the Engine (and the kit registry)."""

from __future__ import annotations

from typing import Any

import docker.errors

__all__ = ["container", "exec_output", "image", "labelled", "logs_text"]


def container(client: Any, name: str) -> dict[str, Any] | None:
    """``docker inspect NAME`` for a container, or None."""
    try:
        return client.api.inspect_container(name)
    except docker.errors.NotFound:
        return None


def image(client: Any, ref: str) -> dict[str, Any] | None:
    """``docker inspect REF`` for an image, or None."""
    try:
        return client.api.inspect_image(ref)
    except (docker.errors.NotFound, docker.errors.APIError):
        return None


def labelled(info: dict[str, Any], section: str) -> bool:
    return (info.get("Config", {}).get("Labels") or {}).get("dockerlab.course") == section


def logs_text(client: Any, name: str) -> str:
    return client.api.logs(name, stdout=True, stderr=True).decode("utf-8", "replace")


def exec_output(client: Any, name: str, argv: list[str]) -> tuple[int, str]:
    exec_id = client.api.exec_create(name, argv)["Id"]
    output = client.api.exec_start(exec_id).decode("utf-8", "replace")
    return int(client.api.exec_inspect(exec_id)["ExitCode"]), output
