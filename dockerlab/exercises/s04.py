"""Exercises of notebook 04.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from ..kit import registry as kit_registry
from .helpers import container, image, logs_text
from .legacy import legacy


@legacy("04.1", "pull from the kit registry")
def _pull_kit(client: Any) -> tuple[bool, str, str]:
    addr = kit_registry(client=client)
    pulled = image(client, f"{addr}/dockerlab/signals:latest")
    if pulled is None:
        return False, f"there is no local {addr}/dockerlab/signals:latest", (
            f"docker pull {addr}/dockerlab/signals")
    same = pulled["Id"] == (image(client, "dockerlab/signals") or {}).get("Id")
    return same, "the pulled image is the kit's dockerlab/signals" if same else (
        "the pulled image differs from dockerlab/signals"), "pull it again"


@legacy("04.2", "pull through the cache")
def _pull_through(client: Any) -> tuple[bool, str, str]:
    if container(client, "nb04-cache") is None:
        return False, "the cache nb04-cache is not running", "run the cells above first"
    served = "/v2/dockerlab/ticker/manifests/" in logs_text(client, "nb04-cache")
    pulled = image(client, "127.0.0.1:5001/dockerlab/ticker:latest") is not None
    if not (served and pulled):
        return False, "the cache on 127.0.0.1:5001 has not served dockerlab/ticker", (
            "docker pull 127.0.0.1:5001/dockerlab/ticker")
    return True, "the pull-through cache served dockerlab/ticker from the kit registry", ""
