"""A wrong answer per exercise, by notebook: ``WRONG = {"NN.k": (bash, hint fragment)}`` in
``sNN.py``. The bash is what a learner might type; the fragment must be in the check's hint
(English)."""

from __future__ import annotations

import pkgutil
import re
from importlib import import_module

WRONG: dict[str, tuple[str, str]] = {}
for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    if re.fullmatch(r"s\d\d", _module):
        WRONG.update(import_module(f"{__name__}.{_module}").WRONG)
