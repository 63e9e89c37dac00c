"""``dockerlab doctor``: is this machine ready for the course, and if not, what to do.

Each check is a row: ✓ or ✗, what was found, and the fix for a ✗. ``required`` checks decide
the exit status of the command (0 only when all of them pass).
"""

from __future__ import annotations

import importlib.metadata as md
import shutil
import subprocess
from dataclasses import dataclass

import docker

from ._versions import version_tuple
from .client import connect, engine_target
from .engine import Engine
from .errors import DockerlabError
from .i18n import N_, _, ngettext
from .stats import one_shot_is_immediate
from .system import image_store
from .table import CliFrame, CliView

__all__ = ["Check", "doctor", "report_frame", "verdict"]

COLUMNS = ("", "CHECK", "RESULT", "FIX")
HEADERS = ("", N_("CHECK"), N_("RESULT"), N_("FIX"))
MIN_DOCKER_PY = (7, 1)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    result: str
    fix: str = ""
    required: bool = True


def report_frame(checks: list[Check]) -> CliFrame:
    """Pure: checks → the doctor's table (typed columns ``ok`` and ``required``); the
    headers in the language in use.

    >>> from dockerlab.i18n import language_scope
    >>> with language_scope("en"):
    ...     print(report_frame([Check("engine", True, "20.10"),
    ...                         Check("registry", False, "down", "dockerlab kit up")]).to_cli())
    ... # doctest: +NORMALIZE_WHITESPACE
              CHECK      RESULT    FIX
    ✓         engine     20.10
    ✗         registry   down      dockerlab kit up
    """
    return CliFrame(
        {
            "": ["✓" if c.ok else ("✗" if c.required else "!") for c in checks],
            "CHECK": [c.name for c in checks],
            "RESULT": [c.result for c in checks],
            "FIX": ["" if c.ok else c.fix for c in checks],
            "ok": [c.ok for c in checks],
            "required": [c.required for c in checks],
        },
        cli=CliView("dockerlab doctor", COLUMNS, headers=tuple(_(h) if h else h for h in HEADERS)),
    )


def verdict(report: CliFrame) -> str:
    """Pure: the doctor's table in one sentence, as ``dockerlab doctor`` ends.

    >>> from dockerlab.i18n import language_scope
    >>> with language_scope("en"):
    ...     print(verdict(report_frame([Check("engine", True, "20.10")] * 8)))
    ...     print(verdict(report_frame([Check("engine", True, "20.10"),
    ...                                 Check("stats", False, "slow", required=False)])))
    ...     print(verdict(report_frame([Check("engine", True, "20.10"),
    ...                                 Check("kit images", False, "0/6", "dockerlab kit up")])))
    ✓ 8 checks passed
    ✓ 1 of 2 checks passed; the others only warn (!): stats
    ✗ 1 of 2 checks failed: kit images. The FIX column says what to do.
    """
    total = len(report)
    failed = report[~report["ok"] & report["required"]]["CHECK"].tolist()
    warned = report[~report["ok"] & ~report["required"]]["CHECK"].tolist()
    if failed:
        return ngettext("✗ {failed} of {total} checks failed: {names}. The FIX column says "
                        "what to do.",
                        "✗ {failed} of {total} checks failed: {names}. The FIX column says "
                        "what to do.", len(failed)).format(
                            failed=len(failed), total=total, names=", ".join(failed))
    if warned:
        return _("✓ {passed} of {total} checks passed; the others only warn (!): "
                 "{names}").format(passed=total - len(warned), total=total,
                                   names=", ".join(warned))
    return ngettext("✓ {n} check passed", "✓ {n} checks passed", total).format(n=total)


def _dist_version(name: str) -> str | None:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return None


def _python_checks() -> list[Check]:
    checks = []
    dpy = docker.__version__
    checks.append(
        Check("docker-py", version_tuple(dpy) >= MIN_DOCKER_PY, dpy, "pip install 'docker>=7.1'")
    )
    lab = _dist_version("jupyterlab")
    checks.append(
        Check(
            "JupyterLab",
            bool(lab) and version_tuple(lab or "0") >= (4,),
            lab or _("not installed"),
            "pip install 'jupyterlab>=4'",
        )
    )
    widgets = _dist_version("ipywidgets")
    ext = _dist_version("jupyterlab_widgets")
    checks.append(
        Check(
            _("widgets extension"),
            bool(widgets and ext),
            f"ipywidgets {widgets}, jupyterlab_widgets {ext}"
            if widgets and ext
            else _("not installed"),
            "pip install 'ipywidgets>=8'",
        )
    )
    cli = shutil.which("docker")
    cli_version = ""
    if cli:
        out = subprocess.run(
            [cli, "--version"], capture_output=True, text=True, check=False, timeout=30
        )
        cli_version = out.stdout.strip()
    checks.append(
        Check(
            _("docker CLI"),
            bool(cli_version),
            cli_version or _("not on PATH"),
            _(
                "install the docker CLI (Docker Desktop has it; Debian: docker.io); "
                "the notebooks run `docker ...` commands beside the Python ones"
            ),
        )
    )
    return checks


def _engine_checks(client: docker.DockerClient, port: int | None) -> list[Check]:
    from . import kit

    engine = Engine.of(client)
    checks = []
    version = engine.version()
    info = engine.info()
    checks.append(
        Check(
            _("Engine version"),
            True,
            f"{version.get('Version')} (API {version.get('ApiVersion')}, "
            f"{version.get('Os')}/{version.get('Arch')})",
        )
    )
    checks.append(
        Check(
            _("storage driver"),
            bool(info.get("Driver")),
            _("{driver}, {store} image store").format(
                driver=info.get("Driver") or "?", store=image_store(info)
            ),
            required=False,
        )
    )
    immediate = one_shot_is_immediate(version)
    checks.append(
        Check(
            _("stats sampling"),
            True,
            _("one-shot answers at once: dl.stats takes about 0.5 s")
            if immediate
            else _(
                "one-shot waits for the Engine's 1 Hz tick (before Engine "
                "24.0.7): dl.stats and docker stats --no-stream take about 2 s"
            ),
            required=False,
        )
    )
    status = kit.status(port=port, client=client)
    images = status[status["resource"] == "image"]
    missing = images[~images["ok"]]["NAME"].tolist()
    result = _("{ready}/{total} ready").format(ready=len(images) - len(missing), total=len(images))
    if missing:
        result += " " + _("(missing or outdated: {names})").format(names=", ".join(missing))
    checks.append(Check(_("kit images"), not missing, result, "dockerlab kit up"))
    reg = status[status["resource"] == "registry"].iloc[0]
    checks.append(
        Check(
            _("kit registry"),
            bool(reg["ok"]),
            f"{reg['NAME']}: {reg['STATUS']}, {reg['DETAIL']}",
            "dockerlab kit up",
        )
    )
    return checks


def doctor(*, port: int | None = None) -> CliFrame:
    """Run every check and return the table (``report["ok"].all()`` says all is well)."""
    checks = []
    target = None
    try:
        target = engine_target()
        client = connect()
        checks.append(
            Check(_("Docker Engine"), True, _("reachable at {target}").format(target=target))
        )
        checks.extend(_engine_checks(client, port))
    except DockerlabError as exc:
        where = str(target) if target else "?"
        checks.append(
            Check(
                _("Docker Engine"),
                False,
                _("not reachable at {where}: {reason}").format(
                    where=where, reason=getattr(exc, "reason", exc.message)
                ),
                exc.hint or "",
            )
        )
        for name in (_("kit images"), _("kit registry")):
            checks.append(
                Check(name, False, _("not checked: no Engine"), _("start the Engine first"))
            )
    checks.extend(_python_checks())
    return report_frame(checks)
