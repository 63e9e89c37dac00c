# %% [markdown]
# # 08 · Daemon containers: run in the background, look inside, stop
#
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
#
# A *daemon* (守护式) container runs for a long time, with nobody attached: a web server, a
# worker. We detach from an interactive one with the real key sequence, start others directly
# in the background, read their logs, look at their processes, run more processes inside them,
# and stop them two ways, timing the difference. Corrections: `-tail` is `--tail`, there is
# no bash in small images, and `stop` vs `kill` is about *which* signals, not *whether*.

# %%
import time
import urllib.request

import dockerlab as dl
from dockerlab.widgets.console import DETACH

client = dl.connect()
dl.kit.cleanup("08", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## Detach with Ctrl+P Ctrl+Q
#
# The notes start an interactive container and press Ctrl+P Ctrl+Q to leave it running. Those
# keys are two bytes on the attach socket, `0x10 0x11`, which the Engine watches for:

# %%
DETACH

# %% [markdown]
# Start a container with `-i -t` (in the background, because a notebook has no terminal to
# give it) and attach a console to it, as `docker attach` would:

# %%
!docker run -dit --label dockerlab.course=08 --name nb08-box dockerlab/busybox sh > /dev/null
box = dl.console("nb08-box")
box

# %%
box.send("echo working inside; touch /tmp/was-here\n")
box.wait_for(r"(?m)^working inside$")

# %% [markdown]
# Now press Ctrl+P Ctrl+Q (here: send those two bytes). The Engine ends the *session*, not the
# container:

# %%
box.detach(), box.container_state()

# %%
dl.ps(filters={"name": "nb08-box"})[["NAMES", "STATUS"]].to_dict("list")

# %% [markdown]
# ## `docker attach`: back in
#
# Attach again and the same shell is there, with the file it made:

# %%
first_box = box
box = dl.console("nb08-box")
box.send("ls /tmp\n")
box.wait_for(r"was-here")

# %%
box.detach(), box.container_state()

# %% [markdown]
# (Typing `exit` instead would have ended the shell, and with it the container.)
#
# ## `docker run -d`
#
# Most daemon containers never had a terminal: `-d` starts them detached and prints the ID.
# A web server, published on this machine only (`127.0.0.1`), and the kit's log ticker:

# %%
!docker run -d --label dockerlab.course=08 --name nb08-web -p 127.0.0.1:18081:80 dockerlab/web

# %%
ticker = client.containers.run("dockerlab/ticker", name="nb08-ticker", detach=True,
                               environment={"TICK_INTERVAL": "0.2"},
                               labels={"dockerlab.course": "08"})
dl.ps(filters={"label": "dockerlab.course=08"})[["NAMES", "PORTS"]].to_dict("list")

# %% [markdown]
# The web server answers on the published port:

# %%
time.sleep(0.5)
with urllib.request.urlopen("http://127.0.0.1:18081/") as response:
    page = response.read().decode()
response.status, "Hello from a container" in page

# %% [markdown]
# ## `docker logs`
#
# A container's logs are what its main process writes to stdout and stderr. To see the options
# on fixed output, a container that prints five lines and exits:

# %%
!docker run --label dockerlab.course=08 --name nb08-lines dockerlab/busybox sh -c 'for i in 1 2 3 4 5; do echo line $i; done' > /dev/null
!docker logs nb08-lines

# %% [markdown]
# The notes write `-tail`. With one dash the CLI reads single-letter flags: `-t`, then `-a`,
# which does not exist:

# %%
!docker logs -tail 2 nb08-lines 2>&1 | head -1

# %% [markdown]
# It is `--tail N` (the default, `all`, is what the notes mean by `-tail = 'all'`). With `-t`,
# each line gets the time the Engine received it:

# %%
!docker logs --tail 2 -t nb08-lines

# %% [markdown]
# docker-py returns the bytes; `dl.logs` returns the lines with their stream and time:

# %%
client.api.logs("nb08-lines", tail=2)

# %%
last = dl.logs("nb08-lines", tail=2, timestamps=True)
last

# %%
last["line"].tolist(), str(last["time"].dtype)

# %% [markdown]
# `-f` follows: it prints new lines as they come until the container stops (or you press
# Ctrl+C). A bounded example: a container that prints three lines, slowly, then exits.

# %%
!docker run -d --label dockerlab.course=08 --name nb08-slow dockerlab/busybox sh -c 'for i in 1 2 3; do echo slow $i; sleep 0.3; done' > /dev/null
!docker logs -f nb08-slow

# %% [markdown]
# The ticker never stops, so following it in a notebook needs a viewer that runs in the
# background and can be stopped: the log widget. It follows into a bounded buffer, shows
# stderr in red, filters, pauses, exports; **stop** closes the stream.

# %%
viewer = dl.logs_widget("nb08-ticker", tail=5)
viewer

# %%
time.sleep(2)
sorted({stream for _, stream, _ in viewer.lines}), all(
    text.split()[0] in ("tick", "tock") for _, _, text in viewer.lines)

# %% [markdown]
# Every fifth line goes to stderr (`tock`); the viewer tells them apart. Stop it:

# %%
viewer.stop(), viewer.ended.is_set()

# %% [markdown]
# ## `docker top`
#
# The container's processes, as the host's `ps` sees them (host PIDs):

# %% tags=["nbval-ignore-output"]
dl.top("nb08-web")  # (not compared: PIDs and start times differ every run)

# %%
dl.top("nb08-web")["CMD"].tolist()

# %% [markdown]
# The live version refreshes every second, and stops by itself when the container does:

# %%
processes = dl.top_widget("nb08-ticker")
processes

# %%
processes.frame["CMD"].str.split().str[0].tolist()[:1]

# %% [markdown]
# ## `docker exec`: more processes in a running container
#
# `exec` runs another process next to the main one:

# %%
!docker exec nb08-web ls /www

# %% [markdown]
# `-d` runs it in the background and returns at once:

# %%
!docker exec -d nb08-web sh -c 'sleep 1; echo finished > /tmp/exec-d'
!docker exec nb08-web sh -c 'cat /tmp/exec-d 2>/dev/null || echo not yet'

# %%
time.sleep(1.5)
!docker exec nb08-web cat /tmp/exec-d

# %% [markdown]
# `-i -t` opens an interactive shell (the notes' `docker exec -i -t container1 /bin/bash`; our
# image has `sh`, not bash). The console widget does this over the exec socket:

# %%
inside = dl.console("nb08-web", command="sh")
inside

# %%
inside.send("ps -o comm | sort\n")
inside.wait_for(r"httpd")

# %%
inside.send("exit\n")
inside.ended.wait(5), inside.container_state()

# %% [markdown]
# Leaving an exec shell ends only that shell: the web server runs on.
#
# ## `docker stop` versus `docker kill`
#
# The notes: "kill 直接快速停止容器，stop还会发送一个信号，等待容器停止" (kill stops at once;
# stop sends a signal and waits). More exactly, **both send signals**:
#
# - `docker stop` sends SIGTERM, waits (10 s by default, `-t N`), then sends SIGKILL;
# - `docker kill` sends SIGKILL at once (or the signal given with `-s`).
#
# SIGTERM can be caught, so a program can clean up; SIGKILL cannot. The kit's `signals` image
# catches SIGTERM, cleans up and exits with 143 (128 + 15, the signal's number). Two of them:

# %%
for name in ("nb08-stop-me", "nb08-kill-me"):
    client.containers.run("dockerlab/signals", name=name, detach=True,
                          labels={"dockerlab.course": "08"})
time.sleep(0.5)

# %%
started = time.monotonic()
!docker stop nb08-stop-me
stop_seconds = time.monotonic() - started

# %%
started = time.monotonic()
!docker kill nb08-kill-me
kill_seconds = time.monotonic() - started

# %%
signalled = dl.ps(all=True, filters={"name": "nb08-(stop|kill)-me"})
dict(zip(signalled["name"], signalled["exit_code"].tolist()))

# %% [markdown]
# 143 after `stop` (SIGTERM, handled), 137 after `kill` (128 + 9, SIGKILL). Only the stopped one
# had the chance to clean up:

# %%
dl.logs("nb08-stop-me")["line"].tolist()

# %%
dl.logs("nb08-kill-me")["line"].tolist()

# %% [markdown]
# Both were quick. `stop` is slow only when the main process ignores SIGTERM, and then it waits
# out the whole grace period before SIGKILL.
#
# ### What PID 1 has to do with it
#
# Inside its container the main process is PID 1, and the kernel delivers a signal to a PID 1
# only if it has a handler for it. `sleep` has none, so SIGTERM does nothing, and `stop` waits
# the full grace period (3 seconds here, `-t 3`):

# %%
!docker run -d --label dockerlab.course=08 --name nb08-stubborn dockerlab/busybox sleep 1000 > /dev/null
started = time.monotonic()
!docker stop -t 3 nb08-stubborn
stubborn_seconds = time.monotonic() - started

# %% [markdown]
# `--init` puts a tiny init process (`docker-init`, tini) in front as PID 1. It forwards SIGTERM
# to `sleep`, which is not PID 1 any more and so dies of it at once:

# %%
!docker run -d --init --label dockerlab.course=08 --name nb08-with-init dockerlab/busybox sleep 1000 > /dev/null
started = time.monotonic()
!docker stop -t 3 nb08-with-init
init_seconds = time.monotonic() - started

# %% tags=["nbval-ignore-output"]
{"stop (handles SIGTERM)": round(stop_seconds, 2), "kill": round(kill_seconds, 2),
 "stop, sleep as PID 1": round(stubborn_seconds, 2),
 "stop, sleep behind --init": round(init_seconds, 2)}
# (not compared: seconds vary; the cell below checks what matters)

# %%
waited = dl.ps(all=True, filters={"name": "nb08-(stubborn|with-init)"})
(2.5 < stubborn_seconds < 8, init_seconds < 2,
 dict(zip(waited["name"], waited["exit_code"].tolist())))

# %% [markdown]
# The stubborn container waited its 3 seconds and was killed (137); behind `--init`, `sleep`
# got SIGTERM and ended at once (143).
#
# ## A dashboard for all of it
#
# Every action above is a button in the course's dashboard, which shows the `docker` command
# behind each click. It lists this course's containers (tick "course only" off to see all;
# acting on a container the course did not create asks first):

# %%
board = dl.dashboard()
board

# %%
board.act("pause", "nb08-ticker"), board.act("unpause", "nb08-ticker")

# %%
board.commands

# %% [markdown]
# ## Exercises
#
# Label everything `dockerlab.course=08`.
#
# **08.1** Run `dockerlab/web` in the background as `ex08-web`, published on
# `127.0.0.1:18080`.

# %% hidden
!docker run -d --label dockerlab.course=08 --name ex08-web -p 127.0.0.1:18080:80 dockerlab/web > /dev/null
time.sleep(0.5)

# %%
dl.check("08.1")

# %% [markdown]
# **08.2** Without waiting for it, make `ex08-web` create `/tmp/done` one second from now.

# %% hidden
!docker exec -d ex08-web sh -c 'sleep 1; touch /tmp/done'
time.sleep(1.5)

# %%
dl.check("08.2")

# %% [markdown]
# **08.3** Run `dockerlab/signals` as `ex08-graceful` and stop it so that it exits with 143.

# %% hidden
!docker run -d --label dockerlab.course=08 --name ex08-graceful dockerlab/signals > /dev/null
time.sleep(0.5)
!docker stop ex08-graceful > /dev/null

# %%
dl.check("08.3")

# %% [markdown]
# ## Clean up
#
# Stop the widgets (their threads and sockets end; what they showed stays on the page), then
# remove this notebook's containers:

# %%
for widget in (board, processes, viewer, first_box, box, inside):
    widget.stop()
dl.kit.cleanup("08", client=client)

# %% [markdown]
# Next: [09 Cheat sheet](09-cheat-sheet.ipynb).
