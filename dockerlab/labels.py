"""The labels that mark what the course created, and who owns what.

Everything the course creates carries ``dockerlab.course``; its value is the notebook section
that made it (``"07"``) or ``"kit"`` for the course kit. The kit's long-lived resources also carry
``dockerlab.kit`` with their role (``image``, ``registry``, ``registry-data``).

Image labels are inherited: a container started from a kit image, or an image built ``FROM``
one, carries the kit image's labels too, even when a learner made it. Cleanup therefore never
trusts a label alone:

* a container is the course's when its ``dockerlab.course`` label names a section (the kit's
  images say ``kit``, and only the kit's registry container keeps that value on purpose);
* an image is the kit's when it is tagged as the very name its ``dockerlab.kit.image`` label
  records; a course image needs a tag in the ``dockerlab/`` namespace (or no tag at all).

>>> container_is_course({COURSE: "07", KIT: "image"})
True
>>> container_is_course({COURSE: "kit", KIT: "image", KIT_IMAGE: "dockerlab/web"})
False
>>> image_is_kit({KIT: "image", KIT_IMAGE: "dockerlab/web"}, ["dockerlab/web:latest"])
True
>>> image_is_kit({KIT: "image", KIT_IMAGE: "dockerlab/web"}, ["mywebsite:1.0"])
False
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .references import NAMESPACE, in_namespace, repository_of

__all__ = [
    "COURSE",
    "KIT",
    "KIT_HASH",
    "KIT_IMAGE",
    "KIT_SECTION",
    "NAMESPACE",
    "container_is_course",
    "course_labels",
    "image_is_course",
    "image_is_kit",
    "in_namespace",
    "repository_of",
]

COURSE = "dockerlab.course"
KIT = "dockerlab.kit"
KIT_IMAGE = "dockerlab.kit.image"
KIT_HASH = "dockerlab.kit.hash"
KIT_SECTION = "kit"

ROLE_IMAGE = "image"
ROLE_REGISTRY = "registry"
ROLE_REGISTRY_DATA = "registry-data"


def course_labels(section: str, **extra: str) -> dict[str, str]:
    """Labels for something a notebook section creates.

    >>> course_labels("08", demo="signals")
    {'dockerlab.course': '08', 'dockerlab.demo': 'signals'}
    """
    labels = {COURSE: section}
    labels.update({f"dockerlab.{k}": v for k, v in extra.items()})
    return labels


def container_is_course(labels: Mapping[str, str] | None) -> bool:
    """Whether a container was created by the course (not merely from a course image)."""
    labels = labels or {}
    section = labels.get(COURSE)
    if section is None:
        return False
    if section != KIT_SECTION:
        return True
    return labels.get(KIT) == ROLE_REGISTRY


def image_is_kit(labels: Mapping[str, str] | None, repo_tags: Iterable[str]) -> bool:
    """Whether an image is one of the kit's own (not a learner's image built from one)."""
    labels = labels or {}
    if labels.get(KIT) != ROLE_IMAGE:
        return False
    name = labels.get(KIT_IMAGE)
    return any(repository_of(tag) == name for tag in repo_tags)


def image_is_course(
    labels: Mapping[str, str] | None, repo_tags: Iterable[str], section: str | None = None
) -> bool:
    """Whether an image was made by a course section (``section`` narrows to one).

    >>> image_is_course({COURSE: "06"}, ["dockerlab/demo:v1"])
    True
    >>> image_is_course({COURSE: "06"}, ["myapp:1"])
    False
    >>> image_is_course({COURSE: "kit"}, ["dockerlab/web:latest"])
    False
    """
    labels = labels or {}
    value = labels.get(COURSE)
    if value is None or value == KIT_SECTION:
        return False
    if section is not None and value != section:
        return False
    tags = [t for t in repo_tags if t != "<none>:<none>"]
    return all(in_namespace(t) for t in tags)
