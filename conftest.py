"""Project-wide pytest settings: nbval checks the notebooks with the project's sanitizers, in
this Python environment, so that `pytest notebooks` alone runs the course as tests; and the
Engine is left as found (a kit the tests brought up is taken down again)."""

from __future__ import annotations

from pathlib import Path

import pytest

SANITIZERS = Path(__file__).parent / "notebooks" / "nbval-sanitize.cfg"

KIT_WAS_UP = pytest.StashKey[bool | None]()

collect_ignore = ["dev.py", "tools", "benchmarks", "notebooks/src"]


def pytest_configure(config):
    option = config.option
    if getattr(option, "nbval_sanitize_with", "unset") is None:
        option.nbval_sanitize_with = str(SANITIZERS)
    if hasattr(option, "nbval_current_env"):
        option.nbval_current_env = True


def _kit_registry_exists() -> bool | None:
    """Whether the kit's registry container exists (None: no Engine to ask)."""
    import dockerlab
    from dockerlab.kit.local_registry import find_container

    try:
        return find_container(dockerlab.connect().api) is not None
    except dockerlab.DockerlabError:
        return None


def pytest_sessionstart(session):
    session.config.stash[KIT_WAS_UP] = _kit_registry_exists()


def pytest_sessionfinish(session, exitstatus):
    """Leave the Engine as the tests found it: a kit they brought up is taken down again
    (`dockerlab kit down`: only what the course labelled); a kit that was up stays up."""
    if session.config.stash.get(KIT_WAS_UP, None) is not False:
        return
    import dockerlab

    if _kit_registry_exists():
        removed = dockerlab.kit.down()
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(f"dockerlab: the kit was not up before the tests; removed its "
                                f"{len(removed)} resources again (dockerlab kit down)")
