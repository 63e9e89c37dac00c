"""Pure: ``docker logs`` lines → CliFrame."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ..streams import parse_log_line
from ..table import CliFrame, CliView
from ._base import frame

__all__ = ["logs_frame"]


def logs_frame(
    entries: Sequence[tuple[str, str]], *, timestamps: bool = False, command: str = "docker logs"
) -> CliFrame:
    """``docker logs`` from (stream, line) pairs whose lines carry the Engine's timestamps.

    Displayed, the lines as the CLI prints them (``-t`` keeps the timestamp); typed columns
    ``time`` (``datetime64[ns, UTC]``), ``stream`` (``stdout``/``stderr``) and ``line``.

    >>> frame = logs_frame([("stdout", "2026-11-28T08:00:00.5Z tick 1"),
    ...                     ("stderr", "2026-11-28T08:00:01.5Z oops")])
    >>> print(frame.to_cli())
    tick 1
    oops
    >>> frame["stream"].tolist(), str(frame["time"].dtype)
    (['stdout', 'stderr'], 'datetime64[ns, UTC]')
    """
    parsed = [(stream, *parse_log_line(line)) for stream, line in entries]
    shown = [f"{ts} {text}" if timestamps and ts else text for _, ts, text in parsed]
    times = pd.to_datetime([ts or None for _, ts, _ in parsed], utc=True, format="ISO8601").as_unit(
        "ns"
    )
    typed = {
        "time": times,
        "stream": [s for s, _, _ in parsed],
        "line": [text for _, _, text in parsed],
    }
    return frame(
        {"OUTPUT": shown}, typed, CliView(command, ("OUTPUT",), header=False, row_class="stream")
    )
