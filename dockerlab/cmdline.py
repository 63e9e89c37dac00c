"""Pure: the ``docker ...`` command line a call stands for, shown above every result.

>>> command_line("docker ps", [("-a", True), ("-n", 3), ("--no-trunc", False)],
...              filters={"label": ["dockerlab.course=07"], "status": "exited"})
'docker ps -a -n 3 --filter label=dockerlab.course=07 --filter status=exited'
>>> command_line("docker logs", [("--tail", 5)], args=["my web"])
"docker logs --tail 5 'my web'"
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["command_line", "filter_args"]


def filter_args(filters: Mapping[str, Any] | None) -> list[str]:
    """``--filter key=value`` pairs for a docker-py style filters dict (lists repeat the key).

    >>> filter_args({"dangling": True, "label": ["a", "b=c"]})
    ['--filter', 'dangling=true', '--filter', 'label=a', '--filter', 'label=b=c']
    """
    out: list[str] = []
    for key, value in (filters or {}).items():
        values = value if isinstance(value, list | tuple) else [value]
        for v in values:
            if isinstance(v, bool):
                v = "true" if v else "false"
            out += ["--filter", f"{key}={v}"]
    return out


def command_line(
    base: str,
    flags: Iterable[tuple[str, Any]] = (),
    *,
    filters: Mapping[str, Any] | None = None,
    args: Sequence[str] = (),
) -> str:
    """Render ``base`` + flags (``True`` → bare flag; ``None``/``False`` → left out) + args."""
    words = base.split()
    for flag, value in flags:
        if value is None or value is False:
            continue
        words.append(flag)
        if value is not True:
            words.append(str(value))
    words += filter_args(filters)
    words += [str(a) for a in args]
    head, rest = words[:2], words[2:]
    return " ".join(head + [shlex.quote(w) for w in rest])
