# %% [markdown] lang="zh"
# # 06 · 镜像命令
#
# **学完这一节，你能够：**
#
# - 用 `docker build` 构建（build）一个小镜像（image），用 `docker tag` 给它起更多的名字；
# - 用 `docker images` 列出镜像，并用 `-a`、`-q`、`--digests`、`--no-trunc` 和 `--filter` 得到需要的信息；
# - 说出笔记里 `docker search` 的 `-s` 和 `--automated` 为什么不能用了，改用 `--filter`；
#   没有 Docker Hub 时，查看自己的镜像仓库（registry）里有什么；
# - 用 `docker push` 和 `docker pull` 推送（push）、拉取（pull）镜像，知道不写标签（tag）时
#   用的是 `latest`，而 `latest` 不等于“最新”；
# - 用 `docker rmi` 删除镜像：一个、多个、正被容器（container）使用的，以及只属于本节的“全部”。
#
# **时间：** {{minutes}}
#
# **先学过：** 05（帮助命令）。这里用 `docker run` 运行一下镜像，容器命令在 07 细讲。

# %% [markdown] lang="en"
# # 06 · Image commands
#
# **When you finish this notebook, you can:**
#
# - build a small image with `docker build`, and give it more names with `docker tag`;
# - list images with `docker images`, and get what you need with `-a`, `-q`, `--digests`,
#   `--no-trunc` and `--filter`;
# - say why the notes' `docker search -s` and `--automated` no longer work, and use `--filter`
#   instead; without Docker Hub, see what your own registry holds;
# - push and pull images with `docker push` and `docker pull`, knowing that no tag means
#   `latest`, and that `latest` does not mean "the newest";
# - remove images with `docker rmi`: one, several, one a container uses, and "all" of this
#   lesson's, and only those.
#
# **Time:** {{minutes}}
#
# **Before this:** 05 (help commands). Here `docker run` just runs an image; container commands
# come in detail in 07.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## 镜像命令
# > -docker images 列出所有镜像
# >     - a 列出全部镜像 **含中间镜像层**
# >     - q 只显示全部镜像的id
# >     - qa 两者结合 返回ID
# >     - --digests 显示摘要信息
# >     - --no-trunc 显示完整的id 没有截取显示
# > - docker search xxxx
# >     - -s 30 根据星数超过30来筛选
# >     - --no-trunc 显示完整的description
# >     -  --automated 只列出自动构建类型的镜像
# >     - 三个可以结合使用
# > - docker pull xxx
# >     - docker pull xxx : 自定义tag名字
# >     - 如果不带tag制定特定版本，默认就是latest的版本
# > - docker rmi xxxx ：TAG
# >     - 如果没有标识tag版本，默认删除最新的latest
# >     - -f 镜像名
# >     - -f 删除多个 镜像1：TAG 镜像2：TAG 镜像名中间加空格
# >     - 删除全部 docker rmi -f $(docker images -qa)

# %% [markdown] lang="zh"
# 这四个命令都和镜像打交道：`docker images` 列出本机的镜像，`docker search` 在镜像仓库里搜索，
# `docker pull` 从镜像仓库下载，`docker rmi` 删除。笔记有几处要更正：
#
# - `docker search` 的 `-s` 和 `--automated` 已经从命令行中删除，现在用 `--filter`；
# - 不写标签时，用的是名叫 `latest` 的标签。`latest` 只是默认的名字，不一定是最新的版本；
# - `docker rmi -f` 能删除停止的容器正在用的镜像；运行中的容器正在用的镜像，加 `-f` 也删不掉；
# - “删除全部”那一行会删掉机器上的**所有**镜像，包括你自己的。这里只删除本节创建的镜像。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。
# 这个单元格会替 notebook 设好 `$REGISTRY`（课程镜像仓库的地址）；在终端里，先运行
# `export REGISTRY=127.0.0.1:5000`（或者 `dockerlab kit status` 显示的地址）。

# %% [markdown] lang="en"
# All four commands deal with images: `docker images` lists the images on this machine,
# `docker search` searches a registry, `docker pull` downloads from a registry, `docker rmi`
# removes. Some things in the notes need correcting:
#
# - `docker search`'s `-s` and `--automated` were removed from the CLI; `--filter` replaces them;
# - without a tag, Docker uses the tag named `latest`. `latest` is only the default name; it is
#   not necessarily the newest version;
# - `docker rmi -f` deletes an image a stopped container uses; an image a running container
#   uses cannot be deleted, even with `-f`;
# - the "delete all" line deletes **every** image on the machine, yours included. Here it deletes
#   this notebook's images only.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged. In a terminal, first run
# `export REGISTRY=127.0.0.1:5000` (or the address `dockerlab kit status` shows); the cell sets
# `$REGISTRY` for the notebook.

# %%
import dockerlab as dl

dl.begin("06", language="zh")

# %% [markdown] lang="zh"
# ## 先构建一个镜像：`docker build`
#
# 为了有东西可以列出、推送和删除，先构建几个自己的小镜像。镜像的内容写在 Dockerfile 里：
# `FROM` 说从哪个镜像开始；`RUN` 在构建时运行一条命令，它改动的文件成为一个新的镜像层（layer）；
# `CMD` 是容器默认运行的命令。Dockerfile 在第二部分（Part 2）的 10 专门讲，这里知道这三行就够了。
#
# `docker build -t 名字 -` 中，`-t`（tag）给新镜像起名字，最后的 `-` 表示从标准输入（stdin）读
# Dockerfile。`<<'EOF'` 和 `EOF` 之间的几行就是标准输入（shell 的 here document）。
# 本节的镜像都叫 `nb06/…`。
#
# 构建的输出取决于构建器（builder）。现在默认的构建器是 BuildKit，它的输出以 `#1`、`#2` 开头，
# 每一步几行。如果你的 docker 命令行没有 buildx 插件，它会改用旧的构建器（legacy builder）：
# 输出是 `Step 1/3 : FROM …`，前面还有一段 `DEPRECATED: The legacy builder is deprecated…`。
# 意思是旧构建器已经弃用，将来会删除；装上 buildx 插件，就会改用 BuildKit。
# 两种构建器做出的镜像用起来一样。因为输出取决于你的机器，这个单元格不检查输出：

# %% [markdown] lang="en"
# ## First, build an image: `docker build`
#
# To have something to list, push and remove, first build a few small images of your own. What
# goes into an image is written in a Dockerfile: `FROM` says which image to start from; `RUN`
# runs a command during the build, and the files it changes become a new layer; `CMD` is the
# command a container runs by default.
# Dockerfiles get their own notebook, 10, in Part 2; these three lines are all you need here.
#
# In `docker build -t NAME -`, `-t` (tag) names the new image, and the final `-` means: read the
# Dockerfile from standard input (stdin). The lines between `<<'EOF'` and `EOF` are that
# standard input (a shell "here document"). This notebook's images are all called `nb06/…`.
#
# What a build prints depends on the builder. Today's default builder is BuildKit; its output
# starts with `#1`, `#2`, a few lines per step. If your docker CLI has no buildx component, it
# falls back to the legacy builder: the output is `Step 1/3 : FROM …`, after a notice
# `DEPRECATED: The legacy builder is deprecated…`. It means the old builder is deprecated and
# will be removed; install the buildx component and BuildKit is used instead. Both builders
# make images that work the same. Since the output depends on your machine, it is not checked:

# %% tags=["nbval-ignore-output"]
%%bash
docker build -t nb06/app:v1 - <<'EOF'
FROM dockerlab/busybox
RUN echo "app v1" > /version
CMD ["cat", "/version"]
EOF

# %% [markdown] lang="zh"
# 运行一下：容器执行 `CMD`，打印构建时写进去的文件。`--rm` 让容器退出后自动删除（07 讲）：

# %% [markdown] lang="en"
# Run it: the container runs the `CMD` and prints the file the build wrote. `--rm` removes the
# container when it exits (in 07):

# %%
%%bash
docker run --rm nb06/app:v1

# %% [markdown] lang="zh"
# ## `docker images`：列出镜像
#
# `docker images` 每个镜像名占一行：仓库（REPOSITORY）、标签（TAG）、镜像 ID（IMAGE ID）、
# 创建时间（CREATED）和大小（SIZE）。你的引擎上可能还有很多别的镜像，
# 所以这里在命令后面写上仓库名，只列出 `nb06/app`：

# %% [markdown] lang="en"
# ## `docker images`: listing images
#
# `docker images` prints one line per image name: REPOSITORY, TAG, IMAGE ID, CREATED and SIZE.
# Your Engine may hold many other images, so here the repository name after the command lists
# `nb06/app` only:

# %%
%%bash
docker images nb06/app

# %% [markdown] lang="zh"
# 镜像名的完整写法是 `[镜像仓库地址/]仓库[:标签]`，例如 `127.0.0.1:5000/nb06/app:v1`。
# 不写镜像仓库地址，指的是 Docker Hub；不写标签，指的是 `latest`。
#
# `docker tag 原来的名字 新名字` 给同一个镜像再起一个名字，不复制任何东西。
# 下面两行的 IMAGE ID 相同：它们是同一个镜像的两个名字：

# %% [markdown] lang="en"
# The full form of an image name is `[REGISTRY/]REPOSITORY[:TAG]`, such as
# `127.0.0.1:5000/nb06/app:v1`. Without a registry address, the name means Docker Hub; without a
# tag, it means `latest`.
#
# `docker tag OLD NEW` gives the same image one more name, and copies nothing. The two lines
# below have the same IMAGE ID: they are two names of one image:

# %%
%%bash
docker tag nb06/app:v1 nb06/app:stable
docker images nb06/app

# %% [markdown] lang="zh"
# ### `--filter` 和 `-q`
#
# `--filter reference=…`（简写 `-f`）按名字筛选，`*` 匹配任意一段名字。
# `-q`（quiet）只打印镜像 ID。一个镜像有两个名字，它的 ID 就出现两次：

# %% [markdown] lang="en"
# ### `--filter` and `-q`
#
# `--filter reference=…` (short: `-f`) selects by name, and `*` matches any one part of a name.
# `-q` (quiet) prints image IDs only. An image with two names shows its ID twice:

# %%
%%bash
docker images -q --filter reference='nb06/*'

# %% [markdown] lang="zh"
# 只有 ID 的列表常常放进 `$(…)`，交给别的命令，本节最后删除镜像时就会这样用。
#
# ### `-a`：中间镜像
#
# 笔记说 `-a` 列出全部镜像，**含中间镜像层**。准确地说：旧构建器执行 Dockerfile 的每一步，
# 都留下一个没有名字的中间镜像（intermediate image）。`docker images` 不显示它们，`docker images -a` 显示。
# 现在默认的 BuildKit 不留中间镜像，从镜像仓库拉取的镜像也没有，
# 所以在今天的大多数机器上，`-a` 多列出的只是旧构建器留下的镜像。
#
# 要看到中间镜像，就要用旧构建器构建一次：环境变量 `DOCKER_BUILDKIT=0` 关掉 BuildKit。
# 于是命令行打印上面说的 DEPRECATED 提示，这一次它说：BuildKit 被关掉了，去掉 `DOCKER_BUILDKIT=0`
# 就会重新用它。`-q` 让 `docker build` 只打印新镜像的 ID。这个 Dockerfile 有两个 `RUN`：

# %% [markdown] lang="en"
# A list of IDs alone often goes into `$(…)`, for another command; the end of this notebook
# does that to remove images.
#
# ### `-a`: intermediate images
#
# The notes say `-a` lists all images, **intermediate layers included**. More exactly: the
# legacy builder leaves an image without a name after every step of a Dockerfile, an
# intermediate image. `docker images` hides them; `docker images -a` shows them. BuildKit,
# today's default, leaves no intermediate images, and images pulled from a registry have none
# either. So on most machines today, what `-a` adds is what the legacy builder left behind.
#
# To see intermediate images, build once with the legacy builder: the environment variable
# `DOCKER_BUILDKIT=0` turns BuildKit off. The CLI then prints the DEPRECATED notice described
# above; this time it says BuildKit is turned off, and that removing `DOCKER_BUILDKIT=0` turns it
# back on. `-q` makes `docker build` print only the new image's ID. This Dockerfile has two
# `RUN` steps:

# %%
%%bash
DOCKER_BUILDKIT=0 docker build -q -t nb06/legacy - <<'EOF'
FROM dockerlab/busybox
RUN echo one > /one
RUN echo two > /two
EOF

# %% [markdown] lang="zh"
# `docker history` 列出一个镜像是由哪些步骤构建的，最后一步在最上面。
# 旧构建器每一步都留下了一个镜像，所以这两步都有 ID。`grep echo` 只留下我们写的两步：

# %% [markdown] lang="en"
# `docker history` lists the steps an image was built from, the last step on top. The legacy
# builder left an image after each step, so both steps have an ID. `grep echo` keeps only the
# two steps we wrote:

# %%
%%bash
docker history --format '{{.ID}}  {{.CreatedBy}}' nb06/legacy | grep echo

# %% [markdown] lang="zh"
# 第一行是 `nb06/legacy` 本身，第二行（`echo one` 那一步）是一个中间镜像。
# 数一数两个命令各列出它几次：

# %% [markdown] lang="en"
# The first line is `nb06/legacy` itself; the second (the `echo one` step) is an intermediate
# image. Count how often each command lists it:

# %%
%%bash
step=$(docker history -q nb06/legacy | sed -n 2p)
echo "the step 'echo one' left image $step"
echo "docker images lists it $(docker images -q | grep -c "$step") time(s)"
echo "docker images -a lists it $(docker images -a -q | grep -c "$step") time(s)"

# %% [markdown] lang="zh"
# 笔记里的 `-qa` 就是 `-q` 加 `-a`：所有镜像的 ID，包括中间镜像。笔记的“删除全部”用的就是它，本节最后再讲。
# 用 BuildKit 构建的 `nb06/app:v1`，`docker history` 的 IMAGE 列除了第一行都是 `<missing>`：
# 那些步骤没有留下镜像。
#
# ### `--no-trunc` 和 `--digests`
#
# `docker images` 把镜像 ID 截短成 12 位。`--no-trunc` 显示完整的 ID：`sha256:` 后面 64 位十六进制数。
# 镜像 ID 是从镜像内容算出来的 SHA-256 哈希值，所以同一个镜像的两个名字，ID 完全相同：

# %% [markdown] lang="en"
# The notes' `-qa` is `-q` plus `-a`: the IDs of all images, intermediate ones included. The
# notes' "delete all" uses it; it comes at the end of this notebook. For `nb06/app:v1`, built
# with BuildKit, the IMAGE column of `docker history` says `<missing>` on every line but the
# first: those steps left no image.
#
# ### `--no-trunc` and `--digests`
#
# `docker images` cuts image IDs to 12 characters. `--no-trunc` shows the whole ID: `sha256:`
# and 64 hexadecimal digits. An image ID is a SHA-256 hash computed from the image's content, so
# the two names of one image have exactly the same ID:

# %%
%%bash
docker images --no-trunc nb06/app

# %% [markdown] lang="zh"
# 摘要（digest）也是 `sha256:…`。镜像仓库用它标识一个镜像的内容：标签可以改指别的镜像，摘要不会变。
# `--digests` 给 `docker images` 加一列 DIGEST。只在本机构建、从没推送过的镜像，
# 在经典的镜像存储里没有摘要，显示 `<none>`；
# containerd 镜像存储（Docker Desktop 和新安装的 Engine 29 默认用它）从一开始就有。
# 推送到镜像仓库以后两种存储都有摘要，下面推送时再看。
#
# ## `docker search`：两个选项已经删除了
#
# 笔记用 `-s 30`（至少 30 颗星）和 `--automated`（只看自动构建的镜像）筛选 Docker Hub 的搜索结果。
# 这两个选项在 Docker 1.12 弃用，在 20.10 从命令行中删除。现在的命令行不认识它们，
# 不问引擎就报错，退出码（exit code）是 125，并告诉你去看 `--help`（05 讲过）。这两个单元格预期会失败：

# %% [markdown] lang="en"
# A digest is `sha256:…` too. A registry uses it to name an image's content: a tag can be moved
# to another image, a digest cannot. `--digests` adds a DIGEST column to `docker images`. An
# image built here and never pushed has no digest in the classic image store, which shows
# `<none>`; the containerd image store (the default of Docker Desktop and of new Engine 29
# installs) has one from the start. Once pushed to a registry, both stores show a digest: you
# will see it below, after a push.
#
# ## `docker search`: two options are gone
#
# The notes filter Docker Hub's search results with `-s 30` (at least 30 stars) and
# `--automated` (automated builds only). Both were deprecated in Docker 1.12 and removed from
# the CLI in 20.10. Today's CLI does not know them: it stops without asking the Engine, with
# exit code 125, and points you to `--help` (from 05). These two cells are meant to fail:

# %% tags=["raises-exception"]
%%bash
docker search -s 30 busybox

# %% tags=["raises-exception"]
%%bash
docker search --automated busybox

# %% [markdown] lang="zh"
# `docker search --help` 列出现在的选项：

# %% [markdown] lang="en"
# `docker search --help` lists today's options:

# %%
%%bash
docker search --help

# %% [markdown] lang="zh"
# `--filter stars=30` 代替了 `-s 30`，`--filter is-official=true` 只列出官方镜像，
# `--no-trunc` 仍然显示完整的说明（description）。`--automated` 曾被 `--filter is-automated=true`
# 代替，后者在 Docker 25 也弃用了（Docker Hub 的搜索接口不再提供这一项），28.2 删除。
# 笔记说的“三个可以结合使用”，今天写作：
#
# ```bash
# docker search --filter stars=30 --filter is-official=true --no-trunc busybox
# ```
#
# `docker search` 不是命令行自己去搜：它请引擎去问 Docker Hub 的搜索接口，所以需要上网。
# 这门课不访问互联网，因此这里不运行它；在能访问 Docker Hub 的终端里，你可以自己试试上面这条命令。
# 如果你在中国大陆，即使能上网，也常常会看到连接错误：从 2024 年起，Docker Hub
# 在那里经常无法访问（04 讲过这一点和应对办法）。

# %% [markdown] lang="en"
# `--filter stars=30` replaces `-s 30`, `--filter is-official=true` lists official images only,
# and `--no-trunc` still shows whole descriptions. `--automated` was replaced by `--filter
# is-automated=true`, which was in turn deprecated in Docker 25 (Docker Hub's search API no
# longer reports it) and removed in 28.2. The notes' "all three can be combined" is written
# today as:
#
# ```bash
# docker search --filter stars=30 --filter is-official=true --no-trunc busybox
# ```
#
# `docker search` is not a search the CLI does itself: it asks the Engine to ask Docker Hub's
# search API, so it needs the internet. This course never contacts the internet, so it does not
# run it here; try the command above in a terminal that reaches Docker Hub. In mainland China you
# will often see a connection error even with internet: since 2024, Docker Hub is often
# unreachable there (04 covers this and what to do).

# %% [markdown] lang="zh"
# 搜索只在 Docker Hub 的搜索接口（一个旧的 v1 接口）上工作。课程自己的镜像仓库和大多数私有镜像仓库一样，
# 是一个 v2 镜像仓库，没有这个接口。在名字前面写上它的地址去搜索，它回答 404（找不到）：

# %% [markdown] lang="en"
# Search works only against Docker Hub's search API (an old v1 API). The course's own registry,
# like most private registries, is a v2 registry without that API. Search it by putting its
# address before the name, and it answers 404 (not found):

# %% tags=["raises-exception"]
%%bash
docker search $REGISTRY/nb06

# %% [markdown] lang="zh"
# v2 镜像仓库有别的办法：`/v2/_catalog` 列出所有仓库，`/v2/仓库/tags/list` 列出一个仓库的所有标签。
# 它们是普通的 HTTP 请求，用 `curl` 就能问。这要等仓库里有了我们的镜像，下面推送之后再看。
#
# ## `docker push` 和 `docker pull`
#
# 镜像的名字里写着它属于哪个镜像仓库。要把 `nb06/app:v1` 推送（push）到课程的镜像仓库，
# 先用 `docker tag` 给它一个以 `$REGISTRY/` 开头的名字，再 `docker push` 这个名字。
# `-q` 让 `docker push` 只打印推送的名字，不打印每一层的进度：

# %% [markdown] lang="en"
# A v2 registry has other ways: `/v2/_catalog` lists all repositories, and
# `/v2/REPOSITORY/tags/list` all tags of one repository. They are plain HTTP requests that
# `curl` can send. That needs our images in the registry first: it comes after the push below.
#
# ## `docker push` and `docker pull`
#
# An image's name says which registry it belongs to. To push `nb06/app:v1` to the course's
# registry, first give it a name that starts with `$REGISTRY/` with `docker tag`, then `docker
# push` that name. `-q` makes `docker push` print only the name it pushed, not each layer's
# progress:

# %%
%%bash
docker tag nb06/app:v1 $REGISTRY/nb06/app:v1
docker push -q $REGISTRY/nb06/app:v1

# %% [markdown] lang="zh"
# ### 不写标签，就是 `latest`
#
# 笔记说：“如果不带tag制定特定版本，默认就是latest的版本”。`docker pull` 不写标签时，
# 确实用名叫 `latest` 的标签，命令行会先打印 `Using default tag: latest`。
# 但 `latest` 只是一个普通的标签名，只有有人推送了它，它才存在。
#
# 下面把同一个镜像以另一个仓库名 `nb06/only-v1` 推送，只推送标签 `v1`；
# 然后用 `docker rmi` 删掉本机的这个名字（`docker rmi` 本节后面细讲），再不写标签去拉取它。
# 镜像仓库里没有 `latest`，拉取就失败了：

# %% [markdown] lang="en"
# ### No tag means `latest`
#
# The notes say: "without a tag for a particular version, the default is the latest version".
# Without a tag, `docker pull` does use the tag named `latest`, and the CLI first prints `Using
# default tag: latest`. But `latest` is just an ordinary tag name, and it only exists if someone
# pushed it.
#
# Below, the same image is pushed under another repository name, `nb06/only-v1`, with the tag
# `v1` only; then `docker rmi` removes that name here (more on `docker rmi` later in this
# notebook), and it is pulled without a tag. The registry has no `latest`, so the pull fails:

# %% tags=["raises-exception"]
%%bash
docker tag nb06/app:v1 $REGISTRY/nb06/only-v1:v1
docker push -q $REGISTRY/nb06/only-v1:v1
docker rmi $REGISTRY/nb06/only-v1:v1
docker pull $REGISTRY/nb06/only-v1

# %% [markdown] lang="zh"
# `latest` 也不一定是最新的版本。它和别的标签一样，指向你推送它时的那个镜像，以后不会自己移动。
# 下面先把 v1 推送为 `latest`：

# %% [markdown] lang="en"
# Nor is `latest` necessarily the newest version. Like any tag, it points to the image it was
# pushed with, and it never moves by itself. First, push v1 as `latest`:

# %%
%%bash
docker tag nb06/app:v1 $REGISTRY/nb06/app:latest
docker push -q $REGISTRY/nb06/app:latest

# %% [markdown] lang="zh"
# 然后构建更新的版本 v2（构建的输出同样不检查）：

# %% [markdown] lang="en"
# Then build a newer version, v2 (again, the build's output is not checked):

# %% tags=["nbval-ignore-output"]
%%bash
docker build -q -t nb06/app:v2 - <<'EOF'
FROM dockerlab/busybox
RUN echo "app v2" > /version
CMD ["cat", "/version"]
EOF

# %% [markdown] lang="zh"
# 推送 v2，但不移动 `latest`。然后用 `curl` 问镜像仓库 `nb06/app` 有哪些标签（`echo` 只是补一个换行）：

# %% [markdown] lang="en"
# Push v2, without moving `latest`. Then ask the registry, with `curl`, which tags `nb06/app`
# has (the `echo` only adds a line break):

# %%
%%bash
docker tag nb06/app:v2 $REGISTRY/nb06/app:v2
docker push -q $REGISTRY/nb06/app:v2
curl -s http://$REGISTRY/v2/nb06/app/tags/list; echo

# %% [markdown] lang="zh"
# 这就是 v2 镜像仓库回答“有什么”的方式，可以代替 `docker search`。`/v2/_catalog` 列出所有仓库；
# 课程的镜像仓库里还有其他各节和练习的仓库，`grep -o` 只打印匹配的部分，也就是本节的两个：

# %% [markdown] lang="en"
# This is how a v2 registry answers "what do you have", in place of `docker search`.
# `/v2/_catalog` lists all repositories; the course registry also holds other notebooks' and
# exercises' repositories, and `grep -o` prints only the matching part, this notebook's two:

# %%
%%bash
curl -s http://$REGISTRY/v2/_catalog | grep -o '"nb06/[^"]*"'

# %% [markdown] lang="zh"
# 现在删掉本机上以 `$REGISTRY/nb06/app` 开头的三个名字（镜像本身还在，它们还叫 `nb06/app:v1`
# 和 `nb06/app:v2`），然后不写标签拉取（pull），再运行拉下来的镜像：

# %% [markdown] lang="en"
# Now remove the three names starting with `$REGISTRY/nb06/app` from this machine (the images
# stay: they are still called `nb06/app:v1` and `nb06/app:v2`), then pull without a tag, and
# run what came down:

# %%
%%bash
docker rmi $REGISTRY/nb06/app:v1 $REGISTRY/nb06/app:v2 $REGISTRY/nb06/app:latest
docker pull $REGISTRY/nb06/app
docker run --rm $REGISTRY/nb06/app

# %% [markdown] lang="zh"
# 拉下来的是 v1，不是更新的 v2：`latest` 只是没有写标签时使用的那个名字。
# 因为这两个镜像的每一层本机都已经有了，`docker pull` 没有下载任何一层，只记下了名字和摘要。
# 输出里的 `Downloaded newer image` 并不是说下载了一个更新的版本，只是说本机的这个名字现在
# 指向了镜像仓库里的那个镜像。
#
# 要哪个版本，就写出它的标签：

# %% [markdown] lang="en"
# What came down is v1, not the newer v2: `latest` is only the name used when you give no tag.
# Every layer of these images is already here, so `docker pull` downloaded no layer; it only
# recorded the name and the digest. `Downloaded newer image` in the output does not mean a newer
# version: only that the name here now points to the image the registry has.
#
# To get a particular version, name its tag:

# %%
%%bash
docker pull $REGISTRY/nb06/app:v2
docker run --rm $REGISTRY/nb06/app:v2

# %% [markdown] lang="zh"
# 拉取或推送过的镜像有摘要，两种镜像存储都一样。`--digests` 显示它：

# %% [markdown] lang="en"
# Images that were pulled or pushed have a digest, in both image stores. `--digests` shows it:

# %%
%%bash
docker images --digests $REGISTRY/nb06/app

# %% [markdown] lang="zh"
# 用摘要拉取（`docker pull 名字@sha256:…`），得到的永远是同一个镜像内容；用标签拉取，得到的是
# 标签此刻指向的镜像。所以在生产环境里，很多人写明版本标签或者摘要，而不依赖 `latest`。
#
# ## `docker rmi`：删除镜像
#
# 笔记说：“如果没有标识tag版本，默认删除最新的latest”。`docker rmi` 不写标签时，
# 删除的是名叫 `latest` 的**标签**（上面看到了，它不一定是最新的）。
# 只删掉名字时，输出是 `Untagged`；镜像还有别的名字，镜像本身就留下：

# %% [markdown] lang="en"
# Pulling by digest (`docker pull NAME@sha256:…`) always gets the same image content; pulling by
# tag gets whatever the tag points to at that moment. That is why production setups often name
# a version tag or a digest rather than rely on `latest`.
#
# ## `docker rmi`: removing images
#
# The notes say: "without a tag, it removes the newest, latest". Without a tag, `docker rmi`
# removes the **tag** named `latest` (which, as you saw, is not necessarily the newest). When
# only a name goes, the output says `Untagged`; while the image has other names, the image
# itself stays:

# %%
%%bash
docker rmi $REGISTRY/nb06/app
docker images nb06/app

# %% [markdown] lang="zh"
# 一次删除多个，名字之间用空格隔开：

# %% [markdown] lang="en"
# To remove several at once, separate the names with spaces:

# %%
%%bash
docker rmi $REGISTRY/nb06/app:v2 nb06/app:stable

# %% [markdown] lang="zh"
# ### 正被容器使用的镜像：`-f`
#
# 再构建一个镜像 `nb06/tool`，从它运行一个容器 `nb06-user`，不加 `--rm`：容器运行完停止，但保留下来：

# %% [markdown] lang="en"
# ### An image a container uses: `-f`
#
# Build one more image, `nb06/tool`, and run a container `nb06-user` from it, without `--rm`:
# the container stops when it is done, and stays:

# %% tags=["nbval-ignore-output"]
%%bash
docker build -q -t nb06/tool - <<'EOF'
FROM dockerlab/busybox
RUN echo "tool output" > /out
CMD ["cat", "/out"]
EOF

# %%
%%bash
docker run --name nb06-user nb06/tool

# %% [markdown] lang="zh"
# 停止的容器也在使用它的镜像，所以 `docker rmi` 拒绝删除这个镜像唯一的名字。
# 错误信息里有容器和镜像的短 ID（两种镜像存储的措辞不同，意思一样）：

# %% [markdown] lang="en"
# A stopped container still uses its image, so `docker rmi` refuses to remove that image's only
# name. The message gives the container's and the image's short IDs (the two image stores word
# it differently; the meaning is the same):

# %% tags=["raises-exception"]
%%bash
docker rmi nb06/tool

# %% [markdown] lang="zh"
# `-f`（force，强制）不理会停止的容器。这里按镜像 ID 删除：`docker images -q nb06/tool` 打印 ID，
# `$(…)` 把它放进 `docker rmi -f`。名字和镜像都删除了（`Untagged` 和 `Deleted`）：

# %% [markdown] lang="en"
# `-f` (force) ignores a stopped container. Here the image is removed by its ID: `docker images
# -q nb06/tool` prints the ID, and `$(…)` puts it into `docker rmi -f`. Both the name and the
# image go (`Untagged` and `Deleted`):

# %%
%%bash
docker rmi -f $(docker images -q nb06/tool)

# %% [markdown] lang="zh"
# 容器还在。它的 IMAGE 列现在显示镜像 ID，因为那个名字没有了。它照样能启动，
# 因为容器需要的层会一直保留，直到容器被删除。
# `docker start -a` 再次启动停止的容器，并显示它的输出（07 细讲）：

# %% [markdown] lang="en"
# The container is still there. Its IMAGE column now shows an image ID, since the name is gone.
# It still starts, because the layers the container needs are kept until the container is
# removed. `docker start -a` starts a stopped container again and shows its output (in detail
# in 07):

# %%
%%bash
docker ps -a --filter name=nb06-user --format '{{.Names}}: image {{.Image}}, {{.Status}}'
docker start -a nb06-user

# %% [markdown] lang="zh"
# 笔记里的 `-f 镜像名` 按名字删除。按名字时，`-f` 一定删掉这个名字；镜像本身是否一起删除，
# 取决于镜像存储：经典存储会删除它，containerd 存储把它留下，成为没有名字的 `<none>` 镜像。
# 按 ID 删除时，两种存储的结果一样，所以上面用了 ID。
#
# 运行中的容器则能挡住 `-f`。从另一个镜像 `nb06/server` 在后台运行一个容器（`-d`，08 讲），
# 它会一直运行：

# %% [markdown] lang="en"
# The notes' `-f IMAGE-NAME` removes by name. By name, `-f` always removes that name; whether
# the image itself goes too depends on the image store: the classic store deletes it, the
# containerd store keeps it as an image without a name, `<none>`. By ID, both stores do the
# same, which is why the cell above uses the ID.
#
# A running container, though, does stop `-f`. Run a container in the background (`-d`, in 08)
# from another image, `nb06/server`; it keeps running:

# %% tags=["nbval-ignore-output"]
%%bash
docker build -q -t nb06/server - <<'EOF'
FROM dockerlab/busybox
RUN echo server > /role
CMD ["sleep", "3600"]
EOF

# %%
%%bash
docker run -d --name nb06-running nb06/server

# %% [markdown] lang="zh"
# 即使加了 `-f`，引擎也拒绝删除运行中的容器正在使用的镜像（`cannot be forced`）：

# %% [markdown] lang="en"
# Even with `-f`, the Engine refuses to delete an image a running container uses (`cannot be
# forced`):

# %% tags=["raises-exception"]
%%bash
docker rmi -f $(docker images -q nb06/server)

# %% [markdown] lang="zh"
# 按名字的 `docker rmi -f nb06/server` 则会成功，但只删掉名字：镜像没有了名字，仍然留在那里，
# 直到容器被删除。
#
# 先删除容器，镜像就可以删除了。`docker rm -f` 删除运行中的容器，它会先杀掉容器（07 讲）。
# 镜像先留着，下面和别的镜像一起删除：

# %% [markdown] lang="en"
# `docker rmi -f nb06/server`, by name, does succeed, but it removes only the name: the image
# stays there without one until the container is removed.
#
# Remove the container first, and the image can go. `docker rm -f` removes a running container,
# killing it first (in 07). The image stays for now, to be removed with the others below:

# %%
%%bash
docker rm -f nb06-running

# %% [markdown] lang="zh"
# ### “删除全部”：只删除自己的
#
# 笔记里的 `docker rmi -f $(docker images -qa)` 会删除**这台机器上的所有镜像**：你自己的、
# 别的项目的、课程工具包的。只有运行中的容器正在用的镜像删不掉（像上面那样报错，名字也留着）。
# 在你关心的机器上，不要运行它。
#
# 同样的写法，只要让 `$(…)` 只列出本节的镜像就安全了。先看看会删除哪些：
# 两个 `--filter reference=…` 是“或者”的关系，第二个选中推送时起的 `$REGISTRY/nb06/…` 名字。
# `--format` 只打印“仓库:标签”，`sort` 排序：

# %% [markdown] lang="en"
# ### "Delete all": only your own
#
# The notes' `docker rmi -f $(docker images -qa)` deletes **every image on this machine**: your
# own, other projects', the course kit's. Only the images running containers use survive (with
# an error like the one above, and their names kept). Never run it on a machine you care about.
#
# The same command is safe once `$(…)` lists this notebook's images only. First, see what would
# go: two `--filter reference=…` mean "or", and the second selects the `$REGISTRY/nb06/…` names
# given for pushing. `--format` prints just "repository:tag", and `sort` sorts:

# %%
%%bash
docker images --filter reference='nb06/*' --filter reference="$REGISTRY/nb06/*" --format '{{.Repository}}:{{.Tag}}' | sort

# %% [markdown] lang="zh"
# 删除时用 ID。一个镜像有几个名字，它的 ID 就出现几次；`docker rmi -f` 第一次就删掉了这个镜像，
# 第二次会报错 `No such image`（没有这个镜像），所以用 `sort -u` 去掉重复的 ID。
# 输出列出每个名字和每一层，有多少行取决于镜像存储，这里不检查：

# %% [markdown] lang="en"
# Remove by ID. An image with several names shows its ID several times; `docker rmi -f` deletes
# the image the first time and would fail the second (`No such image`), so `sort -u` removes the
# repeated IDs. The output lists every name and every layer; how many lines depends on the image
# store, so it is not checked:

# %% tags=["nbval-ignore-output"]
%%bash
docker rmi -f $(docker images -qa --filter reference='nb06/*' --filter reference="$REGISTRY/nb06/*" | sort -u)

# %% [markdown] lang="zh"
# 本节的镜像都删除了，它们的底层镜像 `dockerlab/busybox` 还在：

# %% [markdown] lang="en"
# This notebook's images are gone; `dockerlab/busybox`, which they were built on, is still here:

# %%
%%bash
echo "nb06 images left: $(docker images -qa --filter reference='nb06/*' | wc -l)"
docker images dockerlab/busybox --format '{{.Repository}} is still here'

# %% [markdown] lang="zh"
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex06` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 06` 会删除它们。
#
# ### 练习 06.1：让 `latest` 指向 v2
#
# 在课程的镜像仓库里发布 `$REGISTRY/ex06/app` 的两个版本：标签 `v1` 和 `v2` 是两个不同的镜像
# （例如一个 `CMD ["echo", "v1"]`，一个 `CMD ["echo", "v2"]`）。
# 然后让不写标签的 `docker pull $REGISTRY/ex06/app` 得到 v2。检查会同时看你本机的镜像和镜像仓库。

# %% [markdown] lang="en"
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex06`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 06` removes them.
#
# ### Exercise 06.1: make `latest` point to v2
#
# Publish two versions of `$REGISTRY/ex06/app` in the course registry: the tags `v1` and `v2`
# are two different images (say, one with `CMD ["echo", "v1"]`, one with `CMD ["echo",
# "v2"]`). Then make `docker pull $REGISTRY/ex06/app`, without a tag, get v2. The check looks
# at both your images here and the registry.

# %%
%%bash
# 06.1: your commands here


# %%
dl.check("06.1")

# %% [markdown]
# {{solution 06.1}}

# %% [markdown] lang="zh"
# ### 练习 06.2：删除一个停止的容器正在用的镜像
#
# 构建一个镜像 `ex06/once`（从 `dockerlab/busybox` 开始，命令会结束，例如 `CMD ["cat", "/once"]`），
# 从它运行一个名为 `ex06-once` 的容器。然后删除这个镜像：不只是名字，镜像本身也要删除，
# 而容器要留下。最后再启动一次 `ex06-once`，看它还能运行。

# %% [markdown] lang="en"
# ### Exercise 06.2: delete an image a stopped container uses
#
# Build an image `ex06/once` (starting from `dockerlab/busybox`, with a command that ends, such
# as `CMD ["cat", "/once"]`), and run a container named `ex06-once` from it. Then delete the
# image: not just its name, the image itself, while the container stays. Finally, start
# `ex06-once` once more and see that it still runs.

# %%
%%bash
# 06.2: your commands here


# %%
dl.check("06.2")

# %% [markdown]
# {{solution 06.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每个命令都是引擎 API 的一个或几个请求。docker-py（Docker 官方的 Python 库）发出同样的请求；
# dockerlab 再把回答变成和命令行一样的表格。它们让代码更短，但做的事和上面的命令一样。
#
# `docker pull $REGISTRY/nb06/app:v2` 在 docker-py 里是一行，返回一个镜像对象。
# 镜像仓库的地址在环境变量 `REGISTRY` 里：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every command above is one or a few Engine API requests. docker-py (Docker's Python library)
# sends the same requests; dockerlab turns the answers into the tables the CLI prints. They make
# code shorter; they do what the commands above do.
#
# `docker pull $REGISTRY/nb06/app:v2` is one line in docker-py, and it returns an image object.
# The registry's address is in the environment variable `REGISTRY`:

# %%
import os

import docker

client = docker.from_env()
registry = os.environ["REGISTRY"]
pulled = client.images.pull(f"{registry}/nb06/app", tag="v2")
print(f"pulled {pulled.id[7:19]}, named {', '.join(pulled.tags)}")

# %% [markdown] lang="zh"
# `dl.images` 是 `docker images` 的表格，同时是一个 pandas DataFrame：大写的列是命令行打印的文字，
# 小写的列是同样的信息，带类型（例如 `size` 是字节数）：

# %% [markdown] lang="en"
# `dl.images` is `docker images`'s table, and also a pandas DataFrame: upper-case columns are
# the text the CLI prints; lower-case columns hold the same facts, typed (`size` in bytes, for
# example):

# %%
table = dl.images(f"{registry}/nb06/app", digests=True)
table

# %% [markdown] lang="zh"
# `dl.pull` 像终端里的 `docker pull` 一样显示每一层的进度，用进度条；`.wait()` 等它结束，返回镜像：

# %% [markdown] lang="en"
# `dl.pull` shows each layer's progress, as `docker pull` does in a terminal, with progress bars;
# `.wait()` waits for the end and returns the image:

# %%
progress = dl.pull_widget(f"{registry}/nb06/app:v1")
progress

# %%
v1 = progress.wait()
statuses = sorted(set(progress.layers["status"]))
finished = set(statuses) <= {"Already exists", "Download complete", "Pull complete"}
print(f"{v1.tags[0]}: every layer finished" if finished else f"layers: {statuses}")

# %% [markdown] lang="zh"
# `dl.search(…, registry=…)` 问 v2 镜像仓库的 `/v2/_catalog` 和每个仓库的标签列表，就是上面 `curl` 做的事：

# %% [markdown] lang="en"
# `dl.search(…, registry=…)` asks a v2 registry's `/v2/_catalog` and each repository's tag list,
# as the `curl` commands above did:

# %%
dl.search("nb06", registry=registry)

# %% [markdown] lang="zh"
# `docker rmi` 在 docker-py 里是 `client.images.remove`，每次一个名字：

# %% [markdown] lang="en"
# `docker rmi` is `client.images.remove` in docker-py, one name at a time:

# %%
for tag in ("v1", "v2"):
    client.images.remove(f"{registry}/nb06/app:{tag}")
print("removed both names")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb06` 开头的容器和镜像）。你的练习（`ex06…`）和你自己的镜像都不受影响。
# 课程镜像仓库里推送过的 `nb06/…` 留在仓库里，下次运行时会被覆盖：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (containers and images named `nb06…`). Your
# exercises (`ex06…`) and your own images are not touched. What was pushed as `nb06/…` stays in
# the course registry, and the next run overwrites it:

# %%
dl.finish("06")

# %% [markdown] lang="zh"
# 下一节：[07 容器命令](07-container-commands.ipynb)：运行、查看、再次启动和删除容器。

# %% [markdown] lang="en"
# Next: [07 Container commands](07-container-commands.ipynb): running, finding, restarting and
# removing containers.
