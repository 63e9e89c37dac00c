# The classroom's JupyterHub: every learner gets a JupyterLab and a Docker Engine of their own.
#
# `dockerlab classroom up --learners N` starts `jupyterhub -f` this file with the settings below
# in DOCKERLAB_CLASSROOM_* environment variables (it writes them to STATE/hub.env, so the same
# hub can be started by hand: `set -a; . STATE/hub.env; jupyterhub -f jupyterhub_config.py`).
#
#   browser ──> configurable-http-proxy (BIND:PORT, 127.0.0.1 unless --bind)
#                 ├─> the hub (login, admin page, the instructor's "classroom" page)
#                 └─> learnerNN's container on its own bridge network: jupyterhub-singleuser
#                       + dockerd (its own engine, volumes: home and /var/lib/docker)
import os
import shlex
import sys

from dockerlab.classroom import networks

env = os.environ.get


def _list(name, default=""):
    return [word for word in env(name, default).replace(",", " ").split() if word]


state = env("DOCKERLAB_CLASSROOM_STATE", os.getcwd())
learners = _list("DOCKERLAB_CLASSROOM_LEARNERS", "learner01 learner02 learner03")
instructor = env("DOCKERLAB_CLASSROOM_INSTRUCTOR", "instructor")
everyone = [*learners, instructor]
address_range = env("DOCKERLAB_CLASSROOM_SUBNET", networks.DEFAULT_RANGE)

# --- Where things listen -------------------------------------------------------------------
# The proxy is the only door for browsers: 127.0.0.1 by default, the room's address with
# `--bind`. The hub listens on the gateway of its own bridge network: every learner's server
# reaches it there, and the room does not.
c.JupyterHub.ip = env("DOCKERLAB_CLASSROOM_BIND", "127.0.0.1")
c.JupyterHub.port = int(env("DOCKERLAB_CLASSROOM_PORT", "8000"))
c.JupyterHub.hub_ip = networks.gateway(address_range, 0)
c.JupyterHub.hub_port = int(env("DOCKERLAB_CLASSROOM_HUB_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:" + env("DOCKERLAB_CLASSROOM_PROXY_API_PORT",
                                                             "8001")
c.ConfigurableHTTPProxy.command = shlex.split(
    env("DOCKERLAB_CLASSROOM_PROXY_COMMAND", "configurable-http-proxy"))
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(state, "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")
# `classroom down` stops the servers itself; a hub restart leaves them running.
c.JupyterHub.cleanup_servers = False

# --- Who logs in ---------------------------------------------------------------------------
# One workshop password for the learners (written on the board); the instructor has their own
# and is the hub's admin.
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = env("DOCKERLAB_CLASSROOM_PASSWORD", "")
c.SharedPasswordAuthenticator.admin_password = env("DOCKERLAB_CLASSROOM_ADMIN_PASSWORD", "")
c.Authenticator.allowed_users = set(learners)
c.Authenticator.admin_users = {instructor}

# --- Each learner's server: the learner image, with an engine of its own ------------------
c.JupyterHub.spawner_class = "docker"
c.DockerSpawner.image = env("DOCKERLAB_CLASSROOM_IMAGE", "dockerlab/classroom:latest")
c.DockerSpawner.pull_policy = "never"  # built or loaded on this host; no Docker Hub
c.DockerSpawner.cmd = ["jupyterhub-singleuser"]
c.DockerSpawner.name_template = "dockerlab-classroom-{username}"
c.DockerSpawner.remove = True  # the container goes on stop; home and engine are volumes
c.DockerSpawner.volumes = {
    "dockerlab-classroom-home-{username}": "/home/learner",
    "dockerlab-classroom-engine-{username}": "/var/lib/docker",
}
c.Spawner.default_url = "/lab/tree/" + ("en" if env("DOCKERLAB_LANG", "zh") == "en" else "zh")
c.Spawner.environment = {"DOCKERLAB_LANG": env("DOCKERLAB_LANG", "zh")}
c.DockerSpawner.extra_create_kwargs = {
    "labels": {networks.LABEL: "learner", networks.LABEL + ".user": "{username}"},
}
# Limits: memory and CPU cover the learner's nested containers too (the inner engine puts
# them below the learner's own cgroup).
c.DockerSpawner.mem_limit = env("DOCKERLAB_CLASSROOM_MEMORY", "2G")
c.DockerSpawner.cpu_limit = float(env("DOCKERLAB_CLASSROOM_CPUS", "1.0"))
# An engine in a container: --privileged where the host can grant every capability, else the
# recipe (every capability the host has, unconfined, the cgroup tree writable);
# `dockerlab doctor` says which this host needs.
dind = env("DOCKERLAB_CLASSROOM_DIND", "privileged")
host_config = {"pids_limit": int(env("DOCKERLAB_CLASSROOM_PIDS", "2048"))}
if dind == "privileged":
    host_config["privileged"] = True
else:
    host_config.update(
        cap_add=["ALL"],
        cap_drop=_list("DOCKERLAB_CLASSROOM_CAP_DROP", "SYS_RESOURCE"),
        security_opt=["seccomp=unconfined", "apparmor=unconfined"],
    )
    # = `--security-opt systempaths=unconfined`, which only the docker CLI understands
    c.DockerSpawner.extra_create_kwargs["host_config"] = {"MaskedPaths": [], "ReadonlyPaths": []}
    c.DockerSpawner.volumes["/sys/fs/cgroup"] = {"bind": "/sys/fs/cgroup", "mode": "rw"}
c.DockerSpawner.extra_host_config = host_config
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120


# One bridge network per learner: Docker drops traffic between bridges, so a learner's
# container reaches the hub but no other learner's server.
async def own_network(spawner):
    name = spawner.user.name
    index = networks.learner_index(everyone, name)
    spawner.network_name = networks.ensure_network(
        spawner.client, networks.network_name(name), networks.subnet(address_range, index),
        "network")


c.Spawner.pre_spawn_hook = own_network
c.DockerSpawner.use_internal_ip = True

# --- Services: the idle culler, and the instructor's page ----------------------------------
token = env("DOCKERLAB_CLASSROOM_TOKEN", "")
c.JupyterHub.services = [
    {
        # Stops servers idle for longer than the timeout (their files and engines stay).
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                    "--timeout=" + env("DOCKERLAB_CLASSROOM_CULL_IDLE", "3600")],
    },
    {
        # The instructor's view at /services/classroom/: every learner's server, engine,
        # exercises and last activity, and "reset engine". `dockerlab classroom` uses its
        # token too.
        "name": "classroom",
        "url": "http://127.0.0.1:" + env("DOCKERLAB_CLASSROOM_SERVICE_PORT", "8002"),
        "command": [sys.executable, "-m", "dockerlab.classroom.service"],
        "environment": {key: value for key, value in os.environ.items()
                        if key.startswith(("DOCKER_", "DOCKERLAB_", "PATH", "LANG"))},
        "oauth_no_confirm": True,
        **({"api_token": token} if token else {}),
    },
]
c.JupyterHub.load_roles = [
    {"name": "idle-culler", "services": ["idle-culler"],
     "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
    {"name": "classroom", "services": ["classroom"],
     "scopes": ["list:users", "read:users", "read:users:activity", "read:servers",
                "servers", "admin:servers", "access:servers"]},
]
