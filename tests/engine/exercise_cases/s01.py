"""Wrong answers to notebook 01's exercises."""

GREETER = (
    "docker run --name ex01-greeter dockerlab/busybox "
    "sh -c 'echo hello from my image > /greeting.txt'\n"
)

WRONG = {
    "01.1": (
        "docker run --name ex01-a dockerlab/busybox touch /a.txt\n"
        "docker run --name ex01-b dockerlab/busybox touch /a.txt",
        "touch /b.txt",
    ),
    "01.2": (GREETER + "docker commit ex01-greeter ex01/greeting:v1", "--change 'CMD"),
    "01.3": (
        "REGISTRY=${REGISTRY:-$(docker port dockerlab-registry 5000)}\n"
        + GREETER
        + 'docker commit --change \'CMD ["cat", "/greeting.txt"]\' ex01-greeter '
        "ex01/greeting:v1\n"
        "docker tag ex01/greeting:v1 $REGISTRY/ex01/greeting:v1\n"
        "docker run --name ex01-from-registry $REGISTRY/ex01/greeting:v1",
        "docker push",
    ),
}
