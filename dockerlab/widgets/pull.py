"""``pull``: ``docker pull`` with a progress bar per layer (download, then extract)."""

from __future__ import annotations

import threading
from typing import Any

import docker.errors
import ipywidgets as w
import pandas as pd

from ..client import resolve
from ..errors import DockerlabError, ImageNotFound, RegistryUnavailable
from ..format import human_size
from ..labels import repository_of
from ._base import RateLimit, Worker, escape

__all__ = ["PullProgress", "pull", "split_reference"]

_DOWNLOAD = {"Pulling fs layer": 0, "Waiting": 0, "Downloading": None, "Verifying Checksum": 1,
             "Download complete": 1}
_EXTRACT = {"Extracting": None, "Pull complete": 1, "Already exists": 1}


def split_reference(reference: str) -> tuple[str, str]:
    """(repository, tag) with the CLI's default tag.

    >>> split_reference("127.0.0.1:5000/dockerlab/web"), split_reference("busybox:1.36")
    (('127.0.0.1:5000/dockerlab/web', 'latest'), ('busybox', '1.36'))
    """
    repository = repository_of(reference)
    rest = reference[len(repository):]
    if rest.startswith("@"):
        return repository, rest[1:]
    return repository, rest[1:] if rest.startswith(":") else "latest"


class PullProgress(w.VBox):
    """Pulls in a background thread; one row per layer with a download and an extract bar."""

    def __init__(self, reference: str, *, client: Any = None) -> None:
        self._client = resolve(client)
        self.reference = reference
        self.repository, self.tag = split_reference(reference)
        self.command = f"docker pull {reference}"
        self.layer_state: dict[str, dict[str, Any]] = {}
        self.messages: list[str] = []
        self.error: DockerlabError | None = None
        self.done = threading.Event()
        self.limit = RateLimit(5)
        self.view = w.HTML()
        super().__init__([w.HTML(f"<code>$ {escape(self.command)}</code>"), self.view])
        self._worker = Worker(self._pull, "dockerlab-pull").start()

    def _pull(self, stop: threading.Event) -> None:
        try:
            for event in self._client.api.pull(self.repository, tag=self.tag, stream=True,
                                               decode=True):
                if stop.is_set():
                    break
                self._record(event)
                if self.limit.ready():
                    self.render()
        except docker.errors.NotFound:
            self.error = ImageNotFound(self.reference)
        except docker.errors.APIError as exc:
            self.error = self._translate(str(exc.explanation or exc))
        except DockerlabError as exc:
            self.error = exc
        finally:
            self.done.set()
            self.render()

    def _translate(self, text: str) -> DockerlabError:
        lowered = text.lower()
        if "not found" in lowered or "manifest unknown" in lowered:
            return ImageNotFound(self.reference, text.splitlines()[0])
        return RegistryUnavailable(self.repository.split("/")[0], text.splitlines()[0],
                                   "is the registry up? `dockerlab kit up` starts the kit's")

    def _record(self, event: dict[str, Any]) -> None:
        if "error" in event:
            raise self._translate(str(event["error"]))
        status, layer = event.get("status", ""), event.get("id")
        if not layer or layer == self.tag or status.startswith("Pulling from"):
            self.messages.append(f"{layer}: {status}" if layer else status)
            return
        state = self.layer_state.setdefault(layer, {"status": status, "download": 0.0,
                                                    "extract": 0.0, "total": 0})
        state["status"] = status
        detail = event.get("progressDetail") or {}
        fraction = (detail["current"] / detail["total"]
                    if detail.get("total") else None)
        if detail.get("total"):
            state["total"] = detail["total"]
        if status in _DOWNLOAD:
            state["download"] = _DOWNLOAD[status] if _DOWNLOAD[status] is not None else (
                fraction or state["download"])
        elif status in _EXTRACT:
            state["download"] = 1.0
            state["extract"] = _EXTRACT[status] if _EXTRACT[status] is not None else (
                fraction or state["extract"])

    @property
    def layers(self) -> pd.DataFrame:
        """One row per layer: its last status, download and extract fractions, size."""
        return pd.DataFrame([{"layer": k, **v} for k, v in self.layer_state.items()],
                            columns=["layer", "status", "download", "extract", "total"])

    def render(self) -> None:
        def bar(fraction: float, colour: str) -> str:
            return (f"<div style='width:120px;height:10px;background:var(--jp-layout-color3,"
                    f"#eee)'><div style='width:{round(120 * fraction)}px;height:10px;"
                    f"background:{colour}'></div></div>")

        rows = []
        for layer, s in self.layer_state.items():
            size = human_size(s["total"]) if s["total"] else ""
            rows.append(
                "<div style='display:flex;gap:8px;align-items:center;font-family:"
                f"var(--jp-code-font-family,monospace)'><span>{escape(layer)}</span>"
                f"{bar(s['download'], '#1976d2')}{bar(s['extract'], '#2e7d32')}"
                f"<span style='width:150px'>{escape(s['status'])}</span><span>{size}</span></div>")
        tail = [escape(m) for m in self.messages[-3:]]
        if self.error is not None:
            tail.append(f"<span style='color:#c62828'>{escape(str(self.error))}</span>")
        self.view.value = "".join(rows) + "<br>".join(tail)

    def wait(self, timeout: float | None = 120) -> Any:
        """Block until the pull ends; return the pulled image (a docker-py ``Image``)."""
        if not self.done.wait(timeout):
            raise DockerlabError(f"pulling {self.reference} is still running after {timeout} s",
                                 subject=self.reference, hint="wait longer, or check the network")
        if self.error is not None:
            raise self.error
        return self._client.images.get(f"{self.repository}:{self.tag}"
                                       if ":" not in self.tag else self.reference)

    def stop(self) -> None:
        """Stop following the pull's progress (the Engine finishes the pull regardless)."""
        self._worker.stop()

    def close(self) -> None:
        if hasattr(self, "_worker"):
            self.stop()
        super().close()

    def __repr__(self) -> str:
        return f"<pull widget: $ {self.command}>"


def pull(reference: str, *, client: Any = None) -> PullProgress:
    """``docker pull REFERENCE`` (``:latest`` when no tag) with per-layer progress bars.

    Returns the widget at once (display it to watch); ``.wait()`` returns the image.
    """
    return PullProgress(reference, client=client)
