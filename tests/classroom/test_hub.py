"""The classroom on this host: a hub with three learners, each with their own Docker Engine.

Runs with ``-m classroom`` (``.ci/run`` does). Needs the classroom extra, npm's
configurable-http-proxy and the learner image (built here from this checkout; the first
build needs Debian's archive and PyPI). Every port is picked free; ``down`` must leave
nothing behind.
"""

from __future__ import annotations

import re
import shutil
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.classroom, pytest.mark.timeout(1800)]

pytest.importorskip("dockerspawner")
requests = pytest.importorskip("requests")

from dockerlab.classroom import hub, networks, state, status  # noqa: E402
from dockerlab.classroom.recipe import IMAGE  # noqa: E402

NOTEBOOK = "07-container-commands.ipynb"


@pytest.fixture(scope="module")
def image(api: Any) -> str:
    """The learner image, built from this checkout: the first build takes minutes, a rebuild
    after a change only its last layers, and an unchanged one is a cache hit. (Reusing an
    image built from an older checkout tested that checkout's notebooks, not these.)"""
    from dockerlab.classroom.image import build

    build(api)
    return IMAGE


@pytest.fixture(scope="module")
def room(api: Any, image: str, tmp_path_factory: pytest.TempPathFactory):
    if not shutil.which("configurable-http-proxy"):
        pytest.fail(
            "configurable-http-proxy is missing: npm install -g configurable-http-proxy@5",
            pytrace=False,
        )
    where = tmp_path_factory.mktemp("classroom") / "state"
    settings = hub.up(
        api, learners=3, state=where, port=state.free_port(), memory="1536M", cpus=1.0, pids=1024
    )
    try:
        yield settings
    finally:
        # keep the hub's log for a failure's post-mortem (down removes the state)
        if (where / "jupyterhub.log").exists():
            shutil.copy(where / "jupyterhub.log", where.parent / "jupyterhub.log")
        hub.down(api, where)  # again, if the last test did not get that far


def login(
    settings: state.Settings, name: str, password: str, next_url: str = ""
) -> requests.Session:
    """Log in through the proxy, as a browser does (the form and its _xsrf field)."""
    session = requests.Session()
    form = session.get(f"{settings.url}/hub/login", timeout=30)
    xsrf = re.search(r'name="_xsrf"[^>]*value="([^"]+)"', form.text)
    data = {"username": name, "password": password, **({"_xsrf": xsrf[1]} if xsrf else {})}
    answer = session.post(
        f"{settings.url}/hub/login?next={next_url}", data=data, allow_redirects=False, timeout=30
    )
    assert answer.status_code == 302, (name, answer.status_code, answer.text[:300])
    return session


def in_learner(api: Any, user: str, command: str, root: bool = False) -> tuple[int, str]:
    """Run a shell command in a learner's container (as the learner, in a login shell, as
    in JupyterLab's terminal)."""
    exec_id = api.exec_create(
        status.container_name(user),
        ["bash", "-lc", command],
        user="root" if root else "learner",
        workdir="/home/learner",
    )
    output = api.exec_start(exec_id).decode(errors="replace")
    return int(api.exec_inspect(exec_id)["ExitCode"]), output


def inner_names(api: Any, user: str) -> dict[str, str]:
    code, out = in_learner(api, user, "docker ps -a --format '{{.Names}} {{.ID}}'")
    assert code == 0, out
    return dict(line.split() for line in out.splitlines() if line.strip())


def test_the_class(api: Any, room: state.Settings) -> None:
    learners = room.learners
    assert learners == ["learner01", "learner02", "learner03"]

    # Each learner logs in through the proxy over HTTP on 127.0.0.1 and gets a JupyterLab.
    sessions = {name: login(room, name, room.password) for name in learners}
    assert room.url.startswith("http://127.0.0.1:")
    wrong = requests.post(
        f"{room.url}/hub/login",
        data={"username": "learner01", "password": "not-it-at-all"},
        allow_redirects=False,
        timeout=30,
    )
    assert wrong.status_code != 302
    took = hub.prespawn(room)  # the whole class, one call
    assert sorted(took) == learners
    for name, session in sessions.items():
        lab = session.get(f"{room.url}/user/{name}/lab", timeout=60)
        assert lab.status_code == 200 and "JupyterLab" in lab.text, name
        other = next(n for n in learners if n != name)
        assert "JupyterLab" not in session.get(f"{room.url}/user/{other}/lab", timeout=60).text

    # Limits, volumes and one network per learner.
    info = api.inspect_container(status.container_name("learner01"))
    assert info["HostConfig"]["Memory"] == 1536 * 2**20
    assert info["HostConfig"]["CpuQuota"] == 100_000
    assert info["HostConfig"]["PidsLimit"] == 1024
    mounts = {m["Destination"]: m.get("Name") for m in info["Mounts"]}
    assert mounts["/home/learner"] == "dockerlab-classroom-home-learner01"
    assert mounts["/var/lib/docker"] == "dockerlab-classroom-engine-learner01"
    assert list(info["NetworkSettings"]["Networks"]) == [networks.network_name("learner01")]

    # Learners cannot reach each other's servers; they reach the hub.
    other = api.inspect_container(status.container_name("learner02"))
    other_ip = other["NetworkSettings"]["Networks"][networks.network_name("learner02")]["IPAddress"]
    probe = (
        "python -c 'import socket,sys; socket.create_connection((sys.argv[1], "
        "int(sys.argv[2])), 3)' {} {}"
    )
    code, _out = in_learner(api, "learner01", probe.format(other_ip, 8888))
    assert code != 0, "learner01 reached learner02's server"
    code, out = in_learner(
        api, "learner01", probe.format(networks.gateway(room.subnet, 0), room.hub_port)
    )
    assert code == 0, out

    # A course notebook in two learners at the same time: the same container names in both
    # engines, no conflict, and neither sees the other's containers.
    def run(user: str) -> tuple[int, str]:
        return in_learner(
            api,
            user,
            "cd /tmp && python -m pytest -q -p no:cacheprovider "
            "--nbval --nbval-sanitize-with /opt/dockerlab-course/"
            f"nbval-sanitize.cfg /opt/dockerlab-course/zh/{NOTEBOOK}",
        )

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, ["learner01", "learner02"]))
    for code, out in results:
        assert code == 0, out[-3000:]
    one, two = inner_names(api, "learner01"), inner_names(api, "learner02")
    assert one["dockerlab-registry"] != two["dockerlab-registry"]  # two engines
    code, out = in_learner(
        api,
        "learner01",
        "docker run --name nb07-mine dockerlab/busybox true && docker ps -a --format '{{.Names}}'",
    )
    assert code == 0 and "nb07-mine" in out
    assert "nb07-mine" not in inner_names(api, "learner02")
    # the course registry is on each learner's own 127.0.0.1
    code, out = in_learner(
        api,
        "learner02",
        "python -c 'import urllib.request as u; print("
        'u.urlopen("http://127.0.0.1:5000/v2/_catalog", timeout=5).read()'
        ".decode())'",
    )
    assert code == 0 and "dockerlab/busybox" in out, out

    # learner01 solves exercise 07.1; the instructor's view shows it for learner01 only.
    code, out = in_learner(
        api,
        "learner01",
        "docker run --name ex07-hello dockerlab/hello-world && docker start -a ex07-hello",
    )
    assert code == 0, out
    table = status.status(api, room)
    by_name = {n: p for n, p in zip(table["name"], table["passed"], strict=True)}
    assert by_name["learner01"]["07.1"] is True
    assert by_name["learner02"]["07.1"] is False and by_name["learner03"]["07.1"] is False
    rows = dict(zip(table["name"], table["07"], strict=True))
    assert rows["learner01"].startswith("1/") and rows["learner02"].startswith("0/")
    assert set(table["server"]) == {"ready", "stopped"}  # the instructor has not spawned
    assert list(table["engine"])[:3] == [True, True, True]

    # ... and so does the hub's page, for the instructor and for no learner.
    admin = login(room, room.instructor, room.admin_password, "/services/classroom/")
    page = admin.get(f"{room.url}/services/classroom/", timeout=120)
    assert page.status_code == 200 and "learner01" in page.text, page.text[:500]
    assert re.search(r"learner01.*?1/\d", page.text, re.S)
    denied = sessions["learner01"].get(f"{room.url}/services/classroom/", timeout=60)
    assert denied.status_code in (403, 404) or "learner03" not in denied.text

    # Reset learner02's engine: their containers go, their files stay, the kit is back.
    code, _ = in_learner(
        api,
        "learner02",
        "echo mine > /home/learner/notes.txt && docker create --name ex07-keep dockerlab/busybox",
    )
    assert code == 0
    start = time.monotonic()
    assert status.reset_engine(api, room, "learner02") is True
    reset_seconds = time.monotonic() - start
    code, out = in_learner(api, "learner02", "cat /home/learner/notes.txt")
    assert (code, out.strip()) == (0, "mine")
    after = inner_names(api, "learner02")
    assert "ex07-keep" not in after and "dockerlab-registry" in after
    assert "ex07-hello" in inner_names(api, "learner01")  # nobody else's engine was touched
    print(f"spawn seconds {took}; reset {reset_seconds:.1f} s")


def test_a_second_class_on_the_same_engine_is_refused(
    api: Any, room: state.Settings, tmp_path: Path
) -> None:
    from dockerlab.errors import DockerlabError

    with pytest.raises(DockerlabError, match="already"):
        hub.up(api, learners=1, state=tmp_path / "state", port=state.free_port())


def test_down_leaves_nothing_behind(api: Any, room: state.Settings) -> None:
    where = Path(room.state)
    settings = room
    ids = [api.inspect_container(status.container_name(n))["Id"] for n in room.learners]
    pids = [
        settings.hub_pid,
        int((where / "proxy.pid").read_text()),
        *hub._descendants(settings.hub_pid),
    ]  # the proxy, the culler, the page
    assert len(pids) >= 4
    shutil.copy(where / "jupyterhub.log", where.parent / "jupyterhub.log")
    removed = hub.down(api, where)
    assert len(removed["container"]) == 3 and len(removed["volume"]) == 6
    assert hub.resources(api) == {"container": [], "volume": [], "network": []}
    assert not where.exists()
    for pid in pids:
        assert (
            not Path(f"/proc/{pid}").exists()
            or "Z" in Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
        )
    with socket.socket() as s:  # nothing listens on the proxy's port any more
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # closed connections linger
        s.bind(("127.0.0.1", settings.port))
        s.listen()
    root = Path("/sys/fs/cgroup")
    leftovers = [
        p
        for container in ids
        for pattern in ("*", "*/*", "*/*/*")
        for p in root.glob(f"{pattern}/*{container}*")
    ]
    assert leftovers == []
