"""``dockerlab kit status``: what of the kit is there, as a frame."""

from __future__ import annotations

import contextlib
from typing import Any

from ..engine import Engine
from ..errors import KitError
from ..format import human_size, truncate_id
from ..i18n import N_, _
from ..table import CliFrame, CliView
from . import local_registry as reg
from .build import image_state
from .spec import COURSE_IMAGES, IMAGES, REGISTRY_CONTAINER, REGISTRY_VOLUME

__all__ = ["kit_status"]

COLUMNS = ("RESOURCE", "NAME", "STATUS", "DETAIL")
HEADERS = (N_("RESOURCE"), N_("NAME"), N_("STATUS"), N_("DETAIL"))
#: The words of the RESOURCE and STATUS columns, shown translated (the typed columns
#: ``resource`` and ``state`` keep the English word).
WORDS = {
    w: w
    for w in (
        N_("image"),
        N_("container"),
        N_("volume"),
        N_("registry"),
        N_("ready"),
        N_("missing"),
        N_("outdated"),
        N_("present"),
        N_("serving"),
        N_("unreachable"),
        N_("running"),
        N_("exited"),
        N_("created"),
        N_("restarting"),
        N_("paused"),
        N_("dead"),
    )
}


def kit_status(engine: Engine, port: int) -> CliFrame:
    """One row per kit resource; the typed ``ok`` column says whether it is ready."""
    rows: list[tuple[str, str, str, str, bool]] = []
    for image in IMAGES:
        state, found = image_state(engine, image)
        detail = (
            f"{truncate_id(found['Id'])}  {human_size(found.get('Size', 0))}"
            if found
            else image.summary
        )
        if image.optional and state == "missing":
            state, detail = "optional", _("dockerlab kit up --all (Part 2 builds it)")
        rows.append(("image", image.tag, state, detail, state in ("ready", "optional")))
    container = reg.find_container(engine)
    if container is None:
        rows.append(("container", REGISTRY_CONTAINER, "missing", "", False))
    else:
        actual = reg.published_port(container)
        state = container.get("State", "")
        ok = state == "running" and actual == port
        detail = f"127.0.0.1:{actual}->5000/tcp" if actual else container.get("Status", "")
        rows.append(("container", REGISTRY_CONTAINER, state, detail, ok))
        port = actual or port
    if engine.find_volume(REGISTRY_VOLUME) is not None:
        rows.append(("volume", REGISTRY_VOLUME, "present", _("the registry's storage"), True))
    else:
        rows.append(("volume", REGISTRY_VOLUME, "missing", "", False))
    addr = reg.address(port)
    seeded = [i.repository for i in COURSE_IMAGES if reg.served_ids(addr, i.repository)]
    serving = bool(seeded) or _answers(addr)
    rows.append(
        (
            "registry",
            f"http://{addr}",
            "serving" if serving else "unreachable",
            _("{n}/{total} course images").format(n=len(seeded), total=len(COURSE_IMAGES)),
            serving and len(seeded) == len(COURSE_IMAGES),
        )
    )
    data: dict[str, list[Any]] = {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}
    data["resource"] = data["RESOURCE"]
    data["state"] = data["STATUS"]
    data["RESOURCE"] = [_(WORDS.get(v, v)) if v in WORDS else v for v in data["RESOURCE"]]
    data["STATUS"] = [_(WORDS[v]) if v in WORDS else v for v in data["STATUS"]]
    data["ok"] = [r[4] for r in rows]
    return CliFrame(
        data, cli=CliView("dockerlab kit status", COLUMNS, headers=tuple(_(h) for h in HEADERS))
    )


def _answers(addr: str) -> bool:
    with contextlib.suppress(KitError):
        reg.wait_ready(addr, timeout=0.5)
        return True
    return False
