"""Exercises of notebook 02: how Docker works (the client, the Engine API, the events)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from ..i18n import N_, _
from ..kit import registry as kit_registry
from .base import NotYet, exercise
from .helpers import logs_text, need_container

NEVER = "0001-01-01"


def _created(info: dict[str, Any]) -> int:
    """The container's creation time, in whole seconds since 1970 (rounded down)."""
    stamp = str(info.get("Created") or "")[:19]
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return int(time.time()) - 3600
    return int(moment.replace(tzinfo=dt.timezone.utc).timestamp())


def container_actions(client: Any, info: dict[str, Any]) -> list[str]:
    """What ``docker events --since CREATED --filter container=ID`` reports for a container,
    oldest first: ``["create", "start", "die"]``. The stream ends at the next second."""
    events = client.api.events(
        since=_created(info) - 1,
        until=int(time.time()) + 1,
        decode=True,
        filters={"container": info["Id"]},
    )
    return [
        str(e.get("Action") or e.get("status"))
        for e in events
        if e.get("Type", "container") == "container"
    ]


def _forgotten(name: str) -> NotYet:
    return NotYet(
        _(
            "the Engine no longer remembers the events of {name} (it keeps only the "
            "most recent ones)"
        ).format(name=name),
        _("remove it (docker rm -f {name}) and do the exercise again").format(name=name),
    )


@exercise(
    "02.1",
    N_("create and start in two steps"),
    solution="""
docker create --name ex02-steps dockerlab/hello-world
docker start ex02-steps
docker logs ex02-steps
docker events --since 10m --until 0s --filter container=ex02-steps
""",
)
def _steps(client: Any) -> str:
    info = need_container(
        client,
        "ex02-steps",
        _("create it without starting it: docker create --name ex02-steps dockerlab/hello-world"),
    )
    actions = container_actions(client, info)
    if "create" not in actions:
        raise _forgotten("ex02-steps")
    if "start" not in actions:
        raise NotYet(
            _("ex02-steps was created, and has not started yet"),
            _("start it: docker start ex02-steps"),
        )
    if "attach" in actions:
        raise NotYet(
            _("the Engine reported an attach for ex02-steps: {actions}").format(
                actions=", ".join(actions)
            ),
            _(
                "docker run (and docker start -a) attach to the output; remove ex02-steps "
                "(docker rm -f ex02-steps), create it with docker create, then use docker "
                "start without -a"
            ),
        )
    return _(
        "the Engine reported {actions} for ex02-steps: created, then started, and no one "
        "attached to its output (docker logs has it)"
    ).format(actions=", ".join(actions))


@exercise(
    "02.2",
    N_("docker run, by hand, with curl"),
    solution="""
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" -X POST \\
  "http://localhost/images/create?fromImage=$REGISTRY/dockerlab/hello-world&tag=latest"
curl -s --unix-socket "$sock" -H 'Content-Type: application/json' \\
  -d "{\\"Image\\": \\"$REGISTRY/dockerlab/hello-world\\"}" \\
  'http://localhost/containers/create?name=ex02-by-hand'
curl -s --unix-socket "$sock" -X POST http://localhost/containers/ex02-by-hand/start
curl -s --unix-socket "$sock" -X POST http://localhost/containers/ex02-by-hand/wait
docker logs ex02-by-hand | head -2
""",
    automated="""
REGISTRY=${REGISTRY:-$(docker port dockerlab-registry 5000)}
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" -X POST \\
  "http://localhost/images/create?fromImage=$REGISTRY/dockerlab/hello-world&tag=latest"
curl -s --unix-socket "$sock" -H 'Content-Type: application/json' \\
  -d "{\\"Image\\": \\"$REGISTRY/dockerlab/hello-world\\"}" \\
  'http://localhost/containers/create?name=ex02-by-hand'
curl -s --unix-socket "$sock" -X POST http://localhost/containers/ex02-by-hand/start
curl -s --unix-socket "$sock" -X POST http://localhost/containers/ex02-by-hand/wait
""",
)
def _by_hand(client: Any) -> str:
    wanted = f"{kit_registry(client=client)}/dockerlab/hello-world"
    info = need_container(
        client,
        "ex02-by-hand",
        _(
            "create it: POST /containers/create?name=ex02-by-hand, with the JSON body "
            '{"Image": "$REGISTRY/dockerlab/hello-world"}'
        ),
    )
    image = str(info["Config"]["Image"]).removesuffix(":latest")
    if image != wanted:
        raise NotYet(
            _("ex02-by-hand runs {image}, not {wanted}").format(image=image, wanted=wanted),
            _(
                "remove it (docker rm -f ex02-by-hand) and create it from "
                "$REGISTRY/dockerlab/hello-world; until you pull that image "
                "(POST /images/create?fromImage=…), the Engine answers "
                "No such image"
            ),
        )
    state = info["State"]
    if str(state.get("StartedAt", NEVER)).startswith(NEVER):
        raise NotYet(
            _("ex02-by-hand was created, and has not started yet"),
            _("POST /containers/ex02-by-hand/start, then POST /containers/ex02-by-hand/wait"),
        )
    if state["Running"] or state["ExitCode"] != 0:
        raise NotYet(
            _("ex02-by-hand has not finished with exit code 0 ({status})").format(
                status=state["Status"]
            ),
            _("POST /containers/ex02-by-hand/wait waits for it and answers its exit code"),
        )
    actions = container_actions(client, info)
    if "attach" in actions:
        raise NotYet(
            _("the Engine reported an attach for ex02-by-hand: docker run made it"),
            _("remove it (docker rm ex02-by-hand) and send the requests with curl this time"),
        )
    printed = logs_text(client, "ex02-by-hand").strip().splitlines()
    return _(
        "ex02-by-hand runs the registry's image; it was created, started and waited "
        "for without docker run, and printed: {text}"
    ).format(text=printed[0] if printed else "-")
