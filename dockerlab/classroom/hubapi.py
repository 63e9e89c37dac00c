"""A small client for JupyterHub's REST API (``/hub/api``), with a timeout on every call."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from ..errors import DockerlabError
from ..i18n import _

__all__ = ["HubAPI"]


class HubAPI:
    """``HubAPI("http://127.0.0.1:8000", token)``: calls through the proxy, as a browser."""

    def __init__(self, base: str, token: str, timeout: float = 30.0) -> None:
        self.base = base.rstrip("/")
        self.token = token
        self.timeout = timeout

    def call(self, method: str, path: str, body: Any = None) -> Any:
        """One request; the decoded JSON answer (None for an empty one)."""
        url = f"{self.base}/hub/api{path}"
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            url,
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")[:300]
            raise DockerlabError(
                _("the hub answered {method} {path} with HTTP {code}: {detail}").format(
                    method=method, path=path, code=exc.code, detail=detail
                ),
                subject=path,
                hint=_("see the hub's log: dockerlab classroom status shows where it is"),
            ) from exc
        except (OSError, urllib.error.URLError) as exc:
            raise DockerlabError(
                _("the hub at {url} does not answer: {reason}").format(
                    url=self.base, reason=getattr(exc, "reason", exc)
                ),
                subject=self.base,
                hint=_("start it with `dockerlab classroom up`"),
            ) from exc
        return json.loads(raw) if raw.strip() else None

    def users(self) -> list[dict[str, Any]]:
        return list(self.call("GET", "/users") or [])

    def user(self, name: str) -> dict[str, Any]:
        return dict(self.call("GET", f"/users/{urllib.parse.quote(name)}") or {})

    def start(self, name: str) -> None:
        """Ask for the user's server (202: it is starting; 400: it is already running)."""
        try:
            self.call("POST", f"/users/{urllib.parse.quote(name)}/server")
        except DockerlabError as exc:
            if "HTTP 400" not in exc.message:
                raise

    def stop(self, name: str) -> None:
        try:
            self.call("DELETE", f"/users/{urllib.parse.quote(name)}/server")
        except DockerlabError as exc:
            if "HTTP 400" not in exc.message:  # not running
                raise

    def wait(self, name: str, *, ready: bool, timeout: float = 180.0) -> float:
        """Wait until the user's server is ready (or gone); return the seconds it took."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            server = (self.user(name).get("servers") or {}).get("")
            if ready and server and server.get("ready"):
                return time.monotonic() - start
            if not ready and not server:
                return time.monotonic() - start
            time.sleep(0.25)
        state = _("ready") if ready else _("stopped")
        raise DockerlabError(
            _("{name}'s server was not {state} within {s:.0f} s").format(
                name=name, state=state, s=timeout
            ),
            subject=name,
            hint=_("see the hub's log, and `docker logs dockerlab-classroom-{name}`").format(
                name=name
            ),
        )
