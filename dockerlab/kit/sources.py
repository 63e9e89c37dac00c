"""Host files the offline kit images are built from: a static busybox, the registry binary."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from .. import settings
from ..errors import BusyboxNotFound, KitError
from ..i18n import _
from .spec import elf_interpreter

__all__ = ["BUSYBOX_CANDIDATES", "REGISTRY_CANDIDATES", "busybox_files", "registry_files"]

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
