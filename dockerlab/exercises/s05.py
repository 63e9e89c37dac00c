"""Exercises of notebook 05, help commands: each asks for an option found with ``--help``."""

from __future__ import annotations

from typing import Any

from ..format import human_size
from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import logs_text, need_container

#: The size of the file 05.2 asks for, and the least its container's writable layer must hold.
ONE_MB = 1_000_000


@exercise(
    "05.1",
    N_("an environment variable, found with --help"),
    solution="""
docker run --help | grep -i env
docker run --name ex05-env -e GREETING=hello dockerlab/busybox env
""",
)
def _env(client: Any) -> str:
    info = need_container(
        client, "ex05-env", _("run it: docker run --name ex05-env … dockerlab/busybox env")
    )
    if "GREETING=hello" not in (info["Config"].get("Env") or []):
        raise NotYet(
            _("ex05-env has no GREETING=hello in its environment"),
            _(
                "docker run --help | grep -i env shows the option; remove the container "
                "(docker rm ex05-env) and run it again with -e GREETING=hello"
            ),
        )
    if "GREETING=hello" not in logs_text(client, "ex05-env").split():
        raise NotYet(
            _("ex05-env did not print its environment"),
            _("make env its command: docker run … dockerlab/busybox env"),
        )
    return _("ex05-env has GREETING=hello in its environment, and printed it")


@exercise(
    "05.2",
    N_("a container's size, found with --help"),
    solution="""
docker run --name ex05-size dockerlab/busybox dd if=/dev/zero of=/big bs=1M count=1
docker ps --help | grep -i size
docker ps -a -s --filter name=ex05-size
""",
)
def _size(client: Any) -> str:
    info = need_container(
        client,
        "ex05-size",
        _(
            "run it: docker run --name ex05-size dockerlab/busybox dd if=/dev/zero of=/big bs=1M "
            "count=1"
        ),
    )
    found = client.api.containers(all=True, size=True, filters={"id": info["Id"]})
    size = int(found[0].get("SizeRw") or 0) if found else 0
    if size < ONE_MB:
        raise NotYet(
            _("ex05-size's writable layer holds {size}").format(size=human_size(size)),
            _(
                "its command must write the file: dd if=/dev/zero of=/big bs=1M count=1 "
                "(docker rm ex05-size, then run it again)"
            ),
        )
    return _("ex05-size added {size} to its writable layer: docker ps -a -s shows it").format(
        size=human_size(size)
    )


@exercise(
    "05.3",
    N_("the host's name, from docker info"),
    solution="""
docker info --format '{{.Name}}'
docker run --help | grep -i hostname
docker run --name ex05-host --hostname "$(docker info --format '{{.Name}}')" \\
    dockerlab/busybox hostname
""",
)
def _hostname(client: Any) -> str:
    info = need_container(
        client, "ex05-host", _("run it: docker run --name ex05-host … dockerlab/busybox hostname")
    )
    wanted = str(client.api.info().get("Name") or "")
    hostname = str(info["Config"].get("Hostname") or "")
    if hostname != wanted:
        raise NotYet(
            _("ex05-host's hostname is {hostname}, the Engine's machine is {name}").format(
                hostname=hostname or "-", name=wanted
            ),
            _(
                "docker run --help | grep -i hostname shows the option; docker info --format "
                "'{{.Name}}' prints the name. Remove ex05-host and run it again with both"
            ),
        )
    if wanted not in logs_text(client, "ex05-host").split():
        raise NotYet(
            _("ex05-host did not print its hostname"),
            _("make hostname its command: docker run … dockerlab/busybox hostname"),
        )
    return _("ex05-host is called {name}, like the Engine's machine, and said so").format(
        name=wanted
    )
