"""Exercises of notebook 14, housekeeping: restart policies, limits, health checks, logs."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import exec_output, need_container

MIB = 1024 * 1024


def _image(info: dict[str, Any], name: str, image: str) -> None:
    if info["Config"]["Image"] != image:
        raise NotYet(
            _("{name} runs {found}, not {image}").format(
                name=name, found=info["Config"]["Image"], image=image
            ),
            _("remove it (docker rm -f {name}) and run it from {image}").format(
                name=name, image=image
            ),
        )


def _running(info: dict[str, Any], name: str) -> None:
    if not info["State"]["Running"]:
        raise NotYet(
            _("{name} is not running ({status})").format(name=name, status=info["State"]["Status"]),
            _(
                "run it in the background with docker run -d; docker start {name} starts it again"
            ).format(name=name),
        )


def _policy(info: dict[str, Any]) -> tuple[str, int]:
    policy = info["HostConfig"].get("RestartPolicy") or {}
    return str(policy.get("Name") or "no"), int(policy.get("MaximumRetryCount") or 0)


@exercise(
    "14.1",
    N_("a web site you can hand over"),
    solution="""
docker run -d --name ex14-web -p 127.0.0.1::80 --restart unless-stopped --memory 32m \\
  --health-cmd 'wget -q -O /dev/null http://localhost/ || exit 1' --health-interval 2s \\
  dockerlab/web
mkdir -p ex14-files
echo '<h1>ex14: my own page</h1>' > ex14-files/index.html
docker cp ex14-files/index.html ex14-web:/www/index.html
for i in $(seq 30); do    # wait for the first checks, 30 s at most
  [ "$(docker inspect --format '{{.State.Health.Status}}' ex14-web)" = healthy ] && break
  sleep 1
done
curl -s "http://$(docker port ex14-web 80)/"
""",
)
def _web(client: Any) -> str:
    info = need_container(
        client,
        "ex14-web",
        _("run it in the background: docker run -d --name ex14-web … dockerlab/web"),
    )
    _image(info, "ex14-web", "dockerlab/web")
    _running(info, "ex14-web")
    bindings = list((info.get("NetworkSettings") or {}).get("Ports", {}).get("80/tcp") or [])
    if not bindings or any((b.get("HostIp") or "0.0.0.0") != "127.0.0.1" for b in bindings):
        raise NotYet(
            _("port 80 of ex14-web is not published on 127.0.0.1 only"),
            _("remove it (docker rm -f ex14-web) and run it again with -p 127.0.0.1::80"),
        )
    name, _count = _policy(info)
    if name != "unless-stopped":
        raise NotYet(
            _("ex14-web's restart policy is {policy}").format(policy=name),
            _(
                "it should restart after a crash but stay stopped after docker stop: "
                "docker update --restart unless-stopped ex14-web"
            ),
        )
    memory = int(info["HostConfig"].get("Memory") or 0)
    if not 0 < memory <= 32 * MIB:
        raise NotYet(
            _("ex14-web's memory limit is {limit}").format(
                limit=_("none") if not memory else f"{memory // MIB} MiB"
            ),
            _(
                "docker update --memory 32m --memory-swap 32m ex14-web, or run it again with "
                "--memory 32m"
            ),
        )
    test = (info["Config"].get("Healthcheck") or {}).get("Test") or []
    if not test or test[0] == "NONE":
        raise NotYet(
            _("ex14-web has no health check"),
            _(
                "a health check is set when the container is created: remove it and "
                "run it again with --health-cmd 'wget -q -O /dev/null "
                "http://localhost/ || exit 1'"
            ),
        )
    code, page = exec_output(client, "ex14-web", ["cat", "/www/index.html"])
    if code != 0 or "ex14" not in page:
        raise NotYet(
            _("ex14-web's home page does not contain ex14"),
            _("write a file on the host, then: docker cp FILE ex14-web:/www/index.html"),
        )
    status = ((info["State"].get("Health") or {}).get("Status")) or "starting"
    if status != "healthy":
        raise NotYet(
            _("ex14-web is {status}, not healthy yet").format(status=status),
            _(
                "wait for the next checks, then read docker inspect --format "
                "'{{.State.Health.Status}}' ex14-web; if it stays unhealthy, read "
                "'{{json .State.Health.Log}}'"
            ),
        )
    return _(
        "ex14-web serves your page on 127.0.0.1:{port}, healthy, with at most {mib} MiB "
        "and restart policy unless-stopped"
    ).format(port=bindings[0].get("HostPort", "?"), mib=memory // MIB)


@exercise(
    "14.2",
    N_("three tries, then give up"),
    solution="""
docker run -d --name ex14-retry --restart on-failure:3 dockerlab/busybox \\
  sh -c 'echo failing; exit 2'
for i in $(seq 60); do    # wait until it has given up, 30 s at most
  state=$(docker inspect --format '{{.RestartCount}} {{.State.Status}}' ex14-retry)
  [ "$state" = "3 exited" ] && break
  sleep 0.5
done
docker logs ex14-retry
""",
)
def _retry(client: Any) -> str:
    info = need_container(
        client,
        "ex14-retry",
        _(
            "docker run -d --name ex14-retry --restart … dockerlab/busybox sh -c 'echo failing; "
            "exit 2'"
        ),
    )
    name, most = _policy(info)
    if name != "on-failure" or most != 3:
        shown = name if name != "on-failure" else f"on-failure:{most}"
        raise NotYet(
            _("ex14-retry's restart policy is {policy}").format(policy=shown),
            _(
                "restart after a failure, three times at most: remove it and run it "
                "again with --restart on-failure:3"
            ),
        )
    state = info["State"]
    if state.get("Restarting") or state["Running"]:
        raise NotYet(
            _("ex14-retry is still running or restarting (restarts so far: {n})").format(
                n=info.get("RestartCount", 0)
            ),
            _("wait a few seconds: each restart waits twice as long as the one before"),
        )
    if state["ExitCode"] == 0:
        raise NotYet(
            _("ex14-retry ended with exit code 0, which on-failure does not restart"),
            _("its command should fail: e.g. sh -c 'echo failing; exit 2'"),
        )
    count = int(info.get("RestartCount") or 0)
    if count != 3:
        raise NotYet(
            _("ex14-retry restarted {n} time(s), not 3").format(n=count),
            _(
                "docker start or docker restart resets the count: remove it and run "
                "it again with --restart on-failure:3, then only wait"
            ),
        )
    return _(
        "ex14-retry failed with exit code {code}, was restarted 3 times, and then the "
        "Engine gave up"
    ).format(code=state["ExitCode"])


def _kilobytes(size: str) -> float | None:
    """A ``max-size`` log option (``100k``, ``10m``, ``1g``, bytes) in kB, or None."""
    text = size.strip().lower().removesuffix("b")
    factor = {"k": 1.0, "m": 1000.0, "g": 1_000_000.0}.get(text[-1:], 0.001)
    number = text[:-1] if text[-1:] in "kmg" else text
    try:
        return float(number) * factor
    except ValueError:
        return None


@exercise(
    "14.3",
    N_("a container that can run for a year"),
    solution="""
docker run -d --name ex14-ticker --log-driver json-file \\
  --log-opt max-size=100k --log-opt max-file=3 --init --cpus 0.5 dockerlab/ticker
docker inspect --format \\
  '{{.HostConfig.LogConfig}} init={{.HostConfig.Init}} cpus={{.HostConfig.NanoCpus}}' ex14-ticker
""",
)
def _ticker(client: Any) -> str:
    info = need_container(
        client,
        "ex14-ticker",
        _("run it in the background: docker run -d --name ex14-ticker … dockerlab/ticker"),
    )
    _image(info, "ex14-ticker", "dockerlab/ticker")
    _running(info, "ex14-ticker")
    log = info["HostConfig"].get("LogConfig") or {}
    options = log.get("Config") or {}
    if log.get("Type") != "json-file":
        raise NotYet(
            _("ex14-ticker logs with {driver}, not json-file").format(
                driver=log.get("Type") or "-"
            ),
            _("remove it and run it again with --log-driver json-file"),
        )
    size = _kilobytes(str(options.get("max-size", "")))
    if size is None or round(size) != 100 or options.get("max-file") != "3":
        raise NotYet(
            _("ex14-ticker's log options are {options}").format(
                options=", ".join(f"{k}={v}" for k, v in sorted(options.items())) or "-"
            ),
            _(
                "log options are set when the container is created: remove it and run it "
                "again with --log-opt max-size=100k --log-opt max-file=3"
            ),
        )
    if not info["HostConfig"].get("Init"):
        raise NotYet(
            _("ex14-ticker's PID 1 is its own program, not docker-init"),
            _("remove it and run it again with --init"),
        )
    cpus = int(info["HostConfig"].get("NanoCpus") or 0) / 1e9
    if cpus != 0.5:
        raise NotYet(
            _("ex14-ticker's CPU limit is {cpus}").format(cpus=cpus if cpus else _("none")),
            _("docker update --cpus 0.5 ex14-ticker"),
        )
    return _(
        "ex14-ticker rotates its json-file log at 100 kB over 3 files, runs under "
        "docker-init, and uses half a CPU at most"
    )
