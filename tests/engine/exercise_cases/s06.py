"""Wrong answers to notebook 06's exercises."""

WRONG = {
    # latest pushed with v1 in it: "the newest" is not what latest means
    "06.1": (
        "for v in v1 v2; do\n"
        '  printf \'FROM dockerlab/busybox\\nCMD ["echo", "%s"]\\n\' $v |'
        " docker build -q -t $REGISTRY/ex06/app:$v -\n"
        "done\n"
        "docker tag $REGISTRY/ex06/app:v1 $REGISTRY/ex06/app:latest\n"
        "docker push -q -a $REGISTRY/ex06/app",
        "latest is only a name",
    ),
    # the plain rmi is refused, and the learner stops there
    "06.2": (
        'printf \'FROM dockerlab/busybox\\nRUN echo once > /once\\nCMD ["cat", "/once"]\\n\''
        " | docker build -q -t ex06/once -\n"
        "docker run --name ex06-once ex06/once\n"
        "docker rmi ex06/once || true",
        "docker rmi -f",
    ),
}
