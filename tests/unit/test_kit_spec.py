"""The kit's images and build contexts (pure), and the host-file checks."""

from __future__ import annotations

import io
import shutil
import tarfile
from pathlib import Path

import pytest

from dockerlab import labels as L
from dockerlab.errors import BusyboxNotFound
from dockerlab.kit import sources, spec


def names(context: bytes) -> list[str]:
    return tarfile.open(fileobj=io.BytesIO(context)).getnames()


def test_every_kit_image_has_a_dockerfile_in_the_repo():
    for image in spec.IMAGES:
        assert (image.directory / "Dockerfile").is_file(), image.name
        if image.parent:
            assert f"FROM dockerlab/{image.parent}" in (image.directory / "Dockerfile").read_text()


def test_hash_covers_repo_files_but_not_host_binaries(tmp_path):
    busybox = spec.IMAGES[0]
    fake = tmp_path / "busybox"
    fake.write_bytes(b"\x7fELF...")
    with_host = spec.build_context(busybox, {"busybox": fake})
    assert "busybox" in names(with_host) and "etc/passwd" in names(with_host)
    assert spec.context_hash(busybox) == spec.context_hash(busybox)
    assert spec.context_hash(busybox) != spec.context_hash(busybox, "Dockerfile.hub")
    assert len({spec.context_hash(i) for i in spec.IMAGES}) == len(spec.IMAGES)


def test_labels_mark_the_kit_and_its_name():
    image = spec.IMAGES[2]
    labels = spec.image_labels(image, "abc")
    assert labels[L.COURSE] == "kit" and labels[L.KIT] == "image"
    assert L.image_is_kit(labels, [image.tag])


def test_contexts_are_reproducible():
    assert spec.build_context(spec.IMAGES[1]) == spec.build_context(spec.IMAGES[1])


@pytest.mark.skipif(not Path("/bin/busybox").exists(), reason="needs busybox-static")
def test_static_busybox_is_found():
    assert spec.elf_interpreter(Path("/bin/busybox").read_bytes()[:65536]) is None
    assert sources.busybox_files("/bin/busybox") == {"busybox": Path("/bin/busybox")}


@pytest.mark.parametrize("path", ["/nonexistent/busybox", "/etc/hostname", shutil.which("ls")])
def test_bad_busybox_is_named_with_the_fix(path):
    with pytest.raises(BusyboxNotFound) as info:
        sources.busybox_files(path)
    assert path in str(info.value)
    assert "busybox-static" in info.value.hint and "--busybox PATH" in info.value.hint


def test_dynamic_binary_reports_its_loader():
    interp = spec.elf_interpreter(Path(shutil.which("ls")).read_bytes()[:65536])
    assert interp and interp.startswith("/lib")


@pytest.mark.skipif(
    not Path("/usr/bin/docker-registry").exists(), reason="needs Debian's docker-registry"
)
def test_registry_rootfs_has_the_binary_and_its_libraries():
    files = sources.registry_files()
    assert files["rootfs/bin/registry"] == Path("/usr/bin/docker-registry")
    assert any("libc.so" in name for name in files)
    assert any("ld-linux" in name for name in files)
