"""``inspect_widget``: ``docker inspect`` as a collapsible, searchable JSON tree."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import docker
import ipywidgets as w

from ..i18n import _
from ..system import inspect
from ._base import escape

__all__ = ["InspectTree", "inspect_widget", "matching_paths", "render_tree"]


def _walk(data: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(data, Mapping):
        for key, value in data.items():
            yield from _walk(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _walk(value, f"{path}[{i}]")
    else:
        yield path, data


def matching_paths(data: Any, query: str) -> list[str]:
    """Dotted paths whose key or value contains ``query`` (case-insensitive).

    >>> matching_paths({"State": {"Status": "running", "Pid": 42}, "Name": "/web"}, "run")
    ['State.Status']
    >>> matching_paths({"Config": {"Env": ["A=1", "PATH=/bin"]}}, "path")
    ['Config.Env[1]']
    """
    q = query.lower()
    return [p for p, v in _walk(data) if q in p.lower() or q in json.dumps(v).lower()]


def _mark(text: str, query: str) -> str:
    """Escape ``text`` and highlight the first occurrence of ``query`` in it."""
    at = text.lower().find(query.lower()) if query else -1
    if at < 0:
        return escape(text)
    end = at + len(query)
    return f"{escape(text[:at])}<mark>{escape(text[at:end])}</mark>{escape(text[end:])}"


def _leaf(value: Any, query: str) -> str:
    text = _mark(json.dumps(value, ensure_ascii=False), query)
    return f"<span style='color:var(--jp-mirror-editor-string-color,#a31515)'>{text}</span>"


def render_tree(
    data: Any,
    query: str = "",
    *,
    open_levels: int = 1,
    _path: str = "",
    _depth: int = 0,
    _keep: set[str] | None = None,
) -> str:
    """HTML: nested ``<details>`` (collapsible without any JavaScript). With ``query``, only
    branches leading to a match are kept, opened, and the match is highlighted."""
    if _keep is None:
        _keep = set()
        if query:
            for path in matching_paths(data, query):
                parts = path.replace("[", ".[").split(".")
                _keep.update(
                    ".".join(parts[:i]).replace(".[", "[") for i in range(1, len(parts) + 1)
                )
    items = (
        list(data.items())
        if isinstance(data, Mapping)
        else [(f"[{i}]", v) for i, v in enumerate(data)]
    )
    rows = []
    for key, value in items:
        path = (
            f"{_path}{key}" if str(key).startswith("[") else f"{_path}.{key}" if _path else str(key)
        )
        if query and path not in _keep:
            continue
        label = _mark(str(key), query)
        if isinstance(value, Mapping | list) and value:
            is_open = bool(query) or _depth < open_levels
            size = (_("{n} keys") if isinstance(value, Mapping) else _("{n} items")).format(
                n=len(value)
            )
            inner = render_tree(
                value, query, open_levels=open_levels, _path=path, _depth=_depth + 1, _keep=_keep
            )
            rows.append(
                f"<details{' open' if is_open else ''}><summary><b>{label}</b> "
                f"<small>({size})</small></summary>{inner}</details>"
            )
        else:
            rows.append(f"<div><b>{label}</b>: {_leaf(value, query)}</div>")
    return (
        "<div style='margin-left:1.2em;font-family:var(--jp-code-font-family,monospace)'>"
        + "".join(rows)
        + "</div>"
    )


class InspectTree(w.VBox):
    """A container's or image's JSON as a tree; type in the search box to narrow it."""

    def __init__(self, name_or_id: str, *, client: docker.DockerClient | None = None) -> None:
        self.document = inspect(name_or_id, client=client)
        self.data = dict(self.document)
        self.search = w.Text(
            placeholder=_("search keys and values, e.g. IPAddress"),
            continuous_update=True,
            layout=w.Layout(width="320px"),
        )
        self.summary = w.HTML()
        self.tree = w.HTML(layout=w.Layout(max_height="420px", overflow="auto"))
        self.search.observe(lambda change: self.show(change["new"]), "value")
        super().__init__(
            [
                w.HTML(f"<code>$ {escape(self.document.command)}</code>"),
                w.HBox([self.search, self.summary]),
                self.tree,
            ]
        )
        self.show("")

    def show(self, query: str) -> list[str]:
        """Narrow the tree to ``query``; return the matching paths."""
        found = matching_paths(self.data, query) if query else []
        self.summary.value = (
            ("<small>" + escape(_("{n} matches").format(n=len(found))) + "</small>")
            if query
            else ""
        )
        self.tree.value = render_tree(self.data, query)
        return found

    def __repr__(self) -> str:
        return f"<inspect widget: $ {self.document.command}>"


def inspect_widget(name_or_id: str, *, client: docker.DockerClient | None = None) -> InspectTree:
    """``docker inspect NAME`` as a collapsible, searchable tree; ``.data`` is the JSON."""
    return InspectTree(name_or_id, client=client)
