"""The site's npm pieces, fetched by the build at pinned versions and checked against the
registry's integrity hashes: require.js and ``@jupyter-widgets/html-manager`` (the saved widget
state renders through them, with no CDN). Nothing from npm is committed to the repository.

``npm pack`` downloads each tarball once into the cache folder; later builds reuse it (and
work with no network) as long as its hash still matches.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str  # the registry's dist.integrity (sha512)
    license: str
    files: tuple[tuple[str, str], ...]  # (path in the tarball, where it goes in the site)

    @property
    def tarball(self) -> str:
        return f"{self.name.lstrip('@').replace('/', '-')}-{self.version}.tgz"


#: Where each file goes: ``static`` is ``_static/``; ``pages/…`` is relative to the pages, for
#: the html-manager's icon fonts, which its bundled modules resolve relative to the page (as
#: ``@jupyter-widgets/…`` and ``@jupyter-widgets/html-manager/dist/…``). woff2 only: every
#: browser that runs the html-manager reads it, so it never asks for the other formats.
FONTS = "package/dist/*.woff2"
PACKAGES = (
    Package(
        "requirejs",
        "2.3.8",
        "sha512-7/cTSLOdYkNBNJcDMWf+luFvMriVm7eYxp4BcFCsAX0wF421Vyce5SXP17c+Jd5otXKGNehIonFlyQXSowL6Mw==",
        "MIT",
        (("package/require.js", "static"),),
    ),
    Package(
        "@jupyter-widgets/html-manager",
        "1.0.15",
        "sha512-5thBIV6ymNgmPVOHvzx+gGy8ZSKmSazhtGw4/c4xJDVzRhG9PTeQsRjF3FUTopvFi//SABeNz1yp47bCrJ3CQA==",
        "BSD-3-Clause",
        (
            ("package/dist/embed-amd.js", "static"),
            (FONTS, "pages/@jupyter-widgets"),
            (FONTS, "pages/@jupyter-widgets/html-manager/dist"),
            ("package/dist/embed.js.LICENSE.txt", "notice"),
        ),
    ),
)


class VendorError(RuntimeError):
    """An npm piece could not be had, or its content is not what the pin says."""


def _matches(path: Path, integrity: str) -> bool:
    algorithm, _, expected = integrity.partition("-")
    digest = hashlib.new(algorithm, path.read_bytes()).digest()
    return base64.b64encode(digest).decode() == expected


def _download(package: Package, cache: Path) -> Path:
    path = cache / package.tarball
    if path.exists() and _matches(path, package.integrity):
        return path
    npm = shutil.which("npm")
    if npm is None:
        raise VendorError(
            f"{package.name}@{package.version}: npm is not installed "
            "(Debian: apt-get install npm); the site build fetches it once"
        )
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            npm,
            "pack",
            "--silent",
            f"{package.name}@{package.version}",
            "--pack-destination",
            str(cache),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode or not path.exists():
        raise VendorError(
            f"npm pack {package.name}@{package.version} failed: "
            f"{(result.stderr or result.stdout).strip()[-500:]}"
        )
    if not _matches(path, package.integrity):
        path.unlink()
        raise VendorError(
            f"{package.name}@{package.version}: the tarball does not match "
            f"its pinned integrity {package.integrity[:20]}…"
        )
    return path


def fetch(cache: Path, licences: dict[str, str]) -> tuple[Path, Path]:
    """The pinned pieces, unpacked: (files for ``_static``, files for beside the pages).

    ``licences`` maps a package's licence id to its text, for the notice file beside them.
    """
    static, root = cache / "static", cache / "pages"
    stamp = cache / "unpacked"
    pins = " ".join(f"{p.name}@{p.version}:{p.integrity}" for p in PACKAGES)
    if stamp.exists() and stamp.read_text() == pins and (static / "embed-amd.js").exists():
        return static, root
    for folder in (static, root):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    notices = ["Third-party files in this folder, fetched from npm by docs/vendor.py.", ""]
    for package in PACKAGES:
        with tarfile.open(_download(package, cache)) as tar:
            members = tar.getmembers()
            notices.append(f"== {package.name} {package.version} ({package.license})")
            for pattern, where in package.files:
                chosen = [m for m in members if m.isfile() and Path(m.name).match(pattern)]
                if not chosen:
                    raise VendorError(f"{package.name}@{package.version} has no {pattern}")
                for member in chosen:
                    data = tar.extractfile(member).read()  # type: ignore[union-attr]
                    if where == "notice":
                        notices += ["", data.decode("utf-8", "replace")]
                        continue
                    folder = cache / where
                    folder.mkdir(parents=True, exist_ok=True)
                    target = folder / Path(member.name).name
                    target.write_bytes(data)
                    notices.append(f"   {target.relative_to(cache)}")
            notices += ["", licences.get(package.license, package.license), ""]
    (static / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(notices), encoding="utf-8")
    stamp.write_text(pins)
    return static, root
