"""The course kit on the real Engine: up (twice), status, repair, down, save/load offline, the
registry's push and pull, and the errors a learner can meet."""

from __future__ import annotations

import contextlib
import io
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
import uuid

import docker.errors
import pytest

from dockerlab import BusyboxNotFound, PortInUse, kit
from dockerlab import labels as L
from dockerlab.kit import local_registry
from tests.conftest import docker_cli

pytestmark = pytest.mark.engine


def test_up_is_idempotent(kit_ready, client):
    assert kit_ready["ok"].all(), kit_ready.to_cli()
    messages = []
    status = kit.up(client=client, progress=messages.append)
    assert messages == [], "a second `kit up` must not rebuild or push anything"
    assert status["ok"].all()
    assert set(status["RESOURCE"]) == {"image", "container", "volume", "registry"}


def test_registry_serves_every_course_image(kit_ready):
    with urllib.request.urlopen(f"http://{kit.registry()}/v2/_catalog") as response:
        catalog = response.read().decode()
    for image in kit.COURSE_IMAGES:
        assert f'"{image.repository}"' in catalog


def test_push_and_pull_a_kit_image_with_its_digest(kit_ready, client, api, unique):
    address = kit.registry(client=client)
    target = f"{address}/test/pushpull-{unique}"
    api.tag("dockerlab/hello-world:latest", target, "v1")
    refs = [f"{target}:v1"]
    try:
        pushed = list(api.push(target, tag="v1", stream=True, decode=True))
        # "v1: digest: sha256:... size: N", from both image stores (only the classic one
        # also sends an "aux" message)
        digest = next(
            line["status"].split()[2] for line in pushed if " digest: " in line.get("status", "")
        )
        refs.append(f"{target}@{digest}")
        request = urllib.request.Request(
            f"http://{address}/v2/test/pushpull-{unique}/manifests/v1",
            headers={
                "Accept": "application/vnd.docker.distribution.manifest.v2+json, "
                "application/vnd.oci.image.manifest.v1+json"
            },
            method="HEAD",
        )
        with urllib.request.urlopen(request) as response:
            assert response.headers["Docker-Content-Digest"] == digest
        api.remove_image(f"{target}:v1")
        api.pull(target, tag="v1")
        pulled = api.inspect_image(f"{target}:v1")
        assert f"{target}@{digest}" in pulled["RepoDigests"]
        assert pulled["Id"] == api.inspect_image("dockerlab/hello-world")["Id"]
    finally:
        for ref in refs:
            with contextlib.suppress(docker.errors.NotFound):
                api.remove_image(ref)


def test_kit_images_run_offline(kit_ready):
    hello = docker_cli("run", "--rm", "--label", "dockerlab.course=test", "dockerlab/hello-world")
    assert "Hello from Docker!" in hello.stdout
    uname = docker_cli(
        "run",
        "--rm",
        "--label",
        "dockerlab.course=test",
        "dockerlab/busybox",
        "sh",
        "-c",
        "whoami; ls /bin | wc -l",
    )
    user, applets = uname.stdout.split()
    assert user == "root" and int(applets) > 100


def test_signals_image_exits_143_on_stop(kit_ready, api, labelled):
    cid = api.create_container("dockerlab/signals", labels={L.COURSE: "test"})["Id"]
    labelled["containers"].append(cid)
    api.start(cid)
    time.sleep(0.5)
    started = time.monotonic()
    api.stop(cid, timeout=10)
    assert time.monotonic() - started < 5  # the trap answers SIGTERM: no 10 s grace wait
    assert api.inspect_container(cid)["State"]["ExitCode"] == 143


def test_port_in_use_names_the_port_and_the_option(kit_ready, client):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        with pytest.raises(PortInUse) as info:
            kit.up(port=port, client=client)
    message = str(info.value)
    assert f"127.0.0.1:{port}" in message
    assert "--port" in message and "DOCKERLAB_REGISTRY_PORT" in message
    # the existing registry was left alone
    assert kit.status(client=client)["ok"].all()


def test_an_interrupted_up_is_repaired(kit_ready, client, api):
    # an interrupted run: the registry container killed, one image tag gone
    container = local_registry.find_container(api)
    api.kill(container["Id"])
    api.remove_image("dockerlab/ticker:latest")
    broken = kit.status(client=client)
    assert not broken["ok"].all()
    repaired = kit.up(client=client)
    assert repaired["ok"].all(), repaired.to_cli()


def test_cli_status_and_up(kit_ready):
    for args in (["kit", "status"], ["kit", "up"]):
        result = subprocess.run(
            [sys.executable, "-m", "dockerlab", *args], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert "dockerlab-registry" in result.stdout


@pytest.fixture
def learner_things(kit_ready, api, unique):
    """A learner's own container and images, some made from kit images (inheriting labels)."""
    mine = api.create_container("dockerlab/busybox", command="true", name=f"mine-{unique}")
    api.tag("dockerlab/busybox", f"learner/mybox-{unique}", "1")
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        data = b"FROM dockerlab/busybox\nRUN echo mine > /mine\n"
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    context.seek(0)
    list(api.build(fileobj=context, custom_context=True, tag=f"learner/app-{unique}:1", rm=True))
    things = {
        "container": mine["Id"],
        "images": [f"learner/mybox-{unique}:1", f"learner/app-{unique}:1"],
    }
    yield things
    api.remove_container(mine["Id"], force=True)
    for ref in things["images"]:
        with contextlib.suppress(docker.errors.NotFound):
            api.remove_image(ref, force=True)


def test_down_save_load_up_offline_and_learner_things_survive(
    client, api, learner_things, tmp_path, monkeypatch
):
    bundle = tmp_path / "kit.tar"
    kit.save(bundle, client=client)
    assert bundle.stat().st_size > 1_000_000
    # a course container that `down` must remove
    course = api.create_container("dockerlab/web", name=f"nb07-down-{uuid.uuid4().hex[:6]}")["Id"]

    removed = kit.down(client=client)
    names = set(removed["NAME"])
    assert "dockerlab-registry" in names and "dockerlab-registry" in set(
        removed[removed["REMOVED"] == "volume"]["NAME"]
    )
    with pytest.raises(docker.errors.NotFound):
        api.inspect_container(course)
    # the learner's container and images are untouched
    assert api.inspect_container(learner_things["container"])
    for ref in learner_things["images"]:
        assert api.inspect_image(ref)

    # load the bundle and come up offline, with no busybox, without building anything
    monkeypatch.setenv("DOCKERLAB_OFFLINE", "1")
    loaded = kit.load(bundle, client=client)
    assert {image.tag for image in kit.IMAGES if not image.optional} <= set(loaded)
    messages: list[str] = []
    started = time.monotonic()
    status = kit.up(busybox="/nonexistent/busybox", client=client, progress=messages.append)
    assert time.monotonic() - started < 15
    assert not any(m.startswith("building") for m in messages), messages
    assert status["ok"].all(), status.to_cli()


def test_offline_without_static_busybox_is_a_clear_error(kit_ready, client, monkeypatch):
    # Make the base image look outdated so that `up` must rebuild it, with no busybox to
    # build from and no Docker Hub to fall back to.
    from dockerlab.kit import build

    real = build.context_hash
    monkeypatch.setattr(
        build,
        "context_hash",
        lambda image, dockerfile="Dockerfile": (
            "changed" if image.name == "busybox" else real(image, dockerfile)
        ),
    )
    for busybox in ("/nonexistent/busybox", None):
        if busybox is None:
            monkeypatch.setattr("dockerlab.kit.sources.BUSYBOX_CANDIDATES", ("/nonexistent",))
        with pytest.raises(BusyboxNotFound) as info:
            kit.up(busybox=busybox, offline=True, client=client)
        message = str(info.value)
        assert "busybox-static" in message and "--busybox PATH" in message
    monkeypatch.undo()
    assert kit.status(client=client)["ok"].all()


def test_doctor_is_all_green_after_up(kit_ready):
    result = subprocess.run(
        [sys.executable, "-m", "dockerlab", "doctor"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✗" not in result.stdout
    assert "kit registry" in result.stdout


def test_doctor_without_an_engine_says_what_to_do(monkeypatch):
    env = {"DOCKER_HOST": "unix:///nonexistent/docker.sock", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "dockerlab", "doctor"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 1
    assert "✗" in result.stdout and "Docker Engine" in result.stdout
    assert "unix:///nonexistent/docker.sock" in result.stdout
    up = subprocess.run(
        [sys.executable, "-m", "dockerlab", "kit", "up"], capture_output=True, text=True, env=env
    )
    assert up.returncode == 1 and "no Docker Engine answered" in up.stderr
