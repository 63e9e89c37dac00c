"""Engine JSON → frames, with canned JSON (no daemon)."""

from __future__ import annotations

import pandas as pd
import pytest

from dockerlab import frames

NOW = 1_700_000_000
A, B, C = "a" * 64, "b" * 64, "c" * 64


def container(
    cid,
    name,
    status,
    *,
    state="running",
    created=NOW - 150,
    command="sleep 1000",
    image="dockerlab/busybox",
    ports=(),
    labels=None,
    **extra,
):
    return {
        "Id": cid,
        "Names": [f"/{name}"],
        "Image": image,
        "ImageID": "sha256:" + C,
        "Command": command,
        "Created": created,
        "State": state,
        "Status": status,
        "Ports": list(ports),
        "Labels": labels or {},
        **extra,
    }


PS = [
    container(
        A,
        "web.1_x-y",
        "Up 2 minutes",
        command="httpd -f -v -p 80 -h /www",
        ports=[{"IP": "127.0.0.1", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}],
        labels={"dockerlab.course": "test", "tier": "web"},
    ),
    container(
        B,
        "crashed",
        "Exited (3) 1 second ago",
        state="exited",
        created=NOW - 7200,
        command="sh -c 'echo 你好世界你好世界; exit 3'",
    ),
]

IMAGES = [
    {
        "Id": "sha256:" + A,
        "RepoTags": ["dockerlab/x:b", "dockerlab/x:a", "other/y:1"],
        "RepoDigests": ["dockerlab/x@sha256:" + "d" * 64],
        "Created": NOW - 90,
        "Size": 1_990_000,
        "Labels": {"dockerlab.course": "test"},
        "Containers": -1,
    },
    {
        "Id": "sha256:" + B,
        "RepoTags": None,
        "RepoDigests": None,
        "Created": NOW - 3 * 86400,
        "Size": 742_000,
        "Labels": None,
        "Containers": 2,
    },
]


@pytest.mark.parametrize(
    ("builder", "kwargs", "expected_lines"),
    [
        (
            frames.containers_frame,
            {"raw": PS, "command": "docker ps -a"},
            [
                "CONTAINER ID   IMAGE               COMMAND                  CREATED         STATUS"
                "                    PORTS                    NAMES",
                'aaaaaaaaaaaa   dockerlab/busybox   "httpd -f -v -p 80 -…"   2 minutes ago   '
                "Up 2 minutes              127.0.0.1:8080->80/tcp   web.1_x-y",
                'bbbbbbbbbbbb   dockerlab/busybox   "sh -c \'echo 你好世…"    2 hours ago     '
                "Exited (3) 1 second ago                            crashed",
            ],
        ),
        (frames.containers_frame, {"raw": PS, "quiet": True}, ["a" * 12, "b" * 12]),
        (frames.containers_frame, {"raw": PS, "quiet": True, "no_trunc": True}, [A, B]),
        (
            frames.images_frame,
            {"raw": IMAGES},
            [
                "REPOSITORY    TAG       IMAGE ID       CREATED              SIZE",
                "dockerlab/x   a         aaaaaaaaaaaa   About a minute ago   1.99MB",
                "dockerlab/x   b         aaaaaaaaaaaa   About a minute ago   1.99MB",
                "other/y       1         aaaaaaaaaaaa   About a minute ago   1.99MB",
                "<none>        <none>    bbbbbbbbbbbb   3 days ago           742kB",
            ],
        ),
        (frames.images_frame, {"raw": IMAGES, "quiet": True}, ["a" * 12] * 3 + ["b" * 12]),
        (
            frames.images_frame,
            {"raw": IMAGES[:1], "digests": True},
            [
                "REPOSITORY    TAG       DIGEST"
                + " " * 68
                + "IMAGE ID       CREATED              SIZE",
                "dockerlab/x   a         sha256:"
                + "d" * 64
                + "   aaaaaaaaaaaa   About a minute ago   "
                "1.99MB",
                "dockerlab/x   b         sha256:"
                + "d" * 64
                + "   aaaaaaaaaaaa   About a minute ago   "
                "1.99MB",
                "other/y       1         <none>"
                + " " * 68
                + "aaaaaaaaaaaa   About a minute ago   1.99MB",
            ],
        ),
        (
            frames.history_frame,
            {
                "raw": [
                    {
                        "Id": "sha256:" + A,
                        "Created": NOW - 30,
                        "CreatedBy": '/bin/sh -c #(nop)  CMD ["cat" "/hello.txt"]',
                        "Size": 0,
                        "Comment": "",
                    },
                    {
                        "Id": "<missing>",
                        "Created": NOW - 86400 * 400,
                        "CreatedBy": "/bin/sh -c #(nop) COPY file:73e2b2d48642b21b0dd1c in /bin/busybox",  # noqa: E501
                        "Size": 1_980_000,
                        "Comment": "imported",
                    },
                ]
            },
            [
                "IMAGE          CREATED          CREATED BY                                      SIZE"  # noqa: E501
                "      COMMENT",
                'aaaaaaaaaaaa   30 seconds ago   /bin/sh -c #(nop)  CMD ["cat" "/hello.txt"]     0B'
                "        ",
                "<missing>      13 months ago    /bin/sh -c #(nop) COPY file:73e2b2d48642b21b…   1.98MB"  # noqa: E501
                "    imported",
            ],
        ),
    ],
)
def test_cli_text(builder, kwargs, expected_lines):
    frame = builder(now=NOW, **kwargs)
    assert frame.to_cli().splitlines() == expected_lines


def test_history_alignment_is_computed_not_guessed():
    # Columns are at least 10 wide and 3 wider than their widest cell.
    frame = frames.history_frame([{"Id": "x", "Created": NOW - 30, "CreatedBy": "a"}], now=NOW)
    assert frame.to_cli().splitlines()[1] == "x         30 seconds ago   a            0B        "


def test_ps_typed_columns():
    frame = frames.containers_frame(PS, now=NOW)
    assert frame["exit_code"].tolist() == [pd.NA, 3] or (
        frame["exit_code"].isna().tolist() == [True, False] and frame["exit_code"][1] == 3
    )
    assert str(frame["created"].dtype) == "datetime64[s, UTC]"
    oldest = frame.sort_values("created").iloc[0]
    assert oldest["name"] == "crashed"
    assert frame["labels"].str.get("tier").tolist() == ["web", None]
    assert frame["ports"][0][0]["PublicPort"] == 8080


def test_ps_size_column():
    raw = [dict(PS[0], SizeRw=12, SizeRootFs=1_990_000), dict(PS[1], SizeRw=0, SizeRootFs=0)]
    frame = frames.containers_frame(raw, now=NOW, size=True)
    assert frame["SIZE"].tolist() == ["12B (virtual 1.99MB)", "0B"]
    assert frame["size_rw"].tolist() == [12, 0]


def test_images_typed_columns():
    frame = frames.images_frame(IMAGES, now=NOW)
    assert frame["size"].sum() == 3 * 1_990_000 + 742_000
    assert frame["dangling"].tolist() == [False, False, False, True]
    assert frame["containers"].isna().tolist() == [True, True, True, False]
    big = frame[frame["size"] > 1_000_000]
    assert big.to_cli().splitlines()[0].startswith("REPOSITORY")


@pytest.mark.parametrize(
    ("image", "digests", "rows"),
    [
        (
            {"RepoTags": ["<none>:<none>"], "RepoDigests": ["<none>@<none>"]},
            False,
            [("<none>", "<none>", "<none>")],
        ),
        (
            {"RepoTags": [], "RepoDigests": ["127.0.0.1:5000/x@sha256:1"]},
            False,
            [("127.0.0.1:5000/x", "<none>", "")],
        ),
        (
            {"RepoTags": [], "RepoDigests": ["127.0.0.1:5000/x@sha256:1"]},
            True,
            [("127.0.0.1:5000/x", "<none>", "sha256:1")],
        ),
        (
            {"RepoTags": ["docker.io/library/busybox:1.36"], "RepoDigests": []},
            False,
            [("busybox", "1.36", "<none>")],
        ),
        (
            {"RepoTags": ["x:1"], "RepoDigests": ["x@sha256:1", "x@sha256:2"]},
            True,
            [("x", "1", "sha256:1"), ("x", "1", "sha256:2")],
        ),
        ({"RepoTags": ["x:1"], "RepoDigests": ["x@sha256:1"]}, False, [("x", "1", "<none>")]),
    ],
)
def test_image_rows(image, digests, rows):
    assert frames.image_rows(image, digests=digests) == rows


def test_top_frame_titles_and_pids():
    raw = {
        "Titles": ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"],
        "Processes": [["root", "4242", "4200", "0", "08:00", "?", "00:00:00", "sleep 1000"]],
    }
    frame = frames.top_frame(raw, command="docker top web")
    assert frame.to_cli().splitlines()[1].split() == [*raw["Processes"][0][:-1], "sleep", "1000"]
    assert frame["pid"].tolist() == [4242]
    assert frame["ppid"].tolist() == [4200]
    assert repr(frame).startswith("$ docker top web\nUID                 PID")


def test_logs_frame_streams_and_times():
    frame = frames.logs_frame(
        [
            ("stdout", "2026-11-28T08:00:00.000000001Z tick 1"),
            ("stderr", "2026-11-28T08:00:01Z tock 5"),
            ("stdout", "no timestamp"),
        ],
        timestamps=True,
    )
    assert frame.to_cli().splitlines() == [
        "2026-11-28T08:00:00.000000001Z tick 1",
        "2026-11-28T08:00:01Z tock 5",
        "no timestamp",
    ]
    assert frame["time"].iloc[0].nanosecond == 1
    assert frame["time"].isna().tolist() == [False, False, True]
    assert '<tr class="stderr">' in frame._repr_html_()


def test_stats_rows_match_the_cli_arithmetic():
    sample = {
        "id": A,
        "name": "/web",
        "pids_stats": {"current": 3},
        "cpu_stats": {
            "cpu_usage": {"total_usage": 2_000_000, "percpu_usage": [1, 1]},
            "system_cpu_usage": 4_000_000,
        },
        "precpu_stats": {"cpu_usage": {"total_usage": 1_000_000}, "system_cpu_usage": 2_000_000},
        "memory_stats": {
            "usage": 10 * 2**20,
            "limit": 4 * 2**30,
            "stats": {"total_inactive_file": 2 * 2**20},
        },
        "blkio_stats": {
            "io_service_bytes_recursive": [
                {"op": "Read", "value": 4096},
                {"op": "write", "value": 1_000_000},
                {"op": "Total", "value": 1},
            ]
        },
        "networks": {
            "eth0": {"rx_bytes": 1000, "tx_bytes": 500},
            "eth1": {"rx_bytes": 1000, "tx_bytes": 0},
        },
    }
    row = frames.stats_row(sample)
    assert [row[c] for c in frames.stats.STATS_COLUMNS] == [
        "a" * 12,
        "web",
        "100.00%",
        "8MiB / 4GiB",
        "0.20%",
        "2kB / 500B",
        "4.1kB / 1MB",
        "3",
    ]
    frame = frames.stats_frame([row])
    assert frame["mem_usage"].tolist() == [8 * 2**20]
    assert frames.stats_frame([]).to_cli().startswith("CONTAINER ID")


def test_search_frames():
    frame = frames.search_frame(
        [{"name": "x", "description": "d" * 60, "star_count": 7, "is_official": False}]
    )
    assert frame["DESCRIPTION"][0] == "d" * 44 + "…"
    assert frame["stars"].tolist() == [7]
    full = frames.search_frame([{"name": "x", "description": "a\nb"}], no_trunc=True)
    assert full["DESCRIPTION"][0] == "a b"
