"""The widgets' pure parts: ANSI, the dashboard's row selection, the inspect tree, charts."""

from __future__ import annotations

import pytest

from dockerlab import frames
from dockerlab.ansi import ansi_to_html, strip_ansi
from dockerlab.widgets.dashboard import select_rows
from dockerlab.widgets.images import layer_chart
from dockerlab.widgets.inspect import matching_paths, render_tree
from dockerlab.widgets.pull import split_reference


@pytest.mark.parametrize(
    ("func", "text", "expected"),
    [
        (strip_ansi, "\x1b[1;32mok\x1b[0m", "ok"),
        (strip_ansi, "a\r\nb\rc", "a\nbc"),
        (strip_ansi, "\x1b]0;title\x07prompt", "prompt"),
        (strip_ansi, "\x1b[2J\x1b[Hclear", "clear"),
        (ansi_to_html, "plain <x>", "plain &lt;x&gt;"),
        (ansi_to_html, "\x1b[1mB\x1b[22mn", '<span style="font-weight:bold">B</span>n'),
        (ansi_to_html, "\x1b[94mblue", '<span style="color:#3b8eea">blue</span>'),
        (ansi_to_html, "\x1b[38;5;208mx\x1b[0m", "x"),
    ],
)
def test_ansi(func, text, expected):
    assert func(text) == expected


def container(name, state, labels):
    return {
        "Id": name * 8,
        "Names": [f"/{name}"],
        "Image": "i",
        "ImageID": "sha256:1",
        "Command": "c",
        "Created": 1,
        "State": state,
        "Status": state,
        "Ports": [],
        "Labels": labels,
    }


FRAME = frames.containers_frame(
    [
        container("web", "running", {"dockerlab.course": "08"}),
        container("mine", "running", {}),
        container("old", "exited", {"dockerlab.course": "07", "tier": "db"}),
        container("inherited", "running", {"dockerlab.course": "kit", "dockerlab.kit": "image"}),
        container("nb08-web", "running", {}),
    ],
    now=100,
)


@pytest.mark.parametrize(
    ("text", "state", "course_only", "names"),
    [
        ("", "all", False, ["web", "mine", "old", "inherited", "nb08-web"]),
        ("", "all", True, ["web", "old", "nb08-web"]),
        ("", "running", False, ["web", "mine", "inherited", "nb08-web"]),
        ("e", "all", False, ["web", "mine", "inherited", "nb08-web"]),
        ("label=tier", "all", False, ["old"]),
        ("label=dockerlab.course=08", "all", False, ["web"]),
        ("status=exited", "all", False, ["old"]),
    ],
)
def test_dashboard_rows(text, state, course_only, names):
    assert select_rows(FRAME, text, state, course_only)["name"].tolist() == names


def test_inspect_tree_narrows_and_highlights():
    data = {
        "State": {"Status": "running", "Pid": 42},
        "NetworkSettings": {"Networks": {"bridge": {"IPAddress": "172.17.0.2"}}},
    }
    assert matching_paths(data, "ipaddress") == ["NetworkSettings.Networks.bridge.IPAddress"]
    html = render_tree(data, "IPAddress")
    assert "State" not in html and "<mark>IPAddress</mark>" in html
    assert "172.17.0.2" in html and "<details open>" in html
    assert render_tree(data).count("<details") == 4


def test_layer_chart_scales_bars():
    layers = frames.history_frame(
        [
            {"Id": "a", "Created": 1, "CreatedBy": '/bin/sh -c #(nop)  CMD ["sh"]', "Size": 0},
            {"Id": "b", "Created": 1, "CreatedBy": "COPY busybox", "Size": 2_000_000},
            {"Id": "c", "Created": 1, "CreatedBy": "COPY etc", "Size": 1_000_000},
        ],
        now=2,
    )
    chart = layer_chart(layers, width=100)
    assert "width:100px;height:12px" in chart and "width:50px;height:12px" in chart
    assert "2MB" in chart and "0B" in chart


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("busybox", ("busybox", "latest")),
        ("localhost:5000/a/b:v1", ("localhost:5000/a/b", "v1")),
        ("a/b@sha256:abc", ("a/b", "sha256:abc")),
    ],
)
def test_split_reference(ref, expected):
    assert split_reference(ref) == expected
