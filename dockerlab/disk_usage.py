"""``docker system df`` as a :class:`~dockerlab.CliFrame`: one Engine call (``GET /system/df``)."""

from __future__ import annotations

from typing import Any

from .engine import Engine, engine_errors
from .frames.disk_usage import system_df_frame
from .table import CliFrame

__all__ = ["system_df"]


def system_df(*, client: Any = None) -> CliFrame:
    """``docker system df``: how much disk the Engine's images, containers, local volumes and
    build cache take, and how much of it nothing uses (RECLAIMABLE).

    Typed columns: ``type``, ``total``, ``active``, ``size`` and ``reclaimable`` (bytes),
    ``reclaimable_percent``. For example, what could be freed, in MB::

        >>> frame = system_df()                                             # doctest: +SKIP
        >>> (frame.set_index("type")["reclaimable"] / 1e6).round(1)         # doctest: +SKIP
    """
    engine = Engine.of(client)
    with engine_errors():
        raw = engine.api.df()
    return system_df_frame(raw or {}, command="docker system df")
