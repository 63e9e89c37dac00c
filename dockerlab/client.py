"""Connecting to the Docker Engine the way the docker CLI does.

The docker CLI picks its Engine from ``DOCKER_HOST`` (with the TLS variables), else from the
current *context* (``DOCKER_CONTEXT``, else ``currentContext`` in ``~/.docker/config.json``),
else the default socket. docker-py's ``docker.from_env()`` only learned about contexts in 7.2,
so :func:`connect` resolves them itself and behaves the same on every supported docker-py.

Every other dockerlab function takes ``client=`` and otherwise uses one lazily created default
client (:func:`default_client`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import docker
import docker.errors
from docker.context import ContextAPI
from docker.utils.utils import kwargs_from_env

from .errors import DockerlabError, EngineUnavailable

__all__ = ["EngineTarget", "connect", "default_client", "engine_target", "resolve"]

#: Seconds to wait for the Engine's first answer before giving up.
CONNECT_TIMEOUT = 10.0
#: Seconds an ordinary request may take once connected (docker-py's own default).
REQUEST_TIMEOUT = 60.0
DEFAULT_SOCKET = "unix:///var/run/docker.sock"


@dataclass(frozen=True)
class EngineTarget:
    """Where a client will connect, and why there."""

    base_url: str
    source: str
    tls: Any = None

    def __str__(self) -> str:
        return f"{self.base_url} (from {self.source})"


def engine_target(environ: Mapping[str, str] | None = None) -> EngineTarget:
    """Resolve the Engine address as the docker CLI would.

    >>> engine_target({"DOCKER_HOST": "tcp://127.0.0.1:2375"})
    EngineTarget(base_url='tcp://127.0.0.1:2375', source='DOCKER_HOST', tls=None)
    """
    env = dict(os.environ if environ is None else environ)
    if env.get("DOCKER_HOST"):
        params = kwargs_from_env(environment=env)
        return EngineTarget(params["base_url"], "DOCKER_HOST", params.get("tls"))
    name = env.get("DOCKER_CONTEXT") or _current_context_name()
    if name and name != "default":
        try:
            ctx = ContextAPI.get_context(name)
        except docker.errors.DockerException as exc:
            raise _bad_context(name, str(exc)) from exc
        if ctx is None:
            raise _bad_context(name, "no such context")
        if ctx.Host:
            return EngineTarget(ctx.Host, f"docker context {name!r}", ctx.TLSConfig)
    return EngineTarget(DEFAULT_SOCKET, "the default socket")


def _current_context_name() -> str:
    from docker.context.config import get_current_context_name

    return str(get_current_context_name() or "default")


def _bad_context(name: str, reason: str) -> DockerlabError:
    return DockerlabError(
        f"docker context {name!r} cannot be used: {reason}",
        subject=name,
        hint="list contexts with `docker context ls` and pick one with `docker context use NAME`",
    )


def connect(*, timeout: float = CONNECT_TIMEOUT, environ: Mapping[str, str] | None = None):
    """Return a docker-py ``DockerClient`` for the Engine the docker CLI would use.

    Raises :class:`~dockerlab.EngineUnavailable` within ``timeout`` seconds when nothing
    answers, naming the address tried and the likely fixes.
    """
    target = engine_target(environ)
    try:
        client = docker.DockerClient(base_url=target.base_url, tls=target.tls or False,
                                     timeout=timeout)
    except docker.errors.DockerException as exc:
        raise unavailable(target, exc) from None
    client.api.timeout = REQUEST_TIMEOUT
    return client


def unavailable(target: EngineTarget, exc: BaseException) -> EngineUnavailable:
    """Turn a connection failure into an error that says what to do."""
    text = str(exc)
    path = target.base_url.removeprefix("unix://").removeprefix("http+unix://")
    fixes = []
    if "PermissionError" in text or "Permission denied" in text:
        reason = f"permission denied on {path}"
        fixes.append(
            "add yourself to the docker group (`sudo usermod -aG docker $USER`, then log out "
            "and in) or run as root; know that the docker group is root-equivalent: its "
            "members can start a container that mounts / and so become root on this machine"
        )
    elif "FileNotFoundError" in text or "No such file" in text:
        reason = f"{path} does not exist, so no Engine is running there"
    elif "timed out" in text.lower() or "timeout" in text.lower():
        reason = "the Engine did not answer in time"
    elif "Connection refused" in text:
        reason = "connection refused"
    else:
        reason = text.splitlines()[0] if text else type(exc).__name__
    fixes.append(
        "start Docker Desktop, or the docker service (`sudo systemctl start docker`, or "
        "`sudo dockerd &` where there is no systemd)"
    )
    if target.source == "DOCKER_HOST":
        fixes.append(f"check DOCKER_HOST={target.base_url} (unset it to use the default socket)")
    elif target.source.startswith("docker context"):
        fixes.append("check the context with `docker context ls`")
    else:
        fixes.append("set DOCKER_HOST if your Engine listens elsewhere")
    return EngineUnavailable(str(target), reason, "; ".join(fixes))


_default: Any = None
_lock = threading.Lock()


def default_client():
    """The shared client every dockerlab function uses unless given ``client=``."""
    global _default
    with _lock:
        if _default is None:
            _default = connect()
        return _default


def resolve(client=None):
    """``client`` if given, else the default client."""
    return client if client is not None else default_client()
