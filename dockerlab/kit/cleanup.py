"""Remove what the course created, and only that.

Lessons and exercises are known by their names (:mod:`dockerlab.course`); the kit by its
labels (:mod:`dockerlab.labels`). One listing per kind of object, then one removal per object.
"""

from __future__ import annotations

import logging
from typing import Any

import docker.errors

from .. import course
from .. import labels as L
from ..table import CliFrame, CliView
from .spec import IMAGES, REGISTRY_VOLUME

__all__ = ["cleanup", "remove_kit"]

log = logging.getLogger("dockerlab")

_COLUMNS = ("REMOVED", "NAME")


def _frame(rows: list[tuple[str, str]], command: str) -> CliFrame:
    return CliFrame({"REMOVED": [r[0] for r in rows], "NAME": [r[1] for r in rows]},
                    cli=CliView(command, _COLUMNS))


def _name(container: dict[str, Any]) -> str:
    return ",".join(n.lstrip("/") for n in container.get("Names") or []) or container["Id"][:12]


def cleanup(section: str | None = None, *, api: Any, exercises: bool = False) -> CliFrame:
    """Remove the containers, images, volumes and networks a course section's lessons created
    (``nbNN-…``), and its exercises' too (``exNN-…``) when ``exercises``; every section when
    ``section`` is None. The kit and everything not named by the course stay.

    Returns what was removed, as a frame (sorted, so it reads the same on every run).
    """
    words = ["dockerlab", "reset" if exercises else "cleanup", section or "--all"]
    return _frame(sorted(_remove_course(section, api, exercises)), " ".join(words))


def _tolerate(action: str, name: str, exc: docker.errors.APIError) -> None:
    log.info("cleanup: could not %s %s: %s", action, name, exc)


def _remove_course(section: str | None, api: Any, exercises: bool = True
                   ) -> list[tuple[str, str]]:
    """The work of :func:`cleanup`: (kind, name) of everything removed."""
    def ours(name: str | None) -> bool:
        return course.selects(course.owner(name), section, exercises)

    removed: list[tuple[str, str]] = []
    for c in api.containers(all=True):
        if not any(ours(n) for n in c.get("Names") or []):
            continue
        try:
            api.remove_container(c["Id"], force=True, v=True)
            removed.append(("container", _name(c)))
        except docker.errors.NotFound:
            pass
        except docker.errors.APIError as exc:
            _tolerate("remove container", _name(c), exc)
    for img in api.images():
        refs = [t for t in img.get("RepoTags") or [] if t != "<none>:<none>"]
        refs += [d for d in img.get("RepoDigests") or [] if "@" in d and "<none>" not in d]
        for ref in refs:
            if not course.selects(course.image_owner(ref), section, exercises):
                continue
            try:
                api.remove_image(ref)
                if "@" not in ref:
                    removed.append(("image", ref))
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                _tolerate("remove image", ref, exc)
    removed += _kit_aliases(api)
    for vol in (api.volumes() or {}).get("Volumes") or []:
        if not ours(vol["Name"]) or (vol.get("Labels") or {}).get(L.KIT):
            continue
        try:
            api.remove_volume(vol["Name"], force=True)
            removed.append(("volume", vol["Name"]))
        except docker.errors.APIError as exc:
            _tolerate("remove volume", vol["Name"], exc)
    for net in api.networks():
        if not ours(net["Name"]):
            continue
        try:
            for attached in (api.inspect_network(net["Id"]).get("Containers") or {}):
                api.disconnect_container_from_network(attached, net["Id"], force=True)
            api.remove_network(net["Id"])
            removed.append(("network", net["Name"]))
        except docker.errors.APIError as exc:
            _tolerate("remove network", net["Name"], exc)
    return removed


def _kit_aliases(api: Any) -> list[tuple[str, str]]:
    """Untag extra names in the course namespace that lessons give kit images (e.g.
    ``127.0.0.1:5000/dockerlab/busybox`` after a pull, and the digest reference the pull
    recorded); the images themselves stay."""
    removed = []
    for img in api.images(filters={"label": f"{L.KIT}={L.ROLE_IMAGE}"}):
        tags = img.get("RepoTags") or []
        if not L.image_is_kit(img.get("Labels"), tags):
            continue
        own = (img.get("Labels") or {}).get(L.KIT_IMAGE)
        digests = [d for d in img.get("RepoDigests") or [] if "@" in d]
        for ref in [*tags, *digests]:
            if L.in_namespace(ref) and L.repository_of(ref) != own:
                try:
                    api.remove_image(ref, noprune=True)
                    if ref in tags:
                        removed.append(("tag", ref))
                except docker.errors.APIError as exc:
                    _tolerate("untag", ref, exc)
    return removed


def remove_kit(api: Any) -> CliFrame:
    """``kit down``: every course resource, then the registry, the kit images, the volume."""
    removed = sorted(_remove_course(None, api))
    for c in api.containers(all=True, filters={"label": f"{L.KIT}={L.ROLE_REGISTRY}"}):
        if L.container_is_course(c.get("Labels")):
            api.remove_container(c["Id"], force=True, v=True)
            removed.append(("container", _name(c)))
    order = {i.repository: n for n, i in enumerate(IMAGES)}
    kit_images = [img for img in api.images(filters={"label": L.KIT})
                  if L.image_is_kit(img.get("Labels"), img.get("RepoTags") or [])]
    # children before their parent: later in IMAGES first
    kit_images.sort(key=lambda img: -order.get((img.get("Labels") or {}).get(L.KIT_IMAGE), -1))
    for img in kit_images:
        for tag in img.get("RepoTags") or []:
            if L.repository_of(tag) in order:
                try:
                    api.remove_image(tag)
                    removed.append(("image", tag))
                except docker.errors.APIError as exc:
                    _tolerate("remove image", tag, exc)
    try:
        vol = api.inspect_volume(REGISTRY_VOLUME)
        if (vol.get("Labels") or {}).get(L.KIT) == L.ROLE_REGISTRY_DATA:
            api.remove_volume(REGISTRY_VOLUME, force=True)
            removed.append(("volume", REGISTRY_VOLUME))
    except docker.errors.NotFound:
        pass
    return _frame(removed, "dockerlab kit down")
