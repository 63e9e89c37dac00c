# %% [markdown] lang="zh"
# # 13 · Compose：用一个文件运行多个容器
#
# **学完这一节，你能够：**
#
# - 把 12 里由两个容器（container）组成的应用写成一个 `compose.yaml`：服务（service）、网络（network）、数据卷（volume）、
#   环境变量（environment variable）和健康检查（health check）；
# - 用 `docker compose up -d`、`ps`、`logs`、`exec`、`down` 管理它，说出 `down` 加不加 `-v` 的区别；
# - 用 `--scale` 把一个服务扩展成几个容器，说出为什么端口号要让 Docker 选；
# - 把每个 `docker compose` 命令对应到你已经会的 `docker` 命令，并亲眼看到 Compose 的容器就是普通容器。
#
# **时间：** {{minutes}}
#
# **先学过：** 10（Dockerfile 和 `docker build`）、11（数据卷和绑定挂载（bind mount））、12（网络和端口）。

# %% [markdown] lang="en"
# # 13 · Compose: several containers from one file
#
# **When you finish this notebook, you can:**
#
# - write 12's two-container application as one `compose.yaml`: services, a network, a volume,
#   environment variables and a health check;
# - manage it with `docker compose up -d`, `ps`, `logs`, `exec` and `down`, and say what `down`
#   does with and without `-v`;
# - scale a service to several containers with `--scale`, and say why Docker must choose the
#   host ports;
# - map each `docker compose` command to `docker` commands you already know, and see that
#   Compose's containers are ordinary containers.
#
# **Time:** {{minutes}}
#
# **Before this:** 10 (Dockerfile and `docker build`), 11 (volumes and bind mounts), 12
# (networks and ports).

# %% [markdown] lang="zh"
# 在 12 里，两个容器的应用要一个 `docker network create` 和两条很长的 `docker run`，
# 参数一个都不能错，停止和删除时还要记得每一个名字。
# Compose 把这些写进一个 YAML 文件 `compose.yaml`，然后一条命令启动全部，一条命令删除全部。
#
# Compose 现在是 docker 命令的一个插件（plugin），命令是 `docker compose`（中间是空格）。
# 旧的 `docker-compose`（中间是连字符，Compose v1，用 Python 写的，Debian 12 里的 1.29 版就是它）
# 已经停止维护，不要再用；网上的教程里见到它，把 `docker-compose` 换成 `docker compose` 即可。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，包括镜像（image）`dockerlab/python`，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# In 12, the two-container application took a `docker network create` and two long `docker
# run` commands, every option right, and every name remembered to stop and remove it all.
# Compose writes all of that into one YAML file, `compose.yaml`; then one command starts
# everything, and one removes everything.
#
# Compose is now a plugin of the docker command: `docker compose` (with a space). The old
# `docker-compose` (with a hyphen: Compose v1, written in Python; Debian 12's version 1.29 is
# that one) is no longer maintained: don't use it. When a tutorial shows it, type `docker
# compose` instead of `docker-compose`.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit
# (including the `dockerlab/python` image), and removes what an interrupted earlier run left.
# After it, every `%%bash` cell is terminal commands: you can paste them into a terminal
# unchanged.

# %%
import dockerlab as dl

dl.begin("13", language="zh")

# %%
%%bash
docker compose version

# %% [markdown] lang="zh"
# ## 项目文件夹
#
# 一个 Compose 项目（project）就是一个文件夹：里面有 `compose.yaml` 和它用到的文件。
# 这一节的项目是这个 notebook 旁边的 `nb13-app` 文件夹。先创建它，再写入 12 里的两个程序，
# 内容和 12 完全一样：`store` 在 SQLite 里数访问次数，`web` 是网页，通过 `STORE_URL` 找到 `store`。

# %% [markdown] lang="en"
# ## The project folder
#
# A Compose project is a folder: `compose.yaml` and the files it uses. This notebook's project
# is the folder `nb13-app` next to the notebook. Create it, then write 12's two programs into
# it, exactly as in 12: `store` counts visits in SQLite, and `web` is the page, which finds
# `store` through `STORE_URL`.

# %%
%%bash
mkdir -p nb13-app

# %%
%%writefile nb13-app/store.py
"""store: counts visits in a SQLite database and answers over HTTP on port 8000."""
import os
import signal
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DATA = os.environ.get("DATA_DIR", "/data")
DB = os.path.join(DATA, "visits.db")


def count_visit():
    """Record one visit and return how many there have been."""
    db = sqlite3.connect(DB, timeout=5)
    try:
        with db:
            db.execute("CREATE TABLE IF NOT EXISTS visits (at TEXT)")
            db.execute("INSERT INTO visits VALUES (datetime('now'))")
        return db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    finally:
        db.close()


class Store(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self.answer("ok")
        elif self.path == "/visit":
            visits = count_visit()
            print("visit", visits, flush=True)
            self.answer(str(visits))
        else:
            self.send_error(404)

    def answer(self, text):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(text.encode() + b"\n")

    def log_message(self, *args):
        pass  # no line per request: health checks (13) would fill the log


os.makedirs(DATA, exist_ok=True)
signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))  # PID 1 must handle docker stop (08)
print("store: listening on port 8000, data in", DB, flush=True)
ThreadingHTTPServer(("", 8000), Store).serve_forever()

# %%
%%writefile nb13-app/web.py
"""web: the page. It asks the store service to count each visit."""
import os
import signal
import socket
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORE = os.environ.get("STORE_URL", "http://store:8000")


class Web(BaseHTTPRequestHandler):
    def do_GET(self):
        with urllib.request.urlopen(STORE + "/visit", timeout=5) as answer:
            visits = answer.read().decode().strip()
        text = f"Hello from {socket.gethostname()}! Visit number {visits}.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(text.encode())

    def log_message(self, *args):
        pass


signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))  # PID 1 must handle docker stop (08)
print("web: listening on port 8000, store at", STORE, flush=True)
ThreadingHTTPServer(("", 8000), Web).serve_forever()

# %% [markdown] lang="zh"
# `web` 要打包成自己的镜像（10 讲过 Dockerfile），`store` 直接用 `dockerlab/python` 镜像，
# 程序用绑定挂载放进去（11）。两种做法都常见，这里各用一次。`web` 的 Dockerfile：

# %% [markdown] lang="en"
# `web` gets an image of its own (Dockerfiles are 10's), while `store` runs the
# `dockerlab/python` image as it is, with its program bind-mounted (11). Both ways are common;
# here each is used once. `web`'s Dockerfile:

# %%
%%writefile nb13-app/Dockerfile
FROM dockerlab/python
COPY web.py /app/web.py
CMD ["python3", "/app/web.py"]

# %% [markdown] lang="zh"
# ## `compose.yaml`
#
# 文件的每一部分都对应 12 里的一个命令或参数：
#
# - `name: nb13`：项目名。Compose 创建的每个东西都以它开头：容器 `nb13-web-1`，网络 `nb13_app`，数据卷 `nb13_data`；
# - `services:`：服务（service），每个服务是从同一个配置运行的一个或几个容器；
# - `build: .`：用这个文件夹里的 Dockerfile 构建（build）镜像，就是 `docker build`；
# - `ports:`、`environment:`、`volumes:`、`command:`：就是 `docker run` 的 `-p`、`-e`、`-v` 和镜像后面的命令；
#   `"127.0.0.1::8000"` 要加引号，否则 YAML 会误解其中的冒号；
# - `networks:`：服务加入的网络。在网络里，**服务名就是地址**，所以 `web` 用 `http://store:8000` 找到 `store`；
# - `healthcheck:`：健康检查（health check）。引擎每秒在 `store` 容器里运行一次这个命令，命令成功就是"healthy"（健康）；
# - `depends_on:` 加 `condition: service_healthy`：等 `store` 健康了再启动 `web`。12 里用 `curl --retry` 等程序启动，这里由 Compose 来等；
# - 最后的 `networks:` 和 `volumes:`：声明项目的网络 `app` 和数据卷 `data`，Compose 在名字前加上项目名。

# %% [markdown] lang="en"
# ## `compose.yaml`
#
# Each part of the file is a command or an option from 12:
#
# - `name: nb13`: the project's name. Everything Compose makes starts with it: the container
#   `nb13-web-1`, the network `nb13_app`, the volume `nb13_data`;
# - `services:`: each service is one or more containers run from the same configuration;
# - `build: .`: build the image from this folder's Dockerfile, as `docker build` does;
# - `ports:`, `environment:`, `volumes:`, `command:`: `docker run`'s `-p`, `-e`, `-v` and the
#   command after the image; `"127.0.0.1::8000"` needs its quotes, or YAML misreads the
#   colons;
# - `networks:`: the networks a service joins. On them, **a service's name is its address**,
#   so `web` finds `store` at `http://store:8000`;
# - `healthcheck:`: every second, the Engine runs this command in the `store` container; when
#   it succeeds, the container is "healthy";
# - `depends_on:` with `condition: service_healthy`: start `web` once `store` is healthy. In
#   12, `curl --retry` waited for the programs to start; here Compose does the waiting;
# - the top-level `networks:` and `volumes:` declare the project's network `app` and volume
#   `data`; Compose puts the project's name in front of their names.

# %%
%%writefile nb13-app/compose.yaml
name: nb13

services:
  web:
    build: .
    ports:
      - "127.0.0.1::8000"
    environment:
      STORE_URL: http://store:8000
    networks:
      - app
    depends_on:
      store:
        condition: service_healthy

  store:
    image: dockerlab/python
    command: ["python3", "/app/store.py"]
    volumes:
      - ./store.py:/app/store.py:ro
      - data:/data
    networks:
      - app
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"]
      interval: 1s
      timeout: 3s
      retries: 10

networks:
  app:

volumes:
  data:

# %% [markdown] lang="zh"
# ## `docker compose up -d`
#
# `docker compose` 在当前文件夹里找 `compose.yaml`，所以每个单元格先 `cd nb13-app`（在终端里 `cd` 一次就够了）。
# `docker compose build` 构建 `web` 的镜像（`--quiet`：不打印构建过程）；`docker compose up -d` 在后台（`-d`，和 `docker run -d` 一样）
# 创建网络、数据卷和容器，并按依赖关系启动它们。它的进度输出在标准错误上：

# %% [markdown] lang="en"
# ## `docker compose up -d`
#
# `docker compose` looks for `compose.yaml` in the current folder, so each cell starts with `cd
# nb13-app` (in a terminal, once is enough). `docker compose build` builds `web`'s image
# (`--quiet`: without the build's output); `docker compose up -d` creates the network, the
# volume and the containers, and starts them in the order of their dependencies, in the
# background (`-d`, as with `docker run -d`). Its progress goes to standard error:

# %%
%%bash
cd nb13-app
docker compose build --quiet
docker compose up -d

# %% [markdown] lang="zh"
# 看进度的顺序：先创建网络和数据卷，再创建两个容器；先启动 `store`，等它 `Healthy`，再启动 `web`。
#
# `docker compose ps` 列出这个项目的容器。SERVICE 列是服务名，`store` 的 STATUS 里有健康状态：

# %% [markdown] lang="en"
# Read the order: the network and the volume first, then both containers; `store` starts, is
# waited for until `Healthy`, and only then does `web` start.
#
# `docker compose ps` lists the project's containers. The SERVICE column has the service's
# name, and `store`'s STATUS shows its health:

# %%
%%bash
cd nb13-app
docker compose ps

# %% [markdown] lang="zh"
# `docker compose port 服务 端口` 就是 `docker port`。访问三次（`web` 没有健康检查，刚启动时可能还没准备好，所以仍然用 `--retry`）：

# %% [markdown] lang="en"
# `docker compose port SERVICE PORT` is `docker port`. Three visits (`web` has no health check
# and may not be ready the moment it starts, so `--retry` stays):

# %%
%%bash
cd nb13-app
for visit in 1 2 3; do
  curl -s --retry 5 --retry-all-errors http://$(docker compose port web 8000)/
done

# %% [markdown] lang="zh"
# ## `logs`、`logs -f` 和 `exec`
#
# `docker compose logs 服务` 打印这个服务所有容器的日志，每行前面是容器的名字：

# %% [markdown] lang="en"
# ## `logs`, `logs -f` and `exec`
#
# `docker compose logs SERVICE` prints the logs of the service's containers, each line headed
# by the container's name:

# %%
%%bash
cd nb13-app
docker compose logs store

# %% [markdown] lang="zh"
# `-f`（follow）像 `docker logs -f` 一样持续显示新的日志，直到你按 Ctrl+C。
# notebook 里不能按 Ctrl+C，所以用 `timeout 3` 在 3 秒后停止它（它会打印 `canceled`，退出码（exit code）是 124）。
# 在这 3 秒里，后台（`&`）的 `curl` 访问一次网页，新的一行马上出现：

# %% [markdown] lang="en"
# `-f` (follow) keeps showing new lines, as `docker logs -f` does, until you press Ctrl+C. A
# notebook cannot press Ctrl+C, so `timeout 3` stops it after 3 seconds (it prints `canceled`,
# and the exit code is 124). During those seconds, a `curl` in the background (`&`) visits the
# page once, and the new line appears at once:

# %%
%%bash
cd nb13-app
(sleep 1; curl -s http://$(docker compose port web 8000)/ > /dev/null) &
timeout 3 docker compose logs -f store || echo "(timeout stopped docker compose logs -f after 3 seconds)"

# %% [markdown] lang="zh"
# `docker compose exec 服务 命令` 在服务的容器里运行命令，就是 `docker exec`
# （它默认分配伪终端（pseudo-TTY），和 `docker exec -it` 一样；在脚本里加 `-T` 不分配）。
# 在 `web` 里用 `getent hosts 名字` 查 `store` 这个名字的地址，在 `store` 里看数据库里有几次访问：

# %% [markdown] lang="en"
# `docker compose exec SERVICE COMMAND` runs a command in the service's container: `docker
# exec` (it allocates a pseudo-TTY by default, as `docker exec -it` does; `-T` turns that off
# in scripts). In `web`, `getent hosts NAME` looks up the address of the name `store`; in
# `store`, count the visits in the database:

# %%
%%bash
cd nb13-app
docker compose exec web getent hosts store
docker compose exec store python3 -c "import sqlite3; print(sqlite3.connect('/data/visits.db').execute('SELECT COUNT(*) FROM visits').fetchone()[0], 'visits in /data/visits.db')"

# %% [markdown] lang="zh"
# ## Compose 的容器就是普通容器
#
# Compose 没有自己的一套容器。它读 `compose.yaml`，然后向引擎发出和 `docker` 命令一样的请求，
# 只是给每个东西加上 label（键值对形式的附加信息），记下它属于哪个项目、哪个服务。
# 所以你学过的命令都能用在它们身上，按 label 筛选就能找到一个项目的全部容器、网络和数据卷：

# %% [markdown] lang="en"
# ## Compose's containers are ordinary containers
#
# Compose has no containers of its own. It reads `compose.yaml` and sends the Engine the same
# requests the `docker` commands send, adding labels to everything it makes, to record which
# project and which service each belongs to. So every command you know works on them, and a
# label filter finds a project's containers, networks and volumes:

# %%
%%bash
docker ps --filter label=com.docker.compose.project=nb13 --format '{{.Names}}: service {{.Label "com.docker.compose.service"}}, image {{.Image}}'
docker network ls --filter label=com.docker.compose.project=nb13 --format '{{.Name}} ({{.Driver}})'
docker volume ls --filter label=com.docker.compose.project=nb13 --format '{{.Name}} ({{.Driver}})'
docker logs nb13-store-1 | tail -1

# %% [markdown] lang="zh"
# 对照表：左边的每一项，都能用右边你已经会的命令做到（Compose 替你记住名字和顺序）：
#
# | `compose.yaml` 或 `docker compose` | 对应的 `docker` 命令 |
# |---|---|
# | `name: nb13` | 每个名字的前缀：`nb13-web-1`、`nb13_app`、`nb13_data` |
# | `build: .` | `docker build -t nb13-web .`（10） |
# | `image:` 加 `command:` | `docker run … dockerlab/python python3 /app/store.py` |
# | `ports: - "127.0.0.1::8000"` | `-p 127.0.0.1::8000`（12） |
# | `environment:` | `-e STORE_URL=http://store:8000` |
# | `volumes: - ./store.py:/app/store.py:ro` | `-v "$PWD/store.py:/app/store.py:ro"`（11） |
# | `volumes: - data:/data` 和顶层的 `volumes:` | `docker volume create nb13_data`，`-v nb13_data:/data`（11） |
# | `networks:` 和顶层的 `networks:` | `docker network create nb13_app`，`--network nb13_app --network-alias store`（12） |
# | `healthcheck:` | `--health-cmd …`、`--health-interval 1s` |
# | `depends_on: … service_healthy` | 先启动 `store`，等 `docker inspect` 显示 healthy，再启动 `web` |
# | `docker compose up -d` | 上面的 `create`、`build`，然后每个容器一个 `docker run -d` |
# | `docker compose ps` | `docker ps --filter label=com.docker.compose.project=nb13` |
# | `docker compose logs -f store` | `docker logs -f nb13-store-1`（08） |
# | `docker compose exec store …` | `docker exec -it nb13-store-1 …`（08） |
# | `docker compose port web 8000` | `docker port nb13-web-1 8000`（12） |
# | `docker compose up -d --scale web=3` | 再 `docker run -d` 两个 `web` 容器 |
# | `docker compose down` | `docker rm -f` 每个容器，`docker network rm nb13_app` |
# | `docker compose down -v` | 再加上 `docker volume rm nb13_data` |

# %% [markdown] lang="en"
# Side by side: everything on the left can be done with the commands on the right, which you
# know (Compose remembers the names and the order for you):
#
# | `compose.yaml` or `docker compose` | the `docker` commands |
# |---|---|
# | `name: nb13` | the prefix of every name: `nb13-web-1`, `nb13_app`, `nb13_data` |
# | `build: .` | `docker build -t nb13-web .` (10) |
# | `image:` with `command:` | `docker run … dockerlab/python python3 /app/store.py` |
# | `ports: - "127.0.0.1::8000"` | `-p 127.0.0.1::8000` (12) |
# | `environment:` | `-e STORE_URL=http://store:8000` |
# | `volumes: - ./store.py:/app/store.py:ro` | `-v "$PWD/store.py:/app/store.py:ro"` (11) |
# | `volumes: - data:/data` and the top-level `volumes:` | `docker volume create nb13_data`, `-v nb13_data:/data` (11) |
# | `networks:` and the top-level `networks:` | `docker network create nb13_app`, `--network nb13_app --network-alias store` (12) |
# | `healthcheck:` | `--health-cmd …`, `--health-interval 1s` |
# | `depends_on: … service_healthy` | start `store`, wait until `docker inspect` says healthy, then start `web` |
# | `docker compose up -d` | the `create`s and the `build` above, then one `docker run -d` per container |
# | `docker compose ps` | `docker ps --filter label=com.docker.compose.project=nb13` |
# | `docker compose logs -f store` | `docker logs -f nb13-store-1` (08) |
# | `docker compose exec store …` | `docker exec -it nb13-store-1 …` (08) |
# | `docker compose port web 8000` | `docker port nb13-web-1 8000` (12) |
# | `docker compose up -d --scale web=3` | two more `docker run -d` of `web` |
# | `docker compose down` | `docker rm -f` for each container, `docker network rm nb13_app` |
# | `docker compose down -v` | and `docker volume rm nb13_data` too |

# %% [markdown] lang="zh"
# ## 扩展一个服务：`--scale`
#
# `docker compose up -d --scale web=3` 让 `web` 服务有三个容器（副本，replica）。
# 已经在运行的容器不动，Compose 再创建 `nb13-web-2` 和 `nb13-web-3`。两个新容器同时创建，
# 进度输出的顺序每次可能不同，所以这里不检查它：

# %% [markdown] lang="en"
# ## Scaling a service: `--scale`
#
# `docker compose up -d --scale web=3` gives the `web` service three containers (replicas).
# What runs already stays; Compose creates `nb13-web-2` and `nb13-web-3`. The two are created
# at the same time, so the order of the progress lines can change from run to run, and this
# output is not checked:

# %% tags=["nbval-ignore-output"]
%%bash
cd nb13-app
docker compose up -d --scale web=3

# %% [markdown] lang="zh"
# 每个副本都要一个自己的端口：写死的 `"8000:8000"` 只能给一个容器用，第二个就会报 port is already allocated（12）。
# `"127.0.0.1::8000"` 让 Docker 给每个副本选一个。`--index` 选第几个副本：

# %% [markdown] lang="en"
# Each replica needs a host port of its own: a fixed `"8000:8000"` serves one container, and
# the second fails with port is already allocated (12). `"127.0.0.1::8000"` lets Docker choose
# one per replica. `--index` picks a replica:

# %%
%%bash
cd nb13-app
docker compose ps web --format '{{.Name}}: {{.Ports}}'
for replica in 1 2 3; do
  curl -s --retry 5 --retry-all-errors http://$(docker compose port --index $replica web 8000)/
done

# %% [markdown] lang="zh"
# 三个不同的容器（Hello from 后面的名字不同）回答，访问次数却是连着数的：它们共用同一个 `store`。
# 在网络里，名字 `web` 现在对应三个地址，Docker 的 DNS 把三个都给出来：

# %% [markdown] lang="en"
# Three different containers answer (the name after Hello from differs), and the visits count on
# without a gap: they share one `store`. On the network, the name `web` now has three
# addresses, and Docker's DNS gives all three:

# %%
%%bash
cd nb13-app
docker compose exec store getent hosts web | wc -l

# %% [markdown] lang="zh"
# 能扩展的是像 `web` 这样不保存数据的服务。`store` 把数据写在一个 SQLite 文件里，不能简单地变成三个。
#
# ## `docker compose down`，加不加 `-v`
#
# `docker compose down` 停止并删除项目的容器和网络。三个 `web` 同时停止，输出的顺序每次不同，所以不检查：

# %% [markdown] lang="en"
# Services like `web`, which keep no data, are the ones to scale. `store` keeps its data in one
# SQLite file; it cannot simply become three.
#
# ## `docker compose down`, with and without `-v`
#
# `docker compose down` stops and removes the project's containers and networks. The three
# `web` containers stop at the same time, so the order of the output changes, and it is not
# checked:

# %% tags=["nbval-ignore-output"]
%%bash
cd nb13-app
docker compose down

# %% [markdown] lang="zh"
# 容器都没有了，数据卷 `nb13_data` 还在：`down` 不删除数据卷。不用 Compose，直接把这个数据卷挂载到一个临时容器里，
# 数一数里面的访问记录，都还在：

# %% [markdown] lang="en"
# The containers are gone; the volume `nb13_data` is not: `down` leaves volumes. Mount it in a
# throwaway container, without Compose, and count the visits: all still there:

# %%
%%bash
docker ps -a --filter label=com.docker.compose.project=nb13 --format '{{.Names}}' | wc -l
docker volume ls --filter name=nb13 --format '{{.Name}}'
docker run --rm -v nb13_data:/data dockerlab/python python3 -c "import sqlite3; print(sqlite3.connect('/data/visits.db').execute('SELECT COUNT(*) FROM visits').fetchone()[0], 'visits kept')"

# %% [markdown] lang="zh"
# 再 `docker compose up -d`，`store` 会接着这个数继续数。`docker compose down -v` 把项目的数据卷也删除，
# 数据就真的没有了。容器已经删除了，所以这次只删除数据卷：

# %% [markdown] lang="en"
# Another `docker compose up -d` and `store` would count on from there. `docker compose down -v`
# removes the project's volumes too, and with them the data. The containers are gone already,
# so this time only the volume goes:

# %%
%%bash
cd nb13-app
docker compose down -v
docker volume ls --filter name=nb13 --format '{{.Name}}' | wc -l

# %% [markdown] lang="zh"
# 记住这个区别：`down` 是"停下来，数据留着"，`down -v` 是"全部删除，数据也不要了"。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有"，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习的项目文件夹和项目名都以 `ex13` 开头（`ex13-app`、`ex13-keep`）。本节结束时的清理不会删除它们的容器和数据卷，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 13` 会删除它们。
#
# ### 练习 13.1：健康了再开始
#
# 在 `ex13-app/compose.yaml` 里写一个名为 `ex13` 的项目，有两个服务：
#
# - `web`：镜像 `dockerlab/web`，80 端口发布在 127.0.0.1 上、端口号让 Docker 选，
#   有一个健康检查：`wget -q -O /dev/null http://localhost/` 成功就是健康；
# - `client`：镜像 `dockerlab/busybox`，命令是 `wget -q -O- http://web/`，**等 `web` 健康了**才启动。
#
# 在 `ex13-app` 里运行 `docker compose up client`：Compose 先启动 `client` 依赖的服务，
# 再运行 `client`，显示它的输出，直到它结束。

# %% [markdown] lang="en"
# Remember the difference: `down` is "stop, and keep the data"; `down -v` is "remove it all,
# the data too".
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' project folders and project names start with `ex13` (`ex13-app`,
# `ex13-keep`). The cleanup at the end of the notebook leaves their containers and volumes, so
# `dl.progress()` and `dockerlab progress` can see your progress. To start over, `dockerlab
# reset 13` removes them.
#
# ### Exercise 13.1: healthy first
#
# In `ex13-app/compose.yaml`, write a project named `ex13` with two services:
#
# - `web`: the image `dockerlab/web`, its port 80 published on 127.0.0.1 on a port Docker
#   chooses, with a health check: healthy when `wget -q -O /dev/null http://localhost/`
#   succeeds;
# - `client`: the image `dockerlab/busybox`, the command `wget -q -O- http://web/`, started
#   **once `web` is healthy**.
#
# In `ex13-app`, run `docker compose up client`: Compose starts the services `client` depends
# on, then runs `client` and shows its output until it ends.

# %%
%%bash
# 13.1: your commands here


# %%
dl.check("13.1")

# %% [markdown]
# {{solution 13.1}}

# %% [markdown] lang="zh"
# ### 练习 13.2：数据比 `down` 活得久
#
# 在 `ex13-keep/compose.yaml` 里写一个名为 `ex13-keep` 的项目，有一个服务 `counter`：
# 镜像 `dockerlab/busybox`，命令是 `sh -c 'date >> /data/starts; wc -l < /data/starts'`
# （和 07.3 一样：每次启动加一行，再打印有几行），`/data` 是一个名为 `data` 的数据卷。
#
# 运行 `docker compose up`（不加 `-d`：它显示 `counter` 的输出，`counter` 结束时它也结束），
# 然后 `docker compose down`。这样做三次，最后一次 `up` 之后不要 `down`。
# 第三次打印的是几？如果每次用的是 `down -v` 呢？

# %% [markdown] lang="en"
# ### Exercise 13.2: data outlives `down`
#
# In `ex13-keep/compose.yaml`, write a project named `ex13-keep` with one service, `counter`:
# the image `dockerlab/busybox`, the command `sh -c 'date >> /data/starts; wc -l <
# /data/starts'` (as in 07.3: each start adds a line and prints how many there are), and at
# `/data` a volume named `data`.
#
# Run `docker compose up` (without `-d`: it shows `counter`'s output, and ends when `counter`
# does), then `docker compose down`. Do that three times, and leave out the `down` after the
# last `up`. What does the third run print? And with `down -v` each time?

# %%
%%bash
# 13.2: your commands here


# %%
dl.check("13.2")

# %% [markdown]
# {{solution 13.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# docker-py 里没有 Compose：Compose 是 docker 命令的插件，不是引擎的功能（旧的 Python 版 `docker-compose` 已经停止维护）。
# 在 Python 里，像在终端里一样运行 `docker compose` 命令，用标准库的 `subprocess`。
# `docker compose config --format json` 把 `compose.yaml` 补全默认值后以 JSON 输出，Python 可以直接读：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# docker-py has no Compose: Compose is a plugin of the docker command, not a feature of the
# Engine (and the old Python `docker-compose` is no longer maintained). In Python, run the
# `docker compose` commands as in a terminal, with the standard library's `subprocess`. `docker
# compose config --format json` prints `compose.yaml` with every default filled in, as JSON,
# ready for Python:

# %%
import json
import subprocess


def compose(*args):
    """Run `docker compose ARGS` in the project folder; return what it printed."""
    done = subprocess.run(["docker", "compose", *args], cwd="nb13-app", check=True,
                          capture_output=True, text=True)
    return done.stdout


config = json.loads(compose("config", "--format", "json"))
for name, service in sorted(config["services"].items()):
    image = service.get("image") or f"built from {service['build']['dockerfile']}"
    waits = [f"{other} to be {rule['condition'].removeprefix('service_')}"
             for other, rule in service.get("depends_on", {}).items()]
    print(f"{name}: {image}, networks {', '.join(service['networks'])}, "
          f"waits for {', '.join(waits) or 'nothing'}")

# %% [markdown] lang="zh"
# `up -d --wait` 启动项目，并等到每个服务都在运行（有健康检查的要健康）才返回。
# 然后 `dl.ps` 按 label 列出项目的容器：它是 `docker ps` 的表格，同时是 pandas DataFrame，
# 小写的 `labels` 列里有 Compose 加的 label：

# %% [markdown] lang="en"
# `up -d --wait` starts the project and returns once every service runs (and is healthy, where
# it has a health check). Then `dl.ps` lists the project's containers by label: it is `docker
# ps`'s table and also a pandas DataFrame, whose lower-case `labels` column holds Compose's
# labels:

# %%
compose("up", "-d", "--wait")
project = dl.ps(filters={"label": "com.docker.compose.project=nb13"})
project

# %%
services = project["labels"].map(lambda labels: labels["com.docker.compose.service"])
print(f"{len(project)} containers, services: {', '.join(sorted(services))}")

# %% [markdown] lang="zh"
# `dl.networks` 是 `docker network ls` 的表格，筛选条件和命令行一样：

# %% [markdown] lang="en"
# `dl.networks` is `docker network ls`'s table, with the CLI's filters:

# %%
dl.networks(filters={"label": "com.docker.compose.project=nb13"})

# %% [markdown] lang="zh"
# 最后用 `down -v` 删除整个项目，数据卷也删除：

# %% [markdown] lang="en"
# Last, `down -v` removes the whole project, the volume too:

# %%
compose("down", "-v")
left = dl.ps(all=True, filters={"label": "com.docker.compose.project=nb13"})
print(f"containers of nb13 left: {len(left)}")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb13` 开头的容器、网络、数据卷和镜像 `nb13-web`）。
# 你的练习（`ex13…`）和你自己的容器都不受影响。`nb13-app` 文件夹留着，可以打开看，也可以删除：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (containers, networks and volumes named `nb13…`,
# and the image `nb13-web`). Your exercises (`ex13…`) and your own containers are not touched.
# The folder `nb13-app` stays, to read or to delete:

# %%
dl.finish("13")

# %% [markdown] lang="zh"
# 下一节：[14 日常维护](14-housekeeping.ipynb)：清理磁盘空间、重启策略（restart policy）、资源限制、健康检查和日志。

# %% [markdown] lang="en"
# Next: [14 Housekeeping](14-housekeeping.ipynb): disk space, restart policies, resource limits,
# health checks and logs.
