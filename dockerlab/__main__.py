"""The ``dockerlab`` command: ``doctor``, ``progress``, ``cleanup``/``reset`` a notebook, and
``kit up | status | down | save FILE | load FILE``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from .errors import DockerlabError
from .i18n import _

__all__ = ["main"]


def _say(message: str) -> None:
    print(f"dockerlab: {message}", file=sys.stderr, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dockerlab", description="The dockerlab course's command line.")
    sub = parser.add_subparsers(dest="command", required=True)
    doctor = sub.add_parser("doctor", help="check that this machine is ready for the course")
    doctor.add_argument("--port", type=int, help="the kit registry's port (default 5000)")
    progress = sub.add_parser("progress", help="every exercise of the course and its state")
    progress.add_argument("section", nargs="?", help="only this notebook (e.g. 07)")
    for name, text in (("cleanup", "remove what a notebook's lessons created (nbNN-…)"),
                       ("reset", "remove a notebook's lessons and your exercise work for it "
                                 "(nbNN-…, exNN-…), to start it again")):
        one = sub.add_parser(name, help=text)
        which = one.add_mutually_exclusive_group(required=True)
        which.add_argument("section", nargs="?", help="the notebook's number, e.g. 07")
        which.add_argument("--all", action="store_true", help="every notebook")
    kit = sub.add_parser("kit", help="the course kit: images and a local registry")
    ksub = kit.add_subparsers(dest="action", required=True)
    up = ksub.add_parser("up", help="build the kit's images and start its registry")
    up.add_argument("--port", type=int,
                    help="registry port on 127.0.0.1 (default 5000, or DOCKERLAB_REGISTRY_PORT)")
    up.add_argument("--busybox", metavar="PATH",
                    help="a static busybox to build the base image from (default /bin/busybox)")
    up.add_argument("--offline", action="store_true", default=None,
                    help="never try Docker Hub (also DOCKERLAB_OFFLINE=1)")
    up.add_argument("--all", action="store_true", dest="all_images",
                    help="the optional images too (Part 2's python base)")
    status = ksub.add_parser("status", help="show what of the kit is there")
    status.add_argument("--port", type=int)
    ksub.add_parser("down", help="remove everything the course and the kit created")
    ksub.add_parser("fetch", help="download what `kit up` needs (needs the network, not an "
                                  "Engine): the python image's Debian root file system")
    save = ksub.add_parser("save", help="write the kit's images to one tarball")
    save.add_argument("file")
    load = ksub.add_parser("load", help="load a tarball written by `kit save`")
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
        status = kit.up(port=args.port, busybox=args.busybox, offline=args.offline,
                        progress=_say, all_images=args.all_images)
        print(status.to_cli())
        _say(f"kit ready in {time.monotonic() - start:.1f} s")
        return 0 if bool(status["ok"].all()) else 1
    if args.action == "status":
        status = kit.status(port=args.port)
        print(status.to_cli())
        return 0 if bool(status["ok"].all()) else 1
    if args.action == "down":
        removed = kit.down()
        print(removed.to_cli() if len(removed) else "nothing to remove")
        return 0
    if args.action == "fetch":
        paths = kit.fetch()
        print("\n".join(str(p) for p in paths) or "mmdebstrap is not installed here")
        return 0 if paths else 1
    if args.action == "save":
        path = kit.save(args.file)
        _say(f"saved the kit to {path} ({path.stat().st_size / 1e6:.1f} MB); on the offline "
             f"machine: dockerlab kit load {path.name} && dockerlab kit up")
        return 0
    if args.action == "load":
        tags = kit.load(args.file)
        _say(f"loaded {', '.join(tags) or 'nothing of the kit'}; now run: dockerlab kit up")
        return 0
    return 2  # pragma: no cover - argparse rejects other commands


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DockerlabError as exc:
        print(f"dockerlab: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
