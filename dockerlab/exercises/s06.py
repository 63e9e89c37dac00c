"""Exercises of notebook 06.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from ..kit import registry as kit_registry
from .helpers import image
from .legacy import legacy


@legacy("06.1", "pull without a tag, then tag")
def _pull_tag(client: Any) -> tuple[bool, str, str]:
    addr = kit_registry(client=client)
    pulled = image(client, f"{addr}/dockerlab/hello-world:latest")
    tagged = image(client, "dockerlab/ex06-hello:v1")
    if pulled is None:
        return False, f"no {addr}/dockerlab/hello-world:latest here", (
            f"docker pull {addr}/dockerlab/hello-world (no tag means :latest)")
    if tagged is None or tagged["Id"] != pulled["Id"]:
        return False, "dockerlab/ex06-hello:v1 is missing or another image", (
            f"docker tag {addr}/dockerlab/hello-world dockerlab/ex06-hello:v1")
    return True, "one image, now with two names", ""


@legacy("06.2", "remove several tags at once")
def _rmi_several(client: Any) -> tuple[bool, str, str]:
    addr = kit_registry(client=client)
    left = [r for r in (f"{addr}/dockerlab/hello-world:latest", "dockerlab/ex06-hello:v1")
            if image(client, r) is not None]
    if left:
        return False, f"still here: {', '.join(left)}", "docker rmi NAME1 NAME2"
    if image(client, "dockerlab/hello-world") is None:
        return False, "dockerlab/hello-world itself is gone", "dockerlab kit up rebuilds it"
    return True, "both tags removed; the image lives on under its kit name", ""
