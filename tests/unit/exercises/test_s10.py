"""Notebook 10's checks, on canned Engine JSON and canned image files: each way of not being
done yet gets its own message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.exercises import s10
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient

WEB = ["sha256:web1", "sha256:web2"]


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _img(image_id: str, layers=(), size=2_000_000, digests=()):
    return {
        "Id": image_id,
        "RootFS": {"Layers": list(layers)},
        "Size": size,
        "RepoDigests": list(digests),
    }


# -- 10.1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layers", "message", "hint"),
    [
        ([{"app/hello.sh", "app/secret.env"}], "holds secret.env", ".dockerignore"),
        (
            [{"app/hello.sh", "app/secret.env"}, {"app/.wh.secret.env"}],
            "still holds it",
            "with .dockerignore instead",
        ),
        ([{"app/", "app/Dockerfile"}], "has no hello.sh", "ignore only the secret"),
    ],
)
def test_10_1_not_yet(monkeypatch, layers, message, hint):
    monkeypatch.setattr(s10, "image_layers", lambda client, ref: layers)
    result = _check("10.1", FakeAPI(images={"ex10/secret": _img("sha256:s")}))
    assert not result.passed and message in result.message and hint in result.hint


def test_10_1_no_image():
    result = _check("10.1", FakeAPI())
    assert "no image ex10/secret" in result.message and "docker build" in result.hint


def test_10_1_passes(monkeypatch):
    layers = [{"bin/busybox"}, {"app/hello.sh", "app/.dockerignore"}]
    monkeypatch.setattr(s10, "image_layers", lambda client, ref: layers)
    assert _check("10.1", FakeAPI(images={"ex10/secret": _img("sha256:s")})).passed


# -- 10.2 ---------------------------------------------------------------------------------


def _order(monkeypatch, made: dict[str, int | None]):
    monkeypatch.setattr(s10, "_install_step", lambda client, ref: made.get(ref[-1]))


TWO = {"ex10/order:1": _img("sha256:1"), "ex10/order:2": _img("sha256:2")}


@pytest.mark.parametrize(
    ("images", "made", "message", "hint"),
    [
        ({}, {}, "no image ex10/order:1", "build :1"),
        ({"ex10/order:1": _img("sha256:1")}, {}, "no image ex10/order:2", "build :2"),
        (
            {"ex10/order:1": _img("sha256:1"), "ex10/order:2": _img("sha256:1")},
            {},
            "are the same image",
            "change render.py",
        ),
        (TWO, {"1": 100}, "no RUN sh install.sh step", "RUN sh install.sh"),
        (TWO, {"1": 100, "2": 105}, "ran again", "COPY . . only after it"),
    ],
)
def test_10_2_not_yet(monkeypatch, images, made, message, hint):
    _order(monkeypatch, made)
    result = _check("10.2", FakeAPI(images=images))
    assert not result.passed and message in result.message and hint in result.hint


def test_10_2_passes(monkeypatch):
    _order(monkeypatch, {"1": 100, "2": 100})
    assert _check("10.2", FakeAPI(images=TWO)).passed


class HistoryAPI(FakeAPI):
    def history(self, ref):
        return {
            "classic": [
                {"CreatedBy": "/bin/sh -c #(nop) COPY dir:abc in . ", "Created": 9},
                {"CreatedBy": "/bin/sh -c sh install.sh", "Created": 7},
                {"CreatedBy": "/bin/sh -c #(nop) COPY multi:def in ./ ", "Created": 6},
            ],
            "buildkit": [
                {"CreatedBy": "COPY . . # buildkit", "Created": 9},
                {"CreatedBy": "RUN /bin/sh -c sh install.sh # buildkit", "Created": 8},
                {"CreatedBy": "COPY requirements.txt install.sh ./ # buildkit", "Created": 6},
            ],
            "none": [{"CreatedBy": "COPY . . # buildkit", "Created": 9}],
        }[ref]


@pytest.mark.parametrize(("ref", "made"), [("classic", 7), ("buildkit", 8), ("none", None)])
def test_10_2_finds_the_install_step_in_either_builders_history(ref, made):
    assert s10._install_step(FakeClient(HistoryAPI()), ref) == made


# -- 10.3 ---------------------------------------------------------------------------------

REF = "127.0.0.1:5000/ex10/site:1.0"
PAGES = {"": None, "index.html": b"<ul>", "hello.html": b"", "layers.html": b"", "me.html": b""}


@pytest.fixture
def site(monkeypatch):
    state = {"files": dict(PAGES), "pushed": {"1.0": "sha256:d"}}
    monkeypatch.setattr(s10, "kit_registry", lambda client: "127.0.0.1:5000")
    monkeypatch.setattr(
        s10,
        "image_layers",
        lambda client, ref: [
            {"bin", "bin/busybox", "www", "www/index.html"},
            {f"www/{name}" for name in state["files"] if name},
        ],
    )
    monkeypatch.setattr(s10, "registry_digests", lambda address, repo: state["pushed"])
    return state


def _site_api(**overrides):
    local = _img(
        "sha256:site", layers=[*WEB, "sha256:mine"], digests=["127.0.0.1:5000/ex10/site@sha256:d"]
    )
    local.update(overrides)
    return FakeAPI(images={REF: local, "dockerlab/web": _img("sha256:web", layers=WEB)})


@pytest.mark.parametrize(
    ("change", "message", "hint"),
    [
        (
            {"RootFS": {"Layers": ["sha256:python", "sha256:mine"]}},
            "not built on dockerlab/web",
            "FROM dockerlab/web",
        ),
        ({"Size": 150_000_000}, "150 MB", "COPY --from=build"),
    ],
)
def test_10_3_image_not_yet(site, change, message, hint):
    result = _check("10.3", _site_api(**change))
    assert not result.passed and message in result.message and hint in result.hint


def test_10_3_no_image(site):
    result = _check("10.3", FakeAPI(images={"dockerlab/web": _img("w", layers=WEB)}))
    assert "no image 127.0.0.1:5000/ex10/site:1.0" in result.message
    assert "Dockerfile.multi" in result.hint


def test_10_3_needs_a_page_of_your_own(site):
    del site["files"]["me.html"]
    result = _check("10.3", _site_api())
    assert "2 page(s)" in result.message and "a page of your own" in result.hint


@pytest.mark.parametrize(
    ("pushed", "message", "hint"),
    [
        ({}, "no ex10/site:1.0", "docker push"),
        ({"1.0": "sha256:other"}, "not the image you have here", "push it again"),
    ],
)
def test_10_3_registry_not_yet(site, pushed, message, hint):
    site["pushed"] = pushed
    result = _check("10.3", _site_api())
    assert not result.passed and message in result.message and hint in result.hint


def test_10_3_passes(site):
    result = _check("10.3", _site_api())
    assert result.passed and "3 pages" in result.message
