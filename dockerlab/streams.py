"""Pure: the Engine's log and attach byte streams → lines.

Without a TTY the Engine multiplexes stdout and stderr into frames with an 8-byte header
(stream, 0, 0, 0, big-endian length). With a TTY there are no headers, everything is "stdout",
and a following stream may arrive one byte at a time, so lines are assembled incrementally.

>>> frame = bytes([1, 0, 0, 0, 0, 0, 0, 3]) + b"hi\\n" + bytes([2, 0, 0, 0, 0, 0, 0, 4]) + b"oh\\n!"
>>> demux = Demuxer()
>>> demux.feed(frame[:5]), demux.feed(frame[5:])
([], [('stdout', b'hi\\n'), ('stderr', b'oh\\n!')])
>>> parse_log_line("2026-11-28T08:17:28.089768400Z tick 1")
('2026-11-28T08:17:28.089768400Z', 'tick 1')
"""

from __future__ import annotations

import re
import struct

__all__ = [
    "Demuxer",
    "LineSplitter",
    "STREAMS",
    "parse_log_line",
    "split_lines",
]

STREAMS = {0: "stdin", 1: "stdout", 2: "stderr"}
_TS = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ?")


class Demuxer:
    """Incremental decoder of the Engine's multiplexed stream: bytes in, (stream, payload) out."""

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, data: bytes) -> list[tuple[str, bytes]]:
        self._buf += data
        out: list[tuple[str, bytes]] = []
        while len(self._buf) >= 8:
            kind, size = struct.unpack(">BxxxL", self._buf[:8])
            if len(self._buf) < 8 + size:
                break
            out.append((STREAMS.get(kind, "stdout"), self._buf[8 : 8 + size]))
            self._buf = self._buf[8 + size :]
        return out

    @property
    def pending(self) -> int:
        """Bytes received that do not yet make a whole frame."""
        return len(self._buf)


class LineSplitter:
    """Assemble whole lines from chunks of any size (a TTY sends single bytes).

    >>> s = LineSplitter()
    >>> s.feed(b"ti"), s.feed(b"ck 1\\r\\ntick"), s.flush()
    ([], ['tick 1'], ['tick'])
    """

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, data: bytes) -> list[str]:
        self._buf += data
        if b"\n" not in data:
            return []
        *lines, self._buf = self._buf.split(b"\n")
        return [_decode(line) for line in lines]

    def flush(self) -> list[str]:
        rest, self._buf = self._buf, b""
        return [_decode(rest)] if rest else []


def _decode(line: bytes) -> str:
    return line.decode("utf-8", errors="replace").removesuffix("\r")


def split_lines(chunks: list[tuple[str, bytes]]) -> list[tuple[str, str]]:
    """Whole (stream, line) pairs from demultiplexed chunks, each stream assembled on its own.

    >>> split_lines([("stdout", b"a\\nb"), ("stderr", b"x\\n"), ("stdout", b"c\\n")])
    [('stdout', 'a'), ('stderr', 'x'), ('stdout', 'bc')]
    """
    splitters: dict[str, LineSplitter] = {}
    out: list[tuple[str, str]] = []
    for stream, data in chunks:
        splitter = splitters.setdefault(stream, LineSplitter())
        out.extend((stream, line) for line in splitter.feed(data))
    for stream, splitter in splitters.items():
        out.extend((stream, line) for line in splitter.flush())
    return out


def parse_log_line(line: str) -> tuple[str, str]:
    """Split the Engine's ``timestamps=1`` prefix (RFC 3339, nanoseconds) from a log line.

    The timestamp comes back as the Engine wrote it ("" when there is none).
    """
    match = _TS.match(line)
    if not match:
        return "", line
    return match.group(1), line[match.end() :]
