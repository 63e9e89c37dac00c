"""Pure: what goes into the learner image, and where its recipe lives.

The recipe is in the repository's ``classroom/image/`` (``Dockerfile`` and ``packages``);
``dockerlab classroom build`` reads it from the checkout this package was installed from, or
from ``DOCKERLAB_CLASSROOM_DIR``.

>>> parse_packages("# base\\ndocker.io\\n\\npython3  # the course's Python\\n")
['docker.io', 'python3']
>>> base_tag(["python3", "docker.io"], "bookworm") == base_tag(["docker.io", "python3"],
...                                                           "bookworm")
True
>>> base_tag(["docker.io"], "bookworm").startswith("dockerlab/classroom-base:bookworm-")
True
>>> image_requirements(["docker>=7.1", "pytest>=8; extra == 'test'"], "6.1.1")
['docker>=7.1', 'jupyterhub==6.1.1', 'nbval>=0.11', 'setuptools>=77']
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .. import settings
from ..errors import DockerlabError
from ..i18n import _

__all__ = [
    "IMAGE",
    "LEARNER_HOME",
    "LEARNER_UID",
    "base_tag",
    "cache_dir",
    "image_requirements",
    "parse_packages",
    "recipe_dir",
    "repository_root",
    "wheel_platforms",
]

#: The learner image's tag.
IMAGE = "dockerlab/classroom:latest"
LEARNER_HOME = "/home/learner"
LEARNER_UID = 1000


def parse_packages(text: str) -> list[str]:
    """The package names of a ``packages`` file (``#`` comments, blank lines ignored)."""
    names = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            names.append(word)
    return names


def base_tag(packages: list[str], suite: str) -> str:
    """The base image's tag: the suite and a hash of the package set."""
    digest = hashlib.sha256(" ".join(sorted(packages)).encode()).hexdigest()[:12]
    return f"dockerlab/classroom-base:{suite}-{digest}"


def image_requirements(requires: list[str], jupyterhub: str) -> list[str]:
    """The image's Python requirements: dockerlab's own (without extras), the hub's
    single-user server at the hub's exact version, nbval (to check a room), and the
    setuptools that builds dockerlab."""
    own = [r.strip() for r in requires if "extra ==" not in r]
    return sorted({*own, f"jupyterhub=={jupyterhub}", "nbval>=0.11", "setuptools>=77"})


def wheel_platforms(glibc: str, machine: str) -> list[str]:
    """pip's ``--platform`` tags for wheels that run on a glibc ``glibc`` system.

    >>> wheel_platforms("2.36", "x86_64")[:2], wheel_platforms("2.36", "x86_64")[-1]
    (['manylinux1_x86_64', 'manylinux2010_x86_64'], 'manylinux_2_36_x86_64')
    >>> len(wheel_platforms("2.17", "aarch64"))
    4
    """
    major, minor = (int(p) for p in glibc.split(".")[:2])
    legacy = [
        f"{tag}_{machine}"
        for tag, needs in (("manylinux1", 5), ("manylinux2010", 12), ("manylinux2014", 17))
        if needs <= minor
    ]
    return legacy + [f"manylinux_{major}_{m}_{machine}" for m in range(17, minor + 1)]


def repository_root() -> Path:
    """The checkout this package comes from (where ``classroom/`` and ``notebooks/`` are)."""
    return Path(__file__).resolve().parents[2]


def recipe_dir() -> Path:
    """The repository's ``classroom/`` directory (``DOCKERLAB_CLASSROOM_DIR`` overrides)."""
    found = Path(settings.value("DOCKERLAB_CLASSROOM_DIR") or repository_root() / "classroom")
    if not (found / "jupyterhub_config.py").is_file():
        raise DockerlabError(
            _("no classroom recipe at {path}").format(path=found),
            subject=str(found),
            hint=_(
                "run dockerlab from a clone of its repository, or set "
                "DOCKERLAB_CLASSROOM_DIR to its classroom/ folder"
            ),
        )
    return found


def cache_dir() -> Path:
    """Where the builder keeps the wheelhouse and the build context."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "dockerlab" / "classroom"
