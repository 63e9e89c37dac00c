"""The ``dockerlab classroom`` commands: build the learner image, run the class, watch it.

dockerlab classroom build                 the learner image, offline from Debian's archive
dockerlab classroom save FILE | load FILE  the image for an offline host
dockerlab classroom up --learners N [--spawn] [--bind IP]
dockerlab classroom spawn [NAME...]       start servers before the session (pre-spawn)
dockerlab classroom status                every learner: server, engine, exercises, activity
dockerlab classroom reset NAME            a new engine for NAME; their files stay
dockerlab classroom down [--keep-homes]   stop everything and remove it
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from ..errors import DockerlabError
from ..i18n import _
from . import dind
from .recipe import IMAGE
from .state import default_state, load

__all__ = ["add_parser", "run"]


def _say(message: str) -> None:
    print(f"dockerlab: {message}", file=sys.stderr, flush=True)


def add_parser(sub: Any) -> argparse.ArgumentParser:
    """Add ``classroom`` to the ``dockerlab`` command's subparsers."""
    parser = sub.add_parser(
        "classroom", help="a JupyterHub where every learner has their own Docker Engine"
    )
    parser.add_argument(
        "--state",
        type=Path,
        default=None,
        help="where the running class keeps its settings "
        "(default ~/.local/state/dockerlab/classroom)",
    )
    csub = parser.add_subparsers(dest="classroom_action", required=True)
    build = csub.add_parser("build", help="build the learner image offline from Debian")
    build.add_argument("--suite", default="bookworm")
    build.add_argument("--mirror", help="the Debian archive (default: apt's configuration)")
    build.add_argument("--wheelhouse", help="a folder of wheels made elsewhere (offline host)")
    build.add_argument("--tag", default=IMAGE)
    save = csub.add_parser("save", help="write the learner image to one tarball")
    save.add_argument("file")
    load_ = csub.add_parser("load", help="load a tarball written by `classroom save`")
    load_.add_argument("file")
    up = csub.add_parser("up", help="start the hub")
    up.add_argument("--learners", type=int, required=True, help="how many learners")
    up.add_argument(
        "--bind",
        default="127.0.0.1",
        help="the address browsers use (default 127.0.0.1; the room's address to serve a room)",
    )
    up.add_argument("--port", type=int, help="the hub's port (default 8000, else a free one)")
    up.add_argument("--password", help="the learners' shared password (default: made up)")
    up.add_argument("--spawn", action="store_true", help="start every learner's server now")
    up.add_argument("--image", default=IMAGE)
    up.add_argument(
        "--dind", choices=dind.MODES, help="how learner engines run (default: what this host needs)"
    )
    up.add_argument("--memory", default="2G", help="memory limit per learner (default 2G)")
    up.add_argument("--cpus", type=float, default=1.0, help="CPU limit per learner")
    up.add_argument("--pids", type=int, default=2048, help="process limit per learner")
    up.add_argument(
        "--cull-idle",
        type=int,
        default=3600,
        help="stop servers idle this many seconds (default 3600)",
    )
    up.add_argument("--en", action="store_true", help="open the English edition")
    spawn = csub.add_parser("spawn", help="start learners' servers (all by default)")
    spawn.add_argument("names", nargs="*")
    csub.add_parser("status", help="every learner's server, engine, exercises, activity")
    reset = csub.add_parser("reset", help="a new, empty engine for one learner; files stay")
    reset.add_argument("name")
    down = csub.add_parser("down", help="stop the hub and remove every learner's resources")
    down.add_argument("--keep-homes", action="store_true", help="keep the learners' files")
    return parser


def _api() -> Any:
    from ..client import connect

    return connect().api


def _running(state: Path) -> Any:
    settings = load(state)
    if settings is None:
        raise DockerlabError(
            _("no class is running from {state}").format(state=state),
            subject=str(state),
            hint=_("dockerlab classroom up --learners N"),
        )
    return settings


def _up(args: argparse.Namespace, state: Path) -> int:
    from .hub import prespawn, up

    settings = up(
        _api(),
        learners=args.learners,
        state=state,
        bind=args.bind,
        port=args.port,
        image=args.image,
        mode=args.dind,
        password=args.password,
        memory=args.memory,
        cpus=args.cpus,
        pids=args.pids,
        cull_idle=args.cull_idle,
        language="en" if args.en else "zh",
        progress=_say,
    )
    print(_("The class is up at {url}").format(url=settings.url))
    print(
        _("  learners:   {names}, password {password}").format(
            names=", ".join(settings.learners), password=settings.password
        )
    )
    print(
        _(
            "  instructor: {name}, password {password} (admin: {url}/hub/admin, "
            "{url}/services/classroom/)"
        ).format(name=settings.instructor, password=settings.admin_password, url=settings.url)
    )
    print(_("  settings and secrets: {path}").format(path=Path(settings.state) / "classroom.json"))
    if args.spawn:
        prespawn(settings, progress=_say)
    return 0


def _run(args: argparse.Namespace) -> int:
    state = (args.state or default_state()).expanduser()
    action = args.classroom_action
    if action == "build":
        from .image import build

        result = build(
            _api(),
            suite=args.suite,
            mirror=args.mirror,
            wheelhouse=args.wheelhouse,
            tag=args.tag,
            progress=_say,
        )
        steps = ", ".join(f"{k} {v:.0f} s" for k, v in result["seconds"].items())
        print(
            _("built {tag} ({size:.0f} MB): {steps}").format(
                tag=result["tag"], size=result["size"] / 1e6, steps=steps
            )
        )
        return 0
    if action == "save":
        from .image import save_image

        path = save_image(_api(), args.file)
        print(
            _(
                "saved {tag} to {path} ({size:.0f} MB); on the offline host: dockerlab "
                "classroom load {name}"
            ).format(tag=IMAGE, path=path, size=path.stat().st_size / 1e6, name=path.name)
        )
        return 0
    if action == "load":
        from .image import load_image

        print(_("loaded {tags}").format(tags=", ".join(load_image(_api(), args.file)) or "-"))
        return 0
    if action == "up":
        return _up(args, state)
    if action == "spawn":
        from .hub import prespawn

        took = prespawn(_running(state), args.names or None, progress=_say)
        print(_("{n} servers ready").format(n=len(took)))
        return 0
    if action == "status":
        from .status import status

        settings = _running(state)
        print(_("The class at {url}:").format(url=settings.url))
        print(status(_api(), settings).to_cli())
        return 0
    if action == "reset":
        from .status import reset_engine

        start = time.monotonic()
        restarted = reset_engine(_api(), _running(state), args.name)
        print(
            _("{name} has a new engine ({s:.0f} s); their files are untouched{more}").format(
                name=args.name,
                s=time.monotonic() - start,
                more=_(", and their server is up again") if restarted else "",
            )
        )
        return 0
    if action == "down":
        from .hub import down

        removed = down(_api(), state, keep_homes=args.keep_homes, progress=_say)
        print(
            _("removed {c} containers, {v} volumes, {n} networks").format(
                c=len(removed["container"]), v=len(removed["volume"]), n=len(removed["network"])
            )
        )
        return 0
    return 2  # pragma: no cover - argparse rejects other actions


def run(args: argparse.Namespace) -> int:
    """Run a parsed ``dockerlab classroom`` command; return the exit status."""
    return _run(args)
