# %% [markdown] lang="zh"
# # 01 · 镜像、容器和仓库
#
# **学完这一节，你能够：**
#
# - 从一个镜像（image）运行多个容器（container），说清镜像和容器的关系；
# - 用 `docker history` 和 `docker image inspect` 看一个镜像由哪些层组成，读懂 `0B` 的行和 `<missing>`；
# - 用 `docker diff` 看容器的可写层（writable layer），用 `docker commit` 把它变成一个新镜像；
# - 说出容器里的 root 是谁，以及 `docker` 用户组意味着什么；
# - 用 `docker tag`、`docker push`、`docker pull` 在镜像仓库（registry）里存取镜像，
#   说清镜像仓库、仓库（repository）和标签（tag）是什么关系。
#
# **时间：** {{minutes}}
#
# **先学过：** 00（从这里开始）：Docker 引擎（Engine）能用，课程工具包已就绪（`dockerlab doctor` 全是 ✓）。
# 不需要会 Python。本节要在终端里输入命令；用到 `curl` 和 `jq` 两个命令行工具。
#
# 这一节会先用到几个后面才细讲的命令（`docker run`、`docker ps`、`docker rmi` 等）。
# 每个命令第一次出现时，都有一句话说明它做什么，以及在哪一节细讲。

# %% [markdown] lang="en"
# # 01 · Images, containers and repositories
#
# **When you finish this notebook, you can:**
#
# - run several containers from one image, and say how images and containers relate;
# - see which layers an image is made of with `docker history` and `docker image inspect`, and
#   read its `0B` rows and `<missing>`;
# - see a container's writable layer with `docker diff`, and turn it into a new image with
#   `docker commit`;
# - say who root in a container is, and what the `docker` group means;
# - store images in a registry and get them back with `docker tag`, `docker push` and
#   `docker pull`, and explain "registry → repository → tag".
#
# **Time:** {{minutes}}
#
# **Before this:** 00 (start here): the Docker Engine works and the course kit is ready
# (`dockerlab doctor` shows ✓ everywhere). No Python needed. You type commands in a terminal;
# two command-line tools are used, `curl` and `jq`.
#
# This notebook uses a few commands early that later notebooks teach in full (`docker run`,
# `docker ps`, `docker rmi`, …). Each time one first appears, one sentence says what it does
# and where it is taught.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## 镜像和容器
# >
# > 容器是镜像的一个实例。 容器是用镜像创建的运行实例。它可以被启用，开始，停止，删除，每个容器都是相互隔离的，保证平台的安全。
# > 我们可以把容器看成一个简易版的linux环境，包括root用户权限，进程空间，用户空间和网络空间，还有运行在其中的应用程序。
# >
# > ## 仓库repository
# >
# > 仓库是集中**存放镜像**文件的场所。
# >
# > 仓库和仓库注册服务器(Registry)是有区别的，仓库注册服务器上往往有多个仓库，每个仓库又还有多个镜像，每个镜像又有不同的tag。
# >
# > 仓库分为公开和私有
# >
# > 公开的 docker hub 阿里云，网易云。
# >
# > ## 镜像，容器，仓库 相互关系
# >
# > Docker 本身是一个容器运行载体或称之为管理引擎。
# >
# > 我们把打包好的应用程序和环境配置依赖形成一个可交付的运行环境，这个打包好的运行环境就类似一个image镜像文件。
# >
# > 只有通过这个镜像文件才能生成docker容器，image文件可以看做是容器的模板，docker根据image文件生成一个容器实例或者多个实例。
# >
# > image文件生成的容器实例，本身也是一个文件，称为镜像文件。
# >
# > 仓库可以用来存放镜像，需要的时候直接拉取。

# %% [markdown] lang="zh"
# 笔记的大框架是对的：镜像（image）是模板，容器（container）是从镜像创建的实例，
# 镜像仓库（registry）里存放着仓库（repository），仓库里的镜像用标签（tag）区分。
# 这一节在引擎上逐条验证，并更正四处：
#
# 1. 容器**不是**“一个镜像文件”。容器 = 镜像的只读层 + 它自己的一层可写层（writable layer）；
# 2. 容器里的“root用户权限”不是一个无害的细节：默认情况下，容器里的 root 就是宿主机上的 root；
# 3. 公开和私有是仓库的属性，不是哪家公司的属性；阿里云、网易云既提供过镜像仓库，也提供过镜像加速器（registry mirror）；
# 4. 镜像由层（layer）组成，但不是 Dockerfile 的每一步都产生一层。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# The notes have the big picture right: an image is a template, a container is an instance
# made from an image, and a registry holds repositories whose images are told apart by tags.
# This notebook checks each claim on the Engine, and corrects four things:
#
# 1. A container is **not** "an image file". A container is the image's read-only layers plus
#    one writable layer of its own.
# 2. The "root privileges" in a container are not a harmless detail: by default, root in a
#    container is root on the host.
# 3. Public and private describe repositories, not companies; Aliyun and NetEase offered both
#    registries and registry mirrors.
# 4. An image is made of layers, but not every step of a Dockerfile makes a layer.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("01", language="zh")

# %% [markdown] lang="zh"
# ## 镜像
#
# `docker images` 列出引擎上的镜像（06 细讲）。后面跟一个名字，就只列出这个仓库的镜像。
# 课程工具包在这台机器上构建（build）了 `dockerlab/hello-world`，它相当于 Docker Hub 上的 `hello-world`：

# %% [markdown] lang="en"
# ## An image
#
# `docker images` lists the images on the Engine (06 teaches it). Followed by a name, it lists
# only that repository's images. The course kit built `dockerlab/hello-world` on this machine,
# the course's stand-in for Docker Hub's `hello-world`:

# %%
%%bash
docker images dockerlab/hello-world

# %% [markdown] lang="zh"
# 每一行是一个镜像：仓库名（REPOSITORY）、标签（TAG）、镜像 ID（IMAGE ID）、创建时间（CREATED）和大小（SIZE）。
# 镜像就是笔记说的“打包好的运行环境”：一组只读的文件，加上一份配置，
# 比如容器启动时默认运行的命令。
#
# ## 镜像由层组成
#
# 镜像的文件不是一整块，而是一层一层叠起来的，每一层记录相对下一层的变化。
# `docker history` 列出镜像的构建历史，最新的在最上面：

# %% [markdown] lang="en"
# Each row is one image: its repository, its tag, its ID, when it was created, and its size.
# An image is what the notes call "a packaged runtime environment": a set of read-only files,
# plus a configuration, such as the command a container runs by default.
#
# ## An image is made of layers
#
# An image's files are not one block: they are layers stacked on each other, each holding the
# changes from the layer below. `docker history` lists how the image was built, newest first:

# %%
%%bash
docker history dockerlab/hello-world

# %% [markdown] lang="zh"
# 每一行对应构建镜像时 Dockerfile（镜像的构建脚本）里的一条指令。`dockerlab/hello-world` 是在
# `dockerlab/busybox` 上构建的，所以下面六行来自 busybox 的 Dockerfile，上面三行来自它自己的：
#
# ```dockerfile
# # dockerlab/busybox                          # dockerlab/hello-world
# FROM scratch                                 FROM dockerlab/busybox
# COPY busybox /bin/busybox                    COPY hello.txt /hello.txt
# COPY etc/ /etc/                              CMD ["cat", "/hello.txt"]
# RUN ["/bin/busybox", "sh", "-c", "..."]
# ENV PATH=/usr/local/bin:/bin
# CMD ["sh"]
# ```
#
# （每个镜像最上面的 `LABEL` 行，是工具包构建时给镜像加上的 label。）
#
# 常听到一种说法：“Dockerfile 每一步产生一层”。这不完全对。注意 SIZE 列：`CMD`、`ENV`、`LABEL` 这几行是 `0B`。
# 它们只改镜像的配置，不改文件，所以不产生层。产生层的是 `COPY`、`ADD`、`RUN` 这些改变文件的指令。
# 数一数历史有几行、镜像真正有几层。`docker image inspect` 打印镜像的全部信息（一段 JSON），
# `--format` 从中取出一个字段（07 对容器用同样的办法）：

# %% [markdown] lang="en"
# Each row is one instruction of the Dockerfile (the image's build script) that built the
# image. `dockerlab/hello-world` is built on `dockerlab/busybox`, so the lower six rows come
# from busybox's Dockerfile and the upper three from its own:
#
# ```dockerfile
# # dockerlab/busybox                          # dockerlab/hello-world
# FROM scratch                                 FROM dockerlab/busybox
# COPY busybox /bin/busybox                    COPY hello.txt /hello.txt
# COPY etc/ /etc/                              CMD ["cat", "/hello.txt"]
# RUN ["/bin/busybox", "sh", "-c", "..."]
# ENV PATH=/usr/local/bin:/bin
# CMD ["sh"]
# ```
#
# (The `LABEL` row at the top of each image is a label the kit gives the image when it builds it.)
#
# A common saying is "each step of a Dockerfile makes a layer". Not quite. Look at the
# SIZE column: the `CMD`, `ENV` and `LABEL` rows are `0B`. They change the image's
# configuration, not its files, so they make no layer. The instructions that make layers are
# those that change files: `COPY`, `ADD`, `RUN`. Count the history rows and the image's real layers.
# `docker image inspect` prints everything about an image (a JSON document), and `--format`
# picks one field out of it (07 does the same for containers):

# %%
%%bash
echo "history rows: $(docker history -q dockerlab/hello-world | wc -l)"
docker image inspect --format 'layers: {{len .RootFS.Layers}}' dockerlab/hello-world

# %% [markdown] lang="zh"
# 9 行历史，4 层：busybox 的两个 `COPY` 和一个 `RUN`，加上 hello-world 的一个 `COPY`。
#
# 每一层由它内容的摘要（digest，`sha256:…`）来识别。hello-world 的前三层就是 busybox 的三层，
# 完全相同，所以在磁盘上只存一份：在 busybox 上构建十个镜像，也不会有十份 busybox。

# %% [markdown] lang="en"
# 9 history rows, 4 layers: busybox's two `COPY`s and its `RUN`, plus hello-world's `COPY`.
#
# Each layer is known by the digest of its content (`sha256:…`). hello-world's first three
# layers are busybox's three, identical, so they are stored on disk once: ten images built on
# busybox do not hold ten copies of it.

# %%
%%bash
echo "dockerlab/busybox:"
docker image inspect --format '{{range .RootFS.Layers}}{{.}}{{println}}{{end}}' dockerlab/busybox
echo "dockerlab/hello-world:"
docker image inspect --format '{{range .RootFS.Layers}}{{.}}{{println}}{{end}}' dockerlab/hello-world

# %% [markdown] lang="zh"
# 再看历史里的 IMAGE 列：这里每行都有一个 ID，因为这些镜像是在这个引擎上一步一步构建的，
# 每一步都留下了一个中间镜像。如果课程工具包是用 `dockerlab kit load` 从文件载入的，
# 有些行会显示 `<missing>`。本节最后拉取（pull）镜像时，你会看到原因。
#
# ## 一个镜像，多个容器
#
# `docker run` 从镜像创建一个容器并启动它（07 细讲），`--name` 给容器起名字。
# 从同一个镜像运行两个容器：

# %% [markdown] lang="en"
# The IMAGE column of the history: every row here has an ID, because these images were built
# on this Engine, and each build step left an intermediate image. On other machines (or when
# the kit was loaded from a file with `dockerlab kit load`) some rows show `<missing>`; you will
# see why when you pull an image at the end of this notebook.
#
# ## One image, many containers
#
# `docker run` creates a container from an image and starts it (07 teaches it); `--name` names
# the container. Two containers from the same image:

# %%
%%bash
docker run --name nb01-first dockerlab/hello-world

# %% [markdown] lang="zh"
# 第二个容器输出相同，`> /dev/null` 把输出丢掉：

# %% [markdown] lang="en"
# The second container prints the same; `> /dev/null` throws its output away:

# %%
%%bash
docker run --name nb01-second dockerlab/hello-world > /dev/null

# %% [markdown] lang="zh"
# `docker ps -a` 列出所有容器，包括已经停止的（07 细讲）。`--filter name=nb01-` 只列出名字里含
# `nb01-` 的容器，`--format` 只打印指定的列。这样输出里只有本节的容器，不管你的引擎上还有什么：

# %% [markdown] lang="en"
# `docker ps -a` lists all containers, stopped ones included (07 teaches it).
# `--filter name=nb01-` keeps the containers whose name contains `nb01-`, and `--format`
# prints only the columns you ask for. So the output shows this notebook's containers only,
# whatever else your Engine holds:

# %%
%%bash
docker ps -a --filter name=nb01- --format 'table {{.Names}}\t{{.ID}}\t{{.Image}}\t{{.Status}}'

# %% [markdown] lang="zh"
# 两个容器，两个不同的 ID，同一个镜像。它们都是 `Exited (0)`：容器里的程序（`cat /hello.txt`）
# 运行完就结束了，容器随之停止。停止的容器还在，直到你删除它（`docker rm`，07 讲）。
#
# ### 每个容器都是相互隔离的
#
# 在一个容器里写一个文件、删一个文件。`sh -c '…'` 让容器里的 shell 运行引号里的几条命令：

# %% [markdown] lang="en"
# Two containers, two different IDs, one image. Both are `Exited (0)`: the program in the
# container (`cat /hello.txt`) ran to its end, and the container stopped with it. A stopped
# container stays until you remove it (`docker rm`, in 07).
#
# ### Every container is isolated
#
# Write a file and delete a file in one container. `sh -c '…'` makes the shell in the
# container run the commands in the quotes:

# %%
%%bash
docker run --name nb01-writer dockerlab/busybox sh -c 'echo hello > /greeting.txt; rm /etc/group; cat /greeting.txt'

# %% [markdown] lang="zh"
# 从同一个镜像再运行一个容器，它看不到这个文件。`--rm` 让容器结束后自动删除（07 讲）。
# 这个单元格预期会失败（它带有 `raises-exception` 标记，所以“全部运行”不会停在这里）：

# %% [markdown] lang="en"
# Another container from the same image does not see that file. `--rm` removes the container
# when it ends (07 teaches it). This cell is meant to fail (it is tagged `raises-exception`,
# so Run All goes on past it):

# %% tags=["raises-exception"]
%%bash
docker run --rm dockerlab/busybox cat /greeting.txt

# %% [markdown] lang="zh"
# 进程也是隔离的。`ps` 列出容器里能看到的所有进程：只有它自己，而且它是 1 号进程（PID 1）。
# 宿主机上的其他进程，容器里看不到：

# %% [markdown] lang="en"
# Processes are isolated too. `ps` lists every process the container can see: only itself,
# and it is process number 1 (PID 1). The host's other processes are invisible in here:

# %%
%%bash
docker run --rm dockerlab/busybox ps

# %% [markdown] lang="zh"
# 这种隔离靠的是 Linux 内核的命名空间（namespace）：每个容器有自己的一套进程编号、主机名，
# 还有自己的网络（network，包括网卡、IP 地址和端口，课程后面细讲）。
# 笔记说的“进程空间，用户空间和网络空间”，指的就是这些命名空间。
# 但“用户空间”要打个问号：默认情况下，容器**没有**自己的用户命名空间。
# 这意味着什么，下面“容器里的 root 是谁？”会看到。
#
# ## 容器 = 镜像 + 可写层
#
# 笔记说：“image文件生成的容器实例，本身也是一个文件，称为镜像文件”。这句话不对。
# 容器不是一个文件，也不是镜像的复制品。容器由三部分组成：
#
# - 镜像的所有只读层，和其他容器共用，谁也改不了；
# - 一层属于它自己的**可写层**：容器里的一切改动都写在这一层；
# - 一份配置和状态：名字、要运行的命令、运行中的进程等。
#
# `docker diff` 列出可写层里的改动：

# %% [markdown] lang="en"
# This isolation comes from the Linux kernel's namespaces: each container has its own process
# numbers, its own host name, and its own network (network interfaces, IP addresses and ports;
# later in the course). What the notes call "process space, user space and network space" are
# these namespaces. But put a question mark on "user space": by default, a container has **no**
# user namespace of its own. What that means, "Who is root in a container?" below shows.
#
# ## A container is an image plus a writable layer
#
# The notes say: "image文件生成的容器实例，本身也是一个文件，称为镜像文件" (the container made
# from an image file is itself a file, also called an image file). That is not right. A
# container is neither a file nor a copy of its image. It is made of three things:
#
# - all of the image's read-only layers, shared with other containers, changed by none;
# - one **writable layer** of its own: everything the container changes goes there;
# - a configuration and a state: its name, the command it runs, its running process, …
#
# `docker diff` lists the changes in the writable layer:

# %%
%%bash
docker diff nb01-writer | sort -k2

# %% [markdown] lang="zh"
# `A` 是新增（added），`C` 是改变（changed，这里是内容变了的目录），`D` 是删除（deleted）。
# 引擎列出改动的顺序不固定，`sort -k2` 按路径排序。
#
# 删除 `/etc/group` 也只是在可写层里记了一笔“这个文件删掉了”，镜像本身没有变。
# 从同一个镜像新建的容器里，`/etc/group` 还在：

# %% [markdown] lang="en"
# `A` is added, `C` changed (here, directories whose contents changed), `D` deleted. The
# Engine lists changes in no fixed order; `sort -k2` sorts them by path.
#
# Deleting `/etc/group` only noted "this file is gone" in the writable layer; the image did
# not change. A new container from the same image still has `/etc/group`:

# %%
%%bash
docker run --rm dockerlab/busybox ls /etc/group

# %% [markdown] lang="zh"
# `docker ps -s`（size）显示每个容器可写层的大小，括号里的 virtual 是可写层加上镜像的大小。
# 只有 `nb01-writer` 写了东西：

# %% [markdown] lang="en"
# `docker ps -s` (size) shows the size of each container's writable layer; "virtual" in
# brackets is the writable layer plus the image. Only `nb01-writer` wrote anything:

# %%
%%bash
docker ps -a -s --filter name=nb01- --format 'table {{.Names}}\t{{.Size}}'

# %% [markdown] lang="zh"
# 可写层跟着容器走：容器停止了，它还在；`docker rm` 删除容器时，可写层一起删除。
#
# ## `docker commit`：把可写层变成新镜像
#
# `docker commit 容器 新镜像名` 把容器的可写层存成一个新的只读层，放在原镜像的层上面，
# 得到一个新镜像。它打印新镜像的 ID：

# %% [markdown] lang="en"
# The writable layer goes with the container: it stays while the container is stopped, and
# `docker rm` deletes it together with the container.
#
# ## `docker commit`: a writable layer becomes an image
#
# `docker commit CONTAINER NEW-IMAGE` saves the container's writable layer as a new read-only
# layer on top of the image's layers, which makes a new image. It prints the new image's ID:

# %%
%%bash
docker commit nb01-writer nb01/snapshot:v1

# %% [markdown] lang="zh"
# 新镜像的历史：busybox 的六行，上面多了一行，就是 `nb01-writer` 的可写层，
# 它的 CREATED BY 是那个容器运行的命令：

# %% [markdown] lang="en"
# The new image's history: busybox's six rows, with one more on top, which is `nb01-writer`'s
# writable layer; its CREATED BY is the command that container ran:

# %%
%%bash
docker history nb01/snapshot:v1
docker image inspect --format 'layers: {{len .RootFS.Layers}}' nb01/snapshot:v1

# %% [markdown] lang="zh"
# busybox 的 3 层加 1 层，共 4 层。用新镜像运行一个容器，`/greeting.txt` 已经在里面了：

# %% [markdown] lang="en"
# Busybox's 3 layers plus 1: 4 layers. A container of the new image already has
# `/greeting.txt`:

# %%
%%bash
docker run --rm nb01/snapshot:v1 cat /greeting.txt

# %% [markdown] lang="zh"
# `docker commit` 也记下了容器的配置：新镜像的默认命令就是 `nb01-writer` 运行的那条命令。
# 想换一个默认命令，可以用 `docker commit --change 'CMD [...]'`（练习 01.2 会用到）：

# %% [markdown] lang="en"
# `docker commit` also keeps the container's configuration: the new image's default command is
# the command `nb01-writer` ran. `docker commit --change 'CMD [...]'` sets another one (you
# will use it in exercise 01.2):

# %%
%%bash
docker image inspect --format 'default command: {{.Config.Cmd}}' nb01/snapshot:v1

# %% [markdown] lang="zh"
# 实际工作中，镜像用 Dockerfile 和 `docker build` 构建（课程后面讲），因为 Dockerfile 记下了每一步，
# 可以重复构建。`docker commit` 适合用来理解镜像是什么，或者临时保存一个容器的现场。
#
# ## 容器里的 root 是谁？
#
# 笔记说容器里包括“root用户权限”。这是真的，而且值得仔细看看。`id` 打印当前用户：

# %% [markdown] lang="en"
# In real work, images are built with a Dockerfile and `docker build` (later in the course),
# because a Dockerfile records every step and can build again. `docker commit` is for seeing
# what an image is, or for saving a container's state in a hurry.
#
# ## Who is root in a container?
#
# The notes say a container includes "root用户权限" (root privileges). True, and worth a close
# look. `id` prints the current user:

# %%
%%bash
docker run --rm dockerlab/busybox id

# %% [markdown] lang="zh"
# UID 0，也就是 root。这个 root 和宿主机上的 root 是什么关系？从宿主机上看一看容器里的进程。
# 这需要一个一直在运行的容器：`-d` 让容器在后台运行，打印它的 ID（08 细讲）；`sleep 600` 让它运行十分钟。

# %% [markdown] lang="en"
# UID 0: root. How does this root relate to root on the host? Look at a container's process
# from the host. That needs a container that keeps running: `-d` runs it in the background
# and prints its ID (08 teaches it); `sleep 600` keeps it running for ten minutes.

# %%
%%bash
docker run -d --name nb01-sleeper dockerlab/busybox sleep 600

# %% [markdown] lang="zh"
# `docker top` 列出容器里的进程，列的是宿主机上的进程信息（08 细讲）。
# PID 是这个进程在宿主机上的编号，每次运行都不同（所以测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# `docker top` lists the processes in a container, as the host sees them (08 teaches it).
# PID is the process's number on the host, different on every run (so the tests do not compare
# this cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
docker top nb01-sleeper

# %% [markdown] lang="zh"
# 用宿主机自己的 `ps` 再看一次。`docker inspect --format '{{.State.Pid}}'` 给出容器主进程（main process）在宿主机上的 PID。
# （如果你用的是 Docker Desktop，引擎运行在一个虚拟机里，你的电脑上看不到这个进程，这个单元格会说明这一点。）

# %% [markdown] lang="en"
# Look again with the host's own `ps`. `docker inspect --format '{{.State.Pid}}'` gives the
# host PID of the container's main process. (With Docker Desktop, the Engine runs in a
# virtual machine and your computer cannot see the process; the cell then says so.)

# %%
%%bash
pid=$(docker inspect --format '{{.State.Pid}}' nb01-sleeper)
ps -o user=,args= -p "$pid" || echo "this computer cannot see the process: the Engine runs in a virtual machine"

# %% [markdown] lang="zh"
# 在宿主机看来，这个进程的用户就是 root。容器共用宿主机的内核，内核只认 UID：容器里的 UID 0
# 就是宿主机上的 UID 0。只有开启了用户命名空间（user namespace，`dockerd --userns-remap`），
# 或者引擎以 rootless 模式运行时，容器里的 root 才会映射成宿主机上的一个普通用户。这个引擎是哪一种？

# %% [markdown] lang="en"
# To the host, this process's user is root. Containers share the host's kernel, and the
# kernel only knows UIDs: UID 0 in a container is UID 0 on the host. Only with user namespaces
# on (`dockerd --userns-remap`), or with the Engine in rootless mode, does root in a container
# map to an ordinary user on the host. Which is this Engine?

# %%
%%bash
if docker info --format '{{.SecurityOptions}}' | grep -qE 'userns|rootless'; then
  echo "user namespaces are on: root in a container is an ordinary user on the host"
else
  echo "user namespaces are off: root in a container is root on the host"
fi

# %% [markdown] lang="zh"
# 容器里的 root 受到限制：命名空间、被去掉的一部分能力（capability）、seccomp 过滤。它平时碰不到宿主机的文件。
# 但只要有人把宿主机的目录交给它，它就以 root 的身份读写。`-v 宿主机路径:容器路径:ro`
# 把宿主机的一个目录挂载进容器（绑定挂载，bind mount，课程后面讲；`ro` 表示只读）。
# `/etc/shadow` 保存着宿主机用户的密码哈希，只有 root 能读。下面只读它的前 5 个字符：

# %% [markdown] lang="en"
# Root in a container is restricted (namespaces, dropped capabilities, seccomp filters) and
# cannot normally reach the host's files. But once someone hands it a host directory, it reads
# and writes there as root. `-v HOST-PATH:CONTAINER-PATH:ro` mounts a host directory into the
# container (a bind mount, later in the course; `ro` means read-only). `/etc/shadow` holds the
# host's password hashes, and only root may read it. Read its first 5 characters only:

# %%
%%bash
docker run --rm -v /etc:/host-etc:ro dockerlab/busybox head -c 5 /host-etc/shadow
echo

# %% [markdown] lang="zh"
# 谁能执行 `docker run`，谁就能这样做。所以：
#
# - **`docker` 用户组等于 root。** 把一个用户加进 `docker` 组（安装说明里常见的
#   `sudo usermod -aG docker $USER`），就是让他不用密码也能获得宿主机的 root 权限。只把信任的人加进去。
#   02 会讲为什么：`docker` 命令通过一个套接字（socket）和引擎通信，能用这个套接字的人就能指挥引擎。
# - **让容器以普通用户运行。** `docker run --user`（或 Dockerfile 里的 `USER`）指定容器里的用户：

# %% [markdown] lang="en"
# Whoever can run `docker run` can do this. So:
#
# - **The `docker` group is root.** Adding a user to the `docker` group (the
#   `sudo usermod -aG docker $USER` of many install guides) gives them root on the host, with
#   no password. Add only people you trust. 02 shows why: the `docker` command talks to the
#   Engine through a socket, and whoever can use that socket commands the Engine.
# - **Run containers as an ordinary user.** `docker run --user` (or `USER` in a Dockerfile)
#   chooses the user in the container:

# %%
%%bash
docker run --rm --user 1000:1000 dockerlab/busybox id

# %% [markdown] lang="zh"
# ## 镜像仓库 → 仓库 → 标签
#
# 笔记把层次说对了：一个镜像仓库（registry，笔记里叫“仓库注册服务器”）是一台服务器，上面有多个仓库
# （repository）；一个仓库里的镜像用标签（tag）区分。一个镜像的完整名字就包含这三部分：
#
# ```
# 127.0.0.1:5000/dockerlab/busybox:latest
# └──镜像仓库──┘ └─────仓库──────┘ └标签┘
# ```
#
# - 名字里没有镜像仓库地址时，就是 Docker Hub（`docker.io`）：`busybox` 等于 `docker.io/library/busybox`；
# - 没有标签时，就是 `latest`。`latest` 只是默认的标签名，不代表“最新”（06 细讲）。
#
# 这门课有自己的镜像仓库，运行在这台机器上，地址在 `$REGISTRY` 里
# （`dl.begin` 设好了它；在终端里用 `dockerlab kit status` 查看，再 `export REGISTRY=127.0.0.1:5000`）：

# %% [markdown] lang="en"
# ## Registry → repository → tag
#
# The notes have the hierarchy right: a registry (the notes' "仓库注册服务器") is a server
# holding many repositories, and the images in a repository are told apart by tags. An image's
# full name holds all three:
#
# ```
# 127.0.0.1:5000/dockerlab/busybox:latest
# └─registry───┘ └───repository──┘ └─tag┘
# ```
#
# - With no registry address in the name, the registry is Docker Hub (`docker.io`): `busybox`
#   is `docker.io/library/busybox`;
# - with no tag, the tag is `latest`. `latest` is only the default tag name; it does not
#   mean "newest" (06 says more).
#
# This course has its own registry, running on this machine, at the address in `$REGISTRY`
# (`dl.begin` set it; in a terminal, look it up with `dockerlab kit status`, then
# `export REGISTRY=127.0.0.1:5000`):

# %%
%%bash
echo "the course registry: $REGISTRY"

# %% [markdown] lang="zh"
# 镜像仓库本身也有一套 HTTP 接口（Registry API v2），`curl` 可以直接问它。`/v2/_catalog` 列出所有仓库，
# `jq` 把 JSON 拆成一行一个，`grep` 只留下工具包的仓库：

# %% [markdown] lang="en"
# A registry has an HTTP API of its own (the Registry API v2), and `curl` can ask it directly.
# `/v2/_catalog` lists every repository; `jq` turns the JSON into one name per line, and `grep`
# keeps the kit's repositories:

# %%
%%bash
curl -s http://$REGISTRY/v2/_catalog | jq -r '.repositories[]' | grep '^dockerlab/'

# %% [markdown] lang="zh"
# `/v2/仓库名/tags/list` 列出一个仓库的标签：

# %% [markdown] lang="en"
# `/v2/REPOSITORY/tags/list` lists one repository's tags:

# %%
%%bash
curl -s http://$REGISTRY/v2/dockerlab/busybox/tags/list
echo

# %% [markdown] lang="zh"
# （`docker search` 用的是 Docker Hub 的搜索接口，这样的镜像仓库不支持它，06 会讲。）
#
# ### 推送（push）
#
# 要把镜像推送到一个镜像仓库，镜像的名字要以这个镜像仓库的地址开头。`docker tag 镜像 新名字`
# 给镜像再起一个名字，不复制任何东西：两个名字，同一个镜像 ID：

# %% [markdown] lang="en"
# (`docker search` uses Docker Hub's search API, which registries like this one do not offer;
# 06 explains.)
#
# ### Push
#
# To push an image to a registry, the image's name must start with that registry's address.
# `docker tag IMAGE NEW-NAME` gives an image one more name and copies nothing: two names, one
# image ID:

# %%
%%bash
docker tag nb01/snapshot:v1 $REGISTRY/nb01/snapshot:v1
docker images --format '{{.Repository}}:{{.Tag}}  {{.ID}}' | grep nb01/snapshot | sort

# %% [markdown] lang="zh"
# `docker push` 把镜像推送到它名字里的镜像仓库。它一层一层地推送：镜像仓库里已经有的层
# （busybox 的三层）不再上传，显示 `Layer already exists` 或 `Mounted from …`；
# 只有新的那一层显示 `Pushed`。最后一行是镜像仓库给这个镜像清单（manifest）算出的摘要。
# 这几行的顺序和措辞每次可能不同，所以测试不比较这个单元格的输出：

# %% [markdown] lang="en"
# `docker push` pushes the image to the registry in its name, layer by layer: layers the
# registry already has (busybox's three) are not uploaded again and show `Layer already exists`
# or `Mounted from …`; only the new layer shows `Pushed`. The last line is the digest the
# registry computed for the image's manifest. The order and wording of these lines can change
# from run to run, so the tests do not compare this cell's output:

# %% tags=["nbval-ignore-output"]
%%bash
docker push $REGISTRY/nb01/snapshot:v1

# %% [markdown] lang="zh"
# 现在镜像仓库里有了仓库 `nb01/snapshot`，标签 `v1`：

# %% [markdown] lang="en"
# The registry now has a repository `nb01/snapshot` with a tag `v1`:

# %%
%%bash
curl -s http://$REGISTRY/v2/nb01/snapshot/tags/list
echo

# %% [markdown] lang="zh"
# ### 拉取（pull）
#
# 笔记说“仓库可以用来存放镜像，需要的时候直接拉取”。先在本地删掉这个镜像的两个名字
# （`docker rmi`，06 细讲）。名字都没了，镜像也就删除了；busybox 的层还被别的镜像用着，留下：

# %% [markdown] lang="en"
# ### Pull
#
# The notes say "a repository stores images, to pull directly when needed". First remove both
# local names of the image (`docker rmi`, taught in 06). With no name left, the image is
# deleted; busybox's layers are used by other images and stay:

# %%
%%bash
docker rmi nb01/snapshot:v1 $REGISTRY/nb01/snapshot:v1

# %% [markdown] lang="zh"
# 再从镜像仓库拉取。`Already exists` 的三层是本地已有的 busybox 层，只有一层需要下载
# （这几行的顺序每次也可能不同，测试不比较这里的输出）：

# %% [markdown] lang="en"
# Then pull it from the registry. The three `Already exists` layers are busybox's, already
# here; only one layer is downloaded (these lines can vary from run to run too, so the tests
# do not compare this output):

# %% tags=["nbval-ignore-output"]
%%bash
docker pull $REGISTRY/nb01/snapshot:v1

# %% [markdown] lang="zh"
# 再看它的历史：

# %% [markdown] lang="en"
# Look at its history again:

# %%
%%bash
docker history $REGISTRY/nb01/snapshot:v1

# %% [markdown] lang="zh"
# 这就是 `<missing>`：拉取下来的镜像只带着它的层和每一步的历史记录，不带构建时的中间镜像。
# 只有最上面一行是这个镜像本身，有 ID；下面的行在这个引擎上没有对应的镜像，就显示 `<missing>`。
# 这不是出错，也不是缺了层：层都在（4 层），少的只是那些中间镜像的 ID。
# 从 Docker Hub 拉取的镜像，历史看起来都是这样。
#
# 从镜像仓库拉回来的镜像和推送前一样：

# %% [markdown] lang="en"
# This is `<missing>`: a pulled image brings its layers and the record of each build step, but
# not the intermediate images of its build. Only the top row is the image itself and has an
# ID; the rows below have no image on this Engine, so they show `<missing>`. Nothing is broken
# and no layer is missing (all 4 are there); only those intermediate images' IDs are absent.
# Images pulled from Docker Hub all show a history like this.
#
# The image pulled from the registry is the one that was pushed:

# %%
%%bash
docker run --rm $REGISTRY/nb01/snapshot:v1 cat /greeting.txt

# %% [markdown] lang="zh"
# ### 公开和私有
#
# 笔记说“仓库分为公开和私有，公开的 docker hub 阿里云，网易云”。更准确地说：
#
# - **公开或私有，是一个仓库（或一个镜像仓库的访问方式）的属性，不是哪家公司的属性。**
#   公开仓库谁都能拉取；私有仓库要先登录（`docker login 镜像仓库地址`）才能拉取。
#   Docker Hub 上既有公开仓库，也有私有仓库。
# - **阿里云、网易云当时提供两种不同的服务。** 一是镜像仓库服务：在它们的镜像仓库上建自己的仓库，
#   可以设为公开或私有，例如阿里云容器镜像服务（ACR），镜像名形如
#   `registry.cn-hangzhou.aliyuncs.com/命名空间/仓库:标签`；网易云也有过类似的镜像中心（`hub.c.163.com`）。
#   二是 Docker Hub 的镜像加速器：它只是 Docker Hub 的缓存，不是一个独立的镜像仓库。
#   笔记后面的“阿里云镜像加速配置”说的是第二种。
# - **私有镜像仓库也可以自己运行。** 这门课的镜像仓库就是一个：它运行的是开源的镜像仓库程序 Distribution
#   （Debian 的 `docker-registry` 软件包），只监听 `127.0.0.1`，只有这台机器能访问，所以不用登录。
#   很多公司内部的镜像仓库也是这样自己运行的。
#
# 从 2024 年起，在中国大陆访问 Docker Hub 和公共镜像加速器都不稳定。今天的情况和最稳妥的做法，见 04。
# 这门课的所有命令都不访问互联网。

# %% [markdown] lang="en"
# ### Public and private
#
# The notes say "repositories are public or private; public: docker hub, Aliyun, NetEase".
# More exactly:
#
# - **Public or private describes a repository (or how a registry is reached), not a
#   company.** Anyone may pull from a public repository; a private one needs a login first
#   (`docker login REGISTRY`). Docker Hub has both public and private repositories.
# - **Aliyun and NetEase offered two different services.** One was a registry service: your
#   own repositories on their registry, public or private, e.g. Aliyun's Container Registry
#   (ACR), with image names like `registry.cn-hangzhou.aliyuncs.com/NAMESPACE/REPOSITORY:TAG`;
#   NetEase Cloud had a similar image hub (`hub.c.163.com`). The other was a registry mirror
#   ("accelerator") for Docker Hub: only a cache of Docker Hub, not a registry of its own. The
#   notes' later "阿里云镜像加速配置" (Aliyun accelerator set-up) is the second kind.
# - **You can run a private registry yourself.** This course's registry is one: it runs the
#   open-source registry program Distribution (Debian's `docker-registry` package), listening
#   on `127.0.0.1` only, so only this machine reaches it and no login is needed. Many
#   companies run their internal registries themselves in the same way.
#
# Since 2024, Docker Hub and public registry mirrors have been unreliable from mainland China.
# The situation today, and the most reliable way around it, are in 04. No command in this
# course reaches the internet.

# %% [markdown] lang="zh"
# ## 小结
#
# | 笔记 | 引擎显示的 |
# |---|---|
# | 容器是镜像的一个实例 | 两个容器，两个 ID，一个镜像 |
# | 每个容器都是相互隔离的 | 一个容器里写的文件，另一个容器里没有；每个容器只看到自己的进程 |
# | image文件生成的容器实例，本身也是一个文件 | **不对**：容器是镜像的只读层加上它自己的可写层（`docker diff`） |
# | 包括root用户权限 | **对，而且就是宿主机的 root**，除非开启了用户命名空间；`docker` 组等于 root |
# | 仓库注册服务器 → 仓库 → tag | 镜像仓库 `$REGISTRY` → 仓库 `nb01/snapshot` → 标签 `v1` |
# | 仓库分为公开和私有 | 这是每个仓库的属性；课程的镜像仓库是这台机器上的一个私有镜像仓库 |
#
# ## 练习
#
# 每个练习和 00 里讲的一样：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示；最后是折叠的参考答案，先自己试试。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
#
# 练习用的名字都以 `ex01-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 01` 会删除它们。
#
# ### 练习 01.1：一个镜像，两个可写层
#
# 从 `dockerlab/busybox` 运行两个容器：`ex01-a` 创建文件 `/a.txt`（`touch /a.txt`），
# `ex01-b` 创建文件 `/b.txt`。然后用 `docker diff` 看每个容器的可写层里有什么。

# %% [markdown] lang="en"
# ## Summary
#
# | the notes | what the Engine showed |
# |---|---|
# | 容器是镜像的一个实例 | two containers, two IDs, one image |
# | 每个容器都是相互隔离的 | a file written in one container is not in another; each sees only its own processes |
# | image文件生成的容器实例，本身也是一个文件 | **no**: a container is the image's read-only layers plus its own writable layer (`docker diff`) |
# | 包括root用户权限 | **yes, and it is the host's root** unless user namespaces are on; the `docker` group is root |
# | 仓库注册服务器 → 仓库 → tag | registry `$REGISTRY` → repository `nb01/snapshot` → tag `v1` |
# | 仓库分为公开和私有 | a property of each repository; the course registry is a private one on this machine |
#
# ## Exercises
#
# Each exercise is laid out as in 00: the task; an empty `%%bash` cell for your commands; a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint; and a folded
# solution: try on your own first. In a freshly opened notebook, Run All shows the checks as
# "not yet": that is expected.
#
# The exercises' names all start with `ex01-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 01` removes them.
#
# ### Exercise 01.1: one image, two writable layers
#
# From `dockerlab/busybox`, run two containers: `ex01-a` creates the file `/a.txt`
# (`touch /a.txt`), and `ex01-b` creates `/b.txt`. Then see with `docker diff` what each
# container's writable layer holds.

# %%
%%bash
# 01.1: your commands here


# %%
dl.check("01.1")

# %% [markdown]
# {{solution 01.1}}

# %% [markdown] lang="zh"
# ### 练习 01.2：用 `docker commit` 做一个自己的镜像
#
# 从 `dockerlab/busybox` 运行一个名为 `ex01-greeter` 的容器，让它把一句你自己的问候写进 `/greeting.txt`。
# 然后用 `docker commit` 把它做成镜像 `ex01/greeting:v1`，并用
# `--change 'CMD ["cat", "/greeting.txt"]'` 把默认命令设成打印这个文件，
# 这样 `docker run --rm ex01/greeting:v1` 不带命令就会打印你的问候。
#
# 再比较 `docker history ex01/greeting:v1` 和 `docker history dockerlab/busybox`：多了哪一行？它有多大？

# %% [markdown] lang="en"
# ### Exercise 01.2: an image of your own with `docker commit`
#
# Run a container named `ex01-greeter` from `dockerlab/busybox` that writes a greeting of your
# own into `/greeting.txt`. Then make it an image `ex01/greeting:v1` with `docker commit`,
# with `--change 'CMD ["cat", "/greeting.txt"]'` to make printing that file its default
# command, so that `docker run --rm ex01/greeting:v1` with no command prints your greeting.
#
# Then compare `docker history ex01/greeting:v1` with `docker history dockerlab/busybox`: which
# row is new? How big is it?

# %%
%%bash
# 01.2: your commands here


# %%
dl.check("01.2")

# %% [markdown]
# {{solution 01.2}}

# %% [markdown] lang="zh"
# ### 练习 01.3：经过镜像仓库
#
# 把练习 01.2 的镜像推送到课程的镜像仓库，名字是 `$REGISTRY/ex01/greeting:v1`。
# 推送之后，删掉本地的 `$REGISTRY/ex01/greeting:v1` 这个名字，再从这个名字运行一个
# 名为 `ex01-from-registry` 的容器：本地没有这个名字了，`docker run` 会先从镜像仓库拉取它。
#
# 想一想：`docker run` 的输出里哪一行说明它去拉取了？`docker history $REGISTRY/ex01/greeting:v1`
# 里哪些行是 `<missing>`，为什么？

# %% [markdown] lang="en"
# ### Exercise 01.3: through the registry
#
# Push the image of exercise 01.2 to the course registry as `$REGISTRY/ex01/greeting:v1`.
# After the push, remove the local name `$REGISTRY/ex01/greeting:v1`, then run a container
# named `ex01-from-registry` from that name: with the name gone locally, `docker run` first
# pulls it from the registry.
#
# Think about it: which line of `docker run`'s output shows that it pulled? Which rows of
# `docker history $REGISTRY/ex01/greeting:v1` are `<missing>`, and why?

# %%
%%bash
# 01.3: your commands here


# %%
dl.check("01.3")

# %% [markdown]
# {{solution 01.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每一条命令都是发给引擎 API 的请求（02 会看到这些请求）。docker-py（Docker 官方的 Python 库）
# 发出同样的请求；dockerlab 再把回答变成和命令行一样的表格。它们让代码更短，但做的事和上面的命令一样。
#
# docker-py 里，镜像是一个对象，`history()` 是 `docker history`，`attrs` 是 `docker image inspect` 的 JSON：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every command above is a request to the Engine's API (02 shows these requests). docker-py
# (Docker's Python library) sends the same requests; dockerlab turns the answers into the
# CLI's tables. They make code shorter; they do what the commands above do.
#
# In docker-py an image is an object: `history()` is `docker history`, and `attrs` is the JSON
# of `docker image inspect`:

# %%
import docker

client = docker.from_env()
hello = client.images.get("dockerlab/hello-world")
rows, layers = len(hello.history()), len(hello.attrs["RootFS"]["Layers"])
print(f"{hello.tags[0]}: {rows} history rows, {layers} layers")

# %% [markdown] lang="zh"
# `docker diff` 是 `client.api.diff`，它返回的 `Kind` 是数字：0 是 `C`，1 是 `A`，2 是 `D`：

# %% [markdown] lang="en"
# `docker diff` is `client.api.diff`; the `Kind` it returns is a number: 0 is `C`, 1 is `A`,
# 2 is `D`:

# %%
for change in sorted(client.api.diff("nb01-writer"), key=lambda c: c["Path"]):
    print("CAD"[change["Kind"]], change["Path"])

# %% [markdown] lang="zh"
# dockerlab 的 `dl.history` 和 `dl.diff` 返回和命令行一样的表格，同时也是 pandas DataFrame，
# 可以继续筛选。例如只看大小不为 0 的行（在这个镜像里，正好是产生了层的那些步骤）：

# %% [markdown] lang="en"
# dockerlab's `dl.history` and `dl.diff` return the CLI's tables, which are also pandas
# DataFrames to filter further. For example, only the rows whose size is not 0 (in this image,
# exactly the steps that made a layer):

# %%
history = dl.history("dockerlab/hello-world")
with_files = history[history["size"] > 0]
print(f"{len(history)} steps, {len(with_files)} of them made a layer")

# %%
dl.diff("nb01-writer")

# %% [markdown] lang="zh"
# `dl.search` 读取镜像仓库的 `/v2/_catalog` 和标签列表，按 `docker search` 的列显示：

# %% [markdown] lang="en"
# `dl.search` reads a registry's `/v2/_catalog` and tag lists, in `docker search`'s columns:

# %%
dl.search("nb01/snapshot", registry=dl.kit.registry())

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb01-` 或 `nb01/` 开头的）。你的练习（`ex01-…`）和你自己的容器、镜像都不受影响。
# 镜像仓库里推送过的 `nb01/snapshot:v1` 留在镜像仓库里：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb01-` or `nb01/`). Your
# exercises (`ex01-…`) and your own containers and images are not touched. The pushed
# `nb01/snapshot:v1` stays in the registry:

# %%
dl.finish("01")

# %% [markdown] lang="zh"
# 下一节：[02 Docker 是怎么工作的](02-how-docker-works.ipynb)：客户端（client）和服务端（server），
# `docker` 命令背后的 HTTP 请求。

# %% [markdown] lang="en"
# Next: [02 How Docker works](02-how-docker-works.ipynb): the client and the server, and the
# HTTP requests behind every `docker` command.
