"""Wrong answers to notebook 14's exercises."""

WRONG = {
    # everything but the health check, which can only be given when the container is created
    "14.1": (
        "docker run -d --name ex14-web -p 127.0.0.1::80 --restart unless-stopped "
        "--memory 32m dockerlab/web\n"
        "echo '<h1>ex14</h1>' > /tmp/ex14-index.html\n"
        "docker cp /tmp/ex14-index.html ex14-web:/www/index.html",
        "--health-cmd",
    ),
    # always restarts for ever; on-failure:3 is what gives up
    "14.2": (
        "docker run -d --name ex14-retry --restart always dockerlab/busybox "
        "sh -c 'echo failing; exit 2'",
        "--restart on-failure:3",
    ),
    # no rotation: the log grows until the disk is full
    "14.3": (
        "docker run -d --name ex14-ticker --init --cpus 0.5 dockerlab/ticker",
        "--log-opt max-size=100k",
    ),
}
