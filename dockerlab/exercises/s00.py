"""Exercises of notebook 00, start here: one in an answer cell, one in JupyterLab's terminal.
They practise how exercises work; the commands come from the task itself."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import logs_text, need_container

HELLO = "Hello from Docker!"


@exercise(
    "00.1",
    N_("your first exercise"),
    solution="""
docker run --name ex00-hello dockerlab/hello-world
""",
)
def _first(client: Any) -> str:
    info = need_container(
        client,
        "ex00-hello",
        _(
            "type the command of the task into the answer cell and run it: "
            "docker run --name ex00-hello dockerlab/hello-world"
        ),
    )
    image = info["Config"]["Image"]
    if image != "dockerlab/hello-world":
        raise NotYet(
            _("ex00-hello runs {image}, not dockerlab/hello-world").format(image=image),
            _("remove it (docker rm -f ex00-hello) and run the command of the task"),
        )
    if HELLO not in logs_text(client, "ex00-hello"):
        raise NotYet(
            _("ex00-hello was created but has not run yet"),
            _("start it: docker start -a ex00-hello"),
        )
    return _("ex00-hello ran dockerlab/hello-world and printed its greeting")


@exercise(
    "00.2",
    N_("a command in the terminal"),
    solution="""
# in JupyterLab's terminal (File > New > Terminal):
docker run -it --name ex00-terminal dockerlab/busybox tty
""",
    automated="""
docker create -it --name ex00-terminal dockerlab/busybox tty
docker start -a ex00-terminal
""",
)
def _terminal(client: Any) -> str:
    info = need_container(
        client,
        "ex00-terminal",
        _("in JupyterLab's terminal: docker run -it --name ex00-terminal dockerlab/busybox tty"),
    )
    config = info["Config"]
    if not (config.get("Tty") and config.get("OpenStdin")):
        raise NotYet(
            _("ex00-terminal was not started with -it"),
            _(
                "remove it (docker rm -f ex00-terminal) and run the command of the task "
                "in a terminal, with -it"
            ),
        )
    printed = logs_text(client, "ex00-terminal").strip()
    if "/dev/pts" not in printed:
        raise NotYet(
            _("ex00-terminal printed {text}").format(text=printed or "-"),
            _(
                "its command is tty, which prints the terminal it runs in: remove it "
                "(docker rm -f ex00-terminal) and run the command of the task"
            ),
        )
    return _("ex00-terminal had a terminal: tty printed {text}").format(text=printed)
