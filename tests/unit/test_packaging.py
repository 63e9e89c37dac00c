"""The project's promises about itself: typed API, sorted exports, matching environments."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
import tomllib

import dockerlab

ROOT = Path(__file__).resolve().parents[2]
# pyproject (PyPI) name -> conda-forge name, where they differ
CONDA_NAMES = {"docker": "docker-py", "matplotlib": "matplotlib-base"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


def test_environment_yml_names_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for name, extra in project["optional-dependencies"].items():  # test, docs
        if name != "classroom":  # the instructor's host only: listed commented out (below)
            wanted |= {_name(r) for r in extra}
    wanted = {CONDA_NAMES.get(n, n) for n in wanted}
    listed = set()
    text = (ROOT / "environment.yml").read_text()
    for line in text.split("dependencies:", 1)[1].splitlines():
        match = re.match(r"^\s{2}- ([A-Za-z0-9_.-]+)", line)
        if match:
            listed.add(match.group(1).lower())
    assert listed - {"python", "pip"} == wanted
    assert "-e ." in (ROOT / "environment.yml").read_text()  # installs the package itself


def test_environment_yml_lists_the_classroom_extra_commented_out():
    """The classroom's packages are for the instructor's host: environment.yml names them
    (commented, so the learner's environment stays without them), as pyproject does."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["optional-dependencies"]["classroom"]}
    text = (ROOT / "environment.yml").read_text()
    commented = {m.lower() for m in re.findall(r"^\s{2}# - ([A-Za-z0-9_.-]+)", text, re.M)}
    assert commented == wanted | {"configurable-http-proxy"}  # the proxy is npm's on PyPI hosts


def test_public_api_is_sorted_and_typed():
    assert dockerlab.__all__ == sorted(dockerlab.__all__)
    assert all(hasattr(dockerlab, name) for name in dockerlab.__all__)
    assert (Path(dockerlab.__file__).parent / "py.typed").exists()


def _modules():
    for info in pkgutil.walk_packages(dockerlab.__path__, "dockerlab."):
        yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_every_module_is_small_and_sorts_its_exports(name):
    module = importlib.import_module(name)
    source = Path(module.__file__).read_text()
    assert len(source.splitlines()) < 400, f"{name} is too long: split it"
    exported = getattr(module, "__all__", None)
    if exported is not None:
        assert list(exported) == sorted(exported), name


#: Programs, not library: the `dockerlab` command, the classroom's subcommand, and what runs
#: inside a learner's container (its entrypoint, and the probe the instructor's view runs).
ENTRY_POINTS = {"__main__.py", "classroom/cli.py", "classroom/entrypoint.py", "classroom/probe.py"}


def test_the_library_never_prints():
    offenders = []
    for path in (ROOT / "dockerlab").rglob("*.py"):
        if path.relative_to(ROOT / "dockerlab").as_posix() in ENTRY_POINTS:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.match(r"\s*print\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []
