"""Host files the offline kit images are built from: a static busybox, the registry binary,
and a Debian root file system made with mmdebstrap from this machine's own apt mirror."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

from .. import settings
from ..debian import apt_mirror
from ..errors import BusyboxNotFound, DockerlabError, KitError
from ..i18n import _
from .spec import elf_interpreter

__all__ = [
    "BUSYBOX_CANDIDATES",
    "REGISTRY_CANDIDATES",
    "busybox_files",
    "registry_files",
    "rootfs_files",
]

log = logging.getLogger("dockerlab")

BUSYBOX_CANDIDATES = ("/bin/busybox", "/usr/bin/busybox", "/usr/local/bin/busybox")
REGISTRY_CANDIDATES = ("/usr/bin/docker-registry", "/usr/local/bin/registry", "/usr/bin/registry")


def _header(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(65536)


def check_static_busybox(path: Path) -> None:
    """Raise BusyboxNotFound unless ``path`` is a static ELF executable."""
    if not path.is_file():
        raise BusyboxNotFound(str(path), _("no such file"))
    try:
        interp = elf_interpreter(_header(path))
    except (ValueError, OSError) as exc:
        raise BusyboxNotFound(str(path), str(exc)) from exc
    if interp:
        raise BusyboxNotFound(
            str(path),
            _(
                "it is dynamically linked (needs {interp}), so it cannot run in an empty image"
            ).format(interp=interp),
        )


def busybox_files(explicit: str | os.PathLike[str] | None = None) -> dict[str, Path] | None:
    """Build-context files for the base image: ``{"busybox": PATH}``.

    ``explicit`` (``--busybox PATH``, or ``DOCKERLAB_BUSYBOX``) must be a static busybox.
    Otherwise the usual places are searched; None when there is none (the caller may then
    try Docker Hub).
    """
    chosen = explicit or settings.value("DOCKERLAB_BUSYBOX")
    if chosen:
        path = Path(chosen)
        check_static_busybox(path)
        return {"busybox": path}
    for candidate in BUSYBOX_CANDIDATES:
        path = Path(candidate)
        try:
            check_static_busybox(path)
        except BusyboxNotFound:
            continue
        return {"busybox": path}
    return None


_LDD = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x[0-9a-f]+\)")


def registry_files(explicit: str | os.PathLike[str] | None = None) -> dict[str, Path] | None:
    """Build-context files for the registry image: ``rootfs/bin/registry`` and every library
    it links, at their own paths under ``rootfs/``. None when there is no registry binary."""
    chosen = explicit or settings.value("DOCKERLAB_REGISTRY_BINARY")
    candidates = [chosen] if chosen else list(REGISTRY_CANDIDATES)
    binary = next((Path(c) for c in candidates if c and Path(c).is_file()), None)
    if binary is None:
        if chosen:
            raise KitError(
                _("no registry binary at {path}").format(path=chosen),
                subject=chosen,
                hint=_("install Debian's docker-registry or pass its path"),
            )
        return None
    files = {"rootfs/bin/registry": binary}
    try:
        interp = elf_interpreter(_header(binary))
    except ValueError as exc:
        raise KitError(
            f"{binary}: {exc}",
            subject=str(binary),
            hint=_("point DOCKERLAB_REGISTRY_BINARY to the registry executable"),
        ) from exc
    if interp:
        ldd = shutil.which("ldd")
        if not ldd:
            raise KitError(
                _("{path} is dynamically linked and there is no ldd to list its libraries").format(
                    path=binary
                ),
                subject=str(binary),
                hint=_("install libc-bin"),
            )
        out = subprocess.run([ldd, str(binary)], capture_output=True, text=True, check=False)
        for lib in _LDD.findall(out.stdout):
            real = Path(lib)
            files["rootfs" + lib] = real.resolve() if real.is_symlink() else real
    return files


ROOTFS_SUITE = "bookworm"
#: mmdebstrap's options: the smallest system that runs the packages, without documentation.
ROOTFS_OPTIONS = (
    "--variant=essential",
    "--dpkgopt=path-exclude=/usr/share/man/*",
    "--dpkgopt=path-exclude=/usr/share/doc/*",
    "--dpkgopt=path-exclude=/usr/share/locale/*",
    "--dpkgopt=path-exclude=/usr/share/info/*",
)
ROOTFS_TIMEOUT = 900.0


def rootfs_files(packages: list[str], cache: Path | None = None) -> dict[str, Path] | None:
    """Build-context files for an image made from a Debian root file system:
    ``{"rootfs.tar": PATH}``, built once with mmdebstrap and kept in the cache. None when this
    machine has no mmdebstrap or no Debian mirror (the caller may then try Docker Hub)."""
    tool = shutil.which("mmdebstrap")
    try:
        mirror: str | None = apt_mirror()
    except DockerlabError:
        mirror = None
    if tool is None or mirror is None:
        log.info("no mmdebstrap or no Debian mirror here: cannot build a root file system")
        return None
    key = hashlib.sha256(" ".join([ROOTFS_SUITE, *ROOTFS_OPTIONS, *sorted(packages)]).encode())
    folder = (
        cache
        or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dockerlab" / "rootfs"
    )
    target = folder / f"{ROOTFS_SUITE}-{key.hexdigest()[:12]}.tar"
    if target.is_file():
        return {"rootfs.tar": target}
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.stem + ".partial.tar")  # mmdebstrap reads the suffix
    command = [
        tool,
        "--quiet",
        *ROOTFS_OPTIONS,
        f"--include={','.join(packages)}",
        ROOTFS_SUITE,
        str(partial),
        mirror,
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=ROOTFS_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as exc:
        partial.unlink(missing_ok=True)
        raise KitError(
            f"mmdebstrap did not finish within {ROOTFS_TIMEOUT:.0f} s",
            subject=mirror,
            hint="check that the Debian mirror answers, then run `dockerlab kit up` again",
        ) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise KitError(
            f"mmdebstrap failed: {last}",
            subject=mirror,
            hint="check that the Debian mirror answers (apt-get update), or load an "
            "instructor's kit with `dockerlab kit load FILE`",
        )
    partial.rename(target)
    return {"rootfs.tar": target}
