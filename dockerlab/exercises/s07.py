"""Exercises of notebook 07, container commands."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import logs_text, need_container

HELLO = "Hello from Docker!"


@exercise(
    "07.1",
    N_("run one container twice"),
    solution="""
docker run --name ex07-hello dockerlab/hello-world
docker start -a ex07-hello
""",
)
def _twice(client: Any) -> str:
    info = need_container(
        client, "ex07-hello", _("run it: docker run --name ex07-hello dockerlab/hello-world")
    )
    if info["Config"]["Image"] != "dockerlab/hello-world":
        raise NotYet(
            _("ex07-hello runs {image}, not dockerlab/hello-world").format(
                image=info["Config"]["Image"]
            ),
            _("remove it (docker rm -f ex07-hello) and run it from dockerlab/hello-world"),
        )
    runs = logs_text(client, "ex07-hello").count(HELLO)
    if runs < 2:
        raise NotYet(
            _("ex07-hello has run {n} time(s)").format(n=runs),
            _(
                "`docker run` again would make a new container; start the same one: "
                "docker start -a ex07-hello"
            ),
        )
    return _("ex07-hello has run {n} times: one container, started again").format(n=runs)


@exercise(
    "07.2",
    N_("a shell in a terminal"),
    solution="""
# in JupyterLab's terminal:
docker run -it --name ex07-shell dockerlab/busybox sh
# then, at the container's prompt (/ #):
touch /from-tty
exit
""",
    automated="""
docker create -it --name ex07-shell dockerlab/busybox sh -c 'touch /from-tty'
docker start -a ex07-shell
""",
)
def _terminal(client: Any) -> str:
    info = need_container(
        client,
        "ex07-shell",
        _("in a terminal: docker run -it --name ex07-shell dockerlab/busybox sh"),
    )
    config = info["Config"]
    if not (config.get("Tty") and config.get("OpenStdin")):
        raise NotYet(
            _("ex07-shell was not started with -i and -t"),
            _("remove it (docker rm -f ex07-shell) and run it again with -it"),
        )
    changes = {c["Path"] for c in client.api.diff(info["Id"]) or []}
    if "/from-tty" not in changes:
        raise NotYet(
            _("ex07-shell has no file /from-tty"),
            _("in its shell: touch /from-tty (docker start -i ex07-shell takes you back in)"),
        )
    if info["State"]["Running"]:
        raise NotYet(
            _("ex07-shell is still running"),
            _("leave its shell with exit; that stops the container"),
        )
    return _(
        "ex07-shell had a terminal and stdin, holds /from-tty, and stopped when its shell exited"
    )


@exercise(
    "07.3",
    N_("files survive a stop"),
    solution="""
docker create --name ex07-counter dockerlab/busybox sh -c 'date >> /starts; wc -l < /starts'
docker start -a ex07-counter
docker start -a ex07-counter
docker start -a ex07-counter
""",
)
def _counter(client: Any) -> str:
    info = need_container(
        client,
        "ex07-counter",
        _("create it with docker create --name ex07-counter dockerlab/busybox sh -c '…'"),
    )
    command = " ".join(info["Config"].get("Cmd") or [])
    if "/starts" not in command:
        raise NotYet(
            _("ex07-counter's command does not write /starts: {cmd}").format(cmd=command or "-"),
            _("remove it and create it with the command in the task"),
        )
    counts = [
        line.strip()
        for line in logs_text(client, "ex07-counter").splitlines()
        if line.strip().isdigit()
    ]
    if len(counts) < 3:
        raise NotYet(
            _("ex07-counter has started {n} time(s)").format(n=len(counts)),
            _("docker start -a ex07-counter, until it has run three times"),
        )
    if counts[:3] != ["1", "2", "3"]:
        raise NotYet(
            _("ex07-counter printed {counts}").format(counts=", ".join(counts)),
            _("start the same container each time; `docker run` makes a new one"),
        )
    return _(
        "ex07-counter printed 1, 2, 3: /starts stayed in its writable layer while it was stopped"
    )
