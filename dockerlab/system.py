"""``docker inspect``, ``docker info``, ``docker version``: the Engine's JSON as Documents."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import docker

from .cmdline import command_line
from .documents import Document, render_info, render_version
from .engine import Engine, ObjectNotFound
from .errors import ContainerNotFound, ImageNotFound, InvalidReference
from .i18n import _
from .references import check_name

__all__ = ["image_store", "info", "inspect", "version"]


def inspect(name_or_id: str, *, client: docker.DockerClient | None = None) -> Document:
    """``docker inspect NAME|ID``: a container's or an image's full JSON (containers first,
    as the CLI looks). Displayed, the CLI's JSON; indexed, the dict::

        >>> inspect("web")["State"]["Status"]                           # doctest: +SKIP
        'running'
    """
    engine = Engine.of(client)
    check_name(name_or_id, "container or image")
    cmd = command_line("docker inspect", args=[name_or_id])
    try:
        data = engine.inspect_container(name_or_id)
    except ContainerNotFound:
        try:
            data = engine.inspect_image(name_or_id)
        except (ImageNotFound, InvalidReference) as exc:  # "Web", "名字": no image either
            raise ObjectNotFound(name_or_id) from exc.__cause__
    return Document(data, command=cmd)


def info(*, client: docker.DockerClient | None = None) -> Document:
    """``docker info``: the Engine's configuration (``GET /info``), e.g.
    ``info()["RegistryConfig"]["Mirrors"]``."""
    data = Engine.of(client).info()
    return Document(data, command="docker info", text=render_info(data))


def image_store(
    info_json: Mapping[str, Any] | None = None, *, client: docker.DockerClient | None = None
) -> str:
    """Which image store the Engine keeps images in: ``"containerd"`` (Docker Desktop's
    default, and new installs from Engine 29) or ``"classic"`` (the graph drivers, overlay2...).
    They answer some requests differently: digests, ``rmi`` output, pull progress wording.

    >>> image_store({"DriverStatus": [["driver-type", "io.containerd.snapshotter.v1"]]})
    'containerd'
    >>> image_store({"Driver": "overlay2", "DriverStatus": [["Backing Filesystem", "extfs"]]})
    'classic'
    """
    data = info_json if info_json is not None else Engine.of(client).info()
    status = dict((pair[0], pair[1]) for pair in data.get("DriverStatus") or [] if len(pair) == 2)
    return "containerd" if "containerd" in status.get("driver-type", "") else "classic"


def version(*, client: docker.DockerClient | None = None) -> Document:
    """``docker version``: the Engine's versions (``GET /version``), plus this client's."""
    from ._version import __version__

    engine = Engine.of(client)
    data = engine.version()
    client_side = {
        "dockerlab": __version__,
        "docker-py": docker.__version__,
        "API version": _("{version} (negotiated with the Engine)").format(
            version=engine.api_version
        ),
        "Python": sys.version.split()[0],
    }
    return Document(data, command="docker version", text=render_version(data, client_side))
