"""``docker network ls`` from canned Engine JSON (``GET /networks`` on Engine 20.10): the
CLI's table, its natural sort order, and the typed columns."""

from __future__ import annotations

import pandas as pd
import pytest

from dockerlab.frames import networks_frame
from dockerlab.frames.networks import natural_key

HOST, BRIDGE, NONE, CUSTOM, TEN = "a2" * 32, "4f" * 32, "77" * 32, "eb" * 32, "c0" * 32


def network(nid, name, driver, *, created="2026-11-29T10:58:07.431068472Z", config=(), **extra):
    return {
        "Name": name,
        "Id": nid,
        "Created": created,
        "Scope": "local",
        "Driver": driver,
        "EnableIPv6": False,
        "IPAM": {"Driver": "default", "Options": None, "Config": list(config)},
        "Internal": False,
        "Attachable": False,
        "Ingress": False,
        "ConfigFrom": {"Network": ""},
        "ConfigOnly": False,
        "Containers": {},
        "Options": {},
        "Labels": {},
        **extra,
    }


# In the Engine's order (which is no order): the CLI sorts by name.
RAW = [
    network(HOST, "host", "host"),
    network(
        BRIDGE,
        "bridge",
        "bridge",
        config=[{"Subnet": "172.17.0.0/16"}],
        Options={"com.docker.network.bridge.name": "docker0"},
    ),
    network(
        TEN, "nb12-net10", "bridge", config=[{"Subnet": "172.24.0.0/16", "Gateway": "172.24.0.1"}]
    ),
    network(
        CUSTOM,
        "nb12-net2",
        "bridge",
        created="2026-11-29T11:06:16.384854965Z",
        config=[{"Subnet": "172.23.0.0/16", "Gateway": "172.23.0.1"}],
        Internal=True,
        Attachable=True,
        EnableIPv6=True,
        Labels={"com.docker.compose.project": "nb13"},
    ),
    network(
        NONE, "none", "null", created="0001-01-01T00:00:00Z", IPAM={"Config": None}, Labels=None
    ),
]


def test_the_table_is_the_clis():
    assert networks_frame(RAW).to_cli().splitlines() == [
        "NETWORK ID     NAME         DRIVER    SCOPE",
        f"{BRIDGE[:12]}   bridge       bridge    local",
        f"{HOST[:12]}   host         host      local",
        f"{CUSTOM[:12]}   nb12-net2    bridge    local",
        f"{TEN[:12]}   nb12-net10   bridge    local",
        f"{NONE[:12]}   none         null      local",
    ]


@pytest.mark.parametrize(
    ("kwargs", "first"),
    [
        ({"quiet": True}, BRIDGE[:12]),
        ({"quiet": True, "no_trunc": True}, BRIDGE),
    ],
)
def test_quiet_prints_ids_only(kwargs, first):
    frame = networks_frame(RAW, **kwargs)
    lines = frame.to_cli().splitlines()
    assert lines[0] == first and len(lines) == len(RAW)
    assert frame["id"].tolist()[0] == BRIDGE


def test_no_trunc_keeps_the_whole_id():
    frame = networks_frame(RAW, no_trunc=True, command="docker network ls --no-trunc")
    assert frame["NETWORK ID"].tolist()[0] == BRIDGE
    assert repr(frame).splitlines()[0] == "$ docker network ls --no-trunc"


def test_typed_columns():
    frame = networks_frame(RAW).set_index("name")
    net2 = frame.loc["nb12-net2"]
    assert net2["internal"] and net2["attachable"] and net2["ipv6"]
    assert net2["labels"] == {"com.docker.compose.project": "nb13"}
    assert net2["subnets"] == ["172.23.0.0/16"] and net2["gateways"] == ["172.23.0.1"]
    assert net2["created"] == pd.Timestamp("2026-11-29T11:06:16Z")
    assert str(frame["created"].dtype) == "datetime64[s, UTC]"
    # the default bridge lists its subnet but (on Engine 20.10) no gateway
    assert frame.loc["bridge", "subnets"] == ["172.17.0.0/16"]
    assert frame.loc["bridge", "gateways"] == []
    # Go's zero time and missing IPAM/labels
    assert pd.isna(frame.loc["none", "created"])
    assert frame.loc["none", "subnets"] == [] and frame.loc["none", "labels"] == {}
    assert not frame.loc["host", "internal"]


def test_an_empty_listing_is_a_header():
    frame = networks_frame([], command="docker network ls --filter name=nothing")
    assert frame.to_cli() == "NETWORK ID   NAME      DRIVER    SCOPE"
    assert frame.empty


def test_filtering_the_frame_keeps_the_cli_display():
    frame = networks_frame(RAW)
    custom = frame[frame["subnets"].map(len) > 0].sort_values("created")
    assert custom.to_cli().splitlines()[0].startswith("NETWORK ID")
    assert custom["name"].tolist() == ["bridge", "nb12-net10", "nb12-net2"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["b", "a", "B"], ["B", "a", "b"]),  # bytewise: upper case first
        (["x10", "x9", "x09", "x"], ["x", "x9", "x09", "x10"]),
        (["ab1", "abc1", "ab"], ["ab", "ab1", "abc1"]),  # a digit sorts before a letter
        (["2", "10", "1a"], ["1a", "2", "10"]),
        (["net_1", "net-1", "net.1"], ["net-1", "net.1", "net_1"]),
        (["日本", "nb12"], ["nb12", "日本"]),  # UTF-8 bytes
    ],
)
def test_natural_order(names, expected):
    assert sorted(names, key=natural_key) == expected
