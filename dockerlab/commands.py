"""The listing verbs: ``ps``, ``images``, ``history``, ``top``, as :class:`~dockerlab.CliFrame`.

Each makes exactly one Engine API call (``client.api.containers()`` and friends, never
``client.containers.list()``, which inspects every container) and hands the JSON to the pure
builders in :mod:`dockerlab.frames`. Keyword arguments are the CLI's flags, with its meanings
and defaults.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import docker

from . import frames
from .cmdline import command_line
from .engine import Engine, explanation
from .errors import ContainerNotRunning, EngineError, InvalidArgument
from .i18n import _
from .references import check_name, parse
from .table import CliFrame

__all__ = ["diff", "history", "images", "ps", "top"]

Filters = Mapping[str, Any] | None


def ps(
    *,
    all: bool = False,
    latest: bool = False,
    n: int | None = None,
    quiet: bool = False,
    no_trunc: bool = False,
    size: bool = False,
    filters: Filters = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker ps``: containers, newest first.

    ``all`` (``-a``) includes stopped ones; ``latest`` (``-l``) and ``n`` (``-n N``) keep the
    newest created, in any state; ``quiet`` (``-q``) gives IDs only; ``size`` (``-s``) adds
    SIZE; ``filters`` takes the CLI's ``--filter`` keys (``{"label": "dockerlab.course"}``).

    The result displays as ``docker ps`` prints; analyse it through the typed lower-case
    columns, e.g. the exit codes of stopped course containers, oldest first::

        >>> frame = ps(all=True, filters={"label": "dockerlab.course"})  # doctest: +SKIP
        >>> frame[frame.exit_code.notna()].sort_values("created")[["name", "exit_code"]]
        ...                                                                # doctest: +SKIP
    """
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 1):
        raise InvalidArgument(
            "n",
            n,
            _(
                "n is how many of the newest containers to show: "
                "an integer of 1 or more (`docker ps -n 3`)"
            ),
        )
    engine = Engine.of(client)
    cmd = command_line(
        "docker ps",
        [
            ("-a", all),
            ("-l", latest),
            ("-n", n),
            ("-q", quiet),
            ("--no-trunc", no_trunc),
            ("-s", size),
        ],
        filters=filters,
    )
    raw = engine.containers(
        all=all, latest=latest, limit=n if n else -1, size=size, filters=filters
    )
    return frames.containers_frame(
        raw, now=time.time(), no_trunc=no_trunc, size=size, quiet=quiet, command=cmd
    )


def images(
    repository: str | None = None,
    *,
    all: bool = False,
    quiet: bool = False,
    digests: bool = False,
    no_trunc: bool = False,
    filters: Filters = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker images [REPOSITORY[:TAG]]``: one row per repository:tag.

    ``all`` (``-a``) adds intermediate images; ``quiet`` (``-q``) IDs only; ``digests``
    adds DIGEST; ``no_trunc`` full IDs. Typed columns: ``id``, ``created``, ``size`` (bytes),
    ``labels``, ``dangling``. For example the course's images, largest first::

        >>> images(filters={"reference": "dockerlab/*"}).sort_values("size", ascending=False)
        ...                                                                # doctest: +SKIP
    """
    if repository is not None:
        parse(repository)
    engine = Engine.of(client)
    cmd = command_line(
        "docker images",
        [("-a", all), ("-q", quiet), ("--digests", digests), ("--no-trunc", no_trunc)],
        filters=filters,
        args=[repository] if repository else [],
    )
    raw = engine.images(repository, all=all, filters=filters)
    return frames.images_frame(
        raw, now=time.time(), digests=digests, no_trunc=no_trunc, quiet=quiet, command=cmd
    )


def history(
    image: str,
    *,
    no_trunc: bool = False,
    human: bool = True,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker history IMAGE``: the image's layers, newest first, and what made each.

    ``human=False`` (``--human=false``) shows RFC 3339 times and sizes in bytes.

        >>> history("dockerlab/hello-world")[["created_by", "size"]]  # doctest: +SKIP
    """
    engine = Engine.of(client)
    check_name(image, "image")
    cmd = command_line(
        "docker history", [("--no-trunc", no_trunc), ("--human=false", not human)], args=[image]
    )
    raw = engine.history(image)
    return frames.history_frame(raw, now=time.time(), no_trunc=no_trunc, human=human, command=cmd)


def top(
    container: str, ps_args: str | None = None, *, client: docker.DockerClient | None = None
) -> CliFrame:
    """``docker top CONTAINER [ps OPTIONS]``: the container's processes, with host PIDs.

    The container must be running, and ``ps_args`` must keep a PID column::

        >>> top("web", "-o pid,user,args")  # doctest: +SKIP
    """
    engine = Engine.of(client)
    check_name(container)
    if ps_args is not None and not isinstance(ps_args, str):
        raise InvalidArgument(
            "ps_args", ps_args, _("ps options as one string, e.g. '-o pid,user,args'")
        )
    cmd = command_line("docker top", args=[container, *(ps_args.split() if ps_args else [])])
    try:
        raw = engine.top(container, ps_args)
    except EngineError as exc:
        if "PID field" in explanation(exc.__cause__ or exc):
            raise InvalidArgument(
                "ps_args",
                ps_args,
                _(
                    "the Engine needs a PID column to map processes to the container; keep one, "
                    "e.g. ps_args='-o pid,user,args'"
                ),
            ) from exc
        raise
    except ContainerNotRunning as exc:
        raise ContainerNotRunning(container, _status_of(engine, container)) from exc.__cause__
    return frames.top_frame(raw, command=cmd)


def _status_of(engine: Engine, container: str) -> str:
    """The CLI's STATUS of one container, for error messages (lower-cased: 'exited ...')."""
    info = engine.find_container(container)
    if info is None:
        return _("not running")
    state = info.get("State", {})
    found = engine.containers(all=True, filters={"id": info["Id"]})
    status = str(found[0]["Status"] if found else state.get("Status", "not running"))
    return status[:1].lower() + status[1:]


def diff(container: str, *, client: docker.DockerClient | None = None) -> CliFrame:
    """``docker diff CONTAINER``: the files its writable layer added (A), changed (C) or
    deleted (D) on top of the image; typed columns ``kind`` and ``path``::

        >>> diff("web")[lambda f: f.kind == "added"].path.tolist()       # doctest: +SKIP
    """
    raw = Engine.of(client).diff(check_name(container))
    return frames.diff_frame(raw, command=command_line("docker diff", args=[container]))
