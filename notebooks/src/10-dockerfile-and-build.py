# %% [markdown] lang="zh"
# # 10 · Dockerfile 和 `docker build`
#
# **学完这一节，你能够：**
#
# - 为自己的程序写一个 Dockerfile，用 `docker build` 构建（build）镜像（image），说清构建上下文（build context）
#   是什么，用 `.dockerignore` 把不该发送的文件挡在外面；
# - 说出哪些指令产生层，用 `docker history` 查看；
# - 安排指令的顺序，让构建缓存（build cache）发挥作用：改了代码，重新构建只要几秒（本节实测）；
# - 用多阶段构建（multi-stage build）做出小得多的镜像，并比较两者的大小；
# - 给镜像打标签（tag），推送（push）到课程的镜像仓库（registry），再从那里运行它；
# - 分清 BuildKit 和旧的构建器（classic builder），知道你的引擎（Engine）用的是哪一个。
#
# **时间：** {{minutes}}
#
# **先学过：** 06（用 `docker build` 构建小镜像，`docker tag`、`docker push`）、
# 07 和 08（`docker run`、`-d`、`-p 127.0.0.1::80` 和 `docker port`）。
# 本节的程序用 Python 写好了，你不需要会 Python，只需要读懂它做什么。

# %% [markdown] lang="en"
# # 10 · Dockerfile and `docker build`
#
# **When you finish this notebook, you can:**
#
# - write a Dockerfile for a program of your own, build it with `docker build`, say what the
#   build context is, and keep files that must not be sent out of it with `.dockerignore`;
# - say which instructions make layers, and see them with `docker history`;
# - order the instructions so that the build cache works for you: after a code change, a
#   rebuild takes seconds (measured here);
# - make a much smaller image with a multi-stage build, and compare the two sizes;
# - tag an image, push it to the course registry, and run it from there;
# - tell BuildKit from the classic builder, and know which one your Engine uses.
#
# **Time:** {{minutes}}
#
# **Before this:** 06 (a small image with `docker build`, `docker tag`, `docker push`), 07 and
# 08 (`docker run`, `-d`, `-p 127.0.0.1::80` and `docker port`). This notebook's program is
# written in Python for you: you need not know Python, only what the program does.

# %% [markdown] lang="zh"
# 笔记讲到 08 就结束了。这一节开始课程的第二部分：把**你自己的程序**打包成镜像，
# 再从镜像运行容器（container）。06 里用过的三行 Dockerfile 写在标准输入（stdin）里；这一节的 Dockerfile 是项目里的一个文件，
# 和程序放在同一个文件夹中，就像真实的项目那样。
#
# 本节的文件都写在 notebook 旁边的文件夹 `nb10-site/` 里。在 JupyterLab 左边的文件浏览器里
# 可以打开、修改它们。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包（这一节还需要工具包里带 Python 的镜像
# `dockerlab/python`，第一次运行时要构建它，大约半分钟），并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行（在 notebook 所在的文件夹里）。

# %% [markdown] lang="en"
# The notes end with daemon containers (08). This notebook starts Part 2 of the course:
# packaging **your own program** as an image. The three-line Dockerfiles of 06 came through
# standard input; here the Dockerfile is a file of the project, in the same folder as the
# program, as in real projects.
#
# This notebook's files all go into the folder `nb10-site/`, next to the notebook. You can open
# and edit them in JupyterLab's file browser on the left.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit (this
# notebook also needs the kit's Python image, `dockerlab/python`, which is built the first time,
# in about half a minute), and removes what an interrupted earlier run left. After it, every
# `%%bash` cell is terminal commands: you can paste them into a terminal unchanged (in the
# notebook's folder).

# %%
import dockerlab as dl

dl.begin("10", language="zh")

# %% [markdown] lang="zh"
# ## 一个小程序
#
# 要打包的程序是 `render.py`：它把 `pages/` 里的文本页面变成一个小网站，写进 `site/`：
# 每个页面一个 HTML 文件，再加一个列出所有页面的 `index.html`。它只用 Python 的标准库。
#
# 先建好文件夹。如果它已经存在（比如你再次运行这一节），`rm -rf` 先把它删掉，从头开始。
# 然后是 `%%writefile 文件名`：这是 JupyterLab 写文件的办法，单元格里其余的行就是文件的内容
# （在终端里，用编辑器写同样的内容）：

# %% [markdown] lang="en"
# ## A small program
#
# The program to package is `render.py`: it turns the text pages in `pages/` into a small web
# site in `site/`: one HTML file per page, plus an `index.html` that lists them all. It uses
# Python's standard library only.
#
# First the folders. If the folder exists already (when you run this notebook again, say),
# `rm -rf` removes it first, to start from scratch. Then comes `%%writefile FILE`: JupyterLab's
# way to write a file, where the rest of the cell is the file's content (in a terminal, write
# the same with an editor):

# %%
%%bash
rm -rf nb10-site
mkdir -p nb10-site/pages

# %%
%%writefile nb10-site/render.py
"""Render the pages in pages/ (text files: a title line, then paragraphs) into a small web
site in site/: one HTML file per page, and an index that links them."""

import html
import pathlib

pages = pathlib.Path("pages")
site = pathlib.Path("site")
site.mkdir(exist_ok=True)
links = []
for page in sorted(pages.glob("*.txt")):
    title, _, body = page.read_text(encoding="utf-8").partition("\n")
    paragraphs = [f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip()]
    name = page.stem + ".html"
    (site / name).write_text(
        f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1>{''.join(paragraphs)}\n", encoding="utf-8")
    links.append(f'<li><a href="{name}">{html.escape(title)}</a></li>')
(site / "index.html").write_text(
    "<!doctype html><meta charset=utf-8><title>nb10</title><ul>" + "".join(links) + "</ul>\n",
    encoding="utf-8")
print(f"rendered {len(links)} pages into site/")

# %% [markdown] lang="zh"
# 两个页面。每个页面的第一行是标题，空行隔开段落：

# %% [markdown] lang="en"
# Two pages. A page's first line is its title; blank lines separate paragraphs:

# %%
%%writefile nb10-site/pages/hello.txt
你好，Docker (Hello, Docker)

这个网站由 render.py 生成。

render.py made this site.

# %%
%%writefile nb10-site/pages/layers.txt
层 (Layers)

RUN、COPY 和 WORKDIR 产生层；CMD、ENV、EXPOSE 不产生。

RUN, COPY and WORKDIR make layers; CMD, ENV and EXPOSE do not.

# %% [markdown] lang="zh"
# 真实的项目还有两样东西。一是依赖清单 `requirements.txt`：程序需要从 PyPI 安装的包。
# 这个程序暂时不需要任何包。二是一个不该让别人看到的文件，例如存放密钥的 `secret.env`：

# %% [markdown] lang="en"
# Real projects have two more things. One is a list of dependencies, `requirements.txt`: the
# packages the program needs from PyPI. This program needs none yet. The other is a file no one
# else should see, such as `secret.env` holding a key:

# %%
%%writefile nb10-site/requirements.txt
# the packages render.py needs from PyPI: none yet, it uses the standard library

# %%
%%writefile nb10-site/secret.env
API_TOKEN=do-not-ship-me

# %% [markdown] lang="zh"
# 真实的项目用 `pip install -r requirements.txt` 安装依赖：下载并安装每个包，往往要几十秒。
# 课程的容器连不上 PyPI，所以这里用一个小脚本 `install.sh` 代替它：它打印一行字，
# 等待 3 秒（大约是安装几个小包的时间），再把运行的时刻记在文件 `installed-at` 里。
# 后面看构建缓存时，你会看到这 3 秒什么时候花、什么时候省下：

# %% [markdown] lang="en"
# Real projects install dependencies with `pip install -r requirements.txt`: it downloads and
# installs each package, often for tens of seconds. The course's containers cannot reach PyPI,
# so a small script, `install.sh`, stands in for it here: it prints a line, waits 3 seconds
# (about what installing a few small packages takes), and notes the moment it ran in a file,
# `installed-at`. With the build cache, below, you will see when these 3 seconds are spent and
# when they are saved:

# %%
%%writefile nb10-site/install.sh
# Stands in for `pip install -r requirements.txt` (the course has no PyPI): it takes about as
# long as a small install, and notes when it ran.
echo "installing the packages in requirements.txt"
sleep 3
date +%FT%T.%NZ > installed-at

# %% [markdown] lang="zh"
# 在你的机器上直接运行这个程序（JupyterLab 自带 Python）。`cd` 进入项目文件夹，
# 程序在那里读 `pages/`、写 `site/`：

# %% [markdown] lang="en"
# Run the program on your machine directly (JupyterLab comes with Python). `cd` into the
# project folder, where the program reads `pages/` and writes `site/`:

# %%
%%bash
cd nb10-site
python3 render.py
ls site

# %% [markdown] lang="zh"
# ## 第一个 Dockerfile
#
# Dockerfile 是构建镜像的脚本：一行一条指令（instruction），从上到下执行。这个 Dockerfile 用到五条：
#
# - `FROM dockerlab/python`：从哪个镜像开始。这里是课程工具包里的 Debian 12 加 Python 3.11；
# - `WORKDIR /app`：之后的指令（和容器里的程序）都在 `/app` 里工作，目录不存在就创建它；
# - `COPY . .`：把构建上下文（马上就讲）里的所有文件复制到镜像的当前目录 `/app`；
# - `RUN sh install.sh`：构建时在镜像里运行一条命令，它改变的文件留在镜像里；
# - `CMD ["python3", "render.py"]`：容器默认运行的命令（07 讲过）。

# %% [markdown] lang="en"
# ## A first Dockerfile
#
# A Dockerfile is the script that builds an image: one instruction per line, run from top to
# bottom. This one uses five:
#
# - `FROM dockerlab/python`: the image to start from; here the kit's Debian 12 with Python 3.11;
# - `WORKDIR /app`: the following instructions (and the program in the container) work in
#   `/app`, which is created if missing;
# - `COPY . .`: copy every file of the build context (explained next) into the image's current
#   directory, `/app`;
# - `RUN sh install.sh`: run a command in the image during the build; the files it changes stay
#   in the image;
# - `CMD ["python3", "render.py"]`: the command a container runs by default (from 07).

# %%
%%writefile nb10-site/Dockerfile
FROM dockerlab/python
WORKDIR /app
COPY . .
RUN sh install.sh
CMD ["python3", "render.py"]

# %% [markdown] lang="zh"
# ## `docker build` 和构建上下文
#
# `docker build -t nb10/site nb10-site`：`-t` 给镜像起名字，最后的 `nb10-site` 是**构建上下文**：
# 一个文件夹，`docker build` 把它的内容发送给引擎。Dockerfile 默认就是这个文件夹里的 `Dockerfile`。
# 引擎可能在另一台机器上（02 讲过客户端 client 和服务端 server），所以它只能看到发送过去的文件：
# `COPY` 只能复制构建上下文里的文件，`COPY ../别的文件` 是做不到的。
#
# 构建的输出取决于你的机器（哪些步骤已经有缓存，每一步用了多久），所以这个单元格不检查输出。
# 在终端里，BuildKit 显示一个不断刷新的进度视图；输出不是终端时（比如在这里），它打印每一步的文字记录，
# 在终端里加 `--progress=plain` 也会这样：

# %% [markdown] lang="en"
# ## `docker build` and the build context
#
# `docker build -t nb10/site nb10-site`: `-t` names the image, and the final `nb10-site` is the
# **build context**: a folder whose content `docker build` sends to the Engine. The Dockerfile
# is, by default, the file `Dockerfile` in that folder. The Engine may be on another machine
# (02: a client and a server), so it sees only what was sent: `COPY` copies files of the build
# context only, and `COPY ../other-file` cannot work.
#
# What a build prints depends on your machine (which steps are cached, how long each took), so
# this cell's output is not checked. In a terminal BuildKit shows a live progress view; when
# its output is not a terminal (as here) it prints a plain record of every step, as
# `--progress=plain` does in a terminal:

# %% tags=["nbval-ignore-output"]
%%bash
docker build -t nb10/site nb10-site

# %% [markdown] lang="zh"
# 每一步以 `#编号` 开头。`[internal]` 的几步是准备工作：读取 Dockerfile、读取 `.dockerignore`、
# 接收构建上下文（`transferring context` 后面是发送的字节数）。`[1/4]` 到 `[4/4]` 是 Dockerfile
# 里的 `FROM`、`WORKDIR`、`COPY`、`RUN` 四步，`CMD` 只写进配置，不算一步。每一步最后是 `DONE` 加用时，
# 或者 `CACHED`：这一步用了缓存，没有再执行（下面细讲）。`RUN` 那一步执行了的话，
# 还会打印 `install.sh` 的输出。
# 最后 `naming to docker.io/nb10/site`：镜像的全名，`docker.io` 是没写镜像仓库时的默认值（06 讲过）。
#
# 运行这个镜像，容器执行 `CMD`，在容器里生成网站：

# %% [markdown] lang="en"
# Each step starts with `#NUMBER`. The `[internal]` steps are the preparation: reading the
# Dockerfile, reading `.dockerignore`, receiving the build context (after `transferring
# context` comes the number of bytes sent). `[1/4]` to `[4/4]` are the Dockerfile's four steps
# `FROM`, `WORKDIR`, `COPY` and `RUN`; `CMD` only goes into the configuration and is not
# counted. Each step ends with `DONE` and its time, or with `CACHED`: the step was taken from
# the cache and not run again (more below). When the `RUN` step ran, it also printed what
# `install.sh` printed. Last, `naming to
# docker.io/nb10/site`: the image's full name, `docker.io` being the default when no registry
# is given (from 06).
#
# Run the image: the container runs the `CMD`, which renders the site inside the container:

# %%
%%bash
docker run --rm nb10/site

# %% [markdown] lang="zh"
# ### 发送了什么？
#
# `COPY . .` 复制了构建上下文里的**一切**。要看发送了什么，可以让 BuildKit 构建一个只做
# `COPY . /` 的"镜像"，但不存成镜像，而是把结果作为 tar 包写到标准输出（stdout）：
# `-f -` 从标准输入读 Dockerfile（构建上下文仍然是 `nb10-site`），`-o -`（output）把结果写到标准输出，
# `tar -t` 列出 tar 包里的文件，`sort` 排序。这是 BuildKit 才有的功能：

# %% [markdown] lang="en"
# ### What was sent?
#
# `COPY . .` copied **everything** in the build context. To see what was sent, have BuildKit
# build an "image" that only does `COPY . /`, and instead of keeping it as an image, write the
# result as a tar archive to standard output: `-f -` reads the Dockerfile from standard input
# (the build context is still `nb10-site`), `-o -` (output) writes the result to standard
# output, `tar -t` lists the files in the archive, and `sort` sorts them. This is a BuildKit
# feature:

# %%
%%bash
printf 'FROM scratch\nCOPY . /\n' | docker build -q -f - -o - nb10-site | tar -t | sort

# %% [markdown] lang="zh"
# 两样东西不该在这里：`site/` 是刚才在本机生成的网站（镜像会自己生成，不需要它），
# `secret.env` 是密钥。密钥已经进了镜像，任何拿到这个镜像的人都能读到：

# %% [markdown] lang="en"
# Two things should not be here: `site/` is the site rendered on this machine a moment ago (the
# image renders its own, and does not need it), and `secret.env` is a secret. The secret went
# into the image, and anyone who gets the image can read it:

# %%
%%bash
docker run --rm nb10/site cat secret.env

# %% [markdown] lang="zh"
# ### `.dockerignore`
#
# 构建上下文文件夹里的 `.dockerignore` 列出不要发送的文件，一行一个，可以用 `*` 这样的通配符。
# 写 `site/` 忽略整个文件夹：

# %% [markdown] lang="en"
# ### `.dockerignore`
#
# A `.dockerignore` file in the build context's folder lists what not to send, one pattern per
# line; wildcards such as `*` work. `site/` ignores the whole folder:

# %%
%%writefile nb10-site/.dockerignore
secret.env
site/

# %% [markdown] lang="zh"
# 再看一次发送了什么：

# %% [markdown] lang="en"
# What is sent now:

# %%
%%bash
printf 'FROM scratch\nCOPY . /\n' | docker build -q -f - -o - nb10-site | tar -t | sort

# %% [markdown] lang="zh"
# 重新构建。`-q`（quiet）让 `docker build` 只打印新镜像的 ID。然后看 `/app` 里有什么
# （`ls -A` 也列出以 `.` 开头的文件）：密钥不在了，`install.sh` 运行时写下的 `installed-at` 在：

# %% [markdown] lang="en"
# Build again. `-q` (quiet) makes `docker build` print only the new image's ID. Then list `/app`
# (`ls -A` lists files starting with `.` too): the secret is gone, and `installed-at`, written
# when `install.sh` ran, is there:

# %%
%%bash
docker build -q -t nb10/site nb10-site
docker run --rm nb10/site ls -A

# %% [markdown] lang="zh"
# `.dockerignore` 还有一个好处：发送得少，构建就快。一个带着几百 MB 数据或者 `.git` 文件夹的项目，
# 没有 `.dockerignore` 时每次构建都要先发送这些文件。
#
# 注意：已经推送或者交给别人的镜像，改 `.dockerignore` 也收不回里面的密钥。密钥泄露了，就要换一个新的。
#
# ## 哪些指令产生层
#
# 01 讲过：镜像由层组成，`CMD`、`ENV`、`LABEL` 只改配置，不产生层。
# 看看这个镜像的历史。`sed -n 1,5p` 只打印第 1 到第 5 行：表头和我们的 Dockerfile 的四行；
# 再往下是 `dockerlab/python` 自己的历史：

# %% [markdown] lang="en"
# `.dockerignore` has another benefit: less to send, faster builds. A project with hundreds of
# MB of data or a `.git` folder sends all of it before every build, without `.dockerignore`.
#
# Note: changing `.dockerignore` does not take a secret back out of an image that was already
# pushed or given away. A leaked secret must be replaced with a new one.
#
# ## Which instructions make layers
#
# From 01: an image is made of layers, and `CMD`, `ENV`, `LABEL` change only the configuration
# and make no layer. Look at this image's history. `sed -n 1,5p` prints lines 1 to 5 only: the
# header and the four lines of our Dockerfile; below them comes `dockerlab/python`'s own
# history:

# %%
%%bash
docker history nb10/site | sed -n 1,5p

# %% [markdown] lang="zh"
# BuildKit 构建的步骤在 COMMENT 列写着 `buildkit.dockerfile.v0`，IMAGE 列是 `<missing>`：
# BuildKit 不为每一步留下中间镜像（06 讲过），01 里说的 `<missing>` 就是这个意思。
#
# 数一数：历史有几行，镜像真正有几层：

# %% [markdown] lang="en"
# The steps BuildKit built say `buildkit.dockerfile.v0` in the COMMENT column, and `<missing>`
# in the IMAGE column: BuildKit leaves no intermediate image per step (from 06); that is what
# the `<missing>` of 01 means.
#
# Count the history rows, and the layers the image really has:

# %%
%%bash
echo "history rows: $(docker history -q nb10/site | wc -l)"
docker image inspect --format 'layers: {{len .RootFS.Layers}}' nb10/site

# %% [markdown] lang="zh"
# 8 行历史，4 层：`dockerlab/python` 的一层（它的 `ADD` 放进了整个 Debian 系统），
# 加上我们的 `WORKDIR`、`COPY`、`RUN` 各一层。`WORKDIR` 那一行的大小几乎是零，但它也是一层：
# 它创建了目录 `/app`。`CMD` 和 `dockerlab/python` 的 `ENV`、`CMD`、`LABEL` 不是层。
#
# 规则是：`RUN`、`COPY`、`ADD` 产生层（BuildKit 连什么文件都没改的 `RUN` 也算一层）；`WORKDIR` 在需要创建目录时产生一层；
# 其余的指令（`CMD`、`ENV`、`EXPOSE`、`USER`、`LABEL`……）只改配置。
# 层多一点本身不要紧，要紧的是每一层里放了什么：一个文件在某一层里删除，它仍然留在下面那一层里
# （练习 10.1 会用到这一点）。
#
# ## 构建缓存
#
# 再构建一次，什么都不改。`$SECONDS` 是 bash 的一个变量：从它被设为 0 开始过了多少秒。
# 构建的完整输出写进文件 `nb10-build.log`（在文件浏览器里可以打开它），
# 然后 `grep -o` 只找出 `install.sh` 打印的那一行；找不到，说明安装这一步没有执行，
# 用的是缓存（`||` 后面的命令只在前面的命令失败时运行）：

# %% [markdown] lang="en"
# 8 history rows, 4 layers: `dockerlab/python`'s one layer (its `ADD` brought in a whole Debian
# system), plus one each for our `WORKDIR`, `COPY` and `RUN`. The `WORKDIR` row's size is next
# to nothing, but it is a layer too: it created the directory `/app`. `CMD`, and
# `dockerlab/python`'s `ENV`, `CMD` and `LABEL`, are not layers.
#
# The rule: `RUN`, `COPY` and `ADD` make layers (BuildKit counts even a `RUN` that changes no
# file); `WORKDIR` makes one when it has to create the directory; the other instructions (`CMD`, `ENV`,
# `EXPOSE`, `USER`, `LABEL`, …) only change the configuration. A few more layers do no harm in
# themselves; what matters is what each layer holds: a file deleted in one layer stays in the
# layer below (exercise 10.1 uses this).
#
# ## The build cache
#
# Build again, changing nothing. `$SECONDS` is a bash variable: the seconds since it was set to
# 0. The build's whole output goes to the file `nb10-build.log` (open it in the file browser),
# then `grep -o` looks for the line `install.sh` prints; when it is not there, the install step
# did not run, and came from the cache (the command after `||` runs only when the one before it
# fails):

# %%
%%bash
SECONDS=0
docker build --progress=plain -t nb10/site nb10-site 2> nb10-build.log
echo "rebuilt in $SECONDS s"
grep -o 'installing .*' nb10-build.log || echo "(the install step came from the cache)"

# %% [markdown] lang="zh"
# 每一步都来自缓存。BuildKit 对每条指令问一个问题：上一步的结果相同、指令相同，
# （对 `COPY`、`ADD`）复制的文件内容也相同吗？都相同，就直接用上次的层，不再执行。
# 一旦有一步不同，它和它**后面的所有步骤**都要重新执行。
#
# 现在改一下代码。`echo … >> 文件` 在文件末尾加一行，这里加一行带当前时间的注释：
# 缓存比较的是文件的内容，带时间的一行保证每次运行这个单元格，代码都真的变了：

# %% [markdown] lang="en"
# Every step came from the cache. For each instruction, BuildKit asks: is the previous step's
# result the same, is the instruction the same, and (for `COPY` and `ADD`) are the copied files'
# contents the same? If so, it takes last time's layer and does not run the step. Once a step
# differs, it and **every step after it** run again.
#
# Now change the code. `echo … >> FILE` adds a line at the end of a file; here, a comment with
# the current time: the cache compares file contents, and the time makes sure that each run of
# this cell really changes the code:

# %%
%%bash
echo "# changed: $(date)" >> nb10-site/render.py
SECONDS=0
docker build --progress=plain -t nb10/site nb10-site 2> nb10-build.log
echo "rebuilt in $SECONDS s"
grep -o 'installing .*' nb10-build.log || echo "(the install step came from the cache)"

# %% [markdown] lang="zh"
# 只改了一行代码，安装却重新执行了，这 3 秒又花了一次。原因是指令的顺序：`COPY . .` 复制了所有文件，
# 包括 `render.py`；它变了，`COPY . .` 这一步就不同了，后面的 `RUN sh install.sh` 也只好重新执行。
#
# ### 先复制依赖清单，再复制代码
#
# 依赖很少变，代码经常变。所以先只复制安装依赖需要的文件，安装，然后再复制其余的代码：

# %% [markdown] lang="en"
# One line of code changed, and the install ran again: the 3 seconds, spent once more. The
# reason is the order of the instructions: `COPY . .` copies every file, `render.py` included;
# when it changes, the `COPY . .` step differs, and the `RUN sh install.sh` after it has to run
# again too.
#
# ### Copy the dependency list first, the code after
#
# Dependencies change rarely; code changes often. So copy only the files the install needs,
# install, and copy the rest of the code after that:

# %%
%%writefile nb10-site/Dockerfile
FROM dockerlab/python
WORKDIR /app
COPY requirements.txt install.sh ./
RUN sh install.sh
COPY . .
CMD ["python3", "render.py"]

# %% [markdown] lang="zh"
# `COPY requirements.txt install.sh ./`：复制多个文件时，最后的目标要以 `/` 结尾。
# 用新的 Dockerfile 构建一次（安装这一步会执行，或者来自以前运行本节时留下的缓存）：

# %% [markdown] lang="en"
# `COPY requirements.txt install.sh ./`: when copying several files, the destination must end
# with `/`. Build once with the new Dockerfile (the install step runs, or comes from the cache
# an earlier run of this notebook left):

# %%
%%bash
docker build -q -t nb10/site nb10-site

# %% [markdown] lang="zh"
# 再改一次代码：

# %% [markdown] lang="en"
# Change the code again:

# %%
%%bash
echo "# changed: $(date)" >> nb10-site/render.py
SECONDS=0
docker build --progress=plain -t nb10/site nb10-site 2> nb10-build.log
echo "rebuilt in $SECONDS s"
grep -o 'installing .*' nb10-build.log || echo "(the install step came from the cache)"

# %% [markdown] lang="zh"
# 这次安装来自缓存，只有 `COPY . .` 重新执行了，安装的那 3 秒省下了。真实项目的安装要几十秒，省下的也就是几十秒。
#
# 依赖变了的时候呢？改一下 `requirements.txt`（同样只加一行带时间的注释：对缓存来说，
# 文件的内容变了就是变了，它不管这一行是什么意思）：

# %% [markdown] lang="en"
# This time the install came from the cache, and only `COPY . .` ran again: the install's 3
# seconds were saved. A real project's install takes tens of seconds, and so much is saved.
#
# And when the dependencies change? Change `requirements.txt` (again with a comment holding the
# time: for the cache, a file whose content changed has changed, whatever the line means):

# %%
%%bash
echo "# changed: $(date)" >> nb10-site/requirements.txt
SECONDS=0
docker build --progress=plain -t nb10/site nb10-site 2> nb10-build.log
echo "rebuilt in $SECONDS s"
grep -o 'installing .*' nb10-build.log || echo "(the install step came from the cache)"

# %% [markdown] lang="zh"
# 依赖变了，安装必须重新执行，这是应该的。顺序的作用是让**经常发生**的改动（改代码）不再连累安装。
# 比较上面三个单元格的时间：
#
# | 改了什么 | `COPY . .` 在安装之前 | 先复制依赖清单，安装，再 `COPY . .` |
# |---|---|---|
# | 代码 | 安装重新执行（慢） | 安装来自缓存（快） |
# | 依赖清单 | 安装重新执行（慢） | 安装重新执行（慢） |
#
# 在 Python 项目里，同样的顺序写作 `COPY requirements.txt .`、`RUN pip install -r requirements.txt`、
# `COPY . .`；Node.js 项目先复制 `package.json` 和 `package-lock.json`，运行 `npm ci`，再复制代码。
# BuildKit 还有一个办法让依赖变化时也快一些：`RUN --mount=type=cache,target=/root/.cache/pip pip install …`
# 让下载过的包留在一个缓存目录里，下次安装不再下载。这门课没有 PyPI，就不演示了。
#
# ## 多阶段构建
#
# 这个网站是静态的：生成一次就够了，之后只需要一个 Web 服务器把文件发出去。
# 先做一个"单阶段"的镜像：在构建时生成网站，用 Python 自带的 Web 服务器
# （`python3 -m http.server`）在 80 端口提供它。`EXPOSE 80` 只是写明程序用哪个端口，不产生层，
# 也不会发布端口（发布用 `-p`，08 讲过）：

# %% [markdown] lang="en"
# The dependencies changed, so the install has to run again, as it should. What the order does
# is keep the change that happens **often** (the code) from dragging the install along. Compare
# the times of the three cells above:
#
# | what changed | `COPY . .` before the install | dependency list first, install, then `COPY . .` |
# |---|---|---|
# | the code | the install runs again (slow) | the install comes from the cache (fast) |
# | the dependency list | the install runs again (slow) | the install runs again (slow) |
#
# In a Python project the same order reads `COPY requirements.txt .`, `RUN pip install -r
# requirements.txt`, `COPY . .`; a Node.js project copies `package.json` and
# `package-lock.json` first, runs `npm ci`, then copies the code. BuildKit has one more way to
# make a dependency change faster: `RUN --mount=type=cache,target=/root/.cache/pip pip install
# …` keeps downloaded packages in a cache directory, so the next install does not download
# them again. This course has no PyPI, so it is not shown here.
#
# ## Multi-stage builds
#
# The site is static: it needs rendering once, and after that only a web server that sends the
# files. First, a "single-stage" image: it renders the site during the build, and serves it on
# port 80 with the web server that comes with Python (`python3 -m http.server`). `EXPOSE 80`
# only documents which port the program uses; it makes no layer and publishes nothing
# (publishing is `-p`, from 08):

# %%
%%writefile nb10-site/Dockerfile.single
FROM dockerlab/python
WORKDIR /app
COPY . .
RUN python3 render.py
EXPOSE 80
CMD ["python3", "-m", "http.server", "80", "--directory", "site"]

# %% [markdown] lang="zh"
# 镜像里有整个 Debian 和 Python，可网站只需要几个 HTML 文件和一个 Web 服务器。
# 多阶段构建的 Dockerfile 有不止一个 `FROM`，每个 `FROM` 开始一个阶段（stage）。
# `AS build` 给第一个阶段起名；最后一个阶段从很小的 `dockerlab/web`（busybox 的 httpd，
# 在 80 端口提供 `/www` 里的文件）开始，`COPY --from=build` 只从第一个阶段复制生成的网站。
# 最后的镜像只包含最后一个阶段，前面的阶段用完就丢下了：

# %% [markdown] lang="en"
# That image holds a whole Debian and Python, while the site needs a few HTML files and a web
# server. A multi-stage Dockerfile has more than one `FROM`; each `FROM` starts a stage. `AS
# build` names the first stage; the last stage starts from the tiny `dockerlab/web` (busybox's
# httpd, serving the files in `/www` on port 80), and `COPY --from=build` copies only the
# rendered site out of the first stage. The final image is the last stage alone; the stages
# before it are left behind:

# %%
%%writefile nb10-site/Dockerfile.multi
FROM dockerlab/python AS build
WORKDIR /app
COPY . .
RUN python3 render.py

FROM dockerlab/web
COPY --from=build /app/site/ /www/

# %% [markdown] lang="zh"
# 用 `-f` 指定 Dockerfile 的文件名，构建上下文还是 `nb10-site`。两个镜像是同一个仓库（repository）的两个标签：

# %% [markdown] lang="en"
# `-f` names the Dockerfile; the build context is still `nb10-site`. The two images are two tags
# of one repository:

# %%
%%bash
docker build -q -t nb10/site:single -f nb10-site/Dockerfile.single nb10-site
docker build -q -t nb10/site:multi -f nb10-site/Dockerfile.multi nb10-site

# %% [markdown] lang="zh"
# 比较大小（`docker images` 的 `--format` 和 06 里用过的一样）。两个数字取决于镜像存储，
# 最后一行在 shell 里用字节数算出倍数：

# %% [markdown] lang="en"
# Compare the sizes (`docker images --format`, as in 06). The two numbers depend on the image
# store; the last line works out the ratio in the shell, from the sizes in bytes:

# %%
%%bash
docker images nb10/site --format '{{.Tag}}: {{.Size}}' | grep -E '^(single|multi):' | sort
single=$(docker image inspect --format '{{.Size}}' nb10/site:single)
multi=$(docker image inspect --format '{{.Size}}' nb10/site:multi)
if [ $((single / multi)) -ge 10 ]; then echo "the multi-stage image is less than a tenth of the single-stage one"; fi

# %% [markdown] lang="zh"
# 两个镜像提供同一个网站。各自在后台运行一个容器，端口发布到本机的随机端口，
# 用 `docker port` 查出端口，再用 `curl` 取首页（`--retry` 在服务器还没准备好时重试几次）。
# `diff` 比较两个容器给出的首页，`<(…)` 把一条命令的输出当作一个文件交给它：

# %% [markdown] lang="en"
# Both images serve the same site. Run a container of each in the background, published on a
# random local port; find the port with `docker port`, and fetch the front page with `curl`
# (`--retry` tries again while the server is not ready yet). `diff` compares the two
# containers' front pages; `<(…)` hands it a command's output as if it were a file:

# %%
%%bash
docker run -d --name nb10-single -p 127.0.0.1::80 nb10/site:single > /dev/null
docker run -d --name nb10-multi -p 127.0.0.1::80 nb10/site:multi > /dev/null
curl -s --retry 5 --retry-connrefused http://$(docker port nb10-multi 80)/
diff <(curl -s --retry 5 --retry-connrefused http://$(docker port nb10-single 80)/) \
     <(curl -s http://$(docker port nb10-multi 80)/) && echo "both serve the same page"

# %% [markdown] lang="zh"
# 小镜像下载快、启动快、占的磁盘少，里面也没有编译器、Python 这些用不着的程序，
# 能被利用的东西就少。多阶段构建常用在需要编译的语言上：Go、Java、C 的程序在"构建"阶段编译，
# 最后的镜像只放编译好的程序。
#
# ## 标签和推送
#
# `-t` 可以写多次，一次构建给镜像起几个名字。下面用 `$REGISTRY` 开头的名字构建（06 讲过：
# 名字里写着镜像仓库），再推送到课程的镜像仓库。`-q` 让 `docker push` 只打印推送的名字：

# %% [markdown] lang="en"
# A small image downloads faster, starts faster and takes less disk; and it holds no compiler,
# no Python, nothing it does not use, so there is less in it to attack. Multi-stage builds are
# common with compiled languages: a Go, Java or C program is compiled in a "build" stage, and
# the final image holds only the compiled program.
#
# ## Tag and push
#
# `-t` can be given several times: one build, several names. Below, the build uses a name
# starting with `$REGISTRY` (from 06: the name says which registry), and then pushes to the
# course registry. `-q` makes `docker push` print only the name it pushed:

# %%
%%bash
docker build -q -t nb10/site:1.0 -t $REGISTRY/nb10/site:1.0 -f nb10-site/Dockerfile.multi nb10-site > /dev/null
docker push -q $REGISTRY/nb10/site:1.0
curl -s http://$REGISTRY/v2/nb10/site/tags/list; echo

# %% [markdown] lang="zh"
# 别的机器（或者你的同学）现在可以从镜像仓库运行它。先删掉本机的这个名字，再运行：
# `docker run` 发现本机没有这个镜像，就先拉取（pull）。`docker pull -q` 先拉取，只打印名字：

# %% [markdown] lang="en"
# Another machine (or a classmate) can now run it from the registry. Remove the name here
# first, then run it: `docker run` finds no such image here and pulls it first. `docker pull
# -q` pulls beforehand, printing just the name:

# %%
%%bash
docker rmi -f $REGISTRY/nb10/site:1.0 > /dev/null
docker pull -q $REGISTRY/nb10/site:1.0
docker run -d --name nb10-from-registry -p 127.0.0.1::80 $REGISTRY/nb10/site:1.0 > /dev/null
curl -s --retry 5 --retry-connrefused http://$(docker port nb10-from-registry 80)/hello.html

# %% [markdown] lang="zh"
# 给发布出去的镜像写明版本号（这里是 `1.0`），不要只用 `latest`（06 讲过 `latest` 只是一个默认的名字）。
#
# ## BuildKit 和旧的构建器
#
# 上面所有的构建都用的是 BuildKit：它是 Docker 23 起的默认构建器，由命令行的 buildx 组件驱动。
# `docker build --help` 的第一行说明了这一点：`docker build` 其实就是 `docker buildx build`：

# %% [markdown] lang="en"
# Give what you publish a version number (here `1.0`), not just `latest` (from 06: `latest` is
# only a default name).
#
# ## BuildKit and the classic builder
#
# Every build above used BuildKit: the default builder since Docker 23, driven by the CLI's
# buildx component. The first lines of `docker build --help` say so: `docker build` is really
# `docker buildx build`:

# %%
%%bash
docker build --help | grep Usage

# %% [markdown] lang="zh"
# buildx 组件的版本，以及引擎里 BuildKit 的版本，取决于你的安装，这里不检查输出：

# %% [markdown] lang="en"
# The buildx component's version, and the version of BuildKit in the Engine, depend on your
# installation; the output is not checked:

# %% tags=["nbval-ignore-output"]
%%bash
docker buildx version
docker buildx ls

# %% [markdown] lang="zh"
# 旧的构建器（classic builder，也叫 legacy builder）还在，环境变量 `DOCKER_BUILDKIT=0` 会改用它。
# 命令行先打印已经在 06 见过的 DEPRECATED 提示：旧构建器已经弃用，将来会删除。
# 提示写在标准错误上；`2>&1` 把标准错误合进标准输出，提示和输出就按先后顺序排在一起，
# `grep -A4 DEPRECATED` 打印提示那一行和它后面的四行：

# %% [markdown] lang="en"
# The classic builder (also called the legacy builder) is still there: the environment
# variable `DOCKER_BUILDKIT=0` switches to it. The CLI first prints the DEPRECATED notice you met
# in 06: the classic builder is deprecated and will be removed. The notice goes to standard
# error; `2>&1` sends standard error into standard output, so that the notice and the output
# stay together, in order, and `grep -A4 DEPRECATED` prints the notice's line and the four
# after it:

# %%
%%bash
DOCKER_BUILDKIT=0 docker build --help 2>&1 | grep -A4 DEPRECATED

# %% [markdown] lang="zh"
# 用旧构建器构建单阶段的镜像，看看它的输出有什么不同（同样用 `2>&1` 让提示和输出按顺序显示）：

# %% [markdown] lang="en"
# Build the single-stage image with the classic builder, and see how its output differs
# (`2>&1` again keeps the notice and the output in order):

# %%
%%bash
DOCKER_BUILDKIT=0 docker build -t nb10/classic -f nb10-site/Dockerfile.single nb10-site 2>&1

# %% [markdown] lang="zh"
# - `Sending build context to Docker daemon`：旧构建器一开始就把整个构建上下文发送过去；
#   BuildKit 只传输用得到的文件，不变的文件下次也不再传输。
# - `Step 2/6`：旧构建器一步一步地执行，每一步都在一个临时容器里运行（`Running in …`），
#   用完删除，留下一个中间镜像（`---> ID`）。`docker images -a` 列出的正是这些中间镜像（06 讲过）。
# - 没有 `-o`：不能把结果写成文件，只能存成镜像。
#
# 再构建一次，旧构建器也有缓存，它说 `Using cache`：

# %% [markdown] lang="en"
# - `Sending build context to Docker daemon`: the classic builder sends the whole build context
#   at the start; BuildKit transfers only the files it uses, and not again when they did not
#   change.
# - `Step 2/6`: the classic builder runs one step after another, each in a temporary container
#   (`Running in …`) removed afterwards, leaving an intermediate image (`---> ID`). Those are
#   the intermediate images `docker images -a` lists (from 06).
# - No `-o`: the result can only become an image, never files.
#
# Build again: the classic builder has a cache too, and says `Using cache`:

# %%
%%bash
DOCKER_BUILDKIT=0 docker build -t nb10/classic -f nb10-site/Dockerfile.single nb10-site 2>&1

# %% [markdown] lang="zh"
# 除此之外，BuildKit 能同时执行互不依赖的步骤，构建多阶段的 Dockerfile 时跳过最后的镜像用不到的阶段，
# 还支持 `RUN --mount=type=cache` 和构建时的机密（`RUN --mount=type=secret`，不会留在任何一层里）。
# 旧构建器按顺序执行每个阶段的每一步。除非你的环境只有旧构建器（例如没有 buildx 组件），
# 都用 BuildKit。本节后面"用 Python 做同样的事"会看到：通过引擎 API 构建时（docker-py 就是这样），
# 用的仍是旧构建器。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有"，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex10` 开头（镜像 `ex10/…`，文件夹 `ex10-…`）。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 10` 会删除镜像和容器
# （文件夹留着，你可以自己删除）。
#
# ### 练习 10.1：密钥不能在任何一层里
#
# 下面的单元格准备了一个项目 `ex10-secret/`：一个程序 `hello.sh`、一个密钥文件 `secret.env`，
# 和一个把所有文件都复制进镜像的 Dockerfile（文件夹已经存在时它什么也不做，你的改动会留着）。
# 构建镜像 `ex10/secret`，让它包含 `hello.sh`，但它的**任何一层**都不包含 `secret.env`。
#
# 提示：在 Dockerfile 里加一行 `RUN rm secret.env` 行不行？想一想"哪些指令产生层"那一段。

# %% [markdown] lang="en"
# Beyond that, BuildKit runs steps that do not depend on each other at the same time, skips the
# stages of a multi-stage Dockerfile that the final image does not need, and supports `RUN
# --mount=type=cache` and build secrets (`RUN --mount=type=secret`, which stay in no layer). The
# classic builder runs every step of every stage in order. Unless your setup only has the
# classic builder (without the buildx component, for instance), use BuildKit. In "The same in
# Python" below you will see that a build through the Engine's API (as docker-py does it) still
# uses the classic builder.
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex10` (images `ex10/…`, folders `ex10-…`). The cleanup at
# the end of the notebook leaves them, so `dl.progress()` and `dockerlab progress` can see your
# progress. To start over, `dockerlab reset 10` removes the images and containers (the folders
# stay; remove them yourself if you like).
#
# ### Exercise 10.1: a secret in no layer
#
# The cell below prepares a project, `ex10-secret/`: a program `hello.sh`, a secret file
# `secret.env`, and a Dockerfile that copies every file into the image (when the folder exists
# already, it does nothing, so your changes stay). Build an image `ex10/secret` that holds
# `hello.sh`, while **none of its layers** holds `secret.env`.
#
# Hint: would a line `RUN rm secret.env` in the Dockerfile do? Think of the section "Which
# instructions make layers".

# %%
%%bash
if [ ! -d ex10-secret ]; then
  mkdir ex10-secret
  echo 'echo hello from ex10' > ex10-secret/hello.sh
  echo 'API_TOKEN=keep-me-out' > ex10-secret/secret.env
  printf 'FROM dockerlab/busybox\nWORKDIR /app\nCOPY . .\nCMD ["sh", "hello.sh"]\n' > ex10-secret/Dockerfile
fi
ls ex10-secret

# %%
%%bash
# 10.1: your commands here


# %%
dl.check("10.1")

# %% [markdown]
# {{solution 10.1}}

# %% [markdown] lang="zh"
# ### 练习 10.2：让缓存帮你
#
# 下面的单元格把本节的程序复制到 `ex10-order/`，配上一个"先 `COPY . .`、再安装"的 Dockerfile
# （同样，文件夹已经存在时它什么也不做）。
# 改写 `ex10-order/Dockerfile`，让改代码不再引起安装。然后：
#
# 1. 构建 `ex10/order:1`；
# 2. 随便改一下 `ex10-order/render.py`；
# 3. 构建 `ex10/order:2`。
#
# 检查会用 `docker history` 比较两个镜像：两个镜像应该不同，而 `RUN sh install.sh` 那一步的创建时间应该相同：
# 来自缓存的一步保留它第一次执行的时间。

# %% [markdown] lang="en"
# ### Exercise 10.2: let the cache help you
#
# The cell below copies this notebook's program into `ex10-order/`, with a Dockerfile that does
# `COPY . .` first and installs after it (again, it does nothing when the folder exists).
# Rewrite `ex10-order/Dockerfile` so that a code change no longer sets off the install. Then:
#
# 1. build `ex10/order:1`;
# 2. change `ex10-order/render.py`, any way you like;
# 3. build `ex10/order:2`.
#
# The check compares the two images' `docker history`: the images should differ, while the
# `RUN sh install.sh` step should have the same creation time: a step taken from the cache keeps
# the time it first ran.

# %%
%%bash
if [ ! -d ex10-order ]; then
  mkdir ex10-order
  cp -r nb10-site/render.py nb10-site/install.sh nb10-site/requirements.txt nb10-site/pages ex10-order/
  printf 'FROM dockerlab/python\nWORKDIR /app\nCOPY . .\nRUN sh install.sh\nCMD ["python3", "render.py"]\n' > ex10-order/Dockerfile
fi
ls ex10-order

# %%
%%bash
# 10.2: your commands here


# %%
dl.check("10.2")

# %% [markdown]
# {{solution 10.2}}

# %% [markdown] lang="zh"
# ### 练习 10.3：把你的网站发布出去
#
# 把本节的项目复制一份：`cp -r nb10-site ex10-site`。在 `ex10-site/pages/` 里加一个你自己的页面
# （一个 `.txt` 文件：第一行是标题，后面是内容）。用多阶段构建做出镜像 `$REGISTRY/ex10/site:1.0`，
# 推送到课程的镜像仓库。检查会看：镜像建立在 `dockerlab/web` 上、足够小、网站有三个页面，
# 而且镜像仓库里的正是你本机的这个镜像。

# %% [markdown] lang="en"
# ### Exercise 10.3: publish your site
#
# Copy this notebook's project: `cp -r nb10-site ex10-site`. Add a page of your own to
# `ex10-site/pages/` (a `.txt` file: a title line, then text). Make the image
# `$REGISTRY/ex10/site:1.0` with a multi-stage build, and push it to the course registry. The
# check looks at: the image is built on `dockerlab/web`, it is small, the site has three pages,
# and what the registry holds is the very image you have here.

# %%
%%bash
# 10.3: your commands here


# %%
dl.check("10.3")

# %% [markdown]
# {{solution 10.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# docker-py（Docker 官方的 Python 库）通过引擎 API 构建镜像。API 的构建请求（`POST /build`）
# 默认使用旧构建器，所以这里的输出是 `Step 1/2` 这样的记录，不是 BuildKit 的；
# 在 Python 里要用 BuildKit，可以调用 `docker buildx build` 命令。
# `fileobj` 传入 Dockerfile 的内容，就像命令行的 `docker build -`：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# docker-py (Docker's Python library) builds images through the Engine's API. The API's build
# request (`POST /build`) uses the classic builder by default, so the record below reads `Step
# 1/2`, not BuildKit's output; for BuildKit from Python, run the `docker buildx build` command.
# `fileobj` passes the Dockerfile's content, like `docker build -` on the command line:

# %%
import io

import docker

client = docker.from_env()
dockerfile = b"FROM dockerlab/busybox\nRUN echo built by docker-py > /from-python\n"
built, log = client.images.build(fileobj=io.BytesIO(dockerfile), tag="nb10/python", rm=True)
steps = [entry["stream"].strip() for entry in log if entry.get("stream", "").startswith("Step")]
print("\n".join(steps))
print(client.containers.run("nb10/python", ["cat", "/from-python"], remove=True).decode())

# %% [markdown] lang="zh"
# `dl.history` 是 `docker history` 的表格，同时是一个 pandas DataFrame：大写的列是命令行打印的文字，
# 小写的列带类型，例如 `comment` 和字节数 `size`。只留下 BuildKit 为 `Dockerfile.single` 构建的几步：

# %% [markdown] lang="en"
# `dl.history` is `docker history`'s table, and also a pandas DataFrame: upper-case columns are
# the text the CLI prints; lower-case columns are typed, such as `comment` and `size` in bytes.
# Keep only the steps BuildKit built for `Dockerfile.single`:

# %%
history = dl.history("nb10/site:single")
steps = history[history["comment"] == "buildkit.dockerfile.v0"]
steps[["CREATED BY", "SIZE"]]

# %%
share = steps["size"].sum() / history["size"].sum()
print(f"{len(steps)} steps of Dockerfile.single: "
      + ("less than 1%" if share < 0.01 else f"{share:.0%}")
      + " of the image; the rest is dockerlab/python")

# %% [markdown] lang="zh"
# `dl.images` 的 `size` 列同样是字节数，可以直接比较两个网站镜像：

# %% [markdown] lang="en"
# `dl.images`'s `size` column is in bytes too, ready to compare the two site images:

# %%
sizes = dl.images("nb10/site").set_index("TAG")["size"]
ratio = sizes["single"] / sizes["multi"]
print("the single-stage image is " + ("more than 10 times" if ratio > 10 else f"{ratio:.1f} times")
      + " the size of the multi-stage one")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的容器和镜像（名字以 `nb10` 开头的）。你的练习（`ex10…`）和你自己的镜像都不受影响。
# 文件夹 `nb10-site/` 留着，你可以继续修改、构建。推送到课程镜像仓库的 `nb10/site:1.0` 也留在那里：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove the containers and images this notebook's lessons created (names starting `nb10`).
# Your exercises (`ex10…`) and your own images are not touched. The folder `nb10-site/` stays,
# for you to change and build again; `nb10/site:1.0`, pushed to the course registry, stays
# there too:

# %%
dl.finish("10")

# %% [markdown] lang="zh"
# 下一节：[第 11 节](11-volumes-and-bind-mounts.ipynb)，数据卷（volume）和绑定挂载（bind mount）：
# 让数据比容器活得长。

# %% [markdown] lang="en"
# Next: [11 Volumes and bind mounts](11-volumes-and-bind-mounts.ipynb): data that outlives its
# containers.
