"""What a course notebook needs around its lessons: a first cell, a last cell, and ``%%bash``.

The first code cell of every notebook is::

    import dockerlab as dl
    dl.begin("07", language="zh")

It speaks the edition's language, checks the Engine and the course kit, puts the course
registry's address in ``$REGISTRY`` for the shell cells (where the ``dockerlab`` command
works too, in the edition's language), removes what an interrupted earlier
run of this notebook's lessons left behind, and makes ``%%bash`` cells stop at the first
command that fails (as a script with ``set -e`` does), so that Run All stops there too.
``dl.finish("07")`` at the end removes what the lessons created; exercise work stays.
"""

from __future__ import annotations

import codecs
import html
import os
import selectors
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docker

from . import settings
from .client import resolve
from .engine import Engine
from .errors import DockerlabError
from .i18n import N_, _, ngettext, set_language
from .table import CliFrame

__all__ = [
    "CommandFailed",
    "Finished",
    "Ready",
    "begin",
    "finish",
    "load_ipython_extension",
    "reset",
    "run_bash",
]

#: The first notebook of Part 2, whose notebooks also need the kit's optional python image.
PART2 = 10

#: Prepended to every ``%%bash`` cell: stop at the first failure and remember which command.
_PROLOGUE = 'set -eo pipefail\ntrap \'printf %s "$BASH_COMMAND" > "$DOCKERLAB_FAILED"\' ERR\n'


class CommandFailed(DockerlabError):
    """A command in a ``%%bash`` cell exited with a non-zero status."""

    def __init__(self, command: str, status: int) -> None:
        super().__init__(
            _("`{command}` failed (exit status {status})").format(command=command, status=status),
            subject=command,
            hint=_("the lines above are the command's own message"),
        )
        self.command = command
        self.status = status

    def _render_traceback_(self) -> list[str]:
        """How IPython shows it: two plain lines, no Python traceback."""
        return [f"\x1b[31m✗ {self.message}\x1b[0m", f"  {self.hint}"]


def run_bash(
    script: str, *, stdout: Any = None, stderr: Any = None, env: dict[str, str] | None = None
) -> int:
    """Run ``script`` with bash, stopping at the first failing command, streaming its output.

    Standard input is empty (as in a script run from cron), so ``docker run -i`` reads nothing
    and ``-t`` is refused: interactive work belongs in a terminal. Raises
    :class:`CommandFailed` naming the command that failed; returns 0 otherwise.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    with tempfile.NamedTemporaryFile(prefix="dockerlab-failed-", delete=False) as marker:
        failed_path = marker.name
    environment = dict(os.environ if env is None else env, DOCKERLAB_FAILED=failed_path)
    process = subprocess.Popen(
        ["bash", "-c", _PROLOGUE + script],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,
    )
    try:
        _stream(process, out, err)
        status = process.wait()
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        raise
    finally:
        failed = Path(failed_path).read_text(errors="replace").strip()
        Path(failed_path).unlink(missing_ok=True)
    if status:
        raise CommandFailed(failed or script.strip().splitlines()[-1], status)
    return 0


def _stream(process: subprocess.Popen[bytes], out: Any, err: Any) -> None:
    """Copy the child's stdout and stderr as they come, in this thread (so the notebook
    shows them in the cell that ran them)."""
    selector = selectors.DefaultSelector()
    targets: dict[int, tuple[Any, codecs.IncrementalDecoder]] = {}
    for pipe, target in ((process.stdout, out), (process.stderr, err)):
        assert pipe is not None
        selector.register(pipe.fileno(), selectors.EVENT_READ)
        targets[pipe.fileno()] = (target, codecs.getincrementaldecoder("utf-8")(errors="replace"))
    while targets:
        for key, _mask in selector.select():
            fd = key.fd
            target, decoder = targets[fd]
            chunk = os.read(fd, 65536)
            text = decoder.decode(chunk, final=not chunk)
            if text:
                target.write(text)
                target.flush()
            if not chunk:
                selector.unregister(fd)
                del targets[fd]
    selector.close()


def _bash_magic(line: str, cell: str) -> None:
    """``%%bash``: the cell is a bash script that stops at the first failing command."""
    run_bash(cell)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext dockerlab``: make ``%%bash`` stop at the first failing command."""
    ipython.register_magic_function(_bash_magic, magic_kind="cell", magic_name="bash")


def _ipython() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with JupyterLab
        return None
    return get_ipython()


@dataclass(frozen=True)
class Ready:
    """What :func:`begin` found: shown as one sentence."""

    section: str
    engine: str
    registry: str
    leftovers: int = 0

    def sentences(self) -> list[str]:
        lines = [
            _(
                "✓ Ready for notebook {section}: Docker Engine {engine} answers, the course "
                "kit is ready, and the course registry is {registry} "
                "(in shell cells: $REGISTRY)."
            ).format(section=self.section, engine=self.engine, registry=self.registry)
        ]
        if self.leftovers:
            lines.append(
                ngettext(
                    "Removed {n} thing an earlier, interrupted run of this notebook left behind.",
                    "Removed {n} things an earlier, interrupted run of this notebook left behind.",
                    self.leftovers,
                ).format(n=self.leftovers)
            )
        return lines

    def __repr__(self) -> str:
        return "\n".join(self.sentences())

    def _repr_html_(self) -> str:
        return "<br>".join(html.escape(s) for s in self.sentences())


_KINDS = {
    "container": N_("container"),
    "image": N_("image"),
    "volume": N_("volume"),
    "network": N_("network"),
    "tag": N_("tag"),
}


@dataclass(frozen=True)
class Finished:
    """What :func:`finish` removed: shown as sentences."""

    section: str
    removed: dict[str, list[str]] = field(default_factory=dict)

    def sentences(self) -> list[str]:
        total = sum(len(v) for v in self.removed.values())
        if total:
            parts = "; ".join(
                _(_KINDS.get(kind, kind)) + " " + ", ".join(names)
                for kind, names in sorted(self.removed.items())
            )
            first = _("✓ Cleaned up what this notebook's lessons created: {parts}.").format(
                parts=parts
            )
        else:
            first = _("✓ This notebook's lessons left nothing behind.")
        return [
            first,
            _(
                "Your exercise work (names starting ex{section}-) stays; "
                "`dockerlab reset {section}` removes it too."
            ).format(section=self.section),
        ]

    def __repr__(self) -> str:
        return "\n".join(self.sentences())

    def _repr_html_(self) -> str:
        return "<br>".join(html.escape(s) for s in self.sentences())


def _shell_environment(language: str | None) -> None:
    """Let ``%%bash`` cells run the ``dockerlab`` command as a terminal would: this Python's scripts
    (where ``pip`` put the ``dockerlab`` command) on ``PATH``, and the edition's language in
    ``DOCKERLAB_LANG``."""
    scripts = str(Path(sys.executable).parent)
    path = os.environ.get("PATH", "")
    if scripts not in path.split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join(p for p in (scripts, path) if p)
    if language is not None:
        os.environ.update(settings.child_environment(DOCKERLAB_LANG=language))


def begin(
    section: str, *, language: str | None = None, client: docker.DockerClient | None = None
) -> Ready:
    """Prepare a notebook: language, ``%%bash``, Engine, kit, ``$REGISTRY``, leftovers."""
    from . import kit

    chosen = set_language(language)
    _shell_environment(chosen if language is not None else None)
    ipython = _ipython()
    if ipython is not None:
        load_ipython_extension(ipython)
    client = resolve(client)
    status = kit.up(client=client, all_images=int(section) >= PART2)
    if not bool(status["ok"].all()):
        raise DockerlabError(
            _("the course kit is not ready"),
            subject="kit",
            hint=_("run `dockerlab kit up` in a terminal and read its table"),
        )
    registry = kit.registry(client=client)
    os.environ["REGISTRY"] = registry
    leftovers = kit.cleanup(section, client=client)
    engine = str(Engine.of(client).version().get("Version", "?"))
    return Ready(section, engine, registry, len(leftovers))


def finish(section: str, *, client: docker.DockerClient | None = None) -> Finished:
    """Remove what the notebook's lessons created (``nbNN-…``); exercise work stays."""
    from . import kit

    removed = kit.cleanup(section, client=client)
    kinds: dict[str, list[str]] = {}
    for kind, name in zip(removed["REMOVED"], removed["NAME"], strict=True):
        kinds.setdefault(str(kind), []).append(str(name))
    return Finished(section, kinds)


def reset(section: str | None = None, *, client: docker.DockerClient | None = None) -> CliFrame:
    """Remove a notebook's lessons *and* the learner's exercise work for it (``dockerlab reset
    NN``), to do it again from the start; every notebook when ``section`` is None."""
    from . import kit

    return kit.cleanup(section, exercises=True, client=client)
