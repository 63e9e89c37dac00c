"""``pull``: ``docker pull`` with a progress bar per layer (download, then extract)."""

from __future__ import annotations

import threading
from typing import Any

import docker
import ipywidgets as w
import pandas as pd
from docker.models.images import Image

from ..engine import Engine, Stream, explanation
from ..errors import DockerlabError, EngineError, ImageNotFound, RegistryUnavailable
from ..format import human_size
from ..i18n import _
from ..references import parse, split
from ._base import LiveWidget, RateLimit, escape

__all__ = ["PullProgress", "pull", "pull_widget", "split_reference"]

_DOWNLOAD = {
    "Pulling fs layer": 0,
    "Waiting": 0,
    "Downloading": None,
    "Verifying Checksum": 1,
    "Download complete": 1,
}
_EXTRACT = {"Extracting": None, "Pull complete": 1, "Already exists": 1}


def split_reference(reference: str) -> tuple[str, str]:
    """(repository, tag) with the CLI's default tag (:func:`dockerlab.references.split`).

    >>> split_reference("127.0.0.1:5000/dockerlab/web"), split_reference("busybox:1.36")
    (('127.0.0.1:5000/dockerlab/web', 'latest'), ('busybox', '1.36'))
    """
    return split(reference)


class PullProgress(LiveWidget):
    """Pulls in a background thread; one row per layer with a download and an extract bar."""

    def __init__(self, reference: str, *, client: docker.DockerClient | None = None) -> None:
        parse(reference)  # a bad reference fails here, named, before any thread starts
        self._engine = Engine.of(client)
        self.reference = reference
        self.repository, self.tag = split_reference(reference)
        self.layer_state: dict[str, dict[str, Any]] = {}
        self.messages: list[str] = []
        self.done = threading.Event()
        self.limit = RateLimit(5)
        self.view = w.HTML()
        self._stream: Stream | None = None
        super().__init__(f"docker pull {reference}", [self.view])
        self._worker = self._start(self._pull, "dockerlab-pull")

    def _pull(self, stop: threading.Event) -> None:
        try:
            self._stream = self._engine.pull(self.repository, self.tag)
            for event in self._stream.events():
                if stop.is_set():
                    break
                self._record(event)
                if self.limit.ready():
                    self.render()
        except EngineError as exc:
            self.error = self._translate(explanation(exc.__cause__ or exc), exc)
        except DockerlabError as exc:
            self.error = exc
        finally:
            if self._stream is not None:
                self._stream.close()
            self.done.set()
            self.render()

    def _translate(self, text: str, cause: BaseException | None = None) -> DockerlabError:
        lowered = text.lower()
        error: DockerlabError
        if "not found" in lowered or "manifest unknown" in lowered:
            error = ImageNotFound(self.reference, text.splitlines()[0])
        else:
            error = RegistryUnavailable(
                self.repository.split("/")[0],
                text.splitlines()[0],
                _("is the registry up? `dockerlab kit up` starts the course's"),
            )
        if cause is not None:
            error.status_code = getattr(cause, "status_code", None)
            error.__cause__ = cause
        return error

    def _record(self, event: dict[str, Any]) -> None:
        if "error" in event:
            raise self._translate(str(event["error"]))
        status, layer = event.get("status", ""), event.get("id")
        if not layer or layer == self.tag or status.startswith("Pulling from"):
            self.messages.append(f"{layer}: {status}" if layer else status)
            return
        state = self.layer_state.setdefault(
            layer, {"status": status, "download": 0.0, "extract": 0.0, "total": 0}
        )
        state["status"] = status
        detail = event.get("progressDetail") or {}
        fraction = detail["current"] / detail["total"] if detail.get("total") else None
        if detail.get("total"):
            state["total"] = detail["total"]
        if status in _DOWNLOAD:
            state["download"] = (
                _DOWNLOAD[status]
                if _DOWNLOAD[status] is not None
                else (fraction or state["download"])
            )
        elif status in _EXTRACT:
            state["download"] = 1.0
            state["extract"] = (
                _EXTRACT[status] if _EXTRACT[status] is not None else (fraction or state["extract"])
            )

    @property
    def layers(self) -> pd.DataFrame:
        """One row per layer: its last status, download and extract fractions, size."""
        return pd.DataFrame(
            [{"layer": k, **v} for k, v in self.layer_state.items()],
            columns=["layer", "status", "download", "extract", "total"],
        )

    def render(self) -> None:
        def bar(fraction: float, colour: str) -> str:
            return (
                f"<div style='width:120px;height:10px;background:var(--jp-layout-color3,"
                f"#eee)'><div style='width:{round(120 * fraction)}px;height:10px;"
                f"background:{colour}'></div></div>"
            )

        rows = []
        for layer, s in self.layer_state.items():
            size = human_size(s["total"]) if s["total"] else ""
            rows.append(
                "<div style='display:flex;gap:8px;align-items:center;font-family:"
                f"var(--jp-code-font-family,monospace)'><span>{escape(layer)}</span>"
                f"{bar(s['download'], '#1976d2')}{bar(s['extract'], '#2e7d32')}"
                f"<span style='width:150px'>{escape(s['status'])}</span><span>{size}</span></div>"
            )
        tail = [escape(m) for m in self.messages[-3:]]
        self.view.value = "".join(rows) + "<br>".join(tail)
        if self.error is not None:
            self.show_error(self.error)

    def wait(self, timeout: float | None = 120) -> Image:  # type: ignore[override]
        """Block until the pull ends; return the pulled image (a docker-py ``Image``).

        Interrupting the kernel meanwhile stops the widget's stream (the Engine finishes
        the pull regardless)."""
        try:
            finished = self.done.wait(timeout)
        except KeyboardInterrupt:
            self.stop()
            raise
        if not finished:
            raise DockerlabError(
                _("pulling {reference} is still running after {timeout} s").format(
                    reference=self.reference, timeout=timeout
                ),
                subject=self.reference,
                hint=_("wait longer, or check the network"),
            )
        if self.error is not None:
            raise self.error
        return self._engine.image_model(
            f"{self.repository}:{self.tag}" if ":" not in self.tag else self.reference
        )

    def _release(self) -> None:
        """Stop following the pull's progress (the Engine finishes the pull regardless)."""
        if self._stream is not None:
            self._stream.close()

    def __repr__(self) -> str:
        return f"<pull widget: $ {self.command}>"


def pull_widget(reference: str, *, client: docker.DockerClient | None = None) -> PullProgress:
    """``docker pull REFERENCE`` (``:latest`` when no tag) with per-layer progress bars.

    Returns the widget at once (display it to watch); ``.wait()`` returns the image.
    """
    return PullProgress(reference, client=client)


#: The name of earlier versions (kept: notebooks use it).
pull = pull_widget
