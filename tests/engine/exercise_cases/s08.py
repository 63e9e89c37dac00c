"""Wrong answers to notebook 08's exercises."""

WRONG = {
    # the page is changed and the port published, but nobody has fetched the page
    "08.1": (
        "docker run -d --name ex08-web -p 127.0.0.1::80 dockerlab/web\n"
        "docker exec ex08-web sh -c 'echo ex08 > /www/index.html'",
        "docker port ex08-web 80",
    ),
    # a new shell with docker exec instead of coming back with docker attach
    "08.2": (
        "docker run -dit --name ex08-box dockerlab/busybox sh\n"
        "docker exec ex08-box sh -c 'echo $name > /proof'",
        "docker attach takes you back",
    ),
    # sleep as PID 1: docker stop waits, then SIGKILL
    "08.3": (
        "docker run -d --name ex08-sleeper dockerlab/busybox sleep 600\n"
        "docker stop -t 1 ex08-sleeper",
        "--init",
    ),
}
