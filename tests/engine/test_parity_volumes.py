"""Parity with the real docker CLI for ``docker volume ls``: the same volumes, the CLI's
output, ours, cell by cell.

The scenario: names that the CLI's natural order sorts differently from a plain sort
(``…vol2`` before ``…vol10``, ``…vol09`` after ``…vol9``), dots, dashes and underscores, labels,
driver options (a tmpfs volume), one volume a container uses and the others dangling, and an
anonymous volume (a 64-hex name).
"""

from __future__ import annotations

import contextlib
import json

import docker.errors
import pandas as pd
import pytest

import dockerlab as dl
from tests.conftest import docker_cli

pytestmark = pytest.mark.engine

SECTION = "test-parity-volumes"
LABEL = f"dockerlab.course={SECTION}"
PREFIX = "parity-vol"
NAMES = [
    f"{PREFIX}10",
    f"{PREFIX}2",
    f"{PREFIX}9",
    f"{PREFIX}09",
    f"{PREFIX}-a.b_c",
    f"{PREFIX}B",
    f"{PREFIX}a",
]


@pytest.fixture(scope="module")
def scenario(kit_ready, api):
    created: list[str] = []
    for name in NAMES:
        created.append(
            api.create_volume(name, labels={"dockerlab.course": SECTION, "tier": name[-1]})["Name"]
        )
    created.append(
        api.create_volume(
            f"{PREFIX}-tmpfs",
            driver_opts={"type": "tmpfs", "device": "tmpfs", "o": "size=1m"},
            labels={"dockerlab.course": SECTION},
        )["Name"]
    )
    # one volume in use (not dangling), and one anonymous volume, made by a container
    container = api.create_container(
        "dockerlab/busybox",
        "true",
        name="parity-vol-user",
        volumes=["/anonymous"],
        labels={"dockerlab.course": SECTION},
        host_config=api.create_host_config(binds=[f"{PREFIX}2:/data"]),
    )["Id"]
    anonymous = [
        m["Name"]
        for m in api.inspect_container(container)["Mounts"]
        if m["Destination"] == "/anonymous"
    ]
    created += anonymous
    yield {"anonymous": anonymous[0], "container": container}
    with contextlib.suppress(docker.errors.NotFound):
        api.remove_container(container, force=True, v=True)
    for name in created:
        with contextlib.suppress(docker.errors.NotFound):
            api.remove_volume(name, force=True)


def _same(cli_args: list[str], ours: str) -> None:
    assert ours == docker_cli("volume", "ls", *cli_args).stdout.rstrip("\n")


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        (["--filter", f"label={LABEL}"], {"filters": {"label": LABEL}}),
        (["-q", "--filter", f"label={LABEL}"], {"quiet": True, "filters": {"label": LABEL}}),
        (["--filter", f"name={PREFIX}"], {"filters": {"name": PREFIX}}),
        (
            ["--filter", f"label={LABEL}", "--filter", "dangling=true"],
            {"filters": {"label": LABEL, "dangling": True}},
        ),
        (
            ["--filter", f"label={LABEL}", "--filter", "dangling=false"],
            {"filters": {"label": LABEL, "dangling": False}},
        ),
        (["--filter", "label=tier=a"], {"filters": {"label": "tier=a"}}),
        (
            ["--filter", "name=no-such-volume-anywhere"],
            {"filters": {"name": "no-such-volume-anywhere"}},
        ),
    ],
)
def test_volume_ls_text_is_the_cli_text(scenario, cli, kwargs):
    _same(cli, dl.volumes(**kwargs).to_cli())


def test_the_command_line_shown_is_the_cli_one(scenario):
    frame = dl.volumes(quiet=True, filters={"label": LABEL, "dangling": True})
    assert frame.command == f"docker volume ls -q --filter label={LABEL} --filter dangling=true"
    args = frame.command.split()[3:]
    assert frame.to_cli() == docker_cli("volume", "ls", *args).stdout.rstrip("\n")


def test_natural_order_is_the_clis(scenario):
    names = dl.volumes(filters={"name": PREFIX})["name"].tolist()
    assert (
        names.index(f"{PREFIX}2")
        < names.index(f"{PREFIX}9")
        < names.index(f"{PREFIX}09")
        < names.index(f"{PREFIX}10")
    )


def test_every_typed_column_matches_the_cli_json(scenario, api):
    frame = dl.volumes(filters={"name": PREFIX}).set_index("name")
    lines = docker_cli(
        "volume", "ls", "--filter", f"name={PREFIX}", "--format", "{{json .}}"
    ).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["Name"] for r in rows] == list(frame.index)
    for row in rows:
        ours = frame.loc[row["Name"]]
        assert (ours["driver"], ours["scope"], ours["mountpoint"]) == (
            row["Driver"],
            row["Scope"],
            row["Mountpoint"],
        )
        labels = dict(pair.split("=", 1) for pair in row["Labels"].split(",") if pair)
        assert ours["labels"] == labels
        # `docker volume ls` does not count sizes (only `docker system df` does)
        assert pd.isna(ours["size"]) and row["Size"] == "N/A"
        inspected = json.loads(docker_cli("volume", "inspect", row["Name"]).stdout)[0]
        assert ours["options"] == (inspected.get("Options") or {})
        assert ours["created"].isoformat().replace("+00:00", "Z") == _utc(inspected["CreatedAt"])
    assert frame.loc[f"{PREFIX}-tmpfs", "options"]["type"] == "tmpfs"


def test_anonymous_and_in_use(scenario):
    dangling = set(dl.volumes(filters={"label": LABEL, "dangling": True})["name"])
    assert f"{PREFIX}2" not in dangling and f"{PREFIX}10" in dangling
    anonymous = dl.volumes(filters={"name": scenario["anonymous"]})
    assert anonymous["name"].tolist() == [scenario["anonymous"]]
    assert len(scenario["anonymous"]) == 64


def _utc(stamp: str) -> str:
    return pd.Timestamp(stamp).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
