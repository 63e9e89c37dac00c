"""The exercise registry, the result a check returns, and how solutions are shown.

An exercise is registered with its check and its solution::

    @exercise("07.1", N_("run hello-world under a name"),
              solution="docker run --name ex07-hello dockerlab/hello-world")
    def _hello(client):
        info = need_container(client, "ex07-hello")
        ...
        return _("ex07-hello ran and exited 0")     # passed: what was verified

A check returns the sentence that says what it verified, or raises :class:`NotYet` with what
is missing and a hint. ``dl.check("07.1")`` turns either into a :class:`Result`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import docker

from ..client import resolve
from ..engine import engine_errors
from ..errors import DockerlabError
from ..i18n import _

__all__ = [
    "EXERCISES",
    "Exercise",
    "NotYet",
    "Result",
    "Solution",
    "check",
    "exercise",
    "run_check",
    "solution",
]


class NotYet(Exception):
    """Raised inside a check: the exercise is not done yet. ``message`` says what the Engine
    shows, ``hint`` what to try."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


Check = Callable[[Any], str]


@dataclass(frozen=True)
class Exercise:
    """One exercise: ``title`` is an English msgid (shown translated)."""

    id: str
    title: str
    run: Check
    solution: str
    #: How the tests carry the solution out when ``solution`` needs a terminal (``-it``):
    #: bash commands with the same effect, or a function of the client.
    automated: str | Callable[[Any], None] | None = None

    @property
    def section(self) -> str:
        return self.id.split(".")[0]


EXERCISES: dict[str, Exercise] = {}


def exercise(
    exercise_id: str,
    title: str,
    *,
    solution: str,
    automated: str | Callable[[Any], None] | None = None,
) -> Callable[[Check], Check]:
    """Register ``func(client) -> message`` (raising :class:`NotYet`) as an exercise's check."""

    def register(func: Check) -> Check:
        if exercise_id in EXERCISES:
            raise ValueError(f"exercise {exercise_id} is registered twice")
        EXERCISES[exercise_id] = Exercise(exercise_id, title, func, solution.strip(), automated)
        return func

    return register


@dataclass(frozen=True)
class Result:
    """The outcome of one check: ✓ or ✗, what was found, and a hint when not passed.

    >>> from dockerlab.i18n import language_scope
    >>> with language_scope("en"):
    ...     print(repr(Result("07.1", False, "there is no container ex07-hello", "docker run")))
    ✗ exercise 07.1, not yet: there is no container ex07-hello
      hint: docker run
    """

    exercise: str
    passed: bool
    message: str
    hint: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def _template(self) -> str:
        if self.passed:
            return _("✓ exercise {id} passed: {message}")
        return _("✗ exercise {id}, not yet: {message}")

    def __repr__(self) -> str:
        text = self._template().format(id=self.exercise, message=self.message)
        if self.passed or not self.hint:
            return text
        return text + "\n  " + _("hint: {hint}").format(hint=self.hint)

    def _repr_html_(self) -> str:
        colour = "#2e7d32" if self.passed else "#c62828"
        hint = (
            ""
            if self.passed or not self.hint
            else ("<div>" + html.escape(_("hint: {hint}").format(hint=self.hint)) + "</div>")
        )
        head, _sep, rest = self._template().partition("{message}")
        return (
            f"<div style='border-left:4px solid {colour};padding:4px 10px'>"
            f"<b style='color:{colour}'>{html.escape(head.format(id=self.exercise))}</b>"
            f"{html.escape(self.message)}{html.escape(rest)}{hint}</div>"
        )


def _lookup(exercise_id: str) -> Exercise:
    if not isinstance(exercise_id, str) or exercise_id not in EXERCISES:
        known = ", ".join(sorted(EXERCISES)[:3])
        raise DockerlabError(
            _("no exercise {id!r}").format(id=exercise_id),
            subject=exercise_id,
            hint=_("exercises are numbered like {known}").format(known=known),
        )
    return EXERCISES[exercise_id]


def check(exercise_id: str, *, client: docker.DockerClient | None = None) -> Result:
    """Check exercise ``exercise_id`` (e.g. ``"07.1"``) against the Engine.

    An Engine failure (no Engine, a refusal) raises a DockerlabError naming it; a check
    never lets a docker-py exception through."""
    found = _lookup(exercise_id)
    return run_check(found, resolve(client))


def run_check(found: Exercise, client: docker.DockerClient) -> Result:
    """Run one exercise's check: ✓, ✗ with a hint, or a DockerlabError from the Engine."""
    try:
        with engine_errors():
            message = found.run(client)
    except NotYet as missing:
        return Result(found.id, False, missing.message, missing.hint)
    return Result(found.id, True, message)


@dataclass(frozen=True)
class Solution:
    """An exercise's solution, shown (never run): the commands to type."""

    exercise: str
    title: str
    commands: str

    def _heading(self) -> str:
        return _("Solution to exercise {id}: {title}").format(id=self.exercise, title=self.title)

    def __repr__(self) -> str:
        return f"{self._heading()}\n\n{self.commands}"

    def _repr_markdown_(self) -> str:
        return f"**{self._heading()}**\n\n```bash\n{self.commands}\n```"

    def details(self) -> str:
        """A collapsed ``<details>`` block, as the notebooks show it."""
        summary = html.escape(_("Show a solution"))
        return (
            f"<details><summary>{summary}</summary>\n\n```bash\n{self.commands}\n```\n\n</details>"
        )


def solution(exercise_id: str) -> Solution:
    """The solution of ``exercise_id``: commands to read (and type), not to run blindly."""
    found = _lookup(exercise_id)
    return Solution(found.id, _(found.title), found.solution)
