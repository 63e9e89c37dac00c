"""What Part 2's checks read from images and volumes: files, as the Engine hands them over.

An image's files come through a container that is created and never started (``docker
create`` + ``docker cp``); its layers through ``docker save``; a volume's files through a
short-lived busybox container that mounts it. Every helper container is named
``exNN-check-…`` (so ``dockerlab reset NN`` finds one an interrupted check left) and removed
at once.
"""

from __future__ import annotations

import contextlib
import io
import tarfile
import uuid
from collections.abc import Iterable
from typing import Any

import docker.errors

__all__ = ["file_in_image", "files_in_image", "layer_files", "run_with_volumes"]

#: How long a helper container may run before the check gives up on it.
TIMEOUT = 20


def _name(section: str) -> str:
    return f"ex{section}-check-{uuid.uuid4().hex[:8]}"


def _tar(chunks: Iterable[bytes]) -> tarfile.TarFile:
    return tarfile.open(fileobj=io.BytesIO(b"".join(chunks)), mode="r:*")


@contextlib.contextmanager
def _created(client: Any, section: str, image: str):
    """A container of ``image`` that never starts (its command is never looked up)."""
    cid = client.api.create_container(image, command=["/check"], name=_name(section))["Id"]
    try:
        yield cid
    finally:
        with contextlib.suppress(docker.errors.APIError):
            client.api.remove_container(cid, force=True, v=True)


def files_in_image(client: Any, section: str, image: str, path: str) -> dict[str, bytes | None]:
    """The entries under ``path`` in ``image``: ``{relative path: content}`` (None for a
    directory or a link); ``{}`` when ``path`` is not there."""
    with _created(client, section, image) as cid:
        try:
            chunks, _stat = client.api.get_archive(cid, path)
            archive = _tar(chunks)
        except docker.errors.NotFound:
            return {}
    found: dict[str, bytes | None] = {}
    top = path.rstrip("/").rsplit("/", 1)[-1]
    for member in archive.getmembers():
        relative = member.name[len(top):].lstrip("/") if member.name.startswith(top) \
            else member.name
        extracted = archive.extractfile(member) if member.isfile() else None
        found[relative] = extracted.read() if extracted else None
    return found


def file_in_image(client: Any, section: str, image: str, path: str) -> bytes | None:
    """The content of the file ``path`` in ``image``, or None."""
    return files_in_image(client, section, image, path).get("")


def layer_files(client: Any, image: str) -> list[set[str]]:
    """The paths in each layer of ``image``, as ``docker save`` exports them (either image
    store's layout: each layer is a tar inside the saved tar, possibly compressed). A file a
    later layer deletes stays in its own layer and shows there; the deletion is a whiteout
    entry, ``.wh.NAME``, in the later layer."""
    saved = _tar(client.api.get_image(image))
    layers: list[set[str]] = []
    for member in saved.getmembers():
        if not member.isfile() or member.size == 0:
            continue
        data = saved.extractfile(member)
        if data is None:
            continue
        try:
            with tarfile.open(fileobj=io.BytesIO(data.read()), mode="r:*") as layer:
                layers.append({m.name.removeprefix("./") for m in layer.getmembers()})
        except tarfile.TarError:
            continue  # a manifest, a config: JSON, not a layer
    return layers


def run_with_volumes(client: Any, section: str, script: str,
                     binds: dict[str, str]) -> tuple[int, str]:
    """Run ``sh -c script`` in a busybox container with ``binds`` (``{volume or host path:
    container path}``) mounted; its exit code and output. ``-v`` would create a missing
    named volume, so callers make sure the volumes exist first."""
    host_config = client.api.create_host_config(binds=[f"{src}:{dst}" for src, dst in
                                                       binds.items()])
    cid = client.api.create_container("dockerlab/busybox", ["sh", "-c", script],
                                      name=_name(section), host_config=host_config)["Id"]
    try:
        client.api.start(cid)
        status = int(client.api.wait(cid, timeout=TIMEOUT)["StatusCode"])
        output = client.api.logs(cid, stdout=True, stderr=True).decode("utf-8", "replace")
        return status, output
    finally:
        with contextlib.suppress(docker.errors.APIError):
            client.api.remove_container(cid, force=True, v=True)
