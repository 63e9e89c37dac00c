"""The kit's registry: a v2 registry container on 127.0.0.1, seeded with the course images."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import socket
import time
import urllib.error
import urllib.request
from typing import Any

import docker.errors

from .. import labels as L
from ..errors import InvalidArgument, KitError, PortInUse
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

DEFAULT_PORT = 5000
_MANIFEST_TYPES = ", ".join([
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
])


def registry_port(port: int | str | None = None) -> int:
    """``port`` if given, else ``DOCKERLAB_REGISTRY_PORT``, else 5000."""
    value = port if port is not None else os.environ.get("DOCKERLAB_REGISTRY_PORT", DEFAULT_PORT)
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if not 1 <= number <= 65535:
        raise InvalidArgument("port", value, "use a TCP port from 1 to 65535, e.g. 5001")
    return number


def address(port: int) -> str:
    return f"127.0.0.1:{port}"


def find_container(api: Any) -> dict[str, Any] | None:
    """The kit's registry container (any state), from one listing call."""
    found = api.containers(all=True, filters={"label": f"{L.KIT}={L.ROLE_REGISTRY}"})
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


def _get(url: str, timeout: float = 2.0, accept: str | None = None) -> tuple[int, bytes]:
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
            status, _ = _get(f"http://{addr}/v2/", timeout=1.0)
            if status == 200:
                return
            last = f"HTTP {status}"
        except (OSError, urllib.error.URLError) as exc:
            last = str(getattr(exc, "reason", exc))
        time.sleep(0.1)
    raise KitError(f"the registry at {addr} did not answer within {timeout:.0f} s ({last})",
                   subject=addr, hint=f"see `docker logs {REGISTRY_CONTAINER}`; "
                                      "`dockerlab kit up` recreates it")


def _port_holder(api: Any, port: int, ignore: str | None = None) -> str | None:
    """Who holds 127.0.0.1:port: a container's name, another program, or None if free.

    ``ignore`` is the registry container itself, about to be replaced."""
    for c in api.containers():
        if c["Id"] == ignore:
            if any(p.get("PublicPort") == port for p in c.get("Ports") or []):
                return None
            continue
        for p in c.get("Ports") or []:
            if p.get("PublicPort") == port:
                return f"container {','.join(n.lstrip('/') for n in c.get('Names') or [])}"
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return "another program is listening there"
            raise
    return None


def _ensure_volume(api: Any) -> None:
    try:
        api.inspect_volume(REGISTRY_VOLUME)
    except docker.errors.NotFound:
        api.create_volume(REGISTRY_VOLUME, labels={L.COURSE: L.KIT_SECTION,
                                                   L.KIT: L.ROLE_REGISTRY_DATA})


def ensure_registry(api: Any, port: int, progress: Progress = lambda _: None) -> str:
    """Start (or repair) the registry container on 127.0.0.1:``port``; return its address."""
    registry_image = next(i for i in IMAGES if i.name == "registry")
    image_id = api.inspect_image(registry_image.tag)["Id"]
    current = find_container(api)
    if (current and current.get("State") == "running" and published_port(current) == port
            and current.get("ImageID") == image_id):
        wait_ready(address(port))
        return address(port)
    holder = _port_holder(api, port, ignore=current["Id"] if current else None)
    if holder:
        raise PortInUse(port, holder)
    if current:
        progress(f"replacing the registry container ({current.get('Status')})")
        api.remove_container(current["Id"], force=True, v=True)
    _ensure_volume(api)
    progress(f"starting the registry on {address(port)}")
    host_config = api.create_host_config(
        port_bindings={5000: ("127.0.0.1", port)},
        binds={REGISTRY_VOLUME: {"bind": "/var/lib/registry", "mode": "rw"}},
        restart_policy={"Name": "unless-stopped"},
    )
    created = api.create_container(
        registry_image.tag, name=REGISTRY_CONTAINER, ports=[5000], host_config=host_config,
        labels={L.COURSE: L.KIT_SECTION, L.KIT: L.ROLE_REGISTRY},
    )
    try:
        api.start(created["Id"])
    except docker.errors.APIError as exc:
        api.remove_container(created["Id"], force=True, v=True)
        text = str(exc.explanation or exc)
        if "already allocated" in text or "address already in use" in text:
            raise PortInUse(port, "the Engine could not bind it") from None
        raise KitError(f"the registry container did not start: {text}",
                       subject=REGISTRY_CONTAINER, hint="run `dockerlab kit up` again") from None
    wait_ready(address(port))
    return address(port)


def served_ids(addr: str, repository: str, tag: str = "latest") -> frozenset[str]:
    """The IDs an Engine may give the image the registry serves as ``repository:tag``: its
    config digest (the classic image store's image ID) and its manifest digest (the containerd
    image store's, Docker Desktop's and new Engine 29 installs' default). Empty if not served.
    """
    try:
        status, body = _get(f"http://{addr}/v2/{repository}/manifests/{tag}",
                            accept=_MANIFEST_TYPES)
    except (OSError, urllib.error.URLError):
        return frozenset()
    if status != 200:
        return frozenset()
    ids = {"sha256:" + hashlib.sha256(body).hexdigest()}
    with contextlib.suppress(ValueError, KeyError, TypeError):  # an index has no config
        ids.add(str(json.loads(body)["config"]["digest"]))
    return frozenset(ids)


def _push(api: Any, addr: str, source: str, repository: str) -> None:
    target = f"{addr}/{repository}"
    api.tag(source, target, "latest")
    try:
        for line in api.push(target, tag="latest", stream=True, decode=True):
            if "error" in line:
                raise KitError(f"pushing {source} to {addr} failed: {line['error']}",
                               subject=source, hint="run `dockerlab kit up` again")
    finally:
        # Keep `docker images` tidy: the registry holds the copy; drop the local alias and
        # the digest reference the push added.
        digests = [d for d in (api.inspect_image(source).get("RepoDigests") or [])
                   if d.startswith(target + "@")]
        for ref in [f"{target}:latest", *digests]:
            with contextlib.suppress(docker.errors.APIError):
                api.remove_image(ref, noprune=True)


def seed(api: Any, addr: str, progress: Progress = lambda _: None) -> list[str]:
    """Push every course image the registry lacks (or holds an older build of)."""
    pushed = []
    for image in COURSE_IMAGES:
        local_id = api.inspect_image(image.tag)["Id"]
        if local_id in served_ids(addr, image.repository):
            continue
        progress(f"pushing {image.tag} to {addr}")
        _push(api, addr, image.tag, image.repository)
        pushed.append(image.tag)
    return pushed
