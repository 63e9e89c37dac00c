"""The instructor's page, served by the hub at ``/services/classroom/`` (admins only): the
same table as ``dockerlab classroom status``, and a "new engine" button per learner.

The hub starts it (``c.JupyterHub.services`` in ``classroom/jupyterhub_config.py``) with the
class's settings in its environment; login is the hub's own (OAuth).
"""

from __future__ import annotations

import asyncio
import html
import os
import secrets
from pathlib import Path
from urllib.parse import quote, urlparse

from ..i18n import _
from ..settings import value as setting

__all__ = ["main", "page"]


def page(table_html: str, names: list[str], xsrf: str, message: str = "") -> str:
    """Pure: the page around the status table.

    >>> "reset" in page("<table></table>", ["learner01"], "<input>")
    True
    """
    title = html.escape(_("The class"))
    tip = html.escape(_("a new, empty engine; files stay"))
    buttons = "".join(
        f"<form method='post' action='reset' style='display:inline'>{xsrf}"
        f"<input type='hidden' name='name' value='{html.escape(n)}'>"
        f"<button title='{tip}'>{html.escape(label.format(name=n))}</button></form> "
        for n in names
        for label in [_("new engine for {name}")]
    )
    note = f"<p><b>{html.escape(message)}</b></p>" if message else ""
    wedged = html.escape(_("A wedged engine"))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><meta http-equiv='refresh' "
        f"content='30'><title>{title}</title></head>"
        f"<body style='font-family:sans-serif'><h1>{title}</h1>"
        f"{note}{table_html}<h2>{wedged}</h2>{buttons}"
        f"</body></html>"
    )


def main() -> None:
    from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
    from jupyterhub.utils import url_path_join
    from tornado.ioloop import IOLoop
    from tornado.web import Application, RequestHandler, authenticated

    from ..client import connect
    from .state import load
    from .status import reset_engine, status

    found = load(Path(setting("DOCKERLAB_CLASSROOM_STATE")))
    if found is None:
        raise SystemExit("dockerlab.classroom.service: no class in DOCKERLAB_CLASSROOM_STATE")
    settings = found
    api = connect().api
    prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]

    class Page(HubOAuthenticated, RequestHandler):
        @authenticated
        async def get(self) -> None:
            table = await asyncio.to_thread(status, api, settings)
            names = [
                str(n) for n, s in zip(table["name"], table["server"], strict=True) if s == "ready"
            ]
            self.write(
                page(
                    table._repr_html_() or "",
                    names,
                    self.xsrf_form_html(),
                    self.get_argument("done", ""),
                )
            )

    class Reset(HubOAuthenticated, RequestHandler):
        @authenticated
        async def post(self) -> None:
            name = self.get_argument("name")
            await asyncio.to_thread(reset_engine, api, settings, name)
            done = _("{name} has a new engine; their files are untouched").format(name=name)
            self.redirect(url_path_join(prefix, "?done=") + quote(done))

    app = Application(
        [
            (prefix, Page),
            (url_path_join(prefix, "reset"), Reset),
            (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
        ],
        cookie_secret=secrets.token_bytes(32),
        xsrf_cookies=True,
    )
    where = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    app.listen(where.port or 80, where.hostname or "127.0.0.1")
    IOLoop.current().start()


if __name__ == "__main__":
    main()
