# %% [markdown] lang="zh"
# # 08 · 守护式容器
#
# **学完这一节，你能够：**
#
# - 用 `docker run -d` 在后台运行容器（container），用 `-p 127.0.0.1::80` 发布端口，再用 `docker port` 查出端口；
# - 在终端里用 Ctrl+P Ctrl+Q 离开一个交互式容器而不停止它，再用 `docker attach` 回到它；
# - 用 `docker logs` 的 `--tail`、`-t`、`-f` 查看容器的日志；
# - 用 `docker top` 和 `docker exec`（`-d`、`-i`、`-t`）查看容器里的进程、在容器里运行新的进程，
#   并说清容器里的 root 是谁；
# - 说清 `docker stop` 和 `docker kill` 的区别：信号（signal）、等待时间、退出码（exit code）143 和 137，
#   以及 PID 1 和 `--init`。
#
# **时间：** {{minutes}}
#
# **先学过：** 07（容器命令：`docker run`、`-i -t`、`docker ps`、`docker start`、`docker rm`）。

# %% [markdown] lang="en"
# # 08 · Daemon containers
#
# **When you finish this notebook, you can:**
#
# - run a container in the background with `docker run -d`, publish its port with
#   `-p 127.0.0.1::80`, and find that port with `docker port`;
# - leave an interactive container with Ctrl+P Ctrl+Q in a terminal without stopping it, and
#   come back to it with `docker attach`;
# - read a container's logs with `docker logs` and its `--tail`, `-t` and `-f`;
# - see a container's processes with `docker top`, start new ones in it with `docker exec`
#   (`-d`, `-i`, `-t`), and say who root in a container is;
# - tell `docker stop` from `docker kill`: signals, the wait, exit codes 143 and 137, PID 1 and
#   `--init`.
#
# **Time:** {{minutes}}
#
# **Before this:** 07 (container commands: `docker run`, `-i -t`, `docker ps`, `docker start`,
# `docker rm`).

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > # 守护式容器 daemon
# >
# > -能够长期运行
# > -没有交互式会话
# > -适合运行应用程序和服务
# >
# > ## 如何以守护形式运行容器
# > $docker run -i -t IMAGE /bin/bash
# > 然后按Ctrl+P Ctrl+Q
# > 使容器在后台运行
# >
# > ## 如何再次进去后台运行中的容器
# >
# > $docker attach ID/NAME
# >
# > ## 如何直接启动守护式容器 daemon
# >
# > $docker run -d 镜像名
# >
# > ## 查看容器日志
# >
# > $docker logs [-f] [-t] [-tail]
# > -f followed = true;
# > -t timestamp = true;
# > -tail = 'all';
# >
# > ## 查看容器的进程
# >
# > $docker top 容器名字
# >
# > ## 如何在运行的容器中启动新的进程
# >
# > $docker exec [-d][-i][-t] 容器名字 [COMMAND][ARG]
# >
# > 例如在容器中重新开启一个bash
# > docker exec -i -t container1 /bin/bash
# >
# > ## 停止运行中的守护式容器
# >
# > docker stop
# >
# > docker kill
# >
# > 区别在于：kill 直接快速停止容器， stop还会发送一个信号，等待容器停止。

# %% [markdown] lang="zh"
# 守护式容器（daemon container，也叫后台容器）长期在后台运行，没有人连着它的终端：
# 网站、数据库、队列里的工作进程都是这样运行的。这一节先用 `-d` 在后台启动一个网站，
# 再按笔记的顺序，从交互式容器“退到后台”、查看日志和进程、在容器里运行新的进程，最后停止容器。
#
# 笔记有几处要更正或补充：`-tail` 要写成 `--tail`；`stop` 和 `kill` 都发送信号，区别在于发什么信号、等不等；
# 小镜像（image）里没有 `bash`（07 讲过），这里用 `sh`；笔记在 01 节说容器“包括root用户权限”，这一节会说清这个 root 是谁。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎（Engine）和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# A daemon container (also called a detached or background container) runs for a long time
# with nobody attached to its terminal: web sites, databases and queue workers run this way.
# This notebook first starts a web site in the background with `-d`, then follows the notes:
# sending an interactive container "to the background", reading logs and processes, starting
# new processes in a container, and finally stopping containers.
#
# A few things in the notes need correcting or adding: `-tail` is written `--tail`; `stop` and
# `kill` both send signals, and differ in which signals and whether they wait; small images have
# no `bash` (see 07), so `sh` is used here; and the notes say in 01 that a container "includes
# root user rights": this notebook says who that root is.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("08", language="zh")

# %% [markdown] lang="zh"
# ## `docker run -d`：在后台运行
#
# `-d`（detach，分离）让 `docker run` 创建并启动容器之后马上返回，只打印新容器的 ID；
# 容器在后台继续运行。`dockerlab/web` 是课程工具包里的一个小网站（busybox 的 `httpd`），在容器的 80 端口提供一个页面：

# %% [markdown] lang="en"
# ## `docker run -d`: running in the background
#
# `-d` (detach) makes `docker run` return as soon as the container is created and started,
# printing only the new container's ID; the container runs on in the background.
# `dockerlab/web` is a small web site from the course kit (busybox's `httpd`), serving a page on
# the container's port 80:

# %%
%%bash
docker run -d --name nb08-web -p 127.0.0.1::80 dockerlab/web

# %% [markdown] lang="zh"
# `-p 127.0.0.1::80` 是端口映射（port mapping，也叫发布端口 publishing）：把容器的 80 端口发布到本机的一个端口上。
# 它的格式是 `-p 宿主机地址:宿主机端口:容器端口`：
#
# - 宿主机地址写 `127.0.0.1`，只有本机能访问。不写宿主机地址时，Docker 发布在所有网卡上（`0.0.0.0`），局域网里的其他机器也能访问；
# - 宿主机端口空着不写，由 Docker 挑一个空闲的端口。写死一个端口（例如 `-p 8080:80`）也可以，
#   但这个端口被占用时 `docker run` 会失败，下面马上就能看到。
#
# `docker ps` 的 STATUS 列说明它在运行（`Up`），PORTS 列是发布的端口：

# %% [markdown] lang="en"
# `-p 127.0.0.1::80` is port mapping (also called publishing): it publishes the container's
# port 80 on a port of this machine. Its form is `-p HOST_ADDRESS:HOST_PORT:CONTAINER_PORT`:
#
# - the host address `127.0.0.1` means only this machine can connect. Without an address, Docker
#   publishes on every network interface (`0.0.0.0`), and other machines on your network can
#   connect too;
# - with the host port left empty, Docker picks a free one. A fixed port (e.g. `-p 8080:80`)
#   works too, but `docker run` fails when that port is taken, as you will see in a moment.
#
# `docker ps` shows it running (`Up` in STATUS) and its published port in PORTS:

# %%
%%bash
docker ps --filter name=nb08-web --format '{{.Names}}: {{.Status}}, {{.Ports}}'

# %% [markdown] lang="zh"
# 只想知道端口时，用 `docker port 容器名字 容器端口`。它打印宿主机上的地址和端口：

# %% [markdown] lang="en"
# To ask for the port only, use `docker port CONTAINER PORT`. It prints the host address and
# port:

# %%
%%bash
docker port nb08-web 80

# %% [markdown] lang="zh"
# 这就是写死端口的问题：端口一旦被占用，`docker run` 就失败。用 `nb08-web` 正占着的这个端口试一试
# （`$( )` 把 `docker port` 的输出放进命令里）。这个单元格预期会失败：

# %% [markdown] lang="en"
# That is the trouble with a fixed port: once it is taken, `docker run` fails. Try the very port
# `nb08-web` holds (`$( )` puts the output of `docker port` into the command). This cell is meant
# to fail:

# %% tags=["raises-exception"]
%%bash
docker run -d --name nb08-clash -p "$(docker port nb08-web 80)":80 dockerlab/web

# %% [markdown] lang="zh"
# 端口被 Docker 自己占用时，错误是 `port is already allocated`；被别的程序占用时，是 `address already in use`。
# 容器已经创建了，只是没能启动（07 讲过：`docker run` 先创建，再启动），它留在 `Created` 状态，要自己删掉：

# %% [markdown] lang="en"
# When Docker itself holds the port, the error says `port is already allocated`; when another
# program does, `address already in use`. The container was created but could not start (from
# 07: `docker run` creates, then starts), so it stays `Created`, and you remove it yourself:

# %%
%%bash
docker ps -a --filter name=nb08-clash --format '{{.Names}}: {{.Status}}'
docker rm nb08-clash

# %% [markdown] lang="zh"
# 用同样的 `$( )`，`curl` 访问这个地址，打印网站的页面（也可以在浏览器里打开 `http://` 加上 `docker port` 打印的地址）：

# %% [markdown] lang="en"
# With the same `$( )`, `curl` fetches that address and prints the site's page (you can also
# open `http://` plus the address `docker port` printed in your browser):

# %%
%%bash
curl -s "http://$(docker port nb08-web 80)/"

# %% [markdown] lang="zh"
# ## 从交互式容器退到后台：Ctrl+P Ctrl+Q 和 `docker attach`
#
# 笔记里的另一种做法：先用 `-it` 运行一个交互式容器，再按 Ctrl+P Ctrl+Q，容器就留在后台继续运行。
# 这要在真正的终端里做。在 JupyterLab 里打开一个终端（菜单 **File → New → Terminal**），一步一步来：
#
# 1. 运行一个交互式容器（笔记写的是 `/bin/bash`，课程的镜像里只有 `sh`）：
#
#    ```bash
#    docker run -it --name nb08-term dockerlab/busybox sh
#    ```
#
# 2. 在容器的提示符 `/ #` 后面，设置一个 shell 变量。它只存在于这个 shell 进程的内存里：
#
#    ```bash
#    greeting=hello
#    ```
#
# 3. 按住 Ctrl，先按 P，再按 Q。你回到了宿主机的提示符，容器还在后台运行。
# 4. 确认一下，它的 STATUS 是 `Up`：
#
#    ```bash
#    docker ps --filter name=nb08-term
#    ```
#
# 5. 回到容器里。提示符 `/ #` 会重新出现；如果没有出现，按一下回车。
#    然后打印那个变量，看到 `hello`，说明你回到的是**同一个** shell：
#
#    ```bash
#    docker attach nb08-term
#    echo $greeting
#    ```
#
# 6. 再按一次 Ctrl+P Ctrl+Q 离开。这次终端会显示 `read escape sequence`。
#
# 几点说明：
#
# - Ctrl+P Ctrl+Q 只对带伪终端（pseudo-TTY，`-t`）的容器有效。它是两个字节 `0x10 0x11`。
#   `docker run -it` 和 `docker attach` 在你发往容器标准输入（stdin）的内容里认出它们，就断开连接，
#   不把它们交给容器；通过 API 连接的程序（例如下面的控制台）则由引擎来识别。
# - 如果这两个键被你的浏览器或编辑器占用了，可以用 `--detach-keys` 换成别的键，例如
#   `docker run -it --detach-keys=ctrl-x,x …` 或 `docker attach --detach-keys=ctrl-x,x nb08-term`。
# - 在容器的 shell 里输入 `exit`（或按 Ctrl+D）是另一回事：shell 是容器的主进程（main process），它结束了，
#   容器就停止了（07 讲过）。
#
# 现在在 notebook 里做同样的事，容器叫 `nb08-box`，和终端里的分开。
# `-dit` 就是 `-d` 加 `-i` 加 `-t`：一个带终端的 shell 在后台等着，就像你用 `-it` 运行它、然后立刻按了 Ctrl+P Ctrl+Q：

# %% [markdown] lang="en"
# ## From interactive to background: Ctrl+P Ctrl+Q and `docker attach`
#
# The notes' other way: run an interactive container with `-it`, then press Ctrl+P Ctrl+Q, and
# the container stays in the background, running. This needs a real terminal. Open one in
# JupyterLab (**File → New → Terminal**) and go step by step:
#
# 1. Run an interactive container (the notes say `/bin/bash`; the course's images have `sh`
#    only):
#
#    ```bash
#    docker run -it --name nb08-term dockerlab/busybox sh
#    ```
#
# 2. At the container's prompt `/ #`, set a shell variable. It lives only in the memory of this
#    shell process:
#
#    ```bash
#    greeting=hello
#    ```
#
# 3. Hold Ctrl, press P, then Q. You are back at the host's prompt, and the container runs on in
#    the background.
# 4. Check: its STATUS is `Up`:
#
#    ```bash
#    docker ps --filter name=nb08-term
#    ```
#
# 5. Go back in. The prompt `/ #` shows again; if it does not, press Enter. Then print the
#    variable; `hello` shows you are back in the **same** shell:
#
#    ```bash
#    docker attach nb08-term
#    echo $greeting
#    ```
#
# 6. Press Ctrl+P Ctrl+Q again to leave. This time the terminal says `read escape sequence`.
#
# Some notes:
#
# - Ctrl+P Ctrl+Q works only for containers with a pseudo-terminal (pseudo-TTY, `-t`). It is two
#   bytes, `0x10 0x11`. `docker run -it` and `docker attach` spot them in what you send to the
#   container's standard input (stdin), disconnect, and do not pass them on; for programs that
#   connect through the API (such as the console below), the Engine spots them.
# - If your browser or editor takes these keys, choose others with `--detach-keys`, e.g.
#   `docker run -it --detach-keys=ctrl-x,x …` or `docker attach --detach-keys=ctrl-x,x nb08-term`.
# - Typing `exit` in the container's shell (or pressing Ctrl+D) is another thing: the shell is
#   the container's main process, so when it ends, the container stops (see 07).
#
# Now the same in the notebook, with a container named `nb08-box`, apart from the terminal's.
# `-dit` is `-d` plus `-i` plus `-t`: a shell with a terminal waiting in the background, as if
# you had run it with `-it` and pressed Ctrl+P Ctrl+Q at once:

# %%
%%bash
docker run -dit --name nb08-box dockerlab/busybox sh

# %% [markdown] lang="zh"
# Notebook 里的单元格不是终端，它的标准输入是空的，所以在这里 `docker attach` 会拒绝。
# 这个单元格预期会失败（它带有 `raises-exception` 标记，“全部运行”不会停在这里）：

# %% [markdown] lang="en"
# A notebook cell is not a terminal: its standard input is empty, so here `docker attach`
# refuses. This cell is meant to fail (it is tagged `raises-exception`, so Run All goes on past
# it):

# %% tags=["raises-exception"]
%%bash
docker attach nb08-box

# %% [markdown] lang="zh"
# 所以在 notebook 里，用**控制台**（console）代替终端：它是课程提供的一个小部件，像 `docker attach` 一样连接到容器的输入和输出，
# 它的按钮发送和终端一样的字节（Ctrl+C、Ctrl+D、Ctrl+P Ctrl+Q）。你也可以在控制台里自己输入命令：

# %% [markdown] lang="en"
# So in the notebook, a **console** stands in for the terminal: a widget of the course that
# connects to the container's input and output as `docker attach` does; its buttons send the
# bytes a terminal sends (Ctrl+C, Ctrl+D, Ctrl+P Ctrl+Q). You can type into the console
# yourself too:

# %%
box = dl.console_widget("nb08-box")
box

# %% [markdown] lang="zh"
# 下面的单元格替你在控制台里输入，做的正是上面终端里的第 2、3 步：设置变量，然后按 Ctrl+P Ctrl+Q：

# %% [markdown] lang="en"
# The next cells type into the console for you, doing steps 2 and 3 of the terminal above: set
# the variable, then press Ctrl+P Ctrl+Q:

# %%
box.send("greeting=hello; echo set\n")
box.wait_for("(?m)^set")
if box.detach():
    print(f"Ctrl+P Ctrl+Q sent: the session ended, and nb08-box is {box.container_state()}")

# %%
%%bash
docker ps --filter name=nb08-box --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# 第 5、6 步：再连接上去（`docker attach`），打印变量，再离开：

# %% [markdown] lang="en"
# Steps 5 and 6: attach again (`docker attach`), print the variable, and leave again:

# %%
back = dl.console_widget("nb08-box")
back

# %%
back.send("echo $greeting\n")
print("the console shows:", back.wait_for("(?m)^hello"))
if back.detach():
    print(f"detached again; nb08-box is {back.container_state()}")

# %% [markdown] lang="zh"
# ## `docker logs`：查看容器日志
#
# 容器的日志就是它的主进程写到标准输出（stdout）和标准错误（stderr）的内容。
# 引擎把它们保存下来，容器停止以后也还在，直到容器被删除。这个容器打印五行就退出了：

# %% [markdown] lang="en"
# ## `docker logs`: a container's logs
#
# A container's logs are what its main process writes to standard output (stdout) and standard
# error (stderr). The Engine keeps them, after the container stops too, until the container is
# removed. This container prints five lines and exits:

# %%
%%bash
docker run --name nb08-lines dockerlab/busybox sh -c 'for i in 1 2 3 4 5; do echo line $i; done'

# %%
%%bash
docker logs nb08-lines

# %% [markdown] lang="zh"
# 笔记写的是 `-tail`。一个横线后面跟几个字母，命令行会把它们当成几个单字母选项：
# `-t` 是时间戳，`-a` 不存在，所以报错。这个单元格预期会失败：

# %% [markdown] lang="en"
# The notes write `-tail`. After a single dash, the CLI reads each letter as a one-letter
# option: `-t` is timestamps, and `-a` does not exist, hence the error. This cell is meant to
# fail:

# %% tags=["raises-exception"]
%%bash
docker logs -tail 2 nb08-lines

# %% [markdown] lang="zh"
# 正确的写法是两个横线：`--tail 2` 只显示最后两行（Docker 20.10 起也可以写 `-n 2`）。
# 不写时是 `all`，全部显示，这就是笔记里 `-tail = 'all'` 的意思。
# `-t`（timestamps）在每一行前面加上引擎收到这一行的时间（UTC）：

# %% [markdown] lang="en"
# The right spelling has two dashes: `--tail 2` shows only the last two lines (from Docker 20.10
# also `-n 2`). Without it, the default is `all`, which is what the notes' `-tail = 'all'`
# means. `-t` (timestamps) puts before each line the time the Engine received it (UTC):

# %%
%%bash
docker logs --tail 2 -t nb08-lines

# %% [markdown] lang="zh"
# `-f`（follow，跟随）先打印已有的日志，然后一直等着，有新的行就打印。在终端里，按 Ctrl+C 结束 `docker logs -f`；
# Ctrl+C 只结束 `docker logs`，不影响容器。容器停止时，`docker logs -f` 也会自己结束。
#
# 这个容器每秒打印一行，三行以后退出。单元格里的行是一行一行出现的，容器退出时单元格也就结束了：

# %% [markdown] lang="en"
# `-f` (follow) prints the logs so far, then keeps waiting and prints each new line as it comes.
# In a terminal, Ctrl+C ends `docker logs -f`; it ends only `docker logs`, not the container.
# When the container stops, `docker logs -f` ends by itself too.
#
# This container prints a line a second and exits after three. The lines appear in the cell one
# by one, and the cell ends when the container exits:

# %%
%%bash
docker run -d --name nb08-slow dockerlab/busybox sh -c 'for i in 1 2 3; do echo slow $i; sleep 1; done'
docker logs -f nb08-slow

# %% [markdown] lang="zh"
# 网站的日志里有刚才 `curl` 的那次访问。busybox 的 `httpd` 把每次请求写到标准错误：
# 客户端（client）的地址和端口，以及响应的状态码：

# %% [markdown] lang="en"
# The web site's log holds the visit `curl` made above. busybox's `httpd` writes each request to
# stderr: the client's address and port, and the status it answered with:

# %%
%%bash
docker logs nb08-web

# %% [markdown] lang="zh"
# 一直运行的容器，`docker logs -f` 永远不会自己结束。`dockerlab/ticker` 不停地打印 `tick 1`、`tick 2`……，
# 每五行有一行 `tock` 写到标准错误。`-e TICK_INTERVAL=0.2` 在容器里设置一个环境变量，让它每 0.2 秒打印一行。
# 在终端里，你可以用 `docker logs -f nb08-ticker` 跟随它，再按 Ctrl+C 结束：

# %% [markdown] lang="en"
# For a container that never ends, `docker logs -f` never ends by itself. `dockerlab/ticker`
# prints `tick 1`, `tick 2`, … for ever, every fifth line a `tock` to stderr. `-e
# TICK_INTERVAL=0.2` sets an environment variable in the container, making it print a line every
# 0.2 s. In a terminal, follow it with `docker logs -f nb08-ticker` and end with Ctrl+C:

# %%
%%bash
docker run -d --name nb08-ticker -e TICK_INTERVAL=0.2 dockerlab/ticker

# %% [markdown] lang="zh"
# 在 notebook 里，用日志小部件代替：它在后台跟随日志（`docker logs -f --tail 5`），标准错误显示成红色，
# 可以过滤、暂停、导出，按 **stop** 结束跟随，就像在终端里按 Ctrl+C：

# %% [markdown] lang="en"
# In the notebook, the log widget stands in: it follows the logs in the background (`docker logs
# -f --tail 5`), shows stderr in red, filters, pauses and exports; **stop** ends the following,
# as Ctrl+C does in a terminal:

# %%
ticker = dl.logs_widget("nb08-ticker", tail=5)
ticker

# %%
import time

time.sleep(2)  # let it follow for two seconds, then press "stop"
ticker.stop()
streams = " and ".join(sorted({stream for _time, stream, _text in ticker.lines}))
print(f"stopped following nb08-ticker; its lines came on {streams}")

# %% [markdown] lang="zh"
# ## `docker top`：查看容器里的进程
#
# `docker top 容器名字` 列出容器里正在运行的进程。这张表是在宿主机上用 `ps` 得到的（用 Docker Desktop 时，是在它的虚拟机里），
# 所以 PID 是宿主机上的进程号，每次运行都不一样（这个单元格的输出不参与测试比较）：

# %% [markdown] lang="en"
# ## `docker top`: a container's processes
#
# `docker top CONTAINER` lists the processes running in the container. The table comes from
# `ps` on the host (with Docker Desktop, in its VM), so the PIDs are the host's and differ on
# every run (the tests do not compare this cell's output):

# %% tags=["nbval-ignore-output"]
%%bash
docker top nb08-web

# %% [markdown] lang="zh"
# 容器名字后面可以加 `ps` 的选项，例如 `docker top nb08-web -o pid,user,args`（必须包含 `pid` 这一列）。
# 先记住 UID 这一列写的是 `root`，下面会说它是谁。
#
# ## `docker exec`：在运行的容器里启动新的进程
#
# `docker exec 容器名字 命令 参数` 在一个运行中的容器里启动另一个进程，和主进程并排运行：

# %% [markdown] lang="en"
# After the container's name you can add `ps` options, e.g. `docker top nb08-web -o
# pid,user,args` (it must include the `pid` column). Keep in mind that the UID column says
# `root`: who that is comes below.
#
# ## `docker exec`: new processes in a running container
#
# `docker exec CONTAINER COMMAND ARGS` starts another process in a running container, next to
# its main process:

# %%
%%bash
docker exec nb08-web ls /www

# %% [markdown] lang="zh"
# 从容器里面看，`httpd` 是 PID 1；`docker top` 里，同一个进程是宿主机上的另一个号码。
# 容器有自己的进程编号空间（PID namespace），这就是笔记说的“进程空间”：

# %% [markdown] lang="en"
# Seen from inside the container, `httpd` is PID 1; in `docker top` the same process has
# another number, the host's. A container has its own process numbering (a PID namespace): the
# notes' "process space":

# %%
%%bash
docker exec nb08-web ps

# %% [markdown] lang="zh"
# `-d`（detach）让进程在后台运行，`docker exec` 马上返回。这个进程一秒后才写文件，所以紧接着读的时候文件还不存在：

# %% [markdown] lang="en"
# `-d` (detach) runs the process in the background, and `docker exec` returns at once. This
# process writes a file only after a second, so reading it straight away finds nothing yet:

# %%
%%bash
docker exec -d nb08-web sh -c 'sleep 1; echo "written by exec -d" > /tmp/note'
docker exec nb08-web cat /tmp/note || echo "not there yet: docker exec -d came back at once"

# %%
%%bash
sleep 2
docker exec nb08-web cat /tmp/note

# %% [markdown] lang="zh"
# `-i`（interactive）把标准输入交给新的进程。这里用管道把两行命令送给容器里的 `sh`：

# %% [markdown] lang="en"
# `-i` (interactive) gives the new process your standard input. Here a pipe sends two commands
# to `sh` in the container:

# %%
%%bash
printf 'echo hello from stdin\nls /www\n' | docker exec -i nb08-web sh

# %% [markdown] lang="zh"
# `-i -t` 合起来（`-it`）在容器里打开一个交互式的 shell，这是笔记里的 `docker exec -i -t container1 /bin/bash`
# （这里用 `sh`）。在 JupyterLab 的终端里输入：
#
# ```bash
# docker exec -it nb08-web sh
# ```
#
# 在 `/ #` 后面输入 `ps`：PID 1 是 `httpd`，还有你的 `sh` 和 `ps` 自己。然后输入 `exit`。
# `exit` 只结束你用 `exec` 启动的这个 shell；容器的主进程 `httpd` 继续运行，网站不受影响。
# 这和 `docker attach` 不同：`attach` 连接的是主进程本身，在那里 `exit` 会停止容器。
#
# 在单元格里，`-t` 要求一个终端，没有就报错。这个单元格预期会失败：

# %% [markdown] lang="en"
# `-i -t` together (`-it`) open an interactive shell in the container: the notes' `docker exec
# -i -t container1 /bin/bash` (with `sh` here). In JupyterLab's terminal, type:
#
# ```bash
# docker exec -it nb08-web sh
# ```
#
# At `/ #`, type `ps`: PID 1 is `httpd`, then your `sh` and `ps` itself. Then type `exit`. `exit`
# ends only the shell you started with `exec`; the container's main process `httpd` runs on, and
# the web site with it. That is the difference from `docker attach`, which connects to the main
# process itself, where `exit` stops the container.
#
# In a cell, `-t` wants a terminal, and there is none. This cell is meant to fail:

# %% tags=["raises-exception"]
%%bash
docker exec -it nb08-web sh

# %% [markdown] lang="zh"
# 控制台也能代替 `docker exec -it`：给它一个命令，它就在容器里启动这个命令，连接到它的终端：

# %% [markdown] lang="en"
# The console stands in for `docker exec -it` too: give it a command, and it starts that command
# in the container, connected to a terminal:

# %%
inside = dl.console_widget("nb08-web", command="sh")
inside

# %%
inside.send("ps\n")
print("the console shows:", inside.wait_for(r"httpd -f[^\r\n]*"))
inside.send("exit\n")
inside.ended.wait(5)
print(f"the exec'd shell ended; nb08-web is still {inside.container_state()}")

# %% [markdown] lang="zh"
# ## 容器里的 root 是谁？
#
# 01 节的笔记说：

# %% [markdown] lang="en"
# ## Who is root in a container?
#
# The notes say, in 01:

# %% [markdown]
# > 我们可以把容器看成一个简易版的linux环境，包括root用户权限，进程空间，用户空间和网络空间，还有运行在其中的应用程序。

# %% [markdown] lang="zh"
# “包括root用户权限”听起来像是每个容器里有一个自己的、关在容器里的 root。其实不是。
# 容器里的进程默认以 UID 0 运行，而内核只有一个 UID 0：**容器里的 root 就是宿主机上的 root**。
# 上面 `docker top` 的 UID 列写 `root`，是因为 `ps` 在宿主机上运行，它看到的就是宿主机的 root。在容器里问 `id`：

# %% [markdown] lang="en"
# "Includes root user rights" sounds as if every container had a root of its own, shut inside
# it. It does not. A container's processes run as UID 0 by default, and the kernel has only one
# UID 0: **root in a container is root on the host**. The UID column of `docker top` above says
# `root` because `ps` runs on the host and sees the host's root. Ask `id` in the container:

# %%
%%bash
docker exec nb08-web id

# %% [markdown] lang="zh"
# 只有开启了用户命名空间（user namespaces，在 `daemon.json` 里设置 `userns-remap`），容器里的 UID 0
# 才会映射成宿主机上一个没有特权的 UID；rootless 模式的 Docker 也类似。默认都没有开启。
# `docker info` 能看出你的引擎是否开启了：

# %% [markdown] lang="en"
# Only with user namespaces on (`userns-remap` in `daemon.json`) is a container's UID 0 mapped to
# an unprivileged UID on the host; Docker's rootless mode is similar. Neither is on by default.
# `docker info` shows whether your Engine has them:

# %%
%%bash
if docker info --format '{{.SecurityOptions}}' | grep -qE 'userns|rootless'; then
  echo "user namespaces: on (UID 0 in a container is an unprivileged UID on the host)"
else
  echo "user namespaces: off (UID 0 in a container is UID 0 on the host)"
fi

# %% [markdown] lang="zh"
# 容器里的 root 受到限制：它看不到宿主机的进程和文件，大部分特权（capabilities）被去掉了，
# 危险的系统调用被 seccomp 挡住。但它一旦碰到宿主机的东西，比如用 `-v` 绑定挂载（bind mount，
# 第二部分的 11 讲）进来的宿主机目录，它在那里就是 root。所以：
#
# - 不需要 root 的程序，用 `-u`（`--user`）让它以普通用户运行（65534 在大多数系统上是没有任何权限的 `nobody` 用户）；
#   很多镜像也用 Dockerfile 的 `USER` 做同样的事：

# %% [markdown] lang="en"
# In a container, root is restricted: it cannot see the host's processes and files, most
# privileges (capabilities) are dropped, and seccomp blocks dangerous system calls. But as soon
# as it touches something of the host's, such as a host directory bind-mounted in with `-v` (a
# bind mount, in Part 2's notebook 11), it is root there. So:
#
# - run programs that do not need root as an ordinary user with `-u` (`--user`; 65534 is, on
#   most systems, `nobody`, a user with no rights at all); many images do the same with `USER`
#   in their Dockerfile:

# %%
%%bash
docker run --rm -u 65534:65534 dockerlab/busybox id

# %% [markdown] lang="zh"
# - **能使用 `docker` 命令的人，就等于有宿主机的 root 权限。** 引擎以 root 运行，谁能让它启动容器，
#   谁就能把宿主机的任何目录挂载进容器，以 root 读写。例如在一台 Linux 机器上，
#   `docker run --rm -v /etc:/host-etc:ro dockerlab/busybox head -c 5 /host-etc/shadow` 会打印 `root:`，
#   而 `/etc/shadow` 是只有 root 才能读的文件。安装指南里常见的 `sudo usermod -aG docker 用户名`（把用户加入 `docker` 组）
#   就是把这种权限交给了这个用户。只把可信的用户加入 `docker` 组；否则用 `sudo docker`，或者使用 rootless 模式。

# %% [markdown] lang="en"
# - **Whoever can use the `docker` command has root on the host.** The Engine runs as root;
#   whoever can make it start containers can mount any host directory into one and read and
#   write it as root. On a Linux host, for example, `docker run --rm -v /etc:/host-etc:ro
#   dockerlab/busybox head -c 5 /host-etc/shadow` prints `root:`, and `/etc/shadow` is a file
#   only root may read. The `sudo usermod -aG docker USER` of many install guides (adding a user
#   to the `docker` group) hands that power to the user. Add only trusted users to the `docker`
#   group; otherwise use `sudo docker`, or rootless mode.

# %% [markdown] lang="zh"
# ## `docker stop` 和 `docker kill`
#
# 笔记说：“kill 直接快速停止容器， stop还会发送一个信号，等待容器停止。”更准确地说，**两者都发送信号**：
#
# - `docker stop` 先发送 SIGTERM，等待（默认 10 秒，`-t N` 改成 N 秒），还没停就再发送 SIGKILL；
# - `docker kill` 立刻发送 SIGKILL（或者 `-s` 指定的信号，例如 `-s HUP`）。
#
# 程序可以捕获 SIGTERM，清理好再退出；SIGKILL 无法捕获。被信号结束的进程，退出码是 128 加信号的编号：
# 143 = 128 + 15（SIGTERM），137 = 128 + 9（SIGKILL）。程序捕获了 SIGTERM、清理完自己退出时，
# 按惯例也用 143 作为退出码。
#
# 课程工具包里的 `dockerlab/signals` 镜像就是这样：它捕获 SIGTERM，清理后以 143 退出。运行两个：

# %% [markdown] lang="en"
# ## `docker stop` and `docker kill`
#
# The notes: "kill stops the container quickly; stop sends a signal and waits for the container
# to stop". More exactly, **both send signals**:
#
# - `docker stop` sends SIGTERM, waits (10 s by default, `-t N` for N seconds), and then sends
#   SIGKILL;
# - `docker kill` sends SIGKILL at once (or the signal given with `-s`, e.g. `-s HUP`).
#
# A program can catch SIGTERM and clean up before it exits; SIGKILL cannot be caught. The exit
# code of a process ended by a signal is 128 plus the signal's number: 143 = 128 + 15
# (SIGTERM), 137 = 128 + 9 (SIGKILL). A program that catches SIGTERM, cleans up and exits on its
# own uses 143 as well, by convention.
#
# The kit's `dockerlab/signals` image does just that: it catches SIGTERM, cleans up and exits
# with 143. Two of them:

# %%
%%bash
docker run -d --name nb08-stop-me dockerlab/signals
docker run -d --name nb08-kill-me dockerlab/signals

# %% [markdown] lang="zh"
# 一个用 `stop` 停止，一个用 `kill` 停止，然后看它们的 STATUS（`--filter` 写两次，列出两者中的任何一个）：

# %% [markdown] lang="en"
# Stop one with `stop` and the other with `kill`, then read their STATUS (two `--filter`s list
# either one):

# %%
%%bash
docker stop nb08-stop-me
docker kill nb08-kill-me
docker ps -a --filter name=nb08-stop-me --filter name=nb08-kill-me --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# `stop` 的那个以 143 退出（程序处理了 SIGTERM），`kill` 的那个以 137 退出（被 SIGKILL 结束）。
# 日志里能看到，只有被 `stop` 的那个有机会清理：

# %% [markdown] lang="en"
# The stopped one exited with 143 (the program handled SIGTERM), the killed one with 137 (ended
# by SIGKILL). Their logs show that only the stopped one had the chance to clean up:

# %%
%%bash
docker logs nb08-stop-me
echo ---
docker logs nb08-kill-me

# %% [markdown] lang="zh"
# 两个都很快。`docker stop` 只在主进程不理会 SIGTERM 时才慢：它会等满整个等待时间，再用 SIGKILL。
#
# ### PID 1 和 `--init`
#
# 容器的主进程在容器里是 PID 1。对 PID 1，内核只送达它装了处理函数（handler）的信号（SIGKILL 除外）。
# `sleep` 没有 SIGTERM 的处理函数，所以 SIGTERM 对它毫无作用，`docker stop` 等满整个等待时间，才用 SIGKILL 结束它。
# 默认要等 10 秒，这里用 `-t 3` 只等 3 秒。`time` 测量命令用了多长时间，`TIMEFORMAT` 设置它打印的格式：

# %% [markdown] lang="en"
# Both were quick. `docker stop` is slow only when the main process ignores SIGTERM: then it
# waits out the whole grace period, and uses SIGKILL.
#
# ### PID 1 and `--init`
#
# In its container, the main process is PID 1. To a PID 1, the kernel delivers only the signals
# it has a handler for (SIGKILL apart). `sleep` has no handler for SIGTERM, so SIGTERM does
# nothing to it, and `docker stop` waits out the whole grace period before SIGKILL ends it. That
# is 10 seconds by default; `-t 3` makes it 3 here. `time` measures how long a command takes, and
# `TIMEFORMAT` sets what it prints:

# %%
%%bash
docker run -d --name nb08-stubborn dockerlab/busybox sleep 600

# %%
%%bash
TIMEFORMAT='docker stop took %1R s'
{ time docker stop -t 3 nb08-stubborn; } 2>&1
docker ps -a --filter name=nb08-stubborn --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# `--init` 在容器里放一个很小的 init 进程（`docker-init`）做 PID 1，你的命令成了它的子进程。
# 它把收到的信号转交给子进程；`sleep` 不再是 PID 1，SIGTERM 的默认动作（结束进程）对它有效。
# `ps -o ppid,args` 打印每个进程的父进程号（PPID）和命令：`sleep` 的父进程是 1，也就是 `docker-init`
# （PPID 是 0 的进程，父进程在容器外面）：

# %% [markdown] lang="en"
# `--init` puts a tiny init process (`docker-init`) in the container as PID 1, and your command
# becomes its child. It passes the signals it receives on to the child; `sleep` is no longer PID
# 1, so SIGTERM's default action (ending the process) applies to it. `ps -o ppid,args` prints
# each process's parent (PPID) and command: the parent of `sleep` is 1, `docker-init` (a PPID of
# 0 means the parent is outside the container):

# %%
%%bash
docker run -d --init --name nb08-init dockerlab/busybox sleep 600
docker exec nb08-init ps -o ppid,args

# %%
%%bash
TIMEFORMAT='docker stop took %1R s'
{ time docker stop nb08-init; } 2>&1
docker ps -a --filter name=nb08-init --format '{{.Names}}: {{.Status}}'

# %% [markdown] lang="zh"
# 不到一秒，退出码 143：`sleep` 被 SIGTERM 结束了。写自己的镜像时，让主进程处理 SIGTERM，或者用 `--init` 运行它，
# 容器就能又快又干净地停止。
#
# ## 练习
#
# 每个练习有三个单元格：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。参考答案折叠在每个练习的最后，先自己试试。
# 练习用的名字都以 `ex08-` 开头，本节结束时的清理不会删除它们；想重做时，`dockerlab reset 08` 会删除它们。
#
# ### 练习 08.1：在后台提供你自己的页面
#
# 用 `dockerlab/web` 在后台运行一个名为 `ex08-web` 的容器，把它的 80 端口发布到 `127.0.0.1` 上、由 Docker 挑选的端口。
# 不要停止它，把它的页面 `/www/index.html` 换成你自己的，页面里要有 `ex08` 这几个字。
# 然后查出端口，用 `curl` 访问你的页面，再在容器的日志里找到这次访问。

# %% [markdown] lang="en"
# Under a second, exit code 143: SIGTERM ended `sleep`. When you write your own images, make the
# main process handle SIGTERM, or run it with `--init`, and the container stops fast and clean.
#
# ## Exercises
#
# Each exercise has three cells: the task; an empty `%%bash` cell for your commands; and a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint. In a freshly
# opened notebook, Run All shows the checks as "not yet": that is expected. A solution is folded
# at the end of each exercise; try on your own first. The exercises' names all start with
# `ex08-`; the cleanup at the end of the notebook leaves them, and `dockerlab reset 08` removes
# them when you want to start over.
#
# ### Exercise 08.1: your own page, in the background
#
# Run a container named `ex08-web` from `dockerlab/web` in the background, with its port 80
# published on `127.0.0.1` at a port Docker picks. Without stopping it, replace its page
# `/www/index.html` with your own, containing the text `ex08`. Then find the port, fetch your
# page with `curl`, and find that visit in the container's log.

# %%
%%bash
# 08.1: your commands here


# %%
dl.check("08.1")

# %% [markdown]
# {{solution 08.1}}

# %% [markdown] lang="zh"
# ### 练习 08.2：离开还在运行的 shell，再回到它
#
# 在 JupyterLab 的终端里（不是在 notebook 里）：
#
# 1. 用 `-it` 运行一个名为 `ex08-box` 的 `dockerlab/busybox` 容器，运行 `sh`；
# 2. 在它的 shell 里设置一个变量，例如 `name=小明`；
# 3. 按 Ctrl+P Ctrl+Q 离开，容器继续运行；
# 4. 回到**同一个** shell 里，把变量写进文件：`echo $name > /proof`；
# 5. 再按 Ctrl+P Ctrl+Q 离开。
#
# 回到这里运行检查。想一想：如果第 4 步用 `docker exec -it ex08-box sh`，`/proof` 里会是什么？

# %% [markdown] lang="en"
# ### Exercise 08.2: leave a shell running, and come back to it
#
# In JupyterLab's terminal (not in the notebook):
#
# 1. run a `dockerlab/busybox` container named `ex08-box` with `-it`, running `sh`;
# 2. in its shell, set a variable, e.g. `name=mei`;
# 3. leave with Ctrl+P Ctrl+Q; the container runs on;
# 4. go back into the **same** shell and write the variable into a file: `echo $name > /proof`;
# 5. leave again with Ctrl+P Ctrl+Q.
#
# Come back here and run the check. Think: had step 4 used `docker exec -it ex08-box sh`, what
# would `/proof` hold?

# %%
dl.check("08.2")

# %% [markdown]
# {{solution 08.2}}

# %% [markdown] lang="zh"
# ### 练习 08.3：一停就停
#
# 在后台运行一个名为 `ex08-sleeper` 的 `dockerlab/busybox` 容器，命令是 `sleep 600`，
# 要让 `docker stop ex08-sleeper` 立刻停止它，退出码是 143（上面的 `nb08-stubborn` 等满了等待时间，退出码是 137）。
# 然后停止它。

# %% [markdown] lang="en"
# ### Exercise 08.3: a stop that stops at once
#
# Run a `dockerlab/busybox` container named `ex08-sleeper` in the background, with the command
# `sleep 600`, such that `docker stop ex08-sleeper` stops it at once, with exit code 143 (above,
# `nb08-stubborn` waited out its grace period and exited with 137). Then stop it.

# %%
%%bash
# 08.3: your commands here


# %%
dl.check("08.3")

# %% [markdown]
# {{solution 08.3}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每一步都是引擎 API 的一次或几次请求。docker-py（Docker 官方的 Python 库）发出同样的请求。
# `docker run -d --name nb08-py -p 127.0.0.1::80 dockerlab/web` 是 `containers.run(..., detach=True)`；
# `ports` 里宿主机端口写 `None`，由 Docker 挑选：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Every step above is one or a few requests to the Engine's API. docker-py (Docker's Python
# library) sends the same requests. `docker run -d --name nb08-py -p 127.0.0.1::80
# dockerlab/web` is `containers.run(..., detach=True)`; a host port of `None` in `ports` lets
# Docker pick:

# %%
import docker

client = docker.from_env()
web = client.containers.run("dockerlab/web", name="nb08-py", detach=True,
                            ports={"80/tcp": ("127.0.0.1", None)})
web.reload()  # read the container's state again: the port is known once it has started
binding = web.ports["80/tcp"][0]
print(f"nb08-py runs in the background on {binding['HostIp']}:{binding['HostPort']}")

# %% [markdown] lang="zh"
# `docker exec` 是 `exec_run`，`docker top` 是 `top()`，`docker logs` 是 `logs()`：

# %% [markdown] lang="en"
# `docker exec` is `exec_run`, `docker top` is `top()`, `docker logs` is `logs()`:

# %%
result = web.exec_run(["ls", "/www"])
print(f"docker exec nb08-py ls /www: exit code {result.exit_code}, "
      f"output {result.output.decode().strip()!r}")
rows = web.top()["Processes"]
print(f"docker top nb08-py: {len(rows)} process, {rows[0][-1]!r}")
print(f"docker logs --tail 1 nb08-slow: {client.api.logs('nb08-slow', tail=1).decode()!r}")

# %% [markdown] lang="zh"
# `docker stop -t 1` 是 `stop(timeout=1)`。`httpd` 和 `sleep` 一样，作为 PID 1 没有处理 SIGTERM，
# 所以等了一秒以后被 SIGKILL 结束：

# %% [markdown] lang="en"
# `docker stop -t 1` is `stop(timeout=1)`. Like `sleep`, `httpd` as PID 1 does not handle
# SIGTERM, so it is ended by SIGKILL after a second:

# %%
web.stop(timeout=1)
web.reload()
print(f"nb08-py stopped with exit code {web.attrs['State']['ExitCode']}")

# %% [markdown] lang="zh"
# dockerlab 再把回答变成表格和小部件。`dl.logs` 是 `docker logs` 的表格，同时是一个 pandas DataFrame，
# 时间是真正的时间类型，可以排序和筛选：

# %% [markdown] lang="en"
# dockerlab turns the answers into tables and widgets. `dl.logs` is `docker logs`'s output as a
# table, which is also a pandas DataFrame whose times are real timestamps, ready to sort and
# filter:

# %%
dl.logs("nb08-lines", tail=2, timestamps=True)

# %% [markdown] lang="zh"
# `dl.top_widget` 是每秒刷新一次的 `docker top`，容器停止时它会说明并停止刷新：

# %% [markdown] lang="en"
# `dl.top_widget` is `docker top` refreshed every second; when the container stops, it says so
# and stops refreshing:

# %%
processes = dl.top_widget("nb08-ticker")
processes

# %% [markdown] lang="zh"
# `dl.dashboard_widget()` 把本节的操作放在一起：容器列表（每秒刷新，带 CPU 和内存），选中一个容器，
# 点按钮就能 start、stop、pause、kill、查看日志和进程……每次点击都会显示它对应的 `docker` 命令。
# 默认只列出课程的容器（名字以 `nb` 或 `ex` 加两位数字开头），去掉“course only”的勾就能看到全部；
# 对不是课程创建的容器动手之前，它会先问你：

# %% [markdown] lang="en"
# `dl.dashboard_widget()` puts this notebook's actions together: the container list (refreshed every
# second, with CPU and memory); pick a container, and buttons start, stop, pause or kill it, show
# its logs and processes… Every click shows the `docker` command it stands for. By default it
# lists the course's containers (names starting `nb` or `ex` and two digits); untick "course
# only" to see them all. Before acting on a container the course did not create, it asks first:

# %%
board = dl.dashboard_widget()
board

# %%
board.act("pause", "nb08-ticker")
board.act("unpause", "nb08-ticker")
print("the dashboard ran:\n" + "\n".join(board.commands))

# %% [markdown] lang="zh"
# ## 清理
#
# 先停止小部件（它们的线程和连接结束，显示的内容留在页面上），再删除本节课创建的东西（名字以 `nb08-` 开头的）。
# 你的练习（`ex08-…`）和你自己的容器都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Stop the widgets first (their threads and connections end; what they showed stays on the
# page), then remove what this notebook's lessons created (names starting `nb08-`). Your
# exercises (`ex08-…`) and your own containers are not touched:

# %%
for widget in (box, back, ticker, inside, processes, board):
    widget.stop()
dl.finish("08")

# %% [markdown] lang="zh"
# 下一节：[09 命令速查表](09-cheat-sheet.ipynb)：这门课用到的所有命令，新旧两种写法对照。

# %% [markdown] lang="en"
# Next: [09 Cheat sheet](09-cheat-sheet.ipynb): every command of the course, with its old and new
# names side by side.
