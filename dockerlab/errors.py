"""One error root for everything dockerlab raises.

Every error names the input that failed (``subject``) and says what to do (``hint``). An error
that the Engine answered keeps the Engine's HTTP status (``status_code``) and the docker-py
exception as its cause (``__cause__``). The message a learner sees is both, on two lines, in
the language in use:

>>> from dockerlab.i18n import language_scope
>>> with language_scope("en"):
...     err = ContainerNotRunning("web", "Exited (0) 3 minutes ago")
>>> print(err)
container 'web' is not running (Exited (0) 3 minutes ago)
  hint: start it with `docker start web`
>>> isinstance(err, DockerlabError), err.subject, err.status_code
(True, 'web', None)
"""

from __future__ import annotations

from .i18n import N_, _

__all__ = [
    "AmbiguousName",
    "BusyboxNotFound",
    "ContainerNotFound",
    "ContainerNotRunning",
    "DockerlabError",
    "EngineError",
    "EngineUnavailable",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidReference",
    "KitError",
    "NotFound",
    "PortInUse",
    "RegistryUnavailable",
]


class DockerlabError(Exception):
    """The root of every error dockerlab raises.

    ``subject`` is the input that failed (a container name, an image reference, a port, ...);
    ``hint`` is what the learner can do about it; ``status_code`` is the Engine's HTTP status
    when the Engine refused the request.
    """

    status_code: int | None = None

    def __init__(
        self,
        message: str,
        *,
        subject: object = None,
        hint: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject
        self.hint = hint
        if status_code is not None:
            self.status_code = status_code

    def __str__(self) -> str:
        if self.hint:
            return self.message + "\n  " + _("hint: {hint}").format(hint=self.hint)
        return self.message

    def _render_traceback_(self) -> list[str]:
        """How IPython shows it: the message and the hint, no Python traceback (the cause
        stays on ``__cause__`` for whoever wants it)."""
        lines = [f"\x1b[31m✗ {type(self).__name__}: {self.message}\x1b[0m"]
        if self.hint:
            lines.append("  " + _("hint: {hint}").format(hint=self.hint))
        return lines


class EngineUnavailable(DockerlabError):
    """No Docker Engine answered at ``address``."""

    def __init__(self, address: str, reason: str, hint: str) -> None:
        super().__init__(
            _("no Docker Engine answered at {address}: {reason}").format(
                address=address, reason=reason
            ),
            subject=address,
            hint=hint,
        )
        self.address = address
        self.reason = reason


class EngineError(DockerlabError):
    """The Engine refused a request; the message is the Engine's own."""


#: What a NotFound error says is missing, and where to look (shown translated).
_KINDS = {
    "container": (N_("container"), "docker ps -a"),
    "image": (N_("image"), "docker images"),
    "object": (N_("container or image"), "docker ps -a` / `docker images"),
}


class NotFound(DockerlabError):
    """A container or image that does not exist."""

    kind = "object"

    def __init__(self, name: str, detail: str | None = None) -> None:
        what, where = _KINDS[self.kind]
        message = _("no such {kind}: {name!r}").format(kind=_(what), name=name)
        if detail:
            message += f" ({detail})"
        super().__init__(
            message,
            subject=name,
            hint=_("check the name with `{command}`; names and IDs are case-sensitive").format(
                command=where
            ),
        )

    @property
    def list_command(self) -> str:
        return _KINDS[self.kind][1]


class ContainerNotFound(NotFound):
    kind = "container"


class ImageNotFound(NotFound):
    kind = "image"


class AmbiguousName(DockerlabError):
    """An ID prefix that more than one container or image starts with."""

    def __init__(self, name: str) -> None:
        super().__init__(
            _("{name!r} is the beginning of more than one ID").format(name=name),
            subject=name,
            hint=_("type more characters of the ID, or use the name (`docker ps -a` shows both)"),
        )


class InvalidReference(DockerlabError):
    """An image reference that the Engine cannot parse, such as ``Bad::Ref``."""

    def __init__(self, reference: str, reason: str | None = None) -> None:
        message = _("invalid image reference {reference!r}").format(reference=reference)
        if reason:
            message += f" ({reason})"
        super().__init__(
            message,
            subject=reference,
            hint=_(
                "use [REGISTRY/]NAME[:TAG] in lower case, at most 255 characters, e.g. "
                "`dockerlab/busybox:latest`"
            ),
        )


class ContainerNotRunning(DockerlabError):
    """An operation that needs a running container met a stopped (or paused) one."""

    def __init__(self, name: str, status: str) -> None:
        if status.lower().startswith("paused") or "(paused)" in status.lower():
            hint = _("it is paused: resume it with `docker unpause {name}`").format(name=name)
        else:
            hint = _("start it with `docker start {name}`").format(name=name)
        super().__init__(
            _("container {name!r} is not running ({status})").format(name=name, status=status),
            subject=name,
            hint=hint,
        )
        self.status = status


class InvalidArgument(DockerlabError):
    """A keyword argument with a value the command cannot take."""

    def __init__(self, name: str, value: object, hint: str) -> None:
        super().__init__(
            _("invalid {name}={value!r}").format(name=name, value=value), subject=value, hint=hint
        )
        self.argument = name


class RegistryUnavailable(DockerlabError):
    """A registry (Docker Hub or the kit's) did not answer."""

    def __init__(self, address: str, reason: str, hint: str) -> None:
        super().__init__(
            _("registry {address} did not answer: {reason}").format(address=address, reason=reason),
            subject=address,
            hint=hint,
        )


class PortInUse(DockerlabError):
    """A port on 127.0.0.1 that something else holds (the kit registry's, by default)."""

    def __init__(self, port: int, holder: str, hint: str | None = None) -> None:
        super().__init__(
            _("port 127.0.0.1:{port} is already in use ({holder})").format(
                port=port, holder=holder
            ),
            subject=port,
            hint=hint
            or _(
                "choose another port with `dockerlab kit up --port 5001` or "
                "`export DOCKERLAB_REGISTRY_PORT=5001`, or stop what is listening "
                "on {port}"
            ).format(port=port),
        )
        self.port = port


class BusyboxNotFound(DockerlabError):
    """No static busybox to build the kit's base image from, and no Docker Hub to pull it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            _("cannot build the kit's base image: {path}: {reason}").format(
                path=path, reason=reason
            ),
            subject=path,
            hint=_(
                "install a static busybox (`sudo apt-get install busybox-static`, which "
                "gives /bin/busybox) or point to one with `dockerlab kit up --busybox "
                "PATH`; with internet access, `docker pull busybox` works too"
            ),
        )


class KitError(DockerlabError):
    """The course kit could not be built, started, saved or loaded."""
