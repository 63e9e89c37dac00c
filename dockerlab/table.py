"""``CliFrame``: a pandas DataFrame that displays as the docker CLI's table.

Every listing dockerlab returns is a :class:`CliFrame`. It holds two kinds of columns:

* **UPPER-CASE columns** are exactly what the CLI prints (strings): ``CONTAINER ID``,
  ``CREATED`` = ``"2 minutes ago"``, ``SIZE`` = ``"1.99MB"``...
* **lower-case columns** hold the same facts typed for analysis: ``id`` (full),
  ``created`` (``datetime64[s, UTC]``), ``size`` (bytes, ``Int64``), ``exit_code``, ``labels``
  (a dict per row)...

Displayed, it shows the command line it stands for and the CLI's columns, nothing else; any
pandas operation that keeps those columns (sorting, filtering, ``head``) keeps that display:

>>> frame = CliFrame({"NAME": ["b", "a"], "n": [2, 1]}, cli=CliView("docker demo", ("NAME",)))
>>> print(repr(frame.sort_values("n")))
$ docker demo
NAME
a
b
>>> frame[frame["n"] > 1].to_cli()
'NAME\\nb'

Select other columns and you get an ordinary DataFrame display again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .format import tabwrite

__all__ = ["CliFrame", "CliView"]

_STYLE = (
    "<style>.dockerlab-cli table{border-collapse:collapse}"
    ".dockerlab-cli th,.dockerlab-cli td{text-align:left!important;white-space:pre;"
    "font-family:var(--jp-code-font-family,monospace);padding:1px 12px 1px 0;"
    "vertical-align:top}"
    ".dockerlab-cli .dockerlab-cmd{font-family:var(--jp-code-font-family,monospace);"
    "opacity:.75;margin-bottom:4px}"
    ".dockerlab-cli tr.stderr td{color:var(--jp-error-color1,#c62828)}</style>"
)


def _cell(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


@dataclass(frozen=True)
class CliView:
    """How a frame displays: the command line, the CLI's columns, whether there is a header."""

    command: str
    columns: tuple[str, ...]
    header: bool = True
    minwidth: int = 10
    #: a column whose value becomes each HTML row's CSS class (``stderr`` lines show red)
    row_class: str | None = None
    #: what the header shows for each column, when not the column's name (dockerlab's own
    #: tables show their headers in the learner's language; the docker CLI's stay English)
    headers: tuple[str, ...] = ()

    def titles(self) -> list[str]:
        return list(self.headers) if self.headers else list(self.columns)


class CliFrame(pd.DataFrame):
    """A DataFrame that displays as the docker CLI's table (see the module docstring)."""

    _metadata = ["cli"]  # noqa: RUF012 - pandas' own protocol for subclass attributes

    def __init__(self, *args: Any, cli: CliView | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if cli is not None:
            object.__setattr__(self, "cli", cli)

    @property
    def _constructor(self) -> type[CliFrame]:
        return CliFrame

    # -- the CLI view -----------------------------------------------------------------------
    def _view(self) -> CliView | None:
        view = getattr(self, "cli", None)
        if view is None or not all(c in self.columns for c in view.columns):
            return None
        return view

    @property
    def command(self) -> str:
        """The docker command line this frame stands for, e.g. ``docker ps -a``."""
        view = getattr(self, "cli", None)
        return view.command if view else ""

    def cli_rows(self) -> list[list[str]]:
        """The displayed cells, row by row, as strings."""
        view = self._view()
        if view is None:
            raise ValueError("this frame no longer has the CLI's columns")
        if self.empty:
            return []
        cols = [[_cell(v) for v in self[c].tolist()] for c in view.columns]
        return [list(r) for r in zip(*cols, strict=False)]

    def to_cli(self) -> str:
        """Exactly what the docker CLI prints for this command (without the ``$`` line)."""
        view = self._view()
        if view is None:
            raise ValueError("this frame no longer has the CLI's columns")
        headers = view.titles() if view.header else None
        return tabwrite(headers, self.cli_rows(), minwidth=view.minwidth)

    def __repr__(self) -> str:
        view = self._view()
        if view is None:
            return super().__repr__()
        return f"$ {view.command}\n{self.to_cli()}".rstrip("\n")

    def _repr_html_(self) -> str | None:
        view = self._view()
        if view is None:
            return super()._repr_html_()
        esc = html.escape
        parts = [
            _STYLE,
            '<div class="dockerlab-cli">',
            f'<div class="dockerlab-cmd">$ {esc(view.command)}</div>',
            "<table>",
        ]
        if view.header:
            parts.append(
                "<thead><tr>"
                + "".join(f"<th>{esc(c)}</th>" for c in view.titles())
                + "</tr></thead>"
            )
        parts.append("<tbody>")
        rows = self.cli_rows()
        classes = (
            self[view.row_class].tolist() if view.row_class in self.columns else [None] * len(rows)
        )
        for row, cls in zip(rows, classes, strict=False):
            attr = f' class="{esc(str(cls))}"' if cls else ""
            parts.append(f"<tr{attr}>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
        parts.append("</tbody></table></div>")
        return "".join(parts)
