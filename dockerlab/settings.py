"""Every ``DOCKERLAB_*`` environment variable dockerlab reads, in one place.

The README's "Settings" section lists the same; a test checks that no other module reads a
``DOCKERLAB_`` variable and that the README names each one.

>>> flag("DOCKERLAB_OFFLINE", {"DOCKERLAB_OFFLINE": "yes"}), flag("DOCKERLAB_HUB", {})
(True, False)
>>> value("DOCKERLAB_REGISTRY_PORT", {})
'5000'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["SETTINGS", "Setting", "child_environment", "flag", "value"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    meaning: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "DOCKERLAB_LANG",
            "",
            "the language (zh, en); after dl.set_language(), before the locale",
        ),
        Setting("DOCKERLAB_REGISTRY_PORT", "5000", "the kit registry's port on 127.0.0.1"),
        Setting("DOCKERLAB_OFFLINE", "", "1: never try Docker Hub when building the kit"),
        Setting("DOCKERLAB_HUB", "", "1: lessons may ask Docker Hub (off: the course is offline)"),
        Setting("DOCKERLAB_BUSYBOX", "", "a static busybox to build the kit's base image from"),
        Setting(
            "DOCKERLAB_REGISTRY_BINARY",
            "",
            "the registry binary the kit's registry image is built from",
        ),
        Setting(
            "DOCKERLAB_FAILED", "", "internal: the file a %%bash cell writes its failed command to"
        ),
        Setting(
            "DOCKERLAB_TEST_RESET", "", "tests: 1 lets the suite remove exercise work it finds"
        ),
        Setting(
            "DOCKERLAB_REQUIRE_BROWSER",
            "",
            "tests: 1 fails (not skips) the browser test without Chromium",
        ),
        Setting(
            "DOCKERLAB_SITE_NOTEBOOKS",
            "",
            "tests: the folder of editions the site test builds from (default: notebooks)",
        ),
        Setting(
            "DOCKERLAB_ENGINE_TESTS",
            "",
            "tests: the Engine the fault tests start with "
            "tools/engine.sh (a Debian suite, e.g. trixie)",
        ),
    )
}


def value(name: str, environ: Mapping[str, str] | None = None) -> str:
    """The setting's value, or its default."""
    env = os.environ if environ is None else environ
    return env.get(name) or SETTINGS[name].default


def flag(name: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a yes/no setting is on (1, true, yes)."""
    return value(name, environ).strip().lower() in ("1", "true", "yes", "on")


def child_environment(**values: str) -> dict[str, str]:
    """Settings to hand to child processes (``%%bash`` cells, the ``dockerlab`` command they
    run), checked against :data:`SETTINGS`.

    >>> child_environment(DOCKERLAB_LANG="zh")
    {'DOCKERLAB_LANG': 'zh'}
    """
    unknown = [name for name in values if name not in SETTINGS]
    if unknown:
        raise KeyError(f"not a dockerlab setting: {', '.join(unknown)}")
    return dict(values)
