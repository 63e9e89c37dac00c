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
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from .errors import DockerlabError
from .i18n import _
from .table import CliFrame, CliView

__all__ = ["cli_help", "management_command", "management_commands", "parse_help", "same_command"]

#: The management groups the notes' commands live in.
GROUPS = ("container", "image", "system")

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


def _help_text(command: Sequence[str], docker: str | None = None) -> str:
    """What ``docker COMMAND... --help`` prints."""
    binary = docker or shutil.which("docker")
    if binary is None:
        raise DockerlabError(
            "the docker CLI is not on PATH",
            subject="docker",
            hint="install it (Docker Desktop has it; Debian: docker.io)",
        )
    result = subprocess.run(
        [binary, *command, "--help"], capture_output=True, text=True, check=False, timeout=30
    )
    if result.returncode != 0:
        raise DockerlabError(
            f"`docker {' '.join(command)} --help` failed: {result.stderr.strip()}",
            subject=" ".join(command),
            hint="check the command name with `docker --help`",
        )
    return result.stdout


def cli_help(*command: str) -> CliFrame:
    """``docker [COMMAND...] --help`` as a frame (GROUP, NAME, DESCRIPTION).

    Needs the docker CLI on PATH (the Engine has no help endpoint: help is the client's).

        >>> cli_help("container")["NAME"].tolist()[:3]                  # doctest: +SKIP
    """
    rows = parse_help(_help_text(command))
    return CliFrame(
        {
            "GROUP": [r[0] for r in rows],
            "NAME": [r[1] for r in rows],
            "DESCRIPTION": [r[2] for r in rows],
        },
        cli=CliView(" ".join(["docker", *command, "--help"]), ("GROUP", "NAME", "DESCRIPTION")),
    )


def same_command(one: str, other: str) -> bool:
    r"""Pure: whether two help texts describe one command under two names: equal apart from
    the ``Usage:`` line (which names the form typed) and the ``Aliases:`` section.

    >>> ps = "Usage:  docker ps [OPTIONS]\n\nList containers\n\nOptions:\n  -a, --all  Show all\n"
    >>> ls = ("Usage:  docker container ls [OPTIONS]\n\nList containers\n\nAliases:\n"
    ...       "  ls, ps, list\n\nOptions:\n  -a, --all  Show all\n")
    >>> same_command(ps, ls), same_command(ps, ls.replace("containers", "images"))
    (True, False)
    """

    def body(text: str) -> list[str]:
        kept, in_aliases = [], False
        for line in text.splitlines():
            if line.startswith("Aliases:"):
                in_aliases = True
            elif in_aliases and line.startswith(" "):
                continue
            else:
                in_aliases = False
                if line.strip() and not line.startswith("Usage:"):
                    kept.append(line.rstrip())
        return kept

    return body(one) == body(other)


HelpOf = Callable[[Sequence[str]], str]


def management_command(
    command: str, help_of: HelpOf | None = None, groups: Sequence[str] = GROUPS
) -> tuple[str | None, str]:
    """The management form of ``docker COMMAND`` (``ps`` → ``docker container ls``), or None
    when it has none, and where the answer came from: ``"aliases"`` (the ``Aliases:`` section
    that CLI 23 and later print) or ``"help"`` (older CLIs, such as Debian 12's 20.10: the
    management command whose help is the same, apart from its name).

    ``help_of(("container", "ls"))`` returns the help text (default: ask the docker CLI).
    """
    ask = help_of or _help_text
    text = ask((command,))
    rows = parse_help(text)
    aliases = [name for group, name, _d in rows if group == "Aliases"]
    for alias in aliases:
        words = alias.split()
        if len(words) == 3 and words[0] == "docker" and words[1] in groups:
            return alias, "aliases"
    summary = next((d for group, _n, d in rows if group == "Usage"), "")
    for group in groups:
        for kind, name, description in parse_help(ask((group,))):
            if (
                kind.endswith("Commands")
                and description == summary
                and same_command(text, ask((group, name)))
            ):
                return f"docker {group} {name}", "help"
    return None, "aliases" if aliases else "help"


def management_commands(*commands: str, help_of: HelpOf | None = None) -> CliFrame:
    """``docker COMMAND`` and its management form side by side, for each command, as this
    docker CLI's own help says (see :func:`management_command`).

        >>> management_commands("ps", "search").to_cli()             # doctest: +SKIP
        COMMAND         MANAGEMENT COMMAND
        docker ps       docker container ls
        docker search   (none: a command of its own)
    """
    cache: dict[tuple[str, ...], str] = {}

    def ask(words: Sequence[str]) -> str:
        key = tuple(words)
        if key not in cache:
            cache[key] = (help_of or _help_text)(key)
        return cache[key]

    with ThreadPoolExecutor(max_workers=8) as pool:  # the CLI starts slowly: ask at once
        list(pool.map(ask, [(c,) for c in commands] + [(g,) for g in GROUPS]))
    found = [management_command(c, ask) for c in commands]
    none = _("(none: a command of its own)")
    shown = " ".join([*commands[:3], "…"] if len(commands) > 3 else commands)
    columns = ("COMMAND", "MANAGEMENT COMMAND")
    return CliFrame(
        {
            columns[0]: [f"docker {c}" for c in commands],
            columns[1]: [name or none for name, _source in found],
            "management": [name for name, _source in found],
            "source": [source for _name, source in found],
        },
        cli=CliView(f"for c in {shown}; do docker $c --help; done", columns),
    )
