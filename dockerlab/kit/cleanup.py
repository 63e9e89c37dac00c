"""Remove what the course created, and only that (see :mod:`dockerlab.labels`)."""

from __future__ import annotations

from typing import Any

import docker.errors

from .. import labels as L
from ..table import CliFrame, CliView
from .spec import IMAGES, REGISTRY_VOLUME

__all__ = ["cleanup", "remove_kit"]

_COLUMNS = ("REMOVED", "NAME")


def _frame(rows: list[tuple[str, str]], command: str) -> CliFrame:
    return CliFrame({"REMOVED": [r[0] for r in rows], "NAME": [r[1] for r in rows]},
                    cli=CliView(command, _COLUMNS))


def _name(container: dict[str, Any]) -> str:
    return ",".join(n.lstrip("/") for n in container.get("Names") or []) or container["Id"][:12]


def cleanup(section: str | None = None, *, api: Any) -> CliFrame:
    """Remove the containers, images, volumes and networks a course section created
    (every section when ``section`` is None), never the kit and never anything unlabelled.

    Returns what was removed, as a frame (sorted, so it reads the same on every run).
    """
    command = "dockerlab cleanup" + (f" {section}" if section else "")
    return _frame(sorted(_remove_course(section, api)), command)


def _remove_course(section: str | None, api: Any) -> list[tuple[str, str]]:
    """The work of :func:`cleanup`: (kind, name) of everything removed."""
    selector = f"{L.COURSE}={section}" if section else L.COURSE
    removed: list[tuple[str, str]] = []
    for c in api.containers(all=True, filters={"label": selector}):
        labels = c.get("Labels") or {}
        if not L.container_is_course(labels) or labels.get(L.KIT) == L.ROLE_REGISTRY:
            continue
        try:
            api.remove_container(c["Id"], force=True, v=True)
            removed.append(("container", _name(c)))
        except docker.errors.NotFound:
            pass
    for img in api.images(filters={"label": selector}):
        tags = [t for t in img.get("RepoTags") or [] if t != "<none>:<none>"]
        if not L.image_is_course(img.get("Labels"), tags, section):
            continue
        refs = tags or [img["Id"]]
        for ref in refs:
            try:
                api.remove_image(ref, force=not tags)
                removed.append(("image", ref if tags else "<none> " + img["Id"][7:19]))
            except docker.errors.APIError:
                pass
    removed += _kit_aliases(api)
    for vol in (api.volumes(filters={"label": selector}) or {}).get("Volumes") or []:
        if (vol.get("Labels") or {}).get(L.KIT):
            continue
        try:
            api.remove_volume(vol["Name"], force=True)
            removed.append(("volume", vol["Name"]))
        except docker.errors.APIError:
            pass
    for net in api.networks(filters={"label": selector}):
        try:
            for attached in (api.inspect_network(net["Id"]).get("Containers") or {}):
                api.disconnect_container_from_network(attached, net["Id"], force=True)
            api.remove_network(net["Id"])
            removed.append(("network", net["Name"]))
        except docker.errors.APIError:
            pass
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
                except docker.errors.APIError:
                    pass
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
                except docker.errors.APIError:
                    pass
    try:
        vol = api.inspect_volume(REGISTRY_VOLUME)
        if (vol.get("Labels") or {}).get(L.KIT) == L.ROLE_REGISTRY_DATA:
            api.remove_volume(REGISTRY_VOLUME, force=True)
            removed.append(("volume", REGISTRY_VOLUME))
    except docker.errors.NotFound:
        pass
    return _frame(removed, "dockerlab kit down")
