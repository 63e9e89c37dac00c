"""The learner image's entrypoint (run as root under ``tini -g``).

1. Start the learner's own Docker Engine (``dockerd``) and wait for it to answer. When
   ``DOCKER_HOST`` names an engine already (Kubernetes: the pod's engine sidecar), wait for
   that one instead, and start no engine; the entrypoint then need not run as root.
2. Load the course kit from the image when the engine lacks it, then ``kit up``: the course
   registry starts on the learner's own ``127.0.0.1`` (the container's network namespace).
3. Put the course's notebooks in the learner's home (never over a notebook already there).
4. Become the learner and start the notebook server: ``jupyterhub-singleuser`` when a hub
   spawned this container (``JUPYTERHUB_API_TOKEN`` is set), else ``jupyter lab`` on port
   8888 (its token from ``JUPYTER_TOKEN``). Extra arguments go to the server.

Run as ``python -m dockerlab.classroom.entrypoint [SERVER-ARGS...]``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .. import settings
from ..errors import DockerlabError
from ..i18n import _
from .dind import cgroup_parent
from .recipe import LEARNER_UID

__all__ = ["course_files", "main", "server_command", "start_engine"]

SOCKET = "/var/run/docker.sock"
ENGINE_LOG = "/var/log/dockerd.log"
ENGINE_TIMEOUT = 60.0


def _say(message: str) -> None:
    print(f"dockerlab-entrypoint: {message}", file=sys.stderr, flush=True)


def start_engine(timeout: float = ENGINE_TIMEOUT) -> subprocess.Popen[bytes]:
    """Start ``dockerd`` below this container's own cgroup; return once it answers."""
    import docker

    argv = ["dockerd", "--host", f"unix://{SOCKET}"]
    parent = cgroup_parent(Path("/proc/self/cgroup").read_text())
    if parent:
        argv.append(f"--cgroup-parent={parent}")
    Path(SOCKET).unlink(missing_ok=True)
    Path("/var/run/docker.pid").unlink(missing_ok=True)
    with open(ENGINE_LOG, "ab") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if Path(SOCKET).exists():
            try:
                docker.DockerClient(base_url=f"unix://{SOCKET}", timeout=5).ping()
                return process
            except Exception:  # not answering yet
                pass
        time.sleep(0.1)
    tail = Path(ENGINE_LOG).read_text(errors="replace")[-1500:]
    raise DockerlabError(
        _("the learner's Docker Engine did not start: {tail}").format(tail=tail),
        subject="dockerd",
        hint=_(
            "run the container with --privileged, or with the recipe `dockerlab doctor` "
            "names for this host, and with a volume at /var/lib/docker"
        ),
    )


def prepare_kit() -> str:
    """Load the kit bundle into the engine if its images are missing; ``kit up``; return the
    registry's address."""
    from .. import kit

    status = kit.status()
    images = status[status["resource"] == "image"]
    bundle = settings.value("DOCKERLAB_KIT_BUNDLE")
    if not bool(images["ok"].all()) and bundle and Path(bundle).is_file():
        _say(_("loading the course kit from {path}").format(path=bundle))
        kit.load(bundle)
    kit.up(offline=True, progress=_say)
    return kit.registry()


def course_files(course: Path, home: Path) -> list[tuple[Path, Path]]:
    """Pure on paths: ``(source, target)`` for every course notebook the home lacks.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     course, home = Path(tmp, "c"), Path(tmp, "h")
    ...     (course / "zh").mkdir(parents=True); (home / "zh").mkdir(parents=True)
    ...     for name in ("07.ipynb", "08.ipynb"): _ = (course / "zh" / name).write_text("{}")
    ...     _ = (home / "zh" / "07.ipynb").write_text("mine")
    ...     [t.relative_to(home).as_posix() for _s, t in course_files(course, home)]
    ['zh/08.ipynb']
    """
    wanted = []
    for source in sorted(course.glob("*/*.ipynb")):
        target = home / source.parent.name / source.name
        if not target.exists():
            wanted.append((source, target))
    return wanted


def _copy_course(home: Path, owner: tuple[int, int] | None = None) -> None:
    for source, target in course_files(Path(settings.value("DOCKERLAB_COURSE")), home):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if owner:
            os.chown(target.parent, *owner)
            os.chown(target, *owner)


def _become_learner(home: Path) -> None:
    entry = pwd.getpwuid(LEARNER_UID)
    _copy_course(home, (entry.pw_uid, entry.pw_gid))
    os.chown(home, entry.pw_uid, entry.pw_gid)
    os.initgroups(entry.pw_name, entry.pw_gid)
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    os.environ.update(
        HOME=str(home), USER=entry.pw_name, LOGNAME=entry.pw_name, SHELL=entry.pw_shell
    )
    os.chdir(home)


def server_command(environ: dict[str, str], args: Sequence[str]) -> list[str]:
    """The notebook server to start: ``args`` when they name a command, else
    ``jupyterhub-singleuser`` under a hub or ``jupyter lab`` alone, with ``args`` as options.

    >>> server_command({"JUPYTERHUB_API_TOKEN": "t"}, [])
    ['jupyterhub-singleuser']
    >>> server_command({}, ["jupyterhub-singleuser", "--debug"])
    ['jupyterhub-singleuser', '--debug']
    >>> server_command({"DOCKERLAB_LANG": "en"}, ["--port", "9000"])[:3]
    ['jupyter', 'lab', '--ip=0.0.0.0']
    """
    if args and not args[0].startswith("-"):
        return list(args)
    if environ.get("JUPYTERHUB_API_TOKEN"):
        return ["jupyterhub-singleuser", *args]
    edition = "en" if settings.value("DOCKERLAB_LANG", environ).startswith("en") else "zh"
    return [
        "jupyter",
        "lab",
        "--ip=0.0.0.0",
        "--port=8888",
        "--no-browser",
        f"--ServerApp.default_url=/lab/tree/{edition}",
        *args,
    ]


def wait_engine(timeout: float = ENGINE_TIMEOUT) -> None:
    """Wait for the engine ``DOCKER_HOST`` names (a sidecar's) to answer."""
    from ..client import connect

    deadline = time.monotonic() + timeout
    while True:
        try:
            connect().ping()
            return
        except DockerlabError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    external = bool(os.environ.get("DOCKER_HOST"))
    if os.geteuid() != 0 and not external:
        _say(_("the entrypoint must start as root (it starts dockerd)"))
        return 1
    started = time.monotonic()
    try:
        wait_engine() if external else start_engine()
        _say(_("engine ready in {s:.1f} s").format(s=time.monotonic() - started))
        registry = prepare_kit()
    except DockerlabError as exc:
        _say(str(exc))
        return 1
    os.environ["REGISTRY"] = registry
    _say(
        _("kit ready, registry {registry}, {s:.1f} s after start").format(
            registry=registry, s=time.monotonic() - started
        )
    )
    if os.geteuid() == 0:
        _become_learner(Path(pwd.getpwuid(LEARNER_UID).pw_dir))
    else:  # already the learner (Kubernetes runs the pod's notebook container as uid 1000)
        _copy_course(Path.home())
    command = server_command(dict(os.environ), args)
    os.execvp(command[0], command)
    return 0  # pragma: no cover - execvp does not return


if __name__ == "__main__":
    sys.exit(main())
