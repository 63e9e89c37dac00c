"""Exercises of notebook 13, Compose: a service that waits for another to be healthy, and
data that outlives ``docker compose down``.

Compose labels every container it makes (``com.docker.compose.project``, ``…service``), so
the checks find a project's containers the way ``docker ps --filter label=…`` does."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from .base import NotYet, exercise
from .helpers import labelled_containers, logs_text, volume

__all__ = ["project_containers"]

PROJECT = "com.docker.compose.project"
SERVICE = "com.docker.compose.service"
PAGE = "Hello from a container"


def project_containers(
    client: Any, project: str, service: str | None = None
) -> list[dict[str, Any]]:
    """``docker inspect`` of every container of Compose project ``project`` (one service's
    when ``service`` is given), by name."""
    labels = [f"{PROJECT}={project}"]
    if service is not None:
        labels.append(f"{SERVICE}={service}")
    return labelled_containers(client, labels)


def _need_project(client: Any, project: str, folder: str, start: str) -> list[dict[str, Any]]:
    containers = project_containers(client, project)
    if not containers:
        raise NotYet(
            _("there are no containers of the Compose project {project}").format(project=project),
            _(
                "write {folder}/compose.yaml with `name: {project}` at the top, then: "
                "cd {folder} && {start}"
            ).format(folder=folder, project=project, start=start),
        )
    return containers


def _one(client: Any, project: str, service: str) -> dict[str, Any]:
    found = project_containers(client, project, service)
    if not found:
        raise NotYet(
            _("the project {project} has no service {service}").format(
                project=project, service=service
            ),
            _(
                "add the service {service} under services: in compose.yaml, then "
                "docker compose up -d"
            ).format(service=service),
        )
    return found[0]


@exercise(
    "13.1",
    N_("start when the other is healthy"),
    solution="""
mkdir -p ex13-app
cat > ex13-app/compose.yaml <<'EOF'
name: ex13

services:
  web:
    image: dockerlab/web
    ports:
      - "127.0.0.1::80"
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://localhost/"]
      interval: 1s
      retries: 10

  client:
    image: dockerlab/busybox
    command: ["wget", "-q", "-O-", "http://web/"]
    depends_on:
      web:
        condition: service_healthy
EOF
cd ex13-app
docker compose up client
""",
)
def _healthy_first(client: Any) -> str:
    _need_project(client, "ex13", "ex13-app", "docker compose up client")
    web = _one(client, "ex13", "web")
    name = web["Name"].lstrip("/")
    if web["Config"]["Image"] != "dockerlab/web":
        raise NotYet(
            _("{name} runs {image}, not dockerlab/web").format(
                name=name, image=web["Config"]["Image"]
            ),
            _("image: dockerlab/web for the service web, then docker compose up -d"),
        )
    test = ((web["Config"].get("Healthcheck") or {}).get("Test")) or []
    if not test or test[0] == "NONE":
        raise NotYet(
            _("the service web has no healthcheck"),
            _(
                'add a healthcheck: to web, e.g. test: ["CMD", "wget", "-q", '
                '"-O", "/dev/null", "http://localhost/"]'
            ),
        )
    health = ((web["State"].get("Health") or {}).get("Status")) or "-"
    if not web["State"].get("Running") or health != "healthy":
        raise NotYet(
            _("{name} is {state}, its health is {health}").format(
                name=name, state=web["State"].get("Status", "?"), health=health
            ),
            _("docker compose ps shows why; docker compose logs web shows what it said"),
        )
    bindings = ((web.get("NetworkSettings") or {}).get("Ports") or {}).get("80/tcp") or []
    if not bindings or any(b.get("HostIp") != "127.0.0.1" for b in bindings):
        raise NotYet(
            _("{name} does not publish port 80 on 127.0.0.1 only").format(name=name),
            _('ports: - "127.0.0.1::80" under web (quoted: YAML would misread the colons)'),
        )
    waiting = _one(client, "ex13", "client")
    cname = waiting["Name"].lstrip("/")
    condition = (waiting["Config"].get("Labels") or {}).get("com.docker.compose.depends_on") or ""
    if "web:service_healthy" not in condition:
        raise NotYet(
            _("the service client does not wait for web to be healthy"),
            _("under client: depends_on: web: condition: service_healthy"),
        )
    if waiting["State"].get("Running"):
        raise NotYet(
            _("{name} is still running").format(name=cname),
            _("docker compose up client waits for it and shows its output"),
        )
    log = logs_text(client, waiting["Id"])
    if PAGE not in log or waiting["State"].get("ExitCode") != 0:
        raise NotYet(
            _("{name} exited with {code} and did not print the page").format(
                name=cname, code=waiting["State"].get("ExitCode")
            ),
            _("its command: wget -q -O- http://web/ (the service's name is its host name)"),
        )
    return _(
        "{client} waited until {web} was healthy, then fetched its page by the name web"
    ).format(client=cname, web=name)


@exercise(
    "13.2",
    N_("data outlives docker compose down"),
    solution="""
mkdir -p ex13-keep
cat > ex13-keep/compose.yaml <<'EOF'
name: ex13-keep

services:
  counter:
    image: dockerlab/busybox
    command: ["sh", "-c", "date >> /data/starts; wc -l < /data/starts"]
    volumes:
      - data:/data

volumes:
  data:
EOF
cd ex13-keep
docker compose up
docker compose down
docker compose up
docker compose down
docker compose up
""",
)
def _keep(client: Any) -> str:
    _need_project(client, "ex13-keep", "ex13-keep", "docker compose up")
    counter = _one(client, "ex13-keep", "counter")
    name = counter["Name"].lstrip("/")
    mounts = {m.get("Destination"): m for m in counter.get("Mounts") or []}
    data = mounts.get("/data")
    if data is None or data.get("Type") != "volume":
        raise NotYet(
            _("{name} has no volume at /data").format(name=name),
            _("volumes: - data:/data under counter, and data: under a top-level volumes:"),
        )
    if volume(client, "ex13-keep_data") is None or data.get("Name") != "ex13-keep_data":
        raise NotYet(
            _("{name} does not use the volume ex13-keep_data (it uses {volume})").format(
                name=name, volume=data.get("Name") or "-"
            ),
            _("name the volume data in compose.yaml; Compose calls it ex13-keep_data"),
        )
    if counter["State"].get("Running"):
        raise NotYet(
            _("{name} is still running").format(name=name),
            _("docker compose up (without -d) waits for it and shows its output"),
        )
    counts = [
        line.strip()
        for line in logs_text(client, counter["Id"]).splitlines()
        if line.strip().isdigit()
    ]
    if len(counts) > 1:
        raise NotYet(
            _("{name} itself ran {n} times: that proves nothing about down").format(
                name=name, n=len(counts)
            ),
            _(
                "run docker compose down between the runs: it removes the container, and the "
                "count must still grow"
            ),
        )
    last = int(counts[-1]) if counts else 0
    if last < 3:
        raise NotYet(
            _("the last run of {name} counted {n} start(s)").format(name=name, n=last),
            _(
                "docker compose up, then docker compose down without -v, three times "
                "(-v removes the volume, and the count with it)"
            ),
        )
    return _(
        "{name} counted {n} starts: the volume ex13-keep_data outlived every docker compose down"
    ).format(name=name, n=last)
