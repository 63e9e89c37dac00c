# %% [markdown] lang="zh"
# # 15 · 结课项目：一个保存数据的小应用
#
# **学完这一节，你能够：**
#
# - 把一个由两个服务组成的小应用（网页和数据存储）写成代码、Dockerfile 和 `compose.yaml`；
# - 构建（build）镜像（image），打上标签（tag），推送（push）到课程的镜像仓库（registry），再让 Compose 从镜像仓库拉取（pull）它来运行；
# - 用 Compose 在一个用户定义网络（network）上运行它：服务之间按名字互相访问，数据放在数据卷（volume）里，端口只发布在 `127.0.0.1` 上；
# - 证明数据在 `docker compose down` 和 `up` 之后还在，在 `down -v` 之后就没有了；
# - 用 14 学过的健康检查（health check）、重启策略（restart policy）和 `init` 让它好好运行。
#
# **时间：** {{minutes}}
#
# **先学过：** 10（Dockerfile 和 `docker build`）、11（数据卷）、12（网络和端口）、13（Compose）、14（日常维护）。

# %% [markdown] lang="en"
# # 15 · Final project: a small app that keeps its data
#
# **When you finish this notebook, you can:**
#
# - write a small app of two services (a web page and a data store) as code, a Dockerfile and a
#   `compose.yaml`;
# - build its image, tag it, push it to the course registry, and have Compose pull it from there
#   to run it;
# - run it with Compose on a user-defined network: the services reach each other by name, the
#   data lives in a volume, and the port is published on `127.0.0.1` only;
# - prove that the data survives `docker compose down` and `up`, and is gone after `down -v`;
# - make it run well with 14's health check, restart policy and `init`.
#
# **Time:** {{minutes}}
#
# **Before this:** 10 (Dockerfile and `docker build`), 11 (volumes), 12 (networks and ports), 13
# (Compose), 14 (housekeeping).

# %% [markdown] lang="zh"
# 这是最后一节。它不讲新命令，而是把学过的串起来，做一件完整的事：从源代码到一个在运行、数据不会丢的应用。
# 真实的项目就是这样交付的：写代码，构建镜像，推送到镜像仓库，在另一台机器上用 Compose 从镜像仓库运行。
#
# 应用叫 notes（笔记），只用 Python 的标准库。它有两个服务（service）：
#
# - `store`：数据存储，把笔记存进 SQLite 数据库文件 `/data/notes.db`，在 8001 端口上提供一个小小的 HTTP 接口；
# - `web`：用户访问的网页，在 8000 端口上。它自己不保存任何东西，每次都通过网络去问 `store`。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# This is the last notebook. It teaches no new command; it puts together what you learned to do
# one whole thing: from source code to an app that runs and does not lose its data. Real projects
# ship this way: write the code, build an image, push it to a registry, and run it from the
# registry on another machine with Compose.
#
# The app is called notes, and uses Python's standard library only. It has two services:
#
# - `store`: the data store. It keeps the notes in the SQLite database file `/data/notes.db` and
#   offers a tiny HTTP interface on port 8001;
# - `web`: the web page people use, on port 8000. It keeps nothing itself and asks `store` over
#   the network every time.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("15", language="zh")

# %% [markdown] lang="zh"
# ## 第一步：代码
#
# 项目放在 `nb15-notes` 文件夹里。如果它已经存在（比如你再次运行这一节），`rm -rf` 先把它删掉，从头开始。
# 然后用 `%%writefile 文件名` 写文件（10 讲过；在终端里，用编辑器写同样的内容）：

# %% [markdown] lang="en"
# ## Step 1: the code
#
# The project lives in the folder `nb15-notes`. If it exists already (when you run this notebook
# again, say), `rm -rf` removes it first, to start from scratch. Then `%%writefile FILE` writes
# the files (from 10; in a terminal, write the same with an editor):

# %%
%%bash
rm -rf nb15-notes
mkdir nb15-notes

# %%
%%writefile nb15-notes/notes.py
"""Notes: a small web app (python3 notes.py web) and the store that keeps its data
(python3 notes.py store). Python's standard library only."""

import json
import os
import sqlite3
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORE_URL = os.environ.get("STORE_URL", "http://store:8001")
DATABASE = "/data/notes.db"


class Store(BaseHTTPRequestHandler):
    """Keeps the notes in SQLite: GET / lists them (JSON), POST / adds one."""

    def do_GET(self):
        with sqlite3.connect(DATABASE) as db:
            db.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT, created TEXT)")
            rows = db.execute("SELECT text, created FROM notes ORDER BY rowid").fetchall()
        self.reply(200, json.dumps([{"text": t, "created": c} for t, c in rows]))

    def do_POST(self):
        text = self.rfile.read(int(self.headers["Content-Length"])).decode()
        with sqlite3.connect(DATABASE) as db:
            db.execute("CREATE TABLE IF NOT EXISTS notes (text TEXT, created TEXT)")
            db.execute("INSERT INTO notes VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ'))", (text,))
        self.reply(201, "saved\n")

    def reply(self, status, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Web(Store):
    """The page people use: GET / shows the notes, GET /notes gives them as JSON, POST /
    adds one. The notes live in the store, reached over the network by its name."""

    def do_GET(self):
        with urllib.request.urlopen(STORE_URL, timeout=5) as answer:
            notes = json.load(answer)
        if self.path == "/notes":
            self.reply(200, json.dumps(notes))
            return
        lines = [f"{len(notes)} note(s), kept by the store:"]
        lines += [f"- {note['text']}" for note in notes]
        self.reply(200, "\n".join(lines) + "\n")

    def do_POST(self):
        text = self.rfile.read(int(self.headers["Content-Length"]))
        urllib.request.urlopen(STORE_URL, data=text, timeout=5).close()
        self.reply(201, "saved\n")


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "web"
    handler, port = (Store, 8001) if role == "store" else (Web, 8000)
    sys.stderr.write(f"notes {role} listening on port {port}\n")
    ThreadingHTTPServer(("", port), handler).serve_forever()

# %% [markdown] lang="zh"
# 要注意的只有两处：`store` 把数据写在 `/data` 里，那里会挂载一个数据卷；
# `web` 访问的地址 `http://store:8001` 用的是服务的名字，在用户定义网络上，Docker 的 DNS 会把名字解析成容器（container）的地址，12 讲过。
#
# ## 第二步：Dockerfile 和镜像
#
# 一个镜像，两个服务：`web` 运行默认命令（`CMD`），`store` 在 `compose.yaml` 里换一个命令。
# 这里的每一行 10 都讲过。`USER nobody` 让程序以普通用户运行，不用 root（08 讲过为什么）；
# 所以 `/data` 要事先建好，并交给 `nobody`。数据卷第一次挂载时，会沿用镜像里这个目录的所有者（11 讲过）：

# %% [markdown] lang="en"
# Two things to note: `store` writes its data in `/data`, where a volume will be mounted; and
# `web` reaches `http://store:8001` by the service's name: on a user-defined network, Docker's DNS
# turns the name into the container's address (from 12).
#
# ## Step 2: the Dockerfile and the image
#
# One image, two services: `web` runs the default command (`CMD`); `store` gets another command
# in `compose.yaml`. Every line here is from 10. `USER nobody` runs the program as an ordinary
# user, not root (08 says why); so `/data` is made beforehand and given to `nobody`. A volume
# mounted there for the first time takes the owner of that directory in the image (from 11):

# %%
%%writefile nb15-notes/Dockerfile
FROM dockerlab/python
WORKDIR /app
COPY notes.py .
# the store keeps its data in /data; the app runs as nobody, not as root
RUN mkdir /data && chown nobody /data
USER nobody
EXPOSE 8000 8001
CMD ["python3", "notes.py", "web"]

# %% [markdown] lang="zh"
# 构建，镜像名是 `nb15/notes`，标签（tag）是版本号 `1.0`。版本号比 `latest` 好：
# 它说清了运行的是哪一个版本，出了问题也能回到上一个版本（06 讲过 `latest` 只是一个默认的名字）。
# `-q` 只打印新镜像的 ID（每次都不一样，测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# Build it, as `nb15/notes` with the tag `1.0`, a version. A version beats `latest`: it says
# which version runs, and lets you go back to the previous one when something goes wrong (06:
# `latest` is only a default name). `-q` prints only the new image's ID (it differs on every
# run; the tests do not compare this cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
docker build -q -t nb15/notes:1.0 nb15-notes

# %% [markdown] lang="zh"
# 先试一下镜像：它以 `nobody` 运行，`/data` 属于 `nobody`：

# %% [markdown] lang="en"
# A first try of the image: it runs as `nobody`, and `/data` belongs to `nobody`:

# %%
%%bash
docker run --rm nb15/notes:1.0 sh -c 'id; stat -c "%n belongs to %U" /data'

# %% [markdown] lang="zh"
# ## 第三步：推送到镜像仓库
#
# 应用要在别的机器上运行，镜像就要放到那台机器能拉取的镜像仓库里。
# 给镜像加上带镜像仓库地址的名字（`docker tag`），再推送（`docker push`，06 讲过）。`-q` 只打印推送的名字：

# %% [markdown] lang="en"
# ## Step 3: push it to the registry
#
# For the app to run on other machines, its image goes to a registry those machines can pull
# from. Give the image a name with the registry's address (`docker tag`), then push it
# (`docker push`, from 06). `-q` prints only the name pushed:

# %%
%%bash
docker tag nb15/notes:1.0 $REGISTRY/nb15/notes:1.0
docker push -q $REGISTRY/nb15/notes:1.0
curl -s "http://$REGISTRY/v2/nb15/notes/tags/list"

# %% [markdown] lang="zh"
# 镜像仓库里有了 `nb15/notes` 的 `1.0`。为了像在另一台机器上一样，把本地的两个名字都删掉，
# 这样 Compose 只能从镜像仓库拉取它：

# %% [markdown] lang="en"
# The registry now holds `1.0` of `nb15/notes`. To be as on another machine, remove both local
# names, so that Compose can only pull it from the registry:

# %%
%%bash
docker rmi nb15/notes:1.0 $REGISTRY/nb15/notes:1.0 > /dev/null
docker images --filter reference='*/nb15/notes' --filter reference='nb15/notes' --format '{{.Repository}}' | wc -l

# %% [markdown] lang="zh"
# ## 第四步：`compose.yaml`
#
# Compose 文件把上面所有的 `docker run` 选项写在一起（13 讲过）。逐项看：
#
# - `name: nb15`：项目名。容器叫 `nb15-store-1`、`nb15-web-1`，网络叫 `nb15_back`，数据卷叫 `nb15_data`；
# - `image`：从镜像仓库拉取。`${REGISTRY:-127.0.0.1:5000}` 读取环境变量 `REGISTRY`，没有设置时用 `127.0.0.1:5000`；
# - `store` 的 `command` 代替镜像的 `CMD`；`volumes` 把数据卷 `data` 挂载到 `/data`；
# - `healthcheck`：14 的健康检查，每个服务用 Python 访问自己；
# - `web` 的 `ports` 只发布在 `127.0.0.1` 上，主机端口由 Docker 挑选（12）；`environment` 设置环境变量；
# - `depends_on` 加 `condition: service_healthy`：`store` 健康了，才启动 `web`；
# - `networks`：两个服务都在用户定义网络 `back` 上，按服务名互相访问；
# - `init: true` 和 `restart: unless-stopped`：14 的 `--init` 和 `--restart unless-stopped`。

# %% [markdown] lang="en"
# ## Step 4: `compose.yaml`
#
# A Compose file writes all the `docker run` options above in one place (from 13). Item by item:
#
# - `name: nb15`: the project's name. The containers are `nb15-store-1` and `nb15-web-1`, the
#   network `nb15_back`, the volume `nb15_data`;
# - `image`: pulled from the registry. `${REGISTRY:-127.0.0.1:5000}` reads the environment
#   variable `REGISTRY`, or uses `127.0.0.1:5000` when it is not set;
# - `store`'s `command` replaces the image's `CMD`; `volumes` mounts the volume `data` on
#   `/data`;
# - `healthcheck`: 14's health check, each service asking itself with Python;
# - `web`'s `ports` publishes on `127.0.0.1` only, at a host port Docker picks (12);
#   `environment` sets an environment variable;
# - `depends_on` with `condition: service_healthy`: `web` starts once `store` is healthy;
# - `networks`: both services are on the user-defined network `back`, and reach each other by
#   service name;
# - `init: true` and `restart: unless-stopped`: 14's `--init` and `--restart unless-stopped`.

# %%
%%writefile nb15-notes/compose.yaml
name: nb15

services:
  store:
    image: ${REGISTRY:-127.0.0.1:5000}/nb15/notes:1.0
    command: ["python3", "notes.py", "store"]
    volumes:
      - data:/data
    networks:
      - back
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8001/')"]
      interval: 500ms
      retries: 10
    init: true
    restart: unless-stopped

  web:
    image: ${REGISTRY:-127.0.0.1:5000}/nb15/notes:1.0
    environment:
      STORE_URL: http://store:8001
    ports:
      - "127.0.0.1::8000"
    networks:
      - back
    healthcheck:
      test: ["CMD", "python3", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"]
      interval: 500ms
      retries: 10
    depends_on:
      store:
        condition: service_healthy
    init: true
    restart: unless-stopped

networks:
  back:

volumes:
  data:

# %% [markdown] lang="zh"
# ## 第五步：运行
#
# `docker compose` 在当前文件夹里找 `compose.yaml`，所以每个单元格先 `cd nb15-notes`
# （在终端里，`cd` 一次就够了）。`up -d` 在后台启动整个项目；`--wait` 等到所有服务都健康了才返回，这样接下来的命令就不会碰到一个还没准备好的服务。
#
# 输出里能看到 Compose 做的每一件事：从镜像仓库拉取镜像（`Pulling`、`Pulled`；已经在本地的层是 `Already exists`，
# 因为 `dockerlab/python` 就在这台机器上），创建网络、数据卷和容器，等 `store` 健康了（`Healthy`）再启动 `web`。
# 这些行的顺序每次可能不同（测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# ## Step 5: run it
#
# `docker compose` looks for `compose.yaml` in the current folder, so each cell starts with `cd
# nb15-notes` (in a terminal, one `cd` is enough). `up -d` starts the whole project in the
# background; `--wait` returns once every service is healthy, so that the next commands never meet a
# service that is not ready yet.
#
# The output shows everything Compose does: it pulls the image from the registry (`Pulling`,
# `Pulled`; layers already here say `Already exists`, since `dockerlab/python` is on this
# machine), creates the network, the volume and the containers, and starts `web` once `store` is
# `Healthy`. The order of these lines may change from run to run (the tests do not compare this
# cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
cd nb15-notes
docker compose up -d --wait

# %% [markdown] lang="zh"
# `docker compose ps` 列出项目的容器，`--format` 和 `docker ps` 的一样。`docker compose port` 像 `docker port` 一样，
# 查出 `web` 的 8000 端口发布在哪里：

# %% [markdown] lang="en"
# `docker compose ps` lists the project's containers, with the same `--format` as `docker ps`.
# `docker compose port`, like `docker port`, tells where `web`'s port 8000 is published:

# %%
%%bash
cd nb15-notes
docker compose ps --format '{{.Service}}: {{.State}} {{.Health}}'
docker compose port web 8000

# %% [markdown] lang="zh"
# 用 `curl` 使用这个应用：`-d` 发送一个 POST 请求，添加两条笔记；然后 GET 首页，看到它们。
# 请求先到 `web`，`web` 再通过网络 `back` 找到 `store`：

# %% [markdown] lang="en"
# Use the app with `curl`: `-d` sends a POST request, adding two notes; then GET the home page
# and see them. Requests reach `web`, and `web` finds `store` over the network `back`:

# %%
%%bash
cd nb15-notes
url="http://$(docker compose port web 8000)/"
curl -s -d 'buy milk' "$url"
curl -s -d 'learn Docker' "$url"
curl -s "$url"

# %% [markdown] lang="zh"
# 项目的网络和数据卷都有 `nb15` 开头的名字；两个容器都连在 `nb15_back` 上，只有 `store` 挂载了数据卷：

# %% [markdown] lang="en"
# The project's network and volume have names starting with `nb15`; both containers are on
# `nb15_back`, and only `store` mounts the volume:

# %%
%%bash
docker network ls --filter name=^nb15_ --format 'network: {{.Name}} ({{.Driver}})'
docker volume ls --filter name=^nb15_ --format 'volume: {{.Name}}'
for c in nb15-store-1 nb15-web-1; do
  docker inspect --format '{{.Name}}: networks {{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}mounts {{range .Mounts}}{{.Name}}:{{.Destination}}{{end}}' $c
done

# %% [markdown] lang="zh"
# ## 第六步：数据留得住吗？
#
# `docker compose down` 停止并删除项目的容器和网络，**数据卷留着**。再 `up`，就是全新的容器：

# %% [markdown] lang="en"
# ## Step 6: does the data stay?
#
# `docker compose down` stops and removes the project's containers and network; **the volume
# stays**. `up` again, and the containers are brand new:

# %%
%%bash
cd nb15-notes
before=$(docker compose ps -q store)
docker compose down 2>&1 | grep -E 'Removed' | sort
docker volume ls --filter name=^nb15_ --format 'still there: {{.Name}}'
docker compose up -d --wait 2> /dev/null
after=$(docker compose ps -q store)
if [ "$before" != "$after" ]; then echo "store is a new container"; fi
curl -s "http://$(docker compose port web 8000)/"

# %% [markdown] lang="zh"
# 容器是新的，有新的可写层（writable layer），但两条笔记还在：它们在数据卷 `nb15_data` 里，不在容器里。
# 这就是数据卷的作用：容器可以随时删除、重建、升级到新版本，数据留下来。
#
# `docker compose down -v`（volumes）连数据卷一起删除。之后再 `up`，应用从零开始，一条笔记也没有：

# %% [markdown] lang="en"
# The containers are new (new writable layers), but the two notes are still there: they are in
# the volume `nb15_data`, not in a container. That is what volumes are for: containers can be
# removed, recreated and upgraded at any time, and the data stays.
#
# `docker compose down -v` (volumes) removes the volume too. `up` again, and the app starts from
# nothing, without a single note:

# %%
%%bash
cd nb15-notes
docker compose down -v 2>&1 | grep -E 'Volume.*Removed'
docker compose up -d --wait 2> /dev/null
curl -s "http://$(docker compose port web 8000)/"

# %% [markdown] lang="zh"
# 所以 `down -v` 要小心使用，就像 14 里的 `prune`：它删除的正是最不能丢的东西。
# 要保存数据卷里的数据，先按 11 讲的办法用 `tar` 备份。
#
# 最后看看日志。`docker compose logs` 把几个服务的日志合在一起，每行前面是服务的名字和编号。
# 这里用 `grep` 只留下程序启动时打印的那一行，`sort` 排序：

# %% [markdown] lang="en"
# So use `down -v` with care, as 14's `prune`: what it deletes is what you can least afford to
# lose. To keep a volume's data, back it up with `tar` first, as 11 showed.
#
# A last look at the logs. `docker compose logs` merges the services' logs, each line headed by
# the service's name and number. Here `grep` keeps only the line each program prints when it
# starts, and `sort` sorts them:

# %%
%%bash
cd nb15-notes
docker compose logs store web | grep -o '[a-z0-9-]* *| notes .*' | sort

# %% [markdown] lang="zh"
# ## 练习
#
# 练习有三个部分：题目，一个空的 `%%bash` 单元格写你的命令，一个检查单元格。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有完成"，这是正常的。参考答案折叠在练习的最后，先自己试试。
# 练习用的名字都以 `ex15` 开头，本节结束时的清理不会删除它们；想重做时，`dockerlab reset 15` 会删除它们。
#
# ### 练习 15.1：交付你自己的一份
#
# 把整个项目用你自己的名字再交付一次，这次是 `ex15`：
#
# 1. 项目放在 `ex15-notes` 文件夹里（可以从 `nb15-notes` 复制）；
# 2. 镜像推送到课程的镜像仓库，名字是 `$REGISTRY/ex15/notes`，标签自己定；
# 3. `compose.yaml` 的项目名是 `ex15`，`store` 和 `web` 都从镜像仓库里的这个镜像运行，
#    连在同一个用户定义网络上，`store` 的数据放在数据卷里，`web` 只发布在 `127.0.0.1` 上；
# 4. 添加一条内容里有 `ex15` 的笔记；
# 5. `docker compose down`，再 `docker compose up -d`，笔记还在。
#
# 检查会从镜像仓库、引擎和应用本身三方面核对：镜像在镜像仓库里，容器运行的正是它，网络和数据卷都在，
# 应用在发布的端口上回答，而且那条笔记比现在的容器更早。

# %% [markdown] lang="en"
# ## Exercise
#
# The exercise has three parts: the task, an empty `%%bash` cell for your commands, and a check.
# In a freshly opened notebook, Run All shows the check as "not yet": that is expected. A
# solution is folded at the end; try on your own first. The exercise's names all start with
# `ex15`; the cleanup at the end of the notebook leaves them, and `dockerlab reset 15` removes
# them when you want to start over.
#
# ### Exercise 15.1: ship your own copy
#
# Ship the whole project again under your own name, `ex15` this time:
#
# 1. the project lives in the folder `ex15-notes` (copying `nb15-notes` is fine);
# 2. the image is pushed to the course registry as `$REGISTRY/ex15/notes`, with a tag of your
#    choice;
# 3. `compose.yaml`'s project name is `ex15`; `store` and `web` both run that image from the
#    registry, on one user-defined network; `store`'s data is in a volume; `web` is published on
#    `127.0.0.1` only;
# 4. add a note whose text contains `ex15`;
# 5. `docker compose down`, then `docker compose up -d` again: the note is still there.
#
# The check asks the registry, the Engine and the app itself: the image is in the registry, the
# containers run that very image, the network and the volume exist, the app answers on its
# published port, and the note is older than the containers that serve it now.

# %%
%%bash
# 15.1: your commands here


# %%
dl.check("15.1")

# %% [markdown]
# {{solution 15.1}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# docker-py 没有 Compose：Compose 是建立在同一个引擎 API 上的另一个程序。它在自己创建的每个容器、网络和数据卷上
# 加了标签（label），例如 `com.docker.compose.project=nb15`，`docker compose ps` 就是按这个标签找到项目的容器的。
# 用 docker-py 做同样的查找：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# docker-py has no Compose: Compose is another program on top of the same Engine API. It labels
# every container, network and volume it creates, e.g. `com.docker.compose.project=nb15`, and
# `docker compose ps` finds the project's containers by that label. The same search with
# docker-py:

# %%
import docker

client = docker.from_env()
project = client.api.containers(filters={"label": "com.docker.compose.project=nb15"})
for row in sorted(project, key=lambda r: r["Names"][0]):
    labels = row["Labels"]
    print(f"{row['Names'][0].lstrip('/')}: service {labels['com.docker.compose.service']}, "
          f"image {row['Image'].split('/', 1)[1]}, {row['State']}")

# %% [markdown] lang="zh"
# `dl.ps` 接受同样的过滤条件，得到 `docker ps` 的表格（端口和时间每次都不一样，测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# `dl.ps` takes the same filter, and gives `docker ps`'s table (ports and times differ on every
# run; the tests do not compare this cell's output):

# %% tags=["nbval-ignore-output"]
dl.ps(filters={"label": "com.docker.compose.project=nb15"})

# %% [markdown] lang="zh"
# 应用本身用 Python 的标准库就能访问。`web` 的 `/notes` 返回 JSON：

# %% [markdown] lang="en"
# The app itself answers Python's standard library. `web`'s `/notes` returns JSON:

# %%
import json
import urllib.request

binding = client.api.port("nb15-web-1", 8000)[0]
url = f"http://{binding['HostIp']}:{binding['HostPort']}/"
urllib.request.urlopen(url, data=b"from Python", timeout=5).close()
with urllib.request.urlopen(url + "notes", timeout=5) as answer:
    notes = json.load(answer)
print(f"{len(notes)} note(s): {[note['text'] for note in notes]}")

# %% [markdown] lang="zh"
# ## 清理
#
# `docker compose down -v` 删除项目的容器、网络和数据卷；`dl.finish` 再删除本节课创建的其他东西（名字以 `nb15` 开头的）。
# 你的练习（`ex15…`）和你自己的东西都不受影响。镜像仓库里推送的镜像也留着：

# %% [markdown] lang="en"
# ## Clean up
#
# `docker compose down -v` removes the project's containers, network and volume; `dl.finish` then
# removes whatever else this notebook's lessons created (names starting `nb15`). Your exercise
# (`ex15…`) and your own things are not touched. The images pushed to the registry stay too:

# %%
%%bash
cd nb15-notes
docker compose down -v 2>&1 | grep -E 'Removed' | sort

# %%
dl.finish("15")

# %% [markdown] lang="zh"
# ## 结课：接下来学什么
#
# 这门课到这里就结束了。你已经能构建、保存、连接和编排容器了，每一步都在你自己的引擎上真正运行过。
# 接下来可以学这些：
#
# - **Docker 官方文档**（docs.docker.com）：Dockerfile 参考、Compose 文件参考、`docker` 命令参考，遇到问题先查它们；
# - **镜像安全**：用尽量小的基础镜像，不以 root 运行，用 `docker scout` 或 Trivy 扫描镜像里已知的漏洞，
#   了解 rootless 模式和用户命名空间（08）；
# - **多平台构建**：用 `docker buildx` 一次构建 `linux/amd64` 和 `linux/arm64` 两种镜像（Apple 芯片的电脑、树莓派、ARM 服务器）；
# - **持续集成（CI/CD）**：让 GitHub Actions、GitLab CI 这样的系统在每次提交代码后自动构建、测试、推送镜像；
# - **自己的镜像仓库**：Harbor 这样的企业级镜像仓库，或者云服务商的镜像仓库（如阿里云容器镜像服务）；
#   以及本课工具包用过的办法：一个自己搭建的、能离线使用的镜像仓库和拉取缓存（04）；
# - **编排**：一台机器用 Compose；很多台机器时，学习 Kubernetes（国内常见的发行版和云服务都基于它）。
#
# 想回顾时，[09 命令速查表](09-cheat-sheet.ipynb) 列出了第一部分（01–08）的命令；第二部分的命令，请回到 10–14 各自的笔记本查看。
# `dl.progress()` 显示你所有练习的完成情况。

# %% [markdown] lang="en"
# ## The end of the course: what to learn next
#
# This is where the course ends. You can build, store, connect and compose containers, and every
# step ran for real on your own Engine. What to learn next:
#
# - **Docker's documentation** (docs.docker.com): the Dockerfile reference, the Compose file
#   reference, the `docker` command reference; look there first when something puzzles you;
# - **image security**: small base images, not running as root, scanning images for known
#   vulnerabilities with `docker scout` or Trivy, rootless mode and user namespaces (08);
# - **multi-platform builds**: `docker buildx` builds `linux/amd64` and `linux/arm64` images at
#   once (Apple silicon computers, Raspberry Pis, ARM servers);
# - **continuous integration (CI/CD)**: systems such as GitHub Actions and GitLab CI build, test
#   and push images after every commit;
# - **a registry of your own**: an enterprise registry such as Harbor, or a cloud provider's
#   (such as Alibaba Cloud's container registry); and the way this course's kit works: a
#   self-hosted registry and pull-through cache that work offline (04);
# - **orchestration**: Compose for one machine; for many machines, learn Kubernetes.
#
# To look back, [09 Cheat sheet](09-cheat-sheet.ipynb) lists the commands of Part 1 (01–08);
# for Part 2's, go back to notebooks 10–14.
# `dl.progress()` shows the state of all your exercises.
