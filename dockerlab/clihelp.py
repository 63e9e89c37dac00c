"""``docker --help`` (and ``docker COMMAND --help``) as a frame: every command and option.

>>> text = '''Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]
...
... Create and run a new container from an image
...
... Aliases:
...   docker container run, docker run
...
... Options:
...   -d, --detach                     Run container in background and
...                                    print container ID
...   -e, --env list                   Set environment variables
... '''
>>> rows = parse_help(text)
>>> rows[0], rows[3]
(('Usage', 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create and run a new container \
from an image'), ('Options', '-d, --detach', 'Run container in background and print container ID'))
>>> [r[1] for r in rows if r[0] == "Aliases"]
['docker container run', 'docker run']
"""

from __future__ import annotations

import re
import shutil
import subprocess

from .errors import DockerlabError
from .table import CliFrame, CliView

__all__ = ["cli_help", "parse_help"]

_SECTION = re.compile(r"^([A-Z][A-Za-z ]+):\s*$")
_COMMAND = re.compile(r"^  (\S+?)\*?\s{2,}(\S.*)$")
_OPTION = re.compile(r"^\s{2,6}(-\S.*?)\s{2,}(\S.*)$")
_CONTINUATION = re.compile(r"^\s{12,}(\S.*)$")


def parse_help(text: str) -> list[tuple[str, str, str]]:
    """(GROUP, NAME, DESCRIPTION) rows from the docker CLI's help text."""
    rows: list[list[str]] = []
    group = ""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Usage:"):
            summary = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
            rows.append(["Usage", line[len("Usage:") :].strip(), summary])
            continue
        section = _SECTION.match(line)
        if section:
            group = section.group(1)
            continue
        if not group or not line.strip():
            continue
        if group == "Aliases":
            rows.extend(["Aliases", alias.strip(), ""] for alias in line.split(","))
            continue
        continued = _CONTINUATION.match(line)
        option = _OPTION.match(line)
        command = _COMMAND.match(line)
        if option:
            rows.append([group, option.group(1).strip(), option.group(2).strip()])
        elif continued and rows and rows[-1][0] == group:
            rows[-1][2] = f"{rows[-1][2]} {continued.group(1).strip()}"
        elif command:
            rows.append([group, command.group(1), command.group(2).strip()])
    return [(g, n, d) for g, n, d in rows]


def cli_help(*command: str) -> CliFrame:
    """``docker [COMMAND...] --help`` as a frame (GROUP, NAME, DESCRIPTION).

    Needs the docker CLI on PATH (the Engine has no help endpoint: help is the client's).

        >>> cli_help("container")["NAME"].tolist()[:3]                  # doctest: +SKIP
    """
    docker = shutil.which("docker")
    if docker is None:
        raise DockerlabError(
            "the docker CLI is not on PATH",
            subject="docker",
            hint="install it (Docker Desktop has it; Debian: docker.io)",
        )
    result = subprocess.run(
        [docker, *command, "--help"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DockerlabError(
            f"`docker {' '.join(command)} --help` failed: {result.stderr.strip()}",
            subject=" ".join(command),
            hint="check the command name with `docker --help`",
        )
    rows = parse_help(result.stdout)
    return CliFrame(
        {
            "GROUP": [r[0] for r in rows],
            "NAME": [r[1] for r in rows],
            "DESCRIPTION": [r[2] for r in rows],
        },
        cli=CliView(" ".join(["docker", *command, "--help"]), ("GROUP", "NAME", "DESCRIPTION")),
    )
