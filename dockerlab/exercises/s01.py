"""Exercises of notebook 01: images, containers, repositories."""

from __future__ import annotations

from typing import Any

from ..i18n import N_, _
from ..kit import registry as kit_registry
from ..kit.local_registry import served_ids
from .base import NotYet, exercise
from .helpers import image, logs_text, need_container

BASE = "dockerlab/busybox"
GREETING_CMD = ["cat", "/greeting.txt"]


def _changes(client: Any, info: dict[str, Any]) -> set[str]:
    """The paths ``docker diff`` lists for a container."""
    return {c["Path"] for c in client.api.diff(info["Id"]) or []}


def _base_layers(client: Any) -> list[str]:
    found = image(client, BASE)
    if found is None:
        raise NotYet(
            _("the image {image} is missing").format(image=BASE),
            _("run `dockerlab kit up` in a terminal"),
        )
    return list(found["RootFS"]["Layers"])


@exercise(
    "01.1",
    N_("one image, two writable layers"),
    solution="""
docker run --name ex01-a dockerlab/busybox touch /a.txt
docker run --name ex01-b dockerlab/busybox touch /b.txt
docker diff ex01-a
docker diff ex01-b
""",
)
def _two_layers(client: Any) -> str:
    base = image(client, BASE)
    for name, mine, other in (("ex01-a", "/a.txt", "/b.txt"), ("ex01-b", "/b.txt", "/a.txt")):
        info = need_container(
            client,
            name,
            _("run it: docker run --name {name} dockerlab/busybox touch {path}").format(
                name=name, path=mine
            ),
        )
        if base is None or info["Image"] != base["Id"]:
            raise NotYet(
                _("{name} runs {image}, not dockerlab/busybox").format(
                    name=name, image=info["Config"]["Image"]
                ),
                _("remove it (docker rm {name}) and run it from dockerlab/busybox").format(
                    name=name
                ),
            )
        changes = _changes(client, info)
        if mine not in changes:
            raise NotYet(
                _("{name}'s writable layer has no {path}").format(name=name, path=mine),
                _(
                    "remove it (docker rm {name}) and run it again with the command touch {path}"
                ).format(name=name, path=mine),
            )
        if other in changes:
            raise NotYet(
                _("{name}'s writable layer has {path} too").format(name=name, path=other),
                _(
                    "each container makes its own file: remove {name} (docker rm "
                    "{name}) and run it with touch {path} only"
                ).format(name=name, path=mine),
            )
    return _(
        "ex01-a and ex01-b come from one image, dockerlab/busybox, and each writable "
        "layer holds only its own file"
    )


@exercise(
    "01.2",
    N_("an image of your own with docker commit"),
    solution="""
docker run --name ex01-greeter dockerlab/busybox sh -c 'echo hello from my image > /greeting.txt'
docker commit --change 'CMD ["cat", "/greeting.txt"]' ex01-greeter ex01/greeting:v1
docker run --rm ex01/greeting:v1
docker history ex01/greeting:v1
""",
)
def _commit(client: Any) -> str:
    info = need_container(
        client,
        "ex01-greeter",
        _(
            "run it: docker run --name ex01-greeter dockerlab/busybox sh -c 'echo … > /greeting.txt'"  # noqa: E501
        ),
    )
    if "/greeting.txt" not in _changes(client, info):
        raise NotYet(
            _("ex01-greeter's writable layer has no /greeting.txt"),
            _(
                "remove it (docker rm ex01-greeter) and run it again with a command "
                "that writes /greeting.txt"
            ),
        )
    made = image(client, "ex01/greeting:v1")
    if made is None:
        raise NotYet(
            _("there is no image ex01/greeting:v1"),
            _(
                "make it from ex01-greeter: docker commit --change "
                '\'CMD ["cat", "/greeting.txt"]\' ex01-greeter ex01/greeting:v1'
            ),
        )
    base = _base_layers(client)
    layers = list(made["RootFS"]["Layers"])
    if layers[: len(base)] != base or len(layers) != len(base) + 1:
        raise NotYet(
            _(
                "ex01/greeting:v1 has {n} layers, and is not dockerlab/busybox's {base} plus one"
            ).format(n=len(layers), base=len(base)),
            _(
                "commit ex01-greeter, a container of dockerlab/busybox: docker commit "
                "ex01-greeter ex01/greeting:v1"
            ),
        )
    command = list((made.get("Config") or {}).get("Cmd") or [])
    if command != GREETING_CMD:
        raise NotYet(
            _("the default command of ex01/greeting:v1 is {cmd}").format(
                cmd=" ".join(command) or "-"
            ),
            _('commit again with --change \'CMD ["cat", "/greeting.txt"]\''),
        )
    return _(
        "ex01/greeting:v1 is dockerlab/busybox's {base} layers plus one from "
        "ex01-greeter, and its default command is cat /greeting.txt"
    ).format(base=len(base))


_PUSH_HINT = N_(
    "give it the registry's name and push it: docker tag ex01/greeting:v1 "
    "$REGISTRY/ex01/greeting:v1, then docker push $REGISTRY/ex01/greeting:v1"
)


@exercise(
    "01.3",
    N_("through the course registry"),
    solution="""
docker tag ex01/greeting:v1 $REGISTRY/ex01/greeting:v1
docker push $REGISTRY/ex01/greeting:v1
docker rmi $REGISTRY/ex01/greeting:v1
docker run --name ex01-from-registry $REGISTRY/ex01/greeting:v1
docker history $REGISTRY/ex01/greeting:v1
""",
    automated="""
REGISTRY=${REGISTRY:-$(docker port dockerlab-registry 5000)}
docker run --name ex01-greeter dockerlab/busybox sh -c 'echo hello from my image > /greeting.txt'
docker commit --change 'CMD ["cat", "/greeting.txt"]' ex01-greeter ex01/greeting:v1
docker tag ex01/greeting:v1 $REGISTRY/ex01/greeting:v1
docker push $REGISTRY/ex01/greeting:v1
docker rmi $REGISTRY/ex01/greeting:v1
docker run --name ex01-from-registry $REGISTRY/ex01/greeting:v1
""",
)
def _through_registry(client: Any) -> str:
    addr = kit_registry(client=client)
    wanted = f"{addr}/ex01/greeting:v1"
    info = need_container(
        client,
        "ex01-from-registry",
        _("run it: docker run --name ex01-from-registry $REGISTRY/ex01/greeting:v1"),
    )
    if info["Config"]["Image"] != wanted:
        raise NotYet(
            _("ex01-from-registry runs {image}, not {wanted}").format(
                image=info["Config"]["Image"], wanted=wanted
            ),
            _(
                "remove it (docker rm ex01-from-registry) and run it from the registry's name, "
                "$REGISTRY/ex01/greeting:v1"
            ),
        )
    served = served_ids(addr, "ex01/greeting", "v1")
    if not served:
        raise NotYet(
            _("the registry {addr} has no ex01/greeting:v1").format(addr=addr), _(_PUSH_HINT)
        )
    if info["Image"] not in served:
        raise NotYet(
            _(
                "the registry's ex01/greeting:v1 is another image than the one "
                "ex01-from-registry runs"
            ),
            _("push the image you run: docker push $REGISTRY/ex01/greeting:v1"),
        )
    if info["State"]["Running"] or info["State"]["ExitCode"] != 0:
        raise NotYet(
            _("ex01-from-registry has not finished with exit code 0 ({status})").format(
                status=info["State"]["Status"]
            ),
            _("its default command should be cat /greeting.txt (exercise 01.2)"),
        )
    printed = logs_text(client, "ex01-from-registry").strip().splitlines()
    return _(
        "ex01-from-registry runs {wanted}, the image the registry serves, and printed: {text}"
    ).format(wanted=wanted, text=printed[0] if printed else "-")
