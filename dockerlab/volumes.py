"""``docker volume ls`` as a :class:`~dockerlab.CliFrame`: one Engine call (``GET
/volumes``), handed to the pure builder in :mod:`dockerlab.frames.volumes`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import docker

from .cmdline import command_line
from .engine import Engine
from .frames.volumes import volumes_frame
from .table import CliFrame

__all__ = ["volumes"]


def volumes(
    *,
    quiet: bool = False,
    filters: Mapping[str, Any] | None = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker volume ls``: DRIVER and VOLUME NAME, names in the CLI's natural order.

    ``quiet`` (``-q``) gives names only; ``filters`` takes the CLI's ``--filter`` keys:
    ``name`` (part of a name), ``label``, ``driver``, ``dangling`` (True: used by no
    container). Typed columns: ``name``, ``driver``, ``scope``, ``mountpoint``, ``created``,
    ``labels``, ``options``, ``size`` and ``links``. For example, this course's volumes that
    no container uses, oldest first::

        >>> frame = volumes(filters={"name": "nb11", "dangling": True})    # doctest: +SKIP
        >>> frame.sort_values("created")[["name", "created"]]              # doctest: +SKIP
    """
    cmd = command_line("docker volume ls", [("-q", quiet)], filters=filters)
    raw = Engine.of(client).volumes(filters=filters)
    return volumes_frame(raw, quiet=quiet, command=cmd)
