"""``dockerlab classroom build | save | load``: the learner image, offline from Debian.

1. The base: ``mmdebstrap --variant=minbase`` from the Debian archive in apt's configuration,
   with the packages in ``classroom/image/packages``, then ``docker import``. Built once per
   package set (its tag carries their hash).
2. The wheelhouse: ``pip download --only-binary`` on the host, for the base image's own Python
   and glibc, into the cache (PyPI over TLS does not verify from inside a container, and an
   offline room needs the wheels anyway). ``--wheelhouse DIR``
   uses one made elsewhere.
3. The kit: built on the Engine as ``dockerlab kit up`` builds it, saved into the context.
4. ``docker build`` of ``classroom/image/Dockerfile``: nothing is downloaded inside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata as md
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..debian import apt_mirror, cli_plugins
from ..engine import Engine
from ..engine_errors import engine_errors
from ..errors import DockerlabError, NotFound
from ..i18n import _
from ..kit.build import ensure_images
from ..kit.bundle import save_bundle
from .recipe import (
    IMAGE,
    base_tag,
    cache_dir,
    image_requirements,
    parse_packages,
    recipe_dir,
    wheel_platforms,
)

__all__ = ["build", "build_base", "load_image", "make_wheelhouse", "save_image"]

Progress = Callable[[str], None]
#: Seconds mmdebstrap and pip may take before the build gives up.
MMDEBSTRAP_TIMEOUT = 1200
PIP_TIMEOUT = 1800


def _quiet(_: str) -> None:
    return None


def _image_id(api: Any, ref: str) -> str | None:
    try:
        with engine_errors("image", ref):
            return str(api.inspect_image(ref)["Id"])
    except NotFound:
        return None


def _image_exists(api: Any, ref: str) -> bool:
    return _image_id(api, ref) is not None


def build_base(
    api: Any,
    packages: list[str],
    *,
    suite: str = "bookworm",
    mirror: str | None = None,
    progress: Progress = _quiet,
) -> str:
    """Import a Debian ``suite`` root file system with ``packages``; return the tag."""
    tag = base_tag(packages, suite)
    if _image_exists(api, tag):
        return tag
    tool = shutil.which("mmdebstrap")
    if tool is None:
        raise DockerlabError(
            _("mmdebstrap is not installed"),
            subject="mmdebstrap",
            hint=_(
                "sudo apt-get install mmdebstrap (or load a built image "
                "with `dockerlab classroom load FILE`)"
            ),
        )
    source = mirror or apt_mirror()
    progress(
        _("making the base from {mirror} ({suite}): {packages}").format(
            mirror=source, suite=suite, packages=", ".join(packages)
        )
    )
    with tempfile.TemporaryDirectory(prefix="dockerlab-base-") as tmp:
        rootfs = Path(tmp) / "rootfs.tar"
        command = [
            tool,
            "--variant=minbase",
            "--include=" + ",".join(packages),
            '--aptopt=Acquire::Retries "3"',
            suite,
            str(rootfs),
            source,
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=MMDEBSTRAP_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise DockerlabError(
                _("mmdebstrap took longer than {s} s").format(s=MMDEBSTRAP_TIMEOUT),
                subject=source,
                hint=_("check that the Debian archive answers"),
            ) from exc
        if done.returncode:
            raise DockerlabError(
                _("mmdebstrap failed: {tail}").format(tail=done.stderr.strip()[-800:]),
                subject=source,
                hint=_(
                    "check that the Debian archive answers, or pass another one with --mirror URL"
                ),
            )
        repository, _sep, version = tag.partition(":")
        progress(_("importing the base as {tag}").format(tag=tag))
        api.import_image(
            src=str(rootfs), repository=repository, tag=version, changes=['CMD ["/bin/bash"]']
        )
    return tag


def requirements() -> list[str]:
    """The learner image's Python requirements (see :func:`recipe.image_requirements`)."""
    return image_requirements(md.requires("dockerlab") or [], md.version("jupyterhub"))


def image_python(api: Any, base: str) -> tuple[str, str, str]:
    """The base image's Python version, glibc version and machine, asked of the image."""
    script = (
        "import platform; print(platform.python_version(), platform.libc_ver()[1], "
        "platform.machine())"
    )
    created = api.create_container(base, ["python3", "-c", script])
    try:
        api.start(created["Id"])
        api.wait(created["Id"], timeout=60)
        words = api.logs(created["Id"]).decode().split()
    finally:
        api.remove_container(created["Id"], force=True)
    if len(words) != 3:
        raise DockerlabError(
            _("cannot tell the Python of {base}: {out}").format(base=base, out=" ".join(words)),
            subject=base,
            hint=_("the packages file must include python3"),
        )
    return words[0], words[1], words[2]


def make_wheelhouse(
    target: Path, wanted: list[str], python: tuple[str, str, str], progress: Progress = _quiet
) -> Path:
    """Wheels for ``wanted`` and all they need, for the image's ``python`` (version, glibc,
    machine), in ``target``; downloaded again only when any of them changes."""
    target.mkdir(parents=True, exist_ok=True)
    listing = "\n".join(wanted) + "\n"
    stamp = target / ".stamp"
    digest = hashlib.sha256((listing + " ".join(python)).encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return target
    progress(
        _("collecting wheels for Python {version} into {path}").format(
            version=python[0], path=target
        )
    )
    if stamp.exists():  # wheels for another Python or an older list
        for old in target.glob("*.whl"):
            old.unlink()
    (target / "requirements.txt").write_text(listing)
    platforms = [f"--platform={p}" for p in wheel_platforms(python[1], python[2])]
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--dest",
        str(target),
        "--only-binary=:all:",
        f"--python-version={python[0]}",
        "--implementation=cp",
        *platforms,
        "-r",
        str(target / "requirements.txt"),
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=PIP_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise DockerlabError(
            _("pip download took longer than {s} s").format(s=PIP_TIMEOUT),
            subject=str(target),
            hint=_("check that PyPI answers"),
        ) from exc
    if done.returncode:
        raise DockerlabError(
            _("pip download failed: {tail}").format(tail=done.stderr.strip()[-800:]),
            subject=str(target),
            hint=_(
                "check that PyPI answers, or pass a wheelhouse made elsewhere with --wheelhouse DIR"
            ),
        )
    stamp.write_text(digest)
    return target


def _copy_tree(source: Path, target: Path, ignore: Callable[..., Any] | None = None) -> None:
    shutil.copytree(source, target, ignore=ignore, dirs_exist_ok=True, copy_function=_link_or_copy)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _context(root: Path, wheels: Path, kit_tar: Path, recipe: Path) -> Path:
    """Fill the build context directory (see the Dockerfile's header)."""
    context = cache_dir() / "context"
    shutil.rmtree(context, ignore_errors=True)
    context.mkdir(parents=True)
    shutil.copy2(recipe / "image" / "Dockerfile", context / "Dockerfile")
    _copy_tree(wheels, context / "wheelhouse", shutil.ignore_patterns(".stamp"))
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        (context / "src").mkdir(exist_ok=True)
        shutil.copy2(root / name, context / "src" / name)
    _copy_tree(root / "dockerlab", context / "src" / "dockerlab", skip)
    notebooks = context / "notebooks"
    notebooks.mkdir()
    for edition in ("zh", "en"):
        (notebooks / edition).mkdir()
        for path in sorted((root / "notebooks" / edition).glob("*.ipynb")):
            shutil.copy2(path, notebooks / edition / path.name)
    sanitize = root / "notebooks" / "nbval-sanitize.cfg"
    if sanitize.exists():
        shutil.copy2(sanitize, notebooks / sanitize.name)
    _link_or_copy(str(kit_tar), str(context / "kit.tar"))
    return context


def _docker_build(api: Any, context: Path, base: str, tag: str, progress: Progress) -> str:
    log: list[str] = []
    try:
        with engine_errors("image", tag):
            for chunk in api.build(
                path=str(context),
                tag=tag,
                buildargs={"BASE": base},
                rm=True,
                forcerm=True,
                decode=True,
                timeout=PIP_TIMEOUT,
            ):
                if "error" in chunk:
                    raise DockerlabError(
                        _("building {tag} failed: {error}").format(
                            tag=tag, error=chunk["error"].strip()
                        ),
                        subject=tag,
                        hint="".join(log[-8:]).strip() or _("run the build again"),
                    )
                if text := chunk.get("stream", "").strip():
                    log.append(text + "\n")
                    if text.startswith("Step "):
                        progress(text)
    except DockerlabError as exc:
        if exc.subject == tag:  # the build's own message, above
            raise
        raise DockerlabError(
            _("building {tag} failed: {error}").format(tag=tag, error=exc.message),
            subject=tag,
            hint=_("check the Engine's disk space and run the build again"),
        ) from exc
    return str(api.inspect_image(tag)["Id"])


def build(
    api: Any,
    *,
    suite: str = "bookworm",
    mirror: str | None = None,
    wheelhouse: str | os.PathLike[str] | None = None,
    tag: str = IMAGE,
    progress: Progress = _quiet,
) -> dict[str, Any]:
    """Build the learner image; return what was made and how long each step took."""
    recipe = recipe_dir()
    root = recipe.parent
    timings: dict[str, float] = {}
    start = time.monotonic()
    packages = parse_packages((recipe / "image" / "packages").read_text())
    base = build_base(api, packages, suite=suite, mirror=mirror, progress=progress)
    timings["base"] = time.monotonic() - start
    start = time.monotonic()
    wheels = (
        Path(wheelhouse)
        if wheelhouse
        else make_wheelhouse(
            cache_dir() / "wheelhouse", requirements(), image_python(api, base), progress
        )
    )
    if not (wheels / "requirements.txt").is_file():
        raise DockerlabError(
            _("{path} has no requirements.txt").format(path=wheels),
            subject=str(wheels),
            hint=_("use a wheelhouse made by `dockerlab classroom build`"),
        )
    timings["wheelhouse"] = time.monotonic() - start
    start = time.monotonic()
    progress(_("building the course kit"))
    # the optional python image too: Part 2's notebooks need it, and the learner is offline
    ensure_images(Engine.of(api), offline=True, progress=progress, optional=True)
    kit_tar = cache_dir() / "kit.tar"
    kit_tar.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        kit_tar.unlink()  # a hard link in the last context must not be written through
    save_bundle(Engine.of(api), kit_tar)
    timings["kit"] = time.monotonic() - start
    start = time.monotonic()
    plugins = cli_plugins(cache_dir() / "plugins", mirror=mirror, progress=progress)
    context = _context(root, wheels, kit_tar, recipe)
    _copy_tree(plugins, context / "plugins")
    before = _image_id(api, tag)
    image_id = _docker_build(api, context, base, tag, progress)
    if before and before != image_id:  # the build it replaces, unless a container uses it
        with contextlib.suppress(DockerlabError), engine_errors("image", before):
            api.remove_image(before)
    timings["image"] = time.monotonic() - start
    size = int(api.inspect_image(image_id).get("Size") or 0)
    return {"tag": tag, "id": image_id, "base": base, "size": size, "seconds": timings}


def save_image(api: Any, path: str | os.PathLike[str], tag: str = IMAGE) -> Path:
    """``docker save`` the learner image to ``path`` (for an offline host)."""
    target = Path(path)
    if not _image_exists(api, tag):
        raise DockerlabError(
            _("there is no image {tag} to save").format(tag=tag),
            subject=tag,
            hint=_("build it first: dockerlab classroom build"),
        )
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        for chunk in api.get_image(tag, chunk_size=1 << 20):
            out.write(chunk)
    partial.replace(target)
    return target


def load_image(api: Any, path: str | os.PathLike[str]) -> list[str]:
    """``docker load`` a file written by :func:`save_image`; return the tags it held."""
    source = Path(path)
    if not source.is_file():
        raise DockerlabError(
            _("no such file: {path}").format(path=source),
            subject=str(source),
            hint=_("make it with `dockerlab classroom save FILE`"),
        )
    with source.open("rb") as data:
        result = api.load_image(data)
    return [
        line["stream"].split(":", 1)[1].strip()
        for line in result or []
        if isinstance(line, dict) and line.get("stream", "").startswith("Loaded image:")
    ]
