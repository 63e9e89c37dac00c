"""What the course creates, known by the names it chose.

The commands a learner reads carry no course mechanics, so the course recognises its own
things by name. Notebook ``NN`` names what its lessons create ``nbNN-…`` and what its
exercises ask for ``exNN-…``; Compose projects and images follow the same rule (``nb13_default``,
``nb10/app:1.0``, ``127.0.0.1:5000/ex10/app``). Everything else on the Engine is the learner's,
and no cleanup touches it.

>>> owner("nb07-hello"), owner("ex08-web"), owner("nb13_default"), owner("web")
(('07', 'lesson'), ('08', 'exercise'), ('13', 'lesson'), None)
>>> image_owner("127.0.0.1:5000/ex10/app:1.0"), image_owner("nb10-app:latest")
(('10', 'exercise'), ('10', 'lesson'))
>>> image_owner("nginx:1.25"), image_owner("me/nb07-x"), image_owner("<none>:<none>")
(None, None, None)
"""

from __future__ import annotations

import re

from .references import first_component

__all__ = [
    "EXERCISE",
    "LESSON",
    "SECTIONS",
    "exercise_name",
    "image_owner",
    "lesson_name",
    "owner",
    "selects",
]

LESSON = "lesson"
EXERCISE = "exercise"
#: The course's notebooks, by number.
SECTIONS = tuple(f"{n:02d}" for n in range(16))

_NAME = re.compile(r"^(?P<kind>nb|ex)(?P<section>\d\d)(?:[-_.]|$)")


def lesson_name(section: str, name: str) -> str:
    """The name a lesson gives something: ``lesson_name("07", "hello")`` → ``nb07-hello``."""
    return f"nb{section}-{name}"


def exercise_name(section: str, name: str) -> str:
    """The name an exercise asks for: ``exercise_name("07", "hello")`` → ``ex07-hello``."""
    return f"ex{section}-{name}"


def owner(name: str | None) -> tuple[str, str] | None:
    """``(section, "lesson" | "exercise")`` for a container, volume or network name the course
    chose, else None. A leading ``/`` (as the Engine reports container names) is ignored."""
    if not name:
        return None
    match = _NAME.match(name.lstrip("/"))
    if match is None:
        return None
    return match["section"], LESSON if match["kind"] == "nb" else EXERCISE


def image_owner(reference: str | None) -> tuple[str, str] | None:
    """The same for an image reference: its repository's first path component (after any
    registry host) must be a course name, e.g. ``nb06/hello`` or ``nb10-app``."""
    if not reference or reference.startswith("<none>"):
        return None
    return owner(first_component(reference))


def selects(found: tuple[str, str] | None, section: str | None, exercises: bool) -> bool:
    """Whether an owner (from :func:`owner`) falls in a cleanup of ``section`` (None: every
    section), lessons only unless ``exercises``.

    >>> selects(("07", "lesson"), "07", False), selects(("07", "exercise"), "07", False)
    (True, False)
    >>> selects(("07", "exercise"), None, True), selects(("08", "lesson"), "07", True)
    (True, False)
    """
    if found is None:
        return False
    sec, kind = found
    if section is not None and sec != section:
        return False
    return exercises or kind == LESSON
