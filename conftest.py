"""Project-wide pytest settings.

* nbval checks the notebooks with the project's sanitizers, in this Python environment, so
  that `pytest notebooks` alone runs the course as tests.
* The learner's own things survive: before the tests, a few containers, images, a volume and
  a network are made the way a learner would make them (names the course never uses); after
  every test, notebook and cleanup has run, they must all still be there.
* The Engine is left as found: a kit the tests brought up is taken down again.
* Exercise work on the Engine (``exNN-…``) stops a run that would execute the notebooks:
  their stored checks say "not yet", and the tests will not delete a learner's work.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

SANITIZERS = Path(__file__).parent / "notebooks" / "nbval-sanitize.cfg"

KIT_WAS_UP = pytest.StashKey[bool | None]()
LEARNER = pytest.StashKey[dict[str, list[str]]]()

collect_ignore = ["dev.py", "tools", "benchmarks", "notebooks/src"]
# what the notebooks write beside themselves (nb15-app/store.py...) is the lessons' material,
# not tests: importing it for doctests would start its servers
collect_ignore_glob = ["notebooks/*/nb[0-9][0-9]-*", "notebooks/*/ex[0-9][0-9]-*"]


def pytest_configure(config):
    option = config.option
    if getattr(option, "nbval_sanitize_with", "unset") is None:
        option.nbval_sanitize_with = str(SANITIZERS)
    if hasattr(option, "nbval_current_env"):
        option.nbval_current_env = True


def _api():
    """The Engine's API client, or None when no Engine answers."""
    import dockerlab

    try:
        return dockerlab.connect().api
    except dockerlab.DockerlabError:
        return None


def _kit_registry_exists(api) -> bool | None:
    from dockerlab.kit.local_registry import find_container

    return None if api is None else find_container(api) is not None


def _make_learner_things(api) -> dict[str, list[str]]:
    """What a learner might have on their Engine: course images reused under their own names,
    their own container names, a volume and a network."""
    import io

    from dockerlab import kit

    kit.up(client=__import__("dockerlab").connect())
    mine = f"mine-{uuid.uuid4().hex[:6]}"
    made: dict[str, list[str]] = {"containers": [], "images": [], "volumes": [], "networks": []}
    api.tag("dockerlab/busybox", f"{mine}/box", "1")
    made["images"].append(f"{mine}/box:1")
    dockerfile = io.BytesIO(b"FROM dockerlab/busybox\nLABEL made.by=learner\n")
    for _ in api.build(fileobj=dockerfile, tag=f"{mine}/built:1", rm=True, decode=True):
        pass
    made["images"].append(f"{mine}/built:1")
    for suffix, command in (("web", ["sleep", "3600"]), ("old", ["true"])):
        cid = api.create_container("dockerlab/busybox", command, name=f"{mine}-{suffix}")["Id"]
        api.start(cid)
        made["containers"].append(f"{mine}-{suffix}")
    api.create_volume(f"{mine}-data")
    made["volumes"].append(f"{mine}-data")
    api.create_network(f"{mine}-net")
    made["networks"].append(f"{mine}-net")
    return made


def _missing_learner_things(api, made: dict[str, list[str]]) -> list[str]:
    import docker.errors

    inspect = {
        "containers": api.inspect_container,
        "images": api.inspect_image,
        "volumes": api.inspect_volume,
        "networks": api.inspect_network,
    }
    missing = []
    for kind, names in made.items():
        for name in names:
            try:
                inspect[kind](name)
            except docker.errors.NotFound:
                missing.append(f"{kind[:-1]} {name}")
    return missing


def _remove_learner_things(api, made: dict[str, list[str]]) -> None:
    import contextlib

    for name in made["containers"]:
        with contextlib.suppress(Exception):
            api.remove_container(name, force=True)
    for name in reversed(made["images"]):
        with contextlib.suppress(Exception):
            api.remove_image(name)
    for name in made["volumes"]:
        with contextlib.suppress(Exception):
            api.remove_volume(name)
    for name in made["networks"]:
        with contextlib.suppress(Exception):
            api.remove_network(name)


def _exercise_work(api) -> list[str]:
    from dockerlab import course

    names = [n.lstrip("/") for c in api.containers(all=True) for n in c.get("Names") or []]
    names += [v["Name"] for v in (api.volumes() or {}).get("Volumes") or []]
    return sorted(n for n in names if (course.owner(n) or ("", ""))[1] == course.EXERCISE)


def pytest_collection_modifyitems(session, config, items):
    # A notebook and the browser test need an Engine too: `-m "not engine"` leaves them out.
    for item in items:
        if str(item.fspath).endswith(".ipynb") or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.engine)
    runs_notebooks = any(str(item.fspath).endswith(".ipynb") for item in items)
    if not runs_notebooks or os.environ.get("DOCKERLAB_TEST_RESET"):
        return
    api = _api()
    work = _exercise_work(api) if api is not None else []
    if work:
        raise pytest.UsageError(
            "this Engine holds exercise work ("
            + ", ".join(work[:5])
            + (", …" if len(work) > 5 else "")
            + "), and the notebook tests expect a fresh "
            "course. The tests never delete it. Run `dockerlab reset --all` if it may go, or "
            "set DOCKERLAB_TEST_RESET=1 to let the tests reset it, or run the suite against "
            "another Engine (bash tools/engine.sh)."
        )


def _needs_engine(item) -> bool:
    return str(item.fspath).endswith(".ipynb") or item.get_closest_marker("engine") is not None


def pytest_collection_finish(session):
    """Before any test that uses the Engine: note the kit's state and make the learner's
    things (a run of unit tests alone touches no Engine)."""
    if not any(_needs_engine(item) for item in session.items):
        return
    api = _api()
    session.config.stash[KIT_WAS_UP] = _kit_registry_exists(api)
    if api is None:
        return
    if os.environ.get("DOCKERLAB_TEST_RESET"):
        from dockerlab import kit

        kit.cleanup(None, exercises=True)
    session.config.stash[LEARNER] = _make_learner_things(api)


def pytest_sessionfinish(session, exitstatus):
    """Leave the Engine as the tests found it (a kit they brought up is taken down again,
    `dockerlab kit down`), then check that the learner's things all survived."""
    if session.config.stash.get(KIT_WAS_UP, None) is None:
        return  # no Engine test ran
    api = _api()
    if api is None:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")

    def say(line: str) -> None:
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(line)

    if session.config.stash.get(KIT_WAS_UP, None) is False and _kit_registry_exists(api):
        import dockerlab

        removed = dockerlab.kit.down()
        say(
            f"dockerlab: the kit was not up before the tests; removed its {len(removed)} "
            "resources again (dockerlab kit down)"
        )
    made = session.config.stash.get(LEARNER, None)
    if made is None:
        return
    missing = _missing_learner_things(api, made)
    _remove_learner_things(api, made)
    if missing:
        say(
            "dockerlab: FAILED: the learner's own things did not survive the suite: "
            + ", ".join(missing)
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        count = sum(len(v) for v in made.values())
        say(
            f"dockerlab: the learner's own {count} containers, images, volumes and networks "
            "survived the whole suite (kit down included)"
        )
