"""``docker inspect``, ``docker info``, ``docker version``: the Engine's JSON as Documents."""

from __future__ import annotations

import sys
from typing import Any

import docker
import docker.errors

from ._engine import ObjectNotFound, engine_errors, explanation
from .client import resolve
from .cmdline import command_line
from .documents import Document, render_info, render_version
from .errors import InvalidReference, NotFound

__all__ = ["image_store", "info", "inspect", "version"]


def inspect(name_or_id: str, *, client: Any = None) -> Document:
    """``docker inspect NAME|ID``: a container's or an image's full JSON (containers first,
    as the CLI looks). Displayed, the CLI's JSON; indexed, the dict::

        >>> inspect("web")["State"]["Status"]                           # doctest: +SKIP
        'running'
    """
    api = resolve(client).api
    cmd = command_line("docker inspect", args=[name_or_id])
    try:
        with engine_errors():
            data = api.inspect_container(name_or_id)
    except NotFound:
        try:
            data = api.inspect_image(name_or_id)
        except docker.errors.NotFound:
            raise ObjectNotFound(name_or_id) from None
        except docker.errors.APIError as exc:
            if "invalid reference" in explanation(exc).lower():
                raise InvalidReference(name_or_id) from None
            with engine_errors("image", name_or_id):
                raise
    return Document(data, command=cmd)


def info(*, client: Any = None) -> Document:
    """``docker info``: the Engine's configuration (``GET /info``), e.g.
    ``info()["RegistryConfig"]["Mirrors"]``."""
    api = resolve(client).api
    with engine_errors():
        data = api.info()
    return Document(data, command="docker info", text=render_info(data))


def image_store(info_json: Any = None, *, client: Any = None) -> str:
    """Which image store the Engine keeps images in: ``"containerd"`` (Docker Desktop's
    default, and new installs from Engine 29) or ``"classic"`` (the graph drivers, overlay2...).
    They answer some requests differently: digests, ``rmi`` output, pull progress wording.

    >>> image_store({"DriverStatus": [["driver-type", "io.containerd.snapshotter.v1"]]})
    'containerd'
    >>> image_store({"Driver": "overlay2", "DriverStatus": [["Backing Filesystem", "extfs"]]})
    'classic'
    """
    data = info_json if info_json is not None else resolve(client).api.info()
    status = dict((pair[0], pair[1]) for pair in data.get("DriverStatus") or [] if len(pair) == 2)
    return "containerd" if "containerd" in status.get("driver-type", "") else "classic"


def version(*, client: Any = None) -> Document:
    """``docker version``: the Engine's versions (``GET /version``), plus this client's."""
    from . import __version__

    dc = resolve(client)
    with engine_errors():
        data = dc.api.version()
    client_side = {
        "dockerlab": __version__,
        "docker-py": docker.__version__,
        "API version": f"{dc.api.api_version} (negotiated with the Engine)",
        "Python": sys.version.split()[0],
    }
    return Document(data, command="docker version", text=render_version(data, client_side))
