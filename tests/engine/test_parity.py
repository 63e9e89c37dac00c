"""Parity with the real docker CLI: the same scenario, the CLI's output, ours, cell by cell.

The scenario covers running, exited (non-zero), created and paused containers; published port
ranges over TCP and UDP; long and non-ASCII commands; names with dots, dashes and underscores;
a container started from an image ID; one image under several tags; a dangling image; and an
image pushed to the kit registry so that it has a digest.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import re
import tarfile
import time

import docker.errors
import pytest

import dockerlab as dl
from tests.conftest import docker_cli

pytestmark = pytest.mark.engine

SECTION = "test-parity"
LABEL = f"dockerlab.course={SECTION}"
FILTER = {"label": LABEL}


def _context(dockerfile: str) -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        data = dockerfile.encode()
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    return buf


def _build(api, tag: str, dockerfile: str) -> str:
    for _ in api.build(
        fileobj=_context(dockerfile),
        custom_context=True,
        tag=tag,
        rm=True,
        labels={"dockerlab.course": SECTION},
        decode=True,
    ):
        pass
    return api.inspect_image(tag)["Id"]


@pytest.fixture(scope="module")
def scenario(kit_ready, api):
    images = []
    containers = []
    base = _build(
        api,
        "dockerlab/parity:one",
        "FROM dockerlab/busybox\nRUN echo layer > /layer.txt\n"
        'LABEL tier="parity"\nCMD ["sleep", "1000"]\n',
    )
    images.append("dockerlab/parity:one")
    for repo, tag in (("dockerlab/parity", "two"), ("dockerlab/parity-alias", "x")):
        api.tag(base, repo, tag)
        images.append(f"{repo}:{tag}")
    # a dangling image: the same tag built twice
    dangling = _build(api, "dockerlab/parity-dangle:1", "FROM dockerlab/busybox\nENV V=1\n")
    _build(api, "dockerlab/parity-dangle:1", "FROM dockerlab/busybox\nENV V=2\n")
    images += ["dockerlab/parity-dangle:1", dangling]
    # pushed to the kit registry: a digest
    pushed = f"{dl.kit.registry()}/test/parity-pushed"
    api.tag(base, pushed, "v1")
    list(api.push(pushed, tag="v1", stream=True, decode=True))
    images.append(f"{pushed}:v1")

    def run(name, image, command=None, *, start=True, **kwargs):
        host_config = api.create_host_config(**kwargs.pop("host", {}))
        cid = api.create_container(
            image,
            command=command,
            name=name,
            labels={"dockerlab.course": SECTION},
            host_config=host_config,
            **kwargs,
        )["Id"]
        containers.append(cid)
        if start:
            api.start(cid)
        return cid

    # a range published on the same host ports (merged by the CLI), one moved UDP port, and
    # an exposed port that is not published
    run(
        "parity-web.1_a-b",
        "dockerlab/web",
        ports=[(17000, "tcp"), (17001, "tcp"), (17002, "tcp"), (53, "udp"), 80],
        host={
            "port_bindings": {
                "17000/tcp": ("127.0.0.1", 17000),
                "17001/tcp": ("127.0.0.1", 17001),
                "17002/tcp": ("127.0.0.1", 17002),
                "53/udp": ("127.0.0.1", 17053),
            }
        },
    )
    exited = run("parity-exit", "dockerlab/busybox", ["sh", "-c", "echo out; echo err >&2; exit 3"])
    run("parity-created", "dockerlab/busybox", ["true"], start=False)
    paused = run("parity-paused", "dockerlab/busybox", ["sleep", "1000"])
    api.pause(paused)
    run(
        "parity-long",
        "dockerlab/busybox",
        ["sh", "-c", "echo this is a very long command line that goes on and on; sleep 1000"],
    )
    run("parity-unicode", "dockerlab/busybox", ["sh", "-c", "echo 你好，世界; sleep 1000"])
    run("parity-by-id", base, ["sleep", "1000"])
    api.wait(exited)
    time.sleep(1)
    yield {"base": base, "pushed": pushed}
    for cid in containers:
        with contextlib.suppress(docker.errors.NotFound):
            api.remove_container(cid, force=True)
    for ref in images + [
        f"{pushed}@{d.split('@')[1]}"
        for d in api.inspect_image(base).get("RepoDigests", [])
        if d.startswith(pushed)
    ]:
        with contextlib.suppress(docker.errors.APIError):
            api.remove_image(ref, force=True)


@functools.cache
def cli_pads_by_runes() -> bool:
    """docker CLIs before 23 pad a cell holding wide (CJK) characters by its rune count, not
    its display width (measured with Debian 12's CLI 20.10). dockerlab follows the current CLI,
    so against an older one the cells are compared but not their padding."""
    version = docker_cli("version", "--format", "{{.Client.Version}}", check=False).stdout
    match = re.match(r"(\d+)\.", version)
    return bool(match) and int(match.group(1)) < 23


def _unpadded(text: str) -> str:
    return re.sub(r" {2,}", "  ", text) if cli_pads_by_runes() else text


def _rows_sorted(text: str) -> str:
    """The table's rows in sorted order, under its heading if it has one (``-q`` has none)."""
    lines = text.splitlines()
    head = lines[:1] if lines and lines[0].isupper() else []
    return "\n".join([*head, *sorted(lines[len(head) :])])


def eventually_same(cli_args, ours, *, sort=False, attempts=6):
    """The CLI's stdout and our text, equal on some attempt (times tick between the calls)."""
    for _ in range(attempts):
        expected = _unpadded(docker_cli(*cli_args).stdout.rstrip("\n"))
        actual = _unpadded(ours())
        if sort:
            expected, actual = _rows_sorted(expected), _rows_sorted(actual)
        if expected == actual:
            return
        time.sleep(0.3)
    assert actual == expected


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        (["ps", "-a"], {"all": True}),
        (["ps"], {}),
        (["ps", "-a", "--no-trunc"], {"all": True, "no_trunc": True}),
        (["ps", "-a", "-q"], {"all": True, "quiet": True}),
        (["ps", "-n", "2"], {"n": 2}),
        (["ps", "-l"], {"latest": True}),
        (["ps", "-a", "-s"], {"all": True, "size": True}),
        (["ps", "-a", "--filter", "status=exited"], {"all": True, "filters": {"status": "exited"}}),
    ],
)
def test_ps_text_is_the_cli_text(scenario, cli, kwargs):
    filters = {**FILTER, **kwargs.pop("filters", {})}
    eventually_same(
        [*cli, "--filter", f"label={LABEL}"], lambda: dl.ps(filters=filters, **kwargs).to_cli()
    )


def test_ps_every_cell_matches_the_cli_json(scenario):
    fields = {
        "ID": "CONTAINER ID",
        "Image": "IMAGE",
        "Command": "COMMAND",
        "RunningFor": "CREATED",
        "Status": "STATUS",
        "Ports": "PORTS",
        "Names": "NAMES",
    }
    for _ in range(6):
        lines = docker_cli(
            "ps", "-a", "--filter", f"label={LABEL}", "--format", "{{json .}}"
        ).stdout.splitlines()
        frame = dl.ps(all=True, filters=FILTER)
        cli_rows = [{f: json.loads(line)[f] for f in fields} for line in lines]
        our_rows = [{f: row[c] for f, c in fields.items()} for _, row in frame.iterrows()]
        if cli_rows == our_rows:
            break
        time.sleep(0.3)
    assert our_rows == cli_rows
    assert len(our_rows) == 7
    states = dict(zip(frame["name"], frame["state"], strict=True))
    assert states["parity-paused"] == "paused" and states["parity-created"] == "created"
    exited = frame[frame["name"] == "parity-exit"].iloc[0]
    assert exited["exit_code"] == 3
    assert (
        "127.0.0.1:17000-17002->17000-17002/tcp"
        in frame[frame["name"] == "parity-web.1_a-b"]["PORTS"].iloc[0]
    )
    assert frame[frame["name"] == "parity-by-id"]["IMAGE"].iloc[0] == scenario["base"][7:19]


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        (["images"], {}),
        (["images", "--digests"], {"digests": True}),
        (["images", "--no-trunc"], {"no_trunc": True}),
        (["images", "-q"], {"quiet": True}),
        (["images", "-a"], {"all": True}),
        (
            ["images", "--digests", "-a", "--no-trunc"],
            {"digests": True, "all": True, "no_trunc": True},
        ),
    ],
)
def test_images_text_is_the_cli_text(scenario, cli, kwargs):
    # rows of one image with several tags come in the CLI's (random) map order: compare sorted
    eventually_same(
        [*cli, "--filter", f"label={LABEL}"],
        lambda: dl.images(filters=FILTER, **kwargs).to_cli(),
        sort=True,
    )


def test_images_by_repository(scenario):
    eventually_same(
        ["images", "dockerlab/parity"], lambda: dl.images("dockerlab/parity").to_cli(), sort=True
    )


def test_images_show_dangling_and_digest_rows(scenario):
    frame = dl.images(filters=FILTER, digests=True)
    assert ("<none>", "<none>") in set(zip(frame["REPOSITORY"], frame["TAG"], strict=True))
    pushed = frame[frame["REPOSITORY"] == scenario["pushed"]]
    if dl.image_store() == "classic":
        assert pushed["DIGEST"].str.startswith("sha256:").all()
    else:
        # the containerd store gives every image its manifest digest from the start, and
        # shows it on the local names rather than on the registry's (so does the CLI)
        assert frame["DIGEST"].str.startswith("sha256:").any()
    assert frame["dangling"].sum() == 1


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        ([], {}),
        (["--no-trunc"], {"no_trunc": True}),
        (["--human=false"], {"human": False}),
    ],
)
def test_history_text_is_the_cli_text(scenario, cli, kwargs):
    eventually_same(
        ["history", *cli, "dockerlab/parity:one"],
        lambda: dl.history("dockerlab/parity:one", **kwargs).to_cli(),
    )


@pytest.mark.parametrize("ps_args", [None, "-o pid,user,args", "aux"])
def test_top_text_is_the_cli_text(scenario, ps_args):
    args = ps_args.split() if ps_args else []
    eventually_same(
        ["top", "parity-unicode", *args], lambda: dl.top("parity-unicode", ps_args).to_cli()
    )


@pytest.mark.parametrize(
    ("cli", "kwargs"),
    [
        ([], {}),
        (["-t"], {"timestamps": True}),
        (["--tail", "1"], {"tail": 1}),
        (["-t", "--tail", "0"], {"timestamps": True, "tail": 0}),
    ],
)
def test_logs_are_the_cli_streams(scenario, cli, kwargs):
    # the CLI writes the container's stdout to its stdout and stderr to its stderr
    result = docker_cli("logs", *cli, "parity-exit")
    frame = dl.logs("parity-exit", **kwargs)
    for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
        assert frame[frame["stream"] == stream].to_cli().splitlines() == text.splitlines()
    frame = dl.logs("parity-exit")
    # two pipes, copied by two goroutines: the Engine does not promise their relative order
    pairs = sorted(zip(frame["stream"], frame["line"], strict=True))
    assert pairs == [("stderr", "err"), ("stdout", "out")]


def test_stats_names_and_pids_match_the_cli(scenario):
    names = ["parity-web.1_a-b", "parity-unicode"]
    ours = dl.stats(names)
    lines = docker_cli("stats", "--no-stream", "--format", "{{json .}}", *names).stdout
    cli = [json.loads(line) for line in lines.splitlines()]
    assert ours["NAME"].tolist() == [c["Name"] for c in cli]
    assert ours["CONTAINER ID"].tolist() == [c["ID"] for c in cli]
    assert ours["PIDS"].tolist() == [c["PIDs"] for c in cli]
    limits = [c["MemUsage"].split(" / ")[1] for c in cli]
    assert [m.split(" / ")[1] for m in ours["MEM USAGE / LIMIT"]] == limits
    assert ours.columns[:8].tolist() == [
        "CONTAINER ID",
        "NAME",
        "CPU %",
        "MEM USAGE / LIMIT",
        "MEM %",
        "NET I/O",
        "BLOCK I/O",
        "PIDS",
    ]


def test_search_the_kit_registry(scenario):
    frame = dl.search("parity", registry=dl.kit.registry())
    # the registry keeps what earlier runs pushed: look for this run's repository
    row = frame[frame["NAME"] == scenario["pushed"]]
    assert row["tags"].tolist() == [["v1"]]
    assert all("parity" in name for name in frame["NAME"])
