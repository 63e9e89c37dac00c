# %% [markdown]
# # 01 · Images, containers, repositories
#
# > ## 镜像和容器
# >
# > 容器是镜像的一个实例。 容器是用镜像创建的运行实例。它可以被启用，开始，停止，删除，每个容器都是相互隔离的，保证平台的安全。
# > 我们可以把容器看成一个简易版的linux环境，包括root用户权限，进程空间，用户空间和网络空间，还有运行在其中的应用程序。
# >
# > ## 仓库repository
# >
# > 仓库是集中**存放镜像**文件的场所。
# >
# > 仓库和仓库注册服务器(Registry)是有区别的，仓库注册服务器上往往有多个仓库，每个仓库又还有多个镜像，每个镜像又有不同的tag。
# >
# > 仓库分为公开和私有
# >
# > 公开的 docker hub 阿里云，网易云。
# >
# > ## 镜像，容器，仓库 相互关系
# >
# > Docker 本身是一个容器运行载体或称之为管理引擎。
# >
# > 我们把打包好的应用程序和环境配置依赖形成一个可交付的运行环境，这个打包好的运行环境就类似一个image镜像文件。
# >
# > 只有通过这个镜像文件才能生成docker容器，image文件可以看做是容器的模板，docker根据image文件生成一个容器实例或者多个实例。
# >
# > image文件生成的容器实例，本身也是一个文件，称为镜像文件。
# >
# > 仓库可以用来存放镜像，需要的时候直接拉取。
#
# The notes make three claims. An **image** is a template; a **container** is a running
# instance of it, isolated from the others; a **registry** stores **repositories**, each holding
# one image under several **tags**. We check each claim against the Engine, and fix the one
# sentence that is wrong (a container is *not* an image file).
#
# Everything this notebook creates is labelled `dockerlab.course=01` and removed at the end.

# %%
import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("01", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## An image
#
# The course kit built `dockerlab/hello-world` on this machine. The CLI lists it like this:

# %%
!docker images dockerlab/hello-world

# %% [markdown]
# docker-py sends the same request (`GET /images/json`) and gives back the Engine's JSON:

# %%
[img["RepoTags"] for img in client.api.images(name="dockerlab/hello-world")]

# %% [markdown]
# and dockerlab turns that JSON into the CLI's table, which is also a DataFrame:

# %%
dl.images("dockerlab/hello-world")

# %% [markdown]
# ## One image, many containers
#
# "docker根据image文件生成一个容器实例或者多个实例": let's make three containers from one image.
# The first with the CLI, the second with docker-py, the third with docker-py's low-level API.
# Each gets its own name and the course label.

# %%
!docker run -d --label dockerlab.course=01 --name nb01-a dockerlab/busybox sleep 300

# %%
second = client.containers.run("dockerlab/busybox", "sleep 300", name="nb01-b", detach=True,
                               labels={"dockerlab.course": "01"})
second.name

# %%
third = client.api.create_container("dockerlab/busybox", "sleep 300", name="nb01-c",
                                    labels={"dockerlab.course": "01"})
client.api.start(third["Id"])

# %% [markdown]
# `dl.ps` with the CLI's `--filter` shows just this notebook's containers (your own containers,
# if you have any, are not in this table):

# %%
mine = dl.ps(filters={"label": "dockerlab.course=01"})
mine

# %% [markdown]
# Three containers, three IDs, one image:

# %%
mine["id"].nunique(), mine["image_id"].nunique()

# %% [markdown]
# ### Each container is isolated
#
# "每个容器都是相互隔离的": a file written in one container does not appear in another, even
# though both come from the same image.

# %%
!docker exec nb01-a sh -c 'echo written in nb01-a > /tmp/who && cat /tmp/who'

# %% tags=["nbval-ignore-output"]
!docker exec nb01-b cat /tmp/who
# (not compared by the tests: the wording of the error differs between busybox builds)

# %% [markdown]
# The second command failed: `nb01-b` has no `/tmp/who`. Each container also has its own
# process space (its `sleep` is PID 1 inside), its own hostname and its own network address:

# %%
!docker exec nb01-a ps -o pid,comm | head -2

# %%
hostnames = [client.containers.get(n).attrs["Config"]["Hostname"] for n in mine["name"]]
len(set(hostnames)), hostnames == [i[:12] for i in mine["id"]]

# %% [markdown]
# Each container's hostname is the start of its ID, and all three differ.
#
# ## Layers: what an image is made of
#
# An image is a stack of read-only **layers**, one per build step. `docker history` lists
# them, newest first:

# %% tags=["nbval-ignore-output"]
dl.history("dockerlab/hello-world")
# (not compared: layer IDs and the builder's wording differ between Docker versions)

# %% [markdown]
# The top layers come from `kit/images/hello-world/Dockerfile` (`COPY hello.txt`, then `CMD`);
# the ones below are those of `dockerlab/busybox`, which hello-world is built `FROM`. The
# Engine knows each layer by the digest of its content, so we can check that the base image's
# layers are the bottom of hello-world's:

# %%
base = client.images.get("dockerlab/busybox").attrs["RootFS"]["Layers"]
hello = client.images.get("dockerlab/hello-world").attrs["RootFS"]["Layers"]
len(base), len(hello), hello[:len(base)] == base

# %% [markdown]
# Shared layers are stored once: ten images built on busybox do not hold ten copies of it.

# %%
layers = dl.history("dockerlab/hello-world")
bool(layers["created_by"].str.contains("hello.txt").any()), str(layers["size"].dtype)

# %% [markdown]
# ## A correction: a container is not an image file
#
# The notes say: "image文件生成的容器实例，本身也是一个文件，称为镜像文件" (the container made
# from an image file is itself a file, also called an image file). That is not what Docker does.
# A container is the image's read-only layers **plus one thin writable layer** of its own.
# Everything the container changes goes into that layer; `docker diff` shows it:

# %%
!docker exec nb01-a sh -c 'echo hello > /hello-from-nb01-a.txt && rm /etc/group'
!docker diff nb01-a | sort -k2

# %% [markdown]
# (Sorted by path: the Engine lists changes in no particular order.)
# `A` added, `C` changed (a directory whose contents changed), `D` deleted: the image itself is
# untouched (`/etc/group` is still in it, and in every other container). docker-py:

# %%
sorted((c["Kind"], c["Path"]) for c in client.api.diff("nb01-a"))

# %% [markdown]
# and the dockerlab frame (sorted by path; the Engine lists changes in no particular order):

# %%
changes = dl.diff("nb01-a")
changes

# %% [markdown]
# The writable layer has a size of its own. `docker ps -s` shows it next to the *virtual* size
# (image + writable layer):

# %%
sizes = dl.ps(size=True, filters={"label": "dockerlab.course=01"})
sizes[["NAMES", "SIZE"]].to_dict("list")

# %% [markdown]
# Only `nb01-a` wrote anything, so its writable layer is the largest. (The others are not
# always empty: for a `FROM scratch` image that lacks `/proc`, `/dev`, `/etc/hosts`..., the
# classic image store creates those mount points in the writable layer and counts them.)

# %%
sizes.sort_values("size_rw", ascending=False)["name"].tolist()[0]

# %% [markdown]
# A writable layer can become an image of its own with `docker commit`; the new image is the
# old layers plus one more. (Real images are built from Dockerfiles; this is to see the layers.)

# %%
committed = client.containers.get("nb01-a").commit("dockerlab/nb01-committed", "v1")
new_layers = committed.attrs["RootFS"]["Layers"]
len(new_layers) - len(base), new_layers[:len(base)] == base

# %% [markdown]
# ## Registry, repository, tag
#
# "仓库注册服务器上往往有多个仓库，每个仓库又还有多个镜像，每个镜像又有不同的tag": a
# **registry** (a server) holds **repositories** (`dockerlab/web`), and a repository holds
# images under **tags** (`latest`, `v1`). Docker Hub is a registry; so is the course kit's, on
# this machine:

# %%
registry = dl.kit.registry(client=client)
registry

# %% [markdown]
# `docker search` only works against Docker Hub. A v2 registry such as this one lists its
# repositories at `/v2/_catalog` and each repository's tags at `/v2/<name>/tags/list`;
# `dl.search(..., registry=...)` reads both and shows them in `docker search`'s columns. The
# kit seeded it with its images; here is one repository:

# %%
dl.search("dockerlab/hello-world", registry=registry)

# %% [markdown]
# To put our committed image into the registry, we give it a name that starts with the
# registry's address, then push. The name *is* the address: `127.0.0.1:5000/dockerlab/...`
# goes to this registry, a name without a host goes to Docker Hub.

# %%
!docker tag dockerlab/nb01-committed:v1 {registry}/dockerlab/nb01-committed:v1
!docker push --quiet {registry}/dockerlab/nb01-committed:v1

# %% [markdown]
# With docker-py, push a second tag of the same image and read the digest the registry
# answers with. The Engine streams the same progress lines `docker push` prints; the last
# status line names the tag and the manifest's digest. (The classic image store also sends
# an `aux` message with them; the containerd image store, Docker Desktop's default, does not.)

# %%
client.api.tag("dockerlab/nb01-committed:v1", f"{registry}/dockerlab/nb01-committed", "v2")
pushed = list(client.api.push(f"{registry}/dockerlab/nb01-committed", tag="v2", stream=True,
                              decode=True))
[line["status"].split()[:3] for line in pushed if " digest: " in line.get("status", "")]

# %% [markdown]
# One repository, two tags:

# %%
dl.search("nb01", registry=registry)

# %% [markdown]
# Anyone who can reach this registry can now pull `dockerlab/nb01-committed:v1`. That is
# "仓库可以用来存放镜像，需要的时候直接拉取" in practice; notebook 06 pulls and removes.
#
# ## Summary
#
# | the notes | what the Engine showed |
# |---|---|
# | 容器是镜像的一个实例 | three containers, three IDs, one image ID |
# | 每个容器都是相互隔离的 | a file in one container is absent in the others; separate PIDs and hostnames |
# | image文件生成的容器实例，本身也是一个文件 | **no**: a container is the image's read-only layers plus a writable layer (`docker diff`) |
# | 仓库注册服务器 → 仓库 → tag | registry `127.0.0.1:5000` → repository `dockerlab/nb01-committed` → tags `v1`, `v2` |
#
# ## Exercises
#
# Label everything with `--label dockerlab.course=01`; the cleanup at the end removes it.
#
# **01.1** Start two containers from `dockerlab/busybox`, named `ex01-one` and `ex01-two`, both
# running `sleep 300` in the background.

# %% hidden
!docker run -d --label dockerlab.course=01 --name ex01-one dockerlab/busybox sleep 300
!docker run -d --label dockerlab.course=01 --name ex01-two dockerlab/busybox sleep 300

# %%
dl.check("01.1")

# %% [markdown]
# **01.2** Create a file `/note.txt` in `ex01-one` only, and confirm with `docker diff` that it
# lives in that container's writable layer.

# %% hidden
!docker exec ex01-one sh -c 'echo my note > /note.txt'
!docker diff ex01-one

# %%
dl.check("01.2")

# %% [markdown]
# **01.3** Put `dockerlab/hello-world` into the kit registry as `dockerlab/ex01-hello:v1`.

# %% hidden
!docker tag dockerlab/hello-world {registry}/dockerlab/ex01-hello:v1
!docker push --quiet {registry}/dockerlab/ex01-hello:v1
!docker rmi {registry}/dockerlab/ex01-hello:v1

# %%
dl.check("01.3")

# %% [markdown]
# ## Clean up
#
# Remove everything labelled `dockerlab.course=01` (and the extra names given to kit images),
# nothing else:

# %%
dl.kit.cleanup("01", client=client)

# %% [markdown]
# Next: [02 How Docker works](02-how-docker-works.ipynb).
