"""Build the kit's images (offline from host files; from Docker Hub only as a fallback)."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import docker.errors

from .. import labels as L
from ..errors import BusyboxNotFound, KitError
from .sources import busybox_files, registry_files, rootfs_files
from .spec import IMAGES, KitImage, build_context, context_hash, image_labels

__all__ = ["Progress", "ensure_images", "image_state", "offline_mode"]

Progress = Callable[[str], None]


def offline_mode(offline: bool | None = None) -> bool:
    """``offline`` if given, else ``DOCKERLAB_OFFLINE`` (1/true/yes)."""
    if offline is not None:
        return offline
    return os.environ.get("DOCKERLAB_OFFLINE", "").lower() in ("1", "true", "yes")


def _inspect(api: Any, ref: str) -> dict[str, Any] | None:
    try:
        return api.inspect_image(ref)
    except docker.errors.NotFound:
        return None


def image_state(api: Any, image: KitImage) -> tuple[str, dict[str, Any] | None]:
    """``("ready" | "missing" | "outdated", inspect JSON or None)`` for one kit image."""
    found = _inspect(api, image.tag)
    if found is None:
        return "missing", None
    labels = (found.get("Config") or {}).get("Labels") or {}
    wanted = {context_hash(image), context_hash(image, "Dockerfile.hub")
              if (image.directory / "Dockerfile.hub").exists() else None}
    return ("ready" if labels.get(L.KIT_HASH) in wanted else "outdated"), found


def _build(api: Any, image: KitImage, context: bytes, content_hash: str,
           progress: Progress) -> str:
    progress(f"building {image.tag}")
    log: list[str] = []
    try:
        for chunk in api.build(fileobj=io.BytesIO(context), custom_context=True, tag=image.tag,
                               rm=True, forcerm=True, decode=True):
            if "error" in chunk:
                raise KitError(
                    f"building {image.tag} failed: {chunk['error'].strip()}",
                    subject=image.tag,
                    hint="see the build log above; `dockerlab kit up` retries from scratch")
            if chunk.get("stream"):
                log.append(chunk["stream"])
    except docker.errors.APIError as exc:
        raise KitError(f"building {image.tag} failed: {exc.explanation}", subject=image.tag,
                       hint="check that the Engine has disk space, then run `dockerlab kit up` "
                            "again") from None
    found = _inspect(api, image.tag)
    if found is None:
        raise KitError(f"building {image.tag} produced no image", subject=image.tag,
                       hint="".join(log[-5:]) or "run `dockerlab kit up` again")
    return str(found["Id"])


def _host_context(api: Any, image: KitImage, *, busybox: str | os.PathLike[str] | None,
                  offline: bool) -> tuple[bytes, str, bool]:
    """The build context, its content hash, and whether it pulls from Docker Hub."""
    files: dict[str, Path] | None = None
    if image.host_files == "busybox":
        files = busybox_files(busybox)
        if files is None and offline:
            raise BusyboxNotFound("/bin/busybox", "no static busybox on this machine")
    elif image.host_files == "registry":
        files = registry_files()
        if files is None and offline:
            raise KitError("no registry binary on this machine (and offline mode is on)",
                           subject="/usr/bin/docker-registry",
                           hint="install it (`sudo apt-get install docker-registry`), or "
                                "load an instructor's kit with `dockerlab kit load FILE`")
    elif image.host_files == "rootfs":
        packages = (image.directory / "packages.txt").read_text().split()
        files = rootfs_files(packages)
        if files is None and offline:
            raise KitError(f"cannot build {image.tag}: no mmdebstrap or no Debian mirror here "
                           "(and offline mode is on)", subject=image.tag,
                           hint="install mmdebstrap (`sudo apt-get install mmdebstrap`), or "
                                "load an instructor's kit with `dockerlab kit load FILE`")
    if image.host_files and files is None:
        content_hash = context_hash(image, "Dockerfile.hub")
        return (build_context(image, dockerfile="Dockerfile.hub",
                              labels=image_labels(image, content_hash)), content_hash, True)
    content_hash = context_hash(image)
    return build_context(image, files, labels=image_labels(image, content_hash)), content_hash, \
        False


def ensure_images(api: Any, *, busybox: str | os.PathLike[str] | None = None,
                  offline: bool | None = None, progress: Progress = lambda _: None,
                  optional: bool = False) -> list[str]:
    """Build every kit image that is missing or outdated (the optional ones too when
    ``optional``); return the tags built.

    A child is rebuilt whenever its parent was. The image a rebuild replaces is removed
    when nothing else uses it.
    """
    offline = offline_mode(offline)
    built: list[str] = []
    rebuilt: set[str] = set()

    def one(image: KitImage) -> str | None:
        if image.optional and not optional:
            return None
        state, found = image_state(api, image)
        if state == "ready" and image.parent not in rebuilt:
            return None
        context, content_hash, via_hub = _host_context(api, image, busybox=busybox,
                                                       offline=offline)
        try:
            new_id = _build(api, image, context, content_hash, progress)
        except KitError as exc:
            if via_hub and image.host_files == "busybox":
                raise BusyboxNotFound("/bin/busybox", "there is no static busybox here and "
                                      f"Docker Hub cannot be reached ({exc.message})") from None
            if via_hub and image.host_files == "registry":
                raise KitError(f"no registry binary here and Docker Hub cannot be reached "
                               f"({exc.message})", subject="/usr/bin/docker-registry",
                               hint="install it (`sudo apt-get install docker-registry`), or "
                                    "load an instructor's kit with `dockerlab kit load FILE`"
                               ) from None
            if via_hub:
                raise KitError(f"cannot build {image.tag}: no mmdebstrap or Debian mirror here "
                               f"and Docker Hub cannot be reached ({exc.message})",
                               subject=image.tag,
                               hint="install mmdebstrap (`sudo apt-get install mmdebstrap`), "
                                    "or load an instructor's kit with `dockerlab kit load FILE`"
                               ) from None
            raise
        if found and found["Id"] != new_id:
            # the replaced build goes, unless a container or another tag still uses it
            with contextlib.suppress(docker.errors.APIError):
                api.remove_image(found["Id"], noprune=False)
        return image.tag

    # Parents first, then every child at once: the Engine builds them in parallel.
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="dockerlab-build") as pool:
        for level in (tuple(i for i in IMAGES if i.parent is None),
                      tuple(i for i in IMAGES if i.parent is not None)):
            for image, tag in zip(level, pool.map(one, level), strict=False):
                if tag:
                    built.append(tag)
                    rebuilt.add(image.name)
    return built
