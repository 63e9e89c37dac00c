"""``image_browser``: images, their layers (``docker history``) and a chart of layer sizes."""

from __future__ import annotations

from typing import Any

import docker
import ipywidgets as w

from ..commands import history, images
from ..errors import DockerlabError
from ..format import human_size
from ..i18n import _
from ..table import CliFrame
from ._base import error_html, escape

__all__ = ["ImageBrowser", "image_browser", "images_widget", "layer_chart"]


def layer_chart(layers: CliFrame, *, width: int = 360) -> str:
    """Pure: HTML bars, one per layer (oldest at the bottom, as a Dockerfile builds), scaled
    to the largest; empty layers (``0B``, metadata only) show as a thin line."""
    sizes = [int(s) for s in layers["size"].tolist()]
    biggest = max(sizes, default=0) or 1
    rows = []
    for size, made_by in zip(sizes, layers["created_by"].tolist(), strict=True):
        bar = max(1, round(width * size / biggest)) if size else 1
        colour = "var(--jp-brand-color1,#1976d2)" if size else "var(--jp-border-color1,#bbb)"
        label = escape(made_by.replace("/bin/sh -c #(nop) ", "")[:70])
        rows.append(
            "<div style='display:flex;align-items:center;gap:8px;margin:1px 0'>"
            f"<div style='width:{width}px'><div style='width:{bar}px;height:12px;"
            f"background:{colour}'></div></div>"
            f"<code style='width:70px;text-align:right'>{human_size(size)}</code>"
            f"<small>{label}</small></div>"
        )
    return "".join(rows)


class ImageBrowser(w.VBox):
    """Pick an image; see its layers as ``docker history`` prints them, and their sizes."""

    def __init__(
        self, filters: dict[str, Any] | None = None, *, client: docker.DockerClient | None = None
    ) -> None:
        self._client = client
        self.frame = images(filters=filters, client=client)
        tagged = self.frame[self.frame["REPOSITORY"] != "<none>"]
        options = [f"{r}:{t}" for r, t in zip(tagged["REPOSITORY"], tagged["TAG"], strict=True)]
        self.picker = w.Dropdown(
            options=options, description=_("image"), layout=w.Layout(width="420px")
        )
        self.table = w.HTML()
        self.chart = w.HTML()
        self.error_view = w.HTML()
        self.layers: CliFrame | None = None
        self.picker.observe(self._picked, "value")
        super().__init__(
            [
                w.HTML(self.frame._repr_html_()),
                self.picker,
                self.table,
                w.HTML(escape(_("Layer sizes (newest on top)"))),
                self.chart,
                self.error_view,
            ]
        )
        if options:
            self.show(options[0])

    def _picked(self, change: dict[str, str]) -> None:
        try:
            self.show(change["new"])
            self.error_view.value = ""
        except DockerlabError as exc:  # removed since the listing, the Engine away...
            self.error_view.value = error_html(exc)

    def show(self, reference: str) -> CliFrame:
        """Show (and return) the layers of ``reference``."""
        self.layers = history(reference, client=self._client)
        self.table.value = self.layers._repr_html_() or ""
        self.chart.value = layer_chart(self.layers)
        return self.layers

    def __repr__(self) -> str:
        return f"<image browser: {len(self.picker.options)} images>"


def images_widget(
    filters: dict[str, Any] | None = None, *, client: docker.DockerClient | None = None
) -> ImageBrowser:
    """Browse images (``filters`` as ``docker images --filter``) and their layers."""
    return ImageBrowser(filters, client=client)


#: The name of earlier versions (kept: notebooks use it).
image_browser = images_widget
