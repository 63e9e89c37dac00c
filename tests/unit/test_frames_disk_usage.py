"""``docker system df`` from canned ``GET /system/df`` JSON (no daemon): the CLI's sums, its
RECLAIMABLE rules, its size formatting, and typed columns."""

from __future__ import annotations

from unittest import mock

import pandas as pd
import pytest

from dockerlab.disk_usage import system_df
from dockerlab.engine import Engine
from dockerlab.frames.disk_usage import DF_COLUMNS, disk_usage_rows, system_df_frame

# Engine 26's answer, trimmed to the fields docker system df reads (sizes in bytes).
DF = {
    "LayersSize": 166_704_315,
    "Images": [
        # used by a container: its unique part is not reclaimable
        {"Id": "sha256:" + "a" * 64, "Size": 141_897_214, "SharedSize": 0, "Containers": 1},
        {"Id": "sha256:" + "b" * 64, "Size": 1_986_555, "SharedSize": 1_986_555, "Containers": 2},
        {"Id": "sha256:" + "c" * 64, "Size": 1_986_872, "SharedSize": 1_986_555, "Containers": 0},
        # the Engine could not count: skipped in RECLAIMABLE, still counted in TOTAL
        {"Id": "sha256:" + "d" * 64, "Size": 22_851_000, "SharedSize": -1, "Containers": 1},
    ],
    "Containers": [
        {"State": "running", "SizeRw": 1_000},
        {"State": "paused", "SizeRw": 10},
        {"State": "restarting", "SizeRw": 0},
        {"State": "exited", "SizeRw": 4_096},
        {"State": "created", "SizeRw": 2},
        {"State": "dead", "SizeRw": None},
    ],
    "Volumes": [
        {"Name": "used", "UsageData": {"Size": 1_097_000, "RefCount": 1}},
        {"Name": "idle", "UsageData": {"Size": 3_000_000, "RefCount": 0}},
        {"Name": "uncounted", "UsageData": {"Size": -1, "RefCount": 0}},
    ],
    "BuildCache": [
        {"ID": "x", "Size": 5_000_000, "InUse": True, "Shared": False},
        {"ID": "y", "Size": 2_000_000, "InUse": False, "Shared": False},
        {"ID": "z", "Size": 9_000_000, "InUse": True, "Shared": True},
    ],
}


def test_text_is_what_the_cli_prints():
    assert system_df_frame(DF).to_cli().splitlines() == [
        "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE",
        "Images          4         3         166.7MB   24.81MB (14%)",
        "Containers      6         3         5.108kB   4.098kB (80%)",
        "Local Volumes   3         1         4.097MB   3MB (73%)",
        "Build Cache     3         2         7MB       2MB",
    ]


def test_typed_columns_hold_the_numbers():
    frame = system_df_frame(DF).set_index("type")
    assert frame.loc["Images", "size"] == 166_704_315
    assert frame.loc["Images", "reclaimable"] == 166_704_315 - 141_897_214
    assert frame.loc["Containers", "reclaimable"] == 4_098
    assert frame.loc["Local Volumes", "active"] == 1
    assert frame.loc["Build Cache", "size"] == 7_000_000
    assert pd.isna(frame.loc["Build Cache", "reclaimable_percent"])
    assert frame.loc["Local Volumes", "reclaimable_percent"] == 73
    assert str(frame["size"].dtype) == "Int64"


def test_an_empty_engine():
    frame = system_df_frame(
        {"LayersSize": 0, "Images": [], "Containers": None, "Volumes": None, "BuildCache": None}
    )
    assert frame["RECLAIMABLE"].tolist() == ["0B", "0B", "0B", "0B"]
    assert frame["TOTAL"].tolist() == ["0"] * 4
    assert frame["reclaimable_percent"].isna().all()


def test_rows_come_in_the_cli_order():
    assert [row[0] for row in disk_usage_rows(DF)] == [
        "Images",
        "Containers",
        "Local Volumes",
        "Build Cache",
    ]
    assert tuple(system_df_frame(DF).columns[:5]) == DF_COLUMNS


@pytest.mark.parametrize(
    ("layers", "unique", "expected"),
    [
        (1_000, 1_000, "0B (0%)"),  # everything in use
        (1_000, 1_001, "-1B (0%)"),  # Go truncates -0.1% toward zero
        (999_999, 1, "1000kB (99%)"),  # go-units: 999.998kB rounds to 1000kB; 99.9999% → 99
    ],
)
def test_reclaimable_edges(layers, unique, expected):
    raw = {"LayersSize": layers, "Images": [{"Size": unique, "SharedSize": 0, "Containers": 1}]}
    assert system_df_frame(raw)["RECLAIMABLE"].iloc[0] == expected


def test_one_engine_call():
    api = mock.Mock()
    api.df.return_value = DF
    frame = system_df(client=Engine(api))
    api.df.assert_called_once_with()
    assert frame.command == "docker system df"
    assert repr(frame).splitlines()[0] == "$ docker system df"
