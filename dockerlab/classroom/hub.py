"""``dockerlab classroom up | down``: JupyterHub, configurable-http-proxy and DockerSpawner on
this host, configured by the repository's ``classroom/jupyterhub_config.py``."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..engine_errors import engine_errors
from ..errors import DockerlabError, NotFound
from ..i18n import _
from ..settings import value as setting
from . import dind, networks
from .hubapi import HubAPI
from .recipe import IMAGE, recipe_dir
from .state import Settings, free_port, learner_names, load, save
from .status import remove_container

__all__ = ["down", "prespawn", "resources", "up"]

Progress = Callable[[str], None]
HUB_TIMEOUT = 90.0
PREFIX = "dockerlab-classroom-"


def _quiet(_: str) -> None:
    return None


def _proxy_command() -> str:
    found = shutil.which("configurable-http-proxy")
    if not found:
        raise DockerlabError(
            _("configurable-http-proxy is not installed"),
            subject="configurable-http-proxy",
            hint=_("npm install -g configurable-http-proxy@5"),
        )
    return found


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def _wait_hub(url: str, pid: int, log: Path, timeout: float = HUB_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            break
        try:
            with urllib.request.urlopen(f"{url}/hub/api/", timeout=2) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.3)
    tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
    raise DockerlabError(
        _("the hub did not answer at {url}: {tail}").format(url=url, tail=tail),
        subject=url,
        hint=_("read {log}").format(log=log),
    )


def up(
    api: Any,
    *,
    learners: int,
    state: Path,
    bind: str = "127.0.0.1",
    port: int | None = None,
    image: str = IMAGE,
    mode: str | None = None,
    password: str | None = None,
    memory: str = "2G",
    cpus: float = 1.0,
    pids: int = 2048,
    cull_idle: int = 3600,
    language: str = "zh",
    progress: Progress = _quiet,
) -> Settings:
    """Start the hub for ``learners`` learners (and the instructor); return its settings."""
    running = load(state)
    if running and _alive(running.hub_pid):
        raise DockerlabError(
            _("a class is already running from {state}").format(state=state),
            subject=str(state),
            hint=_("dockerlab classroom down, or another --state DIR"),
        )
    if resources(api)["container"]:
        raise DockerlabError(
            _("a class is already running on this Engine"),
            subject="dockerlab-classroom-*",
            hint=_(
                "dockerlab classroom down (with the --state it was started with), then up again"
            ),
        )
    config = recipe_dir() / "jupyterhub_config.py"
    proxy = _proxy_command()
    try:
        with engine_errors("image", image):
            api.inspect_image(image)
    except NotFound as exc:
        raise DockerlabError(
            _("there is no image {tag} on this Engine").format(tag=image),
            subject=image,
            hint=_("dockerlab classroom build (or dockerlab classroom load FILE)"),
        ) from exc
    missing = dind.host_capabilities_missing()
    mode = mode or dind.mode_for(missing)
    if password is not None and len(password) < 8:
        raise DockerlabError(
            _("the workshop password must have 8 characters or more"),
            subject="--password",
            hint=_("choose a longer one"),
        )
    subnet = setting("DOCKERLAB_CLASSROOM_SUBNET")
    networks.ensure_network(api, networks.HUB_NETWORK, networks.subnet(subnet, 0), "hub")
    hub_ip = networks.gateway(subnet, 0)
    state.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        learners=learner_names(learners),
        bind=bind,
        port=free_port(bind if bind != "0.0.0.0" else "", port or 8000),
        hub_port=free_port(hub_ip),
        proxy_api_port=free_port(),
        service_port=free_port(),
        password=password or "docker-" + secrets.token_hex(4),
        admin_password=secrets.token_urlsafe(32),
        token=secrets.token_hex(32),
        state=str(state.resolve()),
        image=image,
        dind=mode,
        cap_drop=missing if mode == "recipe" else [],
        memory=memory,
        cpus=cpus,
        pids=pids,
        cull_idle=cull_idle,
        subnet=subnet,
        language=language,
        docker_host=os.environ.get("DOCKER_HOST", ""),
    )
    env = {**os.environ, **settings.hub_environment(), "DOCKERLAB_CLASSROOM_PROXY_COMMAND": proxy}
    log = state / "jupyterhub.log"
    progress(_("starting the hub on {url} ({mode} engines)").format(url=settings.url, mode=mode))
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)],
            cwd=state,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    settings.hub_pid = process.pid
    save(settings)
    _wait_hub(settings.url, process.pid, log)
    return settings


def prespawn(
    settings: Settings,
    names: list[str] | None = None,
    progress: Progress = _quiet,
    timeout: float = 300.0,
) -> dict[str, float]:
    """Start every learner's server (``up --spawn``); return the seconds each took."""
    hub = HubAPI(settings.url, settings.token)
    names = names or settings.learners

    def one(name: str) -> float:
        start = time.monotonic()
        hub.start(name)
        hub.wait(name, ready=True, timeout=timeout)
        took = time.monotonic() - start
        progress(_("{name}: server ready in {s:.1f} s").format(name=name, s=took))
        return took

    with ThreadPoolExecutor(max_workers=min(8, len(names) or 1)) as pool:
        return dict(zip(names, pool.map(one, names), strict=True))


def resources(api: Any) -> dict[str, list[str]]:
    """The classroom's containers, volumes and networks on the Engine, by name."""
    containers = [
        c["Names"][0].lstrip("/")
        for c in api.containers(all=True, filters={"label": networks.LABEL})
    ]
    volumes = [
        v["Name"]
        for v in (api.volumes() or {}).get("Volumes") or []
        if v["Name"].startswith(PREFIX)
    ]
    nets = [n["Name"] for n in api.networks(filters={"label": networks.LABEL})]
    return {"container": sorted(containers), "volume": sorted(volumes), "network": sorted(nets)}


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (the hub's proxy and services), from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _stop_hub(settings: Settings, progress: Progress) -> None:
    pids = [settings.hub_pid, *(_descendants(settings.hub_pid) if _alive(settings.hub_pid) else [])]
    proxy_pid = Path(settings.state) / "proxy.pid"
    with contextlib.suppress(OSError, ValueError):
        pids.append(int(proxy_pid.read_text().strip()))
    pids = list(dict.fromkeys(pids))
    for pid in pids:
        if _alive(pid):
            progress(_("stopping process {pid}").format(pid=pid))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in pids:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def down(
    api: Any, state: Path, *, keep_homes: bool = False, progress: Progress = _quiet
) -> dict[str, list[str]]:
    """Stop the hub and remove every learner's container, volumes and network, and the state;
    ``keep_homes`` keeps the learners' home volumes. Returns what was removed."""
    settings = load(state)
    if settings is not None:
        _stop_hub(settings, progress)
    found = resources(api)
    removed: dict[str, list[str]] = {"container": [], "volume": [], "network": []}

    def drop_container(name: str) -> None:
        with contextlib.suppress(DockerlabError), engine_errors("container", name):
            api.stop(name, timeout=5)  # dockerd inside stops its containers first
        remove_container(api, name)
        removed["container"].append(name)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(drop_container, found["container"]))
    for name in found["volume"]:
        if keep_homes and name.startswith(PREFIX + "home-"):
            continue
        with contextlib.suppress(NotFound), engine_errors("volume", name):
            api.remove_volume(name, force=True)
        removed["volume"].append(name)
    for name in found["network"]:
        with contextlib.suppress(NotFound), engine_errors("network", name):
            api.remove_network(name)
        removed["network"].append(name)
    if settings is not None:
        shutil.rmtree(settings.state, ignore_errors=True)
    return removed
