"""Byte streams → lines; CLI time arguments; the command lines shown above results."""

from __future__ import annotations

import struct

import pytest

from dockerlab.cmdline import command_line
from dockerlab.errors import InvalidArgument
from dockerlab.logs import check_tail
from dockerlab.streams import Demuxer, LineSplitter, split_lines
from dockerlab.timespec import parse_go_duration, to_epoch


def frame(kind: int, data: bytes) -> bytes:
    return struct.pack(">BxxxL", kind, len(data)) + data


def test_demuxer_byte_by_byte():
    data = frame(1, b"tick 1\n") + frame(2, "错误\n".encode()) + frame(1, b"tick")
    demux, out = Demuxer(), []
    for i in range(len(data)):
        out += demux.feed(data[i : i + 1])
    assert split_lines(out) == [("stdout", "tick 1"), ("stderr", "错误"), ("stdout", "tick")]
    assert demux.pending == 0


def test_tty_single_byte_chunks_and_crlf():
    splitter, lines = LineSplitter(), []
    for byte in b"a\r\nbc\r\n\xe4\xbd\xa0\n":
        lines += splitter.feed(bytes([byte]))
    assert lines == ["a", "bc", "你"]


@pytest.mark.parametrize(
    ("func", "args", "kwargs", "expected"),
    [
        (parse_go_duration, ("1h30m",), {}, 5400.0),
        (parse_go_duration, ("250ms",), {}, 0.25),
        (parse_go_duration, ("10",), {}, None),
        (to_epoch, ("10m",), {"now": 1000.0}, 400.0),
        (to_epoch, ("1700000000",), {"now": 0}, 1_700_000_000.0),
        (to_epoch, ("2023-11-14T22:13:20+00:00",), {"now": 0}, 1_700_000_000.0),
        (check_tail, (0,), {}, "0"),
        (check_tail, ("all",), {}, "all"),
        (
            command_line,
            ("docker images",),
            {"args": ["dockerlab/*"]},
            "docker images 'dockerlab/*'",
        ),
        (command_line, ("docker ps", [("-a", True), ("-q", True)]), {}, "docker ps -a -q"),
    ],
)
def test_pure_helpers(func, args, kwargs, expected):
    assert func(*args, **kwargs) == expected


@pytest.mark.parametrize("tail", [-1, "-5", 2.5, True])
def test_bad_tail(tail):
    with pytest.raises(InvalidArgument) as info:
        check_tail(tail)
    assert "--tail" in info.value.hint
