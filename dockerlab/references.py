"""Pure: image references (``[REGISTRY/]NAME[:TAG][@DIGEST]``), parsed once, as the Engine does.

The grammar is distribution's (``github.com/distribution/reference``): path components are
lower-case letters and digits joined by ``.``, ``_``, ``__`` or dashes; the first component is
a registry host when it has a ``.`` or a ``:`` or is ``localhost``; a tag is up to 128 word
characters, dots and dashes; the name is at most 255 characters.

>>> ref = parse("127.0.0.1:5000/dockerlab/web:v1")
>>> ref.registry, ref.path, ref.tag, ref.repository
('127.0.0.1:5000', 'dockerlab/web', 'v1', '127.0.0.1:5000/dockerlab/web')
>>> parse("busybox").tag, parse("busybox@sha256:" + "a" * 64).digest[:9]
('latest', 'sha256:aa')
>>> familiar_name("docker.io/library/busybox:latest"), familiar_name("docker.io/me/app")
('busybox:latest', 'me/app')
>>> repository_of("dockerlab/web@sha256:abc"), split("busybox:1.36")
('dockerlab/web', ('busybox', '1.36'))
>>> from dockerlab.i18n import language_scope
>>> with language_scope("en"):  # doctest: +ELLIPSIS
...     parse("bad::ref")
Traceback (most recent call last):
...
dockerlab.errors.InvalidReference: invalid image reference 'bad::ref' (not NAME[:TAG])
  hint: use [REGISTRY/]NAME[:TAG] in lower case, at most 255 characters, e.g. ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InvalidArgument, InvalidReference
from .i18n import _

__all__ = [
    "Reference",
    "check_name",
    "familiar_name",
    "first_component",
    "in_namespace",
    "parse",
    "repository_of",
    "split",
]

_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_HOST = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])"
_REFERENCE = re.compile(
    rf"^(?:(?P<registry>{_HOST}(?::\d+)?)/)?(?P<path>{_COMPONENT}(?:/{_COMPONENT})*)"
    r"(?::(?P<tag>\w[\w.-]{0,127}))?(?:@(?P<digest>[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}))?$"
)
MAX_NAME = 255
HUB_HOSTS = ("docker.io", "index.docker.io", "registry-1.docker.io")
NAMESPACE = "dockerlab"


@dataclass(frozen=True)
class Reference:
    """A parsed image reference; ``tag`` is ``latest`` when neither tag nor digest is given."""

    registry: str
    path: str
    tag: str | None
    digest: str | None

    @property
    def repository(self) -> str:
        """``[REGISTRY/]PATH``, as written (``docker.io/`` kept if it was written)."""
        return f"{self.registry}/{self.path}" if self.registry else self.path

    def __str__(self) -> str:
        text = self.repository
        if self.tag:
            text += f":{self.tag}"
        if self.digest:
            text += f"@{self.digest}"
        return text


def _host_like(first: str) -> bool:
    return "." in first or ":" in first or first == "localhost" or first.startswith("[")


def parse(text: str) -> Reference:
    """Parse ``text``; raise :class:`~dockerlab.InvalidReference` saying what is wrong."""
    if not isinstance(text, str):
        raise InvalidArgument(
            "reference", text, _("an image reference is a string, e.g. 'dockerlab/busybox:latest'")
        )
    if not text:
        raise InvalidReference(text, _("empty"))
    name = text.split("@", 1)[0]
    first, slash, _rest = name.partition("/")
    if slash and _host_like(first):
        name = name[len(first) + 1 :]
    slash_at, colon = name.rfind("/"), name.rfind(":")
    bare = name[:colon] if colon > slash_at else name
    if bare != bare.lower():
        raise InvalidReference(text, _("repository names must be lower case"))
    match = _REFERENCE.match(text)
    if match is None:
        raise InvalidReference(text, _("not NAME[:TAG]"))
    registry, path = match["registry"] or "", match["path"]
    if registry and not _host_like(registry):  # "me/app": the first part is a path, not a host
        registry, path = "", f"{registry}/{path}"
    if len(f"{registry}/{path}" if registry else path) > MAX_NAME:
        raise InvalidReference(text, _("longer than {n} characters").format(n=MAX_NAME))
    tag = match["tag"] or (None if match["digest"] else "latest")
    return Reference(registry, path, tag, match["digest"])


def repository_of(reference: str) -> str:
    """The repository part of a ``name[:tag]`` or ``name@digest`` reference (lenient: any
    text the Engine reports, parsed or not).

    >>> repository_of("127.0.0.1:5000/dockerlab/web:latest")
    '127.0.0.1:5000/dockerlab/web'
    """
    name = reference.split("@", 1)[0]
    slash, colon = name.rfind("/"), name.rfind(":")
    return name[:colon] if colon > slash else name


def split(reference: str) -> tuple[str, str]:
    """(repository, tag or digest), with the CLI's default tag ``latest``."""
    repository = repository_of(reference)
    rest = reference[len(repository) :]
    if rest.startswith("@"):
        return repository, rest[1:]
    return repository, rest[1:] if rest.startswith(":") else "latest"


def familiar_name(reference: str) -> str:
    """A reference without ``docker.io/`` and ``library/``, as the CLI prints it."""
    for host in ("docker.io/", "index.docker.io/"):
        if reference.startswith(host):
            reference = reference[len(host) :]
            return reference.removeprefix("library/")
    return reference


def in_namespace(reference: str) -> bool:
    """Whether a reference lives in the course's ``dockerlab/`` namespace, on any registry.

    >>> in_namespace("dockerlab/busybox:latest"), in_namespace("127.0.0.1:5000/dockerlab/web")
    (True, True)
    >>> in_namespace("busybox:latest"), in_namespace("me/dockerlab:1")
    (False, False)
    """
    parts = repository_of(reference).split("/")
    return len(parts) >= 2 and parts[-2] == NAMESPACE


def first_component(reference: str) -> str:
    """The repository's first path component after any registry host (``nb06`` of
    ``127.0.0.1:5000/nb06/hello:1``)."""
    parts = reference.split("@", 1)[0].split("/")
    if len(parts) > 1 and _host_like(parts[0]):
        parts = parts[1:]
    return parts[0]


def check_name(value: object, what: str = "container") -> str:
    """A container or image name/ID argument: a non-empty string, else InvalidArgument.

    >>> check_name("web")
    'web'
    """
    if isinstance(value, str) and value.strip():
        return value
    raise InvalidArgument(
        what, value, _("give the {what}'s name or ID as a string, e.g. 'web'").format(what=_(what))
    )
