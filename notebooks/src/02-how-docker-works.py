# %% [markdown] lang="zh"
# # 02 · Docker 是怎么工作的
#
# **学完这一节，你能够：**
#
# - 说出 Docker 的客户端（client）和服务端（server）各做什么：客户端是 `docker` 命令，
#   服务端是守护进程（daemon）`dockerd`，也就是 Docker 引擎（Engine）；并查看它们各自的版本；
# - 找到客户端连接引擎的地址（`DOCKER_HOST` 或默认的套接字），说出谁能使用这个套接字；
# - 用 `curl` 直接向引擎的 API 发请求：查询版本、列出容器（container）、创建并启动一个容器；
# - 说清 `docker run` 向引擎发了哪些请求，并用 `docker events` 看到引擎做了什么；
# - 看懂“连不上 Docker 守护进程”的错误，知道从哪里查起。
#
# **时间：** {{minutes}}
#
# **先学过：** 01：镜像（image）、容器和仓库（repository）。不需要会 Python。用到 `curl` 和 `jq` 两个命令行工具。

# %% [markdown] lang="en"
# # 02 · How Docker works
#
# **When you finish this notebook, you can:**
#
# - say what Docker's client (the `docker` command) and its server (the daemon `dockerd`, the
#   Docker Engine) each do, and see the version of each;
# - find the address the client uses to reach the Engine (`DOCKER_HOST` or the default
#   socket), and say who may use that socket;
# - send requests to the Engine's API yourself with `curl`: ask its version, list containers,
#   create and start a container;
# - say which requests `docker run` sends, and watch what the Engine did with `docker events`;
# - read a "cannot connect to the Docker daemon" error and know where to look.
#
# **Time:** {{minutes}}
#
# **Before this:** 01 (images, containers and repositories). No Python needed. Two
# command-line tools are used, `curl` and `jq`.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## docker是怎么工作的
# >
# > docker 是一个CS结构的系统，docker守护进程运行在宿主机上（在执行service docker start或者systemctl start docker之后），然后通过socket连接从客户端访问，守护进程从客户端接收命令并管理主机上的容器，比如接收run命令etc 来运行容器等。

# %% [markdown] lang="zh"
# 笔记说得对：Docker 是客户端/服务端（client/server，CS）结构。服务端是守护进程（daemon）`dockerd`，
# 也叫 Docker 引擎（Engine），它管理镜像和容器；客户端是你输入的 `docker` 命令。
# 它们之间说的是 HTTP：客户端通过套接字（socket）把请求发给引擎，引擎做事，再回答。
#
# 有一处要说得更准确：守护进程收到的不是一条“run 命令”。`docker run` 是客户端的一个命令，
# 它会向引擎发出好几个请求。这一节会把这些请求都找出来。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# The notes are right: Docker is a client/server (CS) system. The server is the daemon
# `dockerd`, also called the Docker Engine, which manages images and containers; the client is
# the `docker` command you type. They speak HTTP: the client sends requests to the Engine
# through a socket, and the Engine does the work and answers.
#
# One thing needs saying more exactly: the daemon does not receive "a run command". `docker
# run` is a command of the client, and it sends the Engine several requests. This notebook
# finds them all.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("02", language="zh")

# %% [markdown] lang="zh"
# ## 两个程序，两个版本
#
# `docker version` 分两部分回答：Client 是客户端，也就是你刚才运行的 `docker` 程序；
# Server 是引擎，以及它用来运行容器的 containerd 和 runc。
# 它们是各自独立的程序，版本可以不同。这个单元格的输出里有编译时间和 Git 提交号，每台机器都不同，所以测试不比较它：

# %% [markdown] lang="en"
# ## Two programs, two versions
#
# `docker version` answers in two parts: Client is the `docker` program you just ran; Server
# is the Engine, with containerd and runc, which it uses to run containers. They are separate
# programs and their versions can differ (this cell's output holds build dates and commits
# that differ on every machine, so the tests do not compare it):

# %% tags=["nbval-ignore-output"]
%%bash
docker version

# %% [markdown] lang="zh"
# 两边要说同一种“语言”：引擎 API 的版本（API version）。客户端比引擎新的时候，
# 它的 API version 一行会写 `downgraded from …`：客户端降到引擎的 API 版本来说话。
# `--format` 只取需要的字段：

# %% [markdown] lang="en"
# Both sides must speak the same "language": the version of the Engine API (API version).
# When the client is newer than the Engine, its API version line says `downgraded from …`: the
# client steps down to the Engine's API version. `--format` picks just the fields you need:

# %%
%%bash
docker version --format 'client {{.Client.Version}}, server {{.Server.Version}}, API {{.Server.APIVersion}}'

# %% [markdown] lang="zh"
# ## 守护进程从哪里来
#
# 笔记里用 `service docker start` 或 `systemctl start docker` 启动守护进程。
# 在用 systemd 的 Linux 服务器上，守护进程是 `docker.service` 这个服务：
#
# ```bash
# sudo systemctl start docker     # 启动
# sudo systemctl enable docker    # 开机自动启动
# systemctl status docker         # 查看它是否在运行
# ```
#
# `service docker start` 是更老的写法，在 systemd 系统上做的是同一件事。
# 在 Windows 和 macOS 上，Docker Desktop 在一个小的 Linux 虚拟机里运行引擎，打开 Docker Desktop 就启动了它。
# 不管怎么启动，客户端都要知道去哪里找它。
#
# ## 客户端怎么找到引擎
#
# 客户端连接一个地址。默认的地址是 `unix:///var/run/docker.sock`：一个 Unix 套接字，
# 是同一台机器上两个程序互相通信用的一个特殊文件。环境变量 `DOCKER_HOST` 可以换一个地址
# （`docker -H 地址` 和 `docker context` 也可以）。
# `${DOCKER_HOST:-默认值}` 是 shell 的写法：`DOCKER_HOST` 有值就用它的值，没有就用默认值：

# %% [markdown] lang="en"
# ## Where the daemon comes from
#
# The notes start the daemon with `service docker start` or `systemctl start docker`. On a
# Linux server with systemd, the daemon is the `docker.service` service:
#
# ```bash
# sudo systemctl start docker     # start it
# sudo systemctl enable docker    # start it at every boot
# systemctl status docker         # is it running?
# ```
#
# `service docker start` is the older spelling and does the same on a systemd system. On
# Windows and macOS, Docker Desktop runs the Engine in a small Linux virtual machine, started
# when you open Docker Desktop. However it starts, the client must know where to find it.
#
# ## How the client finds the Engine
#
# The client connects to an address. The default is `unix:///var/run/docker.sock`: a Unix
# socket, a special file through which two programs on one machine talk. The environment
# variable `DOCKER_HOST` sets another address (so do `docker -H ADDRESS` and `docker
# context`). `${DOCKER_HOST:-DEFAULT}` is shell for "the value of `DOCKER_HOST` if it has one,
# else DEFAULT":

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
echo "the client talks to $sock"

# %% [markdown] lang="zh"
# （这门课保存的输出是在测试机上生成的，那里每次测试用自己的引擎，`DOCKER_HOST` 指向它；
# 你的机器上多半是默认地址。）
#
# 谁能用这个套接字？`${sock#unix://}` 去掉开头的 `unix://`，剩下的就是文件路径。
# `ls -l` 显示它的权限，`awk` 只留下权限、所有者和用户组三列：

# %% [markdown] lang="en"
# (The course's stored outputs come from a test machine, where each test run has an Engine of
# its own and `DOCKER_HOST` points to it; on your machine it is most likely the default.)
#
# Who may use this socket? `${sock#unix://}` removes the leading `unix://`, which leaves the
# file's path. `ls -l` shows its permissions, and `awk` keeps three columns: the permissions,
# the owner and the group:

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
ls -l "${sock#unix://}" | awk '{print $1, $3, $4}'

# %% [markdown] lang="zh"
# 开头的 `s` 表示这是一个套接字；`rw-rw----` 表示只有所有者 root 和 `docker` 组的成员能读写它。
# 能读写这个套接字，就能让引擎做任何事，包括 01 里看到的：以 root 身份运行容器，把宿主机的目录挂进去。
# 所以把用户加进 `docker` 组，就等于给了他 root 权限。Docker 也可以用 rootless 模式运行：
# 引擎以普通用户的身份运行，容器里的 root 也就只是这个普通用户。
#
# ## 直接和引擎对话：引擎 API
#
# 客户端发给引擎的是普通的 HTTP 请求，格式由 Docker Engine API 规定。
# `curl` 可以通过 Unix 套接字发 HTTP 请求（`--unix-socket`），网址里的 `localhost` 只是占位，不会被用到。
# 最简单的请求是 `/_ping`，引擎回答 `OK`：

# %% [markdown] lang="en"
# The leading `s` means a socket; `rw-rw----` means only its owner, root, and members of the
# `docker` group may read and write it. Whoever can write to this socket can make the Engine do
# anything, including what 01 showed: run a container as root with a host directory mounted.
# That is why adding a user to the `docker` group gives them root. (Docker can also run in
# rootless mode: the Engine runs as an ordinary user, and root in its containers is only that
# user.)
#
# ## Talking to the Engine directly: the Engine API
#
# What the client sends the Engine are plain HTTP requests, in the format the Docker Engine
# API defines. `curl` can send HTTP through a Unix socket (`--unix-socket`); the `localhost` in
# the URL is a placeholder and is not used. The simplest request is `/_ping`, and the Engine
# answers `OK`:

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" http://localhost/_ping
echo

# %% [markdown] lang="zh"
# `GET /version` 就是 `docker version` 的 Server 部分的来源。回答是 JSON，`jq` 从中取出几个字段：

# %% [markdown] lang="en"
# `GET /version` is where the Server part of `docker version` comes from. The answer is JSON,
# and `jq` picks a few fields out of it:

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" http://localhost/version | jq '{Version, ApiVersion, Os, Arch}'

# %% [markdown] lang="zh"
# `docker ps -a` 发的是 `GET /containers/json?all=1`。`-G` 和 `--data-urlencode` 把参数编码后放进网址；
# `filters` 参数和 `docker ps --filter` 一样。这里列出课程镜像仓库（registry）的容器 `dockerlab-registry`，
# 先用 API，再用命令行：

# %% [markdown] lang="en"
# `docker ps -a` sends `GET /containers/json?all=1`. `-G` and `--data-urlencode` put encoded
# parameters into the URL; the `filters` parameter is `docker ps --filter`. Here both list the
# course registry's container, `dockerlab-registry`: first the API, then the CLI:

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s -G --unix-socket "$sock" --data-urlencode 'all=1' \
  --data-urlencode 'filters={"name": ["dockerlab-registry"]}' \
  http://localhost/containers/json | jq -r '.[] | "\(.Names[0])  \(.Image)  \(.State)"'
docker ps -a --filter name=dockerlab-registry --format '{{.Names}}  {{.Image}}  {{.State}}'

# %% [markdown] lang="zh"
# 同样的信息。API 里的容器名前面有一个 `/`，命令行打印时把它去掉了。命令行做的就是这些：
# 发请求，把 JSON 排成表格。
#
# ### 用 `curl` 运行一个容器
#
# 创建容器是 `POST /containers/create`，请求体是一段 JSON：用哪个镜像（`Image`）、运行什么命令（`Cmd`）。
# `name` 参数是容器的名字。引擎回答新容器的 ID：

# %% [markdown] lang="en"
# The same facts. In the API, container names start with a `/`, which the CLI drops when it
# prints them. That is all the CLI does here: send a request, and lay the JSON out as a table.
#
# ### Running a container with `curl`
#
# Creating a container is `POST /containers/create`, with a JSON body: which image (`Image`),
# which command (`Cmd`). The `name` parameter is the container's name. The Engine answers with
# the new container's ID:

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" -H 'Content-Type: application/json' \
  -d '{"Image": "dockerlab/busybox", "Cmd": ["echo", "hello from the API"]}' \
  'http://localhost/containers/create?name=nb02-by-hand'
echo

# %% [markdown] lang="zh"
# 命令行看到的是同一个容器，状态是 `Created`（已创建，还没启动）：

# %% [markdown] lang="en"
# The CLI sees the same container, `Created` (created, not started yet):

# %%
%%bash
docker ps -a --filter name=nb02-by-hand --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# 启动是 `POST /containers/名字/start`（成功时没有回答内容）；
# `POST /containers/名字/wait` 等容器结束，回答它的退出码（exit code，即 `StatusCode`）：

# %% [markdown] lang="en"
# Starting is `POST /containers/NAME/start` (no answer body when it works);
# `POST /containers/NAME/wait` waits for the container to end and answers its exit code
# (`StatusCode`):

# %%
%%bash
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
sock=${sock#unix://}
curl -s --unix-socket "$sock" -X POST http://localhost/containers/nb02-by-hand/start
curl -s --unix-socket "$sock" -X POST http://localhost/containers/nb02-by-hand/wait

# %% [markdown] lang="zh"
# 容器的输出在它的日志里，`docker logs` 打印它（08 细讲）：

# %% [markdown] lang="en"
# The container's output is in its log; `docker logs` prints it (08 teaches it):

# %%
%%bash
docker logs nb02-by-hand

# %% [markdown] lang="zh"
# ## `docker run` 发了哪些请求
#
# `docker run 镜像` 在前台运行时，客户端依次发出这些请求：
#
# 1. `POST /containers/create` 创建容器。如果引擎回答 404“没有这个镜像”（No such image），
#    客户端先拉取（pull）镜像（`POST /images/create`，也就是 `docker pull`），再创建一次；
# 2. `POST /containers/…/attach` 连接到容器的输出（有 `-i` 时还有输入）；
# 3. `POST /containers/…/wait` 开始等待容器结束；
# 4. `POST /containers/…/start` 启动容器；
# 5. 容器结束后，wait 的回答带回退出码，`docker run` 用它作为自己的退出码。
#
# 先连接、先等待，再启动，这样容器的第一行输出也不会漏掉。在这些请求之前，客户端还会先发一个 `/_ping`，
# 商定双方都懂的 API 版本。加了 `-d` 的 `docker run` 不连接、也不等待，启动后就返回（08 讲）。
#
# 引擎把自己做的每件事都记成一个事件（event），`docker events` 打印这些事件。
# 它默认一直等新的事件（在终端里按 Ctrl+C 结束）；给出 `--since` 和 `--until` 时间段，
# 它只打印这段时间的事件，然后自己结束。`date +%s` 是现在的时间（从 1970 年起的秒数）；
# `$(( … + 1 ))` 是 shell 的算术，把结束时间往后放一秒，这样这一秒里的事件都包括在内。
#
# 这次从课程镜像仓库的名字运行 hello-world。本地还没有这个名字，所以客户端要先拉取：

# %% [markdown] lang="en"
# ## Which requests `docker run` sends
#
# `docker run IMAGE`, in the foreground, makes the client send these requests in turn:
#
# 1. `POST /containers/create` creates the container. If the Engine answers 404 "No such
#    image", the client first pulls the image (`POST /images/create`, which is `docker pull`)
#    and creates again;
# 2. `POST /containers/…/attach` connects to the container's output (and its input, with `-i`);
# 3. `POST /containers/…/wait` starts waiting for the container to end;
# 4. `POST /containers/…/start` starts the container;
# 5. when the container ends, the answer to wait brings its exit code, and `docker run` exits
#    with that code.
#
# Attach and wait come before start, so that not even the container's first line of output is
# missed. Before all of these, the client sends a `/_ping` to agree on an API version both
# sides know. `docker run -d` neither attaches nor waits: it returns once the container has
# started (08 teaches it).
#
# The Engine records everything it does as an event, and `docker events` prints them. By
# default it keeps waiting for new events (Ctrl+C ends it in a terminal); given a time window
# with `--since` and `--until`, it prints that window's events and ends by itself.
# `date +%s` is the time now (seconds since 1970); `$(( … + 1 ))` is shell arithmetic that
# moves the end one second later, so the events of the current second are all included.
#
# This time, hello-world runs under the course registry's name. That name is not on this
# Engine yet, so the client has to pull first:

# %%
%%bash
start=$(date +%s)
docker run --rm --name nb02-run $REGISTRY/dockerlab/hello-world > /dev/null
end=$(( $(date +%s) + 1 ))
docker events --since "$start" --until "$end" --filter image=$REGISTRY/dockerlab/hello-world --format '{{.Type}} {{.Action}}'

# %% [markdown] lang="zh"
# 先看 `docker run` 自己说的（在标准错误里）：`Unable to find image … locally`，然后拉取。
# 再看引擎的事件：
#
# - `image pull`：拉取镜像（第 1 步的 404 之后）；
# - `container create`：创建容器；
# - `container attach`：客户端连接到它的输出（第 2 步）；
# - `container start`：启动（第 4 步）；
# - `container die`：主进程（main process）结束了；
# - `container destroy`：因为有 `--rm`，引擎删除了容器。
#
# 第 3 步的 wait 不是事件：那是客户端在等，引擎不需要记录。
# 不加 `--filter` 时，还会看到 `network connect` 和 `network disconnect`：容器接入和离开网络（network）。
#
# 拉取给 hello-world 镜像多加了一个名字 `$REGISTRY/dockerlab/hello-world`（同一个镜像 ID，01 里的 `docker tag` 也是这样）。
# 把这个名字删掉，镜像本身还在，因为它还叫 `dockerlab/hello-world`（练习 02.2 还要从头拉取它）：

# %% [markdown] lang="en"
# First, what `docker run` itself said (on standard error): `Unable to find image … locally`,
# then the pull. Then the Engine's events:
#
# - `image pull`: the image was pulled (after step 1's 404);
# - `container create`: the container was created;
# - `container attach`: the client connected to its output (step 2);
# - `container start`: it started (step 4);
# - `container die`: its main process ended;
# - `container destroy`: because of `--rm`, the Engine removed the container.
#
# Step 3's wait is no event: it is the client waiting, nothing the Engine records. Without
# `--filter` you would also see `network connect` and `network disconnect`: the container
# joining and leaving its network.
#
# The pull gave the hello-world image one more name, `$REGISTRY/dockerlab/hello-world` (the
# same image ID, as with `docker tag` in 01). Remove that name; the image itself stays, since
# it is still `dockerlab/hello-world` (exercise 02.2 pulls it again from the start):

# %%
%%bash
docker rmi $REGISTRY/dockerlab/hello-world

# %% [markdown] lang="zh"
# ## 没有服务端时
#
# 客户端自己什么也做不了。让它去连一个没有引擎的地址（这个单元格预期会失败）：

# %% [markdown] lang="en"
# ## When the server is not there
#
# The client can do nothing on its own. Point it at an address where no Engine listens (this
# cell is meant to fail):

# %% tags=["raises-exception"]
%%bash
DOCKER_HOST=unix:///tmp/no-docker-here.sock docker ps

# %% [markdown] lang="zh"
# 错误信息说出了它去找的地址。遇到这个错误时，依次检查：
#
# - 守护进程在运行吗？Linux 上 `systemctl status docker`，或者打开 Docker Desktop；
# - 客户端找的地址对吗？看 `echo $DOCKER_HOST` 和 `docker context ls`；
# - 如果错误是 `permission denied`（没有权限），说明你不是 root，也不在 `docker` 组里
#   （或者刚加入这个组，还没有重新登录）。加入 `docker` 组之前，想一想上面说的：那等于 root 权限。
#
# ## 小结
#
# - 守护进程（`dockerd`，Docker 引擎）是服务端，管理镜像和容器；`docker` 命令是客户端。
# - 它们通过套接字说 HTTP：默认是 `unix:///var/run/docker.sock`，`DOCKER_HOST` 可以换地址。
# - 能用这个套接字的人（root 和 `docker` 组）就能指挥引擎，等于 root。
# - 每个 `docker` 命令都是一个或几个 API 请求；`docker run` = （需要时拉取）+ 创建 + 连接 + 等待 + 启动。
# - `docker events --since … --until …` 显示引擎做了什么。

# %% [markdown] lang="en"
# The message says which address it tried. When you meet this error, check in turn:
#
# - Is the daemon running? On Linux, `systemctl status docker`; or open Docker Desktop.
# - Is the client looking in the right place? See `echo $DOCKER_HOST` and `docker context ls`.
# - If the error says `permission denied`, you are neither root nor in the `docker` group
#   (or you joined it and have not logged in again yet). Before joining the `docker` group,
#   remember what it means: root.
#
# ## Summary
#
# - The daemon (`dockerd`, the Docker Engine) is the server and manages images and
#   containers; the `docker` command is a client.
# - They speak HTTP through a socket: `unix:///var/run/docker.sock` by default; `DOCKER_HOST`
#   sets another address.
# - Whoever can use that socket (root and the `docker` group) commands the Engine: that is root.
# - Every `docker` command is one or a few API requests; `docker run` = (pull if needed) +
#   create + attach + wait + start.
# - `docker events --since … --until …` shows what the Engine did.

# %% [markdown] lang="zh"
# ## 练习
#
# 每个练习和 00 里讲的一样：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示；最后是折叠的参考答案，先自己试试。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
#
# 练习用的名字都以 `ex02-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 02` 会删除它们。
#
# ### 练习 02.1：分两步创建和启动
#
# `docker create` 只创建容器，不启动（对应 `POST /containers/create`）；`docker start` 启动它
# （对应 `POST /containers/…/start`），不加 `-a` 时不连接它的输出。
# 用这两个命令，从 `dockerlab/hello-world` 创建并启动一个名为 `ex02-steps` 的容器。
# 然后用 `docker logs` 看它的输出，用 `docker events`（加上 `--since`、`--until` 和
# `--filter container=ex02-steps`）看引擎记下的事件。和上面 `docker run --rm` 的事件比，
# 没有 `image pull`（镜像已经在本地），没有 `destroy`（没有 `--rm`）。还少了哪一个？为什么？

# %% [markdown] lang="en"
# ## Exercises
#
# Each exercise is laid out as in 00: the task; an empty `%%bash` cell for your commands; a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint; and a folded
# solution: try on your own first. In a freshly opened notebook, Run All shows the checks as
# "not yet": that is expected.
#
# The exercises' names all start with `ex02-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 02` removes them.
#
# ### Exercise 02.1: create and start in two steps
#
# `docker create` creates a container without starting it (`POST /containers/create`);
# `docker start` starts it (`POST /containers/…/start`), and without `-a` it does not attach
# to the output. With these two commands, create and start a container named `ex02-steps` from
# `dockerlab/hello-world`. Then read its output with `docker logs`, and the events the Engine
# recorded with `docker events` (with `--since`, `--until` and
# `--filter container=ex02-steps`). Compared with the events of `docker run --rm` above, there
# is no `image pull` (the image is here already) and no `destroy` (no `--rm`). Which other one
# is missing, and why?

# %%
%%bash
# 02.1: your commands here


# %%
dl.check("02.1")

# %% [markdown]
# {{solution 02.1}}

# %% [markdown] lang="zh"
# ### 练习 02.2：不用 `docker run`，用 `curl` 运行
#
# 只用 `curl` 和引擎 API，做 `docker run` 做的事：从 `$REGISTRY/dockerlab/hello-world` 运行一个名为
# `ex02-by-hand` 的容器，并等它结束。这个镜像名在本地还没有，所以创建会得到 `No such image`：
# 你要像客户端一样，先用 `POST /images/create?fromImage=…&tag=latest` 拉取它。
# 最后用 `docker logs ex02-by-hand` 看输出。
#
# 提示：JSON 请求体写在单引号里时，`$REGISTRY` 不会被替换。可以改用双引号，
# 把里面的双引号写成 `\"`。

# %% [markdown] lang="en"
# ### Exercise 02.2: run with `curl`, without `docker run`
#
# With `curl` and the Engine API only, do what `docker run` does: run a container named
# `ex02-by-hand` from `$REGISTRY/dockerlab/hello-world`, and wait for it to end. That image
# name is not on this Engine yet, so creating answers `No such image`: like the client, pull it
# first with `POST /images/create?fromImage=…&tag=latest`. Finally read the output with
# `docker logs ex02-by-hand`.
#
# A hint: in a JSON body inside single quotes, `$REGISTRY` is not replaced. Use double quotes
# instead, and write the double quotes inside as `\"`.

# %%
%%bash
# 02.2: your commands here


# %%
dl.check("02.2")

# %% [markdown]
# {{solution 02.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# docker-py（Docker 官方的 Python 库）也是一个客户端：它和 `docker` 命令一样，
# 读 `DOCKER_HOST`（没有就用默认的套接字），向同一个引擎 API 发请求。
# `client.api` 的方法基本上和 API 的请求一一对应，`version()` 就是 `GET /version`：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# docker-py (Docker's Python library) is a client too: like the `docker` command it reads
# `DOCKER_HOST` (or uses the default socket) and sends requests to the same Engine API. The
# methods of `client.api` mostly match the API's requests one to one; `version()` is
# `GET /version`:

# %%
import time

import docker

client = docker.from_env()
server = client.api.version()
print(f"Engine {server['Version']}, API {server['ApiVersion']}, {server['Os']}/{server['Arch']}")

# %% [markdown] lang="zh"
# `containers()` 是 `GET /containers/json`，参数和上面 `curl` 的一样：

# %% [markdown] lang="en"
# `containers()` is `GET /containers/json`, with the same parameters as the `curl` above:

# %%
for found in client.api.containers(all=True, filters={"name": "nb02-by-hand"}):
    print(f"{found['Names'][0]}: {found['Status']}")

# %% [markdown] lang="zh"
# docker-py 的 `containers.run()` 也运行一个容器，但它的做法和 `docker run` 不同：
# 先创建、启动，再一边读日志（`GET /containers/…/logs`）一边等容器结束，**不连接**（attach）；
# `remove=True` 是 docker-py 在容器结束后自己删除它，不是 `--rm`。引擎的事件说明了这一点。
# `events()` 就是 `docker events`；这里给 `until` 多留一秒，因为引擎按整秒处理它：

# %% [markdown] lang="en"
# docker-py's `containers.run()` runs a container too, but not the way `docker run` does: it
# creates and starts it, then reads its logs (`GET /containers/…/logs`) while it waits for the
# end, and **does not attach**; `remove=True` is docker-py removing the container once it has
# ended, not `--rm`. The Engine's events show it. `events()` is `docker events`; `until` gets one more second here, because the Engine
# reads it in whole seconds:

# %%
since = int(time.time())
output = client.containers.run("dockerlab/hello-world", name="nb02-py", remove=True)
events = client.api.events(since=since, until=int(time.time()) + 1, decode=True,
                           filters={"container": "nb02-py"})
print("nb02-py printed", len(output.splitlines()), "lines; the Engine's events:",
      ", ".join(event["Action"] for event in events))

# %% [markdown] lang="zh"
# dockerlab 的 `dl.version()` 是 `docker version`：客户端一侧是 dockerlab 和 docker-py，服务端一侧是引擎。
# 它的结果可以像字典一样按字段取值：

# %% [markdown] lang="en"
# dockerlab's `dl.version()` is `docker version`: dockerlab and docker-py on the client side,
# the Engine on the server side. You read its fields as you would a dict's:

# %%
versions = dl.version()
print(f"the Engine speaks API {versions['ApiVersion']}, and every older version down to "
      f"API {versions['MinAPIVersion']}")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb02-` 开头的）。你的练习（`ex02-…`）和你自己的容器都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb02-`). Your exercises
# (`ex02-…`) and your own containers are not touched:

# %%
dl.finish("02")

# %% [markdown] lang="zh"
# 下一节：[03 为什么 Docker 比虚拟机快](03-why-faster-than-a-vm.ipynb)：共用的内核、宿主机上的进程、测量启动时间。

# %% [markdown] lang="en"
# Next: [03 Why Docker is faster than a VM](03-why-faster-than-a-vm.ipynb): the shared kernel,
# container processes on the host, and start-up time measured.
