# %% [markdown] lang="zh"
# # 09 · 回顾与速查表
#
# **学完这一节，你能够：**
#
# - 运行笔记“Recap and Cheat sheet”里的每一条命令，说出它们做了什么；
# - 分清旧的命令写法（`docker ps`）和管理命令（management command，`docker container ls`），
#   并在两者之间转换；
# - 从一个命令自己的帮助（`--help` 里的 Aliases）查到它的其他名字；
# - 用 `$(docker ps -aq --filter …)` 一行命令处理一批容器（container）；
# - 知道第二部分（10 到 15）讲什么，学完这门课以后去哪里继续。
#
# **时间：** {{minutes}}
#
# **先学过：** 01 到 08。这一节是它们的回顾。

# %% [markdown] lang="en"
# # 09 · Recap and cheat sheet
#
# **When you finish this notebook, you can:**
#
# - run every command of the notes' "Recap and Cheat sheet", and say what each one did;
# - tell the older command names (`docker ps`) from the management commands
#   (`docker container ls`), and turn one into the other;
# - find a command's other names in its own help (the Aliases of `--help`);
# - act on a set of containers in one line with `$(docker ps -aq --filter …)`;
# - say what Part 2 (10 to 15) teaches, and where to go after this course.
#
# **Time:** {{minutes}}
#
# **Before this:** 01 to 08. This notebook recaps them.

# %% [markdown] lang="zh"
# 笔记最后一部分的原文：

# %% [markdown] lang="en"
# The last part of the notes, quoted as written:

# %% [markdown]
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

# %% [markdown] lang="zh"
# 这一部分来自 Docker 官方入门教程的速查表。它用的是**管理命令**（`docker image ls`、
# `docker container ls`），而笔记前面几节用的是更早的短写法（`docker images`、`docker ps`）。
# 两种写法都能用，意思完全一样。这一节先把速查表的每一行都运行一遍，
# 再把两种写法并排列成一张表，最后是练习和下一步。

# %% [markdown] lang="en"
# This part comes from the cheat sheet of Docker's own getting-started guide. It uses the
# **management commands** (`docker image ls`, `docker container ls`), where the earlier
# sections of the notes use the older short forms (`docker images`, `docker ps`). Both work and
# mean exactly the same. This notebook runs every line of the cheat sheet, then puts the two
# vocabularies side by side in one table, and ends with exercises and next steps.

# %%
import dockerlab as dl

dl.begin("09", language="zh")

# %% [markdown] lang="zh"
# ## 列出 Docker 的命令：`docker` 和 `docker container --help`
#
# 只输入 `docker`，它打印用法和所有命令，和 `docker --help` 一样（只是打印到标准错误）。
# 这里只看开头几行：

# %% [markdown] lang="en"
# ## Listing Docker's commands: `docker` and `docker container --help`
#
# `docker` alone prints its usage and every command, as `docker --help` does (only on standard
# error). Here, the first lines:

# %%
%%bash
docker 2>&1 | sed -n 1,3p

# %% [markdown] lang="zh"
# 命令分成几组。“Management Commands”一组是管理命令：每个管理命令对应一类对象，
# 后面跟着对这类对象做的动作。这门课用到的是这几个：

# %% [markdown] lang="en"
# The commands come in groups. "Management Commands" are one per kind of object, followed by
# what to do with it. These are the ones this course uses:

# %%
%%bash
docker --help | grep -E '^  (container|image|system|network|volume) '

# %% [markdown] lang="zh"
# `docker container --help` 列出对容器能做的所有动作。07 和 08 学过的 `run`、`start`、`logs`、
# `exec`、`stop` 都在里面：

# %% [markdown] lang="en"
# `docker container --help` lists everything you can do to containers. `run`, `start`, `logs`,
# `exec` and `stop`, from 07 and 08, are all there:

# %%
%%bash
docker container --help

# %% [markdown] lang="zh"
# ## 版本和信息：`docker --version`、`docker version`、`docker info`
#
# `docker --version` 只打印客户端（client）的版本，也就是 `docker` 这个命令本身的版本，
# 不需要连接引擎（Engine）：

# %% [markdown] lang="en"
# ## Version and info: `docker --version`, `docker version`, `docker info`
#
# `docker --version` prints only the client's version, the version of the `docker` command
# itself; it does not need the Engine:

# %%
%%bash
docker --version

# %% [markdown] lang="zh"
# `docker version` 分两部分：Client（客户端）和 Server（服务端，即引擎和它使用的 containerd、runc）。
# 引擎是一个在后台一直运行的守护进程（daemon），`docker` 命令每次都向它发请求。两边的版本可以不同。客户端比引擎新时，它会说
# `API version: … (downgraded from …)`：客户端改用引擎能听懂的较旧的 API。
# 这张表只属于运行它的那台机器，所以测试不比较它：

# %% [markdown] lang="en"
# `docker version` has two parts: Client, and Server (the Engine, and the containerd and runc
# it uses). The two versions may differ. When the client is newer than the Engine, it says
# `API version: … (downgraded from …)`: the client falls back to the older API the Engine
# understands. This table belongs to the machine that ran it, so the tests do not compare it:

# %% tags=["nbval-ignore-output"]
%%bash
docker version

# %% [markdown] lang="zh"
# `docker info` 打印整个引擎的情况：有多少容器和镜像（image）、存储驱动、镜像加速器
# （registry mirror，04 讲过）等等。它也只属于运行它的那台机器：

# %% [markdown] lang="en"
# `docker info` describes the whole Engine: how many containers and images it holds, its
# storage driver, its registry mirrors (from 04), and more. It too belongs to the machine that
# ran it:

# %% tags=["nbval-ignore-output"]
%%bash
docker info

# %% [markdown] lang="zh"
# `--format` 从中取出几项，这样的输出每台机器都一样，可以比较：

# %% [markdown] lang="en"
# `--format` picks a few fields out of it; that output is the same on every machine, so it can
# be compared:

# %%
%%bash
docker info --format 'Server Version: {{.ServerVersion}}, OSType: {{.OSType}}'

# %% [markdown] lang="zh"
# ## 运行一个镜像：`docker run hello-world`
#
# `hello-world` 在 Docker Hub 上。能访问 Docker Hub 的机器，在终端里运行 `docker run hello-world`，
# 引擎会先拉取（pull）它再运行。这门课不访问 Docker Hub：在没有互联网的教室里，
# 或者在 Docker Hub 访问不稳定的地方，拉取会失败或一直等到超时。
# `--pull never` 让引擎只用本地已有的镜像、不去拉取，这样可以马上看到结果。
# 本地没有 `hello-world` 时，这个单元格预期会失败；如果你自己拉取过它，它会正常运行：

# %% [markdown] lang="en"
# ## Running an image: `docker run hello-world`
#
# `hello-world` lives on Docker Hub. On a machine that reaches Docker Hub, `docker run
# hello-world` in a terminal first pulls it, then runs it. This course does not use Docker Hub:
# in a classroom without internet, or where Docker Hub is unreliable, the pull fails or waits
# until it times out. `--pull never` makes the Engine use only the images it has and never
# pull, so the answer comes at once. Without a local `hello-world` this cell is meant to fail;
# if you pulled it yourself once, it runs:

# %% tags=["raises-exception", "nbval-ignore-output"]
%%bash
docker run --rm --pull never hello-world

# %% [markdown] lang="zh"
# 课程工具包里有一个离线的替身 `dockerlab/hello-world`，它打印的内容和 `hello-world` 一样：

# %% [markdown] lang="en"
# The course kit has an offline stand-in, `dockerlab/hello-world`, which prints what
# `hello-world` prints:

# %%
%%bash
docker run --rm dockerlab/hello-world

# %% [markdown] lang="zh"
# 它说的步骤，07 讲过：客户端请求引擎；本地没有镜像时先拉取；创建容器并启动它；
# 把容器的标准输出（stdout）送回你的终端。`--rm` 让容器退出后自动删除。
#
# ## 列出镜像：`docker image ls`
#
# `docker image ls` 就是 06 里的 `docker images`。后面加仓库（repository）名，只列出这个仓库的镜像：

# %% [markdown] lang="en"
# The steps it lists are those of 07: the client asks the Engine; the Engine pulls the image
# if it is not here; it creates the container and starts it; the container's output comes back
# to your terminal. `--rm` removes the container when it exits.
#
# ## Listing images: `docker image ls`
#
# `docker image ls` is `docker images` from 06. Add a repository name to list only its images:

# %%
%%bash
docker image ls dockerlab/hello-world
docker images dockerlab/hello-world

# %% [markdown] lang="zh"
# 两条命令打印的是同一张表。管理命令的好处是同一个动作在不同对象上写法一样：
# `docker image ls`、`docker container ls`、`docker volume ls`、`docker network ls`。
#
# `docker image tag` 给镜像再起一个名字，名字由仓库和标签（tag）组成。新名字和原来的名字指向同一个镜像，
# IMAGE ID 相同。`docker image rm` 删除一个名字；镜像还有别的名字时，它只去掉这个名字（Untagged）：

# %% [markdown] lang="en"
# Both print the same table. The gain of management commands: one action is written the same
# way for every kind of object: `docker image ls`, `docker container ls`, `docker volume ls`,
# `docker network ls`.
#
# `docker image tag` gives an image one more name (a repository and a tag). The new name and
# the old one point to the same image, with the same IMAGE ID. `docker image rm` removes a
# name; while the image has other names, only that name goes (Untagged):

# %%
%%bash
docker image tag dockerlab/hello-world nb09/hello:1.0
docker image ls --format '{{.Repository}}:{{.Tag}} {{.ID}}' nb09/hello
docker image ls --format '{{.Repository}}:{{.Tag}} {{.ID}}' dockerlab/hello-world
docker image rm nb09/hello:1.0

# %% [markdown] lang="zh"
# ## 列出容器：`docker container ls`
#
# 先准备几个本节的容器：两个在后台运行（`-d`，08 讲过），其中一个把端口 80 发布到 `127.0.0.1`
# 上一个由 Docker 选择的端口，这就是端口映射（port mapping，`-p 127.0.0.1::80`）；
# 还有一个运行完就退出：

# %% [markdown] lang="en"
# ## Listing containers: `docker container ls`
#
# First a few containers of this notebook's own: two running in the background (`-d`, from
# 08), one of them publishing its port 80 on `127.0.0.1`, on a port Docker picks
# (`-p 127.0.0.1::80`, a port mapping); and one that runs and exits:

# %%
%%bash
docker run -d --name nb09-web -p 127.0.0.1::80 dockerlab/web
docker run -d --name nb09-ticker dockerlab/ticker
docker run --name nb09-job dockerlab/busybox echo done

# %% [markdown] lang="zh"
# 速查表的三行：运行中的容器、所有容器、所有容器只显示 ID。和前几节一样，
# `--filter name=nb09` 只列出本节的容器，不管你的引擎上还有什么：

# %% [markdown] lang="en"
# The cheat sheet's three lines: running containers, all containers, all containers as IDs
# only. As in earlier notebooks, `--filter name=nb09` lists only this notebook's containers,
# whatever else your Engine holds:

# %%
%%bash
docker container ls --filter name=nb09

# %%
%%bash
docker container ls --all --filter name=nb09

# %%
%%bash
docker container ls -aq --filter name=nb09

# %% [markdown] lang="zh"
# `-aq` 是 `-a`（all，所有容器）和 `-q`（quiet，只打印 ID）合在一起。
# 它们就是 07 里的 `docker ps`、`docker ps -a`、`docker ps -aq`。这不是猜的：
# `docker ps --help` 自己这样说，在 Aliases（别名）一段里（CLI 23 以后才有这一段）：

# %% [markdown] lang="en"
# `-aq` is `-a` (all containers) and `-q` (quiet: IDs only) together. These are `docker ps`,
# `docker ps -a` and `docker ps -aq` from 07. No guessing needed: `docker ps --help` says so
# itself, in its Aliases section (CLIs from version 23 on print it):

# %%
%%bash
docker ps --help | sed -n '/^Aliases:/,/^$/p'

# %% [markdown] lang="zh"
# 四个名字是同一个命令。
#
# `--filter` 可以写多次：不同种类的条件要同时满足（同一种写两次，比如两个名字，满足任一个即可）。
# `status=exited` 只要已经退出的容器。
# `docker container port`（即 `docker port`）说出 Docker 给 `nb09-web` 选的端口：

# %% [markdown] lang="en"
# Four names, one command.
#
# `--filter` can be given several times: a container must match filters of different kinds
# all at once (two of the same kind, such as two names, match either). `status=exited` keeps
# only containers that have exited. `docker container port` (that is, `docker port`)
# says which port Docker picked for `nb09-web`:

# %%
%%bash
docker container ls -a --filter name=nb09 --filter status=exited --format '{{.Names}}: {{.Status}}'
docker container port nb09-web 80

# %% [markdown] lang="zh"
# `-q` 只打印 ID，正好可以交给别的命令。shell 的 `$(…)` 先运行括号里的命令，
# 再把它的输出放在原处。所以下面一行停止并删除本节的所有容器，不管有几个：

# %% [markdown] lang="en"
# `-q` prints only IDs, just what another command needs. The shell's `$(…)` runs the command
# inside first and puts its output in its place. So this one line force-removes all of this
# notebook's containers, however many there are:

# %%
%%bash
docker container rm -f $(docker container ls -aq --filter name=nb09)
docker container ls -a --filter name=nb09 --format '{{.Names}}' | wc -l

# %% [markdown] lang="zh"
# 三个 ID 是被删除的容器，最后的 0 说明一个都不剩。用之前先单独运行括号里的命令，
# 看清楚它会交出哪些容器：`rm -f` 不会再问你。
#
# ## 旧名字和新名字
#
# 从 Docker 1.13 起，命令有了按对象分组的写法。大多数旧命令都有一个管理命令的写法，
# 但不是全部：有些命令不属于任何一类对象。下面这张表不是手写的：
# 它是逐个查看这台机器上 `docker` 每个命令的帮助得到的。CLI 23 以后，帮助里的 Aliases 直接列出其他名字；
# 更早的 CLI（比如 Debian 12 的 20.10）没有这一段，这时找帮助内容完全相同的那个管理命令。

# %% [markdown] lang="en"
# The three IDs are the containers removed; the 0 says none is left. Before using such a line,
# run the command inside the brackets alone and see which containers it hands over: `rm -f`
# will not ask you again.
#
# ## Old names and new names
#
# Since Docker 1.13, commands also come grouped by object. Most of the older commands have a
# management form, but not all: some belong to no kind of object. The table below is not
# written by hand: it asks this machine's `docker` for each command's help. From CLI 23 on,
# the help's Aliases list the other names; older CLIs (such as Debian 12's 20.10) have no such
# section, and then the management command whose help is the same is the answer.

# %%
dl.management_commands(
    "version", "info", "events", "login", "search", "pull", "images", "history", "tag",
    "push", "rmi", "run", "create", "ps", "inspect", "rename", "start", "stop", "kill", "rm",
    "logs", "attach", "exec", "top", "port", "diff", "commit",
)

# %% [markdown] lang="zh"
# 没有管理命令写法的几个：
#
# - `docker version`、`docker login`、`docker search` 不针对引擎里的某一类对象：`version` 问的是客户端和
#   引擎本身，`login` 和 `search` 面向镜像仓库（registry；实际上只有 Docker Hub 回答 `search`）；
# - `docker inspect` 可以查看任何对象；它的分类写法是 `docker container inspect`、
#   `docker image inspect` 等，但它们只接受自己那一类对象，所以不算别名。
#
# ## 速查表
#
# 01 到 08 的命令，一页放下。“管理命令”一列就是上面那张表里的名字。
#
# | 做什么 | 命令 | 管理命令 | 见 |
# |---|---|---|---|
# | 客户端和服务端的版本 | `docker version` | — | 05 |
# | 引擎的信息 | `docker info` | `docker system info` | 05 |
# | 引擎的事件流 | `docker events` | `docker system events` | 02 |
# | 登录一个镜像仓库（registry） | `docker login` | — | 01, 04 |
# | 在 Docker Hub 搜索镜像 | `docker search` | — | 06 |
# | 拉取镜像 | `docker pull` | `docker image pull` | 01, 06 |
# | 列出镜像 | `docker images` | `docker image ls` | 06 |
# | 镜像的层（layer）和历史 | `docker history` | `docker image history` | 01 |
# | 给镜像再起一个名字 | `docker tag` | `docker image tag` | 01, 06 |
# | 推送（push）镜像 | `docker push` | `docker image push` | 01, 06 |
# | 删除镜像 | `docker rmi` | `docker image rm` | 06 |
# | 创建并运行容器 | `docker run` | `docker container run` | 07 |
# | 只创建容器 | `docker create` | `docker container create` | 07 |
# | 列出容器 | `docker ps` | `docker container ls` | 07 |
# | 查看对象的详细信息 | `docker inspect` | — | 07 |
# | 给容器改名 | `docker rename` | `docker container rename` | 07 |
# | 启动停止的容器 | `docker start` | `docker container start` | 07 |
# | 停止容器：先发信号（signal）SIGTERM，等一会儿再 SIGKILL | `docker stop` | `docker container stop` | 08 |
# | 立即停止容器（SIGKILL） | `docker kill` | `docker container kill` | 08 |
# | 删除容器 | `docker rm` | `docker container rm` | 07 |
# | 查看容器日志 | `docker logs` | `docker container logs` | 08 |
# | 连接到容器的主进程（main process） | `docker attach` | `docker container attach` | 08 |
# | 在运行的容器里运行命令 | `docker exec` | `docker container exec` | 08 |
# | 容器里的进程 | `docker top` | `docker container top` | 08 |
# | 容器发布的端口 | `docker port` | `docker container port` | 08 |
# | 容器改了哪些文件 | `docker diff` | `docker container diff` | 01 |
# | 把容器存成新镜像 | `docker commit` | `docker container commit` | 01 |
#
# 最常用的选项：
#
# | 选项 | 意思 |
# |---|---|
# | `run --name NAME` | 给新容器起名字 |
# | `run --rm` | 容器退出后自动删除 |
# | `run -it` | 交互式：保持标准输入（stdin）打开，并分配伪终端（pseudo-TTY），在终端里用 |
# | `run -d` | 在后台运行，打印容器 ID |
# | `run -p 127.0.0.1::80` | 把容器的端口 80 发布到本机由 Docker 选的端口，用 `docker port` 查看 |
# | `ps -a` / `-q` / `-l` / `-n 2` | 所有容器 / 只要 ID / 最新的一个 / 最新的两个 |
# | `--filter name=…` / `status=exited` | 按名字 / 按状态筛选 |
# | `--format '{{.Names}}'` | 只打印指定的字段 |
# | `logs -f` / `-t` / `--tail 5` | 持续输出 / 加时间戳 / 只看最后 5 行 |
# | `rm -f`、`rmi -f` | 强制删除 |
# | `start -ai` | 启动并连接输出和输入 |
# | 按 Ctrl+P 再按 Ctrl+Q | 离开 `-it` 容器而不停止它（在终端里） |
#
# 06 用过的 `docker build` 不在表里：装了 Buildx 插件的 CLI 上，`docker build` 和 `docker image build`
# 都是 `docker buildx build`（看它们的 `--help`），没有插件时才是 `docker image build`。10 会细讲构建（build）。

# %% [markdown] lang="en"
# The ones without a management form:
#
# - `docker version`, `docker login` and `docker search` are not about a kind of object in the
#   Engine: `version` asks about the client and the Engine themselves, and `login` and
#   `search` talk to a registry (in practice only Docker Hub answers `search`);
# - `docker inspect` looks at any object; its typed forms, `docker container inspect`,
#   `docker image inspect` and so on, accept only their own kind, so they are not aliases.
#
# ## The cheat sheet
#
# The commands of 01 to 08 on one page. The "management command" column is the names of the
# table above.
#
# | what for | command | management command | see |
# |---|---|---|---|
# | client and server versions | `docker version` | — | 05 |
# | the Engine's information | `docker info` | `docker system info` | 05 |
# | the Engine's stream of events | `docker events` | `docker system events` | 02 |
# | log in to a registry | `docker login` | — | 01, 04 |
# | search Docker Hub for images | `docker search` | — | 06 |
# | pull an image | `docker pull` | `docker image pull` | 01, 06 |
# | list images | `docker images` | `docker image ls` | 06 |
# | an image's layers and history | `docker history` | `docker image history` | 01 |
# | give an image one more name | `docker tag` | `docker image tag` | 01, 06 |
# | push an image | `docker push` | `docker image push` | 01, 06 |
# | remove images | `docker rmi` | `docker image rm` | 06 |
# | create and run a container | `docker run` | `docker container run` | 07 |
# | create a container only | `docker create` | `docker container create` | 07 |
# | list containers | `docker ps` | `docker container ls` | 07 |
# | everything about an object | `docker inspect` | — | 07 |
# | rename a container | `docker rename` | `docker container rename` | 07 |
# | start a stopped container | `docker start` | `docker container start` | 07 |
# | stop a container (SIGTERM first) | `docker stop` | `docker container stop` | 08 |
# | stop a container now (SIGKILL) | `docker kill` | `docker container kill` | 08 |
# | remove containers | `docker rm` | `docker container rm` | 07 |
# | a container's logs | `docker logs` | `docker container logs` | 08 |
# | attach to a container's main process | `docker attach` | `docker container attach` | 08 |
# | run a command in a running container | `docker exec` | `docker container exec` | 08 |
# | the processes in a container | `docker top` | `docker container top` | 08 |
# | a container's published ports | `docker port` | `docker container port` | 08 |
# | which files a container changed | `docker diff` | `docker container diff` | 01 |
# | save a container as a new image | `docker commit` | `docker container commit` | 01 |
#
# The options you will use most:
#
# | option | meaning |
# |---|---|
# | `run --name NAME` | name the new container |
# | `run --rm` | remove the container when it exits |
# | `run -it` | interactive: keep stdin open and allocate a pseudo-TTY; for a terminal |
# | `run -d` | run in the background, print the container's ID |
# | `run -p 127.0.0.1::80` | publish port 80 on a port of this machine that Docker picks; `docker port` tells which |
# | `ps -a` / `-q` / `-l` / `-n 2` | all containers / IDs only / the latest / the latest two |
# | `--filter name=…` / `status=exited` | select by name / by state |
# | `--format '{{.Names}}'` | print only the fields you name |
# | `logs -f` / `-t` / `--tail 5` | follow / timestamps / the last 5 lines only |
# | `rm -f`, `rmi -f` | force the removal |
# | `start -ai` | start, attached to output and input |
# | Ctrl+P, then Ctrl+Q | leave an `-it` container without stopping it (in a terminal) |
#
# `docker build`, from 06, is not in the table: on a CLI with the Buildx plugin, `docker build`
# and `docker image build` are both `docker buildx build` (see their `--help`); only without
# the plugin is it `docker image build`. 10 covers building in detail.

# %% [markdown] lang="zh"
# ## 练习
#
# 和前几节一样：在答案单元格里写命令，运行检查；参考答案折叠在每个练习的最后。
# 练习的名字都以 `ex09-` 开头，`dockerlab reset 09` 会删除它们。
#
# ### 练习 09.1：一行命令清理
#
# 在后台（`-d`）运行两个 `dockerlab/web` 容器，名字是 `ex09-web1` 和 `ex09-web2`；
# 再运行一个名为 `ex09-job` 的 `dockerlab/busybox` 容器，命令是 `echo done`，它会马上退出。
#
# 然后用**一行** `docker rm` 删除所有已经退出的 `ex09-` 容器，而且只删除它们：
# 两个 web 容器要继续运行。提示：`$(…)` 和两个 `--filter`。

# %% [markdown] lang="en"
# ## Exercises
#
# As before: write your commands in the answer cell and run the check; a solution is folded at
# the end of each exercise. The exercises' names all start with `ex09-`; `dockerlab reset 09`
# removes them.
#
# ### Exercise 09.1: tidy up in one line
#
# Run two `dockerlab/web` containers in the background (`-d`), named `ex09-web1` and
# `ex09-web2`, and one `dockerlab/busybox` container named `ex09-job` with the command
# `echo done`, which exits at once.
#
# Then, with **one line** of `docker rm`, remove every `ex09-` container that has exited, and
# only those: the two web containers keep running. A hint: `$(…)` and two `--filter`s.

# %%
%%bash
# 09.1: your commands here


# %%
dl.check("09.1")

# %% [markdown]
# {{solution 09.1}}

# %% [markdown] lang="zh"
# ### 练习 09.2：自己的镜像名字，Docker 选的端口
#
# 给 `dockerlab/web` 再起一个名字 `ex09/site:1.0`。用这个新名字在后台运行一个名为 `ex09-site`
# 的容器，把它的端口 80 发布到 `127.0.0.1` 上一个由 Docker 选择的端口。
# 然后问 Docker 它选了哪个端口。
#
# 想一想：为什么要写 `127.0.0.1`？只写 `-p 80` 会怎样？

# %% [markdown] lang="en"
# ### Exercise 09.2: a name of your own, a port Docker picks
#
# Give `dockerlab/web` one more name, `ex09/site:1.0`. Under that new name, run a container
# named `ex09-site` in the background, publishing its port 80 on `127.0.0.1`, on a port Docker
# picks. Then ask Docker which port it picked.
#
# Think about it: why write `127.0.0.1`? What would `-p 80` alone do?

# %%
%%bash
# 09.2: your commands here


# %%
dl.check("09.2")

# %% [markdown]
# {{solution 09.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 同一个操作的三个层次：`docker` 命令；docker-py 的底层 API（`client.api`，每次调用是发给引擎的一个
# HTTP 请求）；以及建立在它之上的 dockerlab。下面的单元格把它们并排列出，
# 并确认表里的每个 docker-py 方法和 dockerlab 函数都存在：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# One operation at three levels: the `docker` command; docker-py's low-level API
# (`client.api`, where each call is one HTTP request to the Engine); and dockerlab, built on
# it. The cell below puts them side by side, and confirms that every docker-py method and
# dockerlab function in the table exists:

# %%
import re

import docker
import pandas as pd

client = docker.from_env()
levels = pd.DataFrame([
    ("docker version", "client.api.version()", "dl.version()"),
    ("docker info", "client.api.info()", "dl.info()"),
    ("docker --help", "(the CLI's own)", "dl.cli_help(), dl.management_commands()"),
    ("docker images -a", "client.api.images(all=True)", "dl.images(all=True)"),
    ("docker search busybox", "client.api.search('busybox')", "dl.search('busybox')"),
    ("docker pull IMAGE[:TAG]", "client.api.pull(repo, tag=tag)", "dl.pull_widget(ref)"),
    ("docker history IMAGE", "client.api.history(ref)", "dl.history(ref)"),
    ("docker tag IMAGE NEW", "client.api.tag(ref, repo, tag)", "-"),
    ("docker push IMAGE", "client.api.push(repo, tag=tag)", "-"),
    ("docker rmi IMAGE", "client.api.remove_image(ref)", "-"),
    ("docker create IMAGE CMD", "client.api.create_container(ref, cmd)", "-"),
    ("docker start NAME", "client.api.start(name)", "-"),
    ("docker run -d IMAGE CMD", "client.containers.run(ref, cmd, detach=True)", "-"),
    ("docker ps -a -n 3", "client.api.containers(all=True, limit=3)", "dl.ps(all=True, n=3)"),
    ("docker inspect NAME", "client.api.inspect_container(name)",
     "dl.inspect(name), dl.inspect_widget(name)"),
    ("docker diff NAME", "client.api.diff(name)", "dl.diff(name)"),
    ("docker logs -t --tail 5 NAME", "client.api.logs(name, timestamps=True, tail=5)",
     "dl.logs(name, timestamps=True, tail=5)"),
    ("docker logs -f NAME", "client.api.logs(name, stream=True, follow=True)",
     "dl.logs_widget(name)"),
    ("docker top NAME", "client.api.top(name)", "dl.top(name), dl.top_widget(name)"),
    ("docker stats --no-stream", "client.api.stats(name, stream=False)", "dl.stats()"),
    ("docker port NAME 80", "client.api.port(name, 80)", "-"),
    ("docker attach NAME", "client.api.attach_socket(name)", "dl.console_widget(name)"),
    ("docker exec -it NAME sh", "client.api.exec_create(name, 'sh'), exec_start(...)",
     "dl.console_widget(name, command='sh')"),
    ("docker stop / kill NAME", "client.api.stop(name), client.api.kill(name)",
     "dl.dashboard_widget()"),
    ("docker rm NAME", "client.api.remove_container(name)", "dl.dashboard_widget()"),
    ("dockerlab progress", "-", "dl.progress()"),
], columns=["docker CLI", "docker-py", "dockerlab"])
methods = {m for cell in levels["docker-py"] for m in re.findall(r"(?:api\.|^|, )(\w+)\(", cell)}
functions = {m for cell in levels["dockerlab"] for m in re.findall(r"dl\.(\w+)\(", cell)}
missing = sorted({m for m in methods if not hasattr(client.api, m)}
                 | {f for f in functions if not callable(getattr(dl, f, None))})
print(f"{len(methods)} docker-py methods and {len(functions)} dockerlab functions; "
      f"missing: {', '.join(missing) or 'none'}")
levels

# %% [markdown] lang="zh"
# dockerlab 的表格同时是 pandas DataFrame。例如 `dl.management_commands` 的结果里，
# `management` 一列在没有管理命令时是空值，可以直接筛选出这些命令：

# %% [markdown] lang="en"
# dockerlab's tables are pandas DataFrames too. In the result of `dl.management_commands`, for
# example, the `management` column is empty where there is no management form, so those
# commands filter out directly:

# %%
names = dl.management_commands("version", "info", "login", "search", "inspect", "ps")
print("no management form:", ", ".join(names[names["management"].isna()]["COMMAND"]))

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb09-` 开头的）。上面那一行 `docker container rm -f $(…)`
# 已经删除了本节的容器。你的练习（`ex09-…`）和你自己的东西都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb09-`). The one line
# `docker container rm -f $(…)` above already removed this notebook's containers. Your
# exercises (`ex09-…`) and your own things are not touched:

# %%
dl.finish("09")

# %% [markdown] lang="zh"
# ## 下一步
#
# 到这里，笔记里的每一条命令都运行过了。但学完笔记，你还不能做大多数人学 Docker 想做的事：
# 把自己的程序打包成镜像，保存它的数据，让两个容器互相通信，一次运行由几个服务组成的应用。
# 第二部分讲的就是这些，每一节同样有可以运行的命令和练习：
#
# - **[10 Dockerfile 与 `docker build`](10-dockerfile-and-build.ipynb)**：构建（build）自己的镜像；构建上下文（build context）和
#   `.dockerignore`；哪些指令会增加镜像层（layer）；构建缓存，以及让重新构建变快的指令顺序；
#   多阶段构建（multi-stage build）；把镜像推送（push）到课程的镜像仓库。
# - **[11 数据卷（volume）和绑定挂载（bind mount）](11-volumes-and-bind-mounts.ipynb)**：删除容器后还在的数据卷；数据卷、绑定挂载和 tmpfs
#   的区别；容器内外文件的所有者（UID）；用 `tar` 备份和恢复数据卷。
# - **[12 网络（network）和端口](12-networks-and-ports.ipynb)**：`-p` 的各种写法和 `docker port`；为什么要写 `127.0.0.1:`；
#   自定义的网络，容器之间用名字互相访问；`--network none` 和 `host`。
# - **[13 Compose](13-compose.ipynb)**：用一个 `compose.yaml` 描述两个服务，带网络、数据卷、环境变量和健康检查（health check）；
#   `docker compose up -d`、`ps`、`logs -f`、`exec`、`down`；扩展一个服务。
# - **[14 日常维护](14-housekeeping.ipynb)**：`docker system df` 和 `prune`；`docker cp`；重启策略（restart policy）；
#   在 `docker stats` 里看到 `--memory` 和 `--cpus` 的限制；健康检查；日志的驱动和轮转；`--init`。
# - **[15 综合项目](15-final-project.ipynb)**：做一个带数据存储的小网站，推送到课程的镜像仓库，用 Compose 运行，
#   并证明数据在 `down` 和 `up` 之后还在。
#
# 学完这门课以后：
#
# - **Docker 官方文档**（docs.docker.com）：手册、每个命令的参考，以及 Dockerfile 的最佳实践。
# - **`docker COMMAND --help`**：每个命令的选项，就在你的终端里。
# - **在中国大陆拉取镜像**：Docker Hub 和公共的镜像加速器都不可靠。可靠的办法是自己的镜像仓库：
#   04 里的缓存镜像仓库，或者云服务商为你的账号提供的私有镜像仓库；在没有网络的地方，用课程工具包的
#   `dockerlab kit save` 和 `load` 的办法，也就是 `docker save` 和 `docker load`。
# - **再往后**：Kubernetes 这样的编排系统，在很多台机器上运行容器；以及容器的安全
#   （只用可信的镜像，不以 root 运行，不把 `docker` 组给不可信的用户）。
#
# 回到开头：[00 从这里开始](00-start-here.ipynb)（课程地图和术语表都在那里）。
# 学完整门课以后，`dockerlab kit down` 删除工具包和课程创建的一切，你自己的东西不受影响。

# %% [markdown] lang="en"
# ## Next steps
#
# Every command of the notes has now run. But with the notes alone you cannot yet do what most
# people learn Docker for: package your own program as an image, keep its data, let two
# containers talk, run an application of several services. That is Part 2, again with commands
# that run and exercises in every notebook:
#
# - **[10 Dockerfile and `docker build`](10-dockerfile-and-build.ipynb)**: building images of your own; the build context and
#   `.dockerignore`; which instructions add layers; the build cache, and the order of
#   instructions that makes rebuilds fast; multi-stage builds; pushing to the course registry.
# - **[11 Volumes and bind mounts](11-volumes-and-bind-mounts.ipynb)**: data that survives `docker rm` in a volume; volumes, bind
#   mounts and tmpfs compared; file owners (UIDs) inside and outside; backing up and restoring
#   a volume with `tar`.
# - **[12 Networks and ports](12-networks-and-ports.ipynb)**: `-p` in all its forms and `docker port`; why `127.0.0.1:`
#   matters; user-defined networks where containers find each other by name; `--network none`
#   and `host`.
# - **[13 Compose](13-compose.ipynb)**: two services in one `compose.yaml`, with a network, a volume, an
#   environment and a health check; `docker compose up -d`, `ps`, `logs -f`, `exec`, `down`;
#   scaling a service.
# - **[14 Housekeeping](14-housekeeping.ipynb)**: `docker system df` and `prune`; `docker cp`; restart policies;
#   `--memory` and `--cpus` limits seen in `docker stats`; health checks; log drivers and
#   rotation; `--init`.
# - **[15 Final project](15-final-project.ipynb)**: a small web app with a data store, pushed to the course registry,
#   run with Compose, and proof that its data survives a `down` and an `up`.
#
# After this course:
#
# - **Docker's documentation** (docs.docker.com): the manuals, the reference of every command,
#   and the Dockerfile best practices.
# - **`docker COMMAND --help`**: every command's options, right in your terminal.
# - **Pulling images in mainland China**: Docker Hub and the public registry mirrors are not
#   reliable. The reliable answer is a registry of your own: the caching registry of 04, or the
#   private registry your cloud provider gives your account; with no network at all, the
#   course kit's way, `dockerlab kit save` and `load`, that is `docker save` and `docker load`.
# - **Further on**: orchestrators such as Kubernetes, which run containers on many machines;
#   and container security (trusted images only, not running as root, no `docker` group for
#   users you do not trust).
#
# Back to the start: [00 Start here](00-start-here.ipynb) (the course map and the glossary are
# there). When you are done with the course, `dockerlab kit down` removes the kit and
# everything the course created; your own things are not touched.
