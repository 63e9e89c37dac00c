"""Pure: ``Document``, the Engine's JSON as a dict that displays as the CLI's text.

``inspect()``, ``info()`` and ``version()`` return one. Index it like the dict docker-py gives
(``info()["RegistryConfig"]``); display it and you read what ``docker info`` prints;
``to_frame()`` flattens it into KEY/VALUE rows for pandas.

>>> doc = Document({"Name": "web", "State": {"Running": True, "Pid": 42}},
...                command="docker inspect web")
>>> doc["State"]["Pid"]
42
>>> print(doc.to_frame().to_cli())
KEY             VALUE
Name            web
State.Running   true
State.Pid       42
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from .format import bytes_size
from .table import CliFrame, CliView

__all__ = ["Document", "flatten", "render_info", "render_version"]


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def flatten(data: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """Nested mappings → (dotted key, value) pairs; lists stay values.

    >>> flatten({"a": {"b": 1, "c": {}}, "d": [1, 2]})
    [('a.b', 1), ('a.c', {}), ('d', [1, 2])]
    """
    out: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            out.extend(flatten(value, name + "."))
        else:
            out.append((name, value))
    return out


class Document(dict):
    """The Engine's JSON (a real dict) that displays as the CLI's text."""

    def __init__(self, data: Mapping[str, Any], *, command: str, text: str | None = None) -> None:
        super().__init__(data)
        self.command = command
        self._text = text

    @property
    def text(self) -> str:
        """What the CLI prints (``docker inspect`` prints a JSON array, 4-space indented)."""
        if self._text is None:
            return json.dumps([dict(self)], indent=4, ensure_ascii=False)
        return self._text

    def to_frame(self) -> CliFrame:
        """KEY/VALUE rows with dotted keys; ``value`` keeps the typed value."""
        pairs = flatten(self)
        return CliFrame(
            {
                "KEY": [k for k, _ in pairs],
                "VALUE": [_scalar(v) for _, v in pairs],
                "value": [v for _, v in pairs],
            },
            cli=CliView(self.command, ("KEY", "VALUE")),
        )

    def __repr__(self) -> str:
        return f"$ {self.command}\n{self.text}"

    def _repr_html_(self) -> str:
        return (
            f'<div class="dockerlab-cli"><div style="opacity:.75">$ '
            f"{html.escape(self.command)}</div><pre>{html.escape(self.text)}</pre></div>"
        )


def _lines(pairs: list[tuple[int, str, Any]]) -> str:
    out = []
    for indent, key, value in pairs:
        if isinstance(value, list):
            if not value:
                continue
            out.append(" " * indent + f"{key}:")
            out.extend(" " * (indent + 1) + _scalar(v) for v in value)
        else:
            out.append(" " * indent + f"{key}: {_scalar(value)}".rstrip())
    return "\n".join(out)


def render_info(info: Mapping[str, Any]) -> str:
    """The Server part of ``docker info``, from ``GET /info``."""
    registry = info.get("RegistryConfig") or {}
    insecure = list(registry.get("InsecureRegistryCIDRs") or [])
    insecure += [
        name
        for name, index in (registry.get("IndexConfigs") or {}).items()
        if not index.get("Secure", True)
    ]
    pairs: list[tuple[int, str, Any]] = [
        (1, "Containers", info.get("Containers")),
        (2, "Running", info.get("ContainersRunning")),
        (2, "Paused", info.get("ContainersPaused")),
        (2, "Stopped", info.get("ContainersStopped")),
        (1, "Images", info.get("Images")),
        (1, "Server Version", info.get("ServerVersion")),
        (1, "Storage Driver", info.get("Driver")),
        (1, "Logging Driver", info.get("LoggingDriver")),
        (1, "Cgroup Driver", info.get("CgroupDriver")),
        (1, "Cgroup Version", info.get("CgroupVersion")),
        (1, "Kernel Version", info.get("KernelVersion")),
        (1, "Operating System", info.get("OperatingSystem")),
        (1, "OSType", info.get("OSType")),
        (1, "Architecture", info.get("Architecture")),
        (1, "CPUs", info.get("NCPU")),
        (1, "Total Memory", bytes_size(info.get("MemTotal") or 0)),
        (1, "Name", info.get("Name")),
        (1, "ID", info.get("ID")),
        (1, "Docker Root Dir", info.get("DockerRootDir")),
        (1, "Debug Mode", info.get("Debug")),
        (1, "Insecure Registries", insecure),
        (1, "Registry Mirrors", list(registry.get("Mirrors") or [])),
        (1, "Live Restore Enabled", info.get("LiveRestoreEnabled")),
    ]
    return "Server:\n" + _lines([p for p in pairs if p[2] is not None])


def render_version(version: Mapping[str, Any], client: Mapping[str, str]) -> str:
    """``docker version``: our client side (docker-py), then the Engine's components."""
    pairs: list[tuple[int, str, Any]] = [(1, k, v) for k, v in client.items()]
    lines = [
        "Client:",
        _lines(pairs),
        "",
        f"Server: {version.get('Platform', {}).get('Name', '')}".rstrip(),
    ]
    for component in version.get("Components") or []:
        name = component.get("Name", "")
        lines.append(f" {name}:")
        details = dict(component.get("Details") or {})
        if name == "Engine":
            details = {
                "Version": component.get("Version"),
                "API version": f"{version.get('ApiVersion')} (minimum version "
                f"{version.get('MinAPIVersion')})",
                "Go version": version.get("GoVersion"),
                "Git commit": version.get("GitCommit"),
                "Built": version.get("BuildTime"),
                "OS/Arch": f"{version.get('Os')}/{version.get('Arch')}",
                "Experimental": details.get("Experimental", "false"),
            }
        else:
            details = {"Version": component.get("Version"), **details}
        lines.append(_lines([(2, k, v) for k, v in details.items()]))
    return "\n".join(lines)
