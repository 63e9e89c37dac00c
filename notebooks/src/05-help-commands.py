# %% [markdown] lang="zh"
# # 05 · 帮助命令
#
# **学完这一节，你能够：**
#
# - 用 `docker version` 查看客户端（client）和服务端（server）各自的版本，以及两者之间使用的
#   API 版本。服务端就是 Docker 引擎（Engine）；
# - 用 `--format` 只取出需要的字段，例如引擎的版本号；
# - 用 `docker info` 查看引擎的状态和设置：有多少容器（container）和镜像（image），
#   信任哪些镜像仓库（registry）；
# - 用 `docker --help` 和 `docker 命令 --help` 找到需要的命令和选项；
# - 读懂命令行报错时给出的提示（`Run 'docker … --help'`）。
#
# **时间：** {{minutes}}
#
# **先学过：** 02（Docker 是怎么工作的：客户端和服务端）。

# %% [markdown] lang="en"
# # 05 · Help commands
#
# **When you finish this notebook, you can:**
#
# - see the versions of the client and of the server (the Engine) with `docker version`, and the
#   API version they use between them;
# - pick out only the fields you need with `--format`, such as the Engine's version;
# - read the Engine's state and settings with `docker info`: how many containers and images it
#   holds, which registries it trusts;
# - find the command and the option you need with `docker --help` and `docker COMMAND --help`;
# - read the hint the CLI gives when a command is wrong (`Run 'docker … --help'`).
#
# **Time:** {{minutes}}
#
# **Before this:** 02 (how Docker works: a client and a server).

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## 帮助命令
# >     - docker version
# >     - docker info
# >     - docker --help

# %% [markdown] lang="zh"
# 这三个命令都是向 Docker 打听它自己的情况，但问的对象不同。
# `docker version` 和 `docker info` 问的是守护进程（daemon），也就是引擎：
# 命令行客户端向引擎的 API 发一个请求（`GET /version`、`GET /info`），再把回答打印出来。
# `docker --help` 只问客户端自己：命令和选项都是命令行程序的一部分，引擎并没有“帮助”这个接口。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# All three commands ask Docker about itself, but they ask different programs. `docker version`
# and `docker info` ask the daemon, that is the Engine: the command-line client sends one request
# to the Engine's API (`GET /version`, `GET /info`) and prints the answer. `docker --help` asks
# the client alone: commands and options are part of the command-line program, and the Engine
# has no "help" endpoint.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("05", language="zh")

# %% [markdown] lang="zh"
# ## `docker version`：客户端和服务端的版本
#
# 输出分两部分：`Client`（客户端，就是你输入的 `docker` 命令）和 `Server`（服务端，也就是引擎，
# 以及它用到的组件 containerd、runc 等）。两边的版本可以不同，也常常不同。
# 你机器上的数字会和这里不一样，所以这个单元格的输出不参与检查：

# %% [markdown] lang="en"
# ## `docker version`: the client's and the server's versions
#
# The output has two parts: `Client` (the `docker` command you typed) and `Server` (the Engine,
# and the components it uses: containerd, runc and others). The two sides can have different
# versions, and often do. Your numbers will differ from these, so this cell's output is not
# checked:

# %% tags=["nbval-ignore-output"]
%%bash
docker version

# %% [markdown] lang="zh"
# 看 `API version` 这两行。客户端和引擎通过 HTTP API 对话，API 有自己的版本号。
# 新的客户端会先问引擎支持哪个版本，再降到引擎的版本（输出里的 `downgraded from …`），
# 所以新的 `docker` 命令也能和旧的引擎一起用。引擎那一行的 `minimum version` 是它还接受的最老版本。
#
# `--format` 用一个 Go 模板（template）从回答里只取出几个字段。`{{.Client.Version}}`
# 是客户端的版本，`{{.Server.Version}}` 是引擎的版本。模板之外的文字照原样打印：

# %% [markdown] lang="en"
# Look at the two `API version` lines. Client and Engine talk over an HTTP API, and the API has
# its own version number. A newer client first asks which version the Engine speaks, then steps
# down to it (`downgraded from …` in the output), so a new `docker` command works with an older
# Engine. On the Engine's line, `minimum version` is the oldest version it still accepts.
#
# `--format` takes a Go template and prints only the fields you name. `{{.Client.Version}}` is
# the client's version, `{{.Server.Version}}` the Engine's. Text outside the braces is printed
# as it is:

# %%
%%bash
docker version --format 'client {{.Client.Version}}, Engine {{.Server.Version}}'
docker version --format 'they speak API {{.Client.APIVersion}}; the Engine accepts API {{.Server.MinAPIVersion}} and newer'

# %% [markdown] lang="zh"
# 客户端的那一半不需要引擎。环境变量 `DOCKER_HOST` 告诉客户端去哪里找引擎（02 讲过）。
# 让它指向一个不存在的地址：客户端仍然打印出自己的版本，然后报告连接不上引擎，
# 命令以非 0 的退出码（exit code）结束。
# 以后看到 `Cannot connect to the Docker daemon`，就知道问题在引擎那边（没有启动，或者地址不对），
# 不在命令本身。
#
# 这个单元格预期会失败：它带有 `raises-exception` 标记，所以“全部运行”不会停在这里。
# 输出里先是命令自己打印的信息，最后是课程的说明：命令失败了，退出码是多少：

# %% [markdown] lang="en"
# The client's half needs no Engine. The environment variable `DOCKER_HOST` tells the client
# where the Engine is (from 02). Point it at an address where nothing listens: the client still
# prints its own version, then reports that it cannot reach the Engine, and the command ends
# with a non-zero exit code. When you see `Cannot connect to the Docker daemon` later, you know
# the problem is on the Engine's side (not started, or the wrong address), not in the command.
#
# This cell is meant to fail: it is tagged `raises-exception`, so Run All goes on past it. The
# output shows what the command printed first, then the course's note: the command failed,
# and its exit code:

# %% tags=["raises-exception"]
%%bash
DOCKER_HOST=unix:///tmp/no-engine-here.sock docker version --format 'client {{.Client.Version}}'

# %% [markdown] lang="zh"
# ## `docker info`：引擎的状态和设置
#
# `docker info` 列出引擎知道的关于自己的一切：有多少容器（运行中、暂停、停止）、多少镜像、
# 用哪种存储驱动（storage driver）、运行在什么内核和操作系统上、信任哪些镜像仓库（registry）、
# 配置了哪些镜像加速器（registry mirror，04 讲过）。每台机器都不一样，所以这里不检查输出：

# %% [markdown] lang="en"
# ## `docker info`: the Engine's state and settings
#
# `docker info` lists everything the Engine knows about itself: how many containers (running,
# paused, stopped) and images it holds, its storage driver, the kernel and operating system it
# runs on, the registries it trusts, and the registry mirrors it uses (from 04). Every machine
# differs, so the output is not checked here:

# %% tags=["nbval-ignore-output"]
%%bash
docker info

# %% [markdown] lang="zh"
# `docker info` 也接受 `--format`。下面取出操作系统和 CPU 架构，以及引擎允许用普通 HTTP
# 访问的镜像仓库（`InsecureRegistryCIDRs`）。`127.0.0.0/8` 在默认设置里就有，
# 所以课程在 `127.0.0.1` 上的镜像仓库不需要 HTTPS 证书也能用。`{{json …}}` 把一个字段打印成 JSON：

# %% [markdown] lang="en"
# `docker info` takes `--format` too. Below: the operating system and CPU architecture, and the
# registries the Engine may reach over plain HTTP (`InsecureRegistryCIDRs`). `127.0.0.0/8` is
# there by default, which is why the course's registry on `127.0.0.1` works without an HTTPS
# certificate. `{{json …}}` prints one field as JSON:

# %%
%%bash
docker info --format 'the Engine runs on {{.OSType}}/{{.Architecture}}'
docker info --format 'registries reached over plain HTTP: {{json .RegistryConfig.InsecureRegistryCIDRs}}'

# %% [markdown] lang="zh"
# `docker info` 里的数字就是引擎此刻的状态。例如它数出的容器个数，
# 和 `docker ps -a -q`（列出所有容器的 ID，07 细讲）的行数一样。`wc -l` 数行数：

# %% [markdown] lang="en"
# The numbers in `docker info` are the Engine's state right now. The number of containers it
# counts, for example, is the number of lines `docker ps -a -q` prints (the IDs of all
# containers, in detail in 07). `wc -l` counts lines:

# %%
%%bash
counted=$(docker info --format '{{.Containers}}')
listed=$(docker ps -a -q | wc -l)
if [ "$counted" -eq "$listed" ]; then
  echo "docker info counts as many containers as docker ps -a lists"
else
  echo "docker info counts $counted containers, docker ps -a lists $listed"
fi

# %% [markdown] lang="zh"
# 较新的命令行把命令按对象分组，叫作管理命令（management command）：`docker system info` 和
# `docker info` 是同一个命令，`docker image ls` 和 `docker images` 也是。两种写法都能用，09 有一张对照表：

# %% [markdown] lang="en"
# Newer CLIs group commands by the object they act on, as management commands: `docker system
# info` is the same command as `docker info`, and `docker image ls` the same as `docker images`.
# Both spellings work; 09 has a table of them:

# %%
%%bash
docker system info --format 'docker system info says: {{.OSType}}/{{.Architecture}}'

# %% [markdown] lang="zh"
# ## `docker --help`：有哪些命令
#
# `docker --help`（或者只输入 `docker`）列出所有命令，分成几组：常用命令（Common Commands）、
# 管理命令（Management Commands）、集群命令（Swarm Commands）、其他命令（Commands）和全局选项
# （Global Options）。带 `*` 的是插件（plugin）提供的命令，例如 `buildx`、`compose`。
# 列表随 docker 版本和安装的插件变化，所以不检查输出：

# %% [markdown] lang="en"
# ## `docker --help`: which commands there are
#
# `docker --help` (or just `docker`) lists every command, in groups: Common Commands, Management
# Commands, Swarm Commands, Commands, and Global Options. Names marked `*` come from plugins, such
# as `buildx` and `compose`. The list changes with the docker version and the plugins installed,
# so the output is not checked:

# %% tags=["nbval-ignore-output"]
%%bash
docker --help

# %% [markdown] lang="zh"
# 列表很长。`grep` 只留下包含某些文字的行，例如下一节（06）要学的镜像命令。
# `-E` 让 `|` 表示“或者”；行首的两个空格，是命令名前面的缩进：

# %% [markdown] lang="en"
# The list is long. `grep` keeps only the lines that contain some text, for example the image
# commands of the next notebook (06). `-E` lets `|` mean "or"; the two spaces at the start are
# the indentation before a command's name:

# %%
%%bash
docker --help | grep -E '^  (images|search|pull|rmi) '

# %% [markdown] lang="zh"
# ## `docker 命令 --help`：一个命令的用法和选项
#
# 每个命令都有自己的 `--help`：第一行是用法（Usage），然后是一句说明、别名（Aliases）和所有选项（Options）。
# 用法里方括号 `[…]` 中的部分可以不写。下面是 06 要用的 `docker images`：

# %% [markdown] lang="en"
# ## `docker COMMAND --help`: one command's usage and options
#
# Every command has its own `--help`: the usage line first, then one sentence, the aliases and
# all options. In the usage line, parts in square brackets `[…]` are optional. Here is
# `docker images`, which 06 uses:

# %%
%%bash
docker images --help

# %% [markdown] lang="zh"
# 注意三点：
#
# - `Aliases` 说明 `docker images`、`docker image ls`、`docker image list` 是同一个命令；
# - 一个选项常有短写和长写两种形式，例如 `-a` 和 `--all`，`-q` 和 `--quiet`；
# - 笔记里的 `-a`、`-q`、`--digests`、`--no-trunc` 都在这里，说明也在这里：`-a` 显示被隐藏的中间镜像
#   （intermediate image），06 会讲它到底是什么。
#
# `docker help 命令` 和 `docker 命令 --help` 打印同样的内容：

# %% [markdown] lang="en"
# Three things to notice:
#
# - `Aliases` says that `docker images`, `docker image ls` and `docker image list` are one
#   command;
# - an option often has a short and a long form, such as `-a` and `--all`, `-q` and `--quiet`;
# - the notes' `-a`, `-q`, `--digests` and `--no-trunc` are all here, with what they do: `-a`
#   shows the intermediate images that are otherwise hidden, and 06 shows what those are.
#
# `docker help COMMAND` prints the same as `docker COMMAND --help`:

# %%
%%bash
docker help images | grep Usage

# %% [markdown] lang="zh"
# 用 `--help` 找选项很方便：把它的输出交给 `grep`，查一个关键词。
# 例如，`docker run` 的哪个选项让容器退出后自动删除？查 `remove`（`grep -i` 不区分大小写）：

# %% [markdown] lang="en"
# Finding an option with `--help` is quick: pipe it into `grep` and look for a keyword. For
# example, which option of `docker run` removes the container when it exits? Look for `remove`
# (`grep -i` ignores upper and lower case):

# %%
%%bash
docker run --help | grep -i remove

# %% [markdown] lang="zh"
# 就是 07 会用到的 `--rm`。
#
# 选项写错时，命令行根本不去问引擎，而是马上报错，退出码是 125，并告诉你去看哪一个 `--help`。
# 这个单元格同样预期会失败：

# %% [markdown] lang="en"
# That is `--rm`, which 07 uses.
#
# When an option is wrong, the CLI does not ask the Engine at all: it stops at once with exit
# code 125 and tells you which `--help` to read. This cell, too, is meant to fail:

# %% tags=["raises-exception"]
%%bash
docker images --all-of-them

# %% [markdown] lang="zh"
# 06 里，笔记中的 `docker search -s 30` 就会这样报错：这个选项已经从命令行中删除了。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex05-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 05` 会删除它们。
# 这几个练习都要运行容器：`docker run --name 名字 镜像 命令` 创建一个有名字的容器，运行命令，
# 命令结束时容器停止（07 细讲）。
#
# ### 练习 05.1：一个环境变量
#
# 用 `docker run --help` 找到设置环境变量（environment variable）的选项。
# 然后从 `dockerlab/busybox` 运行一个名为 `ex05-env` 的容器：它的环境变量 `GREETING` 的值是 `hello`，
# 它运行的命令是 `env`（打印所有环境变量）。

# %% [markdown] lang="en"
# In 06, the notes' `docker search -s 30` fails this way: that option was removed from the CLI.
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex05-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 05` removes them. Each exercise runs a container: `docker run --name NAME
# IMAGE COMMAND` creates a container with that name and runs the command; when the command ends,
# the container stops (in detail in 07).
#
# ### Exercise 05.1: an environment variable
#
# Find the option of `docker run` that sets an environment variable, with `docker run --help`.
# Then run a container named `ex05-env` from `dockerlab/busybox` whose environment variable
# `GREETING` is `hello`, and whose command is `env` (it prints every environment variable).

# %%
%%bash
# 05.1: your commands here


# %%
dl.check("05.1")

# %% [markdown]
# {{solution 05.1}}

# %% [markdown] lang="zh"
# ### 练习 05.2：容器有多大？
#
# 从 `dockerlab/busybox` 运行一个名为 `ex05-size` 的容器，让它在自己的文件系统里写一个 1 MB 的文件：
# 命令是 `dd if=/dev/zero of=/big bs=1M count=1`。
# 然后用 `docker ps --help` 找到显示容器大小的选项，用它看 `ex05-size` 的大小（加上 `-a`，
# 因为容器已经停止了）。

# %% [markdown] lang="en"
# ### Exercise 05.2: how big is a container?
#
# Run a container named `ex05-size` from `dockerlab/busybox` that writes a 1 MB file into its own
# file system: its command is `dd if=/dev/zero of=/big bs=1M count=1`. Then find the option of
# `docker ps` that shows a container's size, with `docker ps --help`, and use it to see the size
# of `ex05-size` (add `-a`: the container has stopped).

# %%
%%bash
# 05.2: your commands here


# %%
dl.check("05.2")

# %% [markdown]
# {{solution 05.2}}

# %% [markdown] lang="zh"
# ### 练习 05.3：借用主机的名字
#
# 每个容器都有自己的主机名（hostname），默认是它的短 ID。
# 运行一个名为 `ex05-host` 的 `dockerlab/busybox` 容器，运行命令 `hostname`，
# 让它的主机名和引擎所在机器的名字相同。你需要：
#
# - `docker info --format` 取出机器的名字（在 `docker info` 的输出里找 `Name`）；
# - `docker run --help` 找到设置主机名的选项；
# - shell 的 `$(…)`：把一条命令的输出放进另一条命令里。

# %% [markdown] lang="en"
# ### Exercise 05.3: borrow the host's name
#
# Every container has its own hostname, by default its short ID. Run a `dockerlab/busybox`
# container named `ex05-host`, running the command `hostname`, whose hostname is the name of the
# machine the Engine runs on. You need:
#
# - `docker info --format` to get the machine's name (look for `Name` in `docker info`);
# - `docker run --help` to find the option that sets the hostname;
# - the shell's `$(…)`, which puts one command's output into another command.

# %%
%%bash
# 05.3: your commands here


# %%
dl.check("05.3")

# %% [markdown]
# {{solution 05.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# `docker version` 和 `docker info` 各是一次引擎 API 请求。docker-py（Docker 官方的 Python 库）
# 发出同样的请求，回答是 Python 的字典（dict），键名就是引擎 API 返回的 JSON 里的名字。
# 它们和 `--format` 里的字段名大多相同，个别写法不一样：模板里的 `{{.Server.APIVersion}}`，
# 在这里是 `ApiVersion`：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# `docker version` and `docker info` are one Engine API request each. docker-py (Docker's
# Python library) sends the same requests, and the answer is a Python dict whose keys are the
# names in the JSON the Engine API returns. Most are the field names `--format` uses, a few are
# spelled differently: the template's `{{.Server.APIVersion}}` is `ApiVersion` here:

# %%
import docker

client = docker.from_env()
server = client.version()
print(f"Engine {server['Version']} on {server['Os']}/{server['Arch']}, API {server['ApiVersion']}")

# %% [markdown] lang="zh"
# `dl.version()` 也是这个字典，只是显示成 `docker version` 打印的样子。
# Client 部分换成了 Python 这一边：dockerlab、docker-py，以及它们和引擎商定的 API 版本。
# 版本号每台机器都不同，这里不检查：

# %% [markdown] lang="en"
# `dl.version()` is the same dict, shown the way `docker version` prints it, with the Python
# side's client on top: dockerlab, docker-py and the API version they agreed with the Engine.
# Versions differ on every machine, so this is not checked:

# %% tags=["nbval-ignore-output"]
dl.version()

# %% [markdown] lang="zh"
# `dl.info()` 是 `docker info` 的字典；`.to_frame()` 把它展开成一张“键 / 值”表（pandas DataFrame），
# 可以像其他表格一样筛选。这里只看和镜像仓库有关的设置：

# %% [markdown] lang="en"
# `dl.info()` is `docker info`'s dict; `.to_frame()` flattens it into a key/value table (a
# pandas DataFrame) that you can filter like any other. Here, only the settings about
# registries:

# %%
info = dl.info()
settings = info.to_frame()
settings[settings["KEY"].str.startswith("RegistryConfig.")]

# %% [markdown] lang="zh"
# `dl.cli_help()` 运行 `docker … --help`，把帮助文字变成一张表：组（GROUP）、名字（NAME）和说明
# （DESCRIPTION）。这是 `docker images` 的选项：

# %% [markdown] lang="en"
# `dl.cli_help()` runs `docker … --help` and turns the help text into a table: GROUP, NAME and
# DESCRIPTION. These are the options of `docker images`:

# %%
options = dl.cli_help("images")
options[options["GROUP"] == "Options"]

# %% [markdown] lang="zh"
# ## 清理
#
# 本节只读取了信息，没有创建容器或镜像；下面的单元格确认这一点。你的练习（`ex05-…`）不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# This notebook's lessons only read information and created no containers or images; the cell
# below makes sure. Your exercises (`ex05-…`) are not touched:

# %%
dl.finish("05")

# %% [markdown] lang="zh"
# 下一节：[06 镜像命令](06-image-commands.ipynb)：列出、搜索、拉取（pull）和删除镜像。

# %% [markdown] lang="en"
# Next: [06 Image commands](06-image-commands.ipynb): listing, searching, pulling and removing
# images.
