"""Notebook 11's checks, on canned Engine JSON and canned volume listings: each way of not
being done yet gets its own message and hint."""

from __future__ import annotations

import docker.errors
import pytest

import dockerlab as dl
from dockerlab.exercises import s11
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container


class VolumeAPI:
    """A FakeAPI plus volumes and ``containers(filters={"id": …})`` (FakeAPI's own
    ``containers`` is its dict of inspect JSON)."""

    def __init__(self, fake: FakeAPI | None = None, *, volumes=(), ids=()):
        self.fake = fake or FakeAPI()
        self.volume_names, self.ids = set(volumes), set(ids)

    def __getattr__(self, name):
        return getattr(self.fake, name)

    def inspect_volume(self, name):
        if name not in self.volume_names:
            raise docker.errors.NotFound(f"no such volume: {name}")
        return {"Name": name}

    def containers(self, all=False, filters=None):
        wanted = (filters or {}).get("id", "")
        return [{"Id": i} for i in self.ids if i.startswith(wanted)]


def _check(exercise_id: str, api: FakeAPI):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _volumes(monkeypatch, contents: dict[str, str]):
    def read(client, section, volume, script):
        return 0, contents.get(volume, "")

    monkeypatch.setattr(s11, "run_with_volume", read)


# -- 11.1 ---------------------------------------------------------------------------------


def test_11_1_no_volume():
    result = _check("11.1", VolumeAPI())
    assert "no volume named ex11-visits" in result.message and "volume create" in result.hint


@pytest.mark.parametrize(
    ("visits", "alive", "message", "hint"),
    [
        ("", (), "holds 0 container name", "three new containers"),
        ("aaa\naaa\naaa\n", (), "holds 1 container name", "--rm"),
        ("aaa\nbbb\nccc\n", ("bbb123",), "1 of the containers", "the data outlives them"),
    ],
)
def test_11_1_not_yet(monkeypatch, visits, alive, message, hint):
    _volumes(monkeypatch, {"ex11-visits": visits})
    result = _check("11.1", VolumeAPI(volumes=["ex11-visits"], ids=alive))
    assert not result.passed and message in result.message and hint in result.hint


def test_11_1_passes(monkeypatch):
    _volumes(monkeypatch, {"ex11-visits": "aaa\nbbb\nccc\nddd\n"})
    result = _check("11.1", VolumeAPI(volumes=["ex11-visits"]))
    assert result.passed and "4 containers" in result.message


# -- 11.2 ---------------------------------------------------------------------------------


def _web(mount=None, running=True, ports=None):
    mounts = [mount] if mount else []
    ports = {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "32768"}]} if ports is None else ports
    return container(
        "ex11-web",
        image="dockerlab/web",
        running=running,
        Mounts=mounts,
        NetworkSettings={"Ports": ports},
    )


BIND = {
    "Type": "bind",
    "Source": "/home/me/notebooks/zh/ex11-site",
    "Destination": "/www",
    "RW": False,
}


@pytest.mark.parametrize(
    ("web", "message", "hint"),
    [
        (_web(), "nothing mounted at /www", "$PWD/ex11-site"),
        (
            _web({"Type": "volume", "Name": "ex11-site", "Destination": "/www", "RW": False}),
            "a volume named ex11-site",
            "mounts a named volume",
        ),
        (_web({**BIND, "Source": "/home/me/site"}), "not a folder named ex11-site", "ex11-site"),
        (_web({**BIND, "RW": True}), "can write to /www", ":ro"),
        (_web(BIND, running=False), "not running", "docker start ex11-web"),
        (
            _web(BIND, ports={"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}),
            "not published on 127.0.0.1",
            "-p 127.0.0.1::80",
        ),
    ],
)
def test_11_2_not_yet(web, message, hint):
    result = _check("11.2", FakeAPI({"ex11-web": web}))
    assert not result.passed and message in result.message and hint in result.hint


def test_11_2_no_container():
    result = _check("11.2", FakeAPI())
    assert "no container named ex11-web" in result.message and ":ro" in result.hint


@pytest.mark.parametrize(("page", "passed"), [("<h1>ex11</h1>", True), ("<h1>hi</h1>", False)])
def test_11_2_page(monkeypatch, page, passed):
    monkeypatch.setattr(s11, "_http_get", lambda port: page)
    result = _check("11.2", FakeAPI({"ex11-web": _web(BIND)}))
    assert result.passed is passed
    if not passed:
        assert "does not contain ex11" in result.message


def test_11_2_no_answer(monkeypatch):
    def refuse(port):
        raise ConnectionRefusedError("connection refused")

    monkeypatch.setattr(s11, "_http_get", refuse)
    result = _check("11.2", FakeAPI({"ex11-web": _web(BIND)}))
    assert "does not answer on port 32768" in result.message and "docker logs" in result.hint


# -- 11.3 ---------------------------------------------------------------------------------

SOURCE = (
    "0:0 755 . -\n1000:1000 755 ./notes -\n1000:1000 644 ./notes/1.txt aaa\n"
    "0:0 600 ./app.conf bbb\n"
)


@pytest.mark.parametrize(
    ("volumes", "copy", "message", "hint"),
    [
        ([], "", "no volume named ex11-source", "the two commands"),
        (["ex11-source"], "", "no volume named ex11-copy", "docker volume create ex11-copy"),
        (["ex11-source", "ex11-copy"], "0:0 755 . -\n", "ex11-copy is empty", "tar -xf"),
        (
            ["ex11-source", "ex11-copy"],
            "0:0 755 . -\n1000:1000 755 ./notes -\n",
            "lacks ./app.conf, ./notes/1.txt",
            "the whole volume",
        ),
        (
            ["ex11-source", "ex11-copy"],
            SOURCE.replace("aaa", "zzz"),
            "content of ./notes/1.txt",
            "fresh backup",
        ),
        (
            ["ex11-source", "ex11-copy"],
            SOURCE.replace("1000:1000", "0:0"),
            "./notes, ./notes/1.txt lost their owner",
            "without -o",
        ),
    ],
)
def test_11_3_not_yet(monkeypatch, volumes, copy, message, hint):
    _volumes(monkeypatch, {"ex11-source": SOURCE, "ex11-copy": copy})
    result = _check("11.3", VolumeAPI(volumes=volumes))
    assert not result.passed and message in result.message and hint in result.hint


def test_11_3_passes_whatever_the_top_folder(monkeypatch):
    _volumes(
        monkeypatch,
        {"ex11-source": SOURCE, "ex11-copy": SOURCE.replace("0:0 755 . -", "1000:1000 700 . -")},
    )
    result = _check("11.3", VolumeAPI(volumes=["ex11-source", "ex11-copy"]))
    assert result.passed and "3 entries" in result.message


def test_11_reading_a_volume_can_fail(monkeypatch):
    monkeypatch.setattr(s11, "run_with_volume", lambda *args: (1, "sh: boom"))
    result = _check("11.1", VolumeAPI(volumes=["ex11-visits"]))
    assert "reading the volume ex11-visits failed: sh: boom" in result.message
