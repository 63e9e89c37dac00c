"""Every notebook of both editions, run in a real JupyterLab in headless Chromium: Run All,
wait for the kernel, then check that nothing failed (except cells tagged raises-exception),
that widgets rendered, that no "Error displaying widget" appeared, and, in the Chinese
edition, that Chinese renders as glyphs and not as missing-glyph boxes ("tofu").
Screenshots go to tests/artifacts/screenshots.

The notebooks are copied to a temporary directory first, so JupyterLab's autosave never
touches the committed ones.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts" / "screenshots"
EDITIONS = ("zh", "en")
NOTEBOOKS = sorted(
    f"{e}/{p.name}" for e in EDITIONS for p in (ROOT / "notebooks" / e).glob("*.ipynb")
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

pytestmark = [pytest.mark.browser, pytest.mark.engine]


def _require_browser():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (Debian package chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install playwright)")
    if missing:
        message = "the browser test needs " + " and ".join(missing)
        if os.environ.get("DOCKERLAB_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _settings(directory: Path) -> None:
    """Render every cell (no virtual scrolling), and no news or update pop-ups."""
    files = {
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    }
    for name, content in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content))


@pytest.fixture(scope="module")
def lab(tmp_path_factory, kit_ready):
    _require_browser()
    work = tmp_path_factory.mktemp("lab")
    for edition in EDITIONS:
        shutil.copytree(
            ROOT / "notebooks" / edition,
            work / "notebooks" / edition,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints"),
        )
    _settings(work / "settings")
    port = _free_port()
    log = (work / "jupyter.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--IdentityProvider.token=",
            "--ServerApp.password=",
            "--ServerApp.disable_check_xsrf=True",  # lets the test shut kernels down over REST
            f"--ServerApp.root_dir={work / 'notebooks'}",
            f"--LabApp.user_settings_dir={work / 'settings'}",
            f"--LabApp.workspaces_dir={work / 'workspaces'}",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=work,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("jupyter lab did not start: " + (work / "jupyter.log").read_text()[-2000:])
    yield {"url": url, "dir": work / "notebooks"}
    server.terminate()
    try:
        server.wait(20)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def _kernels_busy(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/api/kernels", timeout=10) as response:
        return any(k.get("execution_state") != "idle" for k in json.load(response))


def _wait_idle(page, url: str, timeout: float) -> None:
    """Until no cell shows [*] and the kernel has stayed idle for three seconds (JupyterLab
    runs the cells one after another, so the kernel is idle for moments in between)."""
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        busy = _kernels_busy(url) or page.evaluate("""() => [...document.querySelectorAll(
            '.jp-InputArea-prompt')].some(p => p.textContent.includes('*'))""")
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > 3.0:
            return
        time.sleep(0.25)
    raise AssertionError(f"the notebook was still running after {timeout:.0f} s")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab(lab, browser, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    messages: list[str] = []
    page.on("pageerror", lambda exc: messages.append(str(exc)))
    try:
        # a workspace of its own (?reset), so no other notebook's tab is open in this page
        stem = name.removesuffix(".ipynb").replace("/", "-")
        page.goto(
            f"{lab['url']}/lab/workspaces/{stem}/tree/{name}?reset", wait_until="domcontentloaded"
        )
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_function(  # the kernel has started and is idle
            "() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]"
            ".some(e => e.textContent.includes('| Idle'))",
            timeout=90_000,
        )
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        time.sleep(1)
        _wait_idle(page, lab["url"], timeout=400)
        page.screenshot(path=str(ARTIFACTS / f"{stem}.png"), full_page=True)
        widgets = page.locator(
            ".jp-OutputArea-output .widget-box, "
            ".jp-OutputArea-output .jupyter-widgets.widget-inline-hbox, "
            ".jp-OutputArea-output .widget-html"
        ).count()
        outermost = page.evaluate_handle("""() => [...document.querySelectorAll(
            '.jp-OutputArea-output .widget-vbox')].filter(e => !e.parentElement.closest(
            '.widget-vbox'))""")
        for i in range(min(int(outermost.evaluate("a => a.length")), 12)):
            view = outermost.evaluate_handle("(a, i) => a[i]", i).as_element()
            view.scroll_into_view_if_needed()
            view.screenshot(path=str(ARTIFACTS / f"{stem}-widget-{i + 1}.png"))
        text = page.locator(".jp-Notebook").inner_text()
        assert "Error displaying widget" not in text
        if name.startswith("zh/"):
            assert _cjk_has_glyphs(page), "Chinese renders as missing-glyph boxes (no CJK font)"
        # save the browser's run and read it back: errors only where a cell expects them
        saved_before = (lab["dir"] / name).stat().st_mtime
        page.locator(".jp-Notebook").first.click(position={"x": 5, "y": 5})
        page.keyboard.press("Control+s")
        deadline = time.monotonic() + 20
        while (lab["dir"] / name).stat().st_mtime == saved_before:
            assert time.monotonic() < deadline, "JupyterLab did not save the notebook"
            time.sleep(0.2)
        time.sleep(0.5)
        notebook = json.loads((lab["dir"] / name).read_text())
        failures = []
        executed = 0
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            executed += cell.get("execution_count") is not None
            tags = cell.get("metadata", {}).get("tags", [])
            for output in cell.get("outputs", []):
                if output["output_type"] == "error" and "raises-exception" not in tags:
                    failures.append(f"cell {index}: {output['ename']}: {output['evalue']}")
        assert failures == []
        code_cells = sum(c["cell_type"] == "code" for c in notebook["cells"])
        assert executed == code_cells, f"only {executed} of {code_cells} cells ran"
        widget_outputs = sum(
            "application/vnd.jupyter.widget-view+json" in o.get("data", {})
            for c in notebook["cells"]
            for o in c.get("outputs", [])
        )
        if widget_outputs:
            assert widgets > 0, f"{widget_outputs} widget outputs, but none rendered"
    finally:
        page.close()
        _shutdown_kernels(lab["url"])


_TOFU = """(sample) => {
    const prose = document.querySelector('.jp-RenderedMarkdown p') || document.body;
    const font = getComputedStyle(prose).font;
    const draw = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = 40 * text.length; canvas.height = 60;
        const context = canvas.getContext('2d');
        context.font = font;
        context.fillText(text, 0, 40);
        return canvas.toDataURL();
    };
    // private-use code points have no glyph in any font: they draw as the missing-glyph box
    return draw(sample) !== draw('\\uE000'.repeat(sample.length));
}"""


def _cjk_has_glyphs(page) -> bool:
    """Whether the prose font draws Chinese (e.g. 镜像容器) differently from missing glyphs."""
    return bool(page.evaluate(_TOFU, "镜像容器"))


def _shutdown_kernels(url: str) -> None:
    """Shut every kernel the notebook started (its widget threads end with it)."""
    with urllib.request.urlopen(f"{url}/api/sessions", timeout=10) as response:
        sessions = json.load(response)
    for session in sessions:
        request = urllib.request.Request(f"{url}/api/sessions/{session['id']}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()
