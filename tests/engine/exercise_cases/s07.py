"""Wrong answers to notebook 07's exercises."""

WRONG = {
    "07.1": ("docker run --name ex07-hello dockerlab/hello-world", "docker start -a ex07-hello"),
    "07.2": ("docker run -d --name ex07-shell dockerlab/busybox sleep 30", "run it again with -it"),
    "07.3": (
        "for n in 1 2 3; do docker run --name ex07-counter-$n dockerlab/busybox "
        "sh -c 'date >> /starts; wc -l < /starts'; done\n"
        "docker create --name ex07-counter dockerlab/busybox sh -c 'date >> /starts; "
        "wc -l < /starts'\ndocker start -a ex07-counter",
        "until it has run three times",
    ),
}
