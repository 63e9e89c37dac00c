"""Wrong answers to notebook 11's exercises."""

WRONG = {
    # the containers that wrote are kept: nothing shows that the data outlives them
    "11.1": (
        "docker volume create ex11-visits\n"
        "for n in 1 2 3; do docker run --name ex11-visit-$n -v ex11-visits:/data "
        "dockerlab/busybox sh -c 'hostname >> /data/visits'; done",
        "the data outlives them",
    ),
    # a relative name after -v is a named volume, not the folder
    "11.2": (
        "mkdir -p ex11-site\necho '<h1>ex11</h1>' > ex11-site/index.html\n"
        "docker run -d --name ex11-web -p 127.0.0.1::80 -v ex11-site:/www:ro dockerlab/web",
        "mounts a named volume",
    ),
    # restored with -o: every file now belongs to root
    "11.3": (
        "docker volume create ex11-source\n"
        "docker run --rm -v ex11-source:/data dockerlab/busybox sh -c 'mkdir -p /data/notes"
        " && echo first > /data/notes/1.txt && chown -R 1000:1000 /data/notes'\n"
        "mkdir -p ex11-backup\n"
        'docker run --rm -v ex11-source:/data -v "$PWD/ex11-backup":/backup '
        "dockerlab/busybox tar -cf /backup/source.tar -C /data .\n"
        "docker volume create ex11-copy\n"
        'docker run --rm -v ex11-copy:/data -v "$PWD/ex11-backup":/backup '
        "dockerlab/busybox tar -xof /backup/source.tar -C /data",
        "without -o",
    ),
}
