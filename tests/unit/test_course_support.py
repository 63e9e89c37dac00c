"""What notebooks 00 and 09 need from the library, without an Engine or a docker CLI:
management command names from canned help texts (CLI 28 and CLI 20.10), the course map,
the doctor's verdict, and the shell environment ``dl.begin`` sets up."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from dockerlab.clihelp import management_command, management_commands
from dockerlab.coursemap import course_map
from dockerlab.doctor import Check, report_frame, verdict
from dockerlab.i18n import language_scope
from dockerlab.notebook import _shell_environment

# -- docker COMMAND --help, as two CLIs print it ------------------------------------------

PS_28 = """
Usage:  docker container ls [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
"""
PS_20 = """
Usage:  docker ps [OPTIONS]

List containers

Options:
  -a, --all             Show all containers (default shows just running)
"""
CONTAINER_LS_20 = """
Usage:  docker container ls [OPTIONS]

List containers

Aliases:
  ls, ps, list

Options:
  -a, --all             Show all containers (default shows just running)
"""
CONTAINER_20 = """
Usage:  docker container COMMAND

Manage containers

Commands:
  inspect     Display detailed information on one or more containers
  ls          List containers
  rm          Remove one or more containers
"""
IMAGE_20 = """
Usage:  docker image COMMAND

Manage images

Commands:
  ls          List images
  rm          Remove one or more images
"""
SYSTEM_20 = """
Usage:  docker system COMMAND

Manage Docker

Commands:
  info        Display system-wide information
"""
RM_20 = """
Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]

Remove one or more containers

Options:
  -f, --force   Force the removal of a running container (uses SIGKILL)
"""
CONTAINER_RM_20 = RM_20.replace("docker rm", "docker container rm")
IMAGE_RM_20 = """
Usage:  docker image rm [OPTIONS] IMAGE [IMAGE...]

Remove one or more images

Aliases:
  rm, rmi, remove

Options:
  -f, --force      Force removal of the image
"""
INSPECT = """
Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]

Return low-level information on Docker objects

Options:
  -f, --format string   Format output using a custom template
"""
SEARCH = """
Usage:  docker search [OPTIONS] TERM

Search Docker Hub for images
"""
CLI_20 = {
    ("ps",): PS_20,
    ("rm",): RM_20,
    ("inspect",): INSPECT,
    ("search",): SEARCH,
    ("container",): CONTAINER_20,
    ("image",): IMAGE_20,
    ("system",): SYSTEM_20,
    ("container", "ls"): CONTAINER_LS_20,
    ("container", "rm"): CONTAINER_RM_20,
    ("image", "rm"): IMAGE_RM_20,
    ("container", "inspect"): INSPECT,
}


def _cli(texts):
    asked = []

    def help_of(words):
        asked.append(tuple(words))
        return texts[tuple(words)]

    return help_of, asked


def test_cli_23_and_later_answers_from_the_aliases_alone():
    help_of, asked = _cli({("ps",): PS_28})
    assert management_command("ps", help_of) == ("docker container ls", "aliases")
    assert asked == [("ps",)]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("ps", "docker container ls"),
        ("rm", "docker container rm"),  # not docker image rm: its help is about images
        ("inspect", None),  # the generic inspect is not docker container inspect
        ("search", None),
    ],
)
def test_cli_20_answers_from_the_management_command_with_the_same_help(command, expected):
    help_of, _asked = _cli(CLI_20)
    assert management_command(command, help_of) == (expected, "help")


def test_the_table_says_when_there_is_no_management_form():
    help_of, _asked = _cli(CLI_20)
    with language_scope("en"):
        table = management_commands("ps", "search", help_of=help_of)
    assert table.to_cli().splitlines()[1:] == [
        "docker ps       docker container ls",
        "docker search   (none: a command of its own)",
    ]
    assert table["management"].isna().tolist() == [False, True]


# -- the course map ------------------------------------------------------------------------


def _notebook(folder: Path, name: str, first: str) -> None:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": first.splitlines(True)}]
    (folder / name).write_text(json.dumps({"cells": cells, "metadata": {}}))


def test_the_course_map_reads_each_notebook_and_shows_part_two_as_coming(tmp_path):
    _notebook(tmp_path, "00-start-here.ipynb", "# 00 · Start here\n\n**Time:** about 25 minutes")
    _notebook(tmp_path, "07-x.ipynb", "# 07 · Container commands\n\n**Time:** about 31 minutes")
    _notebook(tmp_path, "10-build.ipynb", "# 10 · Dockerfile\n\n**Time:** about 40 minutes")
    _notebook(tmp_path, "notes.ipynb", "# my own notes")
    with language_scope("en"):
        found = course_map(tmp_path)
        text = repr(found)
        markdown = found._repr_markdown_()
    assert [s.section for s in found.stops] == ["00", "07", "10", "11", "12", "13", "14", "15"]
    assert found.minutes == 96
    assert "10  Dockerfile: 40 min" in text and "11  Volumes and bind mounts: coming" in text
    assert "| 07 | [Container commands](07-x.ipynb) | 31 min |" in markdown
    assert text.endswith("3 notebooks here, about 1.6 hours in all.")


# -- the doctor's verdict, and the shell of dl.begin ---------------------------------------


def test_the_doctor_verdict_names_what_failed_in_chinese_too():
    report = report_frame(
        [Check("Docker Engine", True, "ok"), Check("kit images", False, "0/6", "dockerlab kit up")]
    )
    with language_scope("zh"):
        assert verdict(report) == "✗ 2 项检查中有 1 项没有通过：kit images。FIX 一列写着怎么做。"


def test_shell_cells_find_the_dockerlab_command_and_speak_the_edition(monkeypatch):
    monkeypatch.setenv("PATH", "/usr/bin")
    monkeypatch.setenv("DOCKERLAB_LANG", "en")  # restored after the test
    _shell_environment("zh_CN")
    scripts = str(Path(sys.executable).parent)
    assert os.environ["PATH"].split(os.pathsep) == [scripts, "/usr/bin"]
    assert os.environ["DOCKERLAB_LANG"] == "zh_CN"
    _shell_environment(None)  # a second call adds nothing
    assert os.environ["PATH"].split(os.pathsep) == [scripts, "/usr/bin"]
