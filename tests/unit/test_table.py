"""CliFrame: displays as the CLI, behaves as a DataFrame."""

from __future__ import annotations

import pandas as pd

from dockerlab.table import CliFrame, CliView


def make():
    return CliFrame(
        {"NAME": ["b<x>", "a"], "SIZE": ["2B", "10B"], "size": [2, 10]},
        cli=CliView("docker demo --flag", ("NAME", "SIZE")),
    )


def test_display_is_the_cli_table_with_its_command():
    frame = make()
    assert repr(frame) == "$ docker demo --flag\nNAME      SIZE\nb<x>      2B\na         10B"
    html = frame._repr_html_()
    assert "$ docker demo --flag" in html
    assert "<th>NAME</th><th>SIZE</th>" in html
    assert "b&lt;x&gt;" in html
    assert "<th>size</th>" not in html  # typed columns stay out of the display


def test_pandas_operations_keep_the_view():
    frame = make()
    ordered = frame.sort_values("size", ascending=False)
    assert isinstance(ordered, CliFrame)
    assert ordered.to_cli().splitlines()[1].startswith("a")
    assert ordered.command == "docker demo --flag"
    assert frame[frame["size"] > 5].to_cli() == "NAME      SIZE\na         10B"
    assert frame.head(0).to_cli() == "NAME      SIZE"


def test_without_the_cli_columns_it_is_a_plain_dataframe():
    subset = make()[["size"]]
    assert "docker demo" not in repr(subset)
    assert "<table" in subset._repr_html_()
    assert subset.equals(pd.DataFrame({"size": [2, 10]}))


def test_long_values_are_never_cut():
    long = "x" * 500
    frame = CliFrame({"COMMAND": [long]}, cli=CliView("docker ps --no-trunc", ("COMMAND",)))
    assert long in frame._repr_html_()
    assert long in repr(frame)


def test_quiet_view_has_no_header_and_missing_values_are_blank():
    frame = CliFrame({"ID": ["abc", None]}, cli=CliView("docker ps -q", ("ID",), header=False))
    assert frame.to_cli() == "abc\n"
