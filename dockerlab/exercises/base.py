"""The exercise registry and the result a check returns."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..client import resolve
from ..errors import DockerlabError

__all__ = ["EXERCISES", "Exercise", "NotYet", "Result", "check", "exercise"]


@dataclass(frozen=True)
class Result:
    """The outcome of one check: displayed as ✓/✗, the finding, and a hint when it failed."""

    exercise: str
    passed: bool
    message: str
    hint: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        mark = "✓" if self.passed else "✗"
        text = f"{mark} exercise {self.exercise}: {self.message}"
        return text if self.passed or not self.hint else f"{text}\n  hint: {self.hint}"

    def _repr_html_(self) -> str:
        colour = "#2e7d32" if self.passed else "#c62828"
        mark = "✓ passed" if self.passed else "✗ not yet"
        hint = "" if self.passed or not self.hint else (
            f"<div><b>hint:</b> {html.escape(self.hint)}</div>")
        return (f"<div style='border-left:4px solid {colour};padding:4px 10px'>"
                f"<b style='color:{colour}'>{mark}</b> · exercise {html.escape(self.exercise)}:"
                f" {html.escape(self.message)}{hint}</div>")


Check = Callable[[Any], tuple[bool, str, str]]


class NotYet(Exception):
    """Raised inside a check to end it as not passed: what is missing, and the hint."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    run: Check


EXERCISES: dict[str, Exercise] = {}


def exercise(exercise_id: str, title: str) -> Callable[[Check], Check]:
    """Register ``func(client) -> (passed, message, hint)`` as the check of an exercise."""
    def register(func: Check) -> Check:
        EXERCISES[exercise_id] = Exercise(exercise_id, title, func)
        return func
    return register


def check(exercise_id: str, *, client: Any = None) -> Result:
    """Check exercise ``exercise_id`` (e.g. ``"07.1"``) against the Engine."""
    if exercise_id not in EXERCISES:
        raise DockerlabError(f"no exercise {exercise_id!r}", subject=exercise_id,
                             hint=f"exercises are numbered like {', '.join(sorted(EXERCISES)[:3])}")
    try:
        passed, message, hint = EXERCISES[exercise_id].run(resolve(client))
    except NotYet as missing:
        passed, message, hint = False, missing.message, missing.hint
    return Result(exercise_id, passed, message, hint)
