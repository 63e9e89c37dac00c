"""Notebook 01's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import pytest

import dockerlab as dl
from dockerlab.exercises import s01
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container

BUSYBOX_ID = "sha256:" + "b" * 64
OTHER_ID = "sha256:" + "c" * 64
BASE_LAYERS = ["sha256:l1", "sha256:l2", "sha256:l3", "sha256:l4"]
BUSYBOX = {"Id": BUSYBOX_ID, "RootFS": {"Layers": BASE_LAYERS}, "Config": {"Cmd": ["sh"]}}
GREETING_CMD = ["cat", "/greeting.txt"]


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _box(name: str, image_id: str = BUSYBOX_ID, image: str = "dockerlab/busybox", **kw):
    return container(name, image=image, Image=image_id, **kw)


def _greeting(layers=None, cmd=None):
    return {
        "Id": "sha256:" + "d" * 64,
        "RootFS": {"Layers": layers or [*BASE_LAYERS, "l5"]},
        "Config": {"Cmd": cmd if cmd is not None else GREETING_CMD},
    }


# 01.1 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (
            FakeAPI(images={"dockerlab/busybox": BUSYBOX}),
            "no container named ex01-a",
            "touch /a.txt",
        ),
        (
            FakeAPI(
                {"ex01-a": _box("ex01-a", OTHER_ID, "dockerlab/hello-world")},
                images={"dockerlab/busybox": BUSYBOX},
            ),
            "ex01-a runs dockerlab/hello-world",
            "docker rm ex01-a",
        ),
        (
            FakeAPI({"ex01-a": _box("ex01-a")}, images={"dockerlab/busybox": BUSYBOX}),
            "ex01-a's writable layer has no /a.txt",
            "touch /a.txt",
        ),
        (
            FakeAPI(
                {"ex01-a": _box("ex01-a")},
                diffs={"ex01-a": ["/a.txt"]},
                images={"dockerlab/busybox": BUSYBOX},
            ),
            "no container named ex01-b",
            "touch /b.txt",
        ),
        (
            FakeAPI(
                {"ex01-a": _box("ex01-a"), "ex01-b": _box("ex01-b")},
                diffs={"ex01-a": ["/a.txt"], "ex01-b": ["/a.txt", "/b.txt"]},
                images={"dockerlab/busybox": BUSYBOX},
            ),
            "ex01-b's writable layer has /a.txt too",
            "touch /b.txt only",
        ),
        (
            FakeAPI(
                {"ex01-a": _box("ex01-a"), "ex01-b": _box("ex01-b")},
                diffs={"ex01-a": ["/a.txt"], "ex01-b": ["/a.txt"]},
                images={"dockerlab/busybox": BUSYBOX},
            ),
            "ex01-b's writable layer has no /b.txt",
            "touch /b.txt",
        ),
    ],
)
def test_01_1_not_yet(api, message, hint):
    result = _check("01.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_01_1_passes():
    api = FakeAPI(
        {"ex01-a": _box("ex01-a"), "ex01-b": _box("ex01-b")},
        diffs={"ex01-a": ["/a.txt", "/root"], "ex01-b": ["/b.txt"]},
        images={"dockerlab/busybox": BUSYBOX},
    )
    result = _check("01.1", api)
    assert result.passed and "one image" in result.message


# 01.2 -----------------------------------------------------------------------------------

GREETER = {"ex01-greeter": _box("ex01-greeter")}
WROTE = {"ex01-greeter": ["/greeting.txt"]}


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (
            FakeAPI(images={"dockerlab/busybox": BUSYBOX}),
            "no container named ex01-greeter",
            "docker run --name ex01-greeter",
        ),
        (
            FakeAPI(GREETER, images={"dockerlab/busybox": BUSYBOX}),
            "has no /greeting.txt",
            "writes /greeting.txt",
        ),
        (
            FakeAPI(GREETER, diffs=WROTE, images={"dockerlab/busybox": BUSYBOX}),
            "no image ex01/greeting:v1",
            "docker commit",
        ),
        (
            FakeAPI(
                GREETER,
                diffs=WROTE,
                images={"dockerlab/busybox": BUSYBOX, "ex01/greeting:v1": _greeting(["x", "l5"])},
            ),
            "has 2 layers",
            "a container of dockerlab/busybox",
        ),
        (
            FakeAPI(
                GREETER,
                diffs=WROTE,
                images={
                    "dockerlab/busybox": BUSYBOX,
                    "ex01/greeting:v1": _greeting([*BASE_LAYERS, "l5", "l6"]),
                },
            ),
            "has 6 layers",
            "docker commit",
        ),
        (
            FakeAPI(
                GREETER,
                diffs=WROTE,
                images={
                    "dockerlab/busybox": BUSYBOX,
                    "ex01/greeting:v1": _greeting(cmd=["sh", "-c", "echo hi > /greeting.txt"]),
                },
            ),
            "default command of ex01/greeting:v1 is sh -c",
            "--change 'CMD",
        ),
        (
            FakeAPI(GREETER, diffs=WROTE, images={"ex01/greeting:v1": _greeting()}),
            "image dockerlab/busybox is missing",
            "dockerlab kit up",
        ),
    ],
)
def test_01_2_not_yet(api, message, hint):
    result = _check("01.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_01_2_passes():
    api = FakeAPI(
        GREETER, diffs=WROTE, images={"dockerlab/busybox": BUSYBOX, "ex01/greeting:v1": _greeting()}
    )
    result = _check("01.2", api)
    assert result.passed and "4 layers plus one" in result.message


# 01.3 -----------------------------------------------------------------------------------

ADDR = "127.0.0.1:5999"
PUSHED = "sha256:" + "e" * 64


@pytest.fixture
def registry(monkeypatch):
    """The kit registry at ADDR, serving what ``served`` holds: {(repository, tag): ids}."""
    served: dict[tuple[str, str], frozenset[str]] = {}
    monkeypatch.setattr(s01, "kit_registry", lambda client=None: ADDR)
    monkeypatch.setattr(
        s01,
        "served_ids",
        lambda addr, repo, tag="latest": (
            served.get((repo, tag), frozenset()) if addr == ADDR else frozenset()
        ),
    )
    return served


def _from_registry(image_id=PUSHED, image=f"{ADDR}/ex01/greeting:v1", **kw):
    return {
        "ex01-from-registry": container("ex01-from-registry", image=image, Image=image_id, **kw)
    }


@pytest.mark.parametrize(
    ("api", "served", "message", "hint"),
    [
        (
            FakeAPI(),
            {},
            "no container named ex01-from-registry",
            "docker run --name ex01-from-registry $REGISTRY/ex01/greeting:v1",
        ),
        (
            FakeAPI(_from_registry(image="ex01/greeting:v1")),
            {},
            f"runs ex01/greeting:v1, not {ADDR}/ex01/greeting:v1",
            "the registry's name",
        ),
        (FakeAPI(_from_registry()), {}, f"registry {ADDR} has no ex01/greeting:v1", "docker push"),
        (
            FakeAPI(_from_registry()),
            {("ex01/greeting", "v1"): frozenset({OTHER_ID})},
            "another image",
            "docker push",
        ),
        (
            FakeAPI(_from_registry(exit_code=1)),
            {("ex01/greeting", "v1"): frozenset({PUSHED})},
            "not finished with exit code 0",
            "cat /greeting.txt",
        ),
        (
            FakeAPI(_from_registry(running=True)),
            {("ex01/greeting", "v1"): frozenset({PUSHED})},
            "not finished with exit code 0 (running)",
            "01.2",
        ),
    ],
)
def test_01_3_not_yet(registry, api, served, message, hint):
    registry.update(served)
    result = _check("01.3", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_01_3_passes(registry):
    registry[("ex01/greeting", "v1")] = frozenset({PUSHED, "sha256:" + "f" * 64})
    api = FakeAPI(_from_registry(), {"ex01-from-registry": "hello from my image\n"})
    result = _check("01.3", api)
    assert result.passed and result.message.endswith("printed: hello from my image")


def test_01_checks_speak_chinese():
    with language_scope("zh"):
        text = repr(
            dl.check("01.1", client=FakeClient(FakeAPI(images={"dockerlab/busybox": BUSYBOX})))
        )
    assert "ex01-a" in text and "还没有完成" in text
