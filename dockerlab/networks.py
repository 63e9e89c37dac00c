"""``docker network ls`` as a :class:`~dockerlab.CliFrame`: one Engine call (``GET
/networks``), handed to the pure builder in :mod:`dockerlab.frames.networks`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import docker

from .cmdline import command_line
from .engine import Engine
from .frames.networks import networks_frame
from .table import CliFrame

__all__ = ["networks"]


def networks(
    *,
    quiet: bool = False,
    no_trunc: bool = False,
    filters: Mapping[str, Any] | None = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker network ls``: networks sorted by name, as the CLI sorts them.

    ``quiet`` (``-q``) gives IDs only; ``no_trunc`` (``--no-trunc``) full IDs; ``filters``
    takes the CLI's ``--filter`` keys (``{"name": "nb12"}``, ``{"type": "custom"}``,
    ``{"driver": "bridge"}``, ``{"label": "com.docker.compose.project=nb13"}``).

    Typed columns beside the CLI's: ``created``, ``internal``, ``attachable``, ``ipv6``,
    ``labels``, ``subnets`` and ``gateways``. For example the subnets of your own networks::

        >>> networks(filters={"type": "custom"})[["name", "subnets"]]   # doctest: +SKIP
    """
    cmd = command_line(
        "docker network ls", [("-q", quiet), ("--no-trunc", no_trunc)], filters=filters
    )
    raw = Engine.of(client).networks(filters=filters)
    return networks_frame(raw, no_trunc=no_trunc, quiet=quiet, command=cmd)
