"""Pure: what the course kit is made of, and the build contexts for its images.

Every kit image comes from a Dockerfile under ``dockerlab/kit/images/<name>/``. Two of them
need a file from the host that cannot live in the repository: the base image needs a static
busybox, the registry image needs the registry binary and the libraries it links.

An image's *content hash* covers its Dockerfile and the repository files beside it, not the host
binaries, so a kit loaded from an instructor's tarball counts as up to date on a machine that
has no busybox at all.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import labels as L

__all__ = [
    "COURSE_IMAGES",
    "IMAGES",
    "KIT_VERSION",
    "KitImage",
    "REGISTRY_CONTAINER",
    "REGISTRY_VOLUME",
    "build_context",
    "context_hash",
    "elf_interpreter",
    "image_labels",
]

KIT_VERSION = "2"
REGISTRY_CONTAINER = "dockerlab-registry"
REGISTRY_VOLUME = "dockerlab-registry"
IMAGES_DIR = Path(__file__).with_name("images")


@dataclass(frozen=True)
class KitImage:
    """One image of the kit: ``dockerlab/<name>:latest``."""

    name: str
    summary: str
    host_files: str | None = None  # "busybox", "registry", "rootfs": needs host files
    parent: str | None = None
    seeded: bool = True  # pushed to the kit registry by `kit up`
    optional: bool = False  # built only on request (`kit up --all`, Part 2's notebooks)

    @property
    def repository(self) -> str:
        return f"{L.NAMESPACE}/{self.name}"

    @property
    def tag(self) -> str:
        return f"{self.repository}:latest"

    @property
    def directory(self) -> Path:
        return IMAGES_DIR / self.name


IMAGES: tuple[KitImage, ...] = (
    KitImage("busybox", "the base: a static busybox FROM scratch", host_files="busybox"),
    KitImage("hello-world", "prints a greeting and exits 0", parent="busybox"),
    KitImage("web", "busybox httpd serving a page on port 80", parent="busybox"),
    KitImage("ticker", "a numbered line a second, every fifth on stderr", parent="busybox"),
    KitImage("signals", "a PID 1 that traps SIGTERM and exits 143", parent="busybox"),
    KitImage("registry", "a distribution v2 registry", host_files="registry", seeded=False),
    KitImage(
        "python",
        "Debian 12 with python3, the base of Part 2's programs",
        host_files="rootfs",
        seeded=False,
        optional=True,
    ),
)
#: The images the registry is seeded with (not the registry itself, nor the big python base).
COURSE_IMAGES: tuple[KitImage, ...] = tuple(i for i in IMAGES if i.seeded)


def _repo_files(image: KitImage, dockerfile: str) -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    for path in sorted(image.directory.rglob("*")):
        rel = path.relative_to(image.directory).as_posix()
        if path.is_file() and not rel.startswith("Dockerfile") and "__pycache__" not in rel:
            files.append((rel, path))
    return [("Dockerfile", image.directory / dockerfile), *files]


def context_hash(image: KitImage, dockerfile: str = "Dockerfile") -> str:
    """A short hash of the image's Dockerfile and repository files (not the host's binaries).

    >>> len(context_hash(IMAGES[1]))
    16
    """
    digest = hashlib.sha256(f"dockerlab-kit/{KIT_VERSION}/{dockerfile}".encode())
    for rel, path in _repo_files(image, dockerfile):
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def image_labels(image: KitImage, content_hash: str) -> dict[str, str]:
    """The labels a kit image is built with (see :mod:`dockerlab.labels`)."""
    return {
        L.COURSE: L.KIT_SECTION,
        L.KIT: L.ROLE_IMAGE,
        L.KIT_IMAGE: image.repository,
        L.KIT_HASH: content_hash,
        "org.opencontainers.image.title": image.repository,
        "org.opencontainers.image.description": image.summary,
    }


def _add(tar: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = 0  # reproducible layers
    tar.addfile(info, io.BytesIO(data))


def build_context(
    image: KitImage,
    host_files: Mapping[str, Path] | None = None,
    dockerfile: str = "Dockerfile",
    labels: Mapping[str, str] | None = None,
) -> bytes:
    """A tar build context: the Dockerfile and its files, plus host files at the given paths.

    ``labels`` are appended to the Dockerfile as one ``LABEL`` instruction (one layer in
    ``docker history``, where the Engine's ``labels`` parameter would add one per label).

    >>> import tarfile, io
    >>> names = tarfile.open(fileobj=io.BytesIO(build_context(IMAGES[1]))).getnames()
    >>> names
    ['Dockerfile', 'hello.txt']
    """
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for rel, path in _repo_files(image, dockerfile):
            mode = 0o755 if os.access(path, os.X_OK) or rel.endswith(".sh") else 0o644
            data = path.read_bytes()
            if rel == "Dockerfile" and labels:
                pairs = " ".join(f'{k}="{v}"' for k, v in labels.items())
                data = data.rstrip(b"\n") + f"\nLABEL {pairs}\n".encode()
            _add(tar, rel, data, mode)
        for rel, path in sorted((host_files or {}).items()):
            _add(tar, rel, Path(path).read_bytes(), 0o755)
    return buf.getvalue()


def elf_interpreter(header: bytes) -> str | None:
    """The dynamic loader an ELF file asks for (``PT_INTERP``); None for a static binary.

    Raises ValueError for data that is not a 64- or 32-bit little-endian ELF.

    >>> elf_interpreter(b"#!/bin/sh\\n")
    Traceback (most recent call last):
    ...
    ValueError: not an ELF executable
    """
    import struct

    if header[:4] != b"\x7fELF" or header[5] != 1:
        raise ValueError("not an ELF executable")
    is64 = header[4] == 2
    if is64:
        (phoff,) = struct.unpack_from("<Q", header, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", header, 0x36)
    else:
        (phoff,) = struct.unpack_from("<I", header, 0x1C)
        phentsize, phnum = struct.unpack_from("<HH", header, 0x2A)
    for i in range(phnum):
        off = phoff + i * phentsize
        (p_type,) = struct.unpack_from("<I", header, off)
        if p_type == 3:  # PT_INTERP
            if is64:
                (p_offset,) = struct.unpack_from("<Q", header, off + 8)
                (p_filesz,) = struct.unpack_from("<Q", header, off + 32)
            else:
                (p_offset,) = struct.unpack_from("<I", header, off + 4)
                (p_filesz,) = struct.unpack_from("<I", header, off + 16)
            return header[p_offset : p_offset + p_filesz].rstrip(b"\0").decode()
    return None
