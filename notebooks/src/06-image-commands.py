# %% [markdown]
# # 06 · Image commands: `images`, `search`, `pull`, `rmi`
#
# > ## 镜像命令
# > -docker images 列出所有镜像
# >     - a 列出全部镜像 **含中间镜像层**
# >     - q 只显示全部镜像的id
# >     - qa 两者结合 返回ID
# >     - --digests 显示摘要信息
# >     - --no-trunc 显示完整的id 没有截取显示
# > - docker search xxxx
# >     - -s 30 根据星数超过30来筛选
# >     - --no-trunc 显示完整的description
# >     -  --automated 只列出自动构建类型的镜像
# >     - 三个可以结合使用
# > - docker pull xxx
# >     - docker pull xxx : 自定义tag名字
# >     - 如果不带tag制定特定版本，默认就是latest的版本
# > - docker rmi xxxx ：TAG
# >     - 如果没有标识tag版本，默认删除最新的latest
# >     - -f 镜像名
# >     - -f 删除多个 镜像1：TAG 镜像2：TAG 镜像名中间加空格
# >     - 删除全部 docker rmi -f $(docker images -qa)
#
# Four commands, run against this machine's Engine and the course kit's registry. Two flags in
# the notes no longer exist (`search -s`, `search --automated`): we run them, read the error,
# and use what replaced them. And the "delete everything" one-liner does exactly that to a real
# machine, so we run it **scoped to this notebook's images**.

# %%
import io
import time

import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("06", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# We build two small images of our own for this notebook, labelled `dockerlab.course=06`, so that
# every listing below can be narrowed to them (your own images stay out of the tables):

# %%
def build(tag, text):
    dockerfile = io.BytesIO(f"FROM dockerlab/busybox\nRUN echo {text} > /version\n".encode())
    image, _ = client.images.build(fileobj=dockerfile, tag=tag, rm=True,
                                   labels={"dockerlab.course": "06"})
    return image


app = build("dockerlab/nb06-app:1.0", "1.0")
app.tag("dockerlab/nb06-app", "latest")
time.sleep(1)  # a second apart, so that "newest first" puts them in one order every time
tool = build("dockerlab/nb06-tool:2.3", "tool")
sorted(app.tags), tool.tags

# %% [markdown]
# ## `docker images`
#
# One row per repository and tag. `nb06-app:1.0` and `nb06-app:latest` are *one* image (the
# same IMAGE ID) with two names:

# %%
!docker images --filter label=dockerlab.course=06

# %% [markdown]
# docker-py's low-level call returns the Engine's JSON, one entry per image (not per tag):

# %%
[sorted(i["RepoTags"]) for i in client.api.images(filters={"label": "dockerlab.course=06"})]

# %% [markdown]
# dockerlab gives the CLI's table, one row per tag:

# %%
course_images = dl.images(filters={"label": "dockerlab.course=06"})
course_images

# %% [markdown]
# ### `-q`: only IDs
#
# One ID per row, so an image with two tags appears twice:

# %%
!docker images -q --filter label=dockerlab.course=06

# %%
ids = dl.images(quiet=True, filters={"label": "dockerlab.course=06"})
len(ids), ids["IMAGE ID"].nunique()

# %% [markdown]
# ### `-a`: intermediate images too (含中间镜像层)
#
# The classic builder keeps an image for every build step; `-a` lists those *intermediate
# images* as `<none>` rows. (With BuildKit or the containerd image store there are none, which
# is why this table is not compared between machines.)

# %% tags=["nbval-ignore-output"]
everything = dl.images(all=True)
everything[everything["REPOSITORY"] == "<none>"].head(3)
# (not compared: how many intermediate images exist depends on the builder)

# %% [markdown]
# `-qa` combines both: the IDs of all images, intermediate ones included. That is the list the
# notes' "delete all" command feeds to `rmi` (below).
#
# ### `--digests` and `--no-trunc`
#
# A *digest* (`sha256:...`) names an image's content in a registry. With the classic image
# store an image built here has none until it is pushed (`<none>`); the containerd image store
# (Docker Desktop's default, and new installs from Engine 29) names every image by its manifest
# digest from the start. Which store this Engine uses, and what it shows:

# %% tags=["nbval-ignore-output"]
dl.image_store(), dl.images("dockerlab/nb06-app", digests=True)[["TAG", "DIGEST"]].to_dict("list")

# %% [markdown]
# Push `1.0` to the kit's registry; the registry's digest comes back:

# %%
registry = dl.kit.registry(client=client)
for tag in ("1.0", "latest"):
    client.api.tag("dockerlab/nb06-app", f"{registry}/dockerlab/nb06-app", tag)
    !docker push --quiet {registry}/dockerlab/nb06-app:{tag}

# %%
!docker images --digests {registry}/dockerlab/nb06-app

# %% [markdown]
# `--no-trunc` shows whole IDs (`sha256:` and 64 hex digits) instead of the first 12:

# %%
full = dl.images("dockerlab/nb06-tool", no_trunc=True)
full["IMAGE ID"].tolist(), len(full["IMAGE ID"][0])

# %% [markdown]
# ## `docker search`: two flags are gone
#
# The notes filter Docker Hub's search with `-s 30` (at least 30 stars) and `--automated`.
# Both were removed from the CLI (deprecated in Docker 1.12, removed later); the CLI rejects
# them before asking anything:

# %%
!docker search -s 30 busybox 2>&1 | head -1

# %%
!docker search --automated busybox 2>&1 | head -1

# %% [markdown]
# The replacement is `--filter` (`-f`): `--filter stars=30`, `--filter is-official=true`.
# `--no-trunc` still works. Docker Hub needs internet, and this course asks it only when you
# allow it (`DOCKERLAB_HUB=1` in the environment that started Jupyter): it works offline, and
# its tests never leave this machine.

# %% tags=["nbval-ignore-output"]
if dl.kit.hub_allowed():
    !docker search --filter stars=30 --limit 5 busybox
else:
    print("not asking Docker Hub (set DOCKERLAB_HUB=1 to allow it); the command is\n"
          "  docker search --filter stars=30 --limit 5 busybox")
# (not compared: Docker Hub's answer depends on the day)

# %% [markdown]
# `dl.search("busybox", stars=30)` sends the same request (`GET /images/search` with
# `filters={"stars": ["30"]}`); with no internet it raises `RegistryUnavailable`, whose hint
# says what to do instead.

# %% tags=["nbval-ignore-output"]
if dl.kit.hub_allowed():
    try:
        hits = dl.search("busybox", stars=30, limit=5)
    except dl.RegistryUnavailable as error:
        hits = error.hint
else:
    hits = "not asking Docker Hub"
hits  # (not compared: online you get Docker Hub's results)

# %% [markdown]
# A v2 registry like the kit's has no search endpoint at all. Its catalog lists repositories
# and each repository lists its tags; `dl.search(..., registry=...)` reads both:

# %%
dl.search("nb06", registry=registry)

# %% [markdown]
# ## `docker pull`: the default tag is `latest`
#
# Take the `nb06-app` names off this machine, so that pulling really fetches something:

# %%
!docker rmi {registry}/dockerlab/nb06-app:1.0 {registry}/dockerlab/nb06-app:latest dockerlab/nb06-app:latest dockerlab/nb06-app:1.0 > /dev/null
dl.images("dockerlab/nb06-app").empty

# %% [markdown]
# First with a tag (`name:TAG`): exactly that tag. The course's pull widget shows each layer
# being downloaded and extracted, as the CLI does in a terminal; `.wait()` returns the image:

# %%
progress = dl.pull(f"{registry}/dockerlab/nb06-app:1.0")
progress

# %%
pulled = progress.wait()
pulled.tags

# %% [markdown]
# The widget keeps what it showed, per layer. Every layer ends as "Already exists" (it was
# here, from `dockerlab/busybox`), "Download complete" or "Pull complete"; which of these words
# you see depends on the Engine's image store, so the check is that every layer finished:

# %%
set(progress.layers["status"]) <= {"Already exists", "Download complete", "Pull complete"}

# %% [markdown]
# "如果不带tag制定特定版本，默认就是latest的版本": without a tag, the CLI asks for `latest` and
# says so (the layer-by-layer lines are left out here):

# %%
!docker pull {registry}/dockerlab/nb06-app | grep -E "default tag|Pulling from|Digest|Status|^127"

# %% [markdown]
# docker-py does the same with `client.images.pull(repository, tag)`; `1.0` and `latest` name
# one image (we pushed one image twice):

# %%
latest = client.images.pull(f"{registry}/dockerlab/nb06-app", tag="latest")
latest.id == pulled.id

# %% [markdown]
# ## `docker rmi`
#
# "如果没有标识tag版本，默认删除最新的latest": without a tag, `rmi` removes the `latest` tag,
# and only that tag. The image stays while another tag names it:

# %%
!docker rmi {registry}/dockerlab/nb06-app

# %%
dl.images(f"{registry}/dockerlab/nb06-app")["TAG"].tolist()

# %% [markdown]
# `rmi` refuses to remove an image a container uses, even a stopped one. `-f` forces it: the
# name goes and, when no *running* container uses the image, its record too. The container
# keeps working on the layers it already has, and is shown by image ID from then on.

# %%
!docker create --label dockerlab.course=06 --name nb06-user dockerlab/nb06-tool:2.3 > /dev/null
!docker rmi dockerlab/nb06-tool:2.3 2>&1 | sed 's/[0-9a-f]\{12\}/<ID>/g'

# %%
!docker rmi -f dockerlab/nb06-tool:2.3 | grep Untagged

# %% [markdown]
# (The classic image store keeps the image's record while a container uses it; the containerd
# store also prints `Deleted:` lines for it, and the container keeps its own snapshot.)

# %%
user = dl.ps(all=True, filters={"name": "nb06-user"})
user["IMAGE"].tolist() == [tool.id[7:19]], user["state"].tolist()

# %% [markdown]
# Several images at once: list them, separated by spaces (docker-py:
# `client.images.remove(name)` once per name):

# %%
app.tag("dockerlab/nb06-app", "a")
app.tag("dockerlab/nb06-app", "b")
!docker rmi dockerlab/nb06-app:a dockerlab/nb06-app:b

# %% [markdown]
# ### "Delete all images": the scoped version
#
# The notes' `docker rmi -f $(docker images -qa)` removes **every image on the machine** (those
# in use only lose their names): your own, other projects', the course kit's. Never run it on a
# machine whose images you care about.
#
# The same idea, limited to what this notebook built: `$(...)` becomes the IDs of images labelled
# `dockerlab.course=06`.

# %%
!docker images --filter label=dockerlab.course=06 --filter dangling=false --format '{{{{.Repository}}}}:{{{{.Tag}}}}' | sort

# %% [markdown]
# `-qa` gives their IDs, plus the untagged ones (`dangling=false` left those out above: the
# intermediate images a classic-store build leaves, or what `rmi -f` untagged while a container
# still used it); `sort -u` lists an image under two names once:

# %%
!docker rmi -f $(docker images -qa --filter label=dockerlab.course=06 | sort -u) > /dev/null 2>&1; echo done

# %%
dl.images(filters={"label": "dockerlab.course=06"}).empty, dl.images("dockerlab/busybox").empty

# %% [markdown]
# Our images are gone; the kit's `dockerlab/busybox`, which they were built on, is still here.
#
# ## Exercises
#
# **06.1** Pull `dockerlab/hello-world` from the kit registry without giving a tag, then give the
# pulled image a second name, `dockerlab/ex06-hello:v1`.

# %% hidden
!docker pull --quiet {registry}/dockerlab/hello-world
!docker tag {registry}/dockerlab/hello-world dockerlab/ex06-hello:v1

# %%
dl.check("06.1")

# %% [markdown]
# **06.2** Remove both names from exercise 06.1 with one `docker rmi`.

# %% hidden
!docker rmi {registry}/dockerlab/hello-world dockerlab/ex06-hello:v1

# %%
dl.check("06.2")

# %% [markdown]
# ## Clean up

# %%
dl.kit.cleanup("06", client=client)

# %% [markdown]
# Next: [07 Container commands](07-container-commands.ipynb).
