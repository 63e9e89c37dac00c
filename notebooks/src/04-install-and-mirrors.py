# %% [markdown] lang="zh"
# # 04 · 安装以及镜像加速配置
#
# **学完这一节，你能够：**
#
# - 检查 Docker 是否装好：客户端（client）和引擎（Engine）都要有回答；
# - 说出把用户加入 `docker` 组意味着什么：这等于给了他 root 权限；
# - 从镜像（image）的名字读出它从哪个镜像仓库（registry）拉取（pull），分清公开的和私有的仓库（repository）；
# - 读出引擎正在用的镜像加速器（registry mirror）配置，知道修改 `daemon.json` 之后，
#   哪些设置用 `reload` 就能生效，容器（container）不用停；
# - 在访问 Docker Hub 不可靠的地方（比如今天的中国大陆），用离线的镜像文件（`docker save`、`docker load`）
#   和自己运行的拉取缓存（pull-through cache）拿到镜像。
#
# **时间：** {{minutes}}
#
# **先学过：** 01 到 03。这里用到的 `docker run` 在 07 细讲，后台运行（`-d`）在 08 细讲。

# %% [markdown] lang="en"
# # 04 · Installing Docker, and registry mirrors
#
# **When you finish this notebook, you can:**
#
# - check that Docker is installed: both the client and the Engine must answer;
# - say what adding a user to the `docker` group means: it gives them root;
# - read from an image's name which registry it comes from, and tell public registries from
#   private ones;
# - read the registry mirror configuration the Engine is using, and know which `daemon.json`
#   settings take effect with a `reload`, with no container stopped;
# - get images where Docker Hub is unreliable (such as mainland China today), with images
#   carried as files (`docker save`, `docker load`) and a pull-through cache you run yourself.
#
# **Time:** {{minutes}}
#
# **Before this:** 01 to 03. The `docker run` used here is taught in 07, and `-d` (in the
# background) in 08.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## docker 安装以及阿里云镜像加速配置
# >
# >     - 根据官网，根据不同系统版本来安装
# >     - 加速配置可参考阿里云或以下视频
# >
# >     视频12：00处 [https://www.bilibili.com/video/av59639711/?p=9]

# %% [markdown] lang="zh"
# 笔记让你按官网的说明安装，再按阿里云的说明配置镜像加速。安装步骤因系统而异，请照官网
# （docs.docker.com/engine/install）做，这里不重复。这一节做 notebook 能做的事：
# **检查**安装是否成功，看清 `docker` 组意味着什么，**读出**引擎正在用的镜像仓库配置，
# 讲清改配置时什么需要重启、什么不需要。最后是笔记写成之后变化最大的部分：
# 在中国大陆，公共镜像加速器已经不可靠了，可靠的办法是离线的镜像文件和你自己的拉取缓存。
#
# 这个 notebook 不会修改你的 Docker 配置：`/etc/docker` 里的文件只应该由你自己在终端里修改。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# The notes send you to the official guide to install, and to Aliyun's instructions to set up a
# registry mirror ("镜像加速", image acceleration). Installing depends on your system: follow the
# official guide (docs.docker.com/engine/install); it is not repeated here. This notebook does
# what a notebook can: **check** that the install works, see what the `docker` group means,
# **read** the registry configuration the Engine is using, and say what needs a restart when
# you change it, and what does not. Last comes what changed most since the notes were written:
# in mainland China, public registry mirrors are no longer reliable; the reliable answers are
# images carried as files, and a pull-through cache of your own.
#
# This notebook does not change your Docker configuration: the files in `/etc/docker` are for
# you to change yourself, in a terminal.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("04", language="zh")

# %% [markdown] lang="zh"
# ## 装好了吗？
#
# Docker 由两部分组成（02 讲过）：你输入命令的客户端 `docker`；在后台运行、真正管理容器的引擎，
# 也就是守护进程（daemon）`dockerd`。
# 两部分都要有回答。`docker version` 分别报告它们，`--format` 只取其中几项：

# %% [markdown] lang="en"
# ## Is it installed?
#
# Docker has two parts (from 02): the client `docker`, where you type commands, and the Engine
# (the daemon `dockerd`), which runs in the background and really manages containers. Both must
# answer. `docker version` reports each; `--format` picks a few fields:

# %%
%%bash
docker version --format 'client (docker CLI): {{.Client.Version}}
server (Docker Engine): {{.Server.Version}} on {{.Server.Os}}/{{.Server.Arch}}'

# %% [markdown] lang="zh"
# 如果只打印出客户端那一行，后面跟着一个错误，常见的原因有两种：
#
# - `permission denied while trying to connect to the Docker daemon socket`：你的用户没有权限访问引擎的套接字（socket），见下一节的 `docker` 组；
# - `Cannot connect to the Docker daemon … Is the docker daemon running?`：引擎没有运行。在 Linux 上用 `sudo systemctl start docker` 启动它；用 Docker Desktop 时，先打开 Docker Desktop。
#
# 每份安装指南的最后一步，都是运行一个容器。官网用 Docker Hub 上的 `hello-world`；
# 没有外网时，课程工具包里的 `dockerlab/hello-world` 做同样的事：

# %% [markdown] lang="en"
# If only the client's line comes back, followed by an error, it is usually one of two:
#
# - `permission denied while trying to connect to the Docker daemon socket`: your user may not
#   use the Engine's socket; see the `docker` group, next;
# - `Cannot connect to the Docker daemon … Is the docker daemon running?`: the Engine is not
#   running. On Linux, start it with `sudo systemctl start docker`; with Docker Desktop, open
#   Docker Desktop first.
#
# Every install guide ends by running a container. The official one uses `hello-world` from
# Docker Hub; with no internet, the course kit's `dockerlab/hello-world` does the same job:

# %%
%%bash
docker run --rm dockerlab/hello-world

# %% [markdown] lang="zh"
# ## `docker` 组等于 root
#
# Linux 的安装指南在最后会让你运行 `sudo usermod -aG docker $USER`（然后重新登录），
# 这样以后不用每次都输入 `sudo`。01 和 02 讲过这一步给了什么：引擎以 root 身份运行，
# 能访问它的套接字的人，就能让它做 root 能做的任何事。装好 Docker 以后，在你自己的机器上再确认一次。
#
# 例如 `/etc/shadow`（存放密码哈希的文件）只有 root 能读。`docker` 组里的任何用户都可以把它挂载进一个容器
# （`-v` 把宿主机上的文件放进容器，叫作绑定挂载（bind mount），后面的章节会细讲；`:ro` 表示只读），
# 容器里的 root 就是宿主机上的 root（01 和 03 里 `docker top` 的 UID 一列），于是读得到它：

# %% [markdown] lang="en"
# ## The `docker` group is root
#
# Linux install guides end with `sudo usermod -aG docker $USER` (then log in again), so that
# you need not type `sudo` every time. 01 and 02 showed what that step gives away: the Engine
# runs as root, and whoever may use its socket can make it do anything root can. Once Docker is
# installed, check it again on your own machine.
#
# For example, `/etc/shadow` (the file of password hashes) is readable by root only. Any user
# in the `docker` group can mount it into a container (`-v` puts a host file into the
# container, a bind mount, explained in a later notebook; `:ro` makes it read-only), and root in
# the container is root on the host (the UID column of `docker top` in 01 and 03), so it can be
# read:

# %%
%%bash
if [ -e /etc/shadow ]; then ls -l /etc/shadow | awk '{print $1, $3, $4, $NF}'; fi
if docker run --rm -v /etc/shadow:/host-shadow:ro dockerlab/busybox head -c 0 /host-shadow; then
  echo "a container opened the host's /etc/shadow, a file only root may read"
else
  echo "not here: the Engine runs in a VM (Docker Desktop), so / in -v is the VM's, not your computer's"
fi

# %% [markdown] lang="zh"
# 所以：只把你愿意给 sudo 权限的人加进 `docker` 组。不想这样时，有几种选择：每次用 `sudo docker`；
# 使用 rootless 模式，让引擎以普通用户身份运行；或者使用 Docker Desktop，
# 它把引擎放在一台虚拟机里，容器里的 root 只碰得到你共享给 Docker Desktop 的目录
# （macOS 上默认就共享了 `/Users`，也就是你所有的个人文件）。
#
# ## 镜像仓库：公开的和私有的
#
# 笔记在 01 那一节里写道：

# %% [markdown] lang="en"
# So: add to the `docker` group only people you would give sudo. If you do not want that, there
# are other ways: `sudo docker` every time; rootless mode, where the Engine runs as an ordinary
# user; or Docker Desktop, which runs the Engine in a VM, so root in a container reaches only
# the folders shared with Docker Desktop (on macOS these include `/Users` by default: all your
# personal files).
#
# ## Registries: public and private
#
# In the section of 01, the notes say:

# %% [markdown]
# > 仓库分为公开和私有
# >
# > 公开的 docker hub 阿里云，网易云。

# %% [markdown] lang="zh"
# 更准确的说法是：Docker Hub、阿里云的容器镜像服务、网易云这些是**提供镜像仓库的服务**；
# 公开还是私有，是其中每个仓库（repository）自己的设置。Docker Hub 上有私有仓库，
# 阿里云上也可以建公开仓库。公开仓库谁都能拉取；私有仓库要先用 `docker login` 登录。
# 公司和学校也常常在自己的服务器上运行镜像仓库（例如 Harbor，或者这门课也在用的 Distribution），通常是私有的。
#
# 镜像从哪个镜像仓库来，写在它的名字里：
#
# ```
# [镜像仓库地址[:端口]/]路径[:标签]
# ```
#
# 名字里没有地址时（比如 `busybox`、`dockerlab/busybox`），引擎默认去 Docker Hub：

# %% [markdown] lang="en"
# More exactly: Docker Hub, Aliyun's container registry service and NetEase's are **services
# that host registries**; public or private is a setting of each repository on them. Docker Hub
# has private repositories, and Aliyun lets you make public ones. Anyone can pull from a public
# repository; a private one needs `docker login` first. Companies and schools also run registries
# on their own servers (Harbor, for example, or Distribution, which this course uses too),
# usually private.
#
# Which registry an image comes from is written in its name:
#
# ```
# [registry-host[:port]/]path[:tag]
# ```
#
# When the name has no host (`busybox`, `dockerlab/busybox`), the Engine goes to Docker Hub:

# %%
%%bash
docker info --format 'default registry: {{.IndexServerAddress}}'

# %% [markdown] lang="zh"
# 课程的镜像仓库就是一个私有的镜像仓库：它运行在你自己的电脑上，只在 `127.0.0.1` 上提供服务，别的机器访问不到。
# `dl.begin` 把它的地址放在了 `$REGISTRY` 里。v2 镜像仓库有一个 HTTP 接口：
# `/v2/<仓库>/tags/list` 列出一个仓库里的标签（tag）。把地址写在镜像名字前面，就从这个镜像仓库拉取：

# %% [markdown] lang="en"
# The course registry is a private registry: it runs on your own computer and answers only on
# `127.0.0.1`, out of other machines' reach. `dl.begin` put its address in `$REGISTRY`. A v2
# registry has an HTTP interface: `/v2/<repository>/tags/list` lists a repository's tags. With
# the address in front of an image's name, the pull comes from that registry:

# %%
%%bash
echo "the course registry: $REGISTRY"
curl -s http://$REGISTRY/v2/dockerlab/busybox/tags/list
echo
docker pull $REGISTRY/dockerlab/busybox

# %% [markdown] lang="zh"
# 名字里没有写标签，`docker pull` 就用 `latest`：它只是一个默认的标签名字，不保证是“最新”的版本。
# 拉取下来的镜像和本地的 `dockerlab/busybox` 是同一个镜像（IMAGE ID 相同），只是多了一个名字：

# %% [markdown] lang="en"
# With no tag in the name, `docker pull` uses `latest`: it is only the default tag's name, not
# a promise of the newest version. The pulled image is the local `dockerlab/busybox` (the same
# IMAGE ID), under a second name:

# %%
%%bash
docker images --format '{{.Repository}}:{{.Tag}}  {{.ID}}' --filter reference=dockerlab/busybox --filter reference=$REGISTRY/dockerlab/busybox | sort

# %% [markdown] lang="zh"
# ## 镜像加速器
#
# 镜像加速器（registry mirror）是 Docker Hub 的一个缓存，离你更近。配置了加速器之后，
# 拉取 **Docker Hub** 上的镜像（比如 `docker pull busybox`）时，引擎先问加速器；
# 加速器出错或者给不出这个镜像时，引擎再直接去 Docker Hub。
# 名字里写了镜像仓库地址的镜像（比如上面的 `$REGISTRY/dockerlab/busybox`）不经过加速器。
#
# 加速器是引擎（守护进程）的设置，不是客户端的。`docker info` 报告引擎正在用的设置：

# %% [markdown] lang="en"
# ## Registry mirrors
#
# A registry mirror is a cache of Docker Hub that is closer to you. With a mirror configured,
# pulls of **Docker Hub** images (such as `docker pull busybox`) ask the mirror first; when the
# mirror fails or cannot provide the image, the Engine goes to Docker Hub itself. Images whose name has a registry host (such as
# `$REGISTRY/dockerlab/busybox` above) never go through a mirror.
#
# Mirrors are a setting of the Engine (the daemon), not of the client. `docker info` reports the
# settings the Engine is using:

# %%
%%bash
docker info --format 'Registry Mirrors: {{json .RegistryConfig.Mirrors}}
Insecure Registries: {{json .RegistryConfig.InsecureRegistryCIDRs}}
Live Restore Enabled: {{.LiveRestoreEnabled}}'

# %% [markdown] lang="zh"
# `Registry Mirrors` 是 `[]` 或 `null` 时，就是没有配置加速器。`127.0.0.0/8` 是默认的“不安全”镜像仓库（insecure registry）：
# 本机上的镜像仓库可以用不加密的 HTTP，课程的镜像仓库就是这样工作的。
#
# 在 Linux 上，这些设置写在 `/etc/docker/daemon.json` 里（文件不存在时新建，内容必须是合法的 JSON）：
#
# ```json
# {
#   "registry-mirrors": ["https://<你的加速器地址>"],
#   "insecure-registries": ["192.168.1.10:5000"],
#   "live-restore": true
# }
# ```
#
# 修改之后，在终端里运行：
#
# ```bash
# sudo systemctl reload docker
# docker info
# ```
#
# `reload` 向 `dockerd` 发送 SIGHUP 信号（signal），引擎重新读取 `daemon.json`。
# `registry-mirrors`、`insecure-registries` 和 `live-restore`（还有 `debug`、`labels`、
# `max-concurrent-downloads` 等几项）这样就会生效，**正在运行的容器不受影响**。
# 想亲眼看到：在另一个终端里先运行 `docker events --filter type=daemon`，
# reload 时它会打印一个 `reload` 事件，列出新的设置。
#
# 很多教程（包括笔记提到的视频）让你运行 `sudo systemctl daemon-reload` 和 `sudo systemctl restart docker`。
# `daemon-reload` 只让 systemd 重新读取它自己的服务文件，与 `daemon.json` 无关；
# `restart` 会停止引擎，默认情况下所有容器也随之停止。不在上面那几项里的设置（例如数据目录 `data-root`、
# 存储驱动 `storage-driver`）确实要重启引擎才生效；`live-restore` 为 `true` 时，重启引擎期间容器会继续运行。
#
# 用 Docker Desktop 时：Settings → Docker Engine，编辑同样的 JSON，再点 Apply & restart。
#
# ## 今天的中国大陆
#
# 笔记写成的时候，在中国大陆配置一个公共加速器（比如阿里云的）就能解决拉取慢的问题。
# 从 2024 年起，情况变了：直接访问 Docker Hub 经常失败，很多公共加速器停止了服务，或者不再对所有人开放。
# 笔记里的阿里云配置方法可能已经用不了了；网上流传的加速器地址很快就会失效。
# 而且，用别人的加速器，就得信任运营它的人：你拉到的镜像是它给的。
#
# 更可靠的办法不依赖别人的加速器：
#
# 1. **把镜像保存成文件带过去。** `docker save` 把镜像写进一个文件，`docker load` 在另一台机器上读回来，
#    全程不用联网。课程的工具包就是这样离线分发的：`dockerlab kit save 文件名` 把课程的全部镜像存成一个文件，
#    在另一台机器上 `dockerlab kit load 文件名`。
# 2. **运行你自己的拉取缓存。** 在一台能访问 Docker Hub 的机器上（比如学校或公司的一台服务器）
#    运行一个镜像仓库作为缓存，再把它的地址写进每台电脑的 `registry-mirrors`。同一个镜像只从外网下载一次，
#    之后都从缓存拿。
#
# 下面两样都在这里做一遍。
#
# ### 镜像文件：`docker save` 和 `docker load`

# %% [markdown] lang="en"
# `Registry Mirrors` is `[]` or `null` when no mirror is configured. `127.0.0.0/8` is the
# default insecure registry
# range: registries on this machine may speak unencrypted HTTP, which is how the course registry
# works.
#
# On Linux these settings live in `/etc/docker/daemon.json` (create it if it is missing; it
# must be valid JSON):
#
# ```json
# {
#   "registry-mirrors": ["https://<your mirror's address>"],
#   "insecure-registries": ["192.168.1.10:5000"],
#   "live-restore": true
# }
# ```
#
# After a change, in a terminal:
#
# ```bash
# sudo systemctl reload docker
# docker info
# ```
#
# `reload` sends the signal SIGHUP to `dockerd`, and the Engine reads `daemon.json` again.
# `registry-mirrors`, `insecure-registries` and `live-restore` (and a few others, such as
# `debug`, `labels`, `max-concurrent-downloads`) take effect that way, and **running containers
# are not touched**. To see it happen, run `docker events --filter type=daemon` in a second
# terminal first: on a reload it prints a `reload` event that lists the new settings.
#
# Many tutorials (the video in the notes among them) tell you to run `sudo systemctl
# daemon-reload` and `sudo systemctl restart docker`. `daemon-reload` only makes systemd read its
# own service files again; it has nothing to do with `daemon.json`. `restart` stops the Engine,
# and by default every container with it. Settings outside the few above (such as the data
# directory `data-root` or the storage driver `storage-driver`) do need a restart; with
# `live-restore` set to `true`, containers keep running while the Engine restarts.
#
# With Docker Desktop: Settings → Docker Engine, edit the same JSON, then Apply & restart.
#
# ## Mainland China today
#
# When the notes were written, a public mirror (Aliyun's, for example) solved slow pulls in
# mainland China. Since 2024 that has changed: reaching Docker Hub directly often fails, and many
# public mirrors have shut down or no longer serve everyone. The notes' Aliyun recipe may no
# longer work, and the mirror addresses passed around online stop working quickly. Besides, an
# image a mirror gives you is only as trustworthy as whoever runs the mirror.
#
# The reliable answers do not depend on someone else's mirror:
#
# 1. **Carry images as files.** `docker save` writes images into a file, and `docker load`
#    reads them back on another machine, with no network at all. This is how the course kit
#    travels offline: `dockerlab kit save FILE` writes all the course's images into one file,
#    and `dockerlab kit load FILE` loads them on another machine.
# 2. **Run a pull-through cache of your own.** On a machine that can reach Docker Hub (a server
#    at your school or company, say), run a registry as a cache, and put its address in every
#    computer's `registry-mirrors`. Each image comes over the internet once; after that, from
#    the cache.
#
# Both are done here, below.
#
# ### Images as files: `docker save` and `docker load`

# %%
%%bash
docker save -o /tmp/nb04-hello.tar dockerlab/hello-world
echo "/tmp/nb04-hello.tar: $(( $(wc -c < /tmp/nb04-hello.tar) / 1000 ))kB"
docker load -i /tmp/nb04-hello.tar
rm /tmp/nb04-hello.tar

# %% [markdown] lang="zh"
# 这个文件可以用 U 盘带到任何一台装了 Docker 的机器上。`docker save` 可以一次保存多个镜像，
# 共用的层（layer）只存一份。
#
# ### 你自己的拉取缓存
#
# 课程的镜像仓库运行的是镜像仓库程序 Distribution（镜像 `dockerlab/registry`，01 讲过）。
# 给它一个上游地址（环境变量 `REGISTRY_PROXY_REMOTEURL`），它就变成拉取缓存：
# 别人向它要一个它没有的镜像时，它从上游拿来，留一份副本，再交出去。
# 要缓存 Docker Hub，上游是 `https://registry-1.docker.io`。这里没有外网，所以用课程的镜像仓库做上游。
#
# 这里会用到三个新的东西：
#
# - 缓存在一个容器里，课程的镜像仓库在另一个容器里。容器之间可以通过 Docker 默认网络（network）上的
#   IP 地址互相访问，`docker inspect` 能查到这个地址（网络在后面的章节细讲）；
# - `-e 名字=值` 给容器设置一个环境变量；
# - `-p 127.0.0.1::5000` 是端口映射（port mapping，后面细讲）：把容器的 5000 端口发布到宿主机
#   `127.0.0.1` 上一个空闲的端口，`docker port` 告诉你是哪一个。不写固定的端口号，就不会和别的程序冲突。

# %% [markdown] lang="en"
# That file can travel on a USB stick to any machine with Docker. `docker save` takes several
# images at once, and stores the layers they share once.
#
# ### A pull-through cache of your own
#
# The course registry runs the registry program Distribution (the image `dockerlab/registry`,
# from 01). Given an
# upstream address (the environment variable `REGISTRY_PROXY_REMOTEURL`), it becomes a
# pull-through cache: asked for an image it does not have, it fetches it from upstream, keeps a
# copy, and hands it over. To cache Docker Hub, the upstream is `https://registry-1.docker.io`.
# Here there is no internet, so the course registry is the upstream.
#
# Three new things are used here:
#
# - the cache is in one container and the course registry in another. Containers reach each
#   other by IP address on Docker's default network, and `docker inspect` finds that address
#   (networks come in a later notebook);
# - `-e NAME=value` sets an environment variable in the container;
# - `-p 127.0.0.1::5000` publishes the container's port 5000 on a free port of the host's
#   `127.0.0.1` (port mapping, explained later), and `docker port` says which one. With no
#   fixed port number, nothing else can be in the way.

# %%
%%bash
upstream=$(docker inspect --format '{{.NetworkSettings.IPAddress}}' dockerlab-registry)
echo "the course registry, seen from other containers: $upstream:5000"
docker run -d --name nb04-cache -e REGISTRY_PROXY_REMOTEURL=http://$upstream:5000 -p 127.0.0.1::5000 dockerlab/registry
docker port nb04-cache 5000

# %% [markdown] lang="zh"
# 每个 `%%bash` 单元格是一个新的 shell，所以下面重新用 `docker port` 取出缓存的地址，放进变量 `cache`。
# 缓存刚启动，先等它回答（最多 10 秒），再通过它拉取：

# %% [markdown] lang="en"
# Each `%%bash` cell is a new shell, so below `docker port` gives the cache's address again, kept
# in the variable `cache`. The cache has just started: wait for it to answer (10 s at most),
# then pull through it:

# %%
%%bash
cache=$(docker port nb04-cache 5000)
for i in $(seq 50); do curl -sf http://$cache/v2/ > /dev/null && break; sleep 0.2; done
docker pull $cache/dockerlab/hello-world

# %% [markdown] lang="zh"
# 缓存为它回答的每个请求记一行访问日志。请求的具体形式取决于引擎的版本，所以测试不比较这个输出：

# %% [markdown] lang="en"
# The cache writes an access log line for every request it answers. The exact requests depend on
# the Engine's version, so the tests do not compare this output:

# %% tags=["nbval-ignore-output"]
%%bash
docker logs nb04-cache 2>&1 | grep '/v2/dockerlab/' | cut -d'"' -f2

# %% [markdown] lang="zh"
# 缓存从上游拿到的东西，留在了它自己的存储里。`docker cp 容器:路径 -` 把容器里的一个目录打包输出，
# `tar -t` 列出包里的内容，这里只看仓库这一级：

# %% [markdown] lang="en"
# What the cache fetched from upstream stays in its own storage. `docker cp CONTAINER:PATH -`
# writes a directory of the container as a tar stream, and `tar -t` lists it; here only the
# repository level:

# %%
%%bash
docker cp nb04-cache:/var/lib/registry/docker/registry/v2/repositories - | tar -t | grep -E '^repositories/[^/]+/[^/]+/$'

# %% [markdown] lang="zh"
# 通过缓存拿到的镜像，和课程工具包里的是同一个（IMAGE ID 相同）：

# %% [markdown] lang="en"
# The image that came through the cache is the kit's own (the same IMAGE ID):

# %%
%%bash
cache=$(docker port nb04-cache 5000)
docker images --format '{{.Repository}}:{{.Tag}}  {{.ID}}' --filter reference=dockerlab/hello-world --filter reference=$cache/dockerlab/hello-world | sort
docker rmi $cache/dockerlab/hello-world

# %% [markdown] lang="zh"
# 最后一条命令 `docker rmi`（06 细讲）又删掉了这个多出来的名字。镜像本身还在，因为它还有别的名字。
#
# 这就是镜像加速器的工作方式。在一间教室里用它：讲师在一台能上网的机器上运行一个以 Docker Hub 为上游的缓存，
# 每台学员电脑的 `daemon.json` 里写上 `"registry-mirrors": ["http://讲师机器的地址:端口"]`，再 `sudo systemctl reload docker`。
# 之后学员的 `docker pull busybox` 都经过这个缓存。完全没有网络的教室，就用上面的镜像文件。
#
# ## 练习
#
# 每个练习和 00 里讲的一样：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示；最后是折叠的参考答案，先自己试试。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
#
# 练习用的名字都以 `ex04-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 04` 会删除它们。
# 在终端里做练习时，先运行 `export REGISTRY=127.0.0.1:5000`（或者 `dockerlab kit status` 显示的地址）。
#
# ### 练习 04.1：名字里的镜像仓库
#
# 用 `docker run` 运行一个名为 `ex04-hello` 的容器，镜像是**课程镜像仓库里的** `dockerlab/hello-world`
# （不要用 `--rm`）。不要先 `docker pull`：`docker run` 发现本地没有这个镜像时，会自己去拉取（02 里看到过）。
#
# 它从哪里拉取？你是怎么告诉它的？

# %% [markdown] lang="en"
# The last command, `docker rmi` (in detail in 06), removed that extra name again. The image
# stays, because it still has another name.
#
# That is how a registry mirror works. In a classroom: the instructor runs a cache with Docker
# Hub as its upstream on a machine with internet; every learner's `daemon.json` gets
# `"registry-mirrors": ["http://<instructor's machine>:<port>"]`, then `sudo systemctl reload
# docker`. From then on, the learners' `docker pull busybox` goes through the cache. For a room
# with no network at all, use image files, as above.
#
# ## Exercises
#
# Each exercise is laid out as in 00: the task; an empty `%%bash` cell for your commands; a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint; and a folded
# solution: try on your own first. In a freshly opened notebook, Run All shows the checks as
# "not yet": that is expected.
#
# The exercises' names all start with `ex04-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 04` removes them. In a terminal, run `export REGISTRY=127.0.0.1:5000` first
# (or the address `dockerlab kit status` shows).
#
# ### Exercise 04.1: the registry in the name
#
# With `docker run`, run a container named `ex04-hello` from the `dockerlab/hello-world` **of
# the course registry** (no `--rm`). Do not `docker pull` first: when the image is not here,
# `docker run` pulls it itself (you saw this in 02).
#
# Where does it pull from, and how did you tell it?

# %%
%%bash
# 04.1: your commands here


# %%
dl.check("04.1")

# %% [markdown]
# {{solution 04.1}}

# %% [markdown] lang="zh"
# ### 练习 04.2：你自己的缓存
#
# 运行你自己的拉取缓存：一个名为 `ex04-cache` 的容器，镜像是 `dockerlab/registry`，上游是课程的镜像仓库，
# 端口 5000 只发布在 `127.0.0.1` 上一个空闲的端口。
# 然后**通过这个缓存**运行一个名为 `ex04-echo` 的 `dockerlab/busybox` 容器，命令是 `echo hello through my cache`。
#
# 检查会看 `ex04-cache` 的存储里有没有留下 `dockerlab/busybox` 的副本。

# %% [markdown] lang="en"
# ### Exercise 04.2: a cache of your own
#
# Run your own pull-through cache: a container named `ex04-cache` from `dockerlab/registry`, with
# the course registry as its upstream, and its port 5000 published on a free port of
# `127.0.0.1` only. Then, **through that cache**, run a `dockerlab/busybox` container named
# `ex04-echo` with the command `echo hello through my cache`.
#
# The check looks for a copy of `dockerlab/busybox` in `ex04-cache`'s storage.

# %%
%%bash
# 04.2: your commands here


# %%
dl.check("04.2")

# %% [markdown]
# {{solution 04.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每条命令都是对引擎 API 的请求。docker-py（Docker 官方的 Python 库）发出同样的请求，
# dockerlab 再把回答变成表格。它们让代码更短，做的事和上面的命令一样。
#
# `docker version` 和 `docker info` 在 docker-py 里是两个字典，加速器的配置在 `RegistryConfig` 里：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Each command above is a request to the Engine's API. docker-py (Docker's Python library)
# sends the same requests; dockerlab turns the answers into tables. They make code shorter; they
# do what the commands above do.
#
# `docker version` and `docker info` are two dicts in docker-py; the mirrors are in
# `RegistryConfig`:

# %%
import os

import docker

client = docker.from_env()
version = client.version()
registry_config = client.info()["RegistryConfig"]
print(f"Engine {version['Version']} on {version['Os']}/{version['Arch']}")
print(f"Mirrors: {registry_config['Mirrors']}, "
      f"InsecureRegistryCIDRs: {registry_config['InsecureRegistryCIDRs']}")

# %% [markdown] lang="zh"
# `docker pull` 是 `client.images.pull`。拉取课程镜像仓库里的 `dockerlab/busybox`，和本地的比较：

# %% [markdown] lang="en"
# `docker pull` is `client.images.pull`. Pull `dockerlab/busybox` from the course registry and
# compare it with the local one:

# %%
registry = os.environ["REGISTRY"]
pulled = client.images.pull(f"{registry}/dockerlab/busybox", tag="latest")
local = client.images.get("dockerlab/busybox")
print(f"{pulled.tags[0]}: {'the same image as' if pulled.id == local.id else 'not'} dockerlab/busybox")

# %% [markdown] lang="zh"
# v2 镜像仓库没有 `docker search`（那是 Docker Hub 的接口）。`dl.search` 在给了 `registry` 时，
# 改为读取镜像仓库的目录（`/v2/_catalog`）和标签列表：

# %% [markdown] lang="en"
# A v2 registry has no `docker search` (that is Docker Hub's interface). Given a `registry`,
# `dl.search` reads the registry's catalog (`/v2/_catalog`) and tag lists instead:

# %%
dl.search("dockerlab/busybox", registry=registry)

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb04-` 开头的，以及拉取时给课程镜像加上的额外名字）。
# 课程的镜像仓库继续运行；你的练习（`ex04-…`）和你自己的容器、镜像都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb04-`, and the extra names pulls
# gave the course images). The course registry keeps running; your exercises (`ex04-…`) and
# your own containers and images are not touched:

# %%
dl.finish("04")

# %% [markdown] lang="zh"
# 下一节：[05 帮助命令](05-help-commands.ipynb)：`docker version`、`docker info` 和 `--help`。

# %% [markdown] lang="en"
# Next: [05 Help commands](05-help-commands.ipynb): `docker version`, `docker info` and `--help`.
