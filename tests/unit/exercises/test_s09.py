"""Notebook 09's checks, on canned Engine JSON: each way of not being done yet gets its own
message and hint."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import dockerlab as dl
from dockerlab.i18n import language_scope

from .fake import FakeAPI, FakeClient, container


class ListingAPI:
    """A :class:`FakeAPI` that also answers ``docker ps -a --filter name=… --filter status=…``
    (the Engine's ``containers()``); its ``containers`` field holds inspect JSON by name."""

    def __init__(self, base: FakeAPI) -> None:
        self.base = base

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

    def containers(
        self, all: bool = False, filters: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        filters = filters or {}
        found = []
        for name, info in self.base.containers.items():
            state = info["State"]["Status"]
            if (not all and state != "running") or filters.get("name", "") not in name:
                continue
            if filters.get("status", state) != state:
                continue
            found.append({"Id": info["Id"], "Names": [f"/{name}"], "State": state})
        return found


def _check(exercise_id: str, api: Any):
    with language_scope("en"):
        return dl.check(exercise_id, client=FakeClient(api))


def _web(name: str, running: bool = True) -> dict[str, Any]:
    return container(name, image="dockerlab/web", running=running)


def _api(*containers: dict[str, Any]) -> ListingAPI:
    return ListingAPI(FakeAPI({c["Name"].lstrip("/"): c for c in containers}))


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (_api(), "no container named ex09-web1", "docker run -d --name ex09-web1"),
        (_api(_web("ex09-web1")), "no container named ex09-web2", "--filter status=exited"),
        (
            _api(_web("ex09-web1"), _web("ex09-web2", running=False)),
            "ex09-web2 is not running",
            "--filter status=exited",
        ),
        (
            _api(_web("ex09-web1"), _web("ex09-web2"), container("ex09-job")),
            "still here: ex09-job",
            "docker rm $(",
        ),
    ],
)
def test_09_1_not_yet(api, message, hint):
    result = _check("09.1", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_09_1_passes_and_ignores_other_names():
    api = _api(_web("ex09-web1"), _web("ex09-web2"), container("mine-ex09-old"))
    result = _check("09.1", api)
    assert result.passed, repr(result)


WEB = {"Id": "sha256:" + "a" * 64}
OTHER = {"Id": "sha256:" + "b" * 64}


def _site(**extra: Any) -> dict[str, Any]:
    settings = {
        "HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}]}},
        "NetworkSettings": {"Ports": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "32768"}]}},
    }
    settings.update(extra)
    return container("ex09-site", image="ex09/site:1.0", running=True, **settings)


def _site_api(site: dict[str, Any] | None = None, tagged: dict[str, Any] | None = WEB) -> FakeAPI:
    images = {"dockerlab/web": WEB}
    if tagged is not None:
        images["ex09/site:1.0"] = tagged
    return FakeAPI({"ex09-site": site} if site else {}, images=images)


@pytest.mark.parametrize(
    ("api", "message", "hint"),
    [
        (_site_api(tagged=None), "no image ex09/site:1.0", "docker tag dockerlab/web"),
        (_site_api(tagged=OTHER), "is not the image dockerlab/web", "docker rmi ex09/site:1.0"),
        (_site_api(), "no container named ex09-site", "-p 127.0.0.1::80 ex09/site:1.0"),
        (
            _site_api(container("ex09-site", image="dockerlab/web", running=True)),
            "runs dockerlab/web",
            "docker rm -f ex09-site",
        ),
        (_site_api(container("ex09-site", image="ex09/site:1.0")), "not running", "-d"),
        (
            _site_api(container("ex09-site", image="ex09/site:1.0", running=True)),
            "does not publish its port 80",
            "-p 127.0.0.1::80",
        ),
        (
            _site_api(
                _site(HostConfig={"PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": ""}]}})
            ),
            "every network interface",
            "-p 127.0.0.1::80",
        ),
    ],
)
def test_09_2_not_yet(api, message, hint):
    result = _check("09.2", api)
    assert not result.passed and message in result.message and hint in result.hint


def test_09_2_passes_and_names_the_port():
    result = _check("09.2", _site_api(_site()))
    assert result.passed and "127.0.0.1:32768" in result.message


# -- the cheat sheet of notebook 09 agrees with what the docker CLI said ---------------------

ROOT = Path(__file__).resolve().parents[3]
SOURCE = next((ROOT / "notebooks" / "src").glob("09-*.py"))


def _cheat_sheet(header: str) -> dict[str, str | None]:
    """The cheat sheet's rows in 09's source: command → management command (None: —)."""
    import jupytext

    cells = [
        c.source
        for c in jupytext.read(SOURCE, fmt="py:percent").cells
        if c.cell_type == "markdown" and header in c.source
    ]
    assert len(cells) == 1, f"09 needs one cheat sheet starting with {header!r}"
    rows = {}
    for line in cells[0].split(header, 1)[1].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cell = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        rows[cell[1]] = None if cell[2] in ("—", "-") else cell[2]
    return rows


def _cli_said() -> dict[str, str | None]:
    """What ``dl.management_commands(...)`` printed when the English edition was executed."""
    notebook = json.loads(next((ROOT / "notebooks" / "en").glob("09-*.ipynb")).read_text())
    cell = next(
        c
        for c in notebook["cells"]
        if c["cell_type"] == "code" and "".join(c["source"]).startswith("dl.management_commands(")
    )
    text = "".join("".join(o["data"]["text/plain"]) for o in cell["outputs"] if "data" in o)
    said = {}
    for line in text.splitlines()[2:]:
        command, management = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        said[command] = None if management.startswith("(none") else management
    return said


@pytest.mark.parametrize("header", ["| 做什么 |", "| what for |"])
def test_09_cheat_sheet_agrees_with_the_docker_cli(header):
    assert _cheat_sheet(header) == _cli_said()
