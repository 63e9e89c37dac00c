"""Remove what the course created, and only that.

Lessons and exercises are known by their names (:mod:`dockerlab.course`); the kit by its
labels (:mod:`dockerlab.labels`). One listing per kind of object, then one removal per object.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from .. import course
from .. import labels as L
from ..engine import Engine
from ..errors import DockerlabError, EngineUnavailable, NotFound
from ..i18n import N_, _
from ..table import CliFrame, CliView
from .spec import IMAGES, REGISTRY_VOLUME

__all__ = ["cleanup", "remove_kit"]

log = logging.getLogger("dockerlab")

_COLUMNS = ("REMOVED", "NAME")
_HEADERS = (N_("REMOVED"), N_("NAME"))


def _frame(rows: list[tuple[str, str]], command: str) -> CliFrame:
    """``REMOVED`` (container, image, tag, volume, network) and ``NAME`` columns; the headers
    are shown in the language in use, the column names stay (``frame["NAME"]``)."""
    return CliFrame(
        {"REMOVED": [r[0] for r in rows], "NAME": [r[1] for r in rows]},
        cli=CliView(command, _COLUMNS, headers=tuple(_(h) for h in _HEADERS)),
    )


def _name(container: dict[str, Any]) -> str:
    return ",".join(n.lstrip("/") for n in container.get("Names") or []) or container["Id"][:12]


def cleanup(section: str | None = None, *, api: Engine, exercises: bool = False) -> CliFrame:
    """Remove the containers, images, volumes and networks a course section's lessons created
    (``nbNN-…``), and its exercises' too (``exNN-…``) when ``exercises``; every section when
    ``section`` is None. The kit and everything not named by the course stay.

    Returns what was removed, as a frame (sorted, so it reads the same on every run).
    """
    words = ["dockerlab", "reset" if exercises else "cleanup", section or "--all"]
    return _frame(sorted(_remove_course(section, api, exercises)), " ".join(words))


def _tolerant(
    removed: list[tuple[str, str]], kind: str, name: str, action: Callable[[], None]
) -> None:
    """Do one removal; one that is gone already or refused is logged, and the rest goes on
    (an Engine that went away stops the whole cleanup)."""
    try:
        action()
    except EngineUnavailable:
        raise
    except NotFound:
        log.debug("cleanup: %s %s was gone already", kind, name)
        return
    except DockerlabError as exc:
        log.warning("cleanup: could not remove %s %s: %s", kind, name, exc.message)
        return
    removed.append((kind, name))


def _remove_course(
    section: str | None, engine: Engine, exercises: bool = True
) -> list[tuple[str, str]]:
    """The work of :func:`cleanup`: (kind, name) of everything removed."""

    def ours(name: str | None) -> bool:
        return course.selects(course.owner(name), section, exercises)

    removed: list[tuple[str, str]] = []
    for c in engine.containers(all=True):
        if any(ours(n) for n in c.get("Names") or []):
            _tolerant(
                removed, "container", _name(c), functools.partial(engine.remove_container, c["Id"])
            )
    for img in engine.images():
        refs = [t for t in img.get("RepoTags") or [] if t != "<none>:<none>"]
        refs += [d for d in img.get("RepoDigests") or [] if "@" in d and "<none>" not in d]
        for ref in refs:
            if course.selects(course.image_owner(ref), section, exercises):
                done: list[tuple[str, str]] = []
                _tolerant(done, "image", ref, functools.partial(engine.remove_image, ref))
                removed += [d for d in done if "@" not in d[1]]  # digests: no row of their own
    removed += _kit_aliases(engine)
    for vol in engine.volumes():
        if ours(vol["Name"]) and not (vol.get("Labels") or {}).get(L.KIT):
            _tolerant(
                removed, "volume", vol["Name"], functools.partial(engine.remove_volume, vol["Name"])
            )
    for net in engine.networks():
        if ours(net["Name"]):
            _tolerant(
                removed, "network", net["Name"], functools.partial(engine.remove_network, net["Id"])
            )
    return removed


def _kit_aliases(engine: Engine) -> list[tuple[str, str]]:
    """Untag extra names in the course namespace that lessons give kit images (e.g.
    ``127.0.0.1:5000/dockerlab/busybox`` after a pull, and the digest reference the pull
    recorded); the images themselves stay."""
    removed: list[tuple[str, str]] = []
    for img in engine.images(filters={"label": f"{L.KIT}={L.ROLE_IMAGE}"}):
        tags = img.get("RepoTags") or []
        if not L.image_is_kit(img.get("Labels"), tags):
            continue
        own = (img.get("Labels") or {}).get(L.KIT_IMAGE)
        digests = [d for d in img.get("RepoDigests") or [] if "@" in d]
        for ref in [*tags, *digests]:
            if L.in_namespace(ref) and L.repository_of(ref) != own:
                done: list[tuple[str, str]] = []
                _tolerant(
                    done, "tag", ref, functools.partial(engine.remove_image, ref, noprune=True)
                )
                removed += [d for d in done if d[1] in tags]
    return removed


def remove_kit(engine: Engine) -> CliFrame:
    """``kit down``: every course resource, then the registry, the kit images, the volume."""
    removed = sorted(_remove_course(None, engine))
    for c in engine.containers(all=True, filters={"label": f"{L.KIT}={L.ROLE_REGISTRY}"}):
        if L.container_is_course(c.get("Labels")):
            _tolerant(
                removed, "container", _name(c), functools.partial(engine.remove_container, c["Id"])
            )
    order = {i.repository: n for n, i in enumerate(IMAGES)}
    kit_images = [
        img
        for img in engine.images(filters={"label": L.KIT})
        if L.image_is_kit(img.get("Labels"), img.get("RepoTags") or [])
    ]
    # children before their parent: later in IMAGES first
    kit_images.sort(key=lambda img: -order.get(str((img.get("Labels") or {}).get(L.KIT_IMAGE)), -1))
    for img in kit_images:
        for tag in img.get("RepoTags") or []:
            if L.repository_of(tag) in order:
                _tolerant(removed, "image", tag, functools.partial(engine.remove_image, tag))
    vol = engine.find_volume(REGISTRY_VOLUME)
    if vol is not None and (vol.get("Labels") or {}).get(L.KIT) == L.ROLE_REGISTRY_DATA:
        _tolerant(
            removed,
            "volume",
            REGISTRY_VOLUME,
            functools.partial(engine.remove_volume, REGISTRY_VOLUME),
        )
    return _frame(removed, "dockerlab kit down")
