"""Every error names the input that failed and says what to do."""

from __future__ import annotations

import pytest

import dockerlab
from dockerlab import errors


@pytest.mark.parametrize(
    ("error", "subject", "message_has", "hint_has"),
    [
        (errors.ContainerNotFound("web"), "web", "no such container: 'web'", "docker ps -a"),
        (errors.ImageNotFound("nope:1"), "nope:1", "no such image", "docker images"),
        (errors.InvalidReference("Bad::Ref"), "Bad::Ref", "'Bad::Ref'", "lower case"),
        (
            errors.ContainerNotRunning("web", "exited 3 minutes ago"),
            "web",
            "not running (exited 3 minutes ago)",
            "docker start web",
        ),
        (errors.InvalidArgument("tail", -1, "0 or more"), -1, "tail=-1", "0 or more"),
        (errors.PortInUse(5000, "container x"), 5000, "127.0.0.1:5000", "DOCKERLAB_REGISTRY_PORT"),
        (
            errors.BusyboxNotFound("/bin/busybox", "missing"),
            "/bin/busybox",
            "/bin/busybox",
            "busybox-static",
        ),
        (
            errors.RegistryUnavailable("127.0.0.1:5000", "refused", "kit up"),
            "127.0.0.1:5000",
            "refused",
            "kit up",
        ),
        (
            errors.EngineUnavailable("unix:///x", "gone", "start it"),
            "unix:///x",
            "gone",
            "start it",
        ),
    ],
)
def test_errors_name_the_input_and_the_fix(error, subject, message_has, hint_has):
    assert isinstance(error, dockerlab.DockerlabError)
    assert error.subject == subject
    text = str(error)
    assert message_has in text
    assert "hint: " in text and hint_has in error.hint


def test_busybox_hint_names_the_option():
    assert "--busybox PATH" in errors.BusyboxNotFound("/x", "y").hint
    assert "--port" in errors.PortInUse(5000, "x").hint
