"""Wrong answers to notebook 09's exercises."""

WRONG = {
    "09.1": (
        "docker run -d --name ex09-web1 dockerlab/web\n"
        "docker run -d --name ex09-web2 dockerlab/web\n"
        "docker run --name ex09-job dockerlab/busybox echo done\n"
        "docker rm -f $(docker ps -aq --filter name=ex09-)",
        "--filter status=exited",
    ),
    "09.2": (
        "docker tag dockerlab/web ex09/site:1.0\ndocker run -d --name ex09-site ex09/site:1.0",
        "-p 127.0.0.1::80",
    ),
}
