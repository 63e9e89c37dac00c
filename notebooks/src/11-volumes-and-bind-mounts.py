# %% [markdown] lang="zh"
# # 11 · 数据卷和绑定挂载
#
# **学完这一节，你能够：**
#
# - 说清容器（container）的数据为什么会随 `docker rm` 消失，用数据卷（volume）让数据比容器活得长；
# - 用 `docker volume create`、`ls`、`inspect`、`rm` 管理数据卷，用 `-v` 和 `--mount` 挂载它；
# - 用绑定挂载（bind mount）把本机的文件夹放进容器，知道 `-v` 后面写名字和写路径的区别；
# - 说出数据卷、绑定挂载和 tmpfs 挂载各自的数据放在哪里、活多久、适合做什么；
# - 看懂挂载两边的文件属主（UID），用 `--user` 让容器写出的文件属于你；
# - 用 `tar` 备份一个数据卷，再恢复到另一个数据卷里。
#
# **时间：** {{minutes}}
#
# **先学过：** 07（容器的可写层 writable layer：练习 07.3）、08（`-d`、`-p 127.0.0.1::80`、`docker port`、
# `docker exec`、`docker stop`）、10（`docker build`）。

# %% [markdown] lang="en"
# # 11 · Volumes and bind mounts
#
# **When you finish this notebook, you can:**
#
# - say why a container's data goes away with `docker rm`, and make data outlive its containers
#   with a volume;
# - manage volumes with `docker volume create`, `ls`, `inspect` and `rm`, and mount them with
#   `-v` and `--mount`;
# - put a folder of your machine into a container with a bind mount, and tell a name after `-v`
#   from a path;
# - say where the data of a volume, a bind mount and a tmpfs mount lives, how long it lasts, and
#   what each is for;
# - read the owners (UIDs) of files on both sides of a mount, and make the files a container
#   writes yours with `--user`;
# - back up a volume with `tar` and restore it into another volume.
#
# **Time:** {{minutes}}
#
# **Before this:** 07 (a container's writable layer: exercise 07.3), 08 (`-d`,
# `-p 127.0.0.1::80`, `docker port`, `docker exec`, `docker stop`), 10 (`docker build`).

# %% [markdown] lang="zh"
# 07 的练习 07.3 说明：容器停止时，它写的文件还在可写层里。但可写层属于这一个容器，
# `docker rm` 删除容器时，可写层和里面的数据一起删除。数据库、用户上传的文件、日志，
# 都需要比容器活得更长：换一个新版本的镜像（image），就要删掉旧容器、运行新容器，而数据要留下。
#
# 办法是把一个目录**挂载**（mount）到容器里：容器在这个目录里读写的数据不在可写层里，而在别处。
# Docker 有三种挂载：数据卷（volume，由 Docker 管理）、绑定挂载（bind mount，本机的一个文件夹）
# 和 tmpfs 挂载（在内存里）。这一节逐个试一遍。
#
# 本节在本机写的文件都放在 notebook 旁边以 `nb11-` 开头的文件夹里。
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行（在 notebook 所在的文件夹里）。

# %% [markdown] lang="en"
# Exercise 07.3 showed that a stopped container keeps the files it wrote in its writable layer.
# But the writable layer belongs to that one container: `docker rm` deletes it, and the data
# with it. Databases, uploaded files and logs all need to outlive containers: moving to a new
# version of an image means removing the old container and running a new one, and the data must
# stay.
#
# The way is to **mount** a directory into the container: what the container reads and writes
# there is not in the writable layer but somewhere else. Docker has three kinds of mounts:
# volumes (managed by Docker), bind mounts (a folder of your machine) and tmpfs mounts (in
# memory). This notebook tries each.
#
# What this notebook writes on your machine goes into folders starting with `nb11-`, next to the
# notebook. The cell below prepares the notebook: it checks the Docker Engine and the course kit,
# and removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged (in the notebook's folder).

# %%
import dockerlab as dl

dl.begin("11", language="zh")

# %% [markdown] lang="zh"
# ## 数据随 `docker rm` 消失
#
# 一个容器往 `/data.txt` 里写了一行，然后停止了。文件在它的可写层里：

# %% [markdown] lang="en"
# ## Data goes away with `docker rm`
#
# A container writes a line to `/data.txt`, then stops. The file is in its writable layer:

# %%
%%bash
docker run --name nb11-box dockerlab/busybox sh -c 'echo "my data" > /data.txt'
docker diff nb11-box

# %% [markdown] lang="zh"
# 删除容器后，能找到这个文件的地方也没有了。新的容器来自同一个镜像，里面没有它
# （这个单元格预期会失败）：

# %% [markdown] lang="en"
# Once the container is removed, there is nowhere left to find the file. A new container from
# the same image does not have it (this cell is meant to fail):

# %% tags=["raises-exception"]
%%bash
docker rm nb11-box
docker run --rm dockerlab/busybox cat /data.txt

# %% [markdown] lang="zh"
# ## 数据卷
#
# 数据卷（volume）是 Docker 管理的一块存储。`docker volume create` 创建一个，
# `docker volume ls` 列出它们（`--filter name=nb11` 只看本节的）：

# %% [markdown] lang="en"
# ## Volumes
#
# A volume is storage that Docker manages. `docker volume create` makes one, and `docker volume
# ls` lists them (`--filter name=nb11` shows this notebook's only):

# %%
%%bash
docker volume create nb11-data
docker volume ls --filter name=nb11

# %% [markdown] lang="zh"
# `-v 数据卷名:容器里的路径` 把数据卷挂载到容器里。两个容器先后把一行写进同一个数据卷，
# 两个都用了 `--rm`，运行完就删除了；第二个容器读到了第一个写下的内容：

# %% [markdown] lang="en"
# `-v VOLUME:PATH-IN-CONTAINER` mounts a volume into a container. Two containers, one after the
# other, write a line to the same volume; both have `--rm`, so both are removed when they end;
# the second one reads what the first one wrote:

# %%
%%bash
docker run --rm -v nb11-data:/data dockerlab/busybox sh -c 'echo "line from the first container" >> /data/notes.txt'
docker run --rm -v nb11-data:/data dockerlab/busybox sh -c 'echo "line from the second container" >> /data/notes.txt; cat /data/notes.txt'

# %% [markdown] lang="zh"
# 两个容器都已经删除，数据还在数据卷里。这就是数据卷的用处：容器可以随时删掉、换新，数据留下。
#
# 数据卷的数据放在哪里？`docker volume inspect` 打印它的信息（一段 JSON），`--format` 取出几个字段。
# Mountpoint 是引擎所在的机器上的一个目录，在 Docker 的数据目录（通常是 `/var/lib/docker`）下面。
# 不要直接修改那里的文件，它们归 Docker 管理；在 Docker Desktop 上，这个目录在它的虚拟机里：

# %% [markdown] lang="en"
# Both containers are gone; the data stays in the volume. That is what volumes are for:
# containers can be removed and replaced at any time, and the data stays.
#
# Where does a volume's data live? `docker volume inspect` prints what Docker knows about it (a
# JSON document), and `--format` picks fields. The Mountpoint is a directory on the Engine's
# machine, under Docker's data directory (usually `/var/lib/docker`). Do not change the files
# there: Docker manages them. With Docker Desktop, that directory is inside its virtual machine:

# %%
%%bash
docker volume inspect --format 'name={{.Name}} driver={{.Driver}} mountpoint={{.Mountpoint}}' nb11-data

# %% [markdown] lang="zh"
# ### 正在用的数据卷删不掉
#
# 只要有容器（哪怕是停止的容器）在用一个数据卷，`docker volume rm` 就拒绝删除它，
# 错误信息里是那个容器的 ID。这个单元格预期会失败：

# %% [markdown] lang="en"
# ### A volume in use cannot be removed
#
# While a container (even a stopped one) uses a volume, `docker volume rm` refuses to remove it,
# and names that container's ID. This cell is meant to fail:

# %% tags=["raises-exception"]
%%bash
docker run --name nb11-user -v nb11-data:/data dockerlab/busybox true
docker volume rm nb11-data

# %% [markdown] lang="zh"
# 反过来，`docker rm` 删除容器时，从不删除有名字的数据卷。`docker rm -v` 只删除容器的**匿名**数据卷：
# `-v /路径`（冒号前面没有名字）会创建一个名字是 64 位随机十六进制数的数据卷。
# 很多数据库镜像在 Dockerfile 里用 `VOLUME` 指令声明数据目录，不写 `-v` 时，每个容器都会得到这样一个匿名数据卷。
# `docker inspect` 的 `.Mounts` 列出容器的挂载：

# %% [markdown] lang="en"
# The other way round, `docker rm` never removes a named volume. `docker rm -v` removes only a
# container's **anonymous** volumes: `-v /PATH` (no name before a colon) creates a volume whose
# name is 64 random hexadecimal digits. Many database images declare their data directory with
# the `VOLUME` instruction in their Dockerfile, and without `-v` each container gets such an
# anonymous volume. `docker inspect`'s `.Mounts` lists a container's mounts:

# %%
%%bash
docker run --name nb11-anonymous -v /scratch dockerlab/busybox true
docker inspect --format '{{range .Mounts}}{{.Type}} {{.Name}} at {{.Destination}}{{end}}' nb11-anonymous nb11-user

# %% [markdown] lang="zh"
# 记下匿名数据卷的名字，删除两个容器，再看这个名字的数据卷还有几个（`wc -l` 数行数）：

# %% [markdown] lang="en"
# Note the anonymous volume's name, remove both containers, and count the volumes of that name
# left (`wc -l` counts lines):

# %%
%%bash
anonymous=$(docker inspect --format '{{range .Mounts}}{{.Name}}{{end}}' nb11-anonymous)
docker rm -v nb11-anonymous nb11-user
echo "volumes named like the anonymous one: $(docker volume ls -q --filter name=$anonymous | wc -l)"
docker volume ls --filter name=nb11

# %% [markdown] lang="zh"
# 匿名数据卷随 `-v` 删除了，`nb11-data` 还在。`docker run --rm` 也会删除容器的匿名数据卷。
#
# ### `--mount`：更长，但更清楚
#
# `-v` 把几样东西挤在一个参数里。`--mount` 写成 `键=值`，意思一目了然，Docker 的文档推荐用它。
# 下面两种写法相同，`readonly`（`-v` 里是 `:ro`）让容器只能读。写入会失败（这个单元格预期会失败）：

# %% [markdown] lang="en"
# The anonymous volume went with `-v`; `nb11-data` stays. `docker run --rm` removes a
# container's anonymous volumes too.
#
# ### `--mount`: longer, but clearer
#
# `-v` squeezes several things into one argument. `--mount` spells them out as `key=value`,
# which is why Docker's documentation recommends it. The two forms below mean the same;
# `readonly` (`:ro` with `-v`) lets the container only read. Writing fails (this cell is meant
# to fail):

# %% tags=["raises-exception"]
%%bash
docker run --rm -v nb11-data:/data:ro dockerlab/busybox cat /data/notes.txt
docker run --rm --mount type=volume,source=nb11-data,target=/data,readonly dockerlab/busybox sh -c 'echo more >> /data/notes.txt'

# %% [markdown] lang="zh"
# ### 新数据卷会复制镜像里的内容
#
# 把一个**空的**数据卷挂载到镜像里已经有文件的目录上时，Docker 先把这些文件复制进数据卷。
# `dockerlab/web` 的 `/www` 里有一个 `index.html`。`-v` 后面的数据卷不存在时，`docker run` 会创建它：

# %% [markdown] lang="en"
# ### A new volume gets the image's content
#
# When an **empty** volume is mounted on a directory that already has files in the image, Docker
# first copies those files into the volume. `dockerlab/web` has an `index.html` in `/www`. When
# the volume after `-v` does not exist, `docker run` creates it:

# %%
%%bash
docker run --rm -v nb11-www:/www dockerlab/web ls /www
docker run --rm -v nb11-www:/anywhere dockerlab/busybox ls /anywhere

# %% [markdown] lang="zh"
# 第二个容器来自 busybox，里面本来没有 `index.html`，它是从数据卷里读到的。
# 这个复制只发生一次（数据卷还是空的时候），而且只对数据卷；绑定挂载不会复制，
# 它会把镜像里原来的文件**遮住**。下面就来看绑定挂载。
#
# ## 绑定挂载
#
# 绑定挂载（bind mount）把本机的一个文件夹放进容器。`-v` 后面写**绝对路径**（以 `/` 开头），
# 就是绑定挂载；`$PWD` 是当前文件夹的绝对路径。下面让 `dockerlab/web` 提供本机文件夹 `nb11-site/`
# 里的网页，`:ro` 让容器只能读：

# %% [markdown] lang="en"
# The second container comes from busybox, which has no `index.html`: it read it from the
# volume. This copy happens once (while the volume is empty), and only for volumes; a bind
# mount copies nothing, and **hides** what the image had there. Bind mounts are next.
#
# ## Bind mounts
#
# A bind mount puts a folder of your machine into a container. An **absolute path** after `-v`
# (starting with `/`) makes a bind mount; `$PWD` is the current folder's absolute path. Below,
# `dockerlab/web` serves the pages in the local folder `nb11-site/`, and `:ro` lets the
# container only read:

# %%
%%bash
mkdir -p nb11-site
echo '<h1>from my folder</h1>' > nb11-site/index.html
docker run -d --name nb11-web -p 127.0.0.1::80 -v "$PWD/nb11-site":/www:ro dockerlab/web > /dev/null
curl -s --retry 5 --retry-connrefused http://$(docker port nb11-web 80)/

# %% [markdown] lang="zh"
# 在本机改这个文件，容器马上就看到了，不用重新构建（build）镜像、也不用重启容器。
# 开发时常这样用：代码在本机编辑，在容器里运行。（你也可以在 JupyterLab 里打开 `nb11-site/index.html`，
# 改一改，再运行下面这个单元格的最后一行。）

# %% [markdown] lang="en"
# Change the file on your machine, and the container sees it at once, with no image rebuilt and
# no container restarted. This is common during development: edit the code on your machine, run
# it in a container. (You can also open `nb11-site/index.html` in JupyterLab, change it, and run
# the last line of the cell below again.)

# %%
%%bash
echo '<h1>changed on my machine</h1>' > nb11-site/index.html
curl -s http://$(docker port nb11-web 80)/

# %% [markdown] lang="zh"
# 容器是只读挂载的，所以它改不了你的文件。`docker exec`（08 讲过）在容器里试着写，会失败
# （这个单元格预期会失败）：

# %% [markdown] lang="en"
# The mount is read-only, so the container cannot change your files. `docker exec` (from 08)
# tries to write in the container, and fails (this cell is meant to fail):

# %% tags=["raises-exception"]
%%bash
docker exec nb11-web sh -c 'echo hacked > /www/index.html'

# %% [markdown] lang="zh"
# ### 名字还是路径？
#
# `-v` 冒号前面的部分，以 `/` 开头就是本机的路径，否则就是**数据卷的名字**。
# 少写了 `$PWD/`，`-v nb11-site:/www` 挂载的就不是你的文件夹，而是一个新建的、名叫 `nb11-site` 的数据卷
# （它从镜像里复制了 `/www` 原来的 `index.html`）：

# %% [markdown] lang="en"
# ### A name or a path?
#
# The part of `-v` before the colon is a path on your machine when it starts with `/`, and
# **a volume's name** otherwise. Forget the `$PWD/`, and `-v nb11-site:/www` mounts not your
# folder, but a new volume named `nb11-site` (which copied the image's original `index.html`
# from `/www`):

# %%
%%bash
docker run --rm -v nb11-site:/www dockerlab/web cat /www/index.html
docker volume ls --filter name=nb11-site

# %% [markdown] lang="zh"
# 本机的路径不存在时，`-v` 会创建这个文件夹（由引擎创建，属于 root），这也常常让人意外。
# `--mount type=bind` 不替你创建，而是报错（这个单元格预期会失败）：

# %% [markdown] lang="en"
# When the host path does not exist, `-v` creates the folder (the Engine creates it, owned by
# root), which often surprises people too. `--mount type=bind` does not create it for you; it
# stops with an error (this cell is meant to fail):

# %% tags=["raises-exception"]
%%bash
docker run --rm --mount type=bind,source="$PWD/nb11-no-such-folder",target=/data dockerlab/busybox true

# %% [markdown] lang="zh"
# 注意：绑定挂载的路径是**引擎所在的机器**上的路径。这门课里引擎就在你的机器上；
# 如果 `docker` 连的是另一台机器上的引擎，挂载的是那台机器上的文件夹。
#
# ## tmpfs 挂载
#
# tmpfs 挂载在内存里，不写磁盘。适合放临时文件和不该落到磁盘上的东西（例如解密后的密钥）。
# `--tmpfs /scratch` 在 `/scratch` 挂载一个 tmpfs；`/proc/mounts` 列出容器里的挂载：

# %% [markdown] lang="en"
# Note: the path of a bind mount is a path on **the Engine's machine**. In this course the
# Engine is on your machine; when `docker` talks to an Engine on another machine, the folder
# mounted is that machine's.
#
# ## tmpfs mounts
#
# A tmpfs mount lives in memory and never touches the disk. It suits temporary files, and
# things that must not land on a disk (a decrypted key, say). `--tmpfs /scratch` mounts a tmpfs
# at `/scratch`; `/proc/mounts` lists the container's mounts:

# %%
%%bash
docker run -d --name nb11-tmp --tmpfs /scratch dockerlab/busybox sleep 3600 > /dev/null
docker exec nb11-tmp grep /scratch /proc/mounts
docker exec nb11-tmp sh -c 'echo temporary > /scratch/t; echo kept > /kept'

# %% [markdown] lang="zh"
# 容器停止时，tmpfs 里的东西就没了；可写层里的 `/kept` 还在。
# `docker stop -t 0` 不等宽限期（08 讲过），然后再启动它：

# %% [markdown] lang="en"
# When the container stops, the tmpfs's content is gone; `/kept`, in the writable layer, stays.
# `docker stop -t 0` does not wait for the grace period (from 08); then start it again:

# %%
%%bash
docker stop -t 0 nb11-tmp > /dev/null
docker start nb11-tmp > /dev/null
docker exec nb11-tmp sh -c 'ls /scratch | wc -l; cat /kept'

# %% [markdown] lang="zh"
# 三种挂载放在一起比较：
#
# | | 数据卷（volume） | 绑定挂载（bind mount） | tmpfs |
# |---|---|---|---|
# | 数据在哪里 | Docker 的数据目录里，由 Docker 管理 | 你指定的本机文件夹 | 内存 |
# | `docker rm` 后 | 还在，直到 `docker volume rm` | 还在（是你的文件） | 没了 |
# | 容器停止后 | 还在 | 还在 | 没了 |
# | 空的时候 | 复制镜像里那个目录的内容 | 遮住镜像里的内容 | 空的 |
# | 适合 | 数据库、程序的数据 | 开发时的代码、配置文件 | 临时文件、密钥 |
#
# ## 文件属主：挂载两边的 UID
#
# Linux 记录文件属于谁，记的是一个数字：UID（用户）和 GID（组）。名字（`root`、你的用户名）只是
# 系统在 `/etc/passwd` 里查到的，容器里和本机上的名字表不一样，数字却是同一个：
# 没有开启用户命名空间（user namespace）时，容器里的 UID 0 就是本机的 UID 0（01 讲过：容器里的 root 就是本机的 root）。
#
# 容器默认以 root 运行，它在绑定挂载里写的文件属于 root。下面的容器写两个文件，
# 再用 `chown 1000:1000` 把第二个交给 UID 1000。然后在**本机**上用 `stat -c '%u:%g %n'`
# 看每个文件的 UID、GID 和文件名：

# %% [markdown] lang="en"
# The three side by side:
#
# | | volume | bind mount | tmpfs |
# |---|---|---|---|
# | where the data lives | Docker's data directory, managed by Docker | a folder of your machine you choose | memory |
# | after `docker rm` | stays, until `docker volume rm` | stays (your files) | gone |
# | after the container stops | stays | stays | gone |
# | when empty | gets the image directory's content | hides the image's content | empty |
# | good for | databases, a program's data | code and configuration during development | temporary files, secrets |
#
# ## File owners: UIDs across the mount
#
# Linux records who owns a file as numbers: a UID (user) and a GID (group). Names (`root`, your
# user name) are only what the system looks up in `/etc/passwd`, and the container and your
# machine have different tables of names, but the numbers are the same: without user namespaces,
# UID 0 in a container is UID 0 on your machine (from 01: root in a container is root on the
# host).
#
# A container runs as root by default, so what it writes in a bind mount belongs to root. The
# container below writes two files, and hands the second to UID 1000 with `chown 1000:1000`.
# Then, **on your machine**, `stat -c '%u:%g %n'` shows each file's UID, GID and name:

# %%
%%bash
mkdir -p nb11-owners
docker run --rm -v "$PWD/nb11-owners":/out dockerlab/busybox sh -c 'touch /out/by-root /out/by-1000; chown 1000:1000 /out/by-1000'
stat -c '%u:%g %n' nb11-owners/by-root nb11-owners/by-1000

# %% [markdown] lang="zh"
# 数字原样穿过了挂载：容器里的 root 写的文件，在本机也属于 UID 0。如果你在本机不是 root，
# 你可以删除 `by-root`（删除看的是文件夹的权限，文件夹是你的），但不用 `sudo` 就改不了它的内容。
# `by-1000` 在本机属于谁，要看本机的 UID 1000 是谁：很多 Linux 电脑上第一个用户就是 1000。
#
# 名字则各查各的表。在容器里看同样两个文件：busybox 的 `/etc/passwd` 只认识 root 和 nobody，
# UID 1000 没有名字，`%U`（用户名）显示 `UNKNOWN`：

# %% [markdown] lang="en"
# The numbers went through the mount unchanged: what root wrote in the container belongs to
# UID 0 on your machine too. If you are not root on your machine, you can delete `by-root`
# (deleting depends on the folder's permissions, and the folder is yours), but not change its
# content without `sudo`. Who owns `by-1000` on your machine depends on who UID 1000 is there:
# the first user of many Linux computers is 1000.
#
# Names, though, each side looks up in its own table. The same two files, seen in the
# container: busybox's `/etc/passwd` knows only root and nobody, so UID 1000 has no name, and
# `%U` (the user name) shows `UNKNOWN`:

# %%
%%bash
docker run --rm -v "$PWD/nb11-owners":/out dockerlab/busybox stat -c '%u %U %n' /out/by-root /out/by-1000

# %% [markdown] lang="zh"
# 要让容器写出的文件属于**你**，就让容器用你的 UID 和 GID 运行：`--user` 设定容器里的用户，
# `id -u` 和 `id -g` 打印你的 UID 和 GID。不管你的 UID 是多少，文件都属于你：

# %% [markdown] lang="en"
# To make what a container writes **yours**, run the container with your UID and GID: `--user`
# sets the user in the container, and `id -u` and `id -g` print your UID and GID. Whatever your
# UID is, the file is yours:

# %%
%%bash
docker run --rm --user "$(id -u):$(id -g)" -v "$PWD/nb11-owners":/out dockerlab/busybox touch /out/mine
if [ "$(stat -c %u nb11-owners/mine)" = "$(id -u)" ]; then echo "nb11-owners/mine belongs to you"; fi

# %% [markdown] lang="zh"
# ### 数据卷和非 root 用户
#
# 很多镜像出于安全考虑，用 Dockerfile 的 `USER` 指令以非 root 用户运行程序。新建的数据卷顶层目录属于 root，
# 这样的容器往里写就会失败（这个单元格预期会失败）：

# %% [markdown] lang="en"
# ### Volumes and a non-root user
#
# Many images run their program as a non-root user, for safety, with the Dockerfile's `USER`
# instruction. A new volume's top directory belongs to root, so such a container fails to write
# to it (this cell is meant to fail):

# %% tags=["raises-exception"]
%%bash
docker run --rm --user 1000:1000 -v nb11-appdata:/data dockerlab/busybox sh -c 'echo hello > /data/hello.txt'

# %% [markdown] lang="zh"
# 办法是在镜像里准备好这个目录，并把它交给那个用户。空数据卷第一次挂载到这里时，
# Docker 复制目录的内容，也复制它的属主。构建一个这样的镜像 `nb11/app`（10 讲过 `docker build`；
# `-` 从标准输入（stdin）读 Dockerfile，06 用过）。`docker volume rm` 先删掉上面那次失败时创建的数据卷，
# 让数据卷重新从空的开始：

# %% [markdown] lang="en"
# The way out is to prepare the directory in the image and hand it to that user. When an empty
# volume is first mounted there, Docker copies the directory's content, and its owner too. Build
# such an image, `nb11/app` (`docker build` from 10; `-` reads the Dockerfile from standard
# input, as in 06). `docker volume rm` first removes the volume the failed run above created, so
# the volume starts empty again:

# %%
%%bash
docker volume rm nb11-appdata
docker build -q -t nb11/app - <<'EOF'
FROM dockerlab/busybox
RUN mkdir /data && echo "settings of the app" > /data/settings.txt && chown -R 1000:1000 /data
USER 1000:1000
EOF

# %%
%%bash
docker run --rm -v nb11-appdata:/data nb11/app sh -c 'id -u; echo hello > /data/hello.txt; stat -c "%u:%g %n" /data /data/*'

# %% [markdown] lang="zh"
# 容器以 UID 1000 运行，数据卷的顶层目录也属于 1000（从镜像复制来的），写入成功了。
#
# ## 备份和恢复数据卷
#
# 数据卷里的数据怎么备份？Docker 没有专门的备份命令，用的是一个普通的容器：
# 它同时挂载数据卷和本机的一个文件夹，用 `tar` 把数据卷打包到文件夹里。
# 先建好本机的文件夹（让它属于你，而不是由 `-v` 以 root 的身份创建）：

# %% [markdown] lang="en"
# The container runs as UID 1000, the volume's top directory belongs to 1000 too (copied from
# the image), and the write succeeded.
#
# ## Backing up and restoring a volume
#
# How do you back up the data in a volume? Docker has no backup command of its own: an ordinary
# container does it. It mounts both the volume and a folder of your machine, and `tar` packs the
# volume into that folder. Make the local folder first (so that it is yours, rather than made by
# `-v` as root):

# %%
%%bash
mkdir -p nb11-backup
docker run --rm -v nb11-appdata:/data -v "$PWD/nb11-backup":/backup dockerlab/busybox tar -cf /backup/appdata.tar -C /data .
tar -tf nb11-backup/appdata.tar | sort

# %% [markdown] lang="zh"
# `tar -cf 文件 -C /data .`：`-c` 打包，`-f` 指定 tar 文件，`-C /data .` 先进入 `/data` 再打包
# 其中的一切，所以 tar 包里的路径以 `./` 开头，和 `/data` 这个位置无关。
# tar 包还记下了每个文件的属主和权限。
#
# 恢复到一个新的数据卷里：另一个容器挂载新数据卷和备份文件夹，用 `tar -xf` 解包。
# 以 root 运行的 tar 会把属主和权限原样恢复：

# %% [markdown] lang="en"
# `tar -cf FILE -C /data .`: `-c` creates an archive, `-f` names the tar file, and `-C /data .`
# goes into `/data` first and packs everything there, so the paths in the archive start with
# `./`, whatever the volume's mount point was. The archive also records each file's owner and
# permissions.
#
# Restore into a new volume: another container mounts the new volume and the backup folder,
# and unpacks with `tar -xf`. Run as root, tar restores owners and permissions as they were:

# %%
%%bash
docker volume create nb11-restored
docker run --rm -v nb11-restored:/data -v "$PWD/nb11-backup":/backup dockerlab/busybox tar -xf /backup/appdata.tar -C /data
docker run --rm -v nb11-restored:/data dockerlab/busybox sh -c 'stat -c "%u:%g %n" /data/*; cat /data/hello.txt'

# %% [markdown] lang="zh"
# 数据和属主都回来了。几点说明：
#
# - 备份时，用这个数据卷的程序最好先停下（`docker stop`），否则可能打包到一半写了一半的文件。
# - 另一种常见写法是 `docker run --rm --volumes-from 容器名 …`：挂载那个容器的所有数据卷，不用一一写出名字。
# - 备份文件 `appdata.tar` 是以 root 运行的容器写的，所以在本机属于 root（上一节讲的属主问题）。
#   需要时加上 `--user "$(id -u):$(id -g)"`，但那样 tar 就读不了只有别的用户能读的文件。
# - 不要用 `docker volume prune` 清理：它删除**所有**没有容器在用的数据卷，包括你别的项目的数据。
#   这门课只删除自己创建的数据卷（名字以 `nb11-` 开头的）。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里"全部运行"时，检查会显示"还没有"，这是正常的。
# 参考答案折叠在每个练习的最后，先自己试试。
#
# 练习用的名字都以 `ex11-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 11`
# 会删除容器和数据卷（本机的文件夹留着，你可以自己删除）。
#
# ### 练习 11.1：数据比容器活得长
#
# 创建数据卷 `ex11-visits`。然后先后运行三个**新的**容器，每个都用 `--rm`、挂载这个数据卷，
# 把自己的主机名（`hostname` 命令打印它，默认就是容器 ID 的前 12 位）追加到 `/data/visits` 里。
# 检查会看：文件里有三个不同容器的名字，而这三个容器都已经不在了。

# %% [markdown] lang="en"
# The data and the owners are back. A few notes:
#
# - Stop the program that uses the volume (`docker stop`) before a backup; otherwise the archive
#   may catch a file half written.
# - Another common form is `docker run --rm --volumes-from CONTAINER …`: it mounts all of that
#   container's volumes, with no need to name them.
# - The backup file `appdata.tar` was written by a container running as root, so on your
#   machine it belongs to root (the owners of the section above). Add `--user "$(id -u):$(id
#   -g)"` when that matters; but then tar cannot read files only another user may read.
# - Do not clean up with `docker volume prune`: it removes **every** volume no container uses,
#   your other projects' data included. This course removes only the volumes it created (names
#   starting `nb11-`).
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first.
#
# The exercises' names all start with `ex11-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 11` removes the containers and volumes (the local folders stay; remove them
# yourself if you like).
#
# ### Exercise 11.1: data that outlives its containers
#
# Create a volume `ex11-visits`. Then run three **new** containers, one after the other, each
# with `--rm` and the volume mounted, each appending its host name (the `hostname` command
# prints it; by default it is the first 12 digits of the container's ID) to `/data/visits`. The
# check looks for the names of three different containers in the file, and for none of those
# containers still being there.

# %%
%%bash
# 11.1: your commands here


# %%
dl.check("11.1")

# %% [markdown]
# {{solution 11.1}}

# %% [markdown] lang="zh"
# ### 练习 11.2：让容器提供你的文件夹
#
# 在 `ex11-site/index.html` 里写一个网页，内容里要有 `ex11` 这几个字。从 `dockerlab/web` 在后台运行容器
# `ex11-web`：把 `ex11-site` 文件夹**只读**地绑定挂载到 `/www`，把 80 端口发布到 `127.0.0.1` 的一个随机端口。
# 用 `curl` 看看它提供的网页，再在本机改一改 `index.html`，看容器是不是马上就提供新的内容。

# %% [markdown] lang="en"
# ### Exercise 11.2: a container serves your folder
#
# Write a web page in `ex11-site/index.html` that contains the word `ex11`. Run a container
# `ex11-web` from `dockerlab/web` in the background, with the folder `ex11-site` bind-mounted
# **read-only** at `/www`, and port 80 published on a random port of `127.0.0.1`. Fetch its page
# with `curl`, then change `index.html` on your machine and see whether the container serves the
# new content at once.

# %%
%%bash
# 11.2: your commands here


# %%
dl.check("11.2")

# %% [markdown]
# {{solution 11.2}}

# %% [markdown] lang="zh"
# ### 练习 11.3：连属主一起备份和恢复
#
# 先用下面两条命令创建数据卷 `ex11-source`（复制到下面的答案单元格里运行）：
# 里面有属于 UID 1000 的文件夹和文件，还有一个权限是 600 的文件。
#
# ```bash
# docker volume create ex11-source
# docker run --rm -v ex11-source:/data dockerlab/busybox sh -c \
#     'mkdir -p /data/notes && echo first > /data/notes/1.txt && echo app > /data/app.conf
#      chown -R 1000:1000 /data/notes && chmod 600 /data/app.conf'
# ```
#
# 然后把它备份成本机文件夹 `ex11-backup/` 里的一个 tar 文件，再恢复到一个新的数据卷 `ex11-copy` 里。
# 检查会比较两个数据卷：每个文件的内容、属主和权限都要相同。

# %% [markdown] lang="en"
# ### Exercise 11.3: back up and restore, owners included
#
# First create the volume `ex11-source` with these two commands (copy them into the answer
# cell below): it holds a folder and a file that belong to UID 1000, and a file with
# permissions 600.
#
# ```bash
# docker volume create ex11-source
# docker run --rm -v ex11-source:/data dockerlab/busybox sh -c \
#     'mkdir -p /data/notes && echo first > /data/notes/1.txt && echo app > /data/app.conf
#      chown -R 1000:1000 /data/notes && chmod 600 /data/app.conf'
# ```
#
# Then back it up as a tar file in the local folder `ex11-backup/`, and restore it into a new
# volume `ex11-copy`. The check compares the two volumes: every file's content, owner and
# permissions must be the same.

# %%
%%bash
# 11.3: your commands here


# %%
dl.check("11.3")

# %% [markdown]
# {{solution 11.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每个命令都是引擎 API 的一个或几个请求。docker-py（Docker 官方的 Python 库）发出同样的请求；
# dockerlab 再把回答变成和命令行一样的表格。它们让代码更短，但做的事和上面的命令一样。
#
# `docker volume create` 和带 `-v` 的 `docker run --rm`，在 docker-py 里是这样的。
# `volumes` 参数就是 `-v`：键是数据卷的名字（或本机的绝对路径），值是容器里的路径和模式：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every command above is one or a few Engine API requests. docker-py (Docker's Python library)
# sends the same requests; dockerlab turns the answers into the tables the CLI prints. They make
# code shorter; they do what the commands above do.
#
# `docker volume create` and `docker run --rm` with `-v` look like this in docker-py. The
# `volumes` argument is `-v`: its keys are volume names (or absolute local paths), its values
# the path in the container and the mode:

# %%
import docker

client = docker.from_env()
client.volumes.create("nb11-python")
mount = {"nb11-python": {"bind": "/data", "mode": "rw"}}
client.containers.run("dockerlab/busybox", ["sh", "-c", "echo from python > /data/p.txt"],
                      volumes=mount, remove=True)
output = client.containers.run("dockerlab/busybox", ["cat", "/data/p.txt"], volumes=mount,
                               remove=True)
print(output.decode().strip())

# %% [markdown] lang="zh"
# `dl.volumes` 是 `docker volume ls` 的表格，同时是一个 pandas DataFrame：大写的列是命令行打印的文字，
# 小写的列是同样的信息和更多的字段，带类型（例如 `created` 是时间，`labels` 是字典）：

# %% [markdown] lang="en"
# `dl.volumes` is `docker volume ls`'s table, and also a pandas DataFrame: upper-case columns are
# the text the CLI prints; lower-case columns hold the same facts and more, typed (`created` is
# a time, `labels` a dict):

# %%
table = dl.volumes(filters={"name": "nb11"})
table

# %%
unused = dl.volumes(filters={"name": "nb11", "dangling": True})
print(f"{len(table)} volumes of this notebook, {len(unused)} used by no container; "
      f"the oldest is {table.sort_values('created')['name'].iloc[0]}")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的容器、镜像和数据卷（名字以 `nb11` 开头的）。你的练习（`ex11-…`）和你自己的数据卷都不受影响。
# 本机的文件夹 `nb11-…` 留着（`nb11-owners` 里有属于 root 的文件：在你的机器上删除它们，可能需要 `sudo`）：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove the containers, images and volumes this notebook's lessons created (names starting
# `nb11`). Your exercises (`ex11-…`) and your own volumes are not touched. The local folders
# `nb11-…` stay (`nb11-owners` holds files that belong to root: removing them on your machine may
# need `sudo`):

# %%
dl.finish("11")

# %% [markdown] lang="zh"
# 下一节：[第 12 节](12-networks-and-ports.ipynb)，网络（network）和端口：让两个容器互相通信。

# %% [markdown] lang="en"
# Next: [12 Networks and ports](12-networks-and-ports.ipynb): two containers talking to each
# other.
