"""Exercises: each notebook's exercise checks, their solutions, and the course's progress.

In a notebook::

    dl.check("07.1")        # ✓, or ✗ not yet: what is missing and a hint
    dl.solution("07.1")     # the commands of one solution, to read
    dl.progress()           # every exercise of the course and its state, from the Engine

Exercises name what they ask for ``exNN-…`` (NN: the notebook), so the course knows the
learner's exercise work from everything else: ``dockerlab reset NN`` removes it.
"""

from __future__ import annotations

import pkgutil
import re
from importlib import import_module

from .base import EXERCISES, Exercise, NotYet, Result, Solution, check, solution
from .progress import progress

# Each notebook's checks live in sNN.py; importing one registers its exercises.
for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if re.fullmatch(r"s\d\d", _module):
        import_module(f"{__name__}.{_module}")

__all__ = ["EXERCISES", "Exercise", "NotYet", "Result", "Solution", "check", "progress", "solution"]
