# %% [markdown]
# # 04 · Installing Docker, and registry mirrors
#
# > ## docker 安装以及阿里云镜像加速配置
# >
# >     - 根据官网，根据不同系统版本来安装
# >     - 加速配置可参考阿里云或以下视频
# >
# >     视频12：00处 [https://www.bilibili.com/video/av59639711/?p=9]
#
# The notes point to the official install guide (根据官网) and to a video on configuring an
# Aliyun registry mirror (镜像加速, "image acceleration"). This notebook does what can be done
# from a notebook: **check** an installation, **read** the mirror configuration the Engine is
# using, and build the offline answer to slow or missing internet: a local registry, and a
# pull-through cache in front of it.

# %%
import json

import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("04", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## Is Docker installed and working?
#
# An installation has two parts, and both must answer. The client:

# %%
!docker --version

# %% [markdown]
# and the Engine, which the client reaches through its socket. If this fails with "permission
# denied", your user is not in the `docker` group; if with "Cannot connect", the daemon is not
# running (see notebook 02).

# %%
!docker version --format 'server: {{{{.Server.Version}}}} on {{{{.Server.Os}}}}/{{{{.Server.Arch}}}}'

# %% [markdown]
# docker-py and dockerlab ask the same endpoint (`GET /version`); dockerlab shows it as the CLI
# would, and keeps the JSON:

# %%
version = dl.version(client=client)
sorted(version)[:6], version["Os"]

# %% [markdown]
# The last step of every install guide is to run a container. Docker's guide uses
# `hello-world` from Docker Hub; offline, the course kit's stand-in does the same job:

# %%
!docker run --rm --label dockerlab.course=04 dockerlab/hello-world | head -3

# %% [markdown]
# `dockerlab doctor` runs all these checks and says how to fix what fails:

# %% tags=["nbval-ignore-output"]
dl.doctor()  # (not compared: this machine's versions and addresses)

# %% [markdown]
# ## Registry mirrors (镜像加速)
#
# A *registry mirror* is a copy of Docker Hub closer to you. When one is configured, the Engine
# asks the mirror first for Docker Hub images (`docker pull busybox`) and falls back to Docker
# Hub. It is a daemon setting, in `daemon.json`:
#
# | where the Engine runs | daemon.json |
# |---|---|
# | Linux | `/etc/docker/daemon.json`, then `sudo systemctl restart docker` |
# | Docker Desktop | Settings → Docker Engine (the same JSON), then Apply & restart |
#
# The content is one key. With a mirror address from your provider (the notes use Aliyun's;
# each account gets its own address, and providers change their terms, so take it from your
# provider's current page):

# %%
daemon_json = {"registry-mirrors": ["https://mirror.example.com"]}
print(json.dumps(daemon_json, indent=2))

# %% [markdown]
# We do not write it here: changing `daemon.json` means restarting the daemon, which stops
# every container on this machine. What we can do is read what the Engine is using now.
# `docker info` shows it under "Registry Mirrors"; `info()["RegistryConfig"]` has it as JSON:

# %%
registry_config = dl.info(client=client)["RegistryConfig"]
sorted(registry_config)

# %% tags=["nbval-ignore-output"]
registry_config["Mirrors"]  # (not compared: empty here, your provider's address on your machine)

# %% [markdown]
# Two things in that configuration matter for this course:
#
# - mirrors apply to **Docker Hub only**: an image named with a registry host
#   (`127.0.0.1:5000/dockerlab/web`) always comes from that host;
# - `127.0.0.0/8` is an **insecure registry** by default, so a registry on this machine can speak
#   plain HTTP:

# %%
"127.0.0.0/8" in registry_config["InsecureRegistryCIDRs"]

# %% [markdown]
# ## The offline answer: a registry of your own
#
# The course kit runs a registry on `127.0.0.1:5000`, seeded with the course images. It needs
# no internet at all:

# %%
registry = dl.kit.registry(client=client)
dl.search("dockerlab/busybox", registry=registry)

# %% [markdown]
# ## A pull-through cache
#
# A mirror is a *pull-through cache*: a registry that, asked for an image it does not have,
# fetches it from an upstream registry, keeps a copy, and serves it. The registry program
# does this when given an upstream (`proxy.remoteurl`). We run a second registry container as a
# cache in front of the kit's registry, on `127.0.0.1:5001`.
#
# The two containers talk over a Docker network of their own, where the kit registry is known
# by the name `kit-registry`:

# %%
network = client.networks.create("nb04-net", labels={"dockerlab.course": "04"})
network.connect("dockerlab-registry", aliases=["kit-registry"])
sorted(c.name for c in client.networks.get("nb04-net").containers)

# %%
cache = client.containers.run(
    "dockerlab/registry", name="nb04-cache", detach=True, network="nb04-net",
    ports={"5000/tcp": ("127.0.0.1", 5001)}, labels={"dockerlab.course": "04"},
    environment={"REGISTRY_PROXY_REMOTEURL": "http://kit-registry:5000",
                 "REGISTRY_LOG_LEVEL": "info"})
dl.kit.local_registry.wait_ready("127.0.0.1:5001")
!docker ps --filter name=nb04-cache --format '{{{{.Names}}}}: {{{{.Ports}}}}'

# %% [markdown]
# The cache writes an access log line for every request it answers. This helper picks out the
# requests for one repository's manifests:

# %%
def requests_for(repository):
    log = client.api.logs("nb04-cache").decode()
    return sorted({line.split('"')[1] for line in log.splitlines()
                   if " - - [" in line and f"/v2/{repository}/manifests/" in line})


requests_for("dockerlab/hello-world")

# %% [markdown]
# Nothing yet. Pull through the cache. The Engine asks the cache; the cache asks the kit
# registry, and hands the image over:

# %%
!docker pull --quiet 127.0.0.1:5001/dockerlab/hello-world

# %% tags=["nbval-ignore-output"]
requests_for("dockerlab/hello-world")  # (not compared: HEAD or GET depends on the Engine)

# %%
any("/v2/dockerlab/hello-world/manifests/" in r for r in requests_for("dockerlab/hello-world"))

# %% [markdown]
# The image the cache served is the kit's own, byte for byte (same image ID):

# %%
via_cache = client.images.get("127.0.0.1:5001/dockerlab/hello-world").id
via_cache == client.images.get("dockerlab/hello-world").id

# %% [markdown]
# That is what a registry mirror is. Configured in `daemon.json` for Docker Hub, every
# `docker pull` on the machine goes through it; an instructor can run one cache for a whole
# classroom. For a room with no internet at all, `dockerlab kit save` / `kit load` (see the
# README) carries the images on a USB stick instead.
#
# ## Exercises
#
# **04.1** Pull `dockerlab/signals` from the kit registry (its full name starts with the
# registry's address).

# %% hidden
!docker pull --quiet {registry}/dockerlab/signals

# %%
dl.check("04.1")

# %% [markdown]
# **04.2** Pull `dockerlab/ticker` through the cache on `127.0.0.1:5001`.

# %% hidden
!docker pull --quiet 127.0.0.1:5001/dockerlab/ticker

# %%
dl.check("04.2")

# %% [markdown]
# ## Clean up
#
# The cleanup removes the cache, its network (disconnecting the kit registry first) and the
# extra names the pulls gave the kit images; the kit registry keeps running.

# %%
dl.kit.cleanup("04", client=client)

# %%
bool(dl.kit.status(client=client)["ok"].all())

# %% [markdown]
# Next: [05 Help commands](05-help-commands.ipynb).
