"""The kit's registry: a v2 registry container on 127.0.0.1, seeded with the course images."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import socket
import time
import urllib.error
import urllib.request
from typing import Any

import docker

from .. import labels as L
from .. import settings
from ..engine import Engine
from ..errors import DockerlabError, InvalidArgument, KitError, PortInUse
from ..i18n import _
from .build import Progress
from .spec import COURSE_IMAGES, IMAGES, REGISTRY_CONTAINER, REGISTRY_VOLUME

__all__ = [
    "DEFAULT_PORT",
    "address",
    "ensure_registry",
    "find_container",
    "published_port",
    "registry_port",
    "seed",
    "served_ids",
    "wait_ready",
]

log = logging.getLogger("dockerlab")

DEFAULT_PORT = 5000
_MANIFEST_TYPES = ", ".join(
    [
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    ]
)


def registry_port(port: int | str | None = None) -> int:
    """``port`` if given, else ``DOCKERLAB_REGISTRY_PORT``, else 5000."""
    value: object = port if port is not None else settings.value("DOCKERLAB_REGISTRY_PORT")
    try:
        number = -1 if isinstance(value, bool) else int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = -1
    if not 1 <= number <= 65535:
        raise InvalidArgument("port", value, _("use a TCP port from 1 to 65535, e.g. 5001"))
    return number


def address(port: int) -> str:
    return f"127.0.0.1:{port}"


def find_container(engine: Engine | docker.APIClient) -> dict[str, Any] | None:
    """The kit's registry container (any state), from one listing call."""
    found = Engine.of(engine).containers(all=True, filters={"label": f"{L.KIT}={L.ROLE_REGISTRY}"})
    for c in found:
        if f"/{REGISTRY_CONTAINER}" in (c.get("Names") or []):
            return c
    return None


def published_port(container: dict[str, Any] | None) -> int | None:
    """The host port the registry container publishes on 127.0.0.1, if any."""
    for port in (container or {}).get("Ports") or []:
        if port.get("PrivatePort") == 5000 and port.get("PublicPort"):
            return int(port["PublicPort"])
    return None


def _http_get(url: str, timeout: float = 2.0, accept: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def wait_ready(addr: str, timeout: float = 15.0) -> None:
    """Wait until ``GET /v2/`` answers 200."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            status, _body = _http_get(f"http://{addr}/v2/", timeout=1.0)
            if status == 200:
                return
            last = f"HTTP {status}"
        except (OSError, urllib.error.URLError) as exc:
            last = str(getattr(exc, "reason", exc))
        time.sleep(0.1)
    raise KitError(
        _("the registry at {addr} did not answer within {timeout} s ({last})").format(
            addr=addr, timeout=f"{timeout:.0f}", last=last
        ),
        subject=addr,
        hint=_("see `docker logs {name}`; `dockerlab kit up` recreates it").format(
            name=REGISTRY_CONTAINER
        ),
    )


def _port_holder(engine: Engine, port: int, ignore: str | None = None) -> str | None:
    """Who holds 127.0.0.1:port: a container's name, another program, or None if free.

    ``ignore`` is the registry container itself, about to be replaced."""
    for c in engine.containers():
        if c["Id"] == ignore:
            if any(p.get("PublicPort") == port for p in c.get("Ports") or []):
                return None
            continue
        for p in c.get("Ports") or []:
            if p.get("PublicPort") == port:
                return _("container {name}").format(
                    name=",".join(n.lstrip("/") for n in c.get("Names") or [])
                )
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return _("another program is listening there")
            raise
    return None


def _ensure_volume(engine: Engine) -> None:
    if engine.find_volume(REGISTRY_VOLUME) is None:
        engine.create_volume(
            REGISTRY_VOLUME, labels={L.COURSE: L.KIT_SECTION, L.KIT: L.ROLE_REGISTRY_DATA}
        )


def ensure_registry(engine: Engine, port: int, progress: Progress = lambda _: None) -> str:
    """Start (or repair) the registry container on 127.0.0.1:``port``; return its address."""
    registry_image = next(i for i in IMAGES if i.name == "registry")
    image_id = engine.inspect_image(registry_image.tag)["Id"]
    current = find_container(engine)
    if (
        current
        and current.get("State") == "running"
        and published_port(current) == port
        and current.get("ImageID") == image_id
    ):
        wait_ready(address(port))
        return address(port)
    holder = _port_holder(engine, port, ignore=current["Id"] if current else None)
    if holder:
        raise PortInUse(port, holder)
    if current:
        progress(
            _("replacing the registry container ({status})").format(status=current.get("Status"))
        )
        engine.remove_container(current["Id"])
    _ensure_volume(engine)
    progress(_("starting the registry on {addr}").format(addr=address(port)))
    host_config = engine.api.create_host_config(
        port_bindings={5000: ("127.0.0.1", port)},
        binds={REGISTRY_VOLUME: {"bind": "/var/lib/registry", "mode": "rw"}},
        restart_policy={"Name": "unless-stopped"},
    )
    created = engine.create_container(
        registry_image.tag,
        name=REGISTRY_CONTAINER,
        ports=[5000],
        host_config=host_config,
        labels={L.COURSE: L.KIT_SECTION, L.KIT: L.ROLE_REGISTRY},
    )
    try:
        engine.start(created)
    except PortInUse as exc:
        engine.remove_container(created)
        raise PortInUse(port, _("the Engine could not bind it")) from exc.__cause__
    except DockerlabError as exc:
        engine.remove_container(created)
        raise KitError(
            _("the registry container did not start: {error}").format(error=exc.message),
            subject=REGISTRY_CONTAINER,
            hint=_("run `dockerlab kit up` again"),
        ) from exc.__cause__
    wait_ready(address(port))
    return address(port)


def served_ids(addr: str, repository: str, tag: str = "latest") -> frozenset[str]:
    """The IDs an Engine may give the image the registry serves as ``repository:tag``: its
    config digest (the classic image store's image ID) and its manifest digest (the containerd
    image store's, Docker Desktop's and new Engine 29 installs' default). Empty if not served.
    """
    try:
        status, body = _http_get(
            f"http://{addr}/v2/{repository}/manifests/{tag}", accept=_MANIFEST_TYPES
        )
    except (OSError, urllib.error.URLError):
        return frozenset()
    if status != 200:
        return frozenset()
    ids = {"sha256:" + hashlib.sha256(body).hexdigest()}
    with contextlib.suppress(ValueError, KeyError, TypeError):  # an index has no config
        ids.add(str(json.loads(body)["config"]["digest"]))
    return frozenset(ids)


def _push(engine: Engine, addr: str, source: str, repository: str) -> None:
    target = f"{addr}/{repository}"
    engine.tag(source, target, "latest")
    hint = _("is the kit's registry running? `dockerlab kit up` starts it and pushes again")
    try:
        for line in engine.push(target, "latest"):
            if "error" in line:
                raise KitError(
                    _("pushing {source} to {addr} failed: {error}").format(
                        source=source, addr=addr, error=line["error"]
                    ),
                    subject=source,
                    hint=hint,
                )
    except KitError:
        raise
    except DockerlabError as exc:
        raise KitError(
            _("pushing {source} to {addr} failed: {error}").format(
                source=source, addr=addr, error=exc.message
            ),
            subject=source,
            hint=hint,
        ) from exc.__cause__
    finally:
        # Keep `docker images` tidy: the registry holds the copy; drop the local alias and
        # the digest reference the push added.
        found = engine.find_image(source) or {}
        digests = [d for d in found.get("RepoDigests") or [] if d.startswith(target + "@")]
        for ref in [f"{target}:latest", *digests]:
            try:
                engine.remove_image(ref, noprune=True)
            except DockerlabError as exc:
                log.info("kit: could not untag %s: %s", ref, exc.message)


def seed(engine: Engine, addr: str, progress: Progress = lambda _: None) -> list[str]:
    """Push every course image the registry lacks (or holds an older build of)."""
    pushed = []
    for image in COURSE_IMAGES:
        local_id = engine.inspect_image(image.tag)["Id"]
        if local_id in served_ids(addr, image.repository):
            continue
        progress(_("pushing {tag} to {addr}").format(tag=image.tag, addr=addr))
        _push(engine, addr, image.tag, image.repository)
        pushed.append(image.tag)
    return pushed
