"""Pure formatting, exactly as the docker CLI prints it.

The rules come from docker/cli (``cli/command/formatter``) and docker/go-units. Nothing here
talks to an Engine; every function is a plain value-in, string-out transformation.

>>> truncate_id("sha256:0123456789abcdef0123")
'0123456789ab'
>>> human_duration(3 * 3600 + 31 * 60)
'4 hours'
>>> human_size(1_990_000), bytes_size(3 * 1024**2)
('1.99MB', '3MiB')
>>> print(format_command("sh -c 'while true; do date; sleep 1; done'"))
"sh -c 'while true; …"
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .references import familiar_name

__all__ = [
    "bytes_size",
    "display_width",
    "ellipsis",
    "familiar_name",
    "format_command",
    "format_container_image",
    "format_names",
    "format_ports",
    "go_quote",
    "human_duration",
    "human_size",
    "since",
    "tabwrite",
    "truncate_id",
]

_DECIMAL = ("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")
_BINARY = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB")


def truncate_id(value: str, *, no_trunc: bool = False) -> str:
    """A short ID as the CLI shows it: without ``sha256:``, 12 characters.

    >>> truncate_id("sha256:0123456789abcdef", no_trunc=True)
    'sha256:0123456789abcdef'
    """
    if no_trunc:
        return value
    if ":" in value:
        value = value.split(":", 1)[1]
    return value[:12]


def human_duration(seconds: float) -> str:
    """go-units ``HumanDuration``: the words the CLI uses for how long ago.

    >>> [human_duration(s) for s in (0.45, 1, 47, 60, 35 * 60 + 40, 3600, 5400)]
    ['Less than a second', '1 second', '47 seconds', 'About a minute', '35 minutes', \
'About an hour', '2 hours']
    """
    secs = int(seconds)
    if secs < 1:
        return "Less than a second"
    if secs == 1:
        return "1 second"
    if secs < 60:
        return f"{secs} seconds"
    minutes = int(seconds / 60)
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return f"{minutes} minutes"
    hours = int(seconds / 3600 + 0.5)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return f"{hours} hours"
    if hours < 24 * 7 * 2:
        return f"{hours // 24} days"
    if hours < 24 * 30 * 2:
        return f"{hours // 24 // 7} weeks"
    if hours < 24 * 365 * 2:
        return f"{hours // 24 // 30} months"
    return f"{int(seconds / 3600) // 24 // 365} years"


def since(created: float, now: float) -> str:
    """The CLI's CREATED column: ``HumanDuration(now - created) + " ago"``.

    >>> since(1_700_000_000, 1_700_000_125)
    '2 minutes ago'
    """
    return human_duration(now - created) + " ago"


def _go_g(value: float, precision: int) -> str:
    # Go's %.*g and Python's %.*g agree, exponent form included ("1e+03").
    return f"{value:.{precision}g}"


def _scaled(size: float, base: float, units: Sequence[str]) -> tuple[float, str]:
    i = 0
    while size >= base and i < len(units) - 1:
        size /= base
        i += 1
    return size, units[i]


def human_size(size: float, precision: int = 3) -> str:
    """go-units ``HumanSizeWithPrecision``: decimal units, no space (the CLI's SIZE).

    >>> [human_size(n) for n in (0, 999, 1000, 1024, 742_000, 1_990_000)]
    ['0B', '999B', '1kB', '1.02kB', '742kB', '1.99MB']
    >>> human_size(1024, precision=4)
    '1.024kB'
    """
    value, unit = _scaled(float(size), 1000.0, _DECIMAL)
    return _go_g(value, precision) + unit


def bytes_size(size: float) -> str:
    """go-units ``BytesSize``: binary units, 4 significant digits (``docker stats`` memory).

    >>> bytes_size(1024), bytes_size(3.42 * 1024**3)
    ('1KiB', '3.42GiB')
    """
    value, unit = _scaled(float(size), 1024.0, _BINARY)
    return _go_g(value, 4) + unit


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns a string takes (East Asian wide characters take two).

    >>> display_width("abc"), display_width("你好")
    (3, 4)
    """
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def ellipsis(text: str, width: int) -> str:
    """docker/cli ``Ellipsis``: cut to ``width`` display columns, the last one ``…``.

    Like the CLI, a string whose first character alone is too wide is left whole.

    >>> ellipsis("abcdef", 4), ellipsis("abc", 4), ellipsis("你好世界", 5)
    ('abc…', 'abc', '你好…')
    """
    if width <= 0:
        return ""
    if width == 1:
        return text[:1]
    if text.isascii():
        return text if len(text) <= width else text[: width - 1] + "…"
    cumulative = []
    total = 0
    for ch in text:
        total += _char_width(ch)
        cumulative.append(total)
    if total <= width:
        return text
    for i in range(len(text) - 1):
        if cumulative[i] <= width - 1 < cumulative[i + 1]:
            return text[: i + 1] + "…"
    return text


_GO_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}


def go_quote(text: str) -> str:
    """Go's ``strconv.Quote``: double quotes, printable Unicode kept, the rest escaped.

    >>> print(go_quote('echo "hi"\\tthere 你好'))
    "echo \\"hi\\"\\tthere 你好"
    >>> print(go_quote("\\x00\\u200b"))
    "\\x00\\u200b"
    """
    out = ['"']
    for ch in text:
        if ch in _GO_ESCAPES:
            out.append(_GO_ESCAPES[ch])
        elif ch == " " or ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x80:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def format_command(command: str, *, no_trunc: bool = False) -> str:
    """The COMMAND column of ``docker ps``: 20 display columns at most, Go-quoted.

    >>> format_command("httpd -f -p 80")
    '"httpd -f -p 80"'
    """
    return go_quote(command if no_trunc else ellipsis(command, 20))


def format_names(names: Iterable[str], *, no_trunc: bool = False) -> str:
    """The NAMES column: leading ``/`` stripped; truncated output keeps the first real name.

    >>> format_names(["/web", "/other/link"]), format_names(["/web", "/a/b"], no_trunc=True)
    ('web', 'web,a/b')
    """
    stripped = [n.removeprefix("/") for n in names]
    if no_trunc:
        return ",".join(stripped)
    return next((n for n in stripped if "/" not in n), "")


def format_container_image(image: str, image_id: str, *, no_trunc: bool = False) -> str:
    """The IMAGE column of ``docker ps``.

    A container started from an image ID shows the short ID; a digest reference loses its digest
    (but keeps a tag); Docker Hub names are shown in their familiar form.

    >>> format_container_image("sha256:0123456789abcdef", "sha256:0123456789abcdef")
    '0123456789ab'
    >>> format_container_image("busybox@sha256:abcd", "sha256:ffff")
    'busybox'
    >>> format_container_image("", "sha256:ffff")
    '<no image>'
    """
    if not image:
        return "<no image>"
    if no_trunc:
        return image
    if truncate_id(image_id) == truncate_id(image):
        return truncate_id(image)
    if "@" in image:
        name, _, _ = image.partition("@")
        image = name
    return familiar_name(image)


def _join_host_port(ip: str, port: str) -> str:
    return f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"


def format_ports(ports: Iterable[Mapping[str, Any]] | None) -> str:
    """The PORTS column: sorted, consecutive ports merged into ranges, joined with ``, ``.

    >>> format_ports([{"PrivatePort": 80, "Type": "tcp", "IP": "127.0.0.1", "PublicPort": 8080},
    ...               {"PrivatePort": 53, "Type": "udp"}])
    '53/udp, 127.0.0.1:8080->80/tcp'
    >>> format_ports([{"PrivatePort": p, "Type": "tcp", "IP": "127.0.0.1", "PublicPort": p}
    ...               for p in (7001, 7000, 7002)])
    '127.0.0.1:7000-7002->7000-7002/tcp'
    """
    items = sorted(
        ports or (),
        key=lambda p: (
            p.get("PrivatePort", 0),
            p.get("IP") or "",
            p.get("PublicPort", 0),
            p.get("Type", ""),
        ),
    )
    groups: dict[str, list[int]] = {}
    order: list[str] = []
    result: list[str] = []
    mappings: list[str] = []
    for port in items:
        current = int(port.get("PrivatePort", 0))
        key = str(port.get("Type", ""))
        ip = port.get("IP") or ""
        if ip:
            public = int(port.get("PublicPort", 0))
            if public != current:
                mappings.append(
                    f"{_join_host_port(ip, str(public))}->{current}/{port.get('Type', '')}"
                )
                continue
            key = f"{ip}/{port.get('Type', '')}"
        group = groups.get(key)
        if group is None:
            groups[key] = [current, current]
            order.append(key)
            continue
        if current == group[1] + 1:
            group[1] = current
            continue
        result.append(_form_group(key, group[0], group[1]))
        groups[key] = [current, current]
    result.extend(_form_group(key, *groups[key]) for key in order)
    result.extend(mappings)
    return ", ".join(result)


def _form_group(key: str, first: int, last: int) -> str:
    ip, _, kind = key.rpartition("/")
    group = str(first) if first == last else f"{first}-{last}"
    if ip:
        group = f"{_join_host_port(ip, group)}->{group}"
    return f"{group}/{kind}"


def tabwrite(
    headers: Sequence[str] | None, rows: Iterable[Sequence[str]], *, minwidth: int = 10
) -> str:
    """Align columns like the CLI's tabwriter: minimum width 10, padding 3, last column free.

    ``docker top`` uses a minimum width of 20. Widths are display widths: docker's tabwriter
    counts an East Asian wide character as two columns.

    >>> print(tabwrite(["A", "LONGER HEADER", "LAST"], [["x", "y", "z z z"]]))
    A         LONGER HEADER   LAST
    x         y               z z z
    """
    lines = ([list(headers)] if headers else []) + [list(r) for r in rows]
    if not lines:
        return ""
    ncols = max(len(line) for line in lines)
    widths = [minwidth] * ncols
    for line in lines:
        for i, cell in enumerate(line[:-1]):
            widths[i] = max(widths[i], display_width(cell) + 3)
    out = []
    for line in lines:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(line[:-1])]
        cells.append(line[-1] if line else "")
        out.append("".join(cells))
    return "\n".join(out)
