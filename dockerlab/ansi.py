"""Pure: terminal output (ANSI escape sequences) → plain text or coloured HTML.

>>> strip_ansi("\\x1b[1;34mbin\\x1b[0m  \\x1b[32mrun.sh\\x1b[0m")
'bin  run.sh'
>>> ansi_to_html("\\x1b[31mred\\x1b[0m <b>")
'<span style="color:#cd3131">red</span> &lt;b&gt;'
"""

from __future__ import annotations

import html
import re

__all__ = ["ansi_to_html", "strip_ansi"]

_CSI = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])")
_OTHER = re.compile(r"\x1b[\]P^_].*?(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78cDEHM]")
_COLOURS = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5"]
_BRIGHT = ["#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]


def strip_ansi(text: str) -> str:
    """Remove escape sequences (colours, cursor moves, titles) and stray carriage returns."""
    text = _OTHER.sub("", _CSI.sub("", text))
    return text.replace("\r\n", "\n").replace("\r", "")


def _style(codes: list[int], state: dict[str, str]) -> None:
    i = 0
    while i < len(codes):
        code = codes[i]
        if code == 0:
            state.clear()
        elif code == 1:
            state["font-weight"] = "bold"
        elif code == 22:
            state.pop("font-weight", None)
        elif 30 <= code <= 37:
            state["color"] = _COLOURS[code - 30]
        elif 90 <= code <= 97:
            state["color"] = _BRIGHT[code - 90]
        elif code == 39:
            state.pop("color", None)
        elif 40 <= code <= 47:
            state["background"] = _COLOURS[code - 40]
        elif code == 49:
            state.pop("background", None)
        elif code in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            i += 2  # 256-colour: accepted, shown in the default colour
        i += 1


def ansi_to_html(text: str) -> str:
    """Escape ``text`` for HTML, rendering SGR colours and bold as inline-styled spans."""
    out: list[str] = []
    state: dict[str, str] = {}
    open_span = False
    text = _OTHER.sub("", text).replace("\r\n", "\n").replace("\r", "")
    pos = 0
    for match in _CSI.finditer(text):
        out.append(html.escape(text[pos : match.start()]))
        pos = match.end()
        if match.group(2) != "m":
            continue
        codes = [int(c) for c in match.group(1).split(";") if c.isdigit()] or [0]
        _style(codes, state)
        if open_span:
            out.append("</span>")
            open_span = False
        if state:
            style = ";".join(f"{k}:{v}" for k, v in state.items())
            out.append(f'<span style="{style}">')
            open_span = True
    out.append(html.escape(text[pos:]))
    if open_span:
        out.append("</span>")
    return "".join(out)
