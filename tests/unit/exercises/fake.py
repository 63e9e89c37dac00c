"""A stand-in for a docker-py client, serving canned Engine JSON to exercise checks, so their
failure paths are tested without an Engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import docker.errors


def container(
    name: str,
    *,
    image: str = "dockerlab/busybox",
    cmd: list[str] | None = None,
    running: bool = False,
    exit_code: int = 0,
    tty: bool = False,
    stdin: bool = False,
    **extra: Any,
) -> dict[str, Any]:
    """The parts of ``docker inspect`` JSON the checks read."""
    info = {
        "Id": f"{abs(hash(name)):064x}"[:64],
        "Name": f"/{name}",
        "Config": {
            "Image": image,
            "Cmd": cmd or ["sh"],
            "Tty": tty,
            "OpenStdin": stdin,
            "Env": [],
            "Labels": {},
        },
        "State": {
            "Running": running,
            "ExitCode": exit_code,
            "Status": "running" if running else "exited",
            "StartedAt": "2026-01-01T00:00:00Z",
        },
        "HostConfig": {},
        "NetworkSettings": {"Ports": {}},
        "Mounts": [],
    }
    for key, value in extra.items():
        info[key] = {**info.get(key, {}), **value} if isinstance(value, dict) else value
    return info


@dataclass
class FakeAPI:
    containers: dict[str, dict[str, Any]] = field(default_factory=dict)
    logs_by_name: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, list[str]] = field(default_factory=dict)
    images: dict[str, dict[str, Any]] = field(default_factory=dict)

    def _find(self, name_or_id: str) -> dict[str, Any]:
        for name, info in self.containers.items():
            if name_or_id in (name, info["Id"]):
                return info
        raise docker.errors.NotFound(f"No such container: {name_or_id}")

    def inspect_container(self, name: str) -> dict[str, Any]:
        return self._find(name)

    def logs(self, name: str, **_: Any) -> bytes:
        info = self._find(name)
        return self.logs_by_name.get(info["Name"].lstrip("/"), "").encode()

    def diff(self, name: str) -> list[dict[str, Any]]:
        info = self._find(name)
        return [{"Path": p, "Kind": 1} for p in self.diffs.get(info["Name"].lstrip("/"), [])]

    def inspect_image(self, ref: str) -> dict[str, Any]:
        if ref not in self.images:
            raise docker.errors.NotFound(f"No such image: {ref}")
        return self.images[ref]


@dataclass
class FakeClient:
    api: FakeAPI
