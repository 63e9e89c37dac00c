"""Wrong answers to notebook 00's exercises."""

WRONG = {
    "00.1": ("docker run --rm dockerlab/hello-world", "--name ex00-hello"),
    "00.2": ("docker run --name ex00-terminal dockerlab/busybox tty || true", "with -it"),
}
