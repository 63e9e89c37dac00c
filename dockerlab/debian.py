"""Debian's archive, as this machine's apt already uses it: for the kit's python image, the
classroom's learner image, and the docker CLI plugins (compose v2, buildx) of a newer suite.

The repository names no package host: the mirror comes from apt's own configuration
(deb822 ``.sources`` files first, then one-line ``sources.list`` entries), skipping the
security archive.

>>> sources = '''Types: deb
... URIs: http://mirror.example/debian
... Suites: bookworm bookworm-updates
... Components: main
...
... Types: deb
... URIs: http://mirror.example/debian-security
... Suites: bookworm-security
... '''
>>> mirror_from_deb822(sources)
'http://mirror.example/debian'
>>> mirror_from_list("# comment\\ndeb [arch=amd64] http://m.example/debian/ bookworm main\\n")
'http://m.example/debian'
>>> mirror_from_list("deb http://m.example/debian-security bookworm-security main") is None
True
"""

from __future__ import annotations

import lzma
import os
import shutil
import subprocess
import tempfile
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import DockerlabError
from .i18n import _

__all__ = [
    "PLUGINS",
    "apt_mirror",
    "cli_plugins",
    "mirror_from_deb822",
    "mirror_from_list",
    "package_file",
    "package_filename",
]

#: Seconds to wait for the mirror: the package index, then a package.
INDEX_TIMEOUT = 120.0
PACKAGE_TIMEOUT = 600.0


def _usable(uri: str) -> bool:
    return "-security" not in uri and uri.startswith(("http://", "https://", "file:/"))


def mirror_from_deb822(text: str) -> str | None:
    """The first usable ``URIs:`` of a deb822 ``.sources`` file, without a trailing ``/``."""
    for stanza in text.split("\n\n"):
        fields = {}
        for line in stanza.splitlines():
            if ":" in line and not line.startswith((" ", "#")):
                key, _sep, value = line.partition(":")
                fields[key.strip().lower()] = value.strip()
        if "deb" not in fields.get("types", "deb").split():
            continue
        for uri in fields.get("uris", "").split():
            if _usable(uri):
                return uri.rstrip("/")
    return None


def mirror_from_list(text: str) -> str | None:
    """The first usable ``deb`` line's URI of a one-line-style ``sources.list``."""
    for raw in text.splitlines():
        words = raw.split("#", 1)[0].split()
        if not words or words[0] != "deb":
            continue
        words = words[1:]
        if words and words[0].startswith("["):  # options: [arch=amd64 signed-by=...]
            while words and not words[0].endswith("]"):
                words = words[1:]
            words = words[1:]
        if words and _usable(words[0]):
            return words[0].rstrip("/")
    return None


def _read(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    found = []
    for path in sorted(paths):
        try:
            found.append((path, path.read_text(errors="replace")))
        except OSError:
            continue
    return found


def apt_mirror(etc: str | Path = "/etc/apt") -> str:
    """The Debian archive in ``etc``'s apt configuration (``/etc/apt`` by default)."""
    root = Path(etc)
    for _path, text in _read(root.glob("sources.list.d/*.sources")):
        if found := mirror_from_deb822(text):
            return found
    for _path, text in _read([root / "sources.list", *root.glob("sources.list.d/*.list")]):
        if found := mirror_from_list(text):
            return found
    raise DockerlabError(
        _("no Debian archive in {etc}'s apt configuration").format(etc=root),
        subject=str(root),
        hint=_("pass one with --mirror URL, or build on a Debian or Ubuntu host whose apt works"),
    )


def package_filename(index: str, package: str) -> str | None:
    """Pure: the archive path of ``package`` in a suite's ``Packages`` index.

    >>> index = "Package: docker-compose\\nVersion: 2.26.1-4\\nFilename: pool/main/d/dc.deb\\n\\n"
    >>> package_filename(index, "docker-compose"), package_filename(index, "docker")
    ('pool/main/d/dc.deb', None)
    """
    for stanza in index.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in stanza.splitlines() if ": " in line)
        if fields.get("Package") == package and fields.get("Filename"):
            return fields["Filename"]
    return None


def package_file(
    suite: str, package: str, member: str, target: Path, mirror: str | None = None
) -> Path:
    """Copy one file (``member``, a path inside the package) of a Debian suite's package to
    ``target``: the docker CLI plugins of Debian 13 run on Debian 12 (they need only libc).
    Needs ``dpkg-deb`` (every Debian and Ubuntu has it)."""
    source = mirror or apt_mirror()
    arch = (
        subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
        ).stdout.strip()
        or "amd64"
    )
    url = f"{source}/dists/{suite}/main/binary-{arch}/Packages.xz"
    try:
        with urllib.request.urlopen(url, timeout=INDEX_TIMEOUT) as response:
            index = lzma.decompress(response.read()).decode("utf-8", "replace")
        filename = package_filename(index, package)
        if filename is None:
            raise DockerlabError(
                _("{suite} has no package {package}").format(suite=suite, package=package),
                subject=package,
                hint=_("check the suite's name (e.g. trixie)"),
            )
        with tempfile.TemporaryDirectory() as scratch:
            deb = Path(scratch) / "package.deb"
            with urllib.request.urlopen(f"{source}/{filename}", timeout=PACKAGE_TIMEOUT) as got:
                deb.write_bytes(got.read())
            subprocess.run(
                ["dpkg-deb", "-x", str(deb), str(Path(scratch) / "root")],
                check=True,
                capture_output=True,
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(scratch) / "root" / member.lstrip("/"), target)
    except (OSError, subprocess.CalledProcessError, lzma.LZMAError) as exc:
        raise DockerlabError(
            _("could not get {member} of {suite}'s {package} from {mirror}: {error}").format(
                member=member, suite=suite, package=package, mirror=source, error=exc
            ),
            subject=package,
            hint=_("check that the Debian mirror answers (apt-get update works)"),
        ) from exc
    os.chmod(target, 0o755)
    return target


#: The docker CLI plugins Part 2 needs, from Debian 13 (Debian 12 has only compose v1):
#: (package, file in the package).
PLUGINS = (
    ("docker-compose", "usr/libexec/docker/cli-plugins/docker-compose"),
    ("docker-buildx", "usr/libexec/docker/cli-plugins/docker-buildx"),
)
PLUGINS_SUITE = "trixie"


def cli_plugins(
    folder: Path,
    *,
    mirror: str | None = None,
    progress: Callable[[str], None] = lambda _message: None,
) -> Path:
    """``docker compose`` (v2) and ``docker buildx`` from Debian 13, downloaded once into
    ``folder`` (they need only libc, so they run on the Debian 12 base)."""
    for package, member in PLUGINS:
        target = folder / Path(member).name
        if not target.is_file():
            progress(
                _("downloading {package} from {suite}").format(package=package, suite=PLUGINS_SUITE)
            )
            package_file(PLUGINS_SUITE, package, member, target, mirror=mirror)
    return folder
