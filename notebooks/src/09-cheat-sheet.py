# %% [markdown]
# # 09 · Recap and cheat sheet
#
# > ## list all downloaded images
# >
# > docker image ls
# >
# > ## list all containers you have or had
# >
# > docker container ls --all
# >
# > # Recap and Cheat sheet
# >
# > ## List Docker CLI commands
# > docker
# > docker container --help
# >
# > ## Display Docker version and info
# > docker --version
# > docker version
# > docker info
# >
# > ## Execute Docker image
# > docker run hello-world
# >
# > ## List Docker images
# > docker image ls
# >
# > ## List Docker containers (running, all, all in quiet mode)
# > docker container ls
# > docker container ls --all
# > docker container ls -aq
#
# The notes end with the cheat sheet of Docker's own getting-started guide. It uses the
# **management commands** (`docker image ls`, `docker container ls`) where the earlier sections
# use the older short forms (`docker images`, `docker ps`). Both work and mean the same; we run
# every line, then put the two vocabularies, and docker-py and dockerlab, side by side.

# %%
import subprocess

import pandas as pd

import dockerlab as dl


def docker(*args):
    """Run the docker CLI; what it printed, stdout and stderr (for comparing two commands)."""
    result = subprocess.run(["docker", *args], capture_output=True, text=True)
    return result.stdout + result.stderr


client = dl.connect()
dl.kit.cleanup("09", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())
# %% [markdown]
# ## List Docker CLI commands
#
# `docker` with no command prints its usage and the command list (as `docker --help` does):

# %%
!docker 2>&1 | grep -m2 .

# %%
docker() == docker("--help")

# %% [markdown]
# `docker container --help`: the commands of the `container` group (notebook 05 parses these):

# %%
container_commands = dl.cli_help("container")
sorted(container_commands[container_commands["GROUP"] == "Commands"]["NAME"])[:10]

# %% [markdown]
# ## Display Docker version and info

# %%
!docker --version | cut -d, -f1

# %%
!docker version --format 'client {{{{.Client.Version}}}} · server {{{{.Server.Version}}}}'

# %%
!docker info --format 'containers running: {{{{gt .ContainersRunning 0}}}} · OS type: {{{{.OSType}}}}'

# %% [markdown]
# ## Execute Docker image: `docker run hello-world`
#
# `hello-world` lives on Docker Hub. This course asks Docker Hub only when you allow it
# (`DOCKERLAB_HUB=1`); otherwise `--pull never` makes the Engine use a local copy or fail
# without going online:

# %% tags=["nbval-ignore-output"]
if dl.kit.hub_allowed():
    !docker run --rm --label dockerlab.course=09 hello-world | head -3
else:
    !docker run --rm --pull never --label dockerlab.course=09 hello-world 2>&1 | head -2
# (not compared: whether hello-world is on this machine is the machine's business)

# %% [markdown]
# The course kit's stand-in needs nothing from the network:

# %%
!docker run --rm --label dockerlab.course=09 dockerlab/hello-world | sed -n 2,3p

# %% [markdown]
# ## List Docker images: `docker image ls`
#
# The same request as `docker images`, so the same table (narrowed to the course kit here):

# %%
!docker image ls --filter reference='dockerlab/*' --format '{{{{.Repository}}}}:{{{{.Tag}}}}' | sort

# %%
listing = ["--filter", "reference=dockerlab/*", "--format", "{{.Repository}} {{.ID}}"]
# (images created in the same second come in either order: compare them sorted)
sorted(docker("image", "ls", *listing).split("\n")) == sorted(docker("images", *listing).split("\n"))

# %% [markdown]
# ## List Docker containers: running, all, all in quiet mode
#
# A few containers of this notebook's own to list: two running, one exited.

# %%
for name, command in (("nb09-a", "sleep 300"), ("nb09-b", "sleep 300"), ("nb09-c", "true")):
    client.containers.run("dockerlab/busybox", command, name=name, detach=True,
                          labels={"dockerlab.course": "09"})
client.containers.get("nb09-c").wait()["StatusCode"]

# %%
!docker container ls --filter label=dockerlab.course=09 --format '{{{{.Names}}}}'

# %%
!docker container ls --all --filter label=dockerlab.course=09 --format '{{{{.Names}}}} {{{{.State}}}}'

# %%
!docker container ls -aq --filter label=dockerlab.course=09 | wc -l

# %% [markdown]
# Each is the same request as its short form (`docker ps`, `docker ps -a`, `docker ps -aq`):

# %%
pairs = [(["container", "ls"], ["ps"]), (["container", "ls", "--all"], ["ps", "-a"]),
         (["container", "ls", "-aq"], ["ps", "-aq"])]
# (IDs and names only: the CREATED and STATUS texts may tick between two calls)
scope = ["--filter", "label=dockerlab.course=09", "--format", "{{.ID}} {{.Names}}"]
[docker(*new, *scope) == docker(*old, *scope) for new, old in pairs]

# %% [markdown]
# And dockerlab's frames, which display as either:

# %%
dl.ps(all=True, filters={"label": "dockerlab.course=09"})

# %% [markdown]
# ## Old and new command names
#
# Since Docker 1.13 every command also has a home in a management group (`image`,
# `container`, ...). Since CLI 23 each command's `--help` lists its *aliases*; asking the CLI
# for every command the notes use builds the table live from this machine's docker. (An older
# CLI, such as Debian 12's 20.10, lists aliases only under the management command, `docker
# container ls --help` says `ls, ps, list`, so there this table says "(none)" throughout:
# what it shows depends on your CLI, which is why its output is not compared.)

# %% tags=["nbval-ignore-output"]
legacy = ["images", "rmi", "pull", "search", "run", "ps", "inspect", "start", "stop",
          "kill", "rm", "attach", "logs", "top", "exec"]


def aliases(command):
    found = dl.cli_help(command)
    return found[found["GROUP"] == "Aliases"]["NAME"].tolist()


names = pd.DataFrame({"notes": [f"docker {c}" for c in legacy],
                      "management command": [
                          ", ".join(a for a in aliases(c) if a != f"docker {c}") or "(none)"
                          for c in legacy]})
names

# %% [markdown]
# Whatever your CLI lists, each alias is the same command: its help is the same apart from the
# `Usage:` line, which names the form you typed.

# %%
def help_body(*command):
    return docker(*command, "--help").split("\n", 1)[1]


all(help_body(*alias.split()[1:]) == help_body(command)
    for command in legacy for alias in aliases(command))

# %% [markdown]
# `search` has no management form: it is about Docker Hub, not about local objects. `inspect`
# works on any kind of object; its typed forms are `docker container inspect` and `docker
# image inspect`.
#
# ## CLI ↔ docker-py ↔ dockerlab
#
# The same operation at three levels. The docker-py column is the low-level API
# (`client.api`), which is one HTTP request per call; dockerlab builds on it.

# %%
levels = pd.DataFrame([
    ("docker version", "client.api.version()", "dl.version()"),
    ("docker info", "client.api.info()", "dl.info()"),
    ("docker --help", "(the CLI's own)", "dl.cli_help()"),
    ("docker images -a --digests", "client.api.images(all=True)", "dl.images(all=True, digests=True)"),
    ("docker search --filter stars=30 busybox", "GET /images/search", "dl.search('busybox', stars=30)"),
    ("docker pull IMAGE[:TAG]", "client.api.pull(repo, tag)", "dl.pull(ref).wait()"),
    ("docker rmi IMAGE", "client.api.remove_image(ref)", "(docker-py)"),
    ("docker history IMAGE", "client.api.history(ref)", "dl.history(ref)"),
    ("docker run -d IMAGE CMD", "client.containers.run(..., detach=True)", "(docker-py)"),
    ("docker ps -a -l -n 3 -q", "client.api.containers(all=True, limit=3)", "dl.ps(all=True, n=3)"),
    ("docker inspect NAME", "client.api.inspect_container(name)", "dl.inspect(name), dl.inspect_widget(name)"),
    ("docker diff NAME", "client.api.diff(name)", "dl.diff(name)"),
    ("docker logs -t --tail 5 NAME", "client.api.logs(name, timestamps=True, tail=5)", "dl.logs(name, timestamps=True, tail=5)"),
    ("docker logs -f NAME", "client.api.logs(name, stream=True, follow=True)", "dl.logs_widget(name)"),
    ("docker top NAME", "client.api.top(name)", "dl.top(name), dl.top_widget(name)"),
    ("docker stats --no-stream", "client.api.stats(name, stream=False)", "dl.stats()"),
    ("docker attach NAME", "client.api.attach_socket(name)", "dl.console(name)"),
    ("docker exec -it NAME sh", "client.api.exec_create + exec_start(socket=True)", "dl.console(name, command='sh')"),
    ("docker start / stop / kill / rm", "client.api.start / stop / kill / remove_container", "dl.dashboard() buttons"),
], columns=["docker CLI", "docker-py", "dockerlab"])
levels

# %% [markdown]
# Every dockerlab name in that table exists:

# %%
import re

used = {m for cell in levels["dockerlab"] for m in re.findall(r"dl\.(\w+)", cell)}
sorted(name for name in used if not callable(getattr(dl, name, None)))

# %% [markdown]
# ## Exercises
#
# **09.1** With management commands only, run `dockerlab/hello-world` in a container named
# `ex09-mgmt` (label `dockerlab.course=09`).

# %% hidden
!docker container run --label dockerlab.course=09 --name ex09-mgmt dockerlab/hello-world > /dev/null

# %%
dl.check("09.1")

# %% [markdown]
# **09.2** In one line, remove every container of this section, running or not: the IDs from
# `docker container ls -aq` with a label filter, handed to `docker container rm -f`.

# %% hidden
!docker container rm -f $(docker container ls -aq --filter label=dockerlab.course=09) > /dev/null

# %%
dl.check("09.2")

# %% [markdown]
# ## Clean up
#
# Exercise 09.2 already removed this section's containers; the cleanup finds nothing left:

# %%
dl.kit.cleanup("09", client=client)

# %% [markdown]
# That is the whole of the notes, run. Back to the start: [00 Start here](00-start-here.ipynb).
# When you are done with the course, `dockerlab kit down` removes the kit and everything the
# course created.
