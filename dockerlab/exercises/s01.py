"""Exercises of notebook 01.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

from typing import Any

from ..kit import registry as kit_registry
from ..kit.local_registry import served_ids
from .helpers import container, image, need_container
from .legacy import legacy


@legacy("01.1", "two containers from one image")
def _one_image_two_containers(client: Any) -> tuple[bool, str, str]:
    infos = []
    for name in ("ex01-one", "ex01-two"):
        info = need_container(client, name, "01")
        if not info["State"]["Running"]:
            return False, f"{name} is not running", "run it with `sleep 300` and -d"
        infos.append(info)
    if infos[0]["Image"] != infos[1]["Image"]:
        return False, "the two containers come from different images", (
            "start both from dockerlab/busybox")
    return True, "ex01-one and ex01-two are two containers of one image", ""


@legacy("01.2", "a file in one container's writable layer")
def _writable_layer(client: Any) -> tuple[bool, str, str]:
    one = {c["Path"] for c in client.api.diff("ex01-one") or []} if container(
        client, "ex01-one") else set()
    two = {c["Path"] for c in client.api.diff("ex01-two") or []} if container(
        client, "ex01-two") else set()
    if "/note.txt" not in one:
        return False, "docker diff ex01-one shows no /note.txt", (
            "docker exec ex01-one sh -c 'echo hi > /note.txt'")
    if "/note.txt" in two:
        return False, "ex01-two has a /note.txt too", "write the file in ex01-one only"
    return True, "/note.txt is in ex01-one's writable layer and nowhere else", ""


@legacy("01.3", "push an image to the kit registry")
def _push_to_registry(client: Any) -> tuple[bool, str, str]:
    addr = kit_registry(client=client)
    local = image(client, "dockerlab/hello-world")
    found = served_ids(addr, "dockerlab/ex01-hello", "v1")
    if not found:
        return False, f"{addr} has no dockerlab/ex01-hello:v1", (
            f"docker tag dockerlab/hello-world {addr}/dockerlab/ex01-hello:v1, then docker push")
    if local is None or local["Id"] not in found:
        return False, "the registry's dockerlab/ex01-hello:v1 is another image", (
            "tag dockerlab/hello-world itself")
    return True, f"{addr} serves dockerlab/ex01-hello:v1, the same image as hello-world", ""
