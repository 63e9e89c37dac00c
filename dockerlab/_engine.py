"""Translate docker-py and requests failures into dockerlab errors that name the input."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import docker.errors
import requests.exceptions

from .client import engine_target, unavailable
from .errors import (
    ContainerNotFound,
    ContainerNotRunning,
    DockerlabError,
    EngineError,
    ImageNotFound,
    InvalidReference,
    NotFound,
)

__all__ = ["ObjectNotFound", "engine_errors", "explanation"]


class ObjectNotFound(NotFound):
    """Neither a container nor an image has that name."""

    kind = "container or image"
    list_command = "docker ps -a` and `docker images"


def explanation(exc: docker.errors.APIError) -> str:
    return str(getattr(exc, "explanation", None) or exc)


@contextmanager
def engine_errors(kind: str | None = None, name: str | None = None) -> Iterator[None]:
    """Run Engine calls, re-raising failures as :class:`~dockerlab.DockerlabError` subclasses.

    ``kind`` ("container", "image" or None for either) and ``name`` say what was asked for.
    """
    try:
        yield
    except DockerlabError:
        raise
    except docker.errors.NotFound as exc:
        text = explanation(exc)
        if kind == "image" or (kind is None and "image" in text.lower()):
            raise ImageNotFound(name or "?") from None
        if kind == "container":
            raise ContainerNotFound(name or "?") from None
        raise ObjectNotFound(name or "?") from None
    except docker.errors.APIError as exc:
        text = explanation(exc)
        lowered = text.lower()
        if "invalid reference format" in lowered or "repository name must be" in lowered:
            raise InvalidReference(name or text) from None
        if "is not running" in lowered:
            raise ContainerNotRunning(name or "?", "not running") from None
        raise EngineError(f"the Engine refused: {text}", subject=name,
                          hint="read the Engine's message above; the docker CLI says the same")\
            from None
    except (requests.exceptions.ConnectionError, docker.errors.DockerException) as exc:
        raise unavailable(engine_target(), exc) from None
