"""Translate docker-py's and requests' failures into the DockerlabError a learner reads,
once, for the Engine adapter (:mod:`dockerlab.engine`).

The Engine answers a refused request with an HTTP status and a JSON ``message``; docker-py's
own status check turns that into ``docker.errors.APIError`` (``NotFound`` for 404).
:func:`translate` reads the same two things and names the input and the fix; the result keeps
the status on ``status_code`` and the docker-py exception on ``__cause__``.

>>> import docker.errors
>>> from dockerlab.i18n import language_scope
>>> with language_scope("en"):
...     err = translate(docker.errors.APIError("409", explanation="Container 3f2a is paused, "
...                     "unpause the container before exec"), "container", "web")
>>> type(err).__name__, err.hint
('ContainerNotRunning', 'it is paused: resume it with `docker unpause web`')
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator

import docker.errors
import requests.exceptions

from .client import EngineTarget, engine_target, unavailable
from .errors import (
    AmbiguousName,
    ContainerNotFound,
    ContainerNotRunning,
    DockerlabError,
    EngineError,
    ImageNotFound,
    InvalidReference,
    NotFound,
    PortInUse,
)
from .i18n import _

#: The Engine a call went to, or how to find out (only asked when it did not answer).
Target = EngineTarget | Callable[[], EngineTarget] | None

__all__ = ["ENGINE_FAILURES", "ObjectNotFound", "engine_errors", "explanation", "translate"]

#: The exceptions an Engine call may raise before :func:`translate` turns them into ours.
ENGINE_FAILURES: tuple[type[BaseException], ...] = (
    docker.errors.DockerException,
    requests.exceptions.RequestException,
    ConnectionError,
)


class ObjectNotFound(NotFound):
    """Neither a container nor an image has that name."""

    kind = "object"


def explanation(exc: BaseException) -> str:
    """The Engine's own words for a failure (its JSON ``message``), else the exception's."""
    return str(getattr(exc, "explanation", None) or exc)


_PORT = re.compile(r"(?:127\.0\.0\.1|0\.0\.0\.0|\[::\]|::):(\d+)")


def translate(
    exc: BaseException,
    kind: str | None = None,
    name: str | None = None,
    target: Target = None,
) -> DockerlabError:
    """The :class:`~dockerlab.DockerlabError` for a docker-py or requests failure.

    ``kind`` ("container", "image", or None for either) and ``name`` say what was asked for.
    ``target`` is the Engine the call went to (default: where the environment points).
    The result keeps the Engine's status (``status_code``) and ``exc`` as its cause.
    """
    if isinstance(exc, DockerlabError):
        return exc
    status = getattr(exc, "status_code", None)
    error: DockerlabError
    if isinstance(exc, docker.errors.APIError):
        error = _refusal(exc, kind, name)
    elif isinstance(exc, docker.errors.ImageNotFound):
        error = ImageNotFound(name or "?")
    else:  # no answer: the socket, the connection, a timeout, docker-py's own checks
        where = target() if callable(target) else target
        error = unavailable(where or engine_target(), exc)
    if status is not None:
        error.status_code = int(status)
    error.__cause__ = exc
    return error


def _refusal(exc: docker.errors.APIError, kind: str | None, name: str | None) -> DockerlabError:
    text = explanation(exc)
    lowered = text.lower()
    subject = name or "?"
    if "multiple ids found" in lowered or "ambiguous" in lowered:
        return AmbiguousName(subject)
    if (
        "invalid reference format" in lowered
        or "repository name must" in lowered
        or "invalid repository name" in lowered
    ):
        return InvalidReference(subject, text.rsplit(": ", 1)[-1])
    if exc.status_code == 404 or isinstance(exc, docker.errors.NotFound):
        if kind == "image" or (kind is None and "image" in lowered):
            return ImageNotFound(subject)
        if kind == "container" or "no such container" in lowered:
            return ContainerNotFound(subject)
        return ObjectNotFound(subject)
    if "is paused" in lowered:
        return ContainerNotRunning(subject, _("paused"))
    if "is not running" in lowered:
        return ContainerNotRunning(subject, _("not running"))
    if "port is already allocated" in lowered or "address already in use" in lowered:
        port = _PORT.search(text)
        return PortInUse(
            int(port.group(1)) if port else 0,
            text.splitlines()[0],
            hint=_(
                "publish another host port, or let Docker pick one: "
                "`-p 127.0.0.1::80`, then `docker port NAME 80`"
            ),
        )
    return EngineError(
        _("the Engine refused: {text}").format(text=text),
        subject=name,
        hint=_("read the Engine's message above; the docker CLI says the same"),
    )


@contextlib.contextmanager
def engine_errors(
    kind: str | None = None, name: str | None = None, target: Target = None
) -> Iterator[None]:
    """Run Engine calls, re-raising their failures as :class:`~dockerlab.DockerlabError`."""
    try:
        yield
    except DockerlabError:
        raise
    except ENGINE_FAILURES as exc:
        raise translate(exc, kind, name, target) from exc
