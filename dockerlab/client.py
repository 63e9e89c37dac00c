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

import docker
import docker.errors
from docker.context import ContextAPI
from docker.utils.utils import kwargs_from_env

from .errors import DockerlabError, EngineUnavailable
from .i18n import N_, _

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
    tls: docker.tls.TLSConfig | bool | None = None

    def __str__(self) -> str:
        return _("{url} (from {source})").format(url=self.base_url, source=_(self.source))


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
            raise _bad_context(name, _("no such context"))
        if ctx.Host:
            return EngineTarget(ctx.Host, f"docker context {name!r}", ctx.TLSConfig)
    return EngineTarget(DEFAULT_SOCKET, N_("the default socket"))


def _current_context_name() -> str:
    from docker.context.config import get_current_context_name

    return str(get_current_context_name() or "default")


def _bad_context(name: str, reason: str) -> DockerlabError:
    return DockerlabError(
        _("docker context {name!r} cannot be used: {reason}").format(name=name, reason=reason),
        subject=name,
        hint=_(
            "list contexts with `docker context ls` and pick one with `docker context use NAME`"
        ),
    )


def connect(
    *, timeout: float = CONNECT_TIMEOUT, environ: Mapping[str, str] | None = None
) -> docker.DockerClient:
    """Return a docker-py ``DockerClient`` for the Engine the docker CLI would use.

    Raises :class:`~dockerlab.EngineUnavailable` within ``timeout`` seconds when nothing
    answers, naming the address tried and the likely fixes.
    """
    target = engine_target(environ)
    try:
        # docker-py hands the timeout to requests, which takes seconds as a float
        client = docker.DockerClient(
            base_url=target.base_url,
            tls=target.tls or False,
            timeout=timeout,  # type: ignore[arg-type]
        )
    except docker.errors.DockerException as exc:
        raise unavailable(target, exc) from exc
    client.api.timeout = REQUEST_TIMEOUT  # type: ignore[assignment]
    return client


def unavailable(target: EngineTarget, exc: BaseException) -> EngineUnavailable:
    """Turn a connection failure into an error that says what to do."""
    text = str(exc)
    path = target.base_url.removeprefix("unix://").removeprefix("http+unix://")
    fixes = []
    if "PermissionError" in text or "Permission denied" in text:
        reason = _("permission denied on {path}").format(path=path)
        fixes.append(
            _(
                "run as root, or add yourself to the docker group (`sudo usermod -aG docker "
                "$USER`, then log out and in); know that the docker group is root-equivalent: "
                "whoever can use the Engine can mount the host's / in a container"
            )
        )
    elif "FileNotFoundError" in text or "No such file" in text:
        reason = _("{path} does not exist, so no Engine is running there").format(path=path)
    elif "timed out" in text.lower() or "timeout" in text.lower():
        reason = _("the Engine did not answer in time")
    elif "Connection refused" in text:
        reason = _("connection refused")
    else:
        reason = text.splitlines()[0] if text else type(exc).__name__
    fixes.append(
        _(
            "start Docker Desktop, or the docker service (`sudo systemctl start docker`, "
            "or `sudo dockerd &` where there is no systemd)"
        )
    )
    if target.source == "DOCKER_HOST":
        fixes.append(
            _("check DOCKER_HOST={url} (unset it to use the default socket)").format(
                url=target.base_url
            )
        )
    elif target.source.startswith("docker context"):
        fixes.append(_("check the context with `docker context ls`"))
    else:
        fixes.append(_("set DOCKER_HOST if your Engine listens elsewhere"))
    return EngineUnavailable(str(target), reason, _("; ").join(fixes))


_default: docker.DockerClient | None = None
_lock = threading.Lock()


def default_client() -> docker.DockerClient:
    """The shared client every dockerlab function uses unless given ``client=``."""
    global _default
    with _lock:
        if _default is None:
            _default = connect()
        return _default


def resolve(client: docker.DockerClient | None = None) -> docker.DockerClient:
    """``client`` if given, else the default client."""
    return client if client is not None else default_client()
