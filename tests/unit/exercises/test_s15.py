"""Notebook 15's check, on canned Engine JSON, a canned registry and a canned app: each way of
not being done yet gets its own message and hint. And the exercise's copy of the lesson's
files stays the notebook's."""

from __future__ import annotations

import io
import json
import re
import urllib.error
from pathlib import Path
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.exercises import s15
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

ROOT = Path(__file__).resolve().parents[3]
REGISTRY = "127.0.0.1:5000"
IMAGE = f"{REGISTRY}/ex15/notes:1.0"
DIGEST = "sha256:" + "d" * 64
CREATED = "2026-11-29T12:00:05.123456789Z"


def service(
    name: str,
    *,
    image: str = IMAGE,
    running: bool = True,
    networks=("ex15_back",),
    mounts=None,
    ports=None,
) -> dict[str, Any]:
    info = container(f"ex15-{name}-1", image=image, running=running)
    info["Image"] = f"sha256:{name}"
    info["Created"] = CREATED
    info["Config"]["Labels"] = {s15.PROJECT: "ex15", s15.SERVICE: name}
    info["NetworkSettings"] = {
        "Networks": {n: {} for n in networks},
        "Ports": ports if ports is not None else {},
    }
    info["Mounts"] = mounts if mounts is not None else []
    return info


VOLUME = [{"Type": "volume", "Name": "ex15_data", "Destination": "/data"}]
PUBLISHED = {"8000/tcp": [{"HostIp": "127.0.0.1", "HostPort": "32780"}]}


def project(**changes: Any) -> dict[str, dict[str, Any]]:
    store = service("store", mounts=changes.pop("mounts", VOLUME), **changes.pop("store", {}))
    web = service("web", ports=changes.pop("ports", PUBLISHED), **changes.pop("web", {}))
    return {"ex15-store-1": store, "ex15-web-1": web}


class ProjectAPI:
    """A FakeAPI (inspect) plus ``GET /containers/json`` filtered by one label."""

    def __init__(self, found: dict[str, dict[str, Any]], images: dict[str, Any]) -> None:
        self.fake = FakeAPI(found, images=images)
        self.inspect_container = self.fake.inspect_container
        self.inspect_image = self.fake.inspect_image

    def containers(self, all: bool = False, filters: dict | None = None) -> list[dict]:
        key, _, value = (filters or {}).get("label", "").partition("=")
        return [
            {"Id": c["Id"]}
            for c in self.fake.containers.values()
            if c["Config"]["Labels"].get(key) == value
        ]


def _fake_api(found: dict[str, dict[str, Any]], digests: dict[str, list[str]]):
    images = {f"sha256:{name}": {"RepoDigests": refs} for name, refs in digests.items()}
    return ProjectAPI(found, images)


PUSHED = {"store": [f"{REGISTRY}/ex15/notes@{DIGEST}"], "web": [f"{REGISTRY}/ex15/notes@{DIGEST}"]}
OLD_NOTE = [{"text": "my ex15 note", "created": "2026-11-29T11:59:00Z"}]


@pytest.fixture
def world(monkeypatch):
    """The registry and the app, as the check sees them; tests change them."""
    state = {"tags": {"1.0": DIGEST}, "notes": OLD_NOTE, "app_down": False}
    monkeypatch.setattr(s15, "kit_registry", lambda client=None: REGISTRY)
    monkeypatch.setattr(s15, "registry_digests", lambda address, repo: dict(state["tags"]))

    def urlopen(url, timeout=None):
        assert url == "http://127.0.0.1:32780/notes" and timeout
        if state["app_down"]:
            raise urllib.error.URLError("Connection refused")
        return io.BytesIO(json.dumps(state["notes"]).encode())

    monkeypatch.setattr(s15.urllib.request, "urlopen", urlopen)
    return state


def _check(api: ProjectAPI):
    with language_scope("en"):
        return dl.check("15.1", client=FakeClient(api))


def test_15_1_passes(world):
    result = _check(_fake_api(project(), PUSHED))
    assert result.passed, repr(result)
    assert "ex15_back" in result.message and "ex15_data" in result.message


def test_15_1_a_note_from_the_same_second_counts_when_it_came_first(world):
    # a fast down/up (the suite's): the note and the new container within one second
    world["notes"] = [{"text": "my ex15 note", "created": "2026-11-29T12:00:05.100Z"}]
    assert _check(_fake_api(project(), PUSHED)).passed
    world["notes"] = [{"text": "my ex15 note", "created": "2026-11-29T12:00:05.200Z"}]
    result = _check(_fake_api(project(), PUSHED))
    assert not result.passed and "not older" in result.message, repr(result)


@pytest.mark.parametrize(
    ("found", "digests", "change", "message", "hint"),
    [
        ({}, PUSHED, {}, "no containers of the Compose project ex15", "name: ex15"),
        (
            {"ex15-store-1": project()["ex15-store-1"]},
            PUSHED,
            {},
            "has no service web",
            "store and web",
        ),
        (
            project(web={"running": False}),
            PUSHED,
            {},
            "web of the project ex15 is not running",
            "docker compose logs web",
        ),
        (
            project(web={"image": "ex15/notes:1.0"}),
            PUSHED,
            {},
            "not an image from the course",
            "$REGISTRY/ex15/notes",
        ),
        (
            project(),
            PUSHED,
            {"tags": {}},
            "registry has no ex15/notes:1.0",
            "docker push $REGISTRY/ex15/notes:1.0",
        ),
        (
            project(),
            {"store": [], "web": []},
            {},
            "does not run the image the registry holds",
            "docker compose up -d again",
        ),
        (project(web={"networks": ("bridge",)}), PUSHED, {}, "share no network", "networks:"),
        (project(mounts=[]), PUSHED, {}, "not in a volume", "data:/data"),
        (
            project(mounts=[{"Type": "bind", "Name": "", "Destination": "/data"}]),
            PUSHED,
            {},
            "not in a volume",
            "data:/data",
        ),
        (project(ports={}), PUSHED, {}, "not published on 127.0.0.1", "127.0.0.1::8000"),
        (
            project(ports={"8000/tcp": [{"HostIp": "0.0.0.0", "HostPort": "32780"}]}),
            PUSHED,
            {},
            "not published on 127.0.0.1",
            "127.0.0.1::8000",
        ),
        (project(), PUSHED, {"app_down": True}, "does not answer", "docker compose logs"),
        (
            project(),
            PUSHED,
            {"notes": [{"text": "buy milk", "created": "2026-11-29T11:00:00Z"}]},
            "no note containing ex15",
            "curl -s -d",
        ),
        (
            project(),
            PUSHED,
            {"notes": [{"text": "ex15", "created": "2026-11-29T12:00:05.500Z"}]},
            "not older than the store's container",
            "docker compose down, then docker compose up -d",
        ),
    ],
)
def test_15_1_not_yet(world, found, digests, change, message, hint):
    world.update(change)
    result = _check(_fake_api(found, digests))
    assert not result.passed and message in result.message, repr(result)
    assert hint in result.hint, repr(result)


def _written_by_notebook_15() -> dict[str, str]:
    source = (ROOT / "notebooks" / "src" / "15-final-project.py").read_text()
    files = {}
    for cell in re.split(r"^# %%.*$", source, flags=re.M):
        match = re.match(r"\n*%%writefile nb15-notes/(\S+)\n", cell)
        if match:
            files[match.group(1)] = cell[match.end() :].rstrip("\n") + "\n"
    return files


def test_the_exercise_carries_the_notebooks_files():
    files = _written_by_notebook_15()
    assert files["notes.py"] == s15.NOTES_PY
    assert files["Dockerfile"] == s15.DOCKERFILE
    assert files["compose.yaml"].replace("nb15", "ex15") == s15.COMPOSE


def test_the_automated_solution_is_the_shown_one_on_fresh_files():
    script = s15._automated()
    assert script.startswith('cd "$(mktemp -d)"\n')
    assert script.endswith(s15.SOLUTION.split("compose.yaml\n", 1)[1])
    for name in ("notes.py", "Dockerfile", "compose.yaml"):
        assert f"cat > {name} <<'END_OF_FILE'\n" in script
