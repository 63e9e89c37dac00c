# %% [markdown]
# # 02 · How Docker works: a client talking to a server
#
# > ## docker是怎么工作的
# >
# > docker 是一个CS结构的系统，docker守护进程运行在宿主机上（在执行service docker start或者systemctl start docker之后），然后通过socket连接从客户端访问，守护进程从客户端接收命令并管理主机上的容器，比如接收run命令etc 来运行容器等。
#
# Docker is a client–server (CS, 客户端/服务器) system. The **server** is the Docker Engine, a
# daemon (`dockerd`) that manages images and containers. The **client** (the `docker`
# command, docker-py, this course's library) sends it HTTP requests over a socket. Everything
# you do with `docker run` is a few HTTP requests. Let's look at them.

# %%
import json
import socket
import time
from urllib.parse import urlencode

import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("02", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## Two programs, two versions
#
# `docker version` reports both sides separately, because they are separate programs (and may
# be different versions; they agree on an API version):

# %%
!docker version --format 'client {{{{.Client.Version}}}}, server {{{{.Server.Version}}}}'

# %% [markdown]
# (In a notebook, `!` expands `{python_variable}` in the command, so the braces of docker's Go
# templates are written twice: `{{{{.Server.Version}}}}` reaches docker as `{{.Server.Version}}`.)

# %% [markdown]
# The notes start the daemon with `service docker start` or `systemctl start docker`. On a
# desktop, Docker Desktop starts it inside a small VM; on a Linux server, systemd does. Either
# way the client finds it through an address: a Unix socket here.

# %% tags=["nbval-ignore-output"]
target = dl.client.engine_target()
target  # (not compared: this machine's socket path)

# %%
target.base_url.split("://")[0]

# %% [markdown]
# ## One raw HTTP request
#
# No library needed: open the socket, write an HTTP request, read the answer. This function
# does exactly that, with HTTP/1.0 so that the Engine closes the connection when it is done:

# %%
SOCKET = target.base_url.removeprefix("unix://")


def raw(method, path, body=None):
    """Send one HTTP request to the Engine over its Unix socket; return (head lines, body)."""
    data = json.dumps(body).encode() if body is not None else b""
    head = (f"{method} {path} HTTP/1.0\r\nHost: docker\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n")
    with socket.socket(socket.AF_UNIX) as s:
        s.connect(SOCKET)
        s.sendall(head.encode() + data)
        reply = b"".join(iter(lambda: s.recv(65536), b""))
    top, _, payload = reply.partition(b"\r\n\r\n")
    return top.decode().splitlines(), payload


# %% [markdown]
# The simplest endpoint, `/_ping`, answers `OK`:

# %%
head, body = raw("GET", "/_ping")
head[0], body

# %% [markdown]
# Every answer says which server it is, and which API version it speaks:

# %%
headers = dict(line.split(": ", 1) for line in head[1:])
headers["Server"], "Api-Version" in headers

# %% [markdown]
# Let's create a container the way `docker create` does: `POST /containers/create` with a JSON
# body. (The Engine also takes an API version prefix such as `/v1.41/...`; without one it uses
# its own.)

# %%
head, body = raw("POST", "/containers/create?name=nb02-raw",
                 {"Image": "dockerlab/hello-world", "Labels": {"dockerlab.course": "02"}})
head[0], sorted(json.loads(body))

# %% [markdown]
# `201 Created`, with the new container's `Id`. Now list containers: `GET /containers/json`,
# with `all=1` (include stopped ones, as `-a` does) and a label filter, URL-encoded JSON:

# %%
query = urlencode({"all": 1, "filters": json.dumps({"label": ["dockerlab.course=02"]})})
head, body = raw("GET", f"/containers/json?{query}")
query, [(c["Names"], c["State"]) for c in json.loads(body)]

# %% [markdown]
# ## The same request, three ways
#
# The docker CLI sends exactly this request for `docker ps -a --filter ...` and formats the
# JSON as a table:

# %%
!docker ps -a --filter label=dockerlab.course=02 --format '{{{{.Names}}}} {{{{.State}}}}'

# %% [markdown]
# docker-py's low-level API sends it too and returns the JSON as Python objects:

# %%
[(c["Names"], c["State"]) for c in client.api.containers(all=True,
                                                        filters={"label": "dockerlab.course=02"})]

# %% [markdown]
# and dockerlab turns that JSON into the CLI's table (and a DataFrame):

# %%
dl.ps(all=True, filters={"label": "dockerlab.course=02"})

# %% [markdown]
# Three clients, one server, one API. The server does the work: the client only asks.
#
# ## When the server is not there
#
# A client with no server to talk to can do nothing. Point the CLI at a socket where no daemon
# listens:

# %%
!DOCKER_HOST=unix:///tmp/no-docker-here.sock docker ps 2>&1 | head -1

# %% [markdown]
# dockerlab says the same, and what to do about it:

# %% tags=["raises-exception"]
dl.connect(environ={"DOCKER_HOST": "unix:///tmp/no-docker-here.sock"})

# %% [markdown]
# ## The daemon's event stream
#
# The daemon reports everything it does on `GET /events`, as a stream of JSON objects. Watch it
# while a container is created, started, and exits:

# %%
since = time.time()
!docker run --label dockerlab.course=02 --name nb02-events dockerlab/hello-world > /dev/null
until = time.time() + 0.5
window = f"--since {since:.3f} --until {until:.3f}"

# %% [markdown]
# The CLI's `docker events` (bounded by `--since` and `--until`, so it ends by itself):

# %%
!docker events {window} --filter label=dockerlab.course=02 --format '{{{{.Type}}}} {{{{.Action}}}}'

# %% [markdown]
# docker-py reads the same stream:

# %%
events = client.api.events(since=since, until=until, decode=True,
                           filters={"label": "dockerlab.course=02"})
[(e["Type"], e["Action"], e["Actor"]["Attributes"]["name"]) for e in events]

# %% [markdown]
# `docker run` is three requests (create, attach to its output, start) and the daemon's
# events follow them: `create`, `attach`, `start`, then `die` when the process exits.
#
# ## Summary
#
# - The daemon (`dockerd`, the Docker Engine) is the server; `docker`, docker-py and dockerlab
#   are clients.
# - They talk HTTP over a socket (`unix:///var/run/docker.sock`, or what `DOCKER_HOST` or the
#   docker context says).
# - A few lines of Python can talk to it directly; every `docker` command is such requests.
#
# ## Exercises
#
# **02.1** Create a container named `ex02-raw` from `dockerlab/hello-world`, labelled
# `dockerlab.course=02`, with one raw HTTP request (use `raw()` above, no CLI, no docker-py).

# %% hidden
head, body = raw("POST", "/containers/create?name=ex02-raw",
                 {"Image": "dockerlab/hello-world", "Labels": {"dockerlab.course": "02"}})
head[0]

# %%
dl.check("02.1")

# %% [markdown]
# **02.2** Start `ex02-raw` with one raw HTTP request, and let it finish.

# %% hidden
head, _ = raw("POST", "/containers/ex02-raw/start")
head[0], raw("POST", "/containers/ex02-raw/wait")[0][0]

# %%
dl.check("02.2")

# %% [markdown]
# **02.3** Run a container `ex02-events` (`sleep 60`, labelled), pause it, unpause it, and find
# both in the event stream.

# %% hidden
!docker run -d --label dockerlab.course=02 --name ex02-events dockerlab/busybox sleep 60 > /dev/null
!docker pause ex02-events && docker unpause ex02-events

# %%
dl.check("02.3")

# %% [markdown]
# ## Clean up

# %%
dl.kit.cleanup("02", client=client)

# %% [markdown]
# Next: [03 Why Docker is faster than a VM](03-why-faster-than-a-vm.ipynb).
