# %% [markdown]
# # 05 · Help commands: `docker version`, `docker info`, `docker --help`
#
# > ## 帮助命令
# >     - docker version
# >     - docker info
# >     - docker --help
#
# Three commands to ask Docker about itself. `version` and `info` ask the **Engine** (they are
# API requests, `GET /version` and `GET /info`); `--help` asks the **client** (the CLI knows
# its own commands; the Engine has no help endpoint). We run each, then turn each answer into
# a table you can search.

# %%
import dockerlab as dl

client = dl.connect()
dl.kit.cleanup("05", client=client)  # in case an earlier run was interrupted
bool(dl.kit.up(client=client)["ok"].all())

# %% [markdown]
# ## `docker version`
#
# Two sections: the client you typed the command into, and the server (the Engine and its
# components). Your numbers will differ from these:

# %% tags=["nbval-ignore-output"]
!docker version
# (not compared: every machine has its own versions)

# %% [markdown]
# `--format` picks fields out with a Go template (in a notebook, `!` commands need the braces
# doubled; see notebook 02):

# %%
!docker version --format '{{{{.Server.Os}}}}/{{{{.Server.Arch}}}}'

# %% [markdown]
# docker-py returns the Engine's half as a dict; `dl.version()` is the same dict, shown the
# way `docker version` prints it, with this client's side (docker-py and its negotiated API
# version) on top:

# %% tags=["nbval-ignore-output"]
version = dl.version(client=client)
version  # (not compared: versions)

# %% [markdown]
# The Engine is made of components; each has its own version:

# %%
[component["Name"] for component in version["Components"]][:3]

# %% [markdown]
# Client and server talk through a shared **API version**. The client asks for its own version
# and steps down when the server is older ("downgraded from" in the output above). docker-py
# negotiates the same way:

# %%
client.api.api_version == version["ApiVersion"]

# %% [markdown]
# ## `docker info`
#
# Everything the Engine knows about itself: how many containers and images it holds, its
# storage driver, its kernel, the registries it trusts.

# %% tags=["nbval-ignore-output"]
!docker info
# (not compared: counts, drivers and hardware differ everywhere)

# %% [markdown]
# The same as a dict with docker-py, `client.info()`, and as dockerlab's Document, which is that
# dict and displays like `docker info`:

# %%
info = dl.info(client=client)
info["OSType"], info["NCPU"] > 0, info["ContainersRunning"] >= 1

# %% [markdown]
# (At least one container runs: the course kit's registry.) Flattened into rows, the whole
# answer is a frame you can search. How many settings does the Engine report?

# %%
settings = info.to_frame()
len(settings) > 40, settings.columns.tolist()

# %% [markdown]
# Search it like any DataFrame, say for everything about registries:

# %%
registry_rows = settings[settings["KEY"].str.startswith("RegistryConfig.")]
"RegistryConfig.InsecureRegistryCIDRs" in set(registry_rows["KEY"])

# %% [markdown]
# ## `docker --help`
#
# The CLI lists its commands in groups ("Common Commands", "Management Commands", "Commands"...
# newer versions add groups). `dl.cli_help()` runs `docker --help` and turns the text into
# rows:

# %% tags=["nbval-ignore-output"]
!docker --help | head -20
# (not compared: the list grows with every docker release)

# %%
commands = dl.cli_help()
groups = set(commands["GROUP"])
{"Management Commands", "Commands"} <= groups, len(commands) > 40

# %% [markdown]
# The commands these notes use are all there:

# %%
used = ["version", "info", "images", "search", "pull", "rmi", "run", "ps", "inspect",
        "start", "rm", "attach", "logs", "top", "exec", "stop", "kill"]
[c for c in used if c not in set(commands["NAME"])]

# %% [markdown]
# (an empty list: none missing). Every command has its own `--help`, with its usage line, its
# aliases and its options:

# %%
run_help = dl.cli_help("run")
run_help[run_help["GROUP"] == "Usage"]["NAME"].tolist()

# %% [markdown]
# Help answers questions. Which option of `docker run` sets an environment variable?

# %%
run_help[run_help["DESCRIPTION"].str.contains("environment variable")]["NAME"].tolist()

# %% [markdown]
# And which options of `docker ps` exist? (Compare with the notes' `-a`, `-l`, `-q` in
# notebook 07.)

# %%
ps_options = dl.cli_help("ps")
sorted(n.split(",")[0] for n in ps_options[ps_options["GROUP"] == "Options"]["NAME"])[:6]

# %% [markdown]
# ## Summary
#
# | command | asks | API | dockerlab |
# |---|---|---|---|
# | `docker version` | client and Engine | `GET /version` | `dl.version()` |
# | `docker info` | Engine | `GET /info` | `dl.info()`, `.to_frame()` |
# | `docker --help` | client only | none | `dl.cli_help()` |
#
# ## Exercises
#
# Use `--help` (or `dl.cli_help(...)`) to find the options you need.
#
# **05.1** Start a container `ex05-size` (label `dockerlab.course=05`) that writes a 1 MB file
# and exits. Then find the `docker ps` option that shows a container's size, and look at it.

# %% hidden
!docker run --label dockerlab.course=05 --name ex05-size dockerlab/busybox dd if=/dev/zero of=/big bs=1M count=1 2> /dev/null
!docker ps -a -s --filter name=ex05-size --format '{{{{.Names}}}}: {{{{.Size}}}}'

# %%
dl.check("05.1")

# %% [markdown]
# **05.2** Find the `docker run` option that sets an environment variable, and run a container
# `ex05-env` whose `GREETING` is `hello` and which prints its environment (`env`).

# %% hidden
!docker run --label dockerlab.course=05 --name ex05-env -e GREETING=hello dockerlab/busybox env | grep GREETING

# %%
dl.check("05.2")

# %% [markdown]
# ## Clean up

# %%
dl.kit.cleanup("05", client=client)

# %% [markdown]
# Next: [06 Image commands](06-image-commands.ipynb).
