# %% [markdown]
# # 03 · Why Docker is faster than a virtual machine
#
# > ## 为什么docker 比 vm 快
# >
# > 1. docker比虚拟机有更少的抽象层，不需要hypervisor来实现硬件资源虚拟化，运行在docker中的容器实例直接使用的是实际物理机的硬件资源。因此在cpu、内存利用率上 docker在效率上更有优势。
# > 2. docker利用的是宿主机的内核，而不需要Guest OS。因此，当新建一个容器时，docker不需要和虚拟机一样重新加载一个操作系统内核。进而避免引寻、加载操作系统内核这个比较费时费资源的过程，当新建一个虚拟机时，虚拟机软件需要加载Guest OS，这个新建过程是分钟级别的，而docker由于直接利用宿主机的操作系统，则省略了这个过程，只需要几秒钟的时间。
#
# Two claims: a container has **no guest kernel** (it uses the host's), and therefore starting
# one is fast: "几秒钟" (a few seconds) in the notes. We check the first directly and measure
# the second. (Spoiler: on this machine it is well under a second.)

# %%
import statistics
import subprocess
import time
from pathlib import Path

import matplotlib.pyplot as plt

import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("03", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## One kernel for everyone
#
# A virtual machine boots its own kernel. A container does not: ask one which kernel it runs,
# and it answers with the kernel of the machine the Engine runs on.

# %%
!docker run --rm --label dockerlab.course=03 dockerlab/busybox uname -r

# %% [markdown]
# The Engine reports its own kernel in `docker info`:

# %%
engine_kernel = client.info()["KernelVersion"]
engine_kernel

# %% [markdown]
# The same check with docker-py, as a comparison rather than by eye:

# %%
inside = client.containers.run("dockerlab/busybox", "uname -r", remove=True,
                               labels={"dockerlab.course": "03"}).decode().strip()
inside == engine_kernel

# %% [markdown]
# On Linux, the Engine's machine is your machine, so `uname -r` in a terminal prints the same.
# With Docker Desktop (macOS, Windows) the Engine runs in a small Linux VM, and containers share
# *that* VM's kernel: one VM for all containers, not one per container.
#
# ## Container processes are host processes
#
# Without a hypervisor, a container's process is an ordinary process of the host kernel, just
# in its own namespaces. Start one and look at it from both sides:

# %%
sleeper = client.containers.run("dockerlab/busybox", "sleep 300", name="nb03-sleeper",
                                detach=True, labels={"dockerlab.course": "03"})
!docker exec nb03-sleeper ps -o pid,comm | head -2

# %% [markdown]
# Inside, `sleep` is PID 1, the first process of its own PID namespace. `docker top` asks the
# host's kernel instead and shows the *host* PID of the same process:

# %% tags=["nbval-ignore-output"]
processes = dl.top("nb03-sleeper")
processes  # (not compared: host PIDs and start times change every run)

# %%
host_pid = int(processes["pid"].iloc[0])
state_pid = client.api.inspect_container("nb03-sleeper")["State"]["Pid"]
processes["CMD"].tolist(), host_pid != 1, host_pid == state_pid

# %% [markdown]
# The same process, PID 1 inside and another number on the host, and the Engine's `State.Pid`
# agrees with `docker top`. On a Linux host you can read it straight from `/proc`, like any
# process (with Docker Desktop this host has no such entry: the process lives in the VM):

# %% tags=["nbval-ignore-output"]
proc = Path(f"/proc/{host_pid}/cmdline")
proc.exists() and proc.read_bytes().split(b"\0")[:2]
# (not compared: with Docker Desktop the answer is False)

# %% [markdown]
# And the memory it costs is that of one small process, not of an operating system:

# %%
usage = dl.stats("nb03-sleeper")
bool(usage["mem_usage"].iloc[0] < 10 * 2**20), usage.columns[:8].tolist()

# %% [markdown]
# ## How fast does a container start?
#
# We time 20 runs of a container that does nothing (`true`): create it, start it, wait for it
# to exit, remove it. That is all of `docker run --rm`, as docker-py requests. For comparison,
# 20 runs of the same program without a container. Timing is noisy, so we look at the median.

# %%
def run_container():
    started = time.perf_counter()
    cid = client.api.create_container("dockerlab/busybox", "true",
                                      labels={"dockerlab.course": "03"})["Id"]
    client.api.start(cid)
    client.api.wait(cid)
    client.api.remove_container(cid)
    return time.perf_counter() - started


def run_process():
    started = time.perf_counter()
    subprocess.run(["true"], check=True)
    return time.perf_counter() - started


# %%
with_container = [run_container() for _ in range(20)]
without = [run_process() for _ in range(20)]
len(with_container), len(without)

# %% [markdown]
# The medians, in seconds, on this machine:

# %% tags=["nbval-ignore-output"]
medians = {"container": statistics.median(with_container),
           "process": statistics.median(without)}
medians  # (not compared: timings differ on every run)

# %%
fig, ax = plt.subplots(figsize=(7, 3))
ax.hist(without, bins=20, label="the process alone", color="#9e9e9e")
ax.hist(with_container, bins=20, label="the process in a container", color="#1976d2")
ax.set_xscale("log")
ax.set_xlabel("seconds (log scale)")
ax.set_ylabel("runs")
ax.legend()
plt.close(fig)
fig

# %% [markdown]
# A container costs more than a bare process (the Engine sets up namespaces, cgroups, a
# filesystem and a network interface), but it is counted in tenths of a second, not minutes:

# %%
medians["container"] < 2.0, medians["container"] > medians["process"]

# %% [markdown]
# So the notes are right, and conservative: "只需要几秒钟" (a few seconds) is today well under a
# second for a small image. A virtual machine must boot a kernel and an init system first; even
# fast micro-VMs need a noticeable fraction of a second, and a full guest OS tens of seconds.
#
# Where does the container's time go? The Engine's answer, for one run:

# %%
since = time.time()
run_container()
until = time.time() + 0.5
[e["Action"] for e in client.api.events(since=since, until=until, decode=True,
                                         filters={"label": "dockerlab.course=03",
                                                  "type": "container"})]

# %% [markdown]
# ## Exercises
#
# **03.1** Run a container named `ex03-kernel` (label `dockerlab.course=03`) that prints the
# kernel version it runs on.

# %% hidden
!docker run --label dockerlab.course=03 --name ex03-kernel dockerlab/busybox uname -r

# %%
dl.check("03.1")

# %% [markdown]
# **03.2** Run a container `ex03-pid` whose command prints its own PID (`echo $$` in a shell).
# Which number do you expect?

# %% hidden
client.containers.run("dockerlab/busybox", ["sh", "-c", "echo $$"], name="ex03-pid",
                      labels={"dockerlab.course": "03"}).decode()

# %%
dl.check("03.2")

# %% [markdown]
# ## Clean up

# %%
dl.kit.cleanup("03", client=client)

# %% [markdown]
# Next: [04 Install and registry mirrors](04-install-and-mirrors.ipynb).
