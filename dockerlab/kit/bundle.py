"""``kit save`` / ``kit load``: the kit's images in one tarball for offline workshops."""

from __future__ import annotations

import os
from pathlib import Path

from ..engine import Engine
from ..errors import DockerlabError, EngineUnavailable, KitError
from ..i18n import _
from .spec import IMAGES

__all__ = ["load_bundle", "save_bundle"]


def save_bundle(engine: Engine, path: str | os.PathLike[str]) -> Path:
    """Write every kit image into one ``docker save`` tarball (``docker load`` reads it too).

    The file appears only when complete (written as ``FILE.partial``, then renamed)."""
    target = Path(path)
    # optional images (Part 2's python base) go in when they were built
    names = [i.tag for i in IMAGES if not i.optional or engine.find_image(i.tag) is not None]
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            for chunk in engine.export_images(names):
                out.write(chunk)
    except (EngineUnavailable, OSError):
        partial.unlink(missing_ok=True)
        raise
    except DockerlabError as exc:
        partial.unlink(missing_ok=True)
        raise KitError(
            _("cannot save the kit: {error}").format(error=exc.message),
            subject=str(target),
            hint=_("run `dockerlab kit up` first so that every kit image exists"),
        ) from exc.__cause__
    partial.replace(target)
    return target


def load_bundle(engine: Engine, path: str | os.PathLike[str]) -> list[str]:
    """Load a tarball written by :func:`save_bundle`; return the kit tags it held."""
    source = Path(path)
    if not source.is_file():
        raise KitError(
            _("no kit bundle at {path}").format(path=source),
            subject=str(source),
            hint=_("make one on a connected machine with `dockerlab kit save FILE`"),
        )
    with source.open("rb") as data:
        try:
            result = engine.load_images(data)
        except EngineUnavailable:
            raise
        except DockerlabError as exc:
            raise KitError(
                _("cannot load {path}: {error}").format(path=source, error=exc.message),
                subject=str(source),
                hint=_("the file must come from `dockerlab kit save` or `docker save`"),
            ) from exc.__cause__
    loaded = [str(line.get("stream", "")) for line in result]
    return sorted({image.tag for image in IMAGES if any(image.tag in s for s in loaded)})
