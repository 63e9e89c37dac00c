"""The package's own rules, checked on its source (no Engine): one module touches docker-py's
internals, no error drops its cause, every DOCKERLAB_* setting lives in settings.py and the
README, every caption names a dockerlab command that exists, the version is defined once."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest
import tomllib

import dockerlab
from dockerlab import settings
from dockerlab.__main__ import _parser

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dockerlab"
SOURCES = sorted(PACKAGE.rglob("*.py"))
INTERNALS = re.compile(
    r"_get_raw_response_socket|_disable_socket_timeout|_raise_for_status"
    r"|_stream_helper|\._internals\b|\b(?:api|self\.api)\._[a-z]"
)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


#: The Engine adapter: the package dockerlab/engine/.
ADAPTER = {p.relative_to(ROOT).as_posix() for p in (ROOT / "dockerlab" / "engine").glob("*.py")}


def test_docker_py_internals_are_touched_in_the_engine_adapter_only():
    touching = {p.relative_to(ROOT).as_posix() for p in SOURCES if INTERNALS.search(_text(p))}
    assert touching <= ADAPTER and touching, touching


def test_only_the_adapter_and_the_client_import_docker_errors():
    importing = {
        p.relative_to(ROOT).as_posix()
        for p in SOURCES
        if re.search(r"^\s*(?:import|from) docker\.errors", _text(p), re.M)
    }
    assert importing <= ADAPTER | {"dockerlab/engine_errors.py", "dockerlab/client.py"}


def test_no_error_drops_its_cause():
    dropping = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in SOURCES
        for n, line in enumerate(_text(p).splitlines(), 1)
        if "from None" in line
    ]
    assert dropping == []


def test_every_setting_is_read_through_settings_and_documented():
    read_elsewhere = [
        p.relative_to(ROOT).as_posix()
        for p in SOURCES
        if p.name != "settings.py"
        and re.search(r"environ(?:\.get)?\(?\[?[\"']DOCKERLAB_", _text(p))
    ]
    assert read_elsewhere == []
    mentioned = set()
    for path in [
        *SOURCES,
        *(ROOT / "tests").rglob("*.py"),
        ROOT / "conftest.py",
        ROOT / "dev.py",
        ROOT / ".ci" / "run",
    ]:
        mentioned |= set(re.findall(r"\bDOCKERLAB_[A-Z_]+[A-Z]", _text(path)))
    assert mentioned <= set(settings.SETTINGS), mentioned - set(settings.SETTINGS)
    readme = _text(ROOT / "README.md")
    assert [s for s in settings.SETTINGS if s not in readme] == []


def _captions() -> set[str]:
    """``CliView("dockerlab ...")`` captions, and `dockerlab ...` in messages and hints."""
    found = set()
    for path in SOURCES:
        text = _text(path)
        found |= set(re.findall(r"CliView\(\s*\"(dockerlab [^\"]+)\"", text))
        found |= {c for c in re.findall(r"`(dockerlab [^`\"\n]+)`", text) if "{" not in c}
    return found


def _command_path_exists(words: list[str]) -> bool:
    """Whether ``words`` start with sub-commands that exist (``kit save``, ``reset``...)."""
    parser = _parser()
    for word in words:
        sub = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        if sub is None:
            return True  # the rest are the command's arguments
        if word not in sub.choices:
            return False
        parser = sub.choices[word]
    return True


@pytest.mark.parametrize("caption", sorted(_captions()))
def test_every_caption_names_a_command_that_exists(caption):
    words = shlex.split(caption)[1:]
    assert _command_path_exists(words), f"`{caption}` is not a dockerlab command"


def test_the_cleanup_captions_are_commands():
    for caption in (
        "dockerlab cleanup 08",
        "dockerlab reset 08",
        "dockerlab cleanup --all",
        "dockerlab kit down",
        "dockerlab progress 07",
    ):
        _parser().parse_args(caption.split()[1:])


def test_the_version_is_defined_once():
    project = tomllib.loads(_text(ROOT / "pyproject.toml"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    defining = [
        p.relative_to(ROOT).as_posix()
        for p in SOURCES
        if re.search(r"^__version__\s*=", _text(p), re.M)
    ]
    assert defining == ["dockerlab/_version.py"]
    assert dockerlab.__version__ == dockerlab._version.__version__
