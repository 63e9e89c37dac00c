"""The course kit: its images, a local registry, and everything needed with no internet.

``up()`` builds the kit's images from the Dockerfiles under ``kit/images`` (offline, from the
host's static busybox and registry binary), starts a v2 registry on ``127.0.0.1:5000`` with a
named volume, and seeds it with the course images. It is idempotent and repairs what an
interrupted run left behind. ``save()``/``load()`` move the whole kit as one tarball.
"""

from __future__ import annotations

import os
from pathlib import Path

import docker

from .. import settings
from ..course import SECTIONS
from ..engine import Engine
from ..errors import InvalidArgument
from ..i18n import _
from ..table import CliFrame
from . import local_registry as _registry
from .build import Progress, ensure_images
from .bundle import load_bundle, save_bundle
from .cleanup import cleanup as _cleanup
from .cleanup import remove_kit
from .spec import COURSE_IMAGES, IMAGES, REGISTRY_CONTAINER, REGISTRY_VOLUME, KitImage
from .status import kit_status

__all__ = [
    "COURSE_IMAGES",
    "IMAGES",
    "KitImage",
    "REGISTRY_CONTAINER",
    "REGISTRY_VOLUME",
    "cleanup",
    "down",
    "fetch",
    "hub_allowed",
    "load",
    "registry",
    "save",
    "status",
    "up",
]


def hub_allowed() -> bool:
    """Whether lessons may ask Docker Hub (``DOCKERLAB_HUB=1``). Off by default: the course
    runs offline, and its tests never leave this machine."""
    return settings.flag("DOCKERLAB_HUB")


def _quiet(_: str) -> None:
    return None


def up(
    *,
    port: int | None = None,
    busybox: str | os.PathLike[str] | None = None,
    offline: bool | None = None,
    progress: Progress = _quiet,
    all_images: bool = False,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """Make the kit ready (``dockerlab kit up``) and return its status.

    ``port`` (or ``DOCKERLAB_REGISTRY_PORT``) moves the registry off 5000; ``busybox`` (or
    ``DOCKERLAB_BUSYBOX``) names a static busybox; ``offline`` (or ``DOCKERLAB_OFFLINE=1``)
    never tries Docker Hub; ``all_images`` (``--all``) builds the optional images too (Part
    2's python base, made from Debian's archive: see :func:`fetch`).
    """
    engine = Engine.of(client)
    number = _registry.registry_port(port)
    ensure_images(engine, busybox=busybox, offline=offline, progress=progress, optional=all_images)
    addr = _registry.ensure_registry(engine, number, progress)
    _registry.seed(engine, addr, progress)
    return kit_status(engine, number)


def fetch() -> list[Path]:
    """Download what ``up()`` needs from the network, without an Engine (``dockerlab kit
    fetch``): the Debian root file system of the python image, made with mmdebstrap and kept
    in ``~/.cache/dockerlab``. Run it while online; ``up()`` then builds offline."""
    from .sources import rootfs_files

    paths: list[Path] = []
    for image in IMAGES:
        if image.host_files == "rootfs":
            found = rootfs_files((image.directory / "packages.txt").read_text().split())
            if found:
                paths.extend(found.values())
    return paths


def status(*, port: int | None = None, client: docker.DockerClient | None = None) -> CliFrame:
    """What of the kit is there (``dockerlab kit status``); ``ok`` says what is ready."""
    return kit_status(Engine.of(client), _registry.registry_port(port))


def down(*, client: docker.DockerClient | None = None) -> CliFrame:
    """Remove everything the course and the kit created, and nothing else."""
    return remove_kit(Engine.of(client))


def cleanup(
    section: str | None = None,
    *,
    exercises: bool = False,
    client: docker.DockerClient | None = None,
) -> CliFrame:
    """Remove what one notebook section's lessons (or every section's) created; with
    ``exercises``, the learner's exercise work too (``dockerlab reset``). The kit stays."""
    if section is not None and section not in SECTIONS:
        raise InvalidArgument(
            "section",
            section,
            _("a notebook's number, from 00 to {last}, e.g. '07'").format(last=SECTIONS[-1]),
        )
    return _cleanup(section, api=Engine.of(client), exercises=exercises)


def registry(*, client: docker.DockerClient | None = None) -> str:
    """The kit registry's address, ``127.0.0.1:PORT``, as it is published right now."""
    port = _registry.published_port(_registry.find_container(Engine.of(client)))
    return _registry.address(port or _registry.registry_port())


def save(path: str | os.PathLike[str], *, client: docker.DockerClient | None = None) -> Path:
    """Write the kit's images to one tarball (``dockerlab kit save FILE``)."""
    return save_bundle(Engine.of(client), path)


def load(path: str | os.PathLike[str], *, client: docker.DockerClient | None = None) -> list[str]:
    """Load a kit tarball (``dockerlab kit load FILE``); ``up()`` then needs nothing else."""
    return load_bundle(Engine.of(client), path)
