"""Exercises of notebook 08, daemon containers."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from ..i18n import N_, _, ngettext
from .base import NotYet, exercise
from .helpers import exec_output, need_container

#: Ctrl+P Ctrl+Q, the Engine's default detach keys, as the terminal sends them.
DETACH = b"\x10\x11"


def _published(info: dict[str, Any], port: str = "80/tcp") -> list[dict[str, str]]:
    """The host addresses a container's port is published on (``docker port NAME 80``)."""
    return list((info.get("NetworkSettings") or {}).get("Ports", {}).get(port) or [])


def _mtime(client: Any, name: str, path: str) -> str | None:
    """A file's modification time in the container, as ``YYYY-MM-DDTHH:MM:SS`` (UTC)."""
    code, out = exec_output(client, name, ["stat", "-c", "%Y", path])
    if code != 0 or not out.strip().isdigit():
        return None
    stamp = dt.datetime.fromtimestamp(int(out.strip()), tz=dt.timezone.utc)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S")


def _answered_since(logs: str, since: str) -> int:
    """How many requests busybox httpd answered with 200 at or after ``since``, from
    ``docker logs -t`` text (each line starts with the Engine's RFC 3339 timestamp)."""
    count = 0
    for line in logs.splitlines():
        stamp, _sep, text = line.partition(" ")
        if "response:200" in text and stamp[:19] >= since:
            count += 1
    return count


@exercise(
    "08.1",
    N_("your page, served in the background"),
    solution="""
docker run -d --name ex08-web -p 127.0.0.1::80 dockerlab/web
docker exec ex08-web sh -c 'echo "<h1>ex08: my own page</h1>" > /www/index.html'
docker port ex08-web 80
curl -s http://$(docker port ex08-web 80)/
docker logs ex08-web
""",
)
def _web(client: Any) -> str:
    info = need_container(
        client,
        "ex08-web",
        _("run it in the background: docker run -d --name ex08-web -p 127.0.0.1::80 dockerlab/web"),
    )
    if info["Config"]["Image"] != "dockerlab/web":
        raise NotYet(
            _("ex08-web runs {image}, not dockerlab/web").format(image=info["Config"]["Image"]),
            _("remove it (docker rm -f ex08-web) and run it from dockerlab/web"),
        )
    if not info["State"]["Running"]:
        raise NotYet(
            _("ex08-web is not running ({status})").format(status=info["State"]["Status"]),
            _("start it again: docker start ex08-web (docker run -d keeps it in the background)"),
        )
    bindings = _published(info)
    if not bindings:
        raise NotYet(
            _("port 80 of ex08-web is not published"),
            _("remove it (docker rm -f ex08-web) and run it again with -p 127.0.0.1::80"),
        )
    open_to = sorted({b.get("HostIp") or "0.0.0.0" for b in bindings} - {"127.0.0.1"})
    if open_to:
        raise NotYet(
            _(
                "ex08-web's port 80 is published on {addresses}, where other machines can reach it"
            ).format(addresses=", ".join(open_to)),
            _(
                "publish it on this machine only: docker rm -f ex08-web, then run it "
                "with -p 127.0.0.1::80"
            ),
        )
    code, page = exec_output(client, "ex08-web", ["cat", "/www/index.html"])
    if code != 0 or "ex08" not in page:
        raise NotYet(
            _("ex08-web still serves a page without the text ex08"),
            _(
                "write a new /www/index.html inside the running container: "
                'docker exec ex08-web sh -c \'echo "<h1>ex08 …</h1>" > '
                "/www/index.html'"
            ),
        )
    port = bindings[0].get("HostPort", "?")
    since = _mtime(client, "ex08-web", "/www/index.html") or ""
    logs = client.api.logs("ex08-web", stdout=True, stderr=True, timestamps=True).decode(
        "utf-8", "replace"
    )
    served = _answered_since(logs, since)
    if not served:
        raise NotYet(
            _("ex08-web's log shows no request for your page yet"),
            _(
                "find its port with docker port ex08-web 80, fetch the page "
                "(curl http://127.0.0.1:PORT/), then read docker logs ex08-web"
            ),
        )
    return ngettext(
        "ex08-web runs in the background on 127.0.0.1:{port}, serves your page, and its log "
        "shows {n} request for it",
        "ex08-web runs in the background on 127.0.0.1:{port}, serves your page, and its log "
        "shows {n} requests for it",
        served,
    ).format(port=port, n=served)


def _attach_and_type(client: Any, name: str, line: bytes, timeout: float = 5.0) -> None:
    """``docker attach NAME``, type ``line``, then Ctrl+P Ctrl+Q: what a learner does in a
    terminal, through the Engine's attach socket."""
    sock = client.api.attach_socket(
        name,
        params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1, "detachKeys": "ctrl-p,ctrl-q"},
    )
    raw = getattr(sock, "_sock", sock)
    try:
        raw.settimeout(timeout)
        raw.sendall(line + b"; echo typed-$$\n")
        seen, deadline = b"", time.monotonic() + timeout
        while b"typed-1" not in seen and time.monotonic() < deadline:  # sh is PID 1: $$ is 1
            seen += raw.recv(4096)
        raw.sendall(DETACH)
        while raw.recv(4096):  # the Engine closes the stream: detached
            pass
    except OSError:  # a timeout included: the check then says what is missing
        pass
    finally:
        sock.close()


def _detach_attach(client: Any) -> None:
    """08.2 without a terminal: the same steps through the attach socket."""
    client.api.create_container(
        "dockerlab/busybox", "sh", name="ex08-box", tty=True, stdin_open=True
    )
    client.api.start("ex08-box")
    _attach_and_type(client, "ex08-box", b"name=learner")
    _attach_and_type(client, "ex08-box", b"echo $name > /proof")


@exercise(
    "08.2",
    N_("leave a shell running and come back to it"),
    solution="""
# in JupyterLab's terminal (File → New → Terminal):
docker run -it --name ex08-box dockerlab/busybox sh
# at the container's prompt (/ #), a shell variable:
name=yourname
# press Ctrl+P, then Ctrl+Q: you are back on the host, the container runs on
docker ps --filter name=ex08-box
docker attach ex08-box
# the prompt shows again (if it does not, press Enter), then:
echo $name > /proof
# press Ctrl+P, then Ctrl+Q again
""",
    automated=_detach_attach,
)
def _box(client: Any) -> str:
    info = need_container(
        client, "ex08-box", _("in a terminal: docker run -it --name ex08-box dockerlab/busybox sh")
    )
    config = info["Config"]
    if not (config.get("Tty") and config.get("OpenStdin")):
        raise NotYet(
            _("ex08-box was not started with -i and -t"),
            _(
                "Ctrl+P Ctrl+Q works only with a terminal: remove it "
                "(docker rm -f ex08-box) and run it again with -it"
            ),
        )
    if not info["State"]["Running"]:
        raise NotYet(
            _("ex08-box has stopped: its shell ended"),
            _(
                "exit and Ctrl+D end the shell, and the container with it. docker start "
                "ex08-box starts a new shell: do the steps again, and leave with Ctrl+P "
                "Ctrl+Q"
            ),
        )
    code, proof = exec_output(client, "ex08-box", ["cat", "/proof"])
    if code != 0:
        raise NotYet(
            _("ex08-box has no file /proof yet"),
            _(
                "come back to its shell with docker attach ex08-box, press Enter, then: "
                "echo $name > /proof"
            ),
        )
    if not proof.strip():
        raise NotYet(
            _("/proof in ex08-box is empty: $name was not set in the shell that wrote it"),
            _(
                "docker exec starts a new shell; docker attach takes you back to the "
                "one where you set name"
            ),
        )
    return _(
        "ex08-box runs on, and /proof says {text!r}: docker attach took you back to the "
        "shell you left with Ctrl+P Ctrl+Q"
    ).format(text=proof.strip())


@exercise(
    "08.3",
    N_("a sleep that stops at once"),
    solution="""
docker run -d --init --name ex08-sleeper dockerlab/busybox sleep 600
docker stop ex08-sleeper
docker ps -a --filter name=ex08-sleeper --format '{{.Names}}: {{.Status}}'
""",
)
def _sleeper(client: Any) -> str:
    info = need_container(
        client,
        "ex08-sleeper",
        _(
            "run it in the background: docker run -d … --name ex08-sleeper dockerlab/busybox "
            "sleep 600"
        ),
    )
    if info["Config"]["Image"] != "dockerlab/busybox":
        raise NotYet(
            _("ex08-sleeper runs {image}, not dockerlab/busybox").format(
                image=info["Config"]["Image"]
            ),
            _("remove it (docker rm -f ex08-sleeper) and run dockerlab/busybox sleep 600"),
        )
    command = " ".join(info["Config"].get("Cmd") or [])
    if "sleep" not in command:
        raise NotYet(
            _("ex08-sleeper runs {cmd}, not sleep").format(cmd=command or "-"),
            _("remove it and run dockerlab/busybox sleep 600"),
        )
    state = info["State"]
    if state["Running"]:
        raise NotYet(
            _("ex08-sleeper is still running"),
            _("stop it with docker stop ex08-sleeper, and watch how long it takes"),
        )
    code = state["ExitCode"]
    if code == 137:
        raise NotYet(
            _("ex08-sleeper ended with exit code 137: SIGKILL"),
            _(
                "as PID 1, sleep ignores SIGTERM, so docker stop waited and then killed "
                "it. Remove it, run it again with docker run -d --init …, then "
                "docker stop it"
            ),
        )
    if code != 143:
        raise NotYet(
            _("ex08-sleeper ended with exit code {code}, not 143").format(code=code),
            _(
                "it should still be sleeping when you stop it: remove it, run it "
                "again, then docker stop it"
            ),
        )
    how = (
        _("docker-init passed SIGTERM on to sleep")
        if info["HostConfig"].get("Init")
        else _("its main process handled SIGTERM")
    )
    return _("ex08-sleeper ended on SIGTERM with exit code 143: {how}").format(how=how)
