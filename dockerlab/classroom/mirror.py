"""Pure: the Debian archive this machine's apt already uses, for building the learner image.

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

from collections.abc import Iterable
from pathlib import Path

from ..errors import DockerlabError
from ..i18n import _

__all__ = ["apt_mirror", "mirror_from_deb822", "mirror_from_list"]


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
