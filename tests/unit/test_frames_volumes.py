"""``docker volume ls`` from canned ``GET /volumes`` JSON (no daemon)."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

from dockerlab import frames
from dockerlab.frames.volumes import natural_compare, natural_less, volume_size

RAW = [
    {
        "Name": "nb11-data10",
        "Driver": "local",
        "Scope": "local",
        "Mountpoint": "/var/lib/docker/volumes/nb11-data10/_data",
        "CreatedAt": "2026-01-02T03:04:05+08:00",
        "Labels": {"tier": "db", "team": "a"},
        "Options": {"type": "tmpfs", "device": "tmpfs"},
    },
    {
        "Name": "nb11-data9",
        "Driver": "local",
        "Scope": "local",
        "Mountpoint": "/var/lib/docker/volumes/nb11-data9/_data",
        "CreatedAt": "2026-01-02T03:04:06Z",
        "Labels": None,
        "Options": None,
        "UsageData": {"Size": 1_990_000, "RefCount": 2},
    },
    {
        "Name": "a" * 64,
        "Driver": "local",
        "Scope": "local",
        "Mountpoint": "/var/lib/docker/volumes/" + "a" * 64 + "/_data",
        "Labels": {"com.docker.volume.anonymous": ""},
        "UsageData": {"Size": -1, "RefCount": -1},
    },
    {
        "Name": "shared",
        "Driver": "nfs-plugin",
        "Scope": "global",
        "Mountpoint": "",
        "CreatedAt": "",
        "Labels": {},
    },
]


def test_table_as_the_cli_prints_it():
    frame = frames.volumes_frame(RAW, command="docker volume ls")
    assert repr(frame).splitlines() == [
        "$ docker volume ls",
        "DRIVER       VOLUME NAME",
        "local        " + "a" * 64,
        "local        nb11-data9",
        "local        nb11-data10",
        "nfs-plugin   shared",
    ]


def test_quiet_is_names_without_a_header():
    frame = frames.volumes_frame(RAW, quiet=True)
    assert frame.to_cli().splitlines() == ["a" * 64, "nb11-data9", "nb11-data10", "shared"]
    assert frame["driver"].tolist() == ["local", "local", "local", "nfs-plugin"]


def test_typed_columns():
    frame = frames.volumes_frame(RAW).set_index("name")
    assert str(frame["created"].dtype) == "datetime64[s, UTC]"
    assert frame.loc["nb11-data10", "created"] == pd.Timestamp("2026-01-01T19:04:05Z")
    assert pd.isna(frame.loc["shared", "created"]) and pd.isna(frame.loc["a" * 64, "created"])
    assert frame.loc["nb11-data10", "labels"] == {"tier": "db", "team": "a"}
    assert frame.loc["nb11-data9", "labels"] == {} and frame.loc["nb11-data9", "options"] == {}
    assert frame.loc["nb11-data10", "options"]["type"] == "tmpfs"
    assert frame.loc["shared", "scope"] == "global"
    assert frame.loc["nb11-data9", "mountpoint"].endswith("/nb11-data9/_data")
    # counted only by `docker system df`: -1 and absent mean "not counted"
    assert frame.loc["nb11-data9", "size"] == 1_990_000 and frame.loc["nb11-data9", "links"] == 2
    assert pd.isna(frame.loc["a" * 64, "size"]) and pd.isna(frame.loc["shared", "links"])
    assert str(frame["size"].dtype) == "Int64"


def test_no_volumes_is_a_header_alone():
    frame = frames.volumes_frame([])
    assert frame.to_cli().strip() == "DRIVER    VOLUME NAME"
    assert frames.volumes_frame([], quiet=True).to_cli() == ""


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["v10", "v9", "v1"], ["v1", "v9", "v10"]),
        (["v09", "v9", "v009"], ["v9", "v09", "v009"]),  # fewer leading zeros first
        (["va", "v1", "v"], ["v", "v1", "va"]),  # a digit before a letter
        (["B", "a", "A"], ["A", "B", "a"]),  # bytes, upper case first
        (["x2y10", "x2y9", "x10y1"], ["x2y9", "x2y10", "x10y1"]),
        (["数据2", "数据10", "data"], ["data", "数据2", "数据10"]),  # UTF-8 bytewise
        (["a-b", "a_b", "a.b"], ["a-b", "a.b", "a_b"]),
    ],
)
def test_natural_order(names, expected):
    assert sorted(names, key=functools.cmp_to_key(natural_compare)) == expected
    assert [v for v in frames.volumes_frame([{"Name": n} for n in names])["name"]] == expected


def test_natural_less_is_strict():
    assert not natural_less("v1", "v1") and natural_compare("v1", "v1") == 0
    assert natural_less("v1", "v1a") and not natural_less("v1a", "v1")


def test_size_as_the_format_prints_it():
    assert volume_size(RAW[1]) == "1.99MB"
    assert volume_size(RAW[2]) == "N/A" and volume_size(RAW[0]) == "N/A"
