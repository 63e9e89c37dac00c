# %% [markdown] lang="zh"
# # 12 · 网络和端口
#
# **学完这一节，你能够：**
#
# - 用 `-p` 的各种写法发布（publish）容器（container）的端口，用 `docker port` 查出 Docker 选的端口；
# - 说清 `-p 80:80` 把端口开放给了谁，为什么课程总是写 `127.0.0.1:`；
# - 创建自定义网络（`docker network create`），让容器按名字互相访问，并说出默认网络为什么不行；
# - 说出 `--network none` 和 `--network host` 各给容器什么样的网络；
# - 让两个容器对话：一个 Python 网页程序，通过网络使用另一个容器里的计数服务。
#
# **时间：** {{minutes}}
#
# **先学过：** 07、08（容器命令，后台运行的容器）；11（数据卷（volume）和绑定挂载（bind mount）：最后一部分用绑定挂载把程序放进容器）。

# %% [markdown] lang="en"
# # 12 · Networks and ports
#
# **When you finish this notebook, you can:**
#
# - publish a container's port with each form of `-p`, and find the port Docker chose with
#   `docker port`;
# - say whom `-p 80:80` opens a port to, and why the course always writes `127.0.0.1:`;
# - create your own network (`docker network create`) where containers reach each other by
#   name, and say why the default network does not do that;
# - say what network `--network none` and `--network host` give a container;
# - make two containers talk: a Python web page that uses a counting service in another
#   container, over a network.
#
# **Time:** {{minutes}}
#
# **Before this:** 07 and 08 (container commands, containers in the background); 11 (volumes
# and bind mounts: the last part puts a program into containers with a bind mount).

# %% [markdown] lang="zh"
# 笔记到守护式容器就结束了。从 10 开始的几节是笔记之后的内容：一个真正的程序要打包（10）、
# 要保存数据（11），还要和别的程序通信，这一节讲最后这一件。
#
# 每个容器有自己的网络：自己的网卡（network interface）、自己的 IP 地址、自己的端口。
# 容器里的程序监听 80 端口，只在容器自己的网络里有效；要从外面访问，
# 就要做端口映射（port mapping，Docker 文档里叫 publish，发布端口）。容器之间要互相访问，就要把它们放在同一个**网络**（network）里。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，包括最后一部分要用的镜像（image）`dockerlab/python`，
# 并清理上次中断时留下的东西。之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# The notes end with daemon containers. The notebooks from 10 on go beyond them: a real program
# has to be packaged (10), keep its data (11), and talk to other programs. This notebook is
# about that last part.
#
# Every container has a network of its own: its own network interface, its own IP address, its
# own ports. A program listening on port 80 in a container listens in the container's network
# only; to reach it from outside, you **publish** the port (port mapping). For containers to
# reach each other, you put them on the same **network**.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit
# (including the `dockerlab/python` image the last part uses), and removes what an interrupted
# earlier run left. After it, every `%%bash` cell is terminal commands: you can paste them into
# a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("12", language="zh")

# %% [markdown] lang="zh"
# ## 容器自己的网络
#
# Docker 装好后就有三个网络：`bridge`（默认网络，不写 `--network` 的容器都在这里）、
# `host` 和 `none`（这两个在后面讲）。`docker network ls` 列出网络，`--filter type=builtin` 只列出这三个内置的：

# %% [markdown] lang="en"
# ## A container's own network
#
# A new Docker install has three networks: `bridge` (the default one: every container started
# without `--network` is on it), `host` and `none` (both come later). `docker network ls` lists
# networks; `--filter type=builtin` lists only these three built-in ones:

# %%
%%bash
docker network ls --filter type=builtin

# %% [markdown] lang="zh"
# 在默认网络上的容器有两块网卡：`lo`（回环，loopback，地址 127.0.0.1）和 `eth0`，
# 还有一个只属于它的 IP 地址（`hostname -i` 打印它）。容器里的 127.0.0.1 是**容器自己**，不是你的电脑：

# %% [markdown] lang="en"
# A container on the default network has two network interfaces: `lo` (loopback, address
# 127.0.0.1) and `eth0`, and an IP address of its own (`hostname -i` prints it). In a container,
# 127.0.0.1 is **the container itself**, not your computer:

# %%
%%bash
docker run --rm dockerlab/busybox sh -c 'ls /sys/class/net; hostname -i'

# %% [markdown] lang="zh"
# ## 端口映射：`-p` 和 `docker port`
#
# `dockerlab/web` 是一个小网页服务器，在容器里监听 80 端口。`-p 127.0.0.1::80` 的意思是：
# 把容器的 80 端口发布到这台机器的 127.0.0.1 上，**这台机器上的端口号由 Docker 选一个空闲的**
# （两个冒号中间是空的）。`docker port` 查出选中的端口：

# %% [markdown] lang="en"
# ## Publishing: `-p` and `docker port`
#
# `dockerlab/web` is a small web server listening on port 80 in its container. `-p
# 127.0.0.1::80` means: publish the container's port 80 on this machine's 127.0.0.1, **on a
# free port Docker chooses** (nothing between the two colons). `docker port` tells you which:

# %%
%%bash
docker run -d --name nb12-web -p 127.0.0.1::80 dockerlab/web
docker port nb12-web

# %% [markdown] lang="zh"
# `docker port nb12-web 80` 只打印 80 端口对应的"地址:端口"，正好可以放进网址里。
# 用 `curl`（命令行的 HTTP 客户端，client）访问它：

# %% [markdown] lang="en"
# `docker port nb12-web 80` prints just "address:port" for port 80, ready to go into a URL.
# `curl` (a command-line HTTP client) fetches the page:

# %%
%%bash
docker port nb12-web 80
curl -s http://$(docker port nb12-web 80)/

# %% [markdown] lang="zh"
# `docker ps` 的 PORTS 列也显示这个映射，读作"这台机器的 127.0.0.1:端口 转到容器的 80/tcp"：

# %% [markdown] lang="en"
# `docker ps` shows the mapping in its PORTS column; read it as "this machine's
# 127.0.0.1:port goes to the container's 80/tcp":

# %%
%%bash
docker ps --filter name=nb12-web --format '{{.Names}}: {{.Ports}}'

# %% [markdown] lang="zh"
# ### `-p` 的各种写法
#
# 完整的写法是 `-p 地址:这台机器的端口:容器的端口/协议`，省略的部分有默认值：
#
# | 写法 | 这台机器上的哪个地址 | 端口 |
# |---|---|---|
# | `-p 127.0.0.1::80` | 只有 127.0.0.1（只有这台机器自己能访问） | Docker 选 |
# | `-p 127.0.0.1:8080:80` | 只有 127.0.0.1 | 8080 |
# | `-p 8080:80` | **所有**地址（0.0.0.0 和 `::`） | 8080 |
# | `-p 80` | **所有**地址 | Docker 选 |
# | `-P`（大写） | **所有**地址，镜像里每个 `EXPOSE` 的端口 | Docker 选 |
# | `-p 127.0.0.1::53/udp` | 只有 127.0.0.1，UDP 协议（默认是 `tcp`） | Docker 选 |
# | `-p 127.0.0.1:8000-8010:80` | 只有 127.0.0.1 | 这个范围里空闲的一个 |
#
# 课程总是用第一种：不写死端口号，就不会和别的程序冲突；写上 127.0.0.1，就不会开放给别人（下一小节讲）。
#
# 写死端口号会怎样？用 shell 变量取出 `nb12-web` 得到的端口，再让另一个容器使用同一个端口：

# %% [markdown] lang="en"
# ### The forms of `-p`
#
# In full it is `-p ADDRESS:HOST_PORT:CONTAINER_PORT/PROTOCOL`, and the parts left out have
# defaults:
#
# | form | which addresses of this machine | port |
# |---|---|---|
# | `-p 127.0.0.1::80` | 127.0.0.1 only (only this machine can connect) | Docker chooses |
# | `-p 127.0.0.1:8080:80` | 127.0.0.1 only | 8080 |
# | `-p 8080:80` | **every** address (0.0.0.0 and `::`) | 8080 |
# | `-p 80` | **every** address | Docker chooses |
# | `-P` (capital) | **every** address, for each port the image `EXPOSE`s | Docker chooses |
# | `-p 127.0.0.1::53/udp` | 127.0.0.1 only, UDP (the default is `tcp`) | Docker chooses |
# | `-p 127.0.0.1:8000-8010:80` | 127.0.0.1 only | a free one in the range |
#
# The course always uses the first: with no fixed port number it never collides with another
# program, and with 127.0.0.1 it opens nothing to anyone else (next section).
#
# What does a fixed port do? A shell variable takes the port `nb12-web` got, and another
# container asks for the same one:

# %% tags=["raises-exception"]
%%bash
port=$(docker port nb12-web 80 | cut -d: -f2)
echo "asking for 127.0.0.1:$port again"
docker run -d --name nb12-clash -p 127.0.0.1:$port:80 dockerlab/web

# %% [markdown] lang="zh"
# 一个端口同一时间只能给一个程序用。引擎拒绝了（port is already allocated）。
# 注意 `docker run` 已经创建了容器（上面打印的 ID），只是启动失败了，它留在 `Created` 状态：

# %% [markdown] lang="en"
# A port serves one program at a time, and the Engine refused (port is already allocated).
# Note that `docker run` had already created the container (the ID printed above); only its
# start failed, so it stays `Created`:

# %%
%%bash
docker ps -a --filter name=nb12-clash --format '{{.Names}}: {{.Status}}'
docker rm nb12-clash

# %% [markdown] lang="zh"
# 你在自己的电脑上写 `-p 8080:80` 时也一样：8080 已经被别的程序占用，容器就启动不了。
#
# ## 为什么要写 `127.0.0.1:`
#
# 你的电脑有好几个网络地址：127.0.0.1 只有电脑自己能访问；连 Wi-Fi 或网线时还有一个局域网地址
# （LAN），同一个网络里的其他电脑用它访问你；Docker 还给容器建了一个网桥 `docker0`，它也有一个地址。
#
# 不写地址的 `-p 80:80` 或 `-p 80`，发布到**所有**地址上：同一个 Wi-Fi 里的人（咖啡馆、教室、公司）
# 都能访问这个容器。在 Linux 上，Docker 直接修改 iptables 规则来做端口映射，
# 这些规则在 `ufw` 这样的防火墙规则之前生效，所以防火墙也挡不住它。
#
# 引擎记录的就是你写的：`docker create` 只创建容器、不启动，这样什么端口也不会打开。
# 比较两个容器记录的端口映射，`HostIp` 是空的就表示所有地址：

# %% [markdown] lang="en"
# It is the same with `-p 8080:80` on your own computer: if another program holds 8080, the
# container does not start.
#
# ## Why `127.0.0.1:`
#
# Your computer has several network addresses: 127.0.0.1, which only the computer itself can
# reach; on Wi-Fi or a cable, a local network (LAN) address, which other computers on that
# network use to reach yours; and an address on `docker0`, the bridge Docker made for its
# containers.
#
# Without an address, `-p 80:80` or `-p 80` publishes on **every** address: anyone on the same
# Wi-Fi (a café, a classroom, an office) can reach the container. On Linux, Docker publishes
# ports by writing iptables rules itself, and they take effect before a firewall such as `ufw`
# sees the traffic, so the firewall does not stop it either.
#
# The Engine records what you wrote. `docker create` creates a container without starting it,
# so no port opens here. Compare the two containers' port bindings: an empty `HostIp` means
# every address:

# %%
%%bash
docker create --name nb12-everywhere -p 80 dockerlab/web
docker inspect --format '{{.Name}}: {{json .HostConfig.PortBindings}}' nb12-web nb12-everywhere
docker rm nb12-everywhere

# %% [markdown] lang="zh"
# 如果启动了 `nb12-everywhere`，`docker port` 会显示 `0.0.0.0:端口` 和 `[::]:端口`：所有 IPv4 和 IPv6 地址。
#
# 区别可以在这台机器上亲眼看到，不用碰到别的电脑：让一个容器扮演"另一台电脑"。
# 对默认网络上的容器来说，这台机器的地址是网桥的网关（gateway）地址，
# 就像 Wi-Fi 里的另一台电脑用你的局域网地址访问你一样。
# 从容器访问这个地址上 `nb12-web` 的端口；容器里的 `wget -q -O- 网址`（busybox 带的下载工具）把网页打印到标准输出（stdout）：

# %% [markdown] lang="en"
# Started, `nb12-everywhere` would show `0.0.0.0:PORT` and `[::]:PORT` in `docker port`: every
# IPv4 and IPv6 address.
#
# You can see the difference on this machine, without touching any other computer: let a
# container play the "other computer". To a container on the default network, this machine is
# the bridge's gateway address, just as another computer on your Wi-Fi reaches you at your LAN
# address. From a container, try `nb12-web`'s port at that address; in the container, `wget
# -q -O- URL` (busybox's download tool) prints the page to standard output:

# %% tags=["raises-exception"]
%%bash
gw=$(docker inspect --format '{{.NetworkSettings.Networks.bridge.Gateway}}' nb12-web)
port=$(docker port nb12-web 80 | cut -d: -f2)
echo "this machine, seen from a container: $gw"
docker run --rm dockerlab/busybox wget -q -O- http://$gw:$port/

# %% [markdown] lang="zh"
# 连接被拒绝（Connection refused）：`nb12-web` 只发布在 127.0.0.1 上，别的地址上这个端口什么也没有。
#
# 现在把另一个容器 `nb12-lan` 发布到网关地址上，代替"局域网地址"。`-p 地址::80` 里写的就是这个地址。
# 同样从容器访问，这次能访问到：

# %% [markdown] lang="en"
# Connection refused: `nb12-web` is published on 127.0.0.1 only, and at any other address
# nothing is on that port.
#
# Now publish another container, `nb12-lan`, on the gateway address, standing in for "the LAN
# address": that address goes into `-p ADDRESS::80`. From a container again, and this time the
# page comes back:

# %%
%%bash
gw=$(docker inspect --format '{{.NetworkSettings.Networks.bridge.Gateway}}' nb12-web)
docker run -d --name nb12-lan -p $gw::80 dockerlab/web
docker port nb12-lan 80
docker run --rm dockerlab/busybox wget -q -O- http://$(docker port nb12-lan 80)/ | grep '<h1>'

# %% [markdown] lang="zh"
# `-p 80:80` 发布在所有地址上，包括这个网关地址和你的局域网地址，所以"另一台电脑"能访问到它；
# `-p 127.0.0.1::80` 不会。在教室或公共 Wi-Fi 里，这就是区别。
#
# （Docker Desktop 在一个虚拟机里运行引擎，细节不同，但道理一样：写上 `127.0.0.1:`，只有你自己的电脑能访问。）
#
# ## 自定义网络：按名字访问
#
# 两个容器要对话，一个要找到另一个。在默认网络 `bridge` 上，容器的名字**不能**当作地址用：
# 下面的容器找不到 `nb12-web`（bad address），要等几秒钟域名解析（DNS）超时才报错：

# %% [markdown] lang="en"
# `-p 80:80` publishes on every address, this gateway address and your LAN address included, so
# "the other computer" reaches it; `-p 127.0.0.1::80` does not. In a classroom or on public
# Wi-Fi, that is the difference.
#
# (Docker Desktop runs the Engine in a virtual machine; the details differ, the point does
# not: with `127.0.0.1:`, only your own computer can connect.)
#
# ## Your own network: reaching containers by name
#
# For two containers to talk, one has to find the other. On the default network, `bridge`, a
# container's name is **not** an address: the container below cannot find `nb12-web` (bad
# address), after a few seconds of waiting for name resolution (DNS):

# %% tags=["raises-exception"]
%%bash
docker run --rm dockerlab/busybox wget -q -O- http://nb12-web/

# %% [markdown] lang="zh"
# 用 IP 地址可以访问，但 IP 地址是启动时分配的，容器重新创建后可能变，不能写进配置里。
#
# 自己创建的网络（user-defined network）不一样：Docker 在这样的网络里提供一个 DNS 服务器，
# 容器的名字就是它的地址。`docker network create` 创建网络，默认用 `bridge` 驱动（driver）：

# %% [markdown] lang="en"
# By IP address it would work, but a container's IP address is given at start and may change
# when the container is made again: not something to write into a configuration.
#
# A network you create yourself (a user-defined network) is different: Docker runs a DNS
# server on it, and a container's name is its address. `docker network create` makes one, with
# the `bridge` driver by default:

# %%
%%bash
docker network create nb12-net
docker network ls --filter name=nb12

# %% [markdown] lang="zh"
# `--network nb12-net` 把容器放进这个网络。网页服务器 `nb12-api` 在里面，另一个容器按名字访问它：

# %% [markdown] lang="en"
# `--network nb12-net` puts a container on it. With the web server `nb12-api` there, another
# container reaches it by name:

# %%
%%bash
docker run -d --name nb12-api --network nb12-net dockerlab/web
docker run --rm --network nb12-net dockerlab/busybox wget -q -O- http://nb12-api/ | grep '<h1>'

# %% [markdown] lang="zh"
# 回答名字的是 Docker 内置的 DNS 服务器，在这个网络的每个容器里，它的地址都是 127.0.0.11。
# `nslookup` 问它 `nb12-api` 的地址（`-type=a` 只问 IPv4 地址）：

# %% [markdown] lang="en"
# Docker's built-in DNS server answers the name; in every container on the network, it is at
# 127.0.0.11.
# `nslookup` asks it for `nb12-api`'s address (`-type=a`: the IPv4 address only):

# %%
%%bash
docker run --rm --network nb12-net dockerlab/busybox nslookup -type=a nb12-api

# %% [markdown] lang="zh"
# 已经在运行的容器可以随时加入一个网络：`docker network connect 网络 容器`。
# `nb12-web` 加入后同时在两个网络上，`nb12-net` 里的容器也能按名字访问它了。
# `docker ps --filter network=…` 列出一个网络里的容器：

# %% [markdown] lang="en"
# A running container can join a network at any time: `docker network connect NETWORK
# CONTAINER`. After it, `nb12-web` is on two networks, and containers on `nb12-net` reach it by
# name too. `docker ps --filter network=…` lists a network's containers:

# %%
%%bash
docker network connect nb12-net nb12-web
docker ps --filter network=nb12-net --format '{{.Names}}'
docker run --rm --network nb12-net dockerlab/busybox wget -q -O- http://nb12-web/ | grep '<h1>'

# %% [markdown] lang="zh"
# `docker network connect --alias 别名` 还能给容器在这个网络里多起一个名字（13 里的 Compose 就是这样让服务名变成地址的）。
# `docker network disconnect` 离开网络。还有容器在用的网络，`docker network rm` 删不掉：

# %% [markdown] lang="en"
# `docker network connect --alias ALIAS` gives the container one more name on that network (it
# is how Compose, in 13, makes service names into addresses). `docker network disconnect`
# leaves a network. `docker network rm` refuses a network that containers still use:

# %% tags=["raises-exception"]
%%bash
docker network rm nb12-net

# %% [markdown] lang="zh"
# ## `--network none` 和 `--network host`
#
# `--network none` 的容器只有回环网卡 `lo`，完全不能联网。适合只处理本地文件、不应该联网的程序：

# %% [markdown] lang="en"
# ## `--network none` and `--network host`
#
# A container with `--network none` has the loopback interface `lo` and nothing else: no network
# at all. It suits programs that only work on local files and should not reach any network:

# %%
%%bash
docker run --rm --network none dockerlab/busybox ls /sys/class/net

# %% [markdown] lang="zh"
# `--network host` 正好相反：容器不要自己的网络，直接用这台机器的网络。
# 容器里的 127.0.0.1 就是这台机器的 127.0.0.1。用 `nb12-web` 发布在 127.0.0.1 上的端口试一下：
# 在默认网络上访问不到（127.0.0.1 是容器自己），用 `--network host` 就能访问到：

# %% [markdown] lang="en"
# `--network host` is the opposite: the container has no network of its own and uses this
# machine's. Its 127.0.0.1 is this machine's 127.0.0.1. Try it with the port `nb12-web`
# publishes on 127.0.0.1: on the default network nothing answers (127.0.0.1 is the container
# itself); with `--network host`, the page does:

# %%
%%bash
port=$(docker port nb12-web 80 | cut -d: -f2)
docker run --rm dockerlab/busybox wget -q -O- http://127.0.0.1:$port/ || echo "(on its own network, 127.0.0.1 is the container itself)"
docker run --rm --network host dockerlab/busybox wget -q -O- http://127.0.0.1:$port/ | grep '<h1>'

# %% [markdown] lang="zh"
# 用 `host` 网络时没有端口映射：程序监听的端口直接就是这台机器的端口，所以 `-p` 被忽略，`docker run` 会给出警告。
# 这也意味着容器里的程序和这台机器上的程序会抢端口，和容器之间也没有网络隔离，一般不用它。
# （Docker Desktop 上，`host` 指的是它的虚拟机的网络。）

# %% [markdown] lang="en"
# On the `host` network there is no port mapping: the ports a program listens on are this
# machine's ports, so `-p` is ignored, and `docker run` warns about it. It also means the
# container's programs compete with this machine's programs for ports, and there is no network
# isolation, so it is rarely used. (On Docker Desktop, `host` is its virtual machine's network.)

# %%
%%bash
docker run --rm --network host -p 127.0.0.1::80 dockerlab/busybox true

# %% [markdown] lang="zh"
# ## 两个容器对话
#
# 最后把上面的内容合起来，运行一个由两个程序组成的小应用，都用 Python 标准库写成：
#
# - `store`：计数服务。每收到一次 `/visit` 请求，就在 SQLite 数据库里记一次访问，返回总次数；
# - `web`：网页。每次有人访问，就请求 `store` 记一次，再回答"Hello from 容器名! Visit number N."。
#
# `web` 从环境变量 `STORE_URL` 读出 `store` 的地址：地址写在容器外面，换地方运行时不用改程序。
# 两个程序都监听 8000 端口：它们在不同的容器里，各有各的网络，不会冲突。
#
# 程序文件放在这个 notebook 旁边的 `nb12-app` 文件夹里，可以在 JupyterLab 的文件列表里打开看看。
# 先创建文件夹，再写入两个文件（`%%writefile` 把单元格的内容写进文件）：

# %% [markdown] lang="en"
# ## Two containers talking
#
# To end, put the above together and run a small application of two programs, both written
# with Python's standard library:
#
# - `store`: a counting service. Each request to `/visit` records one visit in a SQLite
#   database and answers with the total;
# - `web`: the page. For each visitor it asks `store` to count, then answers "Hello from
#   CONTAINER! Visit number N.".
#
# `web` reads `store`'s address from the environment variable `STORE_URL`: the address lives
# outside the program, so the program needs no change to run elsewhere. Both programs listen on
# port 8000: they are in different containers, each with its own network, so they do not
# collide.
#
# The program files go into the folder `nb12-app` next to this notebook; open them from
# JupyterLab's file browser. First the folder, then the two files (`%%writefile` writes the
# cell into a file):

# %%
%%bash
mkdir -p nb12-app

# %%
%%writefile nb12-app/store.py
"""store: counts visits in a SQLite database and answers over HTTP on port 8000."""
import os
import signal
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DATA = os.environ.get("DATA_DIR", "/data")
DB = os.path.join(DATA, "visits.db")


def count_visit():
    """Record one visit and return how many there have been."""
    db = sqlite3.connect(DB, timeout=5)
    try:
        with db:
            db.execute("CREATE TABLE IF NOT EXISTS visits (at TEXT)")
            db.execute("INSERT INTO visits VALUES (datetime('now'))")
        return db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    finally:
        db.close()


class Store(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self.answer("ok")
        elif self.path == "/visit":
            visits = count_visit()
            print("visit", visits, flush=True)
            self.answer(str(visits))
        else:
            self.send_error(404)

    def answer(self, text):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(text.encode() + b"\n")

    def log_message(self, *args):
        pass  # no line per request: health checks (13) would fill the log


os.makedirs(DATA, exist_ok=True)
signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))  # PID 1 must handle docker stop (08)
print("store: listening on port 8000, data in", DB, flush=True)
ThreadingHTTPServer(("", 8000), Store).serve_forever()

# %%
%%writefile nb12-app/web.py
"""web: the page. It asks the store service to count each visit."""
import os
import signal
import socket
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORE = os.environ.get("STORE_URL", "http://store:8000")


class Web(BaseHTTPRequestHandler):
    def do_GET(self):
        with urllib.request.urlopen(STORE + "/visit", timeout=5) as answer:
            visits = answer.read().decode().strip()
        text = f"Hello from {socket.gethostname()}! Visit number {visits}.\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(text.encode())

    def log_message(self, *args):
        pass


signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))  # PID 1 must handle docker stop (08)
print("web: listening on port 8000, store at", STORE, flush=True)
ThreadingHTTPServer(("", 8000), Web).serve_forever()

# %% [markdown] lang="zh"
# 两个容器都从 `dockerlab/python` 运行（Debian 12 加 Python 3），
# 用绑定挂载（11）把 `nb12-app` 文件夹只读地放到容器的 `/app`。`$PWD` 是当前文件夹，
# 在 notebook 里就是这个 notebook 所在的文件夹；在终端里，先 `cd` 到这个文件夹再运行。
#
# - `nb12-store` 在 `nb12-net` 上，**没有**发布端口：只有同一个网络里的容器能访问它；
# - `nb12-front` 也在 `nb12-net` 上，按名字找到 `nb12-store`（`-e STORE_URL=…`），
#   它的 8000 端口发布在 127.0.0.1 上，给你访问。

# %% [markdown] lang="en"
# Both containers run from `dockerlab/python` (Debian 12 with Python 3), with a bind mount (11)
# putting the folder `nb12-app` read-only at `/app` in the container. `$PWD` is the current
# folder: in the notebook, the notebook's own folder; in a terminal, `cd` there first.
#
# - `nb12-store` is on `nb12-net` and publishes **no** port: only containers on that network
#   can reach it;
# - `nb12-front` is on `nb12-net` too, finds `nb12-store` by name (`-e STORE_URL=…`), and
#   publishes its port 8000 on 127.0.0.1, for you.

# %%
%%bash
docker run -d --name nb12-store --network nb12-net -v "$PWD/nb12-app:/app:ro" dockerlab/python python3 /app/store.py
docker run -d --name nb12-front --network nb12-net -p 127.0.0.1::8000 -e STORE_URL=http://nb12-store:8000 -v "$PWD/nb12-app:/app:ro" dockerlab/python python3 /app/web.py

# %% [markdown] lang="zh"
# 容器启动了，不等于里面的程序已经能回答了：Python 需要一点时间启动。
# `curl --retry 5 --retry-all-errors` 在没有回答时等一下再试，最多五次（13 里的健康检查，health check，是更好的办法）。
# 访问三次：

# %% [markdown] lang="en"
# A started container does not mean its program answers yet: Python takes a moment to start.
# `curl --retry 5 --retry-all-errors` waits and tries again when there is no answer, up to five
# times (the health checks of 13 are the better way). Three visits:

# %%
%%bash
for visit in 1 2 3; do
  curl -s --retry 5 --retry-all-errors http://$(docker port nb12-front 8000)/
done

# %% [markdown] lang="zh"
# 每次访问走的路线：你的 `curl` → 这台机器的 127.0.0.1:端口 →（端口映射）→ `nb12-front` 的 8000 端口
# →（`nb12-net` 上的 DNS：`nb12-store`）→ `nb12-store` 的 8000 端口。`nb12-store` 的日志里记着每一次访问：

# %% [markdown] lang="en"
# Each visit's route: your `curl` → this machine's 127.0.0.1:PORT → (port mapping) →
# `nb12-front`'s port 8000 → (DNS on `nb12-net`: `nb12-store`) → `nb12-store`'s port 8000.
# `nb12-store`'s log has every visit:

# %%
%%bash
docker logs nb12-store

# %% [markdown] lang="zh"
# 13 会把这两个 `docker run` 命令、网络和环境变量写进一个 `compose.yaml` 文件，用一条命令启动。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有"，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex12-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 12` 会删除它们。
#
# ### 练习 12.1：只给这台机器
#
# 在后台运行一个名为 `ex12-web` 的 `dockerlab/web` 容器，把它的 80 端口只发布在 127.0.0.1 上，
# 端口号让 Docker 选。然后用 `docker port` 查出端口，用 `curl` 访问它。检查会访问同一个地址。

# %% [markdown] lang="en"
# 13 writes these two `docker run` commands, the network and the environment variable into one
# file, `compose.yaml`, and starts them with one command.
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex12-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 12` removes them.
#
# ### Exercise 12.1: for this machine only
#
# Run a `dockerlab/web` container named `ex12-web` in the background, with its port 80
# published on 127.0.0.1 only, on a port Docker chooses. Then find the port with `docker port`
# and fetch the page with `curl`. The check fetches it from the same address.

# %%
%%bash
# 12.1: your commands here


# %%
dl.check("12.1")

# %% [markdown]
# {{solution 12.1}}

# %% [markdown] lang="zh"
# ### 练习 12.2：在自己的网络里按名字访问
#
# 创建网络 `ex12-net`。在它上面后台运行一个名为 `ex12-api` 的 `dockerlab/web` 容器。
# 再运行一个名为 `ex12-client` 的 `dockerlab/busybox` 容器（不要 `--rm`，这样它的日志会留下），
# 用 `wget -q -O- http://ex12-api/` 按名字取回 `ex12-api` 的网页。

# %% [markdown] lang="en"
# ### Exercise 12.2: by name, on your own network
#
# Create the network `ex12-net`. Run a `dockerlab/web` container named `ex12-api` on it, in the
# background. Then run a `dockerlab/busybox` container named `ex12-client` (no `--rm`, so that
# its log stays) that fetches `ex12-api`'s page by name, with `wget -q -O- http://ex12-api/`.

# %%
%%bash
# 12.2: your commands here


# %%
dl.check("12.2")

# %% [markdown]
# {{solution 12.2}}

# %% [markdown] lang="zh"
# ### 练习 12.3：让运行中的容器换个名字加入网络
#
# 在默认网络上后台运行一个名为 `ex12-late` 的 `dockerlab/web` 容器。**不要停止、也不要重新创建它**，
# 让 `ex12-net` 网络里的容器能用 `http://late/` 访问到它。
# 用一个名为 `ex12-late-client` 的 `dockerlab/busybox` 容器（不要 `--rm`）证明：它在 `ex12-net` 上，
# 用 `wget -q -O- http://late/` 取回网页。（`ex12-net` 如果还没有，先创建它。）

# %% [markdown] lang="en"
# ### Exercise 12.3: a running container joins a network under another name
#
# Run a `dockerlab/web` container named `ex12-late` in the background, on the default network.
# **Without stopping or re-creating it**, make containers on the network `ex12-net` reach it
# at `http://late/`. Prove it with a `dockerlab/busybox` container named `ex12-late-client`
# (no `--rm`) on `ex12-net` that fetches the page with `wget -q -O- http://late/`. (Create
# `ex12-net` first if it is not there yet.)

# %%
%%bash
# 12.3: your commands here


# %%
dl.check("12.3")

# %% [markdown]
# {{solution 12.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每个命令都是引擎 API 的一个或几个请求。docker-py（Docker 官方的 Python 库）发出同样的请求；
# dockerlab 再把回答变成和命令行一样的表格。它们让代码更短，但做的事和上面的命令一样。
#
# `docker port nb12-web 80` 在 docker-py 里是 `client.api.port`，返回地址和端口：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every command above is one or a few Engine API requests. docker-py (Docker's Python library)
# sends the same requests; dockerlab turns the answers into the tables the CLI prints. They make
# code shorter; they do what the commands above do.
#
# `docker port nb12-web 80` is `client.api.port` in docker-py, and returns address and port:

# %%
import docker

client = docker.from_env()
for binding in client.api.port("nb12-web", 80):
    print(f"nb12-web: port 80 is published at {binding['HostIp']}:{binding['HostPort']}")

# %% [markdown] lang="zh"
# `docker run --network nb12-net …` 是 `network=` 参数。容器的输出以字节串返回：

# %% [markdown] lang="en"
# `docker run --network nb12-net …` is the `network=` argument. The container's output comes
# back as bytes:

# %%
page = client.containers.run("dockerlab/busybox", ["wget", "-q", "-O-", "http://nb12-api/"],
                             network="nb12-net", remove=True)
print(next(line for line in page.decode().splitlines() if "<h1>" in line))

# %% [markdown] lang="zh"
# `docker network inspect` 的 JSON 里有网络上的容器：

# %% [markdown] lang="en"
# `docker network inspect`'s JSON lists the containers on the network:

# %%
details = client.api.inspect_network("nb12-net")
names = sorted(c["Name"] for c in details["Containers"].values())
print(f"on nb12-net: {', '.join(names)}")

# %% [markdown] lang="zh"
# `dl.networks` 是 `docker network ls` 的表格，同时是一个 pandas DataFrame：大写的列是命令行打印的文字，
# 小写的列是同样的信息，带类型，还有命令行不显示的子网（`subnets`）和网关（`gateways`）：

# %% [markdown] lang="en"
# `dl.networks` is `docker network ls`'s table, and also a pandas DataFrame: upper-case columns
# are the text the CLI prints; lower-case columns hold the same facts, typed, plus what the
# CLI's table leaves out, such as `subnets` and `gateways`:

# %%
nets = dl.networks(filters={"name": "nb12"})
nets

# %%
for row in nets.itertuples():
    print(f"{row.name}: driver {row.driver}, gateway {row.gateways[0]}, "
          f"internal: {row.internal}, IPv6: {row.ipv6}")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb12-` 开头的容器和网络）。你的练习（`ex12-…`）和你自己的容器都不受影响。
# `nb12-app` 文件夹里的程序留着，可以打开看，也可以删除：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (containers and networks named `nb12-…`). Your
# exercises (`ex12-…`) and your own containers are not touched. The programs in the folder
# `nb12-app` stay, to read or to delete:

# %%
dl.finish("12")

# %% [markdown] lang="zh"
# 下一节：[13 Compose](13-compose.ipynb)：把这一节的两个容器、网络、数据卷和环境变量写进一个
# `compose.yaml`，用一条命令启动和停止。

# %% [markdown] lang="en"
# Next: [13 Compose](13-compose.ipynb): this notebook's two containers, their network, a volume
# and the environment, written into one `compose.yaml`, started and stopped with one command.
