"""``docker search``: Docker Hub through the Engine, or a v2 registry's catalog."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import docker

from .cmdline import command_line
from .engine import Engine, explanation
from .errors import EngineError, InvalidArgument, RegistryUnavailable
from .frames import catalog_frame, search_frame
from .i18n import N_, _
from .table import CliFrame

__all__ = ["registry_catalog", "search"]

HUB = N_("Docker Hub (searched by the Engine)")


def search(
    term: str,
    *,
    limit: int = 25,
    stars: int | None = None,
    is_official: bool | None = None,
    no_trunc: bool = False,
    registry: str | None = None,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """``docker search TERM``: images on Docker Hub, or in the v2 registry at ``registry``.

    ``stars=30`` is ``--filter stars=30`` (the notes' ``-s 30`` was removed from the CLI);
    ``is_official`` is ``--filter is-official=true``; ``no_trunc`` keeps whole descriptions.
    Docker Hub needs internet. A v2 registry such as the kit's (``registry="127.0.0.1:5000"``)
    has no search endpoint: its ``/v2/_catalog`` and tag lists are filtered by ``term``::

        >>> search("dockerlab", registry="127.0.0.1:5000")                # doctest: +SKIP
    """
    if not isinstance(term, str):
        raise InvalidArgument("term", term, _("search for a word, e.g. search('busybox')"))
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 100:
        raise InvalidArgument("limit", limit, _("limit is 1 to 100 results (`--limit 25`)"))
    if registry is not None:
        if stars is not None or is_official is not None:
            raise InvalidArgument(
                "stars" if stars is not None else "is_official",
                stars if stars is not None else is_official,
                _("a v2 registry keeps no stars or official marks; drop the filter"),
            )
        repos = registry_catalog(registry, term)
        cmd = f"curl http://{registry}/v2/_catalog  # + /v2/<name>/tags/list for each match"
        return catalog_frame(registry, dict(list(repos.items())[:limit]), command=cmd)
    filters: dict[str, list[str]] = {}
    if stars is not None:
        filters["stars"] = [str(stars)]
    if is_official is not None:
        filters["is-official"] = ["true" if is_official else "false"]
    cmd = command_line(
        "docker search",
        [("--limit", limit if limit != 25 else None), ("--no-trunc", no_trunc)],
        filters=filters,
        args=[term],
    )
    params: dict[str, Any] = {"term": term, "limit": limit}
    if filters:
        params["filters"] = json.dumps(filters)
    try:
        results = Engine.of(client).search(params)
    except EngineError as exc:
        text = explanation(exc.__cause__ or exc)
        if (exc.status_code and exc.status_code >= 500) or "dial" in text:
            raise RegistryUnavailable(
                _(HUB), text.splitlines()[0], _offline_hint(term)
            ) from exc.__cause__
        raise
    return search_frame(results, no_trunc=no_trunc, command=cmd)


def _offline_hint(term: str) -> str:
    return _(
        "the Engine needs internet to reach Docker Hub; offline, list the course kit's "
        "registry instead: search({term!r}, registry='127.0.0.1:5000')"
    ).format(term=term)


def _get_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


def registry_catalog(registry: str, term: str = "") -> dict[str, list[str]]:
    """Repositories of a v2 registry whose name contains ``term``, with their tags."""
    base = f"http://{registry}"
    try:
        catalog = _get_json(f"{base}/v2/_catalog?n=1000")
        names = [n for n in catalog.get("repositories") or [] if term in n]
        return {
            n: list(_get_json(f"{base}/v2/{urllib.parse.quote(n)}/tags/list").get("tags") or [])
            for n in sorted(names)
        }
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise RegistryUnavailable(
            registry,
            str(getattr(exc, "reason", exc)),
            _("start the course kit's registry with `dockerlab kit up`, or check the address"),
        ) from exc
