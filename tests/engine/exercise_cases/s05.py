"""Wrong answers to notebook 05's exercises."""

WRONG = {
    "05.1": ("docker run --name ex05-env dockerlab/busybox env", "-e GREETING=hello"),
    "05.2": ("docker run --name ex05-size dockerlab/busybox touch /big", "dd if=/dev/zero"),
    "05.3": (
        "docker run --name ex05-host dockerlab/busybox hostname",
        "docker run --help | grep -i hostname",
    ),
}
