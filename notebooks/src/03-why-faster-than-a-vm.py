# %% [markdown] lang="zh"
# # 03 · 为什么 Docker 比虚拟机快
#
# **学完这一节，你能够：**
#
# - 说清容器（container）和虚拟机（virtual machine，VM）真正的区别：容器没有自己的内核（kernel），
#   所以启动快、占内存少、一台机器能跑很多；代价是所有容器共用一个内核，隔离比虚拟机弱；
# - 用 `uname -r` 证明容器用的是宿主机（host）的内核，用 `docker top` 找到容器进程在宿主机上的 PID；
# - 用 `docker stats` 看一个容器占多少内存；
# - 测量容器的启动时间，和一台真的启动起来的虚拟机比一比，并说出这个测量说明了什么、没说明什么。
#
# **时间：** {{minutes}}
#
# **先学过：** 02（Docker 是怎么工作的：客户端（client）和守护进程（daemon））。这里会用到 `docker run`，它在 07 细讲；
# 后台运行（`-d`）和 `docker exec` 在 08 细讲。

# %% [markdown] lang="en"
# # 03 · Why Docker is faster than a virtual machine
#
# **When you finish this notebook, you can:**
#
# - say what really separates a container from a virtual machine (VM): a container has no kernel
#   of its own, so it starts fast, uses little memory, and one machine runs many; the price is
#   that all containers share one kernel, so they are less isolated than VMs;
# - show with `uname -r` that a container runs on the host's kernel, and find a container's
#   process and its host PID with `docker top`;
# - read how much memory a container uses with `docker stats`;
# - measure how fast a container starts, compare it with a VM that really boots, and say what
#   the measurement shows and what it does not.
#
# **Time:** {{minutes}}
#
# **Before this:** 02 (how Docker works: the client and the daemon). This notebook uses
# `docker run`, which 07 explains in full; background containers (`-d`) and `docker exec` come
# in 08.

# %% [markdown] lang="zh"
# 笔记里这一节的原文：

# %% [markdown] lang="en"
# The section of the notes this notebook teaches, quoted as written (in Chinese):

# %% [markdown]
# > ## 为什么docker 比 vm 快
# >
# > 1. docker比虚拟机有更少的抽象层，不需要hypervisor来实现硬件资源虚拟化，运行在docker中的容器实例直接使用的是实际物理机的硬件资源。因此在cpu、内存利用率上 docker在效率上更有优势。
# > 2. docker利用的是宿主机的内核，而不需要Guest OS。因此，当新建一个容器时，docker不需要和虚拟机一样重新加载一个操作系统内核。进而避免引寻、加载操作系统内核这个比较费时费资源的过程，当新建一个虚拟机时，虚拟机软件需要加载Guest OS，这个新建过程是分钟级别的，而docker由于直接利用宿主机的操作系统，则省略了这个过程，只需要几秒钟的时间。

# %% [markdown] lang="zh"
# 第 2 点说对了：容器没有客户机操作系统（Guest OS），也就没有自己的内核，启动时不用加载内核。
# 第 1 点要更正。今天的虚拟机几乎都用硬件虚拟化（Intel VT-x、AMD-V；Linux 通过 KVM 使用它们）：
# 虚拟机里的程序和它的内核，大部分指令也是**直接在 CPU 上执行**的，并不是由 hypervisor 一条一条模拟。
# 所以单看计算速度，虚拟机和容器差不多。两者真正的区别在别处：
#
# | | 容器 | 虚拟机 |
# |---|---|---|
# | 内核 | 和宿主机共用一个 | 每台虚拟机有自己的 |
# | 启动 | 启动一个进程 | 先启动一个内核（再启动它的系统服务） |
# | 内存 | 进程用多少就占多少 | 启动时就分走一整块 |
# | 密度 | 一台机器上可以跑成百上千个 | 少得多 |
# | 隔离 | 较弱：靠共享内核自己的检查 | 较强：每台有自己的内核，中间还隔着 hypervisor |
#
# 最后一行是容器的代价，笔记没有提。下面一项一项地在引擎（Engine）上看：同一个内核、宿主机上的进程、
# 内存、启动时间，再真的启动一台虚拟机来比较，最后看这个代价。
#
# 下面这个单元格为本节做准备：检查 Docker 引擎和课程工具包，并清理上次中断时留下的东西。
# 之后的 `%%bash` 单元格就是终端命令，可以原样复制到终端里运行。

# %% [markdown] lang="en"
# Point 2 is right: a container has no guest operating system (Guest OS), so no kernel of its
# own, and starting one loads no kernel. Point 1 needs correcting. Nearly every VM today uses
# hardware virtualization (Intel VT-x, AMD-V; on Linux, KVM): the programs in a VM, and its
# kernel, run most of their instructions **directly on the CPU**; the hypervisor does not
# emulate them one by one. So for computing speed alone, a VM and a container are close. The
# real differences are elsewhere:
#
# | | container | virtual machine |
# |---|---|---|
# | kernel | shares the host's | each VM has its own |
# | start | starts a process | boots a kernel first (then its system services) |
# | memory | what its processes use | a fixed block, taken when it starts |
# | density | hundreds or thousands per machine | far fewer |
# | isolation | weaker: the shared kernel's own checks | stronger: a kernel of its own, and the hypervisor between |
#
# The last row is the price of containers, which the notes leave out. Below, each row is
# checked on the Engine: the same kernel, processes on the host, memory, start time; then a
# real VM boots for comparison; then the price.
#
# The cell below prepares the notebook: it checks the Docker Engine and the course kit, and
# removes what an interrupted earlier run left. After it, every `%%bash` cell is terminal
# commands: you can paste them into a terminal unchanged.

# %%
import dockerlab as dl

dl.begin("03", language="zh")

# %% [markdown] lang="zh"
# ## 同一个内核
#
# `uname -r` 打印正在运行的内核的版本。先在宿主机上运行，再在容器里运行，
# 最后问引擎它自己运行在哪个内核上（`docker info`，05 细讲）：

# %% [markdown] lang="en"
# ## One kernel
#
# `uname -r` prints the version of the running kernel. Run it on the host, then in a container,
# then ask the Engine which kernel it runs on (`docker info`, in detail in 05):

# %%
%%bash
echo "on the host:      $(uname -r)"
echo "in a container:   $(docker run --rm dockerlab/busybox uname -r)"
echo "the Engine says:  $(docker info --format '{{.KernelVersion}}')"

# %% [markdown] lang="zh"
# 三行一样。容器里没有另一个内核，容器里的 `uname` 问到的就是宿主机的内核。
#
# 在 Linux 上，引擎和你的终端在同一台机器上，所以三行相同。在 macOS 和 Windows 上，
# Docker Desktop 把引擎放在一台小的 Linux 虚拟机里：第一行是你电脑的系统，后两行是那台虚拟机的内核。
# 所有容器共用这**一台**虚拟机的内核，而不是每个容器一台虚拟机。

# %% [markdown] lang="en"
# The three lines are the same. There is no second kernel in the container: `uname` in the
# container asks the host's kernel.
#
# On Linux, the Engine and your terminal are on the same machine, so all three lines match. On
# macOS and Windows, Docker Desktop runs the Engine in a small Linux VM: the first line is your
# computer's system, the other two the kernel of that VM. All containers share that **one** VM's
# kernel: not one VM per container.

# %% [markdown] lang="zh"
# ## 容器里的进程就是宿主机上的进程
#
# 没有另一个内核，容器里的进程就是宿主机内核上的一个普通进程。只是内核的命名空间（namespace）
# 限定了它能看到什么：哪些进程、哪些文件、哪个网络（network）。在后台启动一个容器（`-d`，08 细讲），
# 再用 `docker exec`（08 细讲）在容器里运行 `ps`，看看容器里面的进程：

# %% [markdown] lang="en"
# ## Container processes are host processes
#
# With no second kernel, a process in a container is an ordinary process of the host's kernel;
# only what it can see (processes, files, network) is narrowed by the kernel's namespaces.
# Start a container in the background (`-d`, in detail in 08), then run `ps` in it with
# `docker exec` (also 08) to see the processes inside:

# %%
%%bash
docker run -d --name nb03-sleeper dockerlab/busybox sleep 600
docker exec nb03-sleeper ps -o pid,comm | head -2

# %% [markdown] lang="zh"
# （`head -2` 只留下前两行：`ps` 还会列出它自己。）在容器里，`sleep` 是 1 号进程，
# 它的 PID 命名空间里的第一个进程。
# `docker top` 则从宿主机这边看同一个容器：它列出的 PID 是宿主机上的 PID。
# 这个输出每次运行都不同（PID、时间），所以测试不比较它：

# %% [markdown] lang="en"
# (`head -2` keeps the first two lines: `ps` lists itself too.) Inside the container, `sleep`
# is PID 1, the first process of its PID namespace. `docker top`
# looks at the same container from the host: the PIDs it lists are the host's. This output
# differs on every run (PIDs, times), so the tests do not compare it:

# %% tags=["nbval-ignore-output"]
%%bash
docker top nb03-sleeper

# %% [markdown] lang="zh"
# UID 一列是 `root`：容器里的 root 就是宿主机上的 root，除非启用了用户命名空间或 rootless 模式。
# 这对谁能使用 Docker 意味着什么，01 和 02 讲过，04 会从安装的角度再讲一次。
#
# `docker inspect` 里的 `State.Pid` 也是这个宿主机 PID。在 Linux 宿主机上，
# 它和其他进程一样出现在 `/proc` 里：

# %% [markdown] lang="en"
# The UID column says `root`: root in a container is root on the host, unless user namespaces
# or rootless mode are on. What that means for who may use Docker, 01 and 02 showed; 04 comes
# back to it from the install's side.
#
# `State.Pid` in `docker inspect` is that host PID too. On a Linux host it appears in `/proc`
# like any other process:

# %%
%%bash
pid=$(docker inspect --format '{{.State.Pid}}' nb03-sleeper)
echo "inside the container: PID 1; on the host: PID $pid"
if [ -r /proc/$pid/cmdline ]; then
  echo "the host's /proc/$pid/cmdline: $(tr '\0' ' ' < /proc/$pid/cmdline)"
else
  echo "this computer has no process $pid: the Engine runs in a VM (Docker Desktop)"
fi

# %% [markdown] lang="zh"
# 同一个进程，在容器里是 1 号，在宿主机上是另一个号码。
#
# ## 内存
#
# `docker stats` 显示容器用了多少资源；`--no-stream` 只取一次，不持续刷新：

# %% [markdown] lang="en"
# One process: PID 1 inside, another number on the host.
#
# ## Memory
#
# `docker stats` shows what a container uses; `--no-stream` takes one reading instead of
# refreshing:

# %%
%%bash
docker stats --no-stream --format 'MEM USAGE / LIMIT: {{.MemUsage}}, PIDS: {{.PIDs}}' nb03-sleeper

# %% [markdown] lang="zh"
# 这个容器只占一个小进程的内存：几百 KiB。斜线后面的上限是宿主机的全部内存：
# 没有用 `-m`（`--memory`）限制时，容器用多少就从宿主机拿多少，不会预先占走一块。
# 虚拟机不同：启动时就分到一块固定的内存，给它自己的内核和系统用。
#
# ## 启动要多久？
#
# 在终端里，bash 的 `time` 可以测一条命令用了多长时间。`true` 是一个什么也不做、立即退出的程序；
# `--rm` 让容器退出后自动删除：

# %% [markdown] lang="en"
# This container costs the memory of one small process: a few hundred KiB. The limit after the
# slash is all of the host's memory: without a limit (`-m`, `--memory`), a container takes from
# the host what it uses, nothing reserved in advance. A VM is different: it gets a fixed block of
# memory when it starts, for its own kernel and system.
#
# ## How long does a start take?
#
# In a terminal, bash's `time` measures how long a command takes. `true` is a program that
# does nothing and exits at once; `--rm` removes the container when it exits:

# %%
%%bash
time docker run --rm dockerlab/busybox true

# %% [markdown] lang="zh"
# `real` 是实际经过的时间。一次测量会有波动，下面各测 10 次：容器里的 `true`，
# 和不用容器、直接运行的 `true`。这个单元格用 Python 计时并画图，因为画图需要 Python：

# %% [markdown] lang="en"
# `real` is the time that passed. One measurement varies, so below each is timed 10 times: `true`
# in a container, and `true` run directly, without one. This cell times and plots in Python,
# because the plot needs it:

# %%
import statistics
import subprocess
import time

import matplotlib.pyplot as plt


def seconds(*command):
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


in_container = [seconds("docker", "run", "--rm", "dockerlab/busybox", "true") for _ in range(10)]
alone = [seconds("true") for _ in range(10)]
print(f"docker run --rm dockerlab/busybox true: median {statistics.median(in_container):.2f} s "
      f"of {len(in_container)} runs")
print(f"true without a container: median {statistics.median(alone) * 1000:.2f} ms "
      f"of {len(alone)} runs")

# %%
fig, ax = plt.subplots(figsize=(7, 1.8))
ax.scatter(alone, [0] * len(alone), color="#9e9e9e", alpha=0.7)
ax.scatter(in_container, [1] * len(in_container), color="#1976d2", alpha=0.7)
ax.set_yticks([0, 1], ["true", "docker run --rm\ndockerlab/busybox true"])
ax.set_ylim(-0.6, 1.6)
ax.set_xscale("log")
ax.set_xlabel("seconds, one dot per run (log scale)")
fig.tight_layout()
plt.close(fig)
fig

# %% [markdown] lang="zh"
# 容器比直接运行慢得多（引擎要准备命名空间、cgroup、文件系统和网络），但也只在一两秒之内：
# 不超过笔记说的“几秒钟”，远不是分钟级别。
#
# 时间花在哪里？引擎在每一步都会发出一个事件（event，02 讲过 `docker events`）。
# 下面运行一个有名字的容器，再取出这段时间里它的事件。`--until` 是一秒之后，
# 所以这条命令会等一秒，把最后的事件也收进来：

# %% [markdown] lang="en"
# A container is much slower than the bare program (the Engine prepares namespaces, cgroups, a
# filesystem and a network), but it stays within a second or two: no more than the notes' "a
# few seconds", and far from minutes.
#
# Where does the time go? The Engine emits an event at every step (`docker events`, from 02).
# Below, a named container runs, then its events of that time are read back. `--until` is one
# second ahead, so the command waits a second to catch the last events too:

# %%
%%bash
since=$(date +%s)
docker run --rm --name nb03-timed dockerlab/busybox true
docker events --since $since --until $(( $(date +%s) + 1 )) --filter container=nb03-timed --format '{{.Action}}'

# %% [markdown] lang="zh"
# 创建（create），连接输出（attach），启动（start），主进程（main process）结束（die），删除（destroy，因为 `--rm`）。
# 中间没有“启动内核”这一步。
#
# ## 和一台真的虚拟机比一比
#
# 笔记说虚拟机的创建是“分钟级别的”。不测量就不知道，所以下面真的启动一台虚拟机。
# 为了公平，它尽量小：
#
# - 用 QEMU 启动一台只有 128 MiB 内存的虚拟机；
# - 内核用宿主机 `/boot` 里的内核文件；
# - 它唯一的程序，就是课程镜像（image）`dockerlab/busybox` 里的那个 busybox 程序
#   （用 `docker cp` 从容器里复制出来，04 还会用到 `docker cp`）。内核启动后运行 `/init`，`/init` 打印几行信息，然后关机。
#
# 容器里运行**同样的**几条命令：打印内核版本、看到的内存、内核已经运行了多久（`/proc/uptime`）。
#
# 虚拟机能不能用硬件虚拟化，要看 CPU：`/proc/cpuinfo` 里有 `vmx`（Intel）或 `svm`（AMD）标志，
# 并且你有权使用 `/dev/kvm`，才能用 KVM；否则 QEMU 只能用软件模拟 CPU（TCG），慢得多。
# 单元格会打印它用了哪一种。不是 Linux、没有安装 QEMU 或者读不到内核时，它会说明原因，然后只运行容器那一半。
# 计时用的是 bash 的 `time`，`TIMEFORMAT` 决定它打印什么。
# 这个单元格比较长：它是一个小实验，不是你日常要输入的命令。

# %% [markdown] lang="en"
# The notes say creating a VM "takes minutes". Without measuring we cannot know, so below a VM
# really boots. To be fair it is as small as it gets:
#
# - QEMU boots a VM with 128 MiB of memory;
# - its kernel is the kernel file in the host's `/boot`;
# - its only program is the busybox of the course image (copied out of a container with
#   `docker cp`, which 04 uses again). After booting, the kernel runs `/init`, which
#   prints a few lines and powers off.
#
# A container runs **the same** commands: print the kernel version, the memory it sees, and how
# long its kernel has been running (`/proc/uptime`).
#
# Whether the VM gets hardware virtualization depends on the CPU: with a `vmx` (Intel) or `svm`
# (AMD) flag in `/proc/cpuinfo` and a `/dev/kvm` you may use, QEMU uses KVM; otherwise it can only emulate
# the CPU in software (TCG), which is much slower. The cell prints which one it used. Not on
# Linux, without QEMU, or without a kernel it may read, it says why and runs only the container
# half. The timing is bash's `time`; `TIMEFORMAT` sets what it prints. The cell is long: it is a
# small experiment, not a command you type every day.

# %%
%%bash
# What the VM and the container both run: kernel version, memory seen, kernel uptime
facts='echo "kernel $(uname -r), $(free -m | awk "NR==2 {print \$2}")MiB of memory, up $(cut -d" " -f1 /proc/uptime) s"'

kernel=""
for k in /boot/vmlinuz-$(uname -r) /boot/vmlinuz-*; do
  if [ -z "$kernel" ] && [ -r "$k" ]; then kernel=$k; fi
done
if [ "$(uname -s)" != Linux ]; then
  echo "no VM: this experiment needs a Linux computer"
elif ! command -v qemu-system-x86_64 > /dev/null; then
  echo "no VM: QEMU is not installed (Debian, Ubuntu: sudo apt-get install qemu-system-x86)"
elif [ -z "$kernel" ]; then
  echo "no VM: no kernel in /boot that this user may read (Ubuntu lets only root read it)"
else
  if grep -qwE 'vmx|svm' /proc/cpuinfo && [ -w /dev/kvm ]; then
    accel=kvm
  else
    accel=tcg
    echo "no hardware virtualization here (no vmx/svm flag in /proc/cpuinfo, or no /dev/kvm this user may open): QEMU emulates the CPU (TCG)"
  fi
  # The VM's files: the course image's busybox, and /init, the first program the kernel runs
  vm=$(mktemp -d)
  mkdir -p $vm/root/bin $vm/root/proc
  docker create --name nb03-vmfiles dockerlab/busybox > /dev/null
  docker cp nb03-vmfiles:/bin/busybox $vm/root/bin/busybox
  docker rm nb03-vmfiles > /dev/null
  printf '#!/bin/busybox sh\n/bin/busybox --install -s /bin\nmount -t proc proc /proc\n%s\npoweroff -f\n' "$facts" > $vm/root/init
  chmod +x $vm/root/init
  (cd $vm/root && find . | ./bin/busybox cpio -o -H newc 2> /dev/null | gzip) > $vm/initrd.gz
  echo "VM: kernel file $kernel, 128 MiB of memory, accelerator $accel"
  TIMEFORMAT='the VM started, booted its kernel, ran /init and powered off in %R s'
  { time timeout 180 qemu-system-x86_64 -accel $accel -m 128 -nodefaults -no-user-config -display none \
      -serial stdio -no-reboot -kernel $kernel -initrd $vm/initrd.gz -append "console=ttyS0 quiet panic=-1" \
      < /dev/null | grep --text '^kernel' | sed 's/^/in the VM:       /'; } 2>&1
  rm -rf $vm
fi

TIMEFORMAT='the container started, ran the same commands and exited in %R s'
{ time docker run --rm dockerlab/busybox sh -c "$facts" | sed 's/^/in a container:  /'; } 2>&1

# %% [markdown] lang="zh"
# **这个测量说明了什么：**
#
# - 虚拟机启动了**自己的**内核：它报告的内核版本是 `/boot` 里那个文件的版本，它的内核才运行了几秒；
#   容器报告的是宿主机正在运行的内核，这个内核早在容器启动之前就已经运行了很久。
# - 虚拟机只看到分给它的内存（128 MiB 里，它自己的内核先用掉一部分）；容器看到的是宿主机的全部内存。
# - 虚拟机必须先启动一个内核才能运行第一个程序，容器不用。这就是启动时间差别的来源。
#
# **它没有说明什么：**
#
# - 如果上面写着 `accelerator tcg`：运行这个单元格的机器用不了硬件虚拟化（比如它本身就是一台虚拟机，
#   或者你没有使用 `/dev/kvm` 的权限），QEMU 只能用软件模拟 CPU。用了 KVM 的虚拟机会快得多，所以这里的虚拟机时间只是一个上限，
#   不能代表你电脑上的虚拟机。如果你用的是 Linux，并且有 KVM，在你自己的电脑上运行这个单元格看看。
# - 这是一台最小的虚拟机：只有一个内核和一个程序。一个完整的客户机操作系统启动内核之后，
#   还要启动它的系统服务，需要更长的时间。另一方面，专门优化过的微型虚拟机（micro-VM）可以启动得更快。
# - 它没有比较运行速度。用硬件虚拟化时，虚拟机里的计算几乎和宿主机上一样快；容器的优势在启动、内存和密度，
#   不在计算速度。
# - 每样只测了一次，机器上还有别的程序在运行：每次运行的时间都会不同。

# %% [markdown] lang="en"
# **What this measurement shows:**
#
# - The VM booted **its own** kernel: it reports the version of the file in `/boot`, and its
#   kernel has run for seconds. The container reports the host's running kernel, which had been
#   running long before the container started.
# - The VM sees only the memory it was given (of 128 MiB, its own kernel takes a part first); the
#   container sees all of the host's memory.
# - A VM must boot a kernel before it runs its first program; a container need not. That is
#   where the difference in start time comes from.
#
# **What it does not show:**
#
# - If the output above says `accelerator tcg`: the machine that ran this cell cannot use
#   hardware virtualization (it is a VM itself, say, or you may not use `/dev/kvm`), so QEMU
#   emulated the CPU in software. A VM with KVM is much faster, so the
#   VM time here is an upper bound, not what a VM on your computer takes. On Linux with KVM, run
#   this cell on your own computer and see.
# - This is a minimal VM: one kernel and one program. A full guest operating system starts its
#   system services after the kernel, which takes longer. On the other hand, purpose-built
#   micro-VMs can start faster.
# - It does not compare running speed. With hardware virtualization, computation in a VM is
#   almost as fast as on the host; a container's advantages are start-up, memory and density,
#   not computing speed.
# - Each was measured once, on a machine running other programs too: times differ from run to
#   run.

# %% [markdown] lang="zh"
# ## 代价：所有容器共用一个内核
#
# 容器之间的隔离，全靠这一个共享的内核自己的检查：命名空间、cgroup、能力（capability）、
# seccomp 过滤。例如，内核的日志（`dmesg`）属于整台机器，容器默认不允许读它。
# 是内核拒绝了这个请求，而不是另一层虚拟机。
# 这条命令预期会失败，所以后面接了 `||`，失败时打印一句说明：

# %% [markdown] lang="en"
# ## The price: all containers share one kernel
#
# What keeps containers apart is the checks of that one shared kernel: namespaces, cgroups,
# capabilities, seccomp filters. For example, the kernel's log (`dmesg`) belongs to the whole
# machine, and by default a container may not read it. The kernel refuses the request; there is
# no second layer, like a VM, behind it. The command is expected to fail, so `||` follows it
# to print a sentence when it does:

# %%
%%bash
docker run --rm dockerlab/busybox dmesg || echo "(the host's kernel refused: a container may not read its log)"

# %% [markdown] lang="zh"
# 这意味着：
#
# - 内核里的一个漏洞，可能让容器里的程序越过所有这些检查，影响宿主机和其他容器。
#   虚拟机里的程序要先攻破它自己的内核，再攻破 hypervisor。
# - 一个错误的设置（比如 `--privileged`，或者把宿主机的目录挂载进容器）会直接削弱这些检查。
# - 容器只能运行宿主机内核能运行的程序：Linux 宿主机上跑 Linux 容器。要运行另一个内核或另一种操作系统，就需要虚拟机。
#
# 所以，运行不信任的代码时，人们会选择虚拟机，或者给每个容器加一层自己的内核：
# Kata Containers 把每个容器放进一台轻量虚拟机；gVisor 用一个在用户态运行的内核，先拦下容器的系统调用。
# 对于自己的程序，容器的速度和密度通常更重要。
#
# ## 练习
#
# 每个练习和 00 里讲的一样：题目；一个空的 `%%bash` 单元格，写你的命令；一个检查单元格，
# 它向引擎查看结果，通过时显示 ✓，没有通过时显示 ✗ 和提示；最后是折叠的参考答案，先自己试试。
# 刚打开的 notebook 里“全部运行”时，检查会显示“还没有完成”，这是正常的。
#
# 练习用的名字都以 `ex03-` 开头。本节结束时的清理不会删除它们，
# 所以 `dl.progress()` 和 `dockerlab progress` 能看到你的进度。想重做时，`dockerlab reset 03` 会删除它们。
#
# ### 练习 03.1：内核运行多久了？
#
# `/proc/uptime` 的第一个数字，是内核启动以来经过的秒数。
# 从 `dockerlab/busybox` 运行一个名为 `ex03-uptime` 的容器（不要用 `--rm`），让它打印 `/proc/uptime`。
#
# 容器刚刚才启动，为什么这个数字这么大？

# %% [markdown] lang="en"
# This means:
#
# - A bug in the kernel can let a program in a container get past all of these checks and
#   reach the host and the other containers. A program in a VM must break its own kernel first,
#   then the hypervisor.
# - A wrong setting (such as `--privileged`, or mounting host directories into a container)
#   weakens those checks directly.
# - A container can only run what the host's kernel runs: Linux containers on a Linux host. Another
#   kernel or another operating system needs a VM.
#
# So for code they do not trust, people choose VMs, or give each container a kernel of its own:
# Kata Containers puts each container in a light VM; gVisor runs a kernel in user space that
# intercepts the container's system calls first. For your own programs, the speed and density
# of containers usually matter more.
#
# ## Exercises
#
# Each exercise is laid out as in 00: the task; an empty `%%bash` cell for your commands; a
# check, which asks the Engine and shows ✓ when you are done, or ✗ and a hint; and a folded
# solution: try on your own first. In a freshly opened notebook, Run All shows the checks as
# "not yet": that is expected.
#
# The exercises' names all start with `ex03-`. The cleanup at the end of the notebook leaves
# them, so `dl.progress()` and `dockerlab progress` can see your progress. To start over,
# `dockerlab reset 03` removes them.
#
# ### Exercise 03.1: how long has the kernel been running?
#
# The first number in `/proc/uptime` is the seconds since the kernel started. Run a container
# named `ex03-uptime` from `dockerlab/busybox` (no `--rm`) that prints `/proc/uptime`.
#
# The container has only just started: why is the number so large?

# %%
%%bash
# 03.1: your commands here


# %%
dl.check("03.1")

# %% [markdown]
# {{solution 03.1}}

# %% [markdown] lang="zh"
# ### 练习 03.2：一个内核，一张进程表
#
# 每个容器有自己的 PID 命名空间，所以只看到自己的进程。`--pid host` 让容器不要自己的 PID 命名空间，
# 直接使用宿主机的：这样它能看到宿主机上的**所有**进程。
#
# 1. 在后台运行一个名为 `ex03-sleeper` 的 `dockerlab/busybox` 容器，命令是 `sleep 3600`；
# 2. 再运行一个名为 `ex03-all` 的 `dockerlab/busybox` 容器，加上 `--pid host`，命令是 `ps`。
#
# `ex03-all` 的输出里，能找到 `ex03-sleeper` 的 `sleep` 吗？它的 PID 和 `docker top ex03-sleeper` 显示的一样吗？
# 这对容器之间的隔离说明了什么？

# %% [markdown] lang="en"
# ### Exercise 03.2: one kernel, one process table
#
# Each container has its own PID namespace, so it sees only its own processes. `--pid host`
# gives a container no PID namespace of its own: it uses the host's, and sees **every** process
# on the host.
#
# 1. Run a `dockerlab/busybox` container named `ex03-sleeper` in the background, with the
#    command `sleep 3600`;
# 2. then run a `dockerlab/busybox` container named `ex03-all` with `--pid host` and the command
#    `ps`.
#
# Can you find `ex03-sleeper`'s `sleep` in the output of `ex03-all`? Is its PID the one
# `docker top ex03-sleeper` shows? What does that say about how containers are kept apart?

# %%
%%bash
# 03.2: your commands here


# %%
dl.check("03.2")

# %% [markdown]
# {{solution 03.2}}

# %% [markdown] lang="zh"
# ## 用 Python 做同样的事（可选）
#
# 上面的每条命令都是对引擎 API 的请求。docker-py（Docker 官方的 Python 库）发出同样的请求，
# dockerlab 再把回答变成表格。它们让代码更短，做的事和上面的命令一样。
#
# 容器里的 `uname -r` 和引擎报告的内核版本，在 docker-py 里可以直接比较：

# %% [markdown] lang="en"
# ## The same in Python (optional)
#
# Each command above is a request to the Engine's API. docker-py (Docker's Python library)
# sends the same requests; dockerlab turns the answers into tables. They make code shorter; they
# do what the commands above do.
#
# In docker-py, `uname -r` in a container and the kernel the Engine reports compare directly:

# %%
import docker

client = docker.from_env()
inside = client.containers.run("dockerlab/busybox", "uname -r", remove=True).decode().strip()
engine_kernel = client.info()["KernelVersion"]
print(f"in a container: {inside}; the Engine's kernel: {engine_kernel}; "
      f"{'the same' if inside == engine_kernel else 'different'}")

# %% [markdown] lang="zh"
# `dl.top` 是 `docker top` 的表格（一个 pandas DataFrame），`pid` 列是整数；
# `dl.stats` 是 `docker stats --no-stream` 的表格，`mem_usage` 列以字节为单位：

# %% [markdown] lang="en"
# `dl.top` is `docker top`'s table (a pandas DataFrame) with an integer `pid` column;
# `dl.stats` is `docker stats --no-stream`'s, with `mem_usage` in bytes:

# %%
processes = dl.top("nb03-sleeper")
state_pid = client.api.inspect_container("nb03-sleeper")["State"]["Pid"]
host_pid = int(processes["pid"].iloc[0])
print(f"docker top: {len(processes)} process, {processes['CMD'].iloc[0]!r}, host PID {host_pid}; "
      f"State.Pid is {'the same' if host_pid == state_pid else 'different'}")
usage = dl.stats("nb03-sleeper")
print(f"docker stats: nb03-sleeper uses {usage['mem_usage'].iloc[0] / 2**20:.1f}MiB")

# %% [markdown] lang="zh"
# ## 清理
#
# 删除本节课创建的东西（名字以 `nb03-` 开头的）。你的练习（`ex03-…`）和你自己的容器都不受影响：

# %% [markdown] lang="en"
# ## Clean up
#
# Remove what this notebook's lessons created (names starting `nb03-`). Your exercises
# (`ex03-…`) and your own containers are not touched:

# %%
dl.finish("03")

# %% [markdown] lang="zh"
# 下一节：[04 安装以及镜像加速配置](04-install-and-mirrors.ipynb)：检查安装，镜像仓库（registry）和镜像加速器（registry mirror），
# 以及没有外网时怎么办。

# %% [markdown] lang="en"
# Next: [04 Installing Docker, and registry mirrors](04-install-and-mirrors.ipynb): checking an
# install, registries and registry mirrors, and what to do without internet.
