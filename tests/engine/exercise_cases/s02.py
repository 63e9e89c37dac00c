"""Wrong answers to notebook 02's exercises."""

SOCK = "sock=${DOCKER_HOST:-unix:///var/run/docker.sock}\nsock=${sock#unix://}\n"

WRONG = {
    "02.1": ("docker run --name ex02-steps dockerlab/hello-world", "docker create"),
    "02.2": (
        SOCK + "curl -s --unix-socket \"$sock\" -H 'Content-Type: application/json' "
        '-d \'{"Image": "dockerlab/hello-world"}\' '
        "'http://localhost/containers/create?name=ex02-by-hand'\n"
        'curl -s --unix-socket "$sock" -X POST '
        "http://localhost/containers/ex02-by-hand/start",
        "$REGISTRY/dockerlab/hello-world",
    ),
}
