"""Build the kit's images (offline from host files; from Docker Hub only as a fallback)."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .. import labels as L
from .. import settings
from ..engine import Engine
from ..errors import BusyboxNotFound, DockerlabError, EngineUnavailable, KitError
from ..i18n import N_, _
from .sources import busybox_files, registry_files, rootfs_files
from .spec import IMAGES, KitImage, build_context, context_hash, image_labels

__all__ = ["Progress", "ensure_images", "image_state", "offline_mode"]

log = logging.getLogger("dockerlab")

Progress = Callable[[str], None]


def offline_mode(offline: bool | None = None) -> bool:
    """``offline`` if given, else ``DOCKERLAB_OFFLINE`` (1/true/yes)."""
    if offline is not None:
        return offline
    return settings.flag("DOCKERLAB_OFFLINE")


def image_state(engine: Engine, image: KitImage) -> tuple[str, dict[str, Any] | None]:
    """``("ready" | "missing" | "outdated", inspect JSON or None)`` for one kit image."""
    found = engine.find_image(image.tag)
    if found is None:
        return "missing", None
    labels = (found.get("Config") or {}).get("Labels") or {}
    wanted = {
        context_hash(image),
        context_hash(image, "Dockerfile.hub")
        if (image.directory / "Dockerfile.hub").exists()
        else None,
    }
    return ("ready" if labels.get(L.KIT_HASH) in wanted else "outdated"), found


def _build(
    engine: Engine, image: KitImage, context: bytes, content_hash: str, progress: Progress
) -> str:
    progress(_("building {tag}").format(tag=image.tag))
    output: list[str] = []
    try:
        for chunk in engine.build(io.BytesIO(context), image.tag):
            if "error" in chunk:
                raise KitError(
                    _("building {tag} failed: {error}").format(
                        tag=image.tag, error=chunk["error"].strip()
                    ),
                    subject=image.tag,
                    hint=_("see the build log above; `dockerlab kit up` retries from scratch"),
                )
            if chunk.get("stream"):
                output.append(chunk["stream"])
    except (KitError, EngineUnavailable):
        raise
    except DockerlabError as exc:
        raise KitError(
            _("building {tag} failed: {error}").format(tag=image.tag, error=exc.message),
            subject=image.tag,
            hint=_("check that the Engine has disk space, then run `dockerlab kit up` again"),
        ) from exc.__cause__
    found = engine.find_image(image.tag)
    if found is None:
        raise KitError(
            _("building {tag} produced no image").format(tag=image.tag),
            subject=image.tag,
            hint="".join(output[-5:]) or _("run `dockerlab kit up` again"),
        )
    return str(found["Id"])


def _host_context(
    image: KitImage, *, busybox: str | os.PathLike[str] | None, offline: bool
) -> tuple[bytes, str, bool]:
    """The build context, its content hash, and whether it pulls from Docker Hub."""
    files: dict[str, Path] | None = None
    if image.host_files == "busybox":
        files = busybox_files(busybox)
        if files is None and offline:
            raise BusyboxNotFound("/bin/busybox", _("no static busybox on this machine"))
    elif image.host_files == "registry":
        files = registry_files()
        if files is None and offline:
            raise KitError(
                _("no registry binary on this machine (and offline mode is on)"),
                subject="/usr/bin/docker-registry",
                hint=_(_REGISTRY_HINT),
            )
    elif image.host_files == "rootfs":
        files = rootfs_files((image.directory / "packages.txt").read_text().split())
        if files is None and offline:
            raise KitError(
                _(
                    "cannot build {image}: no mmdebstrap or no Debian mirror here (and offline "
                    "mode is on)"
                ).format(image=image.tag),
                subject=image.tag,
                hint=_(_ROOTFS_HINT),
            )
    if image.host_files and files is None:
        content_hash = context_hash(image, "Dockerfile.hub")
        return (
            build_context(
                image, dockerfile="Dockerfile.hub", labels=image_labels(image, content_hash)
            ),
            content_hash,
            True,
        )
    content_hash = context_hash(image)
    return (
        build_context(image, files, labels=image_labels(image, content_hash)),
        content_hash,
        False,
    )


_REGISTRY_HINT = N_(
    "install it (`sudo apt-get install docker-registry`), or load an "
    "instructor's kit with `dockerlab kit load FILE`"
)
_ROOTFS_HINT = N_(
    "install mmdebstrap (`sudo apt-get install mmdebstrap`), or load an instructor's kit "
    "with `dockerlab kit load FILE`"
)


def ensure_images(
    engine: Engine,
    *,
    busybox: str | os.PathLike[str] | None = None,
    offline: bool | None = None,
    progress: Progress = lambda _: None,
    optional: bool = False,
) -> list[str]:
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
        state, found = image_state(engine, image)
        if state == "ready" and image.parent not in rebuilt:
            return None
        context, content_hash, via_hub = _host_context(image, busybox=busybox, offline=offline)
        try:
            new_id = _build(engine, image, context, content_hash, progress)
        except KitError as exc:
            if via_hub and image.host_files == "busybox":
                raise BusyboxNotFound(
                    "/bin/busybox",
                    _(
                        "there is no static busybox here and Docker Hub cannot be reached ({error})"
                    ).format(error=exc.message),
                ) from exc
            if via_hub and image.host_files == "registry":
                raise KitError(
                    _("no registry binary here and Docker Hub cannot be reached ({error})").format(
                        error=exc.message
                    ),
                    subject="/usr/bin/docker-registry",
                    hint=_(_REGISTRY_HINT),
                ) from exc
            if via_hub:
                raise KitError(
                    _(
                        "cannot build {image}: no mmdebstrap or Debian mirror here and Docker Hub "
                        "cannot be reached ({error})"
                    ).format(image=image.tag, error=exc.message),
                    subject=image.tag,
                    hint=_(_ROOTFS_HINT),
                ) from exc
            raise
        if found and found["Id"] != new_id:
            # the replaced build goes, unless a container or another tag still uses it
            try:
                engine.remove_image(found["Id"])
            except DockerlabError as exc:
                log.info("kit: kept the replaced build of %s: %s", image.tag, exc.message)
        return image.tag

    # Parents first, then every child at once: the Engine builds them in parallel.
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="dockerlab-build") as pool:
        for level in (
            tuple(i for i in IMAGES if i.parent is None),
            tuple(i for i in IMAGES if i.parent is not None),
        ):
            for image, tag in zip(level, pool.map(one, level), strict=False):
                if tag:
                    built.append(tag)
                    rebuilt.add(image.name)
    return built
