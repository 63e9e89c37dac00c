"""Parity with the real docker CLI for ``docker system df``: the same Engine, the CLI's text
and ours, row by row, and the typed columns against the CLI's JSON.

The scenario gives each row something to count: a running container that wrote a file (in
use), a stopped one that wrote more (reclaimable), a volume one of them mounts and one no
container mounts, and an image only a stopped container uses.
"""

from __future__ import annotations

import contextlib
import json
import time

import docker.errors
import pytest

import dockerlab as dl
from dockerlab import format as fmt
from dockerlab.disk_usage import system_df
from tests.conftest import docker_cli

pytestmark = pytest.mark.engine

LABELS = {"dockerlab.course": "test-parity-df"}


@pytest.fixture(scope="module")
def scenario(kit_ready, api, unique_module):
    containers, volumes = [], []
    used = f"parity-df-used-{unique_module}"
    idle = f"parity-df-idle-{unique_module}"
    for name in (used, idle):
        api.create_volume(name, labels=LABELS)
        volumes.append(name)

    def run(name, command, *, binds=None, wait=False):
        host_config = api.create_host_config(binds=binds or {})
        cid = api.create_container(
            "dockerlab/busybox",
            command=command,
            labels=LABELS,
            name=f"parity-df-{name}-{unique_module}",
            host_config=host_config,
        )["Id"]
        containers.append(cid)
        api.start(cid)
        if wait:
            api.wait(cid, timeout=30)
        return cid

    # fill the idle volume through a container that is then removed: no container mounts it
    filler = run(
        "filler",
        ["sh", "-c", "head -c 300000 /dev/zero > /v/data"],
        binds={idle: {"bind": "/v", "mode": "rw"}},
        wait=True,
    )
    api.remove_container(filler)
    containers.remove(filler)
    run(
        "running",
        ["sh", "-c", "head -c 20000 /dev/zero > /layer; sleep 1000"],
        binds={used: {"bind": "/v", "mode": "rw"}},
    )
    run("stopped", ["sh", "-c", "head -c 70000 /dev/zero > /layer"], wait=True)
    time.sleep(0.5)
    yield {"volumes": volumes}
    for cid in containers:
        with contextlib.suppress(docker.errors.NotFound):
            api.remove_container(cid, force=True, v=True)
    for name in volumes:
        with contextlib.suppress(docker.errors.APIError):
            api.remove_volume(name, force=True)


@pytest.fixture(scope="module")
def unique_module():
    import uuid

    return uuid.uuid4().hex[:8]


def _same(ours, cli_args, attempts=6):
    """Both answers, equal on some attempt (something else on the Engine may move between
    the two calls)."""
    for _ in range(attempts):
        expected = docker_cli(*cli_args).stdout.rstrip("\n")
        actual = ours()
        if expected == actual:
            return actual
        time.sleep(0.5)
    assert actual == expected
    return actual


def test_text_is_the_cli_text(scenario):
    text = _same(lambda: system_df().to_cli(), ["system", "df"])
    assert text.splitlines()[0].split() == ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]


def test_every_cell_matches_the_cli_json(scenario):
    fields = {
        "Type": "TYPE",
        "TotalCount": "TOTAL",
        "Active": "ACTIVE",
        "Size": "SIZE",
        "Reclaimable": "RECLAIMABLE",
    }
    for _ in range(6):
        lines = docker_cli("system", "df", "--format", "{{json .}}").stdout.splitlines()
        frame = system_df()
        cli_rows = [{f: json.loads(line)[f] for f in fields} for line in lines]
        our_rows = [{f: row[c] for f, c in fields.items()} for _, row in frame.iterrows()]
        if cli_rows == our_rows:
            break
        time.sleep(0.5)
    assert our_rows == cli_rows
    by_type = frame.set_index("type")
    containers = by_type.loc["Containers"]
    # the stopped container's 70 kB are reclaimable, the running one's 20 kB are not
    assert containers["reclaimable"] >= 70_000
    assert containers["size"] - containers["reclaimable"] >= 20_000
    volumes = by_type.loc["Local Volumes"]
    assert volumes["reclaimable"] >= 300_000 and volumes["active"] >= 1
    for _, row in frame.iterrows():
        assert row["SIZE"] == fmt.human_size(row["size"], precision=4)


def test_it_is_the_same_through_the_public_api(scenario):
    assert dl.system_df().command == "docker system df"
