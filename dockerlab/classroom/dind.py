"""Pure: how a learner's container may run a Docker Engine of its own on this host.

The usual way is ``--privileged``. It grants every capability, and runc refuses when the
host's capability bounding set lacks one of them ("unable to apply caps"): on some VMs
``CAP_SYS_RESOURCE`` is missing. The recipe for such hosts adds every capability but the
missing ones and lifts the confinement ``--privileged`` would lift::

    --cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined
    --security-opt apparmor=unconfined --security-opt systempaths=unconfined
    -v /sys/fs/cgroup:/sys/fs/cgroup:rw

>>> missing_capabilities("000001fffeffffff")
['SYS_RESOURCE']
>>> missing_capabilities("000001ffffffffff")
[]
>>> mode_for([]), mode_for(["SYS_RESOURCE"])
('privileged', 'recipe')
>>> sorted(host_config_options("recipe", ["SYS_RESOURCE"]))
['binds', 'cap_add', 'cap_drop', 'security_opt']
>>> UNMASKED
{'MaskedPaths': [], 'ReadonlyPaths': []}
>>> host_config_options("privileged", [])
{'privileged': True}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "CAPABILITIES",
    "MODES",
    "UNMASKED",
    "cgroup_parent",
    "docker_run_flags",
    "host_capabilities_missing",
    "host_config_options",
    "missing_capabilities",
    "mode_for",
]

#: Linux capabilities by number (linux/capability.h), as Docker names them.
CAPABILITIES = (
    "CHOWN",
    "DAC_OVERRIDE",
    "DAC_READ_SEARCH",
    "FOWNER",
    "FSETID",
    "KILL",
    "SETGID",
    "SETUID",
    "SETPCAP",
    "LINUX_IMMUTABLE",
    "NET_BIND_SERVICE",
    "NET_BROADCAST",
    "NET_ADMIN",
    "NET_RAW",
    "IPC_LOCK",
    "IPC_OWNER",
    "SYS_MODULE",
    "SYS_RAWIO",
    "SYS_CHROOT",
    "SYS_PTRACE",
    "SYS_PACCT",
    "SYS_ADMIN",
    "SYS_BOOT",
    "SYS_NICE",
    "SYS_RESOURCE",
    "SYS_TIME",
    "SYS_TTY_CONFIG",
    "MKNOD",
    "LEASE",
    "AUDIT_WRITE",
    "AUDIT_CONTROL",
    "SETFCAP",
    "MAC_OVERRIDE",
    "MAC_ADMIN",
    "SYSLOG",
    "WAKE_ALARM",
    "BLOCK_SUSPEND",
    "AUDIT_READ",
    "PERFMON",
    "BPF",
    "CHECKPOINT_RESTORE",
)
#: ``privileged``: ``--privileged``; ``recipe``: every capability the host has, unconfined.
MODES = ("privileged", "recipe")
_UNCONFINED = ["seccomp=unconfined", "apparmor=unconfined"]
#: ``--security-opt systempaths=unconfined`` is the docker CLI's: it sends these HostConfig
#: fields (nothing masked or read-only under /proc and /sys), and the Engine's API refuses
#: the option itself.
UNMASKED: dict[str, list[str]] = {"MaskedPaths": [], "ReadonlyPaths": []}


def missing_capabilities(capbnd: str) -> list[str]:
    """The capabilities Docker knows that a ``CapBnd:`` mask (hex, from /proc/PID/status)
    lacks."""
    mask = int(capbnd, 16)
    return [name for bit, name in enumerate(CAPABILITIES) if not mask >> bit & 1]


def host_capabilities_missing(status: str | Path = "/proc/self/status") -> list[str]:
    """The capabilities this machine's bounding set lacks (read from ``status``)."""
    for line in Path(status).read_text().splitlines():
        if line.startswith("CapBnd:"):
            return missing_capabilities(line.split(":", 1)[1].strip())
    return []


def mode_for(missing: list[str]) -> str:
    """``privileged`` when the host can grant every capability, else ``recipe``."""
    return "recipe" if missing else "privileged"


def host_config_options(mode: str, missing: list[str]) -> dict[str, Any]:
    """docker-py ``create_host_config`` keyword arguments for an engine in a container (the
    recipe also needs :data:`UNMASKED` merged into the HostConfig it makes)."""
    if mode == "privileged":
        return {"privileged": True}
    if mode != "recipe":
        raise ValueError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
    return {
        "cap_add": ["ALL"],
        "cap_drop": list(missing),
        "security_opt": list(_UNCONFINED),
        "binds": ["/sys/fs/cgroup:/sys/fs/cgroup:rw"],
    }


def docker_run_flags(mode: str, missing: list[str]) -> list[str]:
    """The same as ``docker run`` flags.

    >>> docker_run_flags("recipe", ["SYS_RESOURCE"])[:4]
    ['--cap-add', 'ALL', '--cap-drop', 'SYS_RESOURCE']
    """
    if mode == "privileged":
        return ["--privileged"]
    options = host_config_options(mode, missing)
    flags = ["--cap-add", "ALL"]
    for cap in options["cap_drop"]:
        flags += ["--cap-drop", cap]
    for opt in [*options["security_opt"], "systempaths=unconfined"]:
        flags += ["--security-opt", opt]
    return [*flags, "-v", "/sys/fs/cgroup:/sys/fs/cgroup:rw"]


def cgroup_parent(proc_self_cgroup: str) -> str | None:
    """Where a nested engine should put its containers: below the learner container's own
    cgroup, so that the container's memory, CPU and PID limits cover them too. None when
    the container has its own cgroup namespace (its cgroup is ``/``): dockerd's default
    already nests there.

    >>> cgroup_parent("12:memory:/classroom/ab12\\n11:pids:/classroom/ab12\\n")
    '/classroom/ab12/engine'
    >>> cgroup_parent("0::/\\n") is None
    True
    """
    paths = {}
    for line in proc_self_cgroup.splitlines():
        parts = line.split(":", 2)
        if len(parts) == 3:
            for controller in (parts[1] or "unified").split(","):
                paths[controller] = parts[2]
    own = paths.get("memory") or paths.get("unified") or "/"
    return None if own in ("", "/") else own.rstrip("/") + "/engine"
