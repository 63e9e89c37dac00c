"""Wrong answers to notebook 12's exercises."""

WRONG = {
    # published, but on every interface
    "12.1": ("docker run -d --name ex12-web -p 80 dockerlab/web", "-p 127.0.0.1::80"),
    # the client on the default network, where the name means nothing
    "12.2": (
        "docker network create ex12-net\n"
        "docker run -d --name ex12-api --network ex12-net dockerlab/web\n"
        "docker run --name ex12-client dockerlab/busybox wget -q -O- http://ex12-api/ "
        "|| true",
        "--network ex12-net",
    ),
    # connected, but without the alias
    "12.3": (
        "docker run -d --name ex12-late dockerlab/web\n"
        "docker network create ex12-net\n"
        "docker network connect ex12-net ex12-late\n"
        "docker run --name ex12-late-client --network ex12-net dockerlab/busybox "
        "wget -q -O- http://late/ || true",
        "--alias late",
    ),
}
