"""``kit save`` / ``kit load``: the kit's images in one tarball for offline workshops."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import docker.errors

from ..errors import KitError
from .spec import IMAGES

__all__ = ["load_bundle", "save_bundle"]


def _exists(api: Any, ref: str) -> bool:
    try:
        api.inspect_image(ref)
    except docker.errors.NotFound:
        return False
    return True


def save_bundle(api: Any, path: str | os.PathLike[str]) -> Path:
    """Write every kit image into one ``docker save`` tarball (``docker load`` reads it too)."""
    target = Path(path)
    names = [image.tag for image in IMAGES
             if not image.optional or _exists(api, image.tag)]
    response = api._get(api._url("/images/get"), params={"names": names}, stream=True)
    try:
        api._raise_for_status(response)
    except docker.errors.APIError as exc:
        raise KitError(f"cannot save the kit: {exc.explanation}", subject=str(target),
                       hint="run `dockerlab kit up` first so that every kit image exists") \
            from None
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        for chunk in response.iter_content(chunk_size=1 << 20):
            out.write(chunk)
    partial.replace(target)
    return target


def load_bundle(api: Any, path: str | os.PathLike[str]) -> list[str]:
    """Load a tarball written by :func:`save_bundle`; return the kit tags it held."""
    source = Path(path)
    if not source.is_file():
        raise KitError(f"no kit bundle at {source}", subject=str(source),
                       hint="make one on a connected machine with `dockerlab kit save FILE`")
    with source.open("rb") as data:
        try:
            result = api.load_image(data)
        except docker.errors.APIError as exc:
            raise KitError(f"cannot load {source}: {exc.explanation}", subject=str(source),
                           hint="the file must come from `dockerlab kit save` or `docker save`")\
                from None
    loaded = [line.get("stream", "") for line in result or [] if isinstance(line, dict)]
    return sorted({image.tag for image in IMAGES if any(image.tag in s for s in loaded)})
