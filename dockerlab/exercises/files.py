"""What Part 2's checks read from images and volumes: file names, as the Engine hands them
over, through the Engine adapter.

An image's files come from ``docker save``, which changes nothing: each layer is a tar in the
saved tar, in the order ``manifest.json`` gives (the classic and the containerd image store
both write it). A volume's files can only be read from a container that mounts it: a
short-lived busybox one, named ``exNN-check-…`` (so ``dockerlab reset NN`` finds one an
interrupted check left), removed at once.
"""

from __future__ import annotations

import contextlib
import io
import json
import posixpath
import tarfile
import uuid
from collections.abc import Iterable

import docker

from ..engine import Engine
from ..errors import DockerlabError

__all__ = ["final_files", "image_layers", "run_with_volume"]

WHITEOUT = ".wh."
OPAQUE = ".wh..wh..opq"


def _tar(chunks: Iterable[bytes]) -> tarfile.TarFile:
    return tarfile.open(fileobj=io.BytesIO(b"".join(chunks)), mode="r:*")


def image_layers(client: docker.DockerClient, image: str) -> list[set[str]]:
    """The paths in each layer of ``image``, lowest layer first (``docker save``). A file a
    later layer deletes stays in its own layer; the deletion is a whiteout entry,
    ``DIR/.wh.NAME``, in the later layer."""
    saved = _tar(Engine.of(client).export_images([image]))
    manifest = saved.extractfile("manifest.json")
    order = json.load(manifest)[0]["Layers"] if manifest else []
    layers = []
    for name in order:
        data = saved.extractfile(name)
        if data is None:
            continue
        with tarfile.open(fileobj=io.BytesIO(data.read()), mode="r:*") as layer:
            layers.append({m.name.removeprefix("./").rstrip("/") for m in layer.getmembers()})
    return layers


def final_files(layers: list[set[str]]) -> set[str]:
    """The paths a container of the image sees: the layers applied in order, whiteouts
    deleting what is below them.

    >>> sorted(final_files([{"app", "app/a", "app/secret"}, {"app/.wh.secret", "app/b"}]))
    ['app', 'app/a', 'app/b']
    >>> sorted(final_files([{"www", "www/old.html"}, {"www", "www/.wh..wh..opq", "www/new"}]))
    ['www', 'www/new']
    """
    seen: set[str] = set()
    for layer in layers:
        for path in sorted(layer):
            folder, name = posixpath.split(path)
            if name == OPAQUE:
                seen = {p for p in seen if not p.startswith(folder + "/")}
            elif name.startswith(WHITEOUT):
                gone = posixpath.join(folder, name[len(WHITEOUT) :])
                seen = {p for p in seen if p != gone and not p.startswith(gone + "/")}
        seen |= {p for p in layer if not posixpath.basename(p).startswith(WHITEOUT)}
    return seen


def run_with_volume(
    client: docker.DockerClient, section: str, volume: str, script: str
) -> tuple[int, str]:
    """``sh -c script`` in a busybox container that mounts ``volume`` at ``/data``: its exit
    code and output. The volume must exist (``-v`` would create a missing one)."""
    engine = Engine.of(client)
    host_config = engine.api.create_host_config(binds=[f"{volume}:/data"])
    name = f"ex{section}-check-{uuid.uuid4().hex[:8]}"
    engine.create_container(
        "dockerlab/busybox", ["sleep", "60"], name=name, host_config=host_config
    )
    try:
        engine.start(name)
        return engine.exec_output(name, ["sh", "-c", script])
    finally:
        # already gone is fine; `dockerlab reset` would remove a leftover by its name
        with contextlib.suppress(DockerlabError):
            engine.remove_container(name)
