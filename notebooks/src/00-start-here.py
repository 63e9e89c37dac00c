# %% [markdown] lang="zh"
# # 00 · 从这里开始
#
# **学完这一节，你能够：**
#
# - 用 `dockerlab doctor` 确认你的机器和 Docker 引擎（Docker Engine）已经准备好，看懂它给出的修复办法；
# - 读懂一个 notebook 的结构：目标和时间、笔记原文、`%%bash` 单元格、故意失败的单元格、可选的 Python 部分；
# - 做一个练习：写答案、运行检查、需要时展开参考答案；
# - 打开 JupyterLab 的终端，在里面运行 `docker` 命令；
# - 查看进度（`dockerlab progress`），重做一节（`dockerlab reset`），在没有互联网的教室里使用课程工具包；
# - 找到课程地图和术语表。
#
# **时间：** {{minutes}}
#
# **先学过：** 不需要。Docker 部分不需要会 Python。

# %% [markdown] lang="en"
# # 00 · Start here
#
# **When you finish this notebook, you can:**
#
# - check with `dockerlab doctor` that your machine and its Docker Engine are ready, and read
#   the fixes it suggests;
# - read a notebook's layout: objectives and time, the notes quoted, `%%bash` cells, cells
#   that fail on purpose, the optional Python part;
# - do an exercise: write your answer, run the check, open the solution when you need it;
# - open JupyterLab's terminal and run `docker` commands in it;
# - see your progress (`dockerlab progress`), do a notebook again (`dockerlab reset`), and use
#   the course kit in a classroom with no internet;
# - find the course map and the glossary.
#
# **Time:** {{minutes}}
#
# **Before this:** nothing. The Docker parts need no Python.

# %% [markdown] lang="zh"
# 这门课把一份 Docker 学习笔记变成可以运行的 notebook。从 01 到 08，每一节对应笔记的一节：
# 开头原样引用笔记，然后讲解，并在真实的 Docker 引擎上运行笔记里的每一条命令。
# 笔记里过时或不准确的地方，会用引擎自己的回答来更正。09 是速查表。
#
# 你需要的只有两样：
#
# - **一个正在运行的 Docker 引擎。** Docker Desktop，或 Linux 上的 `docker` 服务都可以。
# - **这门课的环境。** 在课程目录里运行 `python3 dev.py lab`，它会准备好一切并打开 JupyterLab。
#
# 不需要会 Python。每一节的命令都是终端里的 `docker` 命令；只有每节末尾“用 Python 做同样的事”
# 是 Python，它是可选的。
#
# 下面是第一个代码单元格。每一节都从这样一个单元格开始：它检查 Docker 引擎，
# 准备好课程工具包（下面会讲），并清理上次中断时留下的东西。
# 选中它，按 Shift+Enter 运行；或者用菜单 Run → Run All Cells 运行整个 notebook。

# %% [markdown] lang="en"
# This course turns a learner's Docker notes into notebooks that run. From 01 to 08, each
# notebook is one section of the notes: it quotes the notes as written, explains them, and runs
# every command in them on a real Docker Engine. Where the notes are outdated or not quite
# right, the Engine's own answer corrects them. 09 is a cheat sheet.
#
# You need two things:
#
# - **A running Docker Engine.** Docker Desktop, or the `docker` service on Linux.
# - **The course's environment.** In the course folder, `python3 dev.py lab` sets everything
#   up and opens JupyterLab.
#
# You need no Python. Every step is a `docker` command for the terminal; only the part "The
# same in Python" at the end of each notebook is Python, and it is optional.
#
# Below is the first code cell. Every notebook starts with a cell like it: it checks the Docker
# Engine, gets the course kit ready (more on it below), and removes what an interrupted
# earlier run left behind. Select it and press Shift+Enter to run it, or run the whole
# notebook with the menu Run → Run All Cells.

# %%
import dockerlab as dl

dl.begin("00", language="zh")

# %% [markdown] lang="zh"
# ## 你的机器准备好了吗：`dockerlab doctor`
#
# `dockerlab doctor` 检查这门课需要的一切：Docker 引擎能不能连上、它的版本、课程工具包、
# `docker` 命令和 JupyterLab。每一项一行：✓ 表示没问题，✗ 表示有问题，FIX 一列写着怎么修。
# 下面的表格是运行这个 notebook 的那台机器的结果，你的机器上会有所不同：

# %% [markdown] lang="en"
# ## Is your machine ready? `dockerlab doctor`
#
# `dockerlab doctor` checks everything the course needs: whether the Docker Engine answers, its
# version, the course kit, the `docker` command and JupyterLab. One line per check: ✓ is fine,
# ✗ is a problem, and the FIX column says how to fix it. The table below is from the machine
# that ran this notebook; yours will differ:

# %% tags=["nbval-ignore-output"]
%%bash
dockerlab doctor

# %% [markdown] lang="zh"
# 表格下面的一句是结论。只想看结论时，用 `> /dev/null` 丢掉表格：表格写在标准输出（stdout），
# 结论写在另一路输出，即标准错误（stderr），所以结论留了下来：

# %% [markdown] lang="en"
# The line under the table is the verdict. To see only the verdict, throw the table away with
# `> /dev/null`: the table is on the standard output (stdout), the verdict on the other stream
# (standard error), so it stays:

# %%
%%bash
dockerlab doctor > /dev/null

# %% [markdown] lang="zh"
# 如果有一项是 ✗，按 FIX 一列去做，然后再运行一次 `dockerlab doctor`。最常见的三种情况：
#
# - **连不上引擎（not reachable）。** Docker 没有启动：启动 Docker Desktop，
#   或者在 Linux 上运行 `sudo systemctl start docker`。
# - **没有权限（permission denied）。** 你的用户不能访问 Docker 的套接字文件（socket）。
#   修复办法是把自己加入 `docker` 用户组（`sudo usermod -aG docker $USER`，然后退出并重新登录）。
#   **要知道：`docker` 组等同于 root。** 组里的用户可以运行一个容器（container），把宿主机的 `/` 挂进去，
#   在里面以 root 身份改动宿主机上的任何文件。只把你信任的用户加进这个组。
#   在共用的机器上，可以改用 rootless 模式的 Docker（以普通用户身份运行引擎）。
# - **课程工具包没有准备好（kit images、kit registry）。** 在终端里运行 `dockerlab kit up`。
#
# 每一节开头的那个单元格（`dl.begin`）在出问题时也会说明原因和修复办法。

# %% [markdown] lang="en"
# If a check shows ✗, do what its FIX column says, then run `dockerlab doctor` again. The three
# usual cases:
#
# - **The Engine is not reachable.** Docker is not running: start Docker Desktop, or on Linux
#   run `sudo systemctl start docker`.
# - **Permission denied.** Your user may not open Docker's socket. The fix is to join the
#   `docker` group (`sudo usermod -aG docker $USER`, then log out and in again). **Know this:
#   the `docker` group is equivalent to root.** Its members can run a container that mounts
#   the host's `/` and, inside it, change any file on the host as root. Add only users you
#   trust. On a shared machine, consider rootless Docker (the Engine runs as an ordinary user).
# - **The course kit is not ready (kit images, kit registry).** Run `dockerlab kit up` in a
#   terminal.
#
# The first cell of every notebook (`dl.begin`) also says what went wrong and how to fix it.

# %% [markdown] lang="zh"
# ## 一个 notebook 的样子
#
# 每一节的结构都一样：
#
# 1. **目标和时间。** 第一个单元格列出学完能做什么，以及大约需要多少分钟。
#    时间是量出来的：阅读时间按字数算，运行时间是上一次完整运行这个 notebook 实际用的时间，
#    每个练习另加 5 分钟。
# 2. **笔记原文。** 用引用块（左边有竖线）原样引用笔记的那一节。笔记里不对的地方不改原文，
#    在后面的讲解里更正。
# 3. **讲解和命令。** 以 `%%bash` 开头的单元格就是终端命令：去掉第一行 `%%bash`，
#    其余的可以原样复制到终端里运行。比如这一个：

# %% [markdown] lang="en"
# ## How a notebook is laid out
#
# Every notebook has the same shape:
#
# 1. **Objectives and time.** The first cell lists what you will be able to do, and about how
#    many minutes it takes. The time is measured: reading time from the length of the text,
#    running time from the last full run of the notebook, plus 5 minutes per exercise.
# 2. **The notes, quoted.** A quote block (with a bar on the left) quotes the notes' section as
#    written. Where the notes are wrong, the quote stays as it is; the explanation after it
#    corrects it.
# 3. **Explanations and commands.** A cell that starts with `%%bash` is terminal commands:
#    leave out the first line, `%%bash`, and paste the rest into a terminal unchanged. For
#    example this one:

# %%
%%bash
docker version --format 'client {{.Client.Version}}, server (Engine) {{.Server.Version}}'

# %% [markdown] lang="zh"
#    `docker version` 打印客户端（client，也就是 `docker` 命令）和服务端（server，也就是引擎）的版本，
#    `--format` 只取其中两项。05 会细讲。
#
#    `%%bash` 单元格在第一条失败的命令处停下，“全部运行”也会停在这里，并显示引擎的错误信息。
# 4. **故意失败的单元格。** 有时候错误本身就是要学的内容，比如删除一个不存在的容器。
#    这样的单元格前面会说明“预期会失败”，它带有 `raises-exception` 标记
#    （在右侧栏的属性检查器（Property Inspector）里能看到），所以“全部运行”不会停在这里：

# %% [markdown] lang="en"
#    `docker version` prints the versions of the client (the `docker` command) and of the
#    server (the Engine); `--format` picks two of its fields. 05 says more.
#
#    A `%%bash` cell stops at the first command that fails, and so does Run All, showing the
#    Engine's message.
# 4. **Cells that fail on purpose.** Sometimes the error is the lesson, e.g. removing a
#    container that does not exist. Such a cell is announced as "meant to fail", and it carries
#    the tag `raises-exception` (the Property Inspector in the right sidebar shows it), so Run
#    All goes on past it:

# %% tags=["raises-exception"]
%%bash
docker rm nb00-nothing

# %% [markdown] lang="zh"
#    红色的第一行是引擎的回答：没有这个容器。下面的 ✗ 行说明是哪条命令失败了。
# 5. **练习。** 每一节末尾有 2 到 4 个练习，下面就有两个。
# 6. **用 Python 做同样的事（可选）。** 每一节最后用 Python 库 docker-py 和本课程的 dockerlab
#    再做一遍，给想写程序的人看。跳过它不影响后面的学习。
# 7. **清理和下一节。** 最后一个代码单元格（`dl.finish`）删除本节课创建的东西，然后是下一节的链接。

# %% [markdown] lang="en"
#    The first red line is the Engine's answer: there is no such container. The ✗ line below
#    it says which command failed.
# 5. **Exercises.** Each notebook ends with 2 to 4 exercises; two follow below.
# 6. **The same in Python (optional).** The end of each notebook does it again with the Python
#    library docker-py and this course's dockerlab, for those who want to write programs.
#    Skipping it costs you nothing later on.
# 7. **Clean up, and next.** The last code cell (`dl.finish`) removes what the notebook's
#    lessons created, and a link leads to the next notebook.

# %% [markdown] lang="zh"
# ## 终端
#
# 有些命令需要一个真正的终端，比如 `docker run -it`：它让你进入容器里的 shell，一边输入一边看结果。
# notebook 的单元格做不到：单元格的标准输入（stdin）是空的。JupyterLab 自带终端：
# 用菜单 **File → New → Terminal** 打开一个。终端和这些 notebook 连着同一个 Docker 引擎。
#
# 课程自己的镜像仓库（registry，下面会讲）的地址在环境变量 `$REGISTRY` 里。
# 在 notebook 的 `%%bash` 单元格里它已经设好了：

# %% [markdown] lang="en"
# ## The terminal
#
# Some commands need a real terminal, e.g. `docker run -it`, which puts you in a shell inside a
# container, where you type and see the answers as you go. A notebook cell cannot do that (its
# standard input, stdin, is empty). JupyterLab has a terminal of its own: open one with the menu
# **File → New → Terminal**. The terminal and these notebooks talk to the same Docker Engine.
#
# The address of the course's own registry (more on it below) is in the environment variable
# `$REGISTRY`. In the notebook's `%%bash` cells it is set already:

# %%
%%bash
echo "the course registry is $REGISTRY"

# %% [markdown] lang="zh"
# 用 `python3 dev.py lab` 打开的 JupyterLab，终端里也设好了 `$REGISTRY`，`dockerlab` 命令也能直接用。
# 如果你是用别的方式打开的，在终端里先运行 `export REGISTRY=127.0.0.1:5000`
# （端口以 `dockerlab kit status` 显示的为准）。
#
# ## 练习怎么做
#
# 每个练习有四部分：
#
# 1. **题目**：要做什么。
# 2. **答案单元格**：一个空的 `%%bash` 单元格，第一行是 `# 00.1: your commands here`。
#    在下面写你的命令，然后运行它。在终端里做的练习没有这个单元格。
# 3. **检查单元格**：`dl.check("00.1")`。它向引擎查看结果：通过时显示 ✓ 和它确认了什么；
#    还没有通过时显示 ✗、缺了什么，以及一条提示。
# 4. **参考答案**：折叠着，点“查看参考答案”才展开。先自己试。
#
# 刚打开的 notebook 用“全部运行”时，答案单元格是空的，所以检查会显示“还没有完成”。
# 这是正常的，“全部运行”不会因此停下。
#
# 练习要你创建的东西，名字都以 `exNN-` 开头（NN 是这一节的编号），比如 `ex00-hello`。
# 课程靠这个名字认出你的练习。
#
# ### 练习 00.1：第一个练习
#
# 在下面的答案单元格里写这条命令并运行它，然后运行检查：
#
# ```bash
# docker run --name ex00-hello dockerlab/hello-world
# ```
#
# 它从镜像（image）`dockerlab/hello-world` 创建一个名为 `ex00-hello` 的容器并运行它。
# 07 会细讲 `docker run`。

# %% [markdown] lang="en"
# In a JupyterLab opened with `python3 dev.py lab`, the terminal has `$REGISTRY` set too, and
# the `dockerlab` command works there. If you opened JupyterLab another way, first run
# `export REGISTRY=127.0.0.1:5000` in the terminal (with the port `dockerlab kit status`
# shows).
#
# ## How exercises work
#
# Each exercise has four parts:
#
# 1. **The task**: what to do.
# 2. **An answer cell**: an empty `%%bash` cell whose first line is
#    `# 00.1: your commands here`. Write your commands below it and run it. Exercises done in
#    the terminal have no answer cell.
# 3. **A check cell**: `dl.check("00.1")`. It asks the Engine: when you are done it shows ✓
#    and what it verified; when not yet, it shows ✗, what is missing, and a hint.
# 4. **A solution**, folded: click "Show a solution" to open it. Try on your own first.
#
# In a freshly opened notebook, Run All finds the answer cells empty, so the checks say "not
# yet". That is expected, and Run All does not stop there.
#
# What an exercise asks you to create is named `exNN-…` (NN: the notebook's number), e.g.
# `ex00-hello`. That is how the course recognises your exercise work.
#
# ### Exercise 00.1: your first exercise
#
# Write this command in the answer cell below, run it, then run the check:
#
# ```bash
# docker run --name ex00-hello dockerlab/hello-world
# ```
#
# It creates a container named `ex00-hello` from the image `dockerlab/hello-world` and runs it.
# 07 explains `docker run` in detail.

# %%
%%bash
# 00.1: your commands here


# %%
dl.check("00.1")

# %% [markdown]
# {{solution 00.1}}

# %% [markdown] lang="zh"
# ### 练习 00.2：在终端里
#
# 打开一个终端（**File → New → Terminal**），在里面输入：
#
# ```bash
# docker run -it --name ex00-terminal dockerlab/busybox tty
# ```
#
# `-it` 给容器一个伪终端（pseudo-TTY），`tty` 命令打印它所在的终端，比如 `/dev/pts/0`。
# 同样的命令在 notebook 的单元格里会失败，因为单元格不是终端。回到这里运行检查。

# %% [markdown] lang="en"
# ### Exercise 00.2: in the terminal
#
# Open a terminal (**File → New → Terminal**) and type:
#
# ```bash
# docker run -it --name ex00-terminal dockerlab/busybox tty
# ```
#
# `-it` gives the container a pseudo-terminal (pseudo-TTY); the `tty` command prints the
# terminal it runs in, such as `/dev/pts/0`. The same command fails in a notebook cell, which
# is not a terminal. Come back here and run the check.

# %%
dl.check("00.2")

# %% [markdown]
# {{solution 00.2}}

# %% [markdown] lang="zh"
# ## 进度
#
# `dockerlab progress` 列出整门课的每一个练习和它的状态；后面加上编号只看一节。
# 进度不保存在任何文件里：每次都是当场向引擎检查一遍。所以删掉练习创建的容器，
# 进度也就回到“还没有完成”。

# %% [markdown] lang="en"
# ## Progress
#
# `dockerlab progress` lists every exercise of the course and its state; add a number to see
# one notebook only. Progress is not saved in any file: each time, it checks with the Engine
# there and then. Remove what an exercise created, and its progress goes back to "not yet".

# %%
%%bash
dockerlab progress 00

# %% [markdown] lang="zh"
# ## 重做一节，以及清理会删除什么
#
# 课程只认两种名字：
#
# - `nbNN-…`：第 NN 节的讲解部分创建的容器、镜像、数据卷（volume）和网络（network）；
# - `exNN-…`：你为第 NN 节的练习创建的东西。
#
# 清理只删除这两种名字的东西。**其他的都是你自己的，课程从不碰它们**，
# 哪怕它们来自课程的镜像。
#
# - `dockerlab cleanup NN`：删除第 NN 节讲解部分留下的东西（`nbNN-…`）。每一节最后的 `dl.finish` 做的就是这件事。
# - `dockerlab reset NN`：再删除你在这一节的练习（`exNN-…`），这样可以从头再做一遍。
#   它会让这一节的进度回到“还没有完成”。
#
# 试一下：先创建一个 `nb00-demo` 容器，再清理第 00 节：

# %% [markdown] lang="en"
# ## Doing a notebook again, and what cleanup removes
#
# The course knows two kinds of names:
#
# - `nbNN-…`: containers, images, volumes and networks that notebook NN's lessons created;
# - `exNN-…`: what you created for notebook NN's exercises.
#
# Cleanup removes things with those names and nothing else. **Everything else is yours, and
# the course never touches it**, even when it comes from the course's images.
#
# - `dockerlab cleanup NN` removes what notebook NN's lessons left (`nbNN-…`). The `dl.finish`
#   at the end of every notebook does just that.
# - `dockerlab reset NN` also removes your exercise work for notebook NN (`exNN-…`), so that
#   you can do it again from the start. Its progress goes back to "not yet".
#
# Try it: create a container `nb00-demo`, then clean up notebook 00:

# %%
%%bash
docker run --name nb00-demo dockerlab/hello-world > /dev/null
dockerlab cleanup 00

# %% [markdown] lang="zh"
# 只删除了 `nb00-demo`。你在练习 00.1 里创建的 `ex00-hello` 还在；`dockerlab reset 00` 才会删除它。
#
# ## 课程工具包：没有互联网也能学
#
# Docker 的教程一般从 Docker Hub 拉取（pull）镜像，这需要互联网。
# 在中国大陆，从 2024 年起，Docker Hub 和公共的镜像加速器（registry mirror）都很不稳定；
# 培训教室也常常没有网。所以这门课自带所需的一切，叫作**课程工具包**（kit）：
#
# - 几个很小的镜像，名字都以 `dockerlab/` 开头，在你的机器上离线构建（build）；
# - 一个真正的镜像仓库，以容器 `dockerlab-registry` 运行在 `127.0.0.1` 上，这就是 `$REGISTRY`；
# - 第二部分还要用一个大一些的 Python 基础镜像 `dockerlab/python`。它是可选的，
#   到第二部分（或者运行 `dockerlab kit up --all`）时才构建。
#
# `dl.begin` 已经让工具包准备好了。`dockerlab kit status` 显示它的状态。
# 这张表取决于这台机器上已经构建了什么，所以测试不比较它：

# %% [markdown] lang="en"
# Only `nb00-demo` was removed. The `ex00-hello` you created in exercise 00.1 is still there;
# `dockerlab reset 00` would remove it.
#
# ## The course kit: learning with no internet
#
# Docker tutorials usually pull images from Docker Hub, which needs the internet. In mainland
# China, Docker Hub and the public registry mirrors have been unreliable since 2024, and
# classrooms often have no network at all. So the course brings everything it needs, the
# **course kit**:
#
# - a few small images, all named `dockerlab/…`, built offline on your machine;
# - a real registry, running as the container `dockerlab-registry` on `127.0.0.1`: that is
#   `$REGISTRY`;
# - for Part 2, a bigger Python base image, `dockerlab/python`. It is optional, and built only
#   when Part 2 (or `dockerlab kit up --all`) asks for it.
#
# `dl.begin` got the kit ready already. `dockerlab kit status` shows it. The table depends on
# what this machine has built, so the tests do not compare it:

# %% tags=["nbval-ignore-output"]
%%bash
dockerlab kit status

# %% [markdown] lang="zh"
# **给讲师：没有网络的教室。** 在一台准备好的机器上（运行过 `dockerlab kit up`）把工具包存成一个文件，
# 用 U 盘拷到每台学员机器上，再载入（要带上第二部分的 Python 镜像，存之前先运行 `dockerlab kit up --all`）：
#
# ```bash
# dockerlab kit save dockerlab-kit.tar     # 在准备好的机器上
# dockerlab kit load dockerlab-kit.tar     # 在每台学员机器上
# dockerlab kit up
# ```
#
# 学完整门课以后，`dockerlab kit down` 删除工具包和课程创建的一切，你自己的东西不受影响。
# 04 会讲镜像加速器，以及自己搭一个缓存 Docker Hub 镜像的镜像仓库。
#
# ## 课程地图
#
# 每一节的时间取自它的第一个单元格，是上一次运行时量出来的：

# %% [markdown] lang="en"
# **For instructors: a classroom with no network.** On a machine that is ready (it ran
# `dockerlab kit up`), save the kit into one file, copy it to every learner's machine on a USB
# stick, and load it there (to include Part 2's Python image, run `dockerlab kit up --all`
# before saving):
#
# ```bash
# dockerlab kit save dockerlab-kit.tar     # on the machine that is ready
# dockerlab kit load dockerlab-kit.tar     # on every learner's machine
# dockerlab kit up
# ```
#
# After the whole course, `dockerlab kit down` removes the kit and everything the course
# created; your own things are not touched. 04 covers registry mirrors, and running a registry
# of your own that caches Docker Hub's images.
#
# ## The course map
#
# Each notebook's time comes from its first cell, as its last run measured it:

# %% tags=["nbval-ignore-output"]
dl.course_map()

# %% [markdown] lang="zh"
# 01 到 08 跟着笔记走，09 是速查表。第二部分（10 到 15）超出笔记的范围：
# 用 Dockerfile 构建自己的镜像、数据卷、网络、Compose、日常维护，最后是一个完整的小项目。
#
# ## 术语表
#
# 这门课使用中文 Docker 文档里常用的译法，每一节第一次出现某个术语时，在括号里给出英文。
# 命令、选项和输出保持 Docker 打印的原样。
#
# | 中文 | English | 说明 |
# |---|---|---|
# | 镜像 | image | 只读的模板：一组文件加上默认的启动设置，容器从它创建 |
# | 容器 | container | 从镜像创建的一组隔离的进程，有自己的可写层；可以运行、停止、再启动 |
# | 镜像层 / 层 | layer | 镜像由一层层文件变化叠成，不同的镜像可以共用同一层 |
# | 可写层 | writable layer | 容器在镜像上加的一层，容器里写入的文件都在这里，删除容器时一起删除 |
# | 仓库 | repository | 一个镜像的各个版本放在一起，如 `busybox`，用标签区分 |
# | 标签 | tag | 仓库里一个版本的名字，如 `1.36`；`latest` 只是默认的标签名，不保证是最新版本 |
# | 镜像仓库 / 注册服务器 | registry | 存放许多仓库的服务，如 Docker Hub、阿里云的镜像服务，或本课程的 `$REGISTRY` |
# | 镜像加速器 / 镜像源 | registry mirror | 替你从 Docker Hub 拉取并缓存镜像的镜像仓库 |
# | 拉取 | pull | 从镜像仓库下载镜像（`docker pull`） |
# | 推送 | push | 把镜像上传到镜像仓库（`docker push`） |
# | 引擎 | Engine | Docker 的服务端程序 dockerd，管理镜像、容器、网络和数据卷 |
# | 守护进程 | daemon | 在后台一直运行的程序；Docker 引擎就是一个守护进程 |
# | 客户端 | client | 发出请求的一方，例如 `docker` 命令 |
# | 服务端 | server | 接收请求、完成工作的一方，在 Docker 里就是引擎 |
# | 管理命令 | management command | 按对象分组的命令写法，如 `docker container ls`（旧写法 `docker ps`） |
# | 标准输入 | stdin | 程序读取输入的地方；`-i` 让容器的标准输入保持打开 |
# | 标准输出 | stdout | 程序打印结果的地方；`docker logs` 显示的就是它和标准错误 |
# | 伪终端 | pseudo-TTY | 由软件模拟的终端；`-t` 给容器分配一个 |
# | 主进程 | main process | 容器里 PID 为 1 的进程；它结束，容器就停止 |
# | 信号 | signal | 发给进程的通知，如 SIGTERM（请结束）和 SIGKILL（立即结束） |
# | 退出码 | exit code | 进程结束时留下的数字，0 表示成功 |
# | 端口映射 | port mapping / publish | 把主机的一个端口转发到容器的端口（`-p`） |
# | 网络 | network | Docker 创建的虚拟网络，容器通过它互相通信、访问外界 |
# | 数据卷 | volume | 由 Docker 管理、独立于容器存在的数据目录，删除容器后还在 |
# | 绑定挂载 | bind mount | 把主机上的一个目录或文件直接挂进容器 |
# | 构建 | build | 按 Dockerfile 一步步生成镜像（`docker build`） |
# | 构建上下文 | build context | 构建时发给引擎的那个目录里的文件 |
# | 多阶段构建 | multi-stage build | 一个 Dockerfile 里有多个 `FROM`，最终的镜像只留下需要的文件 |
# | 健康检查 | health check | 引擎定时在容器里运行的命令，用来判断服务是否正常 |
# | 重启策略 | restart policy | 容器退出后，引擎是否、何时重新启动它（`--restart`） |
#
# 有些译法容易混淆，这门课不用：
#
# | 不要写 | 写作 |
# |---|---|
# | 映像 | 镜像 |
# | 集装箱 | 容器 |
# | 存储库 | 仓库 |
# | 注册表 | 镜像仓库 |
# | 卷（单独使用） | 数据卷 |
#
# 另外，`--label` 的 label 和标签（tag）是两回事，这门课里 label 不翻译。

# %% [markdown] lang="en"
# 01 to 08 follow the notes, and 09 is a cheat sheet. Part 2 (10 to 15) goes beyond the notes:
# building images of your own with a Dockerfile, volumes, networks, Compose, housekeeping, and
# a small project to finish.
#
# ## Glossary
#
# The Chinese edition uses the terms of Chinese Docker documentation and gives the English
# term in parentheses the first time a notebook uses one. Commands, options and output stay
# exactly as Docker prints them.
#
# | 中文 | English | meaning |
# |---|---|---|
# | 镜像 | image | a read-only template: files plus default start-up settings; containers are made from it |
# | 容器 | container | isolated processes made from an image, with a writable layer of their own; they run, stop and start again |
# | 镜像层 / 层 | layer | an image is a stack of file changes; images can share layers |
# | 可写层 | writable layer | the layer a container adds on top of its image; what the container writes is there, and goes when the container is removed |
# | 仓库 | repository | the versions of one image kept together, e.g. `busybox`, told apart by tags |
# | 标签 | tag | the name of one version in a repository, e.g. `1.36`; `latest` is only the default tag name, not a promise of the newest version |
# | 镜像仓库 / 注册服务器 | registry | a service that stores many repositories: Docker Hub, Aliyun's image service, or this course's `$REGISTRY` |
# | 镜像加速器 / 镜像源 | registry mirror | a registry that pulls images from Docker Hub for you and caches them |
# | 拉取 | pull | download an image from a registry (`docker pull`) |
# | 推送 | push | upload an image to a registry (`docker push`) |
# | 引擎 | Engine | Docker's server program, dockerd: it manages images, containers, networks and volumes |
# | 守护进程 | daemon | a program that keeps running in the background; the Docker Engine is one |
# | 客户端 | client | the side that sends requests, e.g. the `docker` command |
# | 服务端 | server | the side that receives them and does the work: in Docker, the Engine |
# | 管理命令 | management command | commands grouped by object, e.g. `docker container ls` (the older form: `docker ps`) |
# | 标准输入 | stdin | where a program reads its input; `-i` keeps a container's stdin open |
# | 标准输出 | stdout | where a program prints; `docker logs` shows it, and standard error |
# | 伪终端 | pseudo-TTY | a terminal emulated by software; `-t` gives a container one |
# | 主进程 | main process | the process with PID 1 in a container; when it ends, the container stops |
# | 信号 | signal | a notice sent to a process, e.g. SIGTERM (please end) and SIGKILL (end now) |
# | 退出码 | exit code | the number a process leaves when it ends; 0 means success |
# | 端口映射 | port mapping / publish | forwarding a port of the host to a port of a container (`-p`) |
# | 网络 | network | a virtual network Docker creates; containers talk to each other and to the world through it |
# | 数据卷 | volume | a data directory Docker manages apart from any container; it stays when the container is removed |
# | 绑定挂载 | bind mount | a directory or file of the host mounted straight into a container |
# | 构建 | build | making an image step by step from a Dockerfile (`docker build`) |
# | 构建上下文 | build context | the files of the directory sent to the Engine for a build |
# | 多阶段构建 | multi-stage build | a Dockerfile with several `FROM`s, whose final image keeps only the files it needs |
# | 健康检查 | health check | a command the Engine runs in a container from time to time, to tell whether its service works |
# | 重启策略 | restart policy | whether and when the Engine starts a container again after it exits (`--restart`) |
#
# Translations the course avoids, because they confuse:
#
# | avoid | write |
# |---|---|
# | 映像 | 镜像 |
# | 集装箱 | 容器 |
# | 存储库 | 仓库 |
# | 注册表 | 镜像仓库 |
# | 卷 (alone) | 数据卷 |
#
# Also, the label of `--label` is not a tag (标签); the course leaves "label" untranslated.

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 这一部分给想用 Python 写程序的人看，跳过它不影响后面的学习。
#
# docker-py 是 Docker 官方的 Python 库，它向引擎发出和 `docker` 命令一样的请求。
# `docker version` 在 docker-py 里是 `client.version()`：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# This part is for those who want to write programs in Python; skipping it costs you nothing
# later on.
#
# docker-py is Docker's Python library: it sends the Engine the same requests as the `docker`
# command. `docker version` is `client.version()` in docker-py:

# %%
import docker

client = docker.from_env()
version = client.version()
print(f"Docker Engine {version['Version']} answers, on {version['Os']}/{version['Arch']}")

# %% [markdown] lang="zh"
# dockerlab 建立在 docker-py 之上。`dl.doctor()` 返回 `dockerlab doctor` 的表格，
# 它同时是一个 pandas DataFrame：`ok` 一列是真假值，可以直接计数：

# %% [markdown] lang="en"
# dockerlab builds on docker-py. `dl.doctor()` returns `dockerlab doctor`'s table, and it is
# also a pandas DataFrame: its `ok` column holds true/false values, ready to count:

# %% tags=["nbval-ignore-output"]
report = dl.doctor()
report

# %%
print(f"{int(report['ok'].sum())} of {len(report)} checks passed")

# %% [markdown] lang="zh"
# `dl.progress()` 是 `dockerlab progress` 的表格；`dl.solution("00.1")` 显示一个练习的参考答案
# （只显示，不运行）：

# %% [markdown] lang="en"
# `dl.progress()` is `dockerlab progress`'s table; `dl.solution("00.1")` shows an exercise's
# solution (shows it; it does not run it):

# %%
dl.progress("00")

# %%
dl.solution("00.1")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb00-` 开头的）。你的练习（`ex00-…`）和你自己的东西都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb00-`). Your exercises
# (`ex00-…`) and your own things are not touched:

# %%
dl.finish("00")

# %% [markdown] lang="zh"
# 下一节：一个镜像可以创建多个容器，镜像由层组成，镜像仓库里存放着仓库（repository）和标签（tag）。
# 见 [01 镜像、容器和仓库](01-images-containers-repositories.ipynb)。

# %% [markdown] lang="en"
# Next: [01 Images, containers, repositories](01-images-containers-repositories.ipynb): one
# image makes many containers, images are made of layers, and a registry holds repositories
# and tags.
