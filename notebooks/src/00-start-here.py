# %% [markdown]
# # Docker, executed: start here
#
# This course turns a learner's Docker notes (in Chinese, quoted verbatim at the top of every
# section) into notebooks that **run every command against a real Docker Engine**. Nothing here
# is a screenshot: every table below was printed by the Engine on the machine that ran the
# notebook, and the test suite re-runs every notebook and checks that the Engine still says
# the same thing.
#
# Each section shows three ways to do the same thing:
#
# 1. the **docker CLI** command, as you would type it in a terminal (`!docker ps`),
# 2. the **docker-py** call that sends the same request to the Engine's API,
# 3. the **dockerlab** one-liner, which returns a pandas DataFrame that *looks* exactly like the
#    CLI's table but can be sorted, filtered and plotted.
#
# The helper shortens; it never hides what Docker does.
#
# ## The course
#
# | notebook | the notes' section | what you will see happen |
# |---|---|---|
# | [01 Images, containers, repositories](01-images-containers-repositories.ipynb) | 镜像和容器 · 仓库repository · 相互关系 | one image, many containers; layers; a container's writable layer; a real registry |
# | [02 How Docker works](02-how-docker-works.ipynb) | docker是怎么工作的 | client and server: the socket, one raw HTTP request, the event stream |
# | [03 Why faster than a VM](03-why-faster-than-a-vm.ipynb) | 为什么docker比vm快 | the shared kernel, host PIDs, start latency measured and plotted |
# | [04 Install and mirrors](04-install-and-mirrors.ipynb) | 安装以及镜像加速配置 | checking an install; registry mirrors; the offline kit |
# | [05 Help commands](05-help-commands.ipynb) | 帮助命令 | `docker version`, `docker info`, `docker --help` as tables |
# | [06 Image commands](06-image-commands.ipynb) | 镜像命令 | `images`, `search`, `pull`, `rmi` against the kit's registry |
# | [07 Container commands](07-container-commands.ipynb) | 容器命令 | `run`, `-i -t`, `ps`, `inspect`, `start`, `rm` |
# | [08 Daemon containers](08-daemon-containers.ipynb) | 守护式容器 | `run -d`, detach and attach, `logs`, `top`, `exec`, `stop` vs `kill` |
# | [09 Cheat sheet](09-cheat-sheet.ipynb) | Recap and Cheat sheet | every recap command, run; old and new command names side by side |
#
# ## Is this machine ready?
#
# `dockerlab doctor` (also a command in your terminal) checks the Engine, the libraries and the
# course kit, and says how to fix whatever is missing.

# %% tags=["nbval-ignore-output"]
import dockerlab as dl

report = dl.doctor()
report  # not compared by the tests: versions and addresses are this machine's own

# %% [markdown]
# The table above is this machine's. Whatever the machine, the checks are the same, and each
# should show ✓. If one shows ✗, its FIX column says what to do; run `dockerlab doctor` again
# in a terminal afterwards.

# %%
report[["", "CHECK"]].to_dict("list")

# %%
bool(report["ok"].all())

# %% [markdown]
# ## The course kit
#
# Docker's tutorials pull images from Docker Hub, which needs internet. A workshop room often
# has none, so this course brings its own: the **kit** is six small images built on this
# machine from Dockerfiles in the repository (a static busybox copied into an empty `FROM
# scratch` image, then a hello-world, a web server, a log ticker and a signal demo on top of
# it) and a real image registry running in a container on `127.0.0.1:5000`.
#
# `dl.kit.up()` makes the kit ready. It builds only what is missing, so running it again takes
# a fraction of a second; its answer is the same table `dockerlab kit status` prints.

# %%
status = dl.kit.up()
status

# %% [markdown]
# Every row should be `ready`, `running`, `present` or `serving`; the `ok` column says so:

# %%
bool(status["ok"].all())

# %% [markdown]
# The registry is an ordinary container, and `dl.ps` shows it the way `docker ps` would. The
# `filters` argument is the CLI's `--filter`: here, only containers carrying the kit's
# registry label.

# %%
dl.ps(filters={"label": "dockerlab.kit=registry"})

# %% [markdown]
# ## How the results work
#
# A dockerlab result *displays* as the docker CLI's table, headed by the command it stands for,
# but it *is* a pandas DataFrame. Upper-case columns are the CLI's text; lower-case columns hold
# the same facts typed, ready for analysis:

# %%
kit_images = dl.images(filters={"reference": "dockerlab/*"})
sorted(kit_images["REPOSITORY"])

# %%
kit_images.columns.tolist()

# %% [markdown]
# `SIZE` says something like `1.99MB` (text, as the CLI prints it); `size` is the number of
# bytes, so it can be added up or compared:

# %%
bool((kit_images["size"] > 1_000_000).all()), str(kit_images["size"].dtype)

# %% [markdown]
# ## Labels keep your own things safe
#
# Everything the course creates carries the label `dockerlab.course` (its value is the section
# that made it). Every cleanup in this course removes labelled things only, so containers and
# images of your own on this Engine are never touched. At the end of each notebook you will
# see a cell like this one; here it has nothing to remove yet:

# %%
dl.kit.cleanup("00")

# %% [markdown]
# When the workshop is over, `dockerlab kit down` in a terminal removes the kit and everything
# the course created, and nothing else.
#
# Next: [01 Images, containers, repositories](01-images-containers-repositories.ipynb).
