"""Who owns what: the rules that keep a learner's containers and images safe."""

from __future__ import annotations

import pytest

from dockerlab import labels as L

KIT_IMAGE = {L.COURSE: "kit", L.KIT: "image", L.KIT_IMAGE: "dockerlab/busybox"}


@pytest.mark.parametrize(
    ("func", "args", "expected"),
    [
        (L.container_is_course, (None,), False),
        (L.container_is_course, ({},), False),
        (L.container_is_course, ({L.COURSE: "07"},), True),
        # a learner's `docker run dockerlab/busybox` inherits the image's labels
        (L.container_is_course, (dict(KIT_IMAGE),), False),
        (L.container_is_course, ({**KIT_IMAGE, L.COURSE: "08"},), True),
        (L.container_is_course, ({L.COURSE: "kit", L.KIT: "registry"},), True),
        (L.image_is_kit, (KIT_IMAGE, ["dockerlab/busybox:latest"]), True),
        (L.image_is_kit, (KIT_IMAGE, ["dockerlab/busybox:latest", "mine:1"]), True),
        # a learner's image built FROM the kit's busybox inherits its labels too
        (L.image_is_kit, (KIT_IMAGE, ["myapp:latest"]), False),
        (L.image_is_kit, (KIT_IMAGE, []), False),
        (L.image_is_kit, ({L.COURSE: "kit"}, ["dockerlab/busybox:latest"]), False),
        (L.image_is_course, ({L.COURSE: "06"}, ["dockerlab/demo:v1"]), True),
        (L.image_is_course, ({L.COURSE: "06"}, ["127.0.0.1:5000/dockerlab/demo:v1"]), True),
        (L.image_is_course, ({L.COURSE: "06"}, []), True),
        (L.image_is_course, ({L.COURSE: "06"}, ["<none>:<none>"]), True),
        (L.image_is_course, ({L.COURSE: "06"}, ["dockerlab/demo:v1", "mine:1"]), False),
        (L.image_is_course, ({L.COURSE: "06"}, ["dockerlab/demo:v1"], "07"), False),
        (L.image_is_course, (KIT_IMAGE, ["dockerlab/busybox:latest"]), False),
        (L.in_namespace, ("localhost:5000/dockerlab/x",), True),
        (L.in_namespace, ("dockerlab:1",), False),
        (L.repository_of, ("host:5000/a/b:tag",), "host:5000/a/b"),
        (L.repository_of, ("host:5000/a/b",), "host:5000/a/b"),
        (L.course_labels, ("03",), {L.COURSE: "03"}),
    ],
)
def test_ownership(func, args, expected):
    assert func(*args) == expected
