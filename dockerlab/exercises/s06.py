"""Exercises of notebook 06, image commands: what ``latest`` means, and ``rmi -f``."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from ..i18n import N_, _
from ..kit import registry as kit_registry
from .base import NotYet, exercise
from .helpers import image, need_container

__all__ = ["registry_digests"]

#: The manifest types a push can store: the registry answers HEAD with the digest of what it
#: holds, whichever of these it is (the containerd image store pushes an index).
_ACCEPT = ", ".join(
    [
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    ]
)
TIMEOUT = 5.0
APP = "ex06/app"


def registry_digests(address: str, repository: str) -> dict[str, str]:
    """``{tag: manifest digest}`` of ``repository`` in the v2 registry at ``address``, as
    ``GET /v2/NAME/tags/list`` and ``HEAD /v2/NAME/manifests/TAG`` answer; ``{}`` when the
    registry has no such repository. Raises :class:`NotYet` when the registry does not answer."""
    base = f"http://{address}/v2/{urllib.parse.quote(repository)}"
    try:
        try:
            with urllib.request.urlopen(f"{base}/tags/list", timeout=TIMEOUT) as answer:
                tags = json.load(answer).get("tags") or []
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return {}
            raise
        digests = {}
        for tag in tags:
            request = urllib.request.Request(
                f"{base}/manifests/{tag}", method="HEAD", headers={"Accept": _ACCEPT}
            )
            with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
                digests[tag] = answer.headers.get("Docker-Content-Digest", "")
        return digests
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise NotYet(
            _("the course registry at {address} does not answer ({reason})").format(
                address=address, reason=getattr(exc, "reason", exc)
            ),
            _("start it with `dockerlab kit up` in a terminal"),
        ) from exc


def _registry_address(client: Any) -> str:
    return kit_registry(client=client)


@exercise(
    "06.1",
    N_("latest is only a name"),
    solution="""
docker build -t $REGISTRY/ex06/app:v1 - <<'EOF'
FROM dockerlab/busybox
CMD ["echo", "v1"]
EOF
docker build -t $REGISTRY/ex06/app:v2 - <<'EOF'
FROM dockerlab/busybox
CMD ["echo", "v2"]
EOF
docker tag $REGISTRY/ex06/app:v2 $REGISTRY/ex06/app:latest
docker push $REGISTRY/ex06/app:v1
docker push $REGISTRY/ex06/app:v2
docker push $REGISTRY/ex06/app:latest
""",
)
def _latest(client: Any) -> str:
    address = _registry_address(client)
    name = f"{address}/{APP}"
    local: dict[str, dict[str, Any]] = {}
    for tag in ("v1", "v2"):
        found = image(client, f"{name}:{tag}")
        if found is None:
            raise NotYet(
                _("there is no image {ref} here").format(ref=f"{name}:{tag}"),
                _(
                    "build it: docker build -t $REGISTRY/ex06/app:{tag} - (a Dockerfile "
                    "FROM dockerlab/busybox on standard input)"
                ).format(tag=tag),
            )
        local[tag] = found
    if local["v1"]["Id"] == local["v2"]["Id"]:
        raise NotYet(
            _("{name}:v1 and :v2 are the same image").format(name=name),
            _(
                'build two different images, e.g. one with CMD ["echo", "v1"] and one '
                'with CMD ["echo", "v2"]'
            ),
        )
    pushed = registry_digests(address, APP)
    for tag in ("v1", "v2"):
        if tag not in pushed:
            raise NotYet(
                _("the course registry has no {repo}:{tag}").format(repo=APP, tag=tag),
                _("push it: docker push $REGISTRY/ex06/app:{tag}").format(tag=tag),
            )
        ours = f"{name}@{pushed[tag]}"
        if ours not in (local[tag].get("RepoDigests") or []):
            raise NotYet(
                _("{repo}:{tag} in the course registry is not the image you have here").format(
                    repo=APP, tag=tag
                ),
                _("push it again: docker push $REGISTRY/ex06/app:{tag}").format(tag=tag),
            )
    if "latest" not in pushed:
        raise NotYet(
            _("the course registry has no tag latest in {repo}: a pull without a tag fails").format(
                repo=APP
            ),
            _("docker tag $REGISTRY/ex06/app:v2 $REGISTRY/ex06/app:latest, then push that name"),
        )
    if pushed["latest"] != pushed["v2"]:
        which = "v1" if pushed["latest"] == pushed["v1"] else _("another image")
        raise NotYet(
            _("latest in the course registry is {which}, not v2").format(which=which),
            _(
                "latest is only a name, and it moves only when you tag and push it: "
                "docker tag $REGISTRY/ex06/app:v2 $REGISTRY/ex06/app:latest, then docker "
                "push $REGISTRY/ex06/app:latest"
            ),
        )
    return _(
        "a pull of {repo} without a tag gets v2: in the registry, latest and v2 are one "
        "image and v1 is another"
    ).format(repo=APP)


@exercise(
    "06.2",
    N_("remove an image a stopped container uses"),
    solution="""
docker build -t ex06/once - <<'EOF'
FROM dockerlab/busybox
RUN echo once > /once
CMD ["cat", "/once"]
EOF
docker run --name ex06-once ex06/once
docker rmi -f $(docker images -q ex06/once)
docker start -a ex06-once
""",
)
def _once(client: Any) -> str:
    info = need_container(
        client,
        "ex06-once",
        _("build ex06/once, then run a container from it: docker run --name ex06-once ex06/once"),
    )
    used = str(info["Config"].get("Image") or "")
    if used.split(":")[0] != "ex06/once":
        raise NotYet(
            _("ex06-once was made from {image}, not ex06/once").format(image=used),
            _("remove it (docker rm -f ex06-once) and run it from ex06/once"),
        )
    if info["State"]["Running"]:
        raise NotYet(
            _("ex06-once is still running"),
            _(
                "this exercise needs a stopped container: give ex06/once a command that "
                'ends, such as CMD ["cat", "/once"], and run it again'
            ),
        )
    if image(client, "ex06/once") is not None:
        raise NotYet(
            _("the image ex06/once is still here"),
            _(
                "docker rmi refuses while the container uses it; a stopped container does "
                "not stop docker rmi -f"
            ),
        )
    if image(client, info["Image"]) is not None:
        raise NotYet(
            _(
                "the name ex06/once is gone, but the image is still here without a name "
                "(docker images -a shows it as <none>)"
            ),
            _(
                "remove the image itself, by its ID: docker rmi -f $(docker inspect "
                "--format '{{.Image}}' ex06-once)"
            ),
        )
    return _(
        "the image ex06/once is deleted, and the stopped container ex06-once that used it "
        "is still here"
    )
