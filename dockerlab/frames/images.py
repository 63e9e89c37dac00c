"""Pure: images (``GET /images/json``, ``GET /images/{name}/history``) → CliFrame."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from .. import format as fmt
from ..references import familiar_name, split
from ..table import CliFrame, CliView
from ._base import frame, ints, now_or, utc_seconds

__all__ = ["history_frame", "image_rows", "images_frame"]

IMAGES_COLUMNS = ("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE")
IMAGES_DIGEST_COLUMNS = ("REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE")
HISTORY_COLUMNS = ("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT")
HISTORY_RAW_COLUMNS = ("IMAGE", "CREATED AT", "CREATED BY", "SIZE", "COMMENT")


def _is_dangling(img: Mapping[str, Any]) -> bool:
    tags = img.get("RepoTags") or []
    digests = img.get("RepoDigests") or []
    if not tags and not digests:
        return True
    return tags == ["<none>:<none>"] and digests == ["<none>@<none>"]


def image_rows(img: Mapping[str, Any], *, digests: bool) -> list[tuple[str, str, str]]:
    """The (REPOSITORY, TAG, DIGEST) rows the CLI prints for one image, sorted.

    One row per repo:tag (times each digest of that repository with ``digests``); digest-only
    repositories get a ``<none>`` tag; a dangling image is one ``<none>`` row.

    >>> image_rows({"RepoTags": ["b:1", "a:2", "a:1"], "RepoDigests": ["a@sha256:d"]},
    ...            digests=True)
    [('a', '1', 'sha256:d'), ('a', '2', 'sha256:d'), ('b', '1', '<none>')]
    >>> image_rows({"RepoTags": [], "RepoDigests": ["a@sha256:d"]}, digests=False)
    [('a', '<none>', '')]
    """
    if _is_dangling(img):
        return [("<none>", "<none>", "<none>")]
    repo_tags: dict[str, list[str]] = {}
    repo_digests: dict[str, list[str]] = {}
    for ref in img.get("RepoTags") or []:
        if ref == "<none>:<none>":
            continue
        repo, tag = split(familiar_name(ref))
        repo_tags.setdefault(repo, []).append(tag)
    for ref in img.get("RepoDigests") or []:
        name, sep, digest = ref.partition("@")
        if sep and name != "<none>":
            repo_digests.setdefault(familiar_name(name), []).append(digest)
    rows: list[tuple[str, str, str]] = []
    for repo, tags in repo_tags.items():
        found = repo_digests.pop(repo, [])
        for tag in tags:
            if not digests or not found:
                rows.append((repo, tag, "<none>"))
            else:
                rows.extend((repo, tag, d) for d in found)
    for repo, found in repo_digests.items():
        if digests:
            rows.extend((repo, "<none>", d) for d in found)
        else:
            rows.append((repo, "<none>", ""))
    return sorted(rows)


def images_frame(
    raw: Sequence[Mapping[str, Any]],
    *,
    now: float | None = None,
    digests: bool = False,
    no_trunc: bool = False,
    quiet: bool = False,
    command: str = "docker images",
) -> CliFrame:
    """``docker images`` from ``GET /images/json``: one row per repository:tag, newest first.

    Typed columns: ``id``, ``created``, ``size`` (bytes), ``labels`` (dict), ``dangling``,
    ``containers`` (how many containers use it, when the Engine says).
    """
    t = now_or(now)
    # newest first, as the Engine sends them; images created in the same second (which the
    # Engine and the CLI list in either order) by name, so a display is the same every time
    ordered = sorted(
        raw,
        key=lambda img: (
            -int(img.get("Created") or 0),
            sorted(img.get("RepoTags") or [""])[0],
            img["Id"],
        ),
    )
    expanded = [(img, row) for img in ordered for row in image_rows(img, digests=digests)]
    ids = [img["Id"] for img, _ in expanded]
    id_col = [fmt.truncate_id(i, no_trunc=no_trunc) for i in ids]
    if quiet:
        return frame(
            {"IMAGE ID": id_col}, {"id": ids}, CliView(command, ("IMAGE ID",), header=False)
        )
    display: dict[str, list[Any]] = {
        "REPOSITORY": [row[0] for _, row in expanded],
        "TAG": [row[1] for _, row in expanded],
    }
    if digests:
        display["DIGEST"] = [row[2] for _, row in expanded]
    display["IMAGE ID"] = id_col
    display["CREATED"] = [fmt.since(img.get("Created", 0), t) for img, _ in expanded]
    display["SIZE"] = [fmt.human_size(img.get("Size", 0)) for img, _ in expanded]
    typed = {
        "id": ids,
        "created": utc_seconds([img.get("Created") for img, _ in expanded]),
        "size": ints(img.get("Size", 0) for img, _ in expanded),
        "labels": [dict(img.get("Labels") or {}) for img, _ in expanded],
        "dangling": [_is_dangling(img) for img, _ in expanded],
        "containers": ints(_nonneg(img.get("Containers")) for img, _ in expanded),
    }
    columns = IMAGES_DIGEST_COLUMNS if digests else IMAGES_COLUMNS
    return frame(display, typed, CliView(command, columns))


def _nonneg(value: Any) -> int | None:
    return None if value is None or value < 0 else int(value)


def history_frame(
    raw: Sequence[Mapping[str, Any]],
    *,
    now: float | None = None,
    no_trunc: bool = False,
    human: bool = True,
    command: str = "docker history",
) -> CliFrame:
    """``docker history`` from ``GET /images/{name}/history`` (newest layer first).

    Typed columns: ``id``, ``created``, ``created_by`` (full), ``size`` (bytes), ``comment``,
    ``tags``. Layers built elsewhere have no local ID: the Engine says ``<missing>``.
    """
    t = now_or(now)
    created_by = [str(h.get("CreatedBy", "")).replace("\t", " ") for h in raw]
    display = {
        "IMAGE": [fmt.truncate_id(h.get("Id", ""), no_trunc=no_trunc) for h in raw],
        ("CREATED" if human else "CREATED AT"): [
            fmt.since(h.get("Created", 0), t) if human else _rfc3339(h.get("Created", 0))
            for h in raw
        ],
        "CREATED BY": [c if no_trunc else fmt.ellipsis(c, 45) for c in created_by],
        "SIZE": [fmt.human_size(h.get("Size", 0)) if human else str(h.get("Size", 0)) for h in raw],
        "COMMENT": [h.get("Comment", "") for h in raw],
    }
    typed = {
        "id": [h.get("Id", "") for h in raw],
        "created": utc_seconds([h.get("Created") for h in raw]),
        "created_by": created_by,
        "size": ints(h.get("Size", 0) for h in raw),
        "comment": [h.get("Comment", "") for h in raw],
        "tags": [list(h.get("Tags") or []) for h in raw],
    }
    columns = HISTORY_COLUMNS if human else HISTORY_RAW_COLUMNS
    return frame(display, typed, CliView(command, columns))


def _rfc3339(epoch: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
