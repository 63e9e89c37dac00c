"""Notebook 06's checks, on canned Engine JSON and canned registry answers: each way of not
being done yet gets its own message and hint."""

from __future__ import annotations

import io
import json
import urllib.error
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.exercises import s06
from dockerlab.exercises.base import NotYet
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

ADDRESS = "127.0.0.1:5000"
NAME = f"{ADDRESS}/ex06/app"
V1, V2 = "sha256:" + "1" * 64, "sha256:" + "2" * 64


def _image(image_id: str, *digests: str) -> dict[str, Any]:
    return {"Id": image_id, "RepoDigests": [f"{NAME}@{d}" for d in digests]}


def _check(exercise_id: str, api: FakeAPI, monkeypatch, pushed: dict[str, str] | None = None):
    monkeypatch.setattr(s06, "_registry_address", lambda client: ADDRESS)
    monkeypatch.setattr(s06, "registry_digests", lambda address, repo: dict(pushed or {}))
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


BUILT = {
    f"{NAME}:v1": _image("sha256:" + "a" * 64, V1),
    f"{NAME}:v2": _image("sha256:" + "b" * 64, V2),
}


@pytest.mark.parametrize(
    ("images", "pushed", "message", "hint"),
    [
        ({}, {}, f"no image {NAME}:v1", "docker build -t $REGISTRY/ex06/app:v1"),
        ({f"{NAME}:v1": BUILT[f"{NAME}:v1"]}, {}, f"no image {NAME}:v2", ":v2"),
        (
            {f"{NAME}:v1": BUILT[f"{NAME}:v1"], f"{NAME}:v2": BUILT[f"{NAME}:v1"]},
            {},
            "are the same image",
            "two different images",
        ),
        (BUILT, {}, "has no ex06/app:v1", "docker push $REGISTRY/ex06/app:v1"),
        (
            BUILT,
            {"v1": V1, "v2": "sha256:" + "9" * 64},
            "ex06/app:v2 in the course registry is not",
            "push it again",
        ),
        (BUILT, {"v1": V1, "v2": V2}, "no tag latest", "docker tag $REGISTRY/ex06/app:v2"),
        (
            BUILT,
            {"v1": V1, "v2": V2, "latest": V1},
            "latest in the course registry is v1",
            "latest is only a name",
        ),
        (
            BUILT,
            {"v1": V1, "v2": V2, "latest": "sha256:" + "7" * 64},
            "latest in the course registry is another image",
            "latest is only a name",
        ),
    ],
)
def test_06_1_not_yet(images, pushed, message, hint, monkeypatch):
    result = _check("06.1", FakeAPI(images=images), monkeypatch, pushed)
    assert not result.passed and message in result.message and hint in result.hint


def test_06_1_passes(monkeypatch):
    result = _check("06.1", FakeAPI(images=BUILT), monkeypatch, {"v1": V1, "v2": V2, "latest": V2})
    assert result.passed and "latest and v2 are one image" in result.message


class _Answer(io.BytesIO):
    def __init__(self, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        super().__init__(body)
        self.headers = headers or {}


def test_registry_digests_reads_tags_then_each_manifest(monkeypatch):
    asked = []

    def urlopen(request, timeout):
        url = request if isinstance(request, str) else request.full_url
        asked.append(
            (
                url,
                getattr(request, "method", "GET"),
                getattr(request, "headers", {}).get("Accept", ""),
            )
        )
        assert timeout == s06.TIMEOUT
        if url.endswith("/tags/list"):
            return _Answer(json.dumps({"name": "ex06/app", "tags": ["v1", "latest"]}).encode())
        return _Answer(headers={"Docker-Content-Digest": V1})

    monkeypatch.setattr(s06.urllib.request, "urlopen", urlopen)
    assert s06.registry_digests(ADDRESS, "ex06/app") == {"v1": V1, "latest": V1}
    assert asked[0][0] == f"http://{ADDRESS}/v2/ex06/app/tags/list"
    assert asked[1][1] == "HEAD" and "oci.image.index" in asked[1][2]


def test_registry_digests_of_an_unknown_repository_are_empty(monkeypatch):
    def urlopen(request, timeout):
        raise urllib.error.HTTPError(request, 404, "NAME_UNKNOWN", {}, None)

    monkeypatch.setattr(s06.urllib.request, "urlopen", urlopen)
    assert s06.registry_digests(ADDRESS, "ex06/app") == {}


def test_a_registry_that_does_not_answer_is_not_yet_with_a_hint(monkeypatch):
    def urlopen(request, timeout):
        raise urllib.error.URLError("Connection refused")

    monkeypatch.setattr(s06.urllib.request, "urlopen", urlopen)
    with language_scope("en"), pytest.raises(NotYet) as missing:
        s06.registry_digests(ADDRESS, "ex06/app")
    assert "does not answer (Connection refused)" in missing.value.message
    assert "dockerlab kit up" in missing.value.hint


ONCE_ID = "sha256:" + "c" * 64


def _once(**extra: Any) -> dict[str, Any]:
    return container("ex06-once", image="ex06/once", Image=ONCE_ID, **extra)


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (FakeAPI(), "no container named ex06-once", "docker run --name ex06-once ex06/once"),
        (
            FakeAPI(
                {"ex06-once": container("ex06-once", image="dockerlab/busybox", Image=ONCE_ID)}
            ),
            "made from dockerlab/busybox",
            "docker rm -f ex06-once",
        ),
        (FakeAPI({"ex06-once": _once(running=True)}), "still running", "a command that ends"),
        (
            FakeAPI({"ex06-once": _once()}, images={"ex06/once": {"Id": ONCE_ID}}),
            "ex06/once is still here",
            "docker rmi -f",
        ),
        (
            FakeAPI({"ex06-once": _once()}, images={ONCE_ID: {"Id": ONCE_ID}}),
            "still here without a name",
            "docker rmi -f $(docker inspect --format '{{.Image}}'",
        ),
    ],
)
def test_06_2_not_yet(api, message, hint, monkeypatch):
    result = _check("06.2", api, monkeypatch)
    assert not result.passed and message in result.message and hint in result.hint


def test_06_2_passes(monkeypatch):
    api = FakeAPI({"ex06-once": _once(Config={"Image": "ex06/once:latest"})})
    result = _check("06.2", api, monkeypatch)
    assert result.passed and "still here" in result.message
