# %% [markdown]
# # 07 · Container commands
#
# > ## 容器命令
# >   - 新建一个容器实例并启动该容器
# >     - docker run [options] **IMAGE**[COMMAND][ARG...]
# >
# > ## 启动交互式的容器，进而可以查看容器的文件及环境配置等。
# >
# > docker run -i -t IMAGE /bin/bash
# >
# >     -i interactive 默认是false
# >     - t tty 开启tty的终端 默认是false
# >
# > ## 停用一个交互式容器
# >
# > $exit
# >
# > ## 如何查看容器
# > docker ps -[a] -[l]
# >
# > docker ps 查看运行中的容器。
# >
# > -a 查看所有容器
# >
# > docker inspect 容器名字
# >
# > ## 更改容器名字
# >
# > docker run --name=自定义名字 -i -t IMAGE /bin/bash
# >
# > ## 重新启动停止的容器
# >
# > docker start [-i] 容器名字
# >
# > -i 表示可以以交互的方式启动。
# >
# > ## 删除停止的容器
# >
# > docker rm 容器名字
#
# The life of a container, command by command: create and start it (`run`), talk to it
# (`-i -t`), leave it (`exit`), find it (`ps`, `inspect`), start it again (`start`), remove it
# (`rm`). Three corrections on the way: there is no `/bin/bash` in small images, `--name`
# names a container but does not *change* a name (`docker rename` does), and `rm` refuses
# running containers.

# %%
import docker

import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("07", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`
#
# Only the IMAGE is required. Without a COMMAND, the image's default (`CMD`) runs:

# %%
!docker run --rm --label dockerlab.course=07 dockerlab/hello-world | head -2

# %% [markdown]
# With a COMMAND and its ARGs, that runs instead (`--rm` removes the container when it exits):

# %%
!docker run --rm --label dockerlab.course=07 dockerlab/busybox echo hello world

# %% [markdown]
# The same with docker-py; the output comes back as bytes:

# %%
client.containers.run("dockerlab/busybox", ["echo", "hello", "world"], remove=True,
                      labels={"dockerlab.course": "07"})

# %% [markdown]
# `docker run` is `docker create` (make the container) plus `docker start` (run its process):

# %%
!docker create --label dockerlab.course=07 --name nb07-hello dockerlab/hello-world > /dev/null
dl.ps(all=True, filters={"name": "nb07-hello"})[["NAMES", "STATUS"]].to_dict("list")

# %%
!docker start -a nb07-hello | head -2

# %% [markdown]
# ## `--name`
#
# Without `--name`, Docker invents one (an adjective and a scientist's name):

# %%
unnamed = client.containers.create("dockerlab/busybox", "true", labels={"dockerlab.course": "07"})
unnamed.name.count("_") == 1 and unnamed.name.replace("_", "").isalpha()

# %% [markdown]
# A name is unique on the Engine. Using it twice is an error that says which container has it:

# %%
!docker run --label dockerlab.course=07 --name nb07-hello dockerlab/hello-world 2>&1 | head -1 | sed 's/[0-9a-f]\{64\}/<ID>/'

# %% [markdown]
# The notes call `--name` "更改容器名字" (change a container's name), but `--name` only names a
# *new* container. An existing container is renamed with `docker rename`:

# %%
!docker rename {unnamed.name} nb07-renamed
dl.ps(all=True, filters={"id": unnamed.id})["NAMES"].tolist()

# %% [markdown]
# ## `-i` and `-t`
#
# `-i` keeps the container's **stdin** open, so it can read what you type (or what you pipe
# in). Without it, a shell finds no input and exits at once:

# %%
!echo 'echo this came through stdin' | docker run -i --rm --label dockerlab.course=07 dockerlab/busybox sh

# %%
!echo 'echo this came through stdin' | docker run --rm --label dockerlab.course=07 dockerlab/busybox sh; echo "(nothing printed)"

# %% [markdown]
# `-t` gives the container a **terminal** (a pseudo-TTY), which programs like shells need to
# show a prompt and handle keys such as Ctrl+C:

# %%
!docker run --rm --label dockerlab.course=07 dockerlab/busybox tty
!docker run --rm -t --label dockerlab.course=07 dockerlab/busybox tty

# %% [markdown]
# The notes run `/bin/bash`. The kit's images (like many small images: busybox, alpine) have no
# bash, only `sh`, and the Engine cannot start a program that is not there:

# %%
try:
    client.containers.run("dockerlab/busybox", "/bin/bash", name="nb07-bash",
                          labels={"dockerlab.course": "07"})
except docker.errors.APIError as error:  # docker-py's own error: the Engine's answer
    reason = error.explanation
'"/bin/bash"' in reason and "no such file or directory" in reason

# %% [markdown]
# Use `sh` instead. A notebook has no terminal of its own, so instead of `docker run -it`
# in a terminal, we start the container with `-i -t` in the background (`-d`) and open a
# **console** to it: a real session over the Engine's attach socket. Type into it below; the
# cells after it type for you.

# %%
!docker run -dit --label dockerlab.course=07 --name nb07-shell dockerlab/busybox sh > /dev/null
shell = dl.console("nb07-shell")
shell

# %%
shell.send("echo the answer is $((6 * 7))\n")
shell.wait_for(r"the answer is \d+")

# %% [markdown]
# Everything the container prints arrives through the same socket, as a terminal would show it
# (the typed command is echoed by the TTY, then the output, then the prompt):

# %%
shell.send("ls /www /hello.txt 2>&1; echo done\n")
shell.wait_for("(?m)^done$")
shell.transcript.splitlines()[-3:-1]

# %% [markdown]
# ## `exit`
#
# `exit` ends the shell. The shell is the container's main process (PID 1), so the container
# stops with it:

# %%
shell.send("exit\n")
shell.ended.wait(5), shell.container_state()

# %%
dl.ps(all=True, filters={"name": "nb07-shell"})[["NAMES", "STATUS"]].to_dict("list")

# %% [markdown]
# (To leave a container *running* instead, detach with Ctrl+P Ctrl+Q: notebook 08.)
#
# ## `docker ps`
#
# Running containers only; `-a` all of them; `-l` the latest created; `-n N` the N latest;
# `-q` IDs only. We narrow each to this notebook's containers with `--filter`:

# %%
!docker ps --filter label=dockerlab.course=07

# %%
dl.ps(all=True, filters={"label": "dockerlab.course=07"})

# %%
dl.ps(latest=True, filters={"label": "dockerlab.course=07"})["NAMES"].tolist()

# %%
dl.ps(n=2, filters={"label": "dockerlab.course=07"})["NAMES"].tolist()

# %%
!docker ps -a -q --filter label=dockerlab.course=07 | wc -l

# %% [markdown]
# `-q` gives only IDs, which makes it useful inside other commands (`docker rm $(docker ps -aq
# ...)`, notebook 09).
#
# ## `docker inspect`
#
# Everything the Engine knows about one container, as JSON. `--format` picks a field:

# %%
!docker inspect --format '{{{{.State.Status}}}} {{{{.State.ExitCode}}}} {{{{.Config.Image}}}}' nb07-shell

# %% [markdown]
# docker-py returns the whole JSON as a dict; `dl.inspect` is that dict, shown as the CLI
# prints it:

# %% tags=["nbval-ignore-output"]
details = dl.inspect("nb07-shell")
details  # (not compared: addresses, times and paths of this run)

# %%
details["Config"]["Cmd"], details["Config"]["Tty"], details["Config"]["OpenStdin"]

# %% [markdown]
# The JSON is long. The inspect widget folds it into a tree and searches it; its search finds
# where the container's command line is kept:

# %%
tree = dl.inspect_widget("nb07-shell")
tree

# %%
tree.show("Cmd")

# %% [markdown]
# ## `docker start [-i]`
#
# A stopped container keeps its writable layer and can run again. `-a` attaches to its output,
# `-i` to its input too. Create one with `-i` (and no TTY), and start it with `-i`, feeding its
# stdin:

# %%
!docker create -i --label dockerlab.course=07 --name nb07-again dockerlab/busybox sh > /dev/null
!echo 'echo first run' | docker start -i nb07-again
!echo 'echo second run' | docker start -i nb07-again

# %% [markdown]
# Same container both times; its log holds both runs:

# %%
dl.logs("nb07-again")["line"].tolist()

# %% [markdown]
# The interactive shell from before starts again too; open a console to it:

# %%
client.api.start("nb07-shell")
again = dl.console("nb07-shell")
again.send("echo back again\n")
again.wait_for("(?m)^back again$")

# %%
again.stop()
dl.ps(filters={"name": "nb07-shell"})["state"].tolist()

# %% [markdown]
# ## `docker rm`
#
# `rm` removes stopped containers. A running one is refused. The wording is the Engine's and
# changed with Engine 25: 20.10 says "You cannot remove a running container <ID>. Stop the
# container before attempting removal or force remove", newer Engines say
# `cannot remove container "/nb07-shell": container is running: stop the container before
# removing or force remove`. Either way nothing is removed:

# %%
!docker rm nb07-shell 2>&1 | sed 's/[0-9a-f]\{64\}/<ID>/'

# %% [markdown]
# Stop it first, or force it with `-f` (which kills it):

# %%
!docker rm -f nb07-shell

# %%
!docker rm nb07-hello nb07-again

# %% [markdown]
# docker-py: `client.api.remove_container(name, force=True)`.
#
# ## Exercises
#
# Label everything `dockerlab.course=07`.
#
# **07.1** Run `dockerlab/hello-world` in a container named `ex07-hello`.

# %% hidden
!docker run --label dockerlab.course=07 --name ex07-hello dockerlab/hello-world > /dev/null

# %%
dl.check("07.1")

# %% [markdown]
# **07.2** Start an interactive container `ex07-shell` (`-i -t`, in the background), open a
# console to it, and create the file `/from-tty` from that console.

# %% hidden
!docker run -dit --label dockerlab.course=07 --name ex07-shell dockerlab/busybox sh > /dev/null
exercise_shell = dl.console("ex07-shell")
exercise_shell.send("touch /from-tty && echo made\n")
exercise_shell.wait_for("(?m)^made$")
exercise_shell.stop()

# %%
dl.check("07.2")

# %% [markdown]
# **07.3** Start `ex07-hello` again (attached to its output), so that it has run twice.

# %% hidden
!docker start -a ex07-hello > /dev/null

# %%
dl.check("07.3")

# %% [markdown]
# ## Clean up

# %%
shell.stop()
dl.kit.cleanup("07", client=client)

# %% [markdown]
# Next: [08 Daemon containers](08-daemon-containers.ipynb).
