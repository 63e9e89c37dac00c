"""Version strings as comparable tuples (Engine, API and package versions)."""

from __future__ import annotations

import re

__all__ = ["version_tuple"]


def version_tuple(text: str) -> tuple[int, ...]:
    """The leading dotted numbers of a version string; suffixes (``+dfsg1``, ``rc1``) dropped.

    >>> version_tuple("20.10.24+dfsg1"), version_tuple("4.0.0rc1"), version_tuple("1.41")
    ((20, 10, 24), (4, 0, 0), (1, 41))
    >>> version_tuple("dev")
    ()
    """
    match = re.match(r"\d+(?:\.\d+)*", text.strip())
    return tuple(int(part) for part in match.group(0).split(".")) if match else ()
