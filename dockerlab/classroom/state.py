"""The running class's settings and secrets, kept in one file (``STATE/classroom.json``,
readable by its owner only), and the environment the hub configuration reads.

>>> settings = Settings(learners=["learner01"], port=8000, hub_port=8081,
...     proxy_api_port=8001, service_port=8002, password="p" * 12, admin_password="a" * 32,
...     token="t", state="/tmp/x")
>>> env = settings.hub_environment()
>>> env["DOCKERLAB_CLASSROOM_LEARNERS"], env["DOCKERLAB_CLASSROOM_PORT"]
('learner01', '8000')
>>> settings.url
'http://127.0.0.1:8000'
>>> learner_names(3)
['learner01', 'learner02', 'learner03']
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DockerlabError
from ..i18n import _

__all__ = ["Settings", "default_state", "free_port", "learner_names", "load", "save"]


@dataclass
class Settings:
    """Everything ``classroom up`` chose; ``hub_environment()`` hands it to the config."""

    learners: list[str]
    port: int
    hub_port: int
    proxy_api_port: int
    service_port: int
    password: str
    admin_password: str
    token: str
    state: str
    instructor: str = "instructor"
    bind: str = "127.0.0.1"
    image: str = "dockerlab/classroom:latest"
    dind: str = "privileged"
    cap_drop: list[str] = field(default_factory=list)
    memory: str = "2G"
    cpus: float = 1.0
    pids: int = 2048
    cull_idle: int = 3600
    subnet: str = "10.213.0.0/16"
    language: str = "zh"
    docker_host: str = ""
    hub_pid: int = 0

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "") else self.bind
        return f"http://{host}:{self.port}"

    @property
    def everyone(self) -> list[str]:
        return [*self.learners, self.instructor]

    def hub_environment(self) -> dict[str, str]:
        env = {
            "DOCKERLAB_CLASSROOM_STATE": self.state,
            "DOCKERLAB_CLASSROOM_LEARNERS": " ".join(self.learners),
            "DOCKERLAB_CLASSROOM_INSTRUCTOR": self.instructor,
            "DOCKERLAB_CLASSROOM_BIND": self.bind,
            "DOCKERLAB_CLASSROOM_PORT": str(self.port),
            "DOCKERLAB_CLASSROOM_HUB_PORT": str(self.hub_port),
            "DOCKERLAB_CLASSROOM_PROXY_API_PORT": str(self.proxy_api_port),
            "DOCKERLAB_CLASSROOM_SERVICE_PORT": str(self.service_port),
            "DOCKERLAB_CLASSROOM_PASSWORD": self.password,
            "DOCKERLAB_CLASSROOM_ADMIN_PASSWORD": self.admin_password,
            "DOCKERLAB_CLASSROOM_TOKEN": self.token,
            "DOCKERLAB_CLASSROOM_IMAGE": self.image,
            "DOCKERLAB_CLASSROOM_DIND": self.dind,
            "DOCKERLAB_CLASSROOM_CAP_DROP": " ".join(self.cap_drop),
            "DOCKERLAB_CLASSROOM_MEMORY": self.memory,
            "DOCKERLAB_CLASSROOM_CPUS": str(self.cpus),
            "DOCKERLAB_CLASSROOM_PIDS": str(self.pids),
            "DOCKERLAB_CLASSROOM_CULL_IDLE": str(self.cull_idle),
            "DOCKERLAB_CLASSROOM_SUBNET": self.subnet,
        }
        env["DOCKERLAB_LANG"] = self.language
        if self.docker_host:
            env["DOCKER_HOST"] = self.docker_host
        return env


def learner_names(count: int) -> list[str]:
    """``learner01`` … ``learnerNN``."""
    width = max(2, len(str(count)))
    return [f"learner{n:0{width}d}" for n in range(1, count + 1)]


def default_state() -> Path:
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "dockerlab" / "classroom"


def _file(state: Path) -> Path:
    return state / "classroom.json"


def save(settings: Settings) -> Path:
    path = _file(Path(settings.state))
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(dataclasses.asdict(settings), indent=2))
    os.chmod(partial, 0o600)
    partial.replace(path)
    return path


def load(state: Path) -> Settings | None:
    """The class running from ``state``, or None when there is none."""
    path = _file(state)
    if not path.is_file():
        return None
    return Settings(**json.loads(path.read_text()))


def free_port(host: str = "127.0.0.1", preferred: int | None = None) -> int:
    """``preferred`` when it is free on ``host``, else a port the kernel picks."""
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((host, port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise DockerlabError(
        _("no free port on {host}").format(host=host),
        subject=host,
        hint=_("stop something that listens there"),
    )  # pragma: no cover
