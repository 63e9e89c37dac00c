"""Shared fixtures: an Engine client, the kit, and labelled scenarios that clean up after
themselves. Everything a test creates carries ``dockerlab.course=test``."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid

import pytest

TEST_SECTION = "test"


def pytest_collection_modifyitems(config, items):
    """Run the browser test last: it re-runs every notebook on the same Engine."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def client():
    import dockerlab

    try:
        return dockerlab.connect()
    except dockerlab.EngineUnavailable as exc:
        pytest.fail(f"these tests need a running Docker Engine:\n{exc}", pytrace=False)


@pytest.fixture(scope="session")
def api(client):
    return client.api


@pytest.fixture(scope="session")
def kit_ready(client):
    """The kit, up (idempotent: fast when it already is)."""
    from dockerlab import kit

    return kit.up(client=client)


@pytest.fixture(scope="session")
def part2_kit(client):
    """The kit with Part 2's python image too, as dl.begin() brings it for notebooks 10–15."""
    from dockerlab import kit

    return kit.up(client=client, all_images=True)


@pytest.fixture
def unique():
    """A short unique suffix for names, so a rerun never collides with a leftover."""
    return uuid.uuid4().hex[:8]


def docker_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real docker CLI (the parity oracle)."""
    env = dict(os.environ, DOCKER_CLI_HINTS="false")
    return subprocess.run(["docker", *args], capture_output=True, text=True, check=check, env=env)


@pytest.fixture
def labelled(api):
    """Track containers/images a test creates; remove them (forcefully) afterwards."""
    created: dict[str, list[str]] = {"containers": [], "images": []}
    yield created
    for cid in created["containers"]:
        with contextlib.suppress(Exception):
            api.remove_container(cid, force=True, v=True)
    for ref in created["images"]:
        with contextlib.suppress(Exception):
            api.remove_image(ref, force=True)
