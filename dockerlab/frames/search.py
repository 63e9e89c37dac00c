"""Pure: ``docker search`` results, and a v2 registry's catalog in the same columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import format as fmt
from ..table import CliFrame, CliView
from ._base import frame, ints

__all__ = ["SEARCH_COLUMNS", "catalog_frame", "search_frame"]

SEARCH_COLUMNS = ("NAME", "DESCRIPTION", "STARS", "OFFICIAL")


def search_frame(
    results: Sequence[Mapping[str, Any]], *, no_trunc: bool = False, command: str = "docker search"
) -> CliFrame:
    """``docker search`` from ``GET /images/search``; DESCRIPTION cut to 45 columns.

    >>> print(search_frame([{"name": "busybox", "description": "Busybox base image.",
    ...                      "star_count": 3300, "is_official": True}]).to_cli())
    NAME      DESCRIPTION           STARS     OFFICIAL
    busybox   Busybox base image.   3300      [OK]
    """
    descriptions = [
        str(r.get("description") or "").replace("\n", " ").replace("\r", " ") for r in results
    ]
    display = {
        "NAME": [r.get("name", "") for r in results],
        "DESCRIPTION": [d if no_trunc else fmt.ellipsis(d, 45) for d in descriptions],
        "STARS": [str(r.get("star_count", 0)) for r in results],
        "OFFICIAL": ["[OK]" if r.get("is_official") else "" for r in results],
    }
    typed = {
        "name": display["NAME"],
        "description": descriptions,
        "stars": ints(r.get("star_count", 0) for r in results),
        "official": [bool(r.get("is_official")) for r in results],
    }
    return frame(display, typed, CliView(command, SEARCH_COLUMNS))


def catalog_frame(
    registry: str, repositories: Mapping[str, Sequence[str]], *, command: str
) -> CliFrame:
    """A v2 registry's repositories (``/v2/_catalog``) and tags (``/v2/<name>/tags/list``),
    in ``docker search``'s columns where they exist (a v2 registry has no stars), plus TAGS.

    >>> print(catalog_frame("127.0.0.1:5000", {"dockerlab/web": ["latest", "1.0"]},
    ...                     command="GET /v2/_catalog").to_cli())
    NAME                           DESCRIPTION   STARS     OFFICIAL   TAGS
    127.0.0.1:5000/dockerlab/web                                      1.0, latest
    """
    names = sorted(repositories)
    tags = [sorted(repositories[n] or []) for n in names]
    display = {
        "NAME": [f"{registry}/{n}" for n in names],
        "DESCRIPTION": [""] * len(names),
        "STARS": [""] * len(names),
        "OFFICIAL": [""] * len(names),
        "TAGS": [", ".join(t) for t in tags],
    }
    typed = {"name": display["NAME"], "repository": names, "tags": tags}
    return frame(display, typed, CliView(command, (*SEARCH_COLUMNS, "TAGS")))
