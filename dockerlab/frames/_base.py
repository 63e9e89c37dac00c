"""Shared helpers for the frame builders: typed columns and the CliFrame constructor."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..table import CliFrame, CliView

__all__ = ["frame", "ints", "now_or", "utc_seconds"]


def now_or(now: float | None) -> float:
    return time.time() if now is None else now


def utc_seconds(epochs: Sequence[int | float | None]) -> pd.Series:
    """Epoch seconds → ``datetime64[s, UTC]``; zero or missing → ``NaT``.

    >>> stamps = utc_seconds([0, 1_700_000_000, None])
    >>> stamps.isna().tolist(), str(stamps[1]), str(stamps.dtype)
    ([True, False, True], '2023-11-14 22:13:20+00:00', 'datetime64[s, UTC]')
    """
    values = np.array(
        [int(e) if e else np.iinfo(np.int64).min for e in epochs], dtype="int64"
    ).view("datetime64[s]")
    return pd.Series(values, dtype="datetime64[s]").dt.tz_localize("UTC")


def ints(values: Iterable[Any]) -> pd.arrays.IntegerArray:
    return pd.array([None if v is None else int(v) for v in values], dtype="Int64")


def frame(display: Mapping[str, list[Any]], typed: Mapping[str, Any], view: CliView) -> CliFrame:
    data: dict[str, Any] = dict(display)
    data.update(typed)
    return CliFrame(data, cli=view, columns=list(data))
