"""The nbval sanitizers (notebooks/nbval-sanitize.cfg), read by nbval's own parser: what varies
from run to run or from Engine to Engine becomes one placeholder; the rest is compared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from nbval.plugin import get_sanitize_patterns

CONFIG = Path(__file__).parents[2] / "notebooks" / "nbval-sanitize.cfg"
PATTERNS = get_sanitize_patterns(CONFIG.read_text(encoding="utf-8"))


def sanitize(text: str) -> str:
    for regex, replace in PATTERNS:  # in file order, as nbval applies them
        text = re.sub(regex, replace, text)
    return text


@pytest.mark.parametrize(
    ("raw", "sanitized"),
    [
        ("sha256:" + "ab" * 32, "sha256:<DIGEST>"),
        # Engine 20.10 and Engine 26 in other words (02, 04, 05, 07)
        (
            '{\n  "ApiVersion": "1.45",\n  "Os": "linux"\n}',
            '{\n\t"ApiVersion": "<API>",\n\t"Os": "linux"\n}',
        ),
        ('{"Error":null,"StatusCode":0}', '{"StatusCode":0}'),
        ("Registry Mirrors: null", "Registry Mirrors: []"),
        ("Mirrors: None, InsecureRegistryCIDRs", "Mirrors: [], InsecureRegistryCIDRs"),
        (
            "failed to create task for container: failed to create shim task: OCI runtime",
            "failed to create shim task: OCI runtime",
        ),
        (
            "      --rm                               Automatically remove the container\n",
            "\t--rm\tAutomatically remove the\n",
        ),
        # docker rmi: the classic store deletes the image and its layers, containerd its content
        (
            "Untagged: x:1\nDeleted: sha256:" + "a" * 64 + "\nDeleted: sha256:" + "b" * 64 + "\n",
            "Untagged: x:1\nDeleted: sha256:<DIGEST>\n",
        ),
        ("d452d9a69e64   st1", "<ID>\tst1"),
        ("2026-11-28T10:56:07.826342237Z", "<TIME>"),
        ("Up 2 minutes", "Up <DURATION>"),
        ("Exited (0) Less than a second ago", "Exited (0) <DURATION> ago"),
        ("1.99MB / 742kB / 312KiB", "<SIZE> / <SIZE> / <SIZE>"),
        ("172.17.0.2", "<IP>"),
        ("127.0.0.1:5000", "127.0.0.1:<PORT>"),  # ports are picked at run time
        ("-> 127.0.0.1:32768, localhost:5001", "-> 127.0.0.1:<PORT>, localhost:<PORT>"),
        ("Engine 20.10.24+dfsg1", "Engine <VERSION>"),
        ("Docker version 28.2.2, build e6534b4", "Docker version <VERSION>, build <COMMIT>"),
        ("<object at 0x7f3a2b1c0d90>", "<object at 0x<ADDR>>"),
        # Engine 20.10 and Engine 25+ refuse to remove a running container in other words
        (
            "Error response from daemon: You cannot remove a running container "
            + "c" * 64
            + ". Stop the container before attempting removal or force remove",
            "Error response from daemon: <REFUSED: container is running>",
        ),
        (
            'Error response from daemon: cannot remove container "/nb07-shell": container is '
            "running: stop the container before removing or force remove",
            "Error response from daemon: <REFUSED: container is running>",
        ),
        (
            "Error response from daemon: conflict: unable to delete dockerlab/x:2.3 (must be "
            "forced) - container 0123456789ab is using its referenced image 0123456789ab",
            "Error response from daemon: conflict: <REFUSED: image in use> - container <ID> is "
            "using its referenced image <ID>",
        ),
        (
            "Error response from daemon: conflict: unable to remove repository reference "
            '"dockerlab/x:2.3" (must force) - container 0123456789ab is using its referenced '
            "image 0123456789ab",
            "Error response from daemon: conflict: <REFUSED: image in use> - container <ID> is "
            "using its referenced image <ID>",
        ),
        # the classic store's extra line for a pushed image's digest reference is dropped
        (
            "Untagged: 127.0.0.1:5000/x:v1\r\nUntagged: 127.0.0.1:5000/x@sha256:"
            + "e" * 64
            + "\r\nDeleted: sha256:"
            + "f" * 64
            + "\r\n",
            "Untagged: 127.0.0.1:<PORT>/x:v1\r\nDeleted: sha256:<DIGEST>\r\n",
        ),
        (
            "Error response from daemon: No such container: nb07-x",
            "Error response from daemon: No such container: nb07-x",
        ),
        # %%writefile, the first time and after (10, 11)
        ("Overwriting nb10-site/Dockerfile\n", "Writing nb10-site/Dockerfile\n"),
        ("Writing nb10-site/Dockerfile\n", "Writing nb10-site/Dockerfile\n"),
        ("rebuilt in 12 s", "rebuilt in <SECONDS> s"),
        # the classic builder's temporary containers, Engine 20.10 and Engine 26
        ("Removing intermediate container 0123456789ab", "Removing intermediate container <ID>"),
        (
            " ---> Removed intermediate container 0123456789ab",
            "Removing intermediate container <ID>",
        ),
        # where volumes live, whatever the data root; the notebooks' folder, wherever it is
        (
            "mountpoint=/var/lib/docker/volumes/nb11-data/_data",
            "mountpoint=<DATA-ROOT>/volumes/nb11-data/_data",
        ),
        (
            "mountpoint=/var/lib/dockerlab-engines/ci/volumes/nb11-data/_data",
            "mountpoint=<DATA-ROOT>/volumes/nb11-data/_data",
        ),
        (
            "bind source path does not exist: /home/runner/work/dockerlab/notebooks/zh/nb11-x.",
            "bind source path does not exist: <NOTEBOOKS>/zh/nb11-x.",
        ),
    ],
)
def test_sanitizer(raw, sanitized):
    assert sanitize(raw) == sanitized
