"""Project-wide pytest settings: nbval checks the notebooks with the project's sanitizers, in
this Python environment, so that `pytest notebooks` alone runs the course as tests."""

from __future__ import annotations

from pathlib import Path

SANITIZERS = Path(__file__).parent / "notebooks" / "nbval-sanitize.cfg"

collect_ignore = ["dev.py", "tools", "benchmarks", "notebooks/src"]


def pytest_configure(config):
    option = config.option
    if getattr(option, "nbval_sanitize_with", "unset") is None:
        option.nbval_sanitize_with = str(SANITIZERS)
    if hasattr(option, "nbval_current_env"):
        option.nbval_current_env = True
