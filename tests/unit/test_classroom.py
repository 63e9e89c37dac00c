"""The classroom's pure parts: apt's mirror, the hub configuration as the hub reads it."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from dockerlab.classroom import dind, networks
from dockerlab.classroom.state import Settings
from dockerlab.debian import apt_mirror

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "classroom" / "jupyterhub_config.py"


def test_the_mirror_comes_from_apt_configuration(tmp_path: Path) -> None:
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list").write_text("# nothing here\n")
    (tmp_path / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: http://archive.example/debian/\nSuites: bookworm\n"
    )
    assert apt_mirror(tmp_path) == "http://archive.example/debian"
    (tmp_path / "sources.list.d" / "debian.sources").unlink()
    (tmp_path / "sources.list").write_text("deb http://old.example/debian bookworm main\n")
    assert apt_mirror(tmp_path) == "http://old.example/debian"


def test_no_mirror_is_an_error_with_a_hint(tmp_path: Path) -> None:
    from dockerlab.errors import DockerlabError

    with pytest.raises(DockerlabError) as caught:
        apt_mirror(tmp_path)
    assert "--mirror" in (caught.value.hint or "")


def test_no_package_host_is_named_in_the_recipe() -> None:
    for path in [
        *(ROOT / "classroom").rglob("*"),
        *(ROOT / "dockerlab" / "classroom").rglob("*.py"),
    ]:
        if path.is_file():
            assert "debian.org" not in path.read_text(), path


def hub_config(monkeypatch: pytest.MonkeyPatch, settings: Settings):
    from traitlets.config import Config

    for key, value in settings.hub_environment().items():
        monkeypatch.setenv(key, value)
    config = Config()
    runpy.run_path(str(CONFIG), init_globals={"c": config})
    return config


def settings(**extra) -> Settings:
    return Settings(
        learners=["learner01", "learner02"],
        port=18000,
        hub_port=18081,
        proxy_api_port=18001,
        service_port=18002,
        password="p" * 10,
        admin_password="a" * 40,
        token="t" * 64,
        state="/tmp/state",
        **extra,
    )


def test_the_hub_config_reads_what_classroom_up_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    c = hub_config(monkeypatch, settings(memory="1G", cpus=0.5, pids=512, cull_idle=600))
    assert (c.JupyterHub.ip, c.JupyterHub.port) == ("127.0.0.1", 18000)
    assert c.JupyterHub.hub_ip == networks.gateway(networks.DEFAULT_RANGE, 0)
    assert c.Authenticator.allowed_users == {"learner01", "learner02"}
    assert c.Authenticator.admin_users == {"instructor"}
    assert c.JupyterHub.authenticator_class == "shared-password"
    assert (c.DockerSpawner.mem_limit, c.DockerSpawner.cpu_limit) == ("1G", 0.5)
    assert c.DockerSpawner.extra_host_config["pids_limit"] == 512
    assert set(c.DockerSpawner.volumes) == {
        "dockerlab-classroom-home-{username}",
        "dockerlab-classroom-engine-{username}",
    }
    culler = next(s for s in c.JupyterHub.services if s["name"] == "idle-culler")
    assert "--timeout=600" in culler["command"]
    page = next(s for s in c.JupyterHub.services if s["name"] == "classroom")
    assert page["api_token"] == "t" * 64 and page["url"] == "http://127.0.0.1:18002"


def test_privileged_or_the_recipe(monkeypatch: pytest.MonkeyPatch) -> None:
    c = hub_config(monkeypatch, settings(dind="privileged"))
    assert c.DockerSpawner.extra_host_config["privileged"] is True
    assert "/sys/fs/cgroup" not in c.DockerSpawner.volumes
    c = hub_config(monkeypatch, settings(dind="recipe", cap_drop=["SYS_RESOURCE"]))
    options = dind.host_config_options("recipe", ["SYS_RESOURCE"])
    host = c.DockerSpawner.extra_host_config
    assert "privileged" not in host
    assert (host["cap_add"], host["cap_drop"]) == (options["cap_add"], options["cap_drop"])
    assert host["security_opt"] == options["security_opt"]
    assert c.DockerSpawner.extra_create_kwargs["host_config"] == dind.UNMASKED
    assert c.DockerSpawner.volumes["/sys/fs/cgroup"] == {"bind": "/sys/fs/cgroup", "mode": "rw"}


def test_every_learner_has_a_subnet_of_their_own() -> None:
    everyone = [f"learner{n:02d}" for n in range(1, 31)] + ["instructor"]
    subnets = {
        networks.subnet(networks.DEFAULT_RANGE, networks.learner_index(everyone, n))
        for n in everyone
    }
    assert len(subnets) == 31
    assert networks.subnet(networks.DEFAULT_RANGE, 0) not in subnets  # the hub's
