"""Engine address resolution (env, TLS, contexts) and the no-Engine error, without a daemon."""

from __future__ import annotations

import hashlib
import json
import time

import pytest

from dockerlab import EngineUnavailable
from dockerlab.client import DEFAULT_SOCKET, connect, engine_target
from dockerlab.errors import DockerlabError


def write_context(config_dir, name, host):
    meta = config_dir / "contexts" / "meta" / hashlib.sha256(name.encode()).hexdigest()
    meta.mkdir(parents=True)
    (meta / "meta.json").write_text(
        json.dumps(
            {
                "Name": name,
                "Metadata": {},
                "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": False}},
            }
        )
    )


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    for var in ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "config.json").write_text("{}")
    return tmp_path


@pytest.mark.parametrize(
    ("env", "current", "base_url", "source"),
    [
        ({}, None, DEFAULT_SOCKET, "the default socket"),
        ({"DOCKER_HOST": "tcp://127.0.0.1:2375"}, "remote", "tcp://127.0.0.1:2375", "DOCKER_HOST"),
        ({}, "remote", "unix:///run/remote.sock", "docker context 'remote'"),
        ({"DOCKER_CONTEXT": "remote"}, None, "unix:///run/remote.sock", "docker context 'remote'"),
        ({"DOCKER_CONTEXT": "default"}, "remote", DEFAULT_SOCKET, "the default socket"),
    ],
)
def test_engine_target(config_dir, monkeypatch, env, current, base_url, source):
    write_context(config_dir, "remote", "unix:///run/remote.sock")
    if current:
        (config_dir / "config.json").write_text(json.dumps({"currentContext": current}))
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    target = engine_target()
    assert (target.base_url, target.source) == (base_url, source)


def test_tls_variables_are_honoured(config_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    monkeypatch.setenv("DOCKER_TLS_VERIFY", "1")
    monkeypatch.setenv("DOCKER_CERT_PATH", str(tmp_path))
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("placeholder")
    target = engine_target()
    assert target.tls is not None and target.tls.verify


def test_unknown_context_names_it(config_dir, monkeypatch):
    monkeypatch.setenv("DOCKER_CONTEXT", "nowhere")
    with pytest.raises(DockerlabError) as info:
        engine_target()
    assert "nowhere" in str(info.value) and "docker context ls" in str(info.value)


@pytest.mark.parametrize(
    ("host", "reason", "fix"),
    [
        ("unix:///nonexistent/docker.sock", "does not exist", "DOCKER_HOST=unix:///nonexistent"),
        ("tcp://127.0.0.1:1", "refused", "systemctl start docker"),
    ],
)
def test_no_engine_is_a_clear_error(config_dir, monkeypatch, host, reason, fix):
    monkeypatch.setenv("DOCKER_HOST", host)
    started = time.monotonic()
    with pytest.raises(EngineUnavailable) as info:
        connect()
    assert time.monotonic() - started < 10
    message = str(info.value)
    assert host in message and reason in message and fix in message
    assert "Docker Desktop" in message


def test_a_silent_engine_times_out_within_ten_seconds(config_dir, monkeypatch):
    import socket

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        host = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        monkeypatch.setenv("DOCKER_HOST", host)
        started = time.monotonic()
        with pytest.raises(EngineUnavailable) as info:
            connect(timeout=2)
        assert time.monotonic() - started < 10
    assert "did not answer in time" in str(info.value)
