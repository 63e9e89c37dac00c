"""``docker volume ls`` as a :class:`~dockerlab.CliFrame`: one Engine call (``GET /volumes``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import frames
from ._engine import engine_errors
from .client import resolve
from .cmdline import command_line
from .table import CliFrame

__all__ = ["volumes"]


def _list(client: Any, filters: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The Engine's one answer: ``GET /volumes`` (its ``Volumes``; ``Warnings`` aside)."""
    api = resolve(client).api
    with engine_errors():
        answer = api.volumes(filters=dict(filters) if filters else None)
    return list((answer or {}).get("Volumes") or [])


def volumes(*, quiet: bool = False, filters: Mapping[str, Any] | None = None,
            client: Any = None) -> CliFrame:
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
    return frames.volumes_frame(_list(client, filters), quiet=quiet, command=cmd)
