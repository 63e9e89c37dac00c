"""One error root for everything dockerlab raises.

Every error names the input that failed (``subject``) and says what to do (``hint``).
The message a learner sees is both, on two lines:

>>> err = ContainerNotRunning("web", "Exited (0) 3 minutes ago")
>>> print(err)
container 'web' is not running (Exited (0) 3 minutes ago)
  hint: start it with `docker start web`
>>> isinstance(err, DockerlabError), err.subject
(True, 'web')
"""

from __future__ import annotations

__all__ = [
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
    ``hint`` is what the learner can do about it.
    """

    def __init__(self, message: str, *, subject: object = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  hint: {self.hint}"
        return self.message


class EngineUnavailable(DockerlabError):
    """No Docker Engine answered at ``address``."""

    def __init__(self, address: str, reason: str, hint: str) -> None:
        super().__init__(
            f"no Docker Engine answered at {address}: {reason}", subject=address, hint=hint
        )
        self.address = address
        self.reason = reason


class EngineError(DockerlabError):
    """The Engine refused a request; the message is the Engine's own."""


class NotFound(DockerlabError):
    """A container or image that does not exist."""

    kind = "object"
    list_command = "docker ps -a"

    def __init__(self, name: str, detail: str | None = None) -> None:
        message = f"no such {self.kind}: {name!r}"
        if detail:
            message += f" ({detail})"
        super().__init__(
            message,
            subject=name,
            hint=f"check the name with `{self.list_command}`; names and IDs are case-sensitive",
        )


class ContainerNotFound(NotFound):
    kind = "container"
    list_command = "docker ps -a"


class ImageNotFound(NotFound):
    kind = "image"
    list_command = "docker images"


class InvalidReference(DockerlabError):
    """An image reference that the Engine cannot parse, such as ``Bad::Ref``."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            f"invalid image reference {reference!r}",
            subject=reference,
            hint="use [REGISTRY/]NAME[:TAG] in lower case, e.g. `dockerlab/busybox:latest`",
        )


class ContainerNotRunning(DockerlabError):
    """An operation that needs a running container met a stopped one."""

    def __init__(self, name: str, status: str) -> None:
        super().__init__(
            f"container {name!r} is not running ({status})",
            subject=name,
            hint=f"start it with `docker start {name}`",
        )
        self.status = status


class InvalidArgument(DockerlabError):
    """A keyword argument with a value the command cannot take."""

    def __init__(self, name: str, value: object, hint: str) -> None:
        super().__init__(f"invalid {name}={value!r}", subject=value, hint=hint)
        self.argument = name


class RegistryUnavailable(DockerlabError):
    """A registry (Docker Hub or the kit's) did not answer."""

    def __init__(self, address: str, reason: str, hint: str) -> None:
        super().__init__(
            f"registry {address} did not answer: {reason}", subject=address, hint=hint
        )


class PortInUse(DockerlabError):
    """The kit registry's port is held by something else."""

    def __init__(self, port: int, holder: str) -> None:
        super().__init__(
            f"port 127.0.0.1:{port} is already in use ({holder})",
            subject=port,
            hint=(
                "choose another port with `dockerlab kit up --port 5001` or "
                "`export DOCKERLAB_REGISTRY_PORT=5001`, or stop what is listening on "
                f"{port}"
            ),
        )
        self.port = port


class BusyboxNotFound(DockerlabError):
    """No static busybox to build the kit's base image from, and no Docker Hub to pull it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"cannot build the kit's base image: {path}: {reason}",
            subject=path,
            hint=(
                "install a static busybox (`sudo apt-get install busybox-static`, which gives "
                "/bin/busybox) or point to one with `dockerlab kit up --busybox PATH`; with "
                "internet access, `docker pull busybox` works too"
            ),
        )


class KitError(DockerlabError):
    """The course kit could not be built, started, saved or loaded."""
