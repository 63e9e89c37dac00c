"""Wrong answers to notebook 03's exercises."""

WRONG = {
    "03.1": ("docker run --name ex03-uptime dockerlab/busybox uptime", "cat /proc/uptime"),
    "03.2": (
        "docker run -d --name ex03-sleeper dockerlab/busybox sleep 3600\n"
        "docker run --name ex03-all dockerlab/busybox ps",
        "--pid host",
    ),
}
