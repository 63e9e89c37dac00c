"""``dl.progress()`` / ``dockerlab progress``: every exercise of the course, and its state,
read from the Engine now."""

from __future__ import annotations

import docker

from ..client import resolve
from ..course import SECTIONS
from ..errors import InvalidArgument
from ..i18n import _
from ..table import CliFrame, CliView
from .base import EXERCISES, run_check

__all__ = ["progress", "progress_frame"]


def progress_frame(
    rows: list[tuple[str, str, bool, str]], command: str = "dockerlab progress"
) -> CliFrame:
    """Pure: ``(exercise id, title, passed, finding)`` rows → the progress table.

    >>> from dockerlab.i18n import language_scope
    >>> with language_scope("en"):
    ...     print(progress_frame([("07.1", "run it", True, "ok"),
    ...                           ("07.2", "name it", False, "no container")]).to_cli())
    ... # doctest: +NORMALIZE_WHITESPACE
    NOTEBOOK   EXERCISE   STATE   TITLE     FINDING
    07         07.1       ✓       run it    ok
    07         07.2       ✗       name it   no container
    """
    columns = (_("NOTEBOOK"), _("EXERCISE"), _("STATE"), _("TITLE"), _("FINDING"))
    return CliFrame(
        {
            columns[0]: [r[0].split(".")[0] for r in rows],
            columns[1]: [r[0] for r in rows],
            columns[2]: ["✓" if r[2] else "✗" for r in rows],
            columns[3]: [r[1] for r in rows],
            columns[4]: [r[3] for r in rows],
            "passed": [r[2] for r in rows],
        },
        cli=CliView(command, columns),
    )


def progress(section: str | None = None, *, client: docker.DockerClient | None = None) -> CliFrame:
    """Run every exercise check (of one notebook when ``section`` is given) against the
    Engine and return the table; its ``passed`` column is a boolean."""
    if section is not None and section not in SECTIONS:
        raise InvalidArgument(
            "section",
            section,
            _("a notebook's number, from 00 to {last}, e.g. '07'").format(last=SECTIONS[-1]),
        )
    client = resolve(client)
    rows = []
    for exercise_id in sorted(EXERCISES):
        found = EXERCISES[exercise_id]
        if section is not None and found.section != section:
            continue
        result = run_check(found, client)
        rows.append((exercise_id, _(found.title), result.passed, result.message))
    return progress_frame(rows, " ".join(["dockerlab progress", *([section] if section else [])]))
