"""Exercises of notebook 08.

Ported as they were from the first course (checks returning ``(passed, message, hint)``);
rewrite them with :func:`~dockerlab.exercises.base.exercise` when the notebook is rewritten.
"""

from __future__ import annotations

import urllib.request
from typing import Any

from .helpers import container, exec_output, need_container
from .legacy import legacy


@legacy("08.1", "a web server in the background")
def _web(client: Any) -> tuple[bool, str, str]:
    need_container(client, "ex08-web")
    try:
        with urllib.request.urlopen("http://127.0.0.1:18080/", timeout=5) as response:
            body = response.read().decode()
    except OSError as exc:
        return False, f"http://127.0.0.1:18080/ did not answer ({exc})", (
            "publish the port: -p 127.0.0.1:18080:80")
    ok = "Hello from a container" in body
    return ok, "ex08-web serves its page on 127.0.0.1:18080", "run dockerlab/web"


@legacy("08.2", "a background process with exec -d")
def _exec_d(client: Any) -> tuple[bool, str, str]:
    if container(client, "ex08-web") is None:
        return False, "there is no ex08-web", "do exercise 08.1 first"
    code, _ = exec_output(client, "ex08-web", ["test", "-f", "/tmp/done"])
    return code == 0, ("/tmp/done exists in ex08-web" if code == 0 else
                       "/tmp/done does not exist in ex08-web"), (
        "docker exec -d ex08-web sh -c 'sleep 1; touch /tmp/done'")


@legacy("08.3", "a graceful stop")
def _graceful(client: Any) -> tuple[bool, str, str]:
    info = need_container(client, "ex08-graceful")
    code = info["State"]["ExitCode"]
    if info["State"]["Running"] or code != 143:
        return False, f"ex08-graceful is {info['State']['Status']} (exit {code})", (
            "docker stop it: SIGTERM, which it traps, gives 143; docker kill gives 137")
    return True, "ex08-graceful caught SIGTERM and exited 143", ""
