"""The checks of every notebook's exercises, registered by id ("NN.k")."""

from __future__ import annotations

import time
import urllib.request
from typing import Any

from ..format import human_size
from ..kit import registry as kit_registry
from ..kit.local_registry import served_ids
from .base import NotYet, exercise
from .helpers import container, exec_output, image, labelled, logs_text

Outcome = tuple[bool, str, str]


def _need(client: Any, name: str, section: str) -> dict[str, Any]:
    """The container ``name`` of ``section`` (its inspect JSON), or :class:`NotYet` saying how
    to create it."""
    info = container(client, name)
    if info is None:
        raise NotYet(f"there is no container named {name}",
                     f"create it with --name {name} --label dockerlab.course={section}")
    if not labelled(info, section):
        raise NotYet(f"{name} has no label dockerlab.course={section}",
                     f"remove it (docker rm -f {name}) and create it again with "
                     f"--label dockerlab.course={section}")
    return info


# -- 01 images, containers, repositories --------------------------------------------------------
@exercise("01.1", "two containers from one image")
def _one_image_two_containers(client: Any) -> Outcome:
    infos = []
    for name in ("ex01-one", "ex01-two"):
        info = _need(client, name, "01")
        if not info["State"]["Running"]:
            return False, f"{name} is not running", "run it with `sleep 300` and -d"
        infos.append(info)
    if infos[0]["Image"] != infos[1]["Image"]:
        return False, "the two containers come from different images", (
            "start both from dockerlab/busybox")
    return True, "ex01-one and ex01-two are two containers of one image", ""


@exercise("01.2", "a file in one container's writable layer")
def _writable_layer(client: Any) -> Outcome:
    one = {c["Path"] for c in client.api.diff("ex01-one") or []} if container(
        client, "ex01-one") else set()
    two = {c["Path"] for c in client.api.diff("ex01-two") or []} if container(
        client, "ex01-two") else set()
    if "/note.txt" not in one:
        return False, "docker diff ex01-one shows no /note.txt", (
            "docker exec ex01-one sh -c 'echo hi > /note.txt'")
    if "/note.txt" in two:
        return False, "ex01-two has a /note.txt too", "write the file in ex01-one only"
    return True, "/note.txt is in ex01-one's writable layer and nowhere else", ""


@exercise("01.3", "push an image to the kit registry")
def _push_to_registry(client: Any) -> Outcome:
    addr = kit_registry(client=client)
    local = image(client, "dockerlab/hello-world")
    found = served_ids(addr, "dockerlab/ex01-hello", "v1")
    if not found:
        return False, f"{addr} has no dockerlab/ex01-hello:v1", (
            f"docker tag dockerlab/hello-world {addr}/dockerlab/ex01-hello:v1, then docker push")
    if local is None or local["Id"] not in found:
        return False, "the registry's dockerlab/ex01-hello:v1 is another image", (
            "tag dockerlab/hello-world itself")
    return True, f"{addr} serves dockerlab/ex01-hello:v1, the same image as hello-world", ""


# -- 02 how docker works ------------------------------------------------------------------------
@exercise("02.1", "a container created with one raw HTTP request")
def _raw_create(client: Any) -> Outcome:
    info = _need(client, "ex02-raw", "02")
    if info["Config"]["Image"] != "dockerlab/hello-world":
        return False, "ex02-raw does not run dockerlab/hello-world", (
            'send {"Image": "dockerlab/hello-world", ...} to POST /containers/create')
    return True, "ex02-raw exists, created through the Engine API", ""


@exercise("02.2", "started with a raw HTTP request")
def _raw_start(client: Any) -> Outcome:
    info = container(client, "ex02-raw")
    if info is None or not info["State"].get("StartedAt", "").startswith("2"):
        return False, "ex02-raw has never started", "POST /containers/ex02-raw/start"
    if info["State"]["Running"]:
        return False, "ex02-raw is still running", "hello-world exits by itself: wait a moment"
    code = info["State"]["ExitCode"]
    return code == 0, f"ex02-raw ran and exited with code {code}", "read its logs"


@exercise("02.3", "pause and unpause, seen in the event stream")
def _events(client: Any) -> Outcome:
    info = _need(client, "ex02-events", "02")
    since = int(time.time()) - 3600
    seen = [e.get("Action") for e in client.api.events(
        since=since, until=int(time.time()) + 1, decode=True,
        filters={"container": info["Id"], "event": ["pause", "unpause"]})]
    if "pause" not in seen or "unpause" not in seen:
        return False, f"events for ex02-events: {seen or 'none'}", (
            "docker pause ex02-events, then docker unpause ex02-events")
    return True, "the Engine reported pause and unpause for ex02-events", ""


# -- 03 why faster than a VM -------------------------------------------------------------------
@exercise("03.1", "the kernel inside is the host's")
def _kernel(client: Any) -> Outcome:
    _need(client, "ex03-kernel", "03")
    inside = logs_text(client, "ex03-kernel").strip()
    host = client.api.info()["KernelVersion"]
    if inside != host:
        return False, f"ex03-kernel printed {inside!r}", "its command should be `uname -r`"
    return True, "ex03-kernel printed the same kernel version the Engine reports", ""


@exercise("03.2", "PID 1 inside")
def _pid_one(client: Any) -> Outcome:
    _need(client, "ex03-pid", "03")
    printed = logs_text(client, "ex03-pid").strip()
    if printed != "1":
        return False, f"ex03-pid printed {printed!r}", "run sh -c 'echo $$' as its command"
    return True, "inside its namespace the container's first process is PID 1", ""


# -- 04 install and mirrors --------------------------------------------------------------------
@exercise("04.1", "pull from the kit registry")
def _pull_kit(client: Any) -> Outcome:
    addr = kit_registry(client=client)
    pulled = image(client, f"{addr}/dockerlab/signals:latest")
    if pulled is None:
        return False, f"there is no local {addr}/dockerlab/signals:latest", (
            f"docker pull {addr}/dockerlab/signals")
    same = pulled["Id"] == (image(client, "dockerlab/signals") or {}).get("Id")
    return same, "the pulled image is the kit's dockerlab/signals" if same else (
        "the pulled image differs from dockerlab/signals"), "pull it again"


@exercise("04.2", "pull through the cache")
def _pull_through(client: Any) -> Outcome:
    if container(client, "nb04-cache") is None:
        return False, "the cache nb04-cache is not running", "run the cells above first"
    served = "/v2/dockerlab/ticker/manifests/" in logs_text(client, "nb04-cache")
    pulled = image(client, "127.0.0.1:5001/dockerlab/ticker:latest") is not None
    if not (served and pulled):
        return False, "the cache on 127.0.0.1:5001 has not served dockerlab/ticker", (
            "docker pull 127.0.0.1:5001/dockerlab/ticker")
    return True, "the pull-through cache served dockerlab/ticker from the kit registry", ""


# -- 05 help commands --------------------------------------------------------------------------
@exercise("05.1", "a container's size, found with --help")
def _size(client: Any) -> Outcome:
    info = _need(client, "ex05-size", "05")
    found = client.api.containers(all=True, size=True, filters={"id": info["Id"]})
    size = int(found[0].get("SizeRw") or 0) if found else 0
    if size < 1_000_000:
        return False, f"ex05-size's writable layer holds {size} bytes", (
            "write a 1 MB file: dd if=/dev/zero of=/big bs=1M count=1")
    return True, f"ex05-size added {human_size(size)} (docker ps -s shows it)", ""


@exercise("05.2", "an environment variable, found with --help")
def _env(client: Any) -> Outcome:
    info = _need(client, "ex05-env", "05")
    if "GREETING=hello" not in (info["Config"].get("Env") or []):
        return False, "ex05-env has no GREETING=hello", "docker run --help | grep env: -e"
    printed = "GREETING=hello" in logs_text(client, "ex05-env").split()
    return printed, ("ex05-env has GREETING=hello in its environment" if printed else
                     "ex05-env did not print GREETING=hello"), "run `env` as its command"


# -- 06 image commands -------------------------------------------------------------------------
@exercise("06.1", "pull without a tag, then tag")
def _pull_tag(client: Any) -> Outcome:
    addr = kit_registry(client=client)
    pulled = image(client, f"{addr}/dockerlab/hello-world:latest")
    tagged = image(client, "dockerlab/ex06-hello:v1")
    if pulled is None:
        return False, f"no {addr}/dockerlab/hello-world:latest here", (
            f"docker pull {addr}/dockerlab/hello-world (no tag means :latest)")
    if tagged is None or tagged["Id"] != pulled["Id"]:
        return False, "dockerlab/ex06-hello:v1 is missing or another image", (
            f"docker tag {addr}/dockerlab/hello-world dockerlab/ex06-hello:v1")
    return True, "one image, now with two names", ""


@exercise("06.2", "remove several tags at once")
def _rmi_several(client: Any) -> Outcome:
    addr = kit_registry(client=client)
    left = [r for r in (f"{addr}/dockerlab/hello-world:latest", "dockerlab/ex06-hello:v1")
            if image(client, r) is not None]
    if left:
        return False, f"still here: {', '.join(left)}", "docker rmi NAME1 NAME2"
    if image(client, "dockerlab/hello-world") is None:
        return False, "dockerlab/hello-world itself is gone", "dockerlab kit up rebuilds it"
    return True, "both tags removed; the image lives on under its kit name", ""


# -- 07 container commands ---------------------------------------------------------------------
@exercise("07.1", "run hello-world with a name")
def _hello(client: Any) -> Outcome:
    info = _need(client, "ex07-hello", "07")
    state = info["State"]
    if state["Running"] or state["ExitCode"] != 0:
        return False, f"ex07-hello is {state['Status']} (exit {state['ExitCode']})", (
            "run dockerlab/hello-world; it exits 0 by itself")
    return True, "ex07-hello ran and exited 0", ""


@exercise("07.2", "an interactive container")
def _interactive(client: Any) -> Outcome:
    info = _need(client, "ex07-shell", "07")
    if not (info["Config"]["Tty"] and info["Config"]["OpenStdin"]):
        return False, "ex07-shell was not started with -i -t", "docker run -dit ..."
    changes = {c["Path"] for c in client.api.diff("ex07-shell") or []}
    if "/from-tty" not in changes:
        return False, "there is no /from-tty in ex07-shell", (
            "in its console: touch /from-tty")
    return True, "ex07-shell has a TTY, stdin, and the file you made in it", ""


@exercise("07.3", "start a stopped container again")
def _restart(client: Any) -> Outcome:
    if container(client, "ex07-hello") is None:
        return False, "there is no ex07-hello", "do exercise 07.1 first"
    runs = logs_text(client, "ex07-hello").count("Hello from Docker!")
    if runs < 2:
        return False, f"ex07-hello has run {runs} time(s)", "docker start -a ex07-hello"
    return True, f"ex07-hello has run {runs} times: same container, started again", ""


# -- 08 daemon containers ----------------------------------------------------------------------
@exercise("08.1", "a web server in the background")
def _web(client: Any) -> Outcome:
    _need(client, "ex08-web", "08")
    try:
        with urllib.request.urlopen("http://127.0.0.1:18080/", timeout=5) as response:
            body = response.read().decode()
    except OSError as exc:
        return False, f"http://127.0.0.1:18080/ did not answer ({exc})", (
            "publish the port: -p 127.0.0.1:18080:80")
    ok = "Hello from a container" in body
    return ok, "ex08-web serves its page on 127.0.0.1:18080", "run dockerlab/web"


@exercise("08.2", "a background process with exec -d")
def _exec_d(client: Any) -> Outcome:
    if container(client, "ex08-web") is None:
        return False, "there is no ex08-web", "do exercise 08.1 first"
    code, _ = exec_output(client, "ex08-web", ["test", "-f", "/tmp/done"])
    return code == 0, ("/tmp/done exists in ex08-web" if code == 0 else
                       "/tmp/done does not exist in ex08-web"), (
        "docker exec -d ex08-web sh -c 'sleep 1; touch /tmp/done'")


@exercise("08.3", "a graceful stop")
def _graceful(client: Any) -> Outcome:
    info = _need(client, "ex08-graceful", "08")
    code = info["State"]["ExitCode"]
    if info["State"]["Running"] or code != 143:
        return False, f"ex08-graceful is {info['State']['Status']} (exit {code})", (
            "docker stop it: SIGTERM, which it traps, gives 143; docker kill gives 137")
    return True, "ex08-graceful caught SIGTERM and exited 143", ""


# -- 09 cheat sheet ----------------------------------------------------------------------------
@exercise("09.1", "management commands")
def _management(client: Any) -> Outcome:
    info = _need(client, "ex09-mgmt", "09")
    ok = not info["State"]["Running"] and info["State"]["ExitCode"] == 0
    return ok, "ex09-mgmt ran hello-world and exited 0", "docker container run ..."


@exercise("09.2", "remove a section's containers in one line")
def _remove_all(client: Any) -> Outcome:
    left = client.api.containers(all=True, filters={"label": "dockerlab.course=09"})
    names = sorted(n.lstrip("/") for c in left for n in c["Names"])
    return not left, ("no container of section 09 is left" if not left else
                      f"still here: {', '.join(names)}"), (
        "docker container rm -f $(docker container ls -aq --filter "
        "label=dockerlab.course=09)")
