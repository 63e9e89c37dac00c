"""Notebook 08's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.exercises.s08 import _answered_since
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container


@dataclass
class ExecAPI(FakeAPI):
    """FakeAPI plus ``docker exec``: ``files`` maps container → path → content (and
    ``mtimes`` container → path → epoch seconds) for ``cat`` and ``stat -c %Y``."""

    files: dict[str, dict[str, str]] = field(default_factory=dict)
    mtimes: dict[str, dict[str, int]] = field(default_factory=dict)
    _execs: dict[str, tuple[int, str]] = field(default_factory=dict)

    def exec_create(self, name: str, argv: list[str], **_: Any) -> dict[str, str]:
        box = self._find(name)["Name"].lstrip("/")
        path = argv[-1]
        if argv[0] == "cat" and path in self.files.get(box, {}):
            result = (0, self.files[box][path])
        elif argv[0] == "stat" and path in self.mtimes.get(box, {}):
            result = (0, f"{self.mtimes[box][path]}\n")
        else:
            result = (1, f"{argv[0]}: can't open '{path}': No such file or directory\n")
        exec_id = f"exec{len(self._execs)}"
        self._execs[exec_id] = result
        return {"Id": exec_id}

    def exec_start(self, exec_id: str, **_: Any) -> bytes:
        return self._execs[exec_id][1].encode()

    def exec_inspect(self, exec_id: str) -> dict[str, Any]:
        return {"ExitCode": self._execs[exec_id][0]}


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _ports(*host_ips: str) -> dict[str, Any]:
    return {"Ports": {"80/tcp": [{"HostIp": ip, "HostPort": "32768"} for ip in host_ips]}}


def web(**state: Any) -> dict[str, Any]:
    return container(
        "ex08-web",
        image="dockerlab/web",
        running=True,
        **({"NetworkSettings": _ports("127.0.0.1")} | state),
    )


MINE = "<h1>ex08: my own page</h1>\n"
CHANGED = 1_795_947_600  # 2026-11-29T10:20:00Z
BEFORE = "2026-11-29T10:19:59.100000000Z [::ffff:172.17.0.1]:40000: response:200\n"
AFTER = "2026-11-29T10:20:00.500000000Z [::ffff:172.17.0.1]:40002: response:200\n"
MISSING = "2026-11-29T10:20:01.000000000Z [::ffff:172.17.0.1]:40004: response:404\n"


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (ExecAPI(), "no container named ex08-web", "docker run -d --name ex08-web"),
        (
            ExecAPI({"ex08-web": web(Config={"Image": "dockerlab/busybox"})}),
            "runs dockerlab/busybox",
            "docker rm -f ex08-web",
        ),
        (
            ExecAPI({"ex08-web": container("ex08-web", image="dockerlab/web")}),
            "not running (exited)",
            "docker start ex08-web",
        ),
        (
            ExecAPI({"ex08-web": web(NetworkSettings={"Ports": {}})}),
            "not published",
            "-p 127.0.0.1::80",
        ),
        (
            ExecAPI({"ex08-web": web(NetworkSettings=_ports("0.0.0.0", "::"))}),
            "published on 0.0.0.0, ::",
            "-p 127.0.0.1::80",
        ),
        (
            ExecAPI({"ex08-web": web()}, files={"ex08-web": {"/www/index.html": "Hello"}}),
            "without the text ex08",
            "docker exec ex08-web",
        ),
        (
            ExecAPI({"ex08-web": web()}, files={"ex08-web": {"/www/index.html": MINE}}),
            "no request for your page",
            "docker port ex08-web 80",
        ),
        (
            ExecAPI(
                {"ex08-web": web()},
                {"ex08-web": BEFORE + MISSING},
                files={"ex08-web": {"/www/index.html": MINE}},
                mtimes={"ex08-web": {"/www/index.html": CHANGED}},
            ),
            "no request for your page",
            "curl http://127.0.0.1:PORT/",
        ),
    ],
)
def test_08_1_not_yet(api, message, hint):
    result = _check("08.1", api)
    assert not result.passed
    assert message in result.message and hint in result.hint, repr(result)


def test_08_1_passes_on_any_published_port():
    api = ExecAPI(
        {"ex08-web": web()},
        {"ex08-web": BEFORE + AFTER + MISSING},
        files={"ex08-web": {"/www/index.html": MINE}},
        mtimes={"ex08-web": {"/www/index.html": CHANGED}},
    )
    result = _check("08.1", api)
    assert result.passed, repr(result)
    assert "127.0.0.1:32768" in result.message and "1 request for it" in result.message


def test_requests_count_from_the_second_the_page_changed():
    logs = BEFORE + AFTER + AFTER + MISSING
    assert _answered_since(logs, "2026-11-29T10:20:00") == 2
    assert _answered_since(logs, "") == 3
    assert _answered_since("", "") == 0


def box(**state: Any) -> dict[str, Any]:
    return container("ex08-box", tty=True, stdin=True, running=True, **state)


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (ExecAPI(), "no container named ex08-box", "docker run -it --name ex08-box"),
        (
            ExecAPI({"ex08-box": container("ex08-box", stdin=True, running=True)}),
            "not started with -i and -t",
            "run it again with -it",
        ),
        (
            ExecAPI({"ex08-box": container("ex08-box", tty=True, stdin=True)}),
            "has stopped",
            "leave with Ctrl+P Ctrl+Q",
        ),
        (ExecAPI({"ex08-box": box()}), "no file /proof", "docker attach ex08-box"),
        (
            ExecAPI({"ex08-box": box()}, files={"ex08-box": {"/proof": "\n"}}),
            "/proof in ex08-box is empty",
            "docker attach takes you back",
        ),
    ],
)
def test_08_2_not_yet(api, message, hint):
    result = _check("08.2", api)
    assert not result.passed
    assert message in result.message and hint in result.hint, repr(result)


def test_08_2_passes():
    api = ExecAPI({"ex08-box": box()}, files={"ex08-box": {"/proof": "mei\n"}})
    result = _check("08.2", api)
    assert result.passed and "'mei'" in result.message, repr(result)


SLEEP = ["sleep", "600"]


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex08-sleeper", "--name ex08-sleeper"),
        (
            FakeAPI({"ex08-sleeper": container("ex08-sleeper", image="dockerlab/signals")}),
            "runs dockerlab/signals",
            "dockerlab/busybox sleep 600",
        ),
        (
            FakeAPI({"ex08-sleeper": container("ex08-sleeper", cmd=["sh"])}),
            "runs sh, not sleep",
            "sleep 600",
        ),
        (
            FakeAPI({"ex08-sleeper": container("ex08-sleeper", cmd=SLEEP, running=True)}),
            "still running",
            "docker stop ex08-sleeper",
        ),
        (
            FakeAPI({"ex08-sleeper": container("ex08-sleeper", cmd=SLEEP, exit_code=137)}),
            "137: SIGKILL",
            "--init",
        ),
        (
            FakeAPI({"ex08-sleeper": container("ex08-sleeper", cmd=SLEEP, exit_code=0)}),
            "exit code 0, not 143",
            "still be sleeping",
        ),
    ],
)
def test_08_3_not_yet(api, message, hint):
    result = _check("08.3", api)
    assert not result.passed
    assert message in result.message and hint in result.hint, repr(result)


@pytest.mark.parametrize(
    ("init", "how"),
    [(True, "docker-init passed SIGTERM on"), (False, "its main process handled SIGTERM")],
)
def test_08_3_passes_on_sigterm(init, how):
    sleeper = container("ex08-sleeper", cmd=SLEEP, exit_code=143, HostConfig={"Init": init})
    result = _check("08.3", FakeAPI({"ex08-sleeper": sleeper}))
    assert result.passed and how in result.message, repr(result)
