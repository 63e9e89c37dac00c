# %% [markdown] lang="zh"
# # 07 · 容器命令
#
# **学完这一节，你能够：**
#
# - 用 `docker run` 从镜像（image）创建并启动容器（container），并说清它背后做了哪几步；
# - 用 `-i`、`-t` 和容器交互，在终端里进入容器、再用 `exit` 离开；
# - 用 `docker ps`、`docker inspect` 找到容器、查看它的状态；
# - 给容器起名字（`--name`），给已有容器改名（`docker rename`）；
# - 用 `docker start` 再次启动停止的容器，用 `docker rm` 删除容器。
#
# **时间：** {{minutes}}
#
# **先学过：** 06（镜像命令）。后台运行的容器（`-d`）在 08 讲。

# %% [markdown] lang="en"
# # 07 · Container commands
#
# **When you finish this notebook, you can:**
#
# - create and start a container from an image with `docker run`, and say which steps it takes;
# - talk to a container with `-i` and `-t`, enter it from a terminal, and leave it with `exit`;
# - find containers and read their state with `docker ps` and `docker inspect`;
# - name a container (`--name`) and rename one that exists (`docker rename`);
# - start a stopped container again with `docker start`, and remove it with `docker rm`.
#
# **Time:** {{minutes}}
#
# **Before this:** 06 (image commands). Containers in the background (`-d`) come in 08.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## 容器命令
# >   - 新建一个容器实例并启动该容器
# >     - docker run [options] **IMAGE**[COMMAND][ARG...]
# >
# > ## 启动交互式的容器，进而可以查看容器的文件及环境配置等。
# >
# > docker run -i -t IMAGE /bin/bash
# >
# >     -i interactive 默认是false
# >     - t tty 开启tty的终端 默认是false
# >
# > ## 停用一个交互式容器
# >
# > $exit
# >
# > ## 如何查看容器
# > docker ps -[a] -[l]
# >
# > docker ps 查看运行中的容器。
# >
# > -a 查看所有容器
# >
# > docker inspect 容器名字
# >
# > ## 更改容器名字
# >
# > docker run --name=自定义名字 -i -t IMAGE /bin/bash
# >
# > ## 重新启动停止的容器
# >
# > docker start [-i] 容器名字
# >
# > -i 表示可以以交互的方式启动。
# >
# > ## 删除停止的容器
# >
# > docker rm 容器名字

# %% [markdown] lang="zh"
# 这一节按容器的一生来讲：创建并启动（`run`），和它交互（`-i -t`），离开（`exit`），
# 查找（`ps`、`inspect`），再次启动（`start`），删除（`rm`）。
# 笔记里有三处要更正：小镜像里没有 `/bin/bash`；`--name` 给新容器起名，改名要用 `docker rename`；
# `docker rm` 不删除正在运行的容器。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# This notebook follows a container through its life: create and start it (`run`), talk to it
# (`-i -t`), leave it (`exit`), find it (`ps`, `inspect`), start it again (`start`), remove it
# (`rm`). Three things in the notes need correcting: small images have no `/bin/bash`; `--name`
# names a new container, and renaming needs `docker rename`; `docker rm` does not remove a
# running container.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("07", language="zh")

# %% [markdown] lang="zh"
# ## `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`
#
# 只有 IMAGE（镜像）是必须的。不写 COMMAND 时，容器运行镜像自带的默认命令（Dockerfile 里的 `CMD`）。
# `--rm` 表示容器退出后自动删除，这样这些小实验不会留下东西：

# %% [markdown] lang="en"
# ## `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`
#
# Only the IMAGE is required. Without a COMMAND, the container runs the image's default command
# (`CMD` in its Dockerfile). `--rm` removes the container when it exits, so these first
# experiments leave nothing behind:

# %%
%%bash
docker run --rm dockerlab/hello-world

# %% [markdown] lang="zh"
# 写了 COMMAND 和 ARG，就运行它们，代替默认命令：

# %% [markdown] lang="en"
# With a COMMAND and its ARGs, they run instead of the default:

# %%
%%bash
docker run --rm dockerlab/busybox echo hello world

# %% [markdown] lang="zh"
# 笔记说 `docker run` 是“新建一个容器实例并启动该容器”。更准确地说，它依次做了这几件事：
#
# 1. 创建容器（`docker create`）：镜像加上一层新的可写层（writable layer）。
#    本地没有这个镜像时，守护进程（daemon）回答“没有这个镜像”，CLI 就先拉取（`docker pull`，06 讲过），再创建一次（02 看过这些请求）；
# 2. 连接到容器的输出（attach），启动容器（`docker start`）；
# 3. 等容器的主进程（main process）结束，把它的退出码（exit code）作为自己的退出码。
#
# 第 1、2 步可以分开做。`docker create` 只创建、不启动，打印新容器的 ID；
# `docker start -a` 启动它并连接到它的输出（`-a`，attach）：

# %% [markdown] lang="en"
# The notes say `docker run` "creates a container and starts it". More exactly, it does this,
# in order:
#
# 1. create the container (`docker create`): the image plus a new writable layer. If the image
#    is not here, the daemon answers "no such image"; the CLI then pulls it (`docker pull`, from
#    06) and creates again (02 showed these requests);
# 2. attach to the container's output and start it (`docker start`);
# 3. wait for its main process to end, and exit with that process's exit code.
#
# Steps 1 and 2 can be done apart. `docker create` creates without starting and prints the new
# container's ID; `docker start -a` starts it attached to its output (`-a`):

# %%
%%bash
docker create --name nb07-hello dockerlab/hello-world
docker ps -a --filter name=nb07-hello --format '{{.Names}}: {{.Status}}'
docker start -a nb07-hello | grep Hello
docker ps -a --filter name=nb07-hello --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# 容器先是 `Created`（已创建），运行一次后是 `Exited (0)`：主进程以退出码 0 结束了。
# 上面用到的 `--filter name=…` 只列出名字里含这段文字的容器，
# `--format` 只打印指定的字段。这两个选项在这一节会一直用到，
# 这样输出只包含本节的容器，不管你的引擎上还有什么。
#
# 第 4 步也能看到：容器的退出码就是 `docker run` 的退出码。
# `sh -c 'exit 3'` 让容器以 3 退出，`$?` 是上一条命令的退出码：

# %% [markdown] lang="en"
# The container is `Created` first, then `Exited (0)` after one run: its main process ended with
# exit code 0. The `--filter name=…` above lists only containers whose name contains that
# text, and `--format` prints only the fields you ask for. This notebook uses both all along,
# so that its output shows its own containers, whatever else your Engine holds.
#
# Step 4 shows too: the container's exit code is `docker run`'s exit code. `sh -c 'exit 3'`
# makes the container exit with 3, and `$?` is the exit code of the last command:

# %%
%%bash
docker run --rm dockerlab/busybox sh -c 'exit 3' || echo "docker run exited with $?"

# %% [markdown] lang="zh"
# ## 容器名字：`--name` 和 `docker rename`
#
# 不写 `--name`，Docker 会起一个随机名字（一个形容词加一位科学家的名字）。
# `docker create` 打印新容器的 ID，这里把它存在 shell 变量 `id` 里，再按 ID 查名字：

# %% [markdown] lang="en"
# ## Names: `--name` and `docker rename`
#
# Without `--name`, Docker invents a name (an adjective and a scientist's name). `docker
# create` prints the new container's ID; here a shell variable `id` keeps it, and the name is
# looked up by ID:

# %%
%%bash
id=$(docker create dockerlab/busybox true)
echo "random name: $(docker ps -a --filter id=$id --format '{{.Names}}')"
docker rename $id nb07-renamed
docker ps -a --filter id=$id --format 'now: {{.Names}}'

# %% [markdown] lang="zh"
# 笔记把 `--name` 叫作“更改容器名字”。其实 `--name` 只能给**新**容器起名；
# 已有的容器要用 `docker rename 旧名字 新名字` 改名，就像上面那样。
#
# 名字在一个引擎上是唯一的。重复使用会报错，错误信息会说出哪个容器占用了这个名字。
# 这个单元格预期会失败（它带有 `raises-exception` 标记，所以“全部运行”不会停在这里）：

# %% [markdown] lang="en"
# The notes call `--name` "changing a container's name". In fact `--name` names a **new**
# container; an existing one is renamed with `docker rename OLD NEW`, as above.
#
# A name is unique on an Engine. Using it twice is an error that says which container has it.
# This cell is meant to fail (it is tagged `raises-exception`, so Run All goes on past it):

# %% tags=["raises-exception"]
%%bash
docker run --name nb07-hello dockerlab/hello-world

# %% [markdown] lang="zh"
# ## `-i` 和 `-t`
#
# `-i`（interactive）让容器的标准输入（stdin）保持打开，容器才能读到你输入或通过管道传入的内容。
# 这里用管道把一行命令送给容器里的 `sh`：

# %% [markdown] lang="en"
# ## `-i` and `-t`
#
# `-i` (interactive) keeps the container's standard input (stdin) open, so the container can read
# what you type or pipe in. Here a pipe sends one line to `sh` in the container:

# %%
%%bash
echo 'echo this came through stdin' | docker run -i --rm dockerlab/busybox sh

# %% [markdown] lang="zh"
# 没有 `-i`，容器收不到输入，`sh` 读到的是空的输入，马上就结束了，什么也不打印：

# %% [markdown] lang="en"
# Without `-i`, the container gets no input: `sh` reads nothing, ends at once, and prints
# nothing:

# %%
%%bash
echo 'echo this came through stdin' | docker run --rm dockerlab/busybox sh
echo "(sh printed nothing)"

# %% [markdown] lang="zh"
# `-t`（tty）给容器分配一个伪终端（pseudo-TTY）。Shell 这样的程序需要终端，
# 才会显示提示符、处理 Ctrl+C 这样的按键。`tty` 命令打印当前的终端，没有终端时说 `not a tty`：

# %% [markdown] lang="en"
# `-t` (tty) gives the container a pseudo-terminal (pseudo-TTY). Programs such as shells need a
# terminal to show a prompt and to handle keys such as Ctrl+C. The `tty` command prints the
# terminal it runs in, or `not a tty`:

# %%
%%bash
docker run --rm dockerlab/busybox tty || true
docker run --rm -t dockerlab/busybox tty

# %% [markdown] lang="zh"
# 笔记运行的是 `/bin/bash`。课程的镜像和 busybox、alpine 这些小镜像一样，没有 bash，只有 `sh`。
# 镜像里没有的程序，引擎无法启动，错误信息里写着原因：

# %% [markdown] lang="en"
# The notes run `/bin/bash`. The course's images, like small images such as busybox and alpine,
# have no bash, only `sh`. The Engine cannot start a program the image does not have, and its
# message says so:

# %% tags=["raises-exception"]
%%bash
docker run --rm dockerlab/busybox /bin/bash

# %% [markdown] lang="zh"
# 所以在这门课里，交互式容器用 `sh`。
#
# ### 在终端里：`docker run -it` 和 `exit`
#
# `-i -t` 合起来写作 `-it`，要在真正的终端里用。在 JupyterLab 里打开一个终端
# （菜单 **File → New → Terminal**），输入：
#
# ```bash
# docker run -it --name nb07-term dockerlab/busybox sh
# ```
#
# 你会看到容器里 shell 的提示符 `/ #`。试试 `ls /`、`ps`（只有两个进程：`sh` 和 `ps` 自己），
# 然后输入 `exit`。`exit` 结束 shell；shell 是容器的主进程（PID 1），它结束了，容器就停止了。
#
# Notebook 里的单元格不是终端（它的标准输入是空的），所以下面用**控制台**（console）代替终端：
# 它是课程提供的一个小部件，和终端一样连接到容器的输入和输出。
# 先在后台创建并启动这个容器（`-d` 在 08 讲），再打开控制台。你也可以在控制台里自己输入命令：

# %% [markdown] lang="en"
# So in this course, interactive containers run `sh`.
#
# ### In a terminal: `docker run -it` and `exit`
#
# `-i -t` together are written `-it`, and they belong in a real terminal. Open one in
# JupyterLab (**File → New → Terminal**) and type:
#
# ```bash
# docker run -it --name nb07-term dockerlab/busybox sh
# ```
#
# You see the prompt of the shell in the container, `/ #`. Try `ls /` and `ps` (two processes:
# `sh` and `ps` itself), then type `exit`. `exit` ends the shell; the shell is the container's
# main process (PID 1), so the container stops with it.
#
# A notebook cell is not a terminal (its standard input is empty), so below a **console** stands
# in for the terminal: a widget of the course that connects to the container's input and output
# as a terminal does. First the container is created and started in the background (`-d` comes
# in 08), then the console opens. You can type into the console yourself too:

# %%
%%bash
docker run -dit --name nb07-shell dockerlab/busybox sh

# %%
shell = dl.console_widget("nb07-shell")
shell

# %% [markdown] lang="zh"
# 下面的单元格替你在控制台里输入命令，并等待回答出现：

# %% [markdown] lang="en"
# The next cells type into the console for you, and wait for the answer to appear:

# %%
shell.send("echo the answer is $((6 * 7))\n")
print("the console shows:", shell.wait_for(r"the answer is \d+"))

# %%
shell.send("exit\n")
shell.ended.wait(5)
print(f"sh ended; the container is now {shell.container_state()}")

# %% [markdown] lang="zh"
# ## `docker ps`：查看容器
#
# `docker ps` 只列出运行中的容器；`-a`（all）列出所有容器；`-l`（latest）只列出最新创建的一个；
# `-n 2` 列出最新创建的两个；`-q`（quiet）只打印 ID。这里都加上 `--filter name=nb07`，
# 只看本节的容器。`nb07-shell` 已经停止，所以不带 `-a` 时什么也没有：

# %% [markdown] lang="en"
# ## `docker ps`: finding containers
#
# `docker ps` lists running containers only; `-a` (all) lists every container; `-l` (latest)
# only the one created last; `-n 2` the two created last; `-q` (quiet) prints IDs only. Each
# gets `--filter name=nb07` here, to see this notebook's containers only. `nb07-shell` has
# stopped, so without `-a` the list is empty:

# %%
%%bash
docker ps --filter name=nb07

# %%
%%bash
docker ps -a --filter name=nb07

# %%
%%bash
docker ps -a -l --filter name=nb07 --format '{{.Names}}'
echo ---
docker ps -a -n 2 --filter name=nb07 --format '{{.Names}}'
echo ---
docker ps -a -q --filter name=nb07 | wc -l

# %% [markdown] lang="zh"
# `-q` 只输出 ID，所以常被放进别的命令里，例如 `docker rm $(docker ps -aq --filter name=nb07)`（09 里会用到）。
#
# ## `docker inspect`：查看容器的详细信息
#
# `docker inspect 容器名字` 打印引擎知道的关于这个容器的一切，是一大段 JSON。
# `--format` 可以只取其中几个字段：状态、退出码、启动时的命令，以及是否开了 `-t`、`-i`：

# %% [markdown] lang="en"
# `-q` prints only IDs, which is why it often goes inside other commands, e.g.
# `docker rm $(docker ps -aq --filter name=nb07)` (you will use it in 09).
#
# ## `docker inspect`: everything about one container
#
# `docker inspect NAME` prints everything the Engine knows about the container, as a long JSON
# document. `--format` picks fields out of it: the state, the exit code, the command, and
# whether `-t` and `-i` were on:

# %%
%%bash
docker inspect --format 'status={{.State.Status}} exit={{.State.ExitCode}} cmd={{.Config.Cmd}} tty={{.Config.Tty}} stdin={{.Config.OpenStdin}}' nb07-shell

# %% [markdown] lang="zh"
# ## `docker start [-i]`：再次启动停止的容器
#
# 停止的容器还在，它的可写层也在，可以再次启动。`-a` 连接到它的输出，`-i` 再连接它的输入。
# 下面创建一个带 `-i` 的容器，然后用 `docker start -i` 启动两次，每次通过管道给它一行输入：

# %% [markdown] lang="en"
# ## `docker start [-i]`: starting a stopped container again
#
# A stopped container is still there, writable layer and all, and can start again. `-a`
# attaches to its output; `-i` to its input too. Below, a container is created with `-i`, then
# started twice with `docker start -i`, each time with one line piped in:

# %%
%%bash
docker create -i --name nb07-again dockerlab/busybox sh
echo 'echo first run' | docker start -i nb07-again
echo 'echo second run' | docker start -i nb07-again

# %% [markdown] lang="zh"
# 两次运行的是同一个容器，所以它的日志里有两次的输出（`docker logs` 在 08 细讲）：

# %% [markdown] lang="en"
# Both runs were the same container, so its log holds the output of both (`docker logs` comes
# in detail in 08):

# %%
%%bash
docker logs nb07-again

# %% [markdown] lang="zh"
# 刚才在控制台里退出的 `nb07-shell` 也能再次启动。在终端里，`docker start -i nb07-shell`
# 会让你回到它的 shell；在这里，同样先启动，再打开控制台：

# %% [markdown] lang="en"
# `nb07-shell`, which you left with `exit` in the console, starts again too. In a terminal,
# `docker start -i nb07-shell` puts you back in its shell; here, start it and open a console
# again:

# %%
%%bash
docker start nb07-shell

# %%
again = dl.console_widget("nb07-shell")
again.send("echo back again\n")
print("the console shows:", again.wait_for("(?m)^back again"))

# %% [markdown] lang="zh"
# ## `docker rm`：删除容器
#
# `docker rm` 删除停止的容器。正在运行的容器会被拒绝，什么也不删。
# 错误信息的措辞在 Engine 25 时改过，但意思一样：

# %% [markdown] lang="en"
# ## `docker rm`: removing containers
#
# `docker rm` removes stopped containers. A running one is refused, and nothing is removed. The
# wording of the refusal changed in Engine 25; the meaning did not:

# %% tags=["raises-exception"]
%%bash
docker rm nb07-shell

# %% [markdown] lang="zh"
# 先停止它（`docker stop`，08 讲），或者用 `-f`（force）强制删除，`-f` 会先杀掉它。
# 一次可以删除多个容器：

# %% [markdown] lang="en"
# Stop it first (`docker stop`, in 08), or force it with `-f`, which kills it first. One command
# can remove several containers:

# %%
%%bash
docker rm -f nb07-shell
docker rm nb07-hello nb07-again nb07-renamed
docker ps -a --filter name=nb07 --format '{{.Names}}' | wc -l

# %% [markdown] lang="zh"
# 最后一行是 0：本节的容器都删掉了。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有”，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex07-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 07` 会删除它们。
#
# ### 练习 07.1：运行两次
#
# 从 `dockerlab/hello-world` 运行一个名为 `ex07-hello` 的容器（不要用 `--rm`）。
# 然后让**同一个**容器再运行一次，并看到它的输出。

# %% [markdown] lang="en"
# The last line is 0: this notebook's containers are all gone.
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex07-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 07` removes them.
#
# ### Exercise 07.1: run it twice
#
# Run a container named `ex07-hello` from `dockerlab/hello-world` (no `--rm`). Then run the
# **same** container a second time, and see its output.

# %%
%%bash
# 07.1: your commands here


# %%
dl.check("07.1")

# %% [markdown]
# {{solution 07.1}}

# %% [markdown] lang="zh"
# ### 练习 07.2：终端里的 shell
#
# 在 JupyterLab 的终端里（不是在 notebook 里），用 `-it` 运行一个名为 `ex07-shell` 的
# `dockerlab/busybox` 容器，运行 `sh`。在它的 shell 里创建文件 `/from-tty`（`touch /from-tty`），
# 然后 `exit`。回到这里运行检查。

# %% [markdown] lang="en"
# ### Exercise 07.2: a shell in the terminal
#
# In JupyterLab's terminal (not in the notebook), run a `dockerlab/busybox` container named
# `ex07-shell` with `-it`, running `sh`. In its shell, create the file `/from-tty`
# (`touch /from-tty`), then `exit`. Come back here and run the check.

# %%
dl.check("07.2")

# %% [markdown]
# {{solution 07.2}}

# %% [markdown] lang="zh"
# ### 练习 07.3：停止后文件还在吗？
#
# 用 `docker create` 创建一个名为 `ex07-counter` 的 `dockerlab/busybox` 容器（先不启动），
# 它的命令是 `sh -c 'date >> /starts; wc -l < /starts'`：每次启动，往 `/starts` 里加一行，
# 再打印这个文件有几行。然后用 `docker start -a` 启动它三次。
#
# 第三次打印的是几？想一想为什么：容器停止时，它的可写层去了哪里？

# %% [markdown] lang="en"
# ### Exercise 07.3: do files survive a stop?
#
# With `docker create`, make a `dockerlab/busybox` container named `ex07-counter` (do not start
# it yet) whose command is `sh -c 'date >> /starts; wc -l < /starts'`: each start adds a line to
# `/starts` and prints how many lines the file has. Then start it three times with
# `docker start -a`.
#
# What does the third start print? Think about why: where did the container's writable layer go
# while it was stopped?

# %%
%%bash
# 07.3: your commands here


# %%
dl.check("07.3")

# %% [markdown]
# {{solution 07.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每一步都是引擎 API 的一次或几次请求。docker-py（Docker 官方的 Python 库）发出同样的请求；
# dockerlab 再把回答变成表格。它们让代码更短，但做的事和上面的命令一样。
#
# `docker run --rm dockerlab/busybox echo hello world` 在 docker-py 里是一行，输出以字节串返回：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every step above is one or a few requests to the Engine's API. docker-py (Docker's Python
# library) sends the same requests; dockerlab turns the answers into tables. They make code
# shorter; they do what the commands above do.
#
# `docker run --rm dockerlab/busybox echo hello world` is one line in docker-py, and the output
# comes back as bytes:

# %%
import docker

client = docker.from_env()
client.containers.run("dockerlab/busybox", ["echo", "hello", "world"], remove=True)

# %% [markdown] lang="zh"
# `docker create`、`docker start`、`docker rm` 各是 API 的一个请求：

# %% [markdown] lang="en"
# `docker create`, `docker start` and `docker rm` are one API request each:

# %%
created = client.api.create_container("dockerlab/busybox", "true", name="nb07-py")
client.api.start(created["Id"])
status = client.api.wait(created["Id"], timeout=10)["StatusCode"]
print(f"nb07-py ran and exited with {status}")

# %% [markdown] lang="zh"
# `dl.ps` 是 `docker ps` 的表格，同时是一个 pandas DataFrame：大写的列是命令行打印的文字，
# 小写的列是同样的信息，带类型，便于排序和筛选：

# %% [markdown] lang="en"
# `dl.ps` is `docker ps`'s table, and also a pandas DataFrame: upper-case columns are the
# text the CLI prints; lower-case columns hold the same facts, typed, ready to sort and filter:

# %%
frame = dl.ps(all=True, filters={"name": "nb07-py"})
frame

# %%
print(f"exit code {int(frame['exit_code'].iloc[0])}, state {frame['state'].iloc[0]}")

# %% [markdown] lang="zh"
# `docker inspect` 的 JSON 在 docker-py 里是一个字典；`dl.inspect_widget` 把它显示成可以折叠和搜索的树：

# %% [markdown] lang="en"
# `docker inspect`'s JSON is a dict in docker-py; `dl.inspect_widget` shows it as a tree you can
# fold and search:

# %%
details = client.api.inspect_container("nb07-py")
print(f"Cmd={details['Config']['Cmd']} Tty={details['Config']['Tty']}")
tree = dl.inspect_widget("nb07-py")
tree.show("Cmd")
tree

# %%
client.api.remove_container("nb07-py")
print("removed nb07-py")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb07-` 开头的）。你的练习（`ex07-…`）和你自己的容器都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb07-`). Your exercises
# (`ex07-…`) and your own containers are not touched:

# %%
again.stop()
shell.stop()
dl.finish("07")

# %% [markdown] lang="zh"
# 下一节：[08 守护式容器](08-daemon-containers.ipynb)：在后台运行容器、查看日志和进程、停止容器。

# %% [markdown] lang="en"
# Next: [08 Daemon containers](08-daemon-containers.ipynb): containers in the background, their
# logs and processes, and how they stop.
