"""Exercise checks: each looks at the Engine and says pass or fail, with a hint.

In a notebook::

    dl.check("07.1")        # ✓ or ✗, and what to try next

Every exercise asks the learner to label what they create with ``dockerlab.course=NN`` (the
notebook's number), so that the notebook's cleanup removes it, and only it.
"""

from __future__ import annotations

from . import sections  # noqa: F401  (registers the checks)
from .base import EXERCISES, Exercise, Result, check

__all__ = ["EXERCISES", "Exercise", "Result", "check"]
