"""The ``dockerlab`` command: ``doctor``, ``progress``, ``cleanup``/``reset`` a notebook, and
``kit up | status | down | save FILE | load FILE``.

It speaks the learner's language (``DOCKERLAB_LANG``, else the locale), and a failure of the
Engine or of the input is a message and a hint on stderr and a non-zero exit, never a Python
traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence

from ._version import __version__
from .engine import ENGINE_FAILURES, translate
from .errors import DockerlabError
from .i18n import N_, _

__all__ = ["main"]

#: argparse's own words, shown in the learner's language too (argparse looks ``_`` up in its
#: module at call time; :func:`main` points it at dockerlab's catalogue while it runs)
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("not allowed with argument %s"),
    N_("%(prog)s: error: %(message)s\n"),
)


def _say(message: str) -> None:
    print(f"dockerlab: {message}", file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dockerlab", description=_("The dockerlab course's command line.")
    )
    parser.add_argument("--version", action="version", version=f"dockerlab {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=_("log what is tolerated along the way")
    )
    sub = parser.add_subparsers(dest="command", required=True)
    doctor = sub.add_parser("doctor", help=_("check that this machine is ready for the course"))
    doctor.add_argument("--port", type=int, help=_("the kit registry's port (default 5000)"))
    progress = sub.add_parser("progress", help=_("every exercise of the course and its state"))
    progress.add_argument("section", nargs="?", help=_("only this notebook (e.g. 07)"))
    for name, text in (
        ("cleanup", _("remove what a notebook's lessons created (nbNN-…)")),
        (
            "reset",
            _(
                "remove a notebook's lessons and your exercise work for it "
                "(nbNN-…, exNN-…), to start it again"
            ),
        ),
    ):
        one = sub.add_parser(name, help=text)
        which = one.add_mutually_exclusive_group(required=True)
        which.add_argument("section", nargs="?", help=_("the notebook's number, e.g. 07"))
        which.add_argument("--all", action="store_true", help=_("every notebook"))
    kit = sub.add_parser("kit", help=_("the course kit: images and a local registry"))
    ksub = kit.add_subparsers(dest="action", required=True)
    up = ksub.add_parser("up", help=_("build the kit's images and start its registry"))
    up.add_argument(
        "--port",
        type=int,
        help=_("registry port on 127.0.0.1 (default 5000, or DOCKERLAB_REGISTRY_PORT)"),
    )
    up.add_argument(
        "--busybox",
        metavar="PATH",
        help=_("a static busybox to build the base image from (default /bin/busybox)"),
    )
    up.add_argument(
        "--offline",
        action="store_true",
        default=None,
        help=_("never try Docker Hub (also DOCKERLAB_OFFLINE=1)"),
    )
    up.add_argument(
        "--all",
        action="store_true",
        dest="all_images",
        help=_("the optional images too (Part 2's python base)"),
    )
    status = ksub.add_parser("status", help=_("show what of the kit is there"))
    status.add_argument("--port", type=int)
    ksub.add_parser("down", help=_("remove everything the course and the kit created"))
    ksub.add_parser(
        "fetch",
        help=_(
            "download what `kit up` needs (needs the network, not an Engine): the python "
            "image's Debian root file system"
        ),
    )
    save = ksub.add_parser("save", help=_("write the kit's images to one tarball"))
    save.add_argument("file")
    load = ksub.add_parser("load", help=_("load a tarball written by `kit save`"))
    load.add_argument("file")
    from .classroom.cli import add_parser as add_classroom

    add_classroom(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
    from . import kit
    from .doctor import doctor, verdict

    if args.command == "classroom":
        from .classroom.cli import run as classroom

        return classroom(args)
    if args.command == "doctor":
        report = doctor(port=args.port)
        print(report.to_cli())
        _say(verdict(report))
        required = report[report["required"]]
        return 0 if bool(required["ok"].all()) else 1
    if args.command == "progress":
        from .exercises import progress

        table = progress(args.section)
        print(table.to_cli())
        done = int(table["passed"].sum())
        _say(_("{done} of {total} exercises done").format(done=done, total=len(table)))
        return 0
    if args.command in ("cleanup", "reset"):
        section = None if args.all else args.section
        removed = kit.cleanup(section, exercises=args.command == "reset")
        print(removed.to_cli() if len(removed) else _("nothing to remove"))
        return 0
    if args.action == "up":
        start = time.monotonic()
        status = kit.up(
            port=args.port,
            busybox=args.busybox,
            offline=args.offline,
            progress=_say,
            all_images=args.all_images,
        )
        print(status.to_cli())
        _say(_("kit ready in {seconds} s").format(seconds=f"{time.monotonic() - start:.1f}"))
        return 0 if bool(status["ok"].all()) else 1
    if args.action == "status":
        status = kit.status(port=args.port)
        print(status.to_cli())
        return 0 if bool(status["ok"].all()) else 1
    if args.action == "down":
        removed = kit.down()
        print(removed.to_cli() if len(removed) else _("nothing to remove"))
        return 0
    if args.action == "fetch":
        paths = kit.fetch()
        print("\n".join(str(p) for p in paths) or _("mmdebstrap is not installed here"))
        return 0 if paths else 1
    if args.action == "save":
        path = kit.save(args.file)
        _say(
            _(
                "saved the kit to {path} ({size} MB); on the offline machine: dockerlab kit "
                "load {name} && dockerlab kit up"
            ).format(path=path, size=f"{path.stat().st_size / 1e6:.1f}", name=path.name)
        )
        return 0
    if args.action == "load":
        tags = kit.load(args.file)
        _say(
            _("loaded {tags}; now run: dockerlab kit up").format(
                tags=", ".join(tags) or _("nothing of the kit")
            )
        )
        return 0
    return 2  # pragma: no cover - argparse rejects other commands


def main(argv: Sequence[str] | None = None) -> int:
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = _  # type: ignore[attr-defined]
    try:
        return _main(argv)
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        format="dockerlab: %(levelname)s: %(message)s",
        level=logging.INFO if args.verbose else logging.WARNING,
    )
    try:
        return _run(args)
    except DockerlabError as exc:
        print(_("dockerlab: error: {error}").format(error=exc), file=sys.stderr)
        return 1
    except ENGINE_FAILURES as exc:  # an Engine call that bypassed the adapter: still no trace
        print(_("dockerlab: error: {error}").format(error=translate(exc)), file=sys.stderr)
        return 1
    except OSError as exc:  # a file to save to or load from
        print(_("dockerlab: error: {error}").format(error=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
