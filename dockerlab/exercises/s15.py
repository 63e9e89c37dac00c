"""Exercise of notebook 15, the final project: the whole app shipped under ``ex15``, checked
against the registry, the Engine and the app itself.

Compose labels every container it makes (``com.docker.compose.project``, ``…service``), so the
check finds the project's containers the way ``docker compose ps`` does.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from ..i18n import N_, _
from ..kit import registry as kit_registry
from ..timespec import engine_time
from .base import NotYet, exercise
from .helpers import image, need_container
from .s06 import registry_digests

__all__ = ["COMPOSE", "DOCKERFILE", "NOTES_PY", "project_containers"]

PROJECT = "com.docker.compose.project"
SERVICE = "com.docker.compose.service"
REPOSITORY = "ex15/notes"
TIMEOUT = 5.0

# The lesson's files (notebook 15 writes them into nb15-notes/), for the tests to carry the
# solution out anywhere; tests/unit/exercises/test_s15.py keeps them equal to the notebook's.
NOTES_PY = r'''"""Notes: a small web app (python3 notes.py web) and the store that keeps its data
(python3 notes.py store). Python's standard library only."""

import json
import os
import sqlite3
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORE_URL = os.environ.get("STORE_URL", "http://store:8001")
DATABASE = "/data/notes.db"


class Store(BaseHTTPRequestHandler):
    """Keeps the notes in SQLite: GET / lists them (JSON), POST / adds one."""

    def do_GET(self):
        with sqlite3.connect(DATABASE) as db:
            db.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT, created TEXT)")
            rows = db.execute("SELECT text, created FROM notes ORDER BY rowid").fetchall()
        self.reply(200, json.dumps([{"text": t, "created": c} for t, c in rows]))

    def do_POST(self):
        text = self.rfile.read(int(self.headers["Content-Length"])).decode()
        with sqlite3.connect(DATABASE) as db:
            db.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT, created TEXT)")
            db.execute("INSERT INTO notes VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'))", (text,))
        self.reply(201, "saved\n")

    def reply(self, status, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Web(Store):
    """The page people use: GET / shows the notes, GET /notes gives them as JSON, POST /
    adds one. The notes live in the store, reached over the network by its name."""

    def do_GET(self):
        with urllib.request.urlopen(STORE_URL, timeout=5) as answer:
            notes = json.load(answer)
        if self.path == "/notes":
            self.reply(200, json.dumps(notes))
            return
        lines = [f"{len(notes)} note(s), kept by the store:"]
        lines += [f"- {note['text']}" for note in notes]
        self.reply(200, "\n".join(lines) + "\n")

    def do_POST(self):
        text = self.rfile.read(int(self.headers["Content-Length"]))
        urllib.request.urlopen(STORE_URL, data=text, timeout=5).close()
        self.reply(201, "saved\n")


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "web"
    handler, port = (Store, 8001) if role == "store" else (Web, 8000)
    sys.stderr.write(f"notes {role} listening on port {port}\n")
    ThreadingHTTPServer(("", port), handler).serve_forever()
'''
DOCKERFILE = r"""FROM dockerlab/python
WORKDIR /app
COPY notes.py .
# the store keeps its data in /data; the app runs as nobody, not as root
RUN mkdir /data && chown nobody /data
USER nobody
EXPOSE 8000 8001
CMD ["python3", "notes.py", "web"]
"""
#: compose.yaml as the solution's ``sed s/nb15/ex15/g`` makes it
COMPOSE = r"""name: ex15

services:
  store:
    image: ${REGISTRY:-127.0.0.1:5000}/ex15/notes:1.0
    command: ["python3", "notes.py", "store"]
    volumes:
      - data:/data
    networks:
      - back
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8001/')"]
      interval: 500ms
      retries: 10
    init: true
    restart: unless-stopped

  web:
    image: ${REGISTRY:-127.0.0.1:5000}/ex15/notes:1.0
    environment:
      STORE_URL: http://store:8001
    ports:
      - "127.0.0.1::8000"
    networks:
      - back
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"]
      interval: 500ms
      retries: 10
    depends_on:
      store:
        condition: service_healthy
    init: true
    restart: unless-stopped

networks:
  back:

volumes:
  data:
"""

SOLUTION = """
# the lesson's project, under your own name (compose.yaml: name ex15, image ex15/notes)
cp -r nb15-notes ex15-notes
cd ex15-notes
sed -i 's/nb15/ex15/g' compose.yaml
docker build -t $REGISTRY/ex15/notes:1.0 .
docker push $REGISTRY/ex15/notes:1.0
docker compose up -d --wait
curl -s -d 'my first ex15 note' "http://$(docker compose port web 8000)/"
# new containers, the same volume
docker compose down
docker compose up -d --wait
curl -s "http://$(docker compose port web 8000)/"
"""


def _automated() -> str:
    """The solution for the tests, which have no nb15-notes folder: the lesson's files are
    written into a fresh folder first."""
    files = "\n".join(
        f"cat > {name} <<'END_OF_FILE'\n{text}END_OF_FILE"
        for name, text in (
            ("notes.py", NOTES_PY),
            ("Dockerfile", DOCKERFILE),
            ("compose.yaml", COMPOSE),
        )
    )
    steps = SOLUTION.split("sed -i 's/nb15/ex15/g' compose.yaml\n", 1)[1]
    return f'cd "$(mktemp -d)"\n{files}\n{steps}'


def project_containers(client: Any, project: str) -> list[dict[str, Any]]:
    """``docker inspect`` of every container of Compose project ``project``, by name."""
    rows = client.api.containers(all=True, filters={"label": f"{PROJECT}={project}"}) or []
    found = [need_container(client, row["Id"]) for row in rows]
    return sorted(found, key=lambda c: str(c.get("Name", "")))


def _services(client: Any) -> dict[str, dict[str, Any]]:
    containers = project_containers(client, "ex15")
    if not containers:
        raise NotYet(
            _("there are no containers of the Compose project ex15"),
            _(
                "write ex15-notes/compose.yaml with `name: ex15` at the top (copy "
                "nb15-notes), then: cd ex15-notes && docker compose up -d"
            ),
        )
    services = {c["Config"]["Labels"].get(SERVICE, "?"): c for c in containers}
    for service in ("store", "web"):
        found = services.get(service)
        if found is None:
            raise NotYet(
                _("the project ex15 has no service {service}").format(service=service),
                _("compose.yaml needs the services store and web, as in nb15-notes"),
            )
        if not found["State"]["Running"]:
            raise NotYet(
                _("{service} of the project ex15 is not running ({status})").format(
                    service=service, status=found["State"]["Status"]
                ),
                _(
                    "cd ex15-notes && docker compose up -d, then docker compose logs {service}"
                ).format(service=service),
            )
    return services


def _from_registry(client: Any, services: dict[str, dict[str, Any]], address: str) -> str:
    """The reference both services run, after checking it is the registry's image."""
    prefix = f"{address}/{REPOSITORY}:"
    refs = {name: c["Config"]["Image"] for name, c in services.items()}
    for name, ref in sorted(refs.items()):
        if not ref.startswith(prefix):
            raise NotYet(
                _("{service} runs {image}, not an image from the course registry").format(
                    service=name, image=ref
                ),
                _(
                    "push the image as $REGISTRY/ex15/notes:TAG and write that name "
                    "in compose.yaml's image: lines"
                ),
            )
    tag = refs["web"][len(prefix) :]
    digests = registry_digests(address, REPOSITORY)
    if tag not in digests:
        raise NotYet(
            _("the course registry has no {repo}:{tag}").format(repo=REPOSITORY, tag=tag),
            _("docker push $REGISTRY/ex15/notes:{tag}").format(tag=tag),
        )
    for name, found in sorted(services.items()):
        repo_digests = (image(client, found["Image"]) or {}).get("RepoDigests") or []
        if f"{address}/{REPOSITORY}@{digests[tag]}" not in repo_digests:
            raise NotYet(
                _("{service} does not run the image the registry holds as {repo}:{tag}").format(
                    service=name, repo=REPOSITORY, tag=tag
                ),
                _(
                    "push what you built (docker push $REGISTRY/ex15/notes:{tag}), "
                    "then docker compose up -d again"
                ).format(tag=tag),
            )
    return refs["web"]


def _network_and_volume(services: dict[str, dict[str, Any]]) -> tuple[str, str]:
    networks = [
        set((c.get("NetworkSettings") or {}).get("Networks") or {}) for c in services.values()
    ]
    shared = sorted(n for n in set.intersection(*networks) if n.startswith("ex15_"))
    if not shared:
        raise NotYet(
            _("store and web share no network of the project ex15"),
            _("put both services on one network (networks: in compose.yaml, as in nb15-notes)"),
        )
    mounts = [
        m
        for m in services["store"].get("Mounts") or []
        if m.get("Type") == "volume"
        and str(m.get("Name", "")).startswith("ex15_")
        and m.get("Destination") == "/data"
    ]
    if not mounts:
        raise NotYet(
            _("store keeps /data in its container, not in a volume of the project ex15"),
            _(
                "mount a named volume on /data: volumes: - data:/data under store, "
                "and data: under the top-level volumes:"
            ),
        )
    return shared[0], str(mounts[0]["Name"])


def _notes(web: dict[str, Any]) -> tuple[str, list[dict[str, str]]]:
    bindings = ((web.get("NetworkSettings") or {}).get("Ports") or {}).get("8000/tcp") or []
    if not bindings or any((b.get("HostIp") or "0.0.0.0") != "127.0.0.1" for b in bindings):
        raise NotYet(
            _("web's port 8000 is not published on 127.0.0.1 only"),
            _('in compose.yaml, under web: ports: - "127.0.0.1::8000"'),
        )
    address = f"127.0.0.1:{bindings[0]['HostPort']}"
    try:
        with urllib.request.urlopen(f"http://{address}/notes", timeout=TIMEOUT) as answer:
            notes = json.load(answer)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise NotYet(
            _("the app does not answer at http://{address}/notes ({reason})").format(
                address=address, reason=getattr(exc, "reason", exc)
            ),
            _("read what the services say: docker compose logs (in ex15-notes)"),
        ) from exc
    return address, [n for n in notes if isinstance(n, dict)]


@exercise("15.1", N_("ship your own copy"), solution=SOLUTION, automated=_automated())
def _project(client: Any) -> str:
    services = _services(client)
    address = kit_registry(client=client)
    ref = _from_registry(client, services, address)
    network, volume = _network_and_volume(services)
    published, notes = _notes(services["web"])
    mine = [n for n in notes if "ex15" in str(n.get("text", ""))]
    if not mine:
        raise NotYet(
            _("the app at {address} has no note containing ex15").format(address=published),
            _("add one: curl -s -d 'my ex15 note' http://{address}/").format(address=published),
        )
    oldest = min(str(n.get("created", "")) for n in mine)
    noted, made = engine_time(oldest), engine_time(str(services["store"].get("Created", "")))
    if noted is None or made is None or noted >= made:
        raise NotYet(
            _(
                "your note is not older than the store's container: it has not been "
                "through a down and up yet"
            ),
            _(
                "in ex15-notes: docker compose down, then docker compose up -d, and "
                "see that the note is still there"
            ),
        )
    return _(
        "ex15 runs {image} from the registry on the network {network}; the note from "
        "{when} survived new containers in the volume {volume}, and the app answers on "
        "{address}"
    ).format(image=ref, network=network, when=oldest, volume=volume, address=published)
