"""``dockerlab kit status``: what of the kit is there, as a frame."""

from __future__ import annotations

from typing import Any

import docker.errors

from ..format import human_size, truncate_id
from ..table import CliFrame, CliView
from . import local_registry as reg
from .build import image_state
from .spec import COURSE_IMAGES, IMAGES, REGISTRY_CONTAINER, REGISTRY_VOLUME

__all__ = ["kit_status"]

COLUMNS = ("RESOURCE", "NAME", "STATUS", "DETAIL")


def kit_status(api: Any, port: int) -> CliFrame:
    """One row per kit resource; the typed ``ok`` column says whether it is ready."""
    rows: list[tuple[str, str, str, str, bool]] = []
    for image in IMAGES:
        state, found = image_state(api, image)
        detail = (f"{truncate_id(found['Id'])}  {human_size(found.get('Size', 0))}" if found
                  else image.summary)
        if image.optional and state == "missing":
            state, detail = "optional", "dockerlab kit up --all (Part 2 builds it)"
        rows.append(("image", image.tag, state, detail, state in ("ready", "optional")))
    container = reg.find_container(api)
    if container is None:
        rows.append(("container", REGISTRY_CONTAINER, "missing", "", False))
    else:
        actual = reg.published_port(container)
        state = container.get("State", "")
        ok = state == "running" and actual == port
        detail = f"127.0.0.1:{actual}->5000/tcp" if actual else container.get("Status", "")
        rows.append(("container", REGISTRY_CONTAINER, state, detail, ok))
        port = actual or port
    try:
        api.inspect_volume(REGISTRY_VOLUME)
        rows.append(("volume", REGISTRY_VOLUME, "present", "the registry's storage", True))
    except docker.errors.NotFound:
        rows.append(("volume", REGISTRY_VOLUME, "missing", "", False))
    addr = reg.address(port)
    seeded = [i.repository for i in COURSE_IMAGES if reg.served_ids(addr, i.repository)]
    serving = bool(seeded) or _answers(addr)
    rows.append(("registry", f"http://{addr}", "serving" if serving else "unreachable",
                 f"{len(seeded)}/{len(COURSE_IMAGES)} course images", serving
                 and len(seeded) == len(COURSE_IMAGES)))
    data: dict[str, list[Any]] = {c: [r[i] for r in rows] for i, c in enumerate(COLUMNS)}
    data["ok"] = [r[4] for r in rows]
    return CliFrame(data, cli=CliView("dockerlab kit status", COLUMNS))


def _answers(addr: str) -> bool:
    try:
        reg.wait_ready(addr, timeout=0.5)
        return True
    except Exception:
        return False
