# %% [markdown] lang="zh"
# # 14 · 日常维护：让容器好好运行
#
# **学完这一节，你能够：**
#
# - 用 `docker system df` 查看 Docker 占用了多少磁盘，只清理自己的东西，并说清为什么不能在别人也在用的机器上随手运行 `docker system prune`；
# - 用 `docker cp` 在主机和容器（container）之间复制文件；
# - 用重启策略（restart policy，`--restart`）让崩溃的容器自动重启，并说清 `docker restart`、`docker stop` 和崩溃的区别；
# - 用 `--memory`、`--cpus` 限制容器的资源，在 `docker stats` 里看到限制，认出内存不足被杀（OOM）的容器；
# - 给容器加上健康检查（health check），并用 `docker inspect` 读出它的结果；
# - 用 `--log-opt max-size`、`max-file` 让日志自动轮转，用 `--init` 让容器回收僵尸进程。
#
# **时间：** {{minutes}}
#
# **先学过：** 08 守护式容器：`-d`、`-p`、`docker logs`、`docker exec`、信号（signal）和 `--init`。
# 10 到 13 讲构建（build）、数据卷（volume）、网络（network）和 Compose；这一节只在一处提到它们。

# %% [markdown] lang="en"
# # 14 · Housekeeping: keeping containers running well
#
# **When you finish this notebook, you can:**
#
# - see how much disk Docker takes with `docker system df`, clean up only your own things, and
#   say why `docker system prune` has no place on a machine that holds other people's work;
# - copy files between the host and a container with `docker cp`;
# - restart crashed containers automatically with a restart policy (`--restart`), and tell
#   `docker restart`, `docker stop` and a crash apart;
# - limit a container's resources with `--memory` and `--cpus`, see the limits in
#   `docker stats`, and recognise a container killed for running out of memory (OOM);
# - give a container a health check, and read its result with `docker inspect`;
# - rotate logs with `--log-opt max-size` and `max-file`, and let `--init` reap zombie
#   processes.
#
# **Time:** {{minutes}}
#
# **Before this:** 08 (daemon containers: `-d`, `-p`, `docker logs`, `docker exec`, signals and
# `--init`). 10 to 13 teach building, volumes, networks and Compose; this notebook mentions them
# in one place only.

# %% [markdown] lang="zh"
# 笔记到守护式容器就结束了。这是第二部分（Part 2）的一节：一台机器上的容器跑了几天、几周以后，
# 会遇到的事情。磁盘被占满了吗？程序崩溃了谁来重启？一个容器会不会吃光内存？
# 它在运行，但还在正常工作吗？日志会不会越来越大？
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# The notes end with daemon containers. This is a notebook of Part 2: what happens once
# containers have run on a machine for days or weeks. Is the disk full? Who restarts a program
# that crashed? Can one container eat all the memory? It runs, but does it still work? Do the
# logs grow for ever?
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("14", language="zh")

# %% [markdown] lang="zh"
# ## `docker system df`：Docker 占了多少磁盘
#
# `docker system df` 像 Linux 的 `df` 一样，按类型汇总 Docker 用掉的磁盘：镜像（image）、容器（container）、
# 本地数据卷（volume）和构建缓存（build cache）。每一行：
#
# - TOTAL 是总数，ACTIVE 是正在使用的个数（有容器在用的镜像和数据卷，正在运行的容器）；
# - SIZE 是占用的空间。镜像之间共用的层（layer）只算一次；容器只算它的可写层（writable layer）；
# - RECLAIMABLE 是可以回收的空间：没有被使用的那部分。
#
# 它统计的是整个引擎，你的引擎上还有别的东西，所以每个人看到的数字都不一样（测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# ## `docker system df`: how much disk Docker takes
#
# `docker system df`, like Linux's `df`, sums up the disk Docker uses by type: images,
# containers, local volumes and the build cache. In each row:
#
# - TOTAL is how many there are, ACTIVE how many are in use (images and volumes some container
#   uses, running containers);
# - SIZE is the space taken. Layers that images share count once; a container counts only its
#   writable layer;
# - RECLAIMABLE is the space that could be freed: the part nothing uses.
#
# It counts the whole Engine, and your Engine holds other things too, so everyone sees other
# numbers (the tests do not compare this cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
docker system df

# %% [markdown] lang="zh"
# `docker system df -v` 再逐个列出每个镜像、容器和数据卷占的空间。
#
# 停止的容器也占磁盘：它的可写层一直留着，直到容器被删除（07 讲过）。
# 下面三个容器各往自己的可写层写一个文件，然后退出。`docker ps -s`（size）加上 SIZE 列：
# 前一个数是可写层的大小，`virtual` 是再加上镜像的大小：

# %% [markdown] lang="en"
# `docker system df -v` then lists every image, container and volume with the space it takes.
#
# Stopped containers take disk too: the writable layer stays until the container is removed
# (from 07). The three containers below each write a file into their writable layer, then exit.
# `docker ps -s` (size) adds a SIZE column: the first number is the writable layer, `virtual`
# adds the image:

# %%
%%bash
for n in 1 2 3; do
  docker run --name nb14-job-$n dockerlab/busybox sh -c "head -c 200000 /dev/zero > /result; echo job $n done"
done
docker ps -a -s --filter name=nb14-job --format '{{.Names}}: {{.Status}}, {{.Size}}'

# %% [markdown] lang="zh"
# ## 清理：只删除自己的
#
# Docker 有一组 `prune`（修剪）命令，一次删除所有"没在用"的东西：
#
# | 命令 | 删除什么 |
# |---|---|
# | `docker container prune` | **所有**停止的容器 |
# | `docker image prune` | 没有名字的（dangling，`<none>`）镜像；加 `-a`：所有没有容器在用的镜像 |
# | `docker volume prune` | 没有容器在用的数据卷（Engine 23 起只删匿名的，加 `-a` 删全部） |
# | `docker network prune` | 没有容器在用的网络 |
# | `docker system prune` | 以上的前几项，加上构建缓存；加 `--volumes` 连数据卷一起 |
#
# 在只属于你自己的机器上，这很方便。在一台别人也在用的机器上（共用的服务器、课堂的机器，或者你自己的电脑上别的项目），
# 它很危险："没在用"不等于"没有用"：
#
# - 一个停止的容器，可能是同事明天还要 `docker start` 的，它的可写层里可能有还没保存的数据；
# - 一个没有容器在用的数据卷，可能就是某个数据库全部的数据，只是数据库现在停着；
# - 一个没有容器在用的镜像，可能要花半个小时才能重新构建，或者在没有网络的教室里根本拉取（pull）不到。
#
# `prune` 不问是谁的，只问在不在用。它的 `--filter` 只接受 `until=`（创建时间）和 `label=`（label，贴在对象上的键值对），不接受名字。
# 所以这门课从不运行 `prune`，而是像 06 里"删除全部"那样：先列出**自己的**东西，再把这个列表交给删除命令。
#
# 第一步，只看不删。`--filter name=^nb14-` 里的 `^` 表示名字以 `nb14-` **开头**
# （不写 `^` 时，名字里任何位置出现 `nb14` 都算）；`status=exited` 只选停止的容器。两个条件同时满足才列出：

# %% [markdown] lang="en"
# ## Cleaning up: only your own
#
# Docker has a family of `prune` commands that delete everything "unused" at once:
#
# | command | deletes |
# |---|---|
# | `docker container prune` | **every** stopped container |
# | `docker image prune` | images without a name (dangling, `<none>`); with `-a`: every image no container uses |
# | `docker volume prune` | volumes no container uses (from Engine 23 anonymous ones only; `-a` for all) |
# | `docker network prune` | networks no container uses |
# | `docker system prune` | most of the above, plus the build cache; with `--volumes`, volumes too |
#
# On a machine that is yours alone, that is handy. On a machine that others use too (a shared
# server, a classroom machine, or other projects on your own computer) it is dangerous:
# "unused" does not mean "useless":
#
# - a stopped container may be one a colleague will `docker start` tomorrow, with unsaved data in
#   its writable layer;
# - a volume no container uses may be all of a database's data, while the database is stopped;
# - an image no container uses may take half an hour to build again, or be impossible to pull in
#   a classroom without a network.
#
# `prune` does not ask whose a thing is, only whether it is in use. Its `--filter` accepts only
# `until=` (creation time) and `label=`, not names. So this course never runs `prune`; it does as
# 06 did for "delete all": list **your own** things first, then hand that list to the command
# that deletes.
#
# Step one, look without deleting. In `--filter name=^nb14-`, the `^` means the name **starts**
# with `nb14-` (without `^`, `nb14` anywhere in a name matches); `status=exited` picks stopped
# containers. A container is listed when both hold:

# %%
%%bash
docker ps -a --filter name=^nb14- --filter status=exited --format '{{.Names}}'

# %% [markdown] lang="zh"
# 第二步，确认列表只有自己的东西，再删除。`xargs -r docker rm` 把列表里的每个 ID 交给 `docker rm`；
# `-r` 表示列表为空时什么也不做（`docker rm` 不带参数会报错）。再运行一次，就什么也没有了：

# %% [markdown] lang="en"
# Step two, once the list holds only your own things, delete. `xargs -r docker rm` hands every
# ID of the list to `docker rm`; `-r` does nothing when the list is empty (`docker rm` without an
# argument is an error). A second run finds nothing:

# %%
%%bash
docker ps -aq --filter name=^nb14- --filter status=exited | xargs -r docker rm | wc -l
docker ps -aq --filter name=^nb14- --filter status=exited | xargs -r docker rm | wc -l

# %% [markdown] lang="zh"
# 同样的写法适用于别的东西：镜像按仓库（repository）的名字选，用 `docker images -q 'nb14/*'`；
# 数据卷用 `docker volume ls -q --filter name=^nb14-`，网络用 `docker network ls -q --filter name=^nb14-`。
# 给自己的东西起一个共同的前缀，清理时就能准确地找到它们。这门课的 `nbNN-` 和 `exNN-` 就是这样用的。
#
# ## `docker cp`：在主机和容器之间复制文件
#
# `docker cp 源 目标` 像 `cp` 一样复制文件，容器里的路径写成 `容器名字:路径`。
# 先在后台运行一个网站（08 讲过），再在主机上写一个页面，复制进容器，替换网站的首页：

# %% [markdown] lang="en"
# The same pattern works for other things: images with `docker images -q 'nb14/*'` (by
# repository), volumes with `docker volume ls -q --filter name=^nb14-`, networks with
# `docker network ls -q --filter name=^nb14-`. Give your things a common prefix, and cleaning up
# finds exactly them. That is what this course's `nbNN-` and `exNN-` are for.
#
# ## `docker cp`: copying files between the host and a container
#
# `docker cp SOURCE TARGET` copies files as `cp` does; a path in a container is written
# `CONTAINER:PATH`. First a web site in the background (from 08), then a page written on the
# host, copied into the container over the site's home page:

# %%
%%bash
docker run -d --name nb14-web -p 127.0.0.1::80 dockerlab/web
mkdir -p nb14-files
echo '<h1>copied in with docker cp</h1>' > nb14-files/index.html
docker cp nb14-files/index.html nb14-web:/www/index.html
curl -s "http://$(docker port nb14-web 80)/"

# %% [markdown] lang="zh"
# 反过来，从容器复制到主机。网站的日志写在标准错误里（08 讲过），但很多程序把日志写在容器里的文件中，
# 这时 `docker cp` 就很有用。这里把容器的 `/etc/hostname` 复制出来（它的内容是容器 ID 的前 12 位）：

# %% [markdown] lang="en"
# The other way, from the container to the host. The site logs to stderr (from 08), but many
# programs write their logs to files inside the container, and then `docker cp` helps. Here the
# container's `/etc/hostname` comes out (it holds the first 12 characters of the container's
# ID):

# %%
%%bash
docker cp nb14-web:/etc/hostname nb14-files/hostname
echo "hostname: $(cat nb14-files/hostname), container ID: $(docker ps -q --filter name=nb14-web)"

# %% [markdown] lang="zh"
# 几点说明：
#
# - 容器停止了也能 `docker cp`：文件在可写层里，可写层一直都在；
# - 复制目录时，`docker cp 目录 容器:/路径` 和 `cp -r` 的规则一样；
# - 用 `docker cp` 改运行中的容器，只适合排查问题和做实验。容器删除后，改动也没了；
#   要长期保存的文件放进数据卷（11 讲），要每次都有的文件写进镜像（10 讲）。
#
# ## 重启策略：`--restart`
#
# 程序总会崩溃。重启策略（restart policy）告诉引擎：容器的主进程（main process）结束以后，要不要再启动它。
#
# | `--restart` | 主进程结束后 |
# |---|---|
# | `no`（默认） | 不重启 |
# | `on-failure[:N]` | 退出码（exit code）不是 0 时重启，最多 N 次 |
# | `always` | 总是重启 |
# | `unless-stopped` | 总是重启，除非你用 `docker stop` 停止了它 |
#
# 这个容器打印一行就以退出码 1 结束。`on-failure:3` 让引擎重启它，最多三次。每次重启之前，引擎等的时间加倍
# （100 毫秒、200 毫秒、400 毫秒……），所以下面的循环每 0.2 秒问一次，直到它重启了三次、停在 `exited`：

# %% [markdown] lang="en"
# Some notes:
#
# - `docker cp` works on a stopped container too: the files are in its writable layer, which
#   stays;
# - copying a directory, `docker cp DIR CONTAINER:/PATH` follows the rules of `cp -r`;
# - changing a running container with `docker cp` is for debugging and experiments. Once the
#   container is removed, the change is gone; files to keep belong in a volume (11), files every
#   container needs belong in the image (10).
#
# ## Restart policies: `--restart`
#
# Programs crash. A restart policy tells the Engine whether to start a container again once its
# main process has ended.
#
# | `--restart` | after the main process ends |
# |---|---|
# | `no` (the default) | no restart |
# | `on-failure[:N]` | restart when the exit code is not 0, at most N times |
# | `always` | always restart |
# | `unless-stopped` | always restart, unless you stopped it with `docker stop` |
#
# This container prints one line and ends with exit code 1. `on-failure:3` makes the Engine
# restart it, three times at most. Before each restart the Engine waits twice as long as before
# (100 ms, 200 ms, 400 ms…), so the loop below asks every 0.2 s until it has restarted three
# times and stays `exited`:

# %%
%%bash
docker run -d --name nb14-retry --restart on-failure:3 dockerlab/busybox sh -c 'echo try; exit 1'
for i in $(seq 100); do
  [ "$(docker inspect --format '{{.RestartCount}} {{.State.Status}}' nb14-retry)" = "3 exited" ] && break
  sleep 0.2
done
docker inspect --format 'restarts={{.RestartCount}} status={{.State.Status}} exit={{.State.ExitCode}}' nb14-retry
docker logs nb14-retry

# %% [markdown] lang="zh"
# 运行了四次：第一次，加上三次重启。三次以后引擎就放弃了，容器停在 `Exited (1)`。
# 每次重启的都是**同一个**容器，所以日志里有四行（07 的 `docker start` 也是这样）。
#
# `unless-stopped` 是长期运行的服务最常用的策略。这个容器是一个 shell，收到 SIGTERM 时以退出码 1 结束，
# 就像一个崩溃的程序（`trap` 和信号在 08 讲过）。用 `docker exec` 在容器里给它的主进程（PID 1）发 SIGTERM，
# 这就是一次从内部发生的"崩溃"。`-d`（08 讲过）让 `docker exec` 不等 `kill` 结束：主进程一退出，容器里所有进程都会被结束，`kill` 自己也不例外：

# %% [markdown] lang="en"
# It ran four times: the first run and three restarts. After three the Engine gave up, and the
# container stays `Exited (1)`. Each restart is the **same** container, so the log has four lines
# (as with `docker start` in 07).
#
# `unless-stopped` is the usual policy for long-running services. This container is a shell that
# ends with exit code 1 on SIGTERM, like a program that crashes (`trap` and signals are from 08).
# `docker exec` sends SIGTERM to its main process (PID 1) from inside the container: a "crash"
# from within. `-d` (from 08) makes `docker exec` not wait for `kill`: once the main process
# exits, every process in the container ends, `kill` included:

# %%
%%bash
docker run -d --name nb14-service --restart unless-stopped dockerlab/busybox sh -c 'trap "exit 1" TERM; echo started; sleep 600 & wait'
sleep 0.5
docker exec -d nb14-service kill 1
for i in $(seq 50); do
  [ "$(docker inspect --format '{{.RestartCount}} {{.State.Status}}' nb14-service)" = "1 running" ] && break
  sleep 0.2
done
docker inspect --format 'after the crash: restarts={{.RestartCount}} status={{.State.Status}}' nb14-service
docker logs nb14-service

# %% [markdown] lang="zh"
# 引擎把它重新启动了：RestartCount（重启次数）是 1，日志里有两次 `started`。
#
# 你自己的操作不算崩溃。`docker restart` 就是 `docker stop` 加 `docker start`，引擎知道这是你要的，
# 还会把重启次数清零；`docker stop`（和 `docker kill`）停止的容器，重启策略不会再启动它：

# %% [markdown] lang="en"
# The Engine started it again: RestartCount is 1, and the log says `started` twice.
#
# What you do yourself is not a crash. `docker restart` is `docker stop` plus `docker start`; the
# Engine knows you asked for it, and even sets the count back to zero. A container stopped with
# `docker stop` (or `docker kill`) is not started again by its policy:

# %%
%%bash
docker restart nb14-service
docker inspect --format 'after docker restart: restarts={{.RestartCount}} status={{.State.Status}}' nb14-service
docker stop nb14-service
sleep 1
docker inspect --format 'after docker stop: restarts={{.RestartCount}} status={{.State.Status}}' nb14-service

# %% [markdown] lang="zh"
# `always` 和 `unless-stopped` 只在一个地方不同：引擎自己重启时（例如主机重启、Docker 升级）。
# 那时 `always` 的容器都会启动，`unless-stopped` 的容器如果之前被你 `docker stop` 了，就保持停止。
# 已有的容器可以用 `docker update --restart unless-stopped 容器名字` 修改重启策略，不用重新创建。
#
# ## 资源限制：`--memory` 和 `--cpus`
#
# 默认情况下，容器可以用光主机的全部内存和 CPU。一个出了问题的容器会拖慢同一台机器上的所有东西。
# `--memory 64m` 限制内存最多 64 MiB；`--cpus 0.5` 限制最多用半个 CPU 核。
# 这个容器运行一个死循环，一直在用 CPU：

# %% [markdown] lang="en"
# `always` and `unless-stopped` differ in one place only: when the Engine itself restarts (the
# host reboots, Docker is upgraded). Then every `always` container starts, and an
# `unless-stopped` container you had stopped with `docker stop` stays stopped. To change an
# existing container's policy without creating it again: `docker update --restart unless-stopped
# CONTAINER`.
#
# ## Resource limits: `--memory` and `--cpus`
#
# By default a container may use all of the host's memory and CPU. One container gone wrong slows
# down everything on the machine. `--memory 64m` limits memory to 64 MiB; `--cpus 0.5` to half a
# CPU core. This container runs an endless loop, busy on the CPU all the time:

# %%
%%bash
docker run -d --name nb14-busy --memory 64m --cpus 0.5 dockerlab/busybox sh -c 'while :; do :; done'
docker inspect --format 'memory limit: {{.HostConfig.Memory}} bytes, CPU limit: {{.HostConfig.NanoCpus}} billionths of a CPU' nb14-busy

# %% [markdown] lang="zh"
# `docker stats` 持续显示每个容器用了多少 CPU 和内存（在终端里按 Ctrl+C 结束）；`--no-stream` 只显示一次。
# MEM USAGE / LIMIT 列的 LIMIT 就是 `--memory` 给的 64MiB；CPU % 停在 50% 左右，不会更高。
# 数字每次都不一样（测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# `docker stats` keeps showing how much CPU and memory each container uses (Ctrl+C ends it in a
# terminal); `--no-stream` shows it once. The LIMIT in MEM USAGE / LIMIT is the 64MiB `--memory`
# gave; CPU % stays near 50% and goes no higher. The numbers differ on every run (the tests do
# not compare this cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
docker stats --no-stream nb14-busy

# %% [markdown] lang="zh"
# 下面这个单元格把同样的数字变成一句可以检查的话：

# %% [markdown] lang="en"
# This cell turns the same numbers into a sentence that can be checked:

# %%
%%bash
stats=$(docker stats --no-stream --format '{{.CPUPerc}} {{.MemUsage}}' nb14-busy)   # e.g. 49.35% 400KiB / 64MiB
cpu=${stats%%.*}     # the whole percent: 49
limit=${stats##* }   # the last word: 64MiB
if [ "$cpu" -le 60 ]; then echo "CPU at most 60% (--cpus 0.5), memory limit $limit"; fi
docker rm -f nb14-busy

# %% [markdown] lang="zh"
# CPU 用多了，程序只是变慢。内存不一样：容器要的内存超过 `--memory` 时，内核的 OOM killer（内存不足时杀进程的机制）
# 会用 SIGKILL 结束它，退出码是 137（128 + 9，08 讲过）。
# 这里用课程工具包里带 Python 的镜像 `dockerlab/python`，让程序要 100 MB 内存，而限制是 32 MB。
# `--memory-swap` 和 `--memory` 一样大，表示不许用交换空间（swap）：

# %% [markdown] lang="en"
# Too much CPU only makes a program slower. Memory is different: when a container wants more than
# `--memory`, the kernel's OOM killer (what kills processes when memory runs out) ends it with
# SIGKILL, exit code 137 (128 + 9, from 08). Here the kit's image with Python,
# `dockerlab/python`, runs a program that wants 100 MB under a 32 MB limit. `--memory-swap` as
# large as `--memory` means no swap space:

# %%
%%bash
docker run --name nb14-oom --memory 32m --memory-swap 32m dockerlab/python python3 -c 'data = b"x" * 100_000_000' || echo "docker run exited with $?"
docker inspect --format 'OOMKilled={{.State.OOMKilled}} exit={{.State.ExitCode}}' nb14-oom

# %% [markdown] lang="zh"
# 退出码 137 本身只说明进程被 SIGKILL 结束了：可能是 `docker kill`，也可能是 `docker stop` 等超时了（08）。
# `docker inspect` 里的 `OOMKilled=true` 才说明是内存不够。容器反复以 137 退出时，先看这一项。
#
# ## 健康检查：`--health-cmd`
#
# 容器在运行（`Up`），不等于程序在正常工作：网站可能卡住了，只会返回错误。
# 健康检查（health check）让引擎定期在容器里运行一个命令：退出码 0 表示健康，否则表示不健康。
#
# - `--health-cmd`：检查的命令。这里用 busybox 的 `wget` 访问网站首页；
# - `--health-interval`：多久检查一次（默认 30 秒，这里 0.5 秒，写作 `500ms`）；
# - `--health-retries`：连续失败几次才算不健康（默认 3，这里 2）；
# - `--health-start-period`：程序启动需要的时间，这段时间里的失败不算。
#
# 状态从 `starting`（还没有结果）变成 `healthy`（健康）或 `unhealthy`（不健康）。
# `docker inspect --format '{{.State.Health.Status}}'` 读出当前的状态：

# %% [markdown] lang="en"
# Exit code 137 alone says only that SIGKILL ended the process: maybe `docker kill`, maybe a
# `docker stop` that ran out of time (08). `OOMKilled=true` in `docker inspect` is what says the
# memory ran out. When a container keeps exiting with 137, look there first.
#
# ## Health checks: `--health-cmd`
#
# A container that runs (`Up`) is not necessarily a program that works: a web site may hang and
# answer only errors. A health check makes the Engine run a command in the container regularly:
# exit code 0 means healthy, anything else unhealthy.
#
# - `--health-cmd`: the command. Here busybox's `wget` fetches the site's home page;
# - `--health-interval`: how often (30 s by default, 0.5 s here, written `500ms`);
# - `--health-retries`: how many failures in a row make it unhealthy (3 by default, 2 here);
# - `--health-start-period`: the time the program needs to start, whose failures do not count.
#
# The state goes from `starting` (no result yet) to `healthy` or `unhealthy`.
# `docker inspect --format '{{.State.Health.Status}}'` reads the current one:

# %%
%%bash
docker run -d --name nb14-health --health-cmd 'wget -q -O /dev/null http://localhost/ || exit 1' --health-interval 500ms --health-retries 2 dockerlab/web
docker inspect --format '{{.State.Health.Status}}' nb14-health
for i in $(seq 60); do
  [ "$(docker inspect --format '{{.State.Health.Status}}' nb14-health)" = healthy ] && break
  sleep 0.5
done
docker inspect --format '{{.State.Health.Status}}' nb14-health
docker ps --filter name=nb14-health --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# `docker ps` 的 STATUS 也写着 `(healthy)`。现在把网站弄坏：删掉首页，`wget` 就会得到 404 错误。
# 连续失败两次以后，状态变成 `unhealthy`。`.State.Health.FailingStreak` 是连续失败的次数；
# `.State.Health.Log` 里保存着最近五次检查的退出码和输出，想知道为什么失败时，用 `--format '{{json .State.Health.Log}}'` 看它：

# %% [markdown] lang="en"
# `docker ps` says `(healthy)` in STATUS too. Now break the site: delete its home page, and
# `wget` gets a 404 error. After two failures in a row, the state is `unhealthy`.
# `.State.Health.FailingStreak` counts the failures in a row; `.State.Health.Log` keeps the exit
# code and output of the last five checks: to see why a check fails, read it with
# `--format '{{json .State.Health.Log}}'`:

# %%
%%bash
docker exec nb14-health rm /www/index.html
for i in $(seq 60); do
  [ "$(docker inspect --format '{{.State.Health.Status}}' nb14-health)" = unhealthy ] && break
  sleep 0.5
done
docker ps --filter name=nb14-health --format '{{.Names}}: {{.Status}}'
streak=$(docker inspect --format '{{.State.Health.FailingStreak}}' nb14-health)
if [ "$streak" -ge 2 ]; then echo "at least 2 failures in a row (--health-retries 2)"; fi

# %% [markdown] lang="zh"
# 注意：容器不健康时，**Docker 本身什么也不做**，不会重启它，它照样在运行。健康状态是给别人看的：
# 你、监控程序，以及 Compose（13 讲，`depends_on` 可以等到另一个服务健康了再启动）和 Swarm、Kubernetes 这样的编排工具。
# 镜像也可以在 Dockerfile 里用 `HEALTHCHECK` 指令自带健康检查（10 讲 Dockerfile）。
#
# ## 日志驱动和日志轮转
#
# `docker logs` 读到的日志，由日志驱动（logging driver）保存。引擎默认用哪个驱动：

# %% [markdown] lang="en"
# Note: when a container is unhealthy, **Docker itself does nothing**: no restart, it runs on.
# The health state is for others to read: you, monitoring, Compose (13: `depends_on` can wait
# until another service is healthy) and orchestrators such as Swarm and Kubernetes. An image can
# bring its own health check with the `HEALTHCHECK` instruction of its Dockerfile (10).
#
# ## Logging drivers and log rotation
#
# The logs `docker logs` reads are kept by a logging driver. Which one the Engine uses by
# default:

# %%
%%bash
docker info --format '{{.LoggingDriver}}'

# %% [markdown] lang="zh"
# `json-file` 把容器的每一行输出存成一行 JSON，放在引擎的数据目录里。默认**不限大小**：
# 一个一直在打印的容器，日志文件会一直长大，直到占满磁盘。这是服务器磁盘被占满最常见的原因之一。
#
# `--log-opt max-size=1k` 让日志文件到 1 kB 时轮转（rotate）：换一个新文件接着写；
# `--log-opt max-file=2` 最多保留两个文件，更旧的删掉。（实际使用时常用 `max-size=10m`，这里用 1k 是为了马上看到效果。）
# 这个容器打印 500 行：

# %% [markdown] lang="en"
# `json-file` stores each line a container prints as a line of JSON in the Engine's data
# directory. By default it has **no size limit**: a container that keeps printing grows its log
# file until the disk is full. That is one of the commonest reasons for a full server disk.
#
# `--log-opt max-size=1k` rotates the log file at 1 kB: a new file takes over;
# `--log-opt max-file=2` keeps two files at most and deletes older ones. (Real setups use sizes
# such as `max-size=10m`; 1k shows the effect at once.) This container prints 500 lines:

# %%
%%bash
docker run -d --name nb14-chatty --log-opt max-size=1k --log-opt max-file=2 dockerlab/busybox sh -c 'for i in $(seq 500); do echo line $i; done; sleep 600'
sleep 1
docker inspect --format '{{.HostConfig.LogConfig.Type}} {{.HostConfig.LogConfig.Config}}' nb14-chatty
lines=$(docker logs nb14-chatty | wc -l)
if [ "$lines" -lt 50 ]; then echo "docker logs shows fewer than 50 of the 500 lines; the last one:"; fi
docker logs --tail 1 nb14-chatty

# %% [markdown] lang="zh"
# 只剩下最后几十行，更早的已经随着旧文件删掉了。要让引擎上所有新容器都这样，
# 在 `daemon.json` 里设置（04 讲过这个文件），然后重启引擎；已经存在的容器保持原来的设置：
#
# ```json
# {
#   "log-driver": "json-file",
#   "log-opts": {"max-size": "10m", "max-file": "3"}
# }
# ```
#
# 也可以换成 `local` 驱动，它默认就会轮转，还会压缩。`--log-driver` 为一个容器选择驱动。
# 有的驱动把日志送到别处（`syslog`、`journald`、`fluentd`……），Engine 20.10 起它们在本地也留一份缓存，
# 所以 `docker logs` 照样能用；`none` 什么也不保存，`docker logs` 就读不到了。这个单元格预期会失败：

# %% [markdown] lang="en"
# Only the last few dozen lines are left; the earlier ones went with the old files. To make
# every new container on the Engine do this, set it in `daemon.json` (the file from 04) and
# restart the Engine; existing containers keep their settings:
#
# ```json
# {
#   "log-driver": "json-file",
#   "log-opts": {"max-size": "10m", "max-file": "3"}
# }
# ```
#
# The `local` driver is another choice: it rotates by default, and compresses. `--log-driver`
# picks the driver of one container. Some drivers send logs elsewhere (`syslog`, `journald`,
# `fluentd`…); from Engine 20.10 they also keep a local cache, so `docker logs` still works;
# `none` keeps nothing, and `docker logs` has nothing to read. This cell is meant to fail:

# %% tags=["raises-exception"]
%%bash
docker run --name nb14-silent --log-driver none dockerlab/busybox echo nobody will read this
docker logs nb14-silent

# %% [markdown] lang="zh"
# 容器还是打印了那一行（`docker run` 连着它的输出，08 讲过），只是引擎没有保存。
#
# ## `--init`：回收僵尸进程
#
# 08 讲过 `--init` 的一个作用：把信号转交给你的程序，让 `docker stop` 很快结束。它还有第二个作用。
#
# 一个进程结束后，要等它的父进程"回收"（wait）它，才会完全消失；在那之前，它是一个僵尸进程（zombie），
# 在 `ps` 里的状态是 `Z`。父进程先结束的孤儿进程，会交给 PID 1 来回收。
# 在普通的 Linux 里，PID 1 是 init（如 systemd），它会做这件事；在容器里，PID 1 是你的程序，它往往不会。
#
# 这个容器的命令在后台启动一个 `sleep 1`，它的父 shell 马上退出，`sleep 1` 就成了孤儿，交给 PID 1；
# 然后 `exec` 让 `sleep 600` 代替 shell 成为 PID 1。一秒后 `sleep 1` 结束，但 `sleep 600` 不会回收它：

# %% [markdown] lang="en"
# The container printed that line all the same (`docker run` is attached to its output, from
# 08); the Engine kept nothing.
#
# ## `--init`: reaping zombies
#
# 08 showed one thing `--init` does: pass signals on to your program, so that `docker stop` ends
# quickly. It does a second thing.
#
# A process that has ended disappears only once its parent "reaps" it (waits for it); until
# then it is a zombie, state `Z` in `ps`. An orphan, whose parent ended first, is handed to PID 1
# to reap. On an ordinary Linux, PID 1 is an init (such as systemd), which does that; in a
# container, PID 1 is your program, which often does not.
#
# This container's command starts a `sleep 1` in the background, and its parent shell exits at
# once, so `sleep 1` is an orphan, handed to PID 1; then `exec` makes `sleep 600` replace the
# shell as PID 1. After a second, `sleep 1` ends, but `sleep 600` never reaps it:

# %%
%%bash
docker run -d --name nb14-zombie dockerlab/busybox sh -c '(sleep 1 &); exec sleep 600'
docker run -d --name nb14-reaped --init dockerlab/busybox sh -c '(sleep 1 &); exec sleep 600'
sleep 1.5
echo "without --init:"
docker exec nb14-zombie ps -o ppid,stat,args | grep -v ' ps '
echo "with --init:"
docker exec nb14-reaped ps -o ppid,stat,args | grep -v ' ps '

# %% [markdown] lang="zh"
# 没有 `--init` 时，`[sleep]` 留在那里，状态 `Z`，父进程是 1。有 `--init` 时，PID 1 是 `docker-init`，它回收了结束的 `sleep 1`。
# 一个僵尸不占内存，但它占着一个进程号。一个不停地启动子进程（比如健康检查、脚本）的服务，
# 日积月累可能用光进程号，新的进程就再也启动不了。所以：主进程不是专门的 init 程序时，用 `--init` 运行它
# （Compose 里写 `init: true`）。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有完成"，这是正常的。参考答案折叠在每个练习的最后，先自己试试。
# 练习用的名字都以 `ex14-` 开头，本节结束时的清理不会删除它们；想重做时，`dockerlab reset 14` 会删除它们。
#
# ### 练习 14.1：一个可以放心交出去的网站
#
# 用 `dockerlab/web` 在后台运行一个名为 `ex14-web` 的容器，要求：
#
# 1. 80 端口发布到 `127.0.0.1` 上、由 Docker 挑选的端口（08）；
# 2. 崩溃后自动重启，除非你自己停止了它；
# 3. 内存最多 32 MB；
# 4. 有一个健康检查，并且已经是 `healthy`；
# 5. 首页 `/www/index.html` 是你在主机上写的文件，内容里有 `ex14`，用 `docker cp` 放进去。

# %% [markdown] lang="en"
# Without `--init`, `[sleep]` stays, state `Z`, its parent 1. With `--init`, PID 1 is
# `docker-init`, and it reaped the `sleep 1` that ended. A zombie takes no memory, but it holds a
# process ID. A service that keeps starting child processes (health checks, scripts) can run out
# of process IDs over time, and then no new process starts. So when the main process is not an
# init program made for it, run it with `--init` (`init: true` in Compose).
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first. The exercises' names all start with
# `ex14-`; the cleanup at the end of the notebook leaves them, and `dockerlab reset 14` removes
# them when you want to start over.
#
# ### Exercise 14.1: a web site you can hand over
#
# Run a container named `ex14-web` from `dockerlab/web` in the background, such that:
#
# 1. its port 80 is published on `127.0.0.1`, at a port Docker picks (08);
# 2. it restarts after a crash, unless you stopped it yourself;
# 3. it has 32 MB of memory at most;
# 4. it has a health check, and is `healthy` already;
# 5. its home page `/www/index.html` is a file you wrote on the host, containing `ex14`, put
#    there with `docker cp`.

# %%
%%bash
# 14.1: your commands here


# %%
dl.check("14.1")

# %% [markdown]
# {{solution 14.1}}

# %% [markdown] lang="zh"
# ### 练习 14.2：试三次就放弃
#
# 运行一个名为 `ex14-retry` 的 `dockerlab/busybox` 容器，它的命令总是失败（例如 `sh -c 'echo failing; exit 2'`），
# 让引擎在它失败后最多重启三次。等它放弃以后，运行检查。
#
# 想一想：如果用 `--restart always`，它会怎样？如果命令以退出码 0 结束呢？

# %% [markdown] lang="en"
# ### Exercise 14.2: three tries, then give up
#
# Run a `dockerlab/busybox` container named `ex14-retry` whose command always fails (e.g.
# `sh -c 'echo failing; exit 2'`), such that the Engine restarts it at most three times after a
# failure. Once it has given up, run the check.
#
# Think: what would it do with `--restart always`? And if the command ended with exit code 0?

# %%
%%bash
# 14.2: your commands here


# %%
dl.check("14.2")

# %% [markdown]
# {{solution 14.2}}

# %% [markdown] lang="zh"
# ### 练习 14.3：一个可以放心跑一年的容器
#
# 在后台运行一个名为 `ex14-ticker` 的 `dockerlab/ticker` 容器（08 见过，它不停地打印），要求：
#
# 1. 用 `json-file` 驱动，日志文件到 100 kB 轮转，最多保留 3 个文件；
# 2. PID 1 是 `docker-init`，由它回收僵尸进程、转交信号；
# 3. 最多用 0.5 个 CPU。

# %% [markdown] lang="en"
# ### Exercise 14.3: a container that can run for a year
#
# Run a `dockerlab/ticker` container named `ex14-ticker` in the background (from 08: it prints
# for ever), such that:
#
# 1. it uses the `json-file` driver, rotating its log file at 100 kB and keeping 3 files at most;
# 2. its PID 1 is `docker-init`, which reaps zombies and passes signals on;
# 3. it uses 0.5 CPU at most.

# %%
%%bash
# 14.3: your commands here


# %%
dl.check("14.3")

# %% [markdown]
# {{solution 14.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每个选项，都是创建容器时引擎 API 请求里的一个字段。docker-py（Docker 官方的 Python 库）里，
# `docker run` 的选项是 `containers.run()` 的参数：`--restart` 是 `restart_policy`，`--memory` 是 `mem_limit`，
# `--cpus` 是 `nano_cpus`（以十亿分之一个 CPU 为单位），`--health-*` 是 `healthcheck`（时间以纳秒为单位），
# `--log-opt` 是 `log_config`，`--init` 是 `init`：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every option above is a field of the Engine API request that creates the container. In
# docker-py (Docker's Python library), `docker run`'s options are arguments of
# `containers.run()`: `--restart` is `restart_policy`, `--memory` is `mem_limit`, `--cpus` is
# `nano_cpus` (in billionths of a CPU), `--health-*` is `healthcheck` (times in nanoseconds),
# `--log-opt` is `log_config`, `--init` is `init`:

# %%
import docker

client = docker.from_env()
web = client.containers.run(
    "dockerlab/web", name="nb14-py", detach=True, ports={"80/tcp": ("127.0.0.1", None)},
    restart_policy={"Name": "on-failure", "MaximumRetryCount": 3},
    mem_limit="32m", nano_cpus=500_000_000, init=True,
    healthcheck={"test": ["CMD-SHELL", "wget -q -O /dev/null http://localhost/ || exit 1"],
                 "interval": 500_000_000},
    log_config=docker.types.LogConfig(type="json-file",
                                      config={"max-size": "10m", "max-file": "3"}),
)
host = client.api.inspect_container("nb14-py")["HostConfig"]
print(f"restart={host['RestartPolicy']['Name']}:{host['RestartPolicy']['MaximumRetryCount']} "
      f"memory={host['Memory']} cpus={host['NanoCpus'] / 1e9} init={host['Init']} "
      f"logs={host['LogConfig']['Config']}")

# %% [markdown] lang="zh"
# `docker cp` 在 API 里是两个请求：复制出来是 `get_archive`，复制进去是 `put_archive`。
# 两者传的都是 tar 包，因为 `docker cp` 也能复制整个目录：

# %% [markdown] lang="en"
# `docker cp` is two API requests: out is `get_archive`, in is `put_archive`. Both carry a tar
# archive, because `docker cp` copies whole directories too:

# %%
import io
import tarfile

chunks, stat = client.api.get_archive("nb14-py", "/www/index.html")
with tarfile.open(fileobj=io.BytesIO(b"".join(chunks))) as archive:
    page = archive.extractfile("index.html").read().decode()
print(f"copied out {stat['name']} ({stat['size']} bytes), first line: {page.splitlines()[0]!r}")

# %% [markdown] lang="zh"
# 健康状态在 `inspect` 的 `State.Health` 里，和 `docker inspect --format` 读的是同一个字段：

# %% [markdown] lang="en"
# The health state is in `State.Health` of `inspect`, the field `docker inspect --format`
# read:

# %%
import time

for _ in range(60):
    health = client.api.inspect_container("nb14-py")["State"]["Health"]
    if health["Status"] != "starting":
        break
    time.sleep(0.5)
print(f"nb14-py is {health['Status']}")

# %% [markdown] lang="zh"
# `docker system df` 是 `client.api.df()`：一个请求，回答里是每个镜像、容器、数据卷和构建缓存的大小。
# `dl.system_df()` 像命令行一样把它们加起来，得到同样的表格，同时是一个 pandas DataFrame：
# 小写的列是数字（字节），可以计算（表格里的数字每次都不一样，测试不比较这个单元格的输出）：

# %% [markdown] lang="en"
# `docker system df` is `client.api.df()`: one request, whose answer holds the size of every
# image, container, volume and build-cache record. `dl.system_df()` adds them up as the CLI
# does, into the same table, which is also a pandas DataFrame: its lower-case columns are
# numbers (bytes) to compute with (the numbers differ on every run; the tests do not compare this
# cell's output):

# %% tags=["nbval-ignore-output"]
usage = dl.system_df()
usage

# %%
answer = client.api.df()
print(f"client.api.df() lists every image, container, volume and build-cache record; "
      f"dl.system_df() sums them into {len(usage)} rows: {', '.join(usage['type'])}")
rows = usage.set_index("type")
if rows.loc["Images", "size"] == answer["LayersSize"]:
    print("✓ the Images row's size is the Engine's LayersSize, in bytes "
          f"({usage['size'].dtype}): shared layers count once")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb14-` 开头的）和 `nb14-files` 文件夹。你的练习（`ex14-…`）和你自己的容器都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb14-`) and the `nb14-files`
# folder. Your exercises (`ex14-…`) and your own containers are not touched:

# %%
%%bash
rm -r nb14-files

# %%
dl.finish("14")

# %% [markdown] lang="zh"
# 下一节：[15 结课项目](15-final-project.ipynb)：把学过的都用上，构建、推送（push）、用 Compose 运行一个带数据存储的小网站。

# %% [markdown] lang="en"
# Next: [15 Final project](15-final-project.ipynb): everything together: build, push and run
# with Compose a small web app that keeps its data.
