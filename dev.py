#!/usr/bin/env python3
"""Set-up and the two everyday commands, with nothing but Python and a running Docker Engine.

    python3 dev.py lab     # the course in JupyterLab (Chinese edition; --en for English)
    python3 dev.py test    # the whole test suite (unit, engine integration, every notebook)
    python3 dev.py docs    # the executed course as a static site in build/site (no Engine)

Each creates ``.venv`` here and installs the project with its test and docs tools into it
(again only when pyproject.toml changes). Extra arguments go to ``jupyter lab``, ``pytest``
or ``docs/build.py``. The edition is Chinese unless ``--en`` is given or ``DOCKERLAB_LANG``
says ``en``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".dockerlab-installed"


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def run(*args: str | Path) -> None:
    result = subprocess.run([str(a) for a in args], cwd=ROOT)
    if result.returncode:
        sys.exit(result.returncode)


def ensure_venv() -> None:
    if sys.version_info < (3, 10):  # noqa: UP036 - dev.py may meet an older python3
        sys.exit("dev.py: dockerlab needs Python 3.10 or newer")
    if not PYTHON.exists():
        say(f"creating {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing dockerlab and its test and docs tools into .venv (once)")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test,docs]")
    STAMP.write_text(wanted)


def quiet_jupyterlab() -> None:
    """No news or update pop-ups: the learner's first screen is the course."""
    settings = VENV / "share" / "jupyter" / "lab" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "overrides.json").write_text(
        json.dumps(
            {
                "@jupyterlab/apputils-extension:notification": {
                    "fetchNews": "false",
                    "checkForUpdates": False,
                },
            },
            indent=2,
        )
    )


def lab(rest: list[str]) -> None:
    """The kit up, $REGISTRY set for the terminals, JupyterLab in the edition's folder."""
    english = "--en" in rest or os.environ.get("DOCKERLAB_LANG", "").lower().startswith("en")
    rest = [a for a in rest if a not in ("--en", "--zh")]
    edition = "en" if english else "zh"
    run(BIN / "dockerlab", "kit", "up")
    address = subprocess.run(
        [str(PYTHON), "-c", "import dockerlab; print(dockerlab.kit.registry())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    os.environ["REGISTRY"] = address
    # JupyterLab's terminals inherit this environment: `dockerlab ...` works there too
    os.environ["PATH"] = os.pathsep.join([str(BIN), os.environ.get("PATH", "")])
    os.environ.setdefault("DOCKERLAB_LANG", edition)
    quiet_jupyterlab()
    say(
        f"the {'English' if english else 'Chinese'} edition; the course registry is "
        f"{address} ($REGISTRY in JupyterLab's terminals)"
    )
    root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    os.chdir(ROOT / "notebooks" / edition)
    os.execv(
        str(PYTHON), [str(PYTHON), "-m", "jupyter", "lab", *root, "00-start-here.ipynb", *rest]
    )


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("lab", "test", "docs"):
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "lab":
        lab(rest)
    if command == "docs":
        run(PYTHON, ROOT / "docs" / "build.py", *rest)
        return
    run(PYTHON, "-m", "pytest", *rest)


if __name__ == "__main__":
    main(sys.argv[1:])
