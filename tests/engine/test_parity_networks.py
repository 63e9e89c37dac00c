"""``dl.networks()`` against the real ``docker network ls``, cell by cell.

The scenario: the three built-in networks; user-defined ones whose names sort differently
naturally and bytewise (``…-2`` before ``…-10``), with a dot and an underscore, internal,
attachable, labelled, and one with a fixed subnet. Each test compares the CLI's text with
ours under the same filters.
"""

from __future__ import annotations

import contextlib
import json

import docker
import docker.errors
import pytest

import dockerlab as dl
from tests.conftest import docker_cli

from .test_parity import eventually_same

pytestmark = pytest.mark.engine

PREFIX = "parity-net"
LABEL = "dockerlab.course=test-parity-networks"
NAMES = [
    f"{PREFIX}-2",
    f"{PREFIX}-10",
    f"{PREFIX}-02",
    f"{PREFIX}.dot",
    f"{PREFIX}_under",
    f"{PREFIX}-internal",
]


@pytest.fixture(scope="module")
def scenario(api):
    made = []
    try:
        for name in NAMES:
            kwargs = {"labels": {"dockerlab.course": "test-parity-networks", "tier": name[-3:]}}
            if name.endswith("internal"):
                kwargs.update(internal=True, attachable=True)
            if name.endswith("-10"):
                kwargs["ipam"] = docker.types.IPAMConfig(
                    pool_configs=[
                        docker.types.IPAMPool(subnet="10.213.12.0/24", gateway="10.213.12.1")
                    ]
                )
            made.append(api.create_network(name, driver="bridge", **kwargs)["Id"])
        yield made
    finally:
        for nid in made:
            with contextlib.suppress(docker.errors.APIError):
                api.remove_network(nid)


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        ([], {}),
        (["--no-trunc"], {"no_trunc": True}),
        (["-q"], {"quiet": True}),
        (["-q", "--no-trunc"], {"quiet": True, "no_trunc": True}),
    ],
)
def test_labelled_networks_text_is_the_cli_text(scenario, cli, kwargs):
    eventually_same(
        ["network", "ls", *cli, "--filter", f"label={LABEL}"],
        lambda: dl.networks(filters={"label": LABEL}, **kwargs).to_cli(),
    )


@pytest.mark.parametrize(
    ("cli", "filters"),
    [
        (["--filter", "type=builtin"], {"type": "builtin"}),
        (["--filter", f"name={PREFIX}"], {"name": PREFIX}),
        (
            ["--filter", "driver=bridge", "--filter", f"label={LABEL}"],
            {"driver": "bridge", "label": LABEL},
        ),
        (["--filter", "label=tier=nal"], {"label": "tier=nal"}),
    ],
)
def test_filtered_text_is_the_cli_text(scenario, cli, filters):
    eventually_same(["network", "ls", *cli], lambda: dl.networks(filters=filters).to_cli())


def test_natural_order_is_the_clis(scenario):
    frame = dl.networks(filters={"label": LABEL})
    assert frame["name"].tolist() == [
        f"{PREFIX}-2",
        f"{PREFIX}-02",
        f"{PREFIX}-10",
        f"{PREFIX}-internal",
        f"{PREFIX}.dot",
        f"{PREFIX}_under",
    ]
    assert frame.command == f"docker network ls --filter label={LABEL}"


def test_every_cell_matches_the_cli_json(scenario):
    lines = docker_cli(
        "network", "ls", "--filter", f"label={LABEL}", "--format", "{{json .}}"
    ).stdout.splitlines()
    cli = [json.loads(line) for line in lines]
    frame = dl.networks(filters={"label": LABEL})
    assert frame["NAME"].tolist() == [c["Name"] for c in cli]
    assert frame["NETWORK ID"].tolist() == [c["ID"] for c in cli]
    assert frame["DRIVER"].tolist() == [c["Driver"] for c in cli]
    assert frame["SCOPE"].tolist() == [c["Scope"] for c in cli]
    assert [str(v).lower() for v in frame["internal"]] == [c["Internal"] for c in cli]
    assert [str(v).lower() for v in frame["ipv6"]] == [c["IPv6"] for c in cli]
    for labels, row in zip(frame["labels"], cli, strict=True):
        assert labels == dict(p.split("=", 1) for p in row["Labels"].split(","))


def test_typed_columns_agree_with_inspect(scenario, api):
    frame = dl.networks(filters={"label": LABEL}).set_index("name")
    ten = frame.loc[f"{PREFIX}-10"]
    assert ten["subnets"] == ["10.213.12.0/24"] and ten["gateways"] == ["10.213.12.1"]
    internal = frame.loc[f"{PREFIX}-internal"]
    assert internal["internal"] and internal["attachable"]
    for name, created in frame["created"].items():
        inspected = api.inspect_network(name)["Created"]
        assert created.strftime("%Y-%m-%dT%H:%M:%S") == inspected[:19]


def test_the_defaults_are_there(scenario):
    builtin = dl.networks(filters={"type": "builtin"})
    assert {"bridge", "host", "none"} <= set(builtin["name"])
    assert dict(zip(builtin["name"], builtin["driver"], strict=True))["none"] == "null"
