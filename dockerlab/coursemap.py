"""The course map: every notebook of an edition, its title and the minutes it takes, as the
last build measured them (``dl.course_map()`` in notebook 00).

A built notebook opens with ``# 07 · 容器命令`` and a line ``**时间：** 约 31 分钟（…）``
(``**Time:** about 31 minutes (…)`` in English); the map reads both from each notebook's first
cell. Part 2 (10–15) shows as "coming" until its notebooks are there.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .i18n import N_, _, ngettext

__all__ = ["CourseMap", "Stop", "course_map", "read_first_cell"]

#: Part 2 of the course, beyond the notes (issue "Part 2"): shown as coming until built.
PART_TWO = {
    "10": N_("Dockerfile and docker build"),
    "11": N_("Volumes and bind mounts"),
    "12": N_("Networks and ports"),
    "13": N_("Compose"),
    "14": N_("Housekeeping and running well"),
    "15": N_("Final project"),
}
_TITLE = re.compile(r"^#\s+(\d\d)\s*·\s*(.+?)\s*$", re.M)
_MINUTES = re.compile(r"\*\*(?:时间：|Time:)\*\*\D*?(\d+)")


@dataclass(frozen=True)
class Stop:
    """One notebook on the map; ``minutes`` and ``path`` are None while it is coming."""

    section: str
    title: str
    minutes: int | None = None
    path: str | None = None


def read_first_cell(source: str) -> tuple[str, str, int | None] | None:
    """Pure: ``(section, title, minutes)`` from a notebook's first cell, or None.

    >>> read_first_cell("# 07 · 容器命令\\n\\n**时间：** 约 31 分钟（阅读约 15 分钟）")
    ('07', '容器命令', 31)
    >>> read_first_cell("# 00 · Start here\\n\\n**Time:** about 24 minutes (reading 12)")
    ('00', 'Start here', 24)
    >>> read_first_cell("# A notebook of mine") is None
    True
    """
    title = _TITLE.search(source)
    if title is None:
        return None
    minutes = _MINUTES.search(source)
    return title[1], title[2], int(minutes[1]) if minutes else None


@dataclass(frozen=True)
class CourseMap:
    """The map: displays as a table with links, and a sentence with the total."""

    stops: tuple[Stop, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes or 0 for s in self.stops)

    def _time(self, stop: Stop) -> str:
        if stop.path is None:
            return _("coming (Part 2)")
        if stop.minutes is None:
            return "?"
        return _("{n} min").format(n=stop.minutes)

    def total(self) -> str:
        built = [s for s in self.stops if s.path is not None]
        return ngettext(
            "{n} notebook here, about {hours:.1f} hours in all.",
            "{n} notebooks here, about {hours:.1f} hours in all.",
            len(built),
        ).format(n=len(built), hours=self.minutes / 60)

    def __repr__(self) -> str:
        rows = [f"{s.section}  {s.title}: {self._time(s)}" for s in self.stops]
        return "\n".join([*rows, self.total()])

    def _repr_markdown_(self) -> str:
        head = [_("notebook"), _("title"), _("time")]
        lines = ["| " + " | ".join(head) + " |", "|---|---|---|"]
        for s in self.stops:
            title = html.escape(s.title)
            if s.path is not None:
                title = f"[{title}]({s.path})"
            lines.append(f"| {s.section} | {title} | {self._time(s)} |")
        return "\n".join([*lines, "", self.total()])


def course_map(folder: str | Path = ".") -> CourseMap:
    """The notebooks in ``folder`` (an edition's folder: where the notebook runs), in order,
    and Part 2's notebooks that are not there yet, as coming."""
    stops: dict[str, Stop] = {}
    for path in sorted(Path(folder).glob("[0-9][0-9]-*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells") or []
        except (OSError, ValueError):
            continue
        if not cells:
            continue
        source = cells[0].get("source", "")
        found = read_first_cell("".join(source) if isinstance(source, list) else source)
        if found is not None and found[0] not in stops:
            stops[found[0]] = Stop(found[0], found[1], found[2], path.name)
    for section, title in PART_TWO.items():
        stops.setdefault(section, Stop(section, _(title)))
    return CourseMap(tuple(stops[k] for k in sorted(stops)))
