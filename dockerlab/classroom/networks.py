"""One bridge network per learner, so that learners cannot reach each other's servers.

Docker drops traffic between two bridge networks, so a learner's container reaches only the
hub (on the host) and the internet, never another learner's. Each network gets a small subnet
of its own, carved from one range (``DOCKERLAB_CLASSROOM_SUBNET``, default ``10.213.0.0/16``)
outside Docker's default pools (which hold only ~30 networks, and which the learners' own
engines use inside their containers). The first subnet is the hub's: the hub listens on its
gateway, an address every learner container can reach and the room cannot.

>>> subnet("10.213.0.0/16", 0), gateway("10.213.0.0/16", 0)
('10.213.0.0/28', '10.213.0.1')
>>> subnet("10.213.0.0/16", 3)
'10.213.0.48/28'
>>> learner_index(["ann", "bob", "teacher"], "bob")
2
>>> network_name("bob"), HUB_NETWORK
('dockerlab-classroom-net-bob', 'dockerlab-classroom-net-hub')
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any

import docker.types

from ..engine_errors import engine_errors
from ..errors import DockerlabError, NotFound
from ..i18n import _

__all__ = [
    "DEFAULT_RANGE",
    "HUB_NETWORK",
    "LABEL",
    "ensure_network",
    "gateway",
    "learner_index",
    "network_name",
    "subnet",
]

DEFAULT_RANGE = "10.213.0.0/16"
PREFIX = "dockerlab-classroom"
#: Every host resource of the classroom carries this label (value: its role).
LABEL = "dockerlab.classroom"
HUB_NETWORK = f"{PREFIX}-net-hub"
_SIZE = 28  # 14 addresses: a gateway and one learner container, with room to spare


def subnet(whole: str, index: int) -> str:
    """The ``index``-th /28 of the range ``whole`` (0: the hub's)."""
    network = ipaddress.ip_network(whole)
    count = 2 ** (_SIZE - network.prefixlen)
    if not 0 <= index < count:
        raise DockerlabError(
            _("{whole} holds {count} networks, not {n}").format(
                whole=whole, count=count, n=index + 1
            ),
            subject=whole,
            hint=_("choose a larger range with DOCKERLAB_CLASSROOM_SUBNET"),
        )
    first = int(network.network_address) + index * 2 ** (32 - _SIZE)
    return f"{ipaddress.ip_address(first)}/{_SIZE}"


def gateway(whole: str, index: int) -> str:
    """The gateway (first address) of :func:`subnet`."""
    return str(next(ipaddress.ip_network(subnet(whole, index)).hosts()))


def learner_index(users: Sequence[str], name: str) -> int:
    """A user's subnet number: 1 + their place among all users, sorted (0 is the hub)."""
    ordered = sorted(set(users))
    if name not in ordered:
        raise DockerlabError(
            _("{name} is not in this class").format(name=name),
            subject=name,
            hint=_("the class is: {users}").format(users=", ".join(ordered)),
        )
    return ordered.index(name) + 1


def network_name(user: str) -> str:
    return f"{PREFIX}-net-{user}"


def ensure_network(api: Any, name: str, cidr: str, role: str) -> str:
    """Create the bridge network ``name`` on ``cidr`` unless it exists; return its name."""
    try:
        with engine_errors("network", name):
            api.inspect_network(name)
        return name
    except NotFound:
        pass
    pool = docker.types.IPAMPool(subnet=cidr, gateway=str(next(ipaddress.ip_network(cidr).hosts())))
    api.create_network(
        name,
        driver="bridge",
        ipam=docker.types.IPAMConfig(pool_configs=[pool]),
        labels={LABEL: role},
        check_duplicate=True,
    )
    return name
