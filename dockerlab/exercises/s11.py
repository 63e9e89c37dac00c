"""Exercises of notebook 11, volumes and bind mounts: data that outlives its containers, a
folder of the host served read-only, and a backup restored with its owners."""

from __future__ import annotations

import http.client
from typing import Any

from ..engine import Engine
from ..i18n import N_, _
from .base import NotYet, exercise
from .files import run_with_volume
from .helpers import need_container, volume

SECTION = "11"
TIMEOUT = 5.0

#: One line per entry of a volume mounted at /data: owner, mode, path, and the checksum of a
#: file's content, in a fixed order (busybox's find, stat and md5sum).
_LISTING = (
    "cd /data && find . | sort | while read -r f; do "
    'if [ -f "$f" ]; then sum=$(md5sum < "$f" | cut -c1-32); else sum=-; fi; '
    'echo "$(stat -c \'%u:%g %a\' "$f") $f $sum"; done'
)


def _need_volume(client: Any, name: str, hint: str) -> dict[str, Any]:
    found = volume(client, name)
    if found is None:
        raise NotYet(_("there is no volume named {name}").format(name=name), hint)
    return found


def _entries(listing: str) -> dict[str, tuple[str, str]]:
    """``{path: (owner and mode, checksum)}`` from :data:`_LISTING`'s lines, the volume's
    top folder left out."""
    found = {}
    for line in listing.splitlines():
        if line.count(" ") < 3:
            continue
        owner, mode, rest = line.split(" ", 2)
        path, checksum = rest.rsplit(" ", 1)
        if path != ".":
            found[path] = (f"{owner} {mode}", checksum)
    return found


def _read(client: Any, name: str, script: str) -> str:
    status, output = run_with_volume(client, SECTION, name, script)
    if status:
        raise NotYet(
            _("reading the volume {name} failed: {output}").format(
                name=name, output=output.strip() or status
            ),
            _("run the check again; if it fails again, recreate the volume"),
        )
    return output


@exercise(
    "11.1",
    N_("data that outlives its containers"),
    solution="""
docker volume create ex11-visits
docker run --rm -v ex11-visits:/data dockerlab/busybox sh -c 'hostname >> /data/visits'
docker run --rm -v ex11-visits:/data dockerlab/busybox sh -c 'hostname >> /data/visits'
docker run --rm -v ex11-visits:/data dockerlab/busybox sh -c 'hostname >> /data/visits'
""",
)
def _visits(client: Any) -> str:
    _need_volume(client, "ex11-visits", _("create it: docker volume create ex11-visits"))
    lines = _read(client, "ex11-visits", "cat /data/visits 2>/dev/null || true").split()
    writers = sorted(set(lines))
    if len(writers) < 3:
        raise NotYet(
            _("/data/visits in ex11-visits holds {n} container name(s)").format(n=len(writers)),
            _(
                "run three new containers, one after the other, each with --rm and "
                "-v ex11-visits:/data, each doing: hostname >> /data/visits"
            ),
        )
    engine = Engine.of(client)
    alive = [w for w in writers if engine.containers(all=True, filters={"id": w})]
    if alive:
        raise NotYet(
            _("{n} of the containers that wrote to ex11-visits still exist").format(n=len(alive)),
            _("the point is that the data outlives them: use --rm, or docker rm them"),
        )
    return _(
        "{n} containers wrote to ex11-visits, all of them are gone, and their lines stay"
    ).format(n=len(writers))


def _http_get(port: int) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", "/")
        return connection.getresponse().read().decode("utf-8", "replace")
    finally:
        connection.close()


@exercise(
    "11.2",
    N_("serve a folder of your machine"),
    solution="""
mkdir -p ex11-site
echo '<h1>ex11: served from my folder</h1>' > ex11-site/index.html
docker run -d --name ex11-web -p 127.0.0.1::80 -v "$PWD/ex11-site":/www:ro dockerlab/web
curl -s http://$(docker port ex11-web 80)/
""",
)
def _served(client: Any) -> str:
    info = need_container(
        client,
        "ex11-web",
        _(
            'run it: docker run -d --name ex11-web -p 127.0.0.1::80 -v "$PWD/ex11-site":/www:ro '
            "dockerlab/web"
        ),
    )
    mounts = {m.get("Destination"): m for m in info.get("Mounts") or []}
    www = mounts.get("/www")
    if www is None:
        raise NotYet(
            _("ex11-web has nothing mounted at /www"),
            _('remove it (docker rm -f ex11-web) and run it with -v "$PWD/ex11-site":/www:ro'),
        )
    if www.get("Type") != "bind":
        raise NotYet(
            _("/www in ex11-web is a {kind} named {name}, not a folder of your machine").format(
                kind=_("volume") if www.get("Type") == "volume" else www.get("Type"),
                name=www.get("Name", "?"),
            ),
            _(
                "-v NAME:/www mounts a named volume; a bind mount needs the folder's "
                'absolute path: -v "$PWD/ex11-site":/www:ro'
            ),
        )
    if not str(www.get("Source", "")).rstrip("/").endswith("/ex11-site"):
        raise NotYet(
            _("ex11-web serves {source}, not a folder named ex11-site").format(
                source=www.get("Source")
            ),
            _('mount the folder ex11-site: -v "$PWD/ex11-site":/www:ro'),
        )
    if www.get("RW", True):
        raise NotYet(
            _("ex11-web can write to /www"),
            _("mount it read-only: add :ro after the container path"),
        )
    if not info["State"]["Running"]:
        raise NotYet(
            _("ex11-web is not running"),
            _("start it: docker start ex11-web (and docker logs ex11-web if it stops)"),
        )
    bindings = (info["NetworkSettings"].get("Ports") or {}).get("80/tcp") or []
    local = [b for b in bindings if b.get("HostIp") == "127.0.0.1"]
    if not local:
        raise NotYet(
            _("port 80 of ex11-web is not published on 127.0.0.1"),
            _("remove it and run it with -p 127.0.0.1::80"),
        )
    try:
        page = _http_get(int(local[0]["HostPort"]))
    except OSError as exc:
        raise NotYet(
            _("ex11-web does not answer on port {port}: {reason}").format(
                port=local[0]["HostPort"], reason=exc
            ),
            _("docker logs ex11-web says what went wrong"),
        ) from exc
    if "ex11" not in page:
        raise NotYet(
            _("the page ex11-web serves does not contain ex11"),
            _(
                "write ex11-site/index.html with the word ex11 in it: the container "
                "sees the change at once"
            ),
        )
    return _("ex11-web serves your folder ex11-site, read-only, on 127.0.0.1:{port}").format(
        port=local[0]["HostPort"]
    )


_BACKUP = """
mkdir -p ex11-backup
docker run --rm -v ex11-source:/data -v "$PWD/ex11-backup":/backup \\
    dockerlab/busybox tar -cf /backup/source.tar -C /data .
docker volume create ex11-copy
docker run --rm -v ex11-copy:/data -v "$PWD/ex11-backup":/backup \\
    dockerlab/busybox tar -xf /backup/source.tar -C /data
"""
#: The two commands exercise 11.3 gives: a volume with files of two owners.
SOURCE_SETUP = """
docker volume create ex11-source
docker run --rm -v ex11-source:/data dockerlab/busybox sh -c \\
    'mkdir -p /data/notes && echo first > /data/notes/1.txt && echo app > /data/app.conf
     chown -R 1000:1000 /data/notes && chmod 600 /data/app.conf'
"""


@exercise(
    "11.3",
    N_("back up and restore a volume, owners included"),
    solution=_BACKUP,
    automated=SOURCE_SETUP + _BACKUP,
)
def _restored(client: Any) -> str:
    _need_volume(client, "ex11-source", _("create it first, with the two commands the task gives"))
    _need_volume(
        client,
        "ex11-copy",
        _("create it (docker volume create ex11-copy) and restore the backup into it with tar -xf"),
    )
    source = _entries(_read(client, "ex11-source", _LISTING))
    copy = _entries(_read(client, "ex11-copy", _LISTING))
    if not copy:
        raise NotYet(
            _("ex11-copy is empty"),
            _(
                "restore into it: tar -xf /backup/source.tar -C /data, in a container "
                "that mounts ex11-copy at /data and your backup folder at /backup"
            ),
        )
    missing = sorted(set(source) - set(copy))
    if missing:
        raise NotYet(
            _("ex11-copy lacks {paths}").format(paths=", ".join(missing)),
            _("back up the whole volume: tar -cf /backup/source.tar -C /data ."),
        )
    changed = sorted(p for p in source if source[p][1] != copy[p][1])
    if changed:
        raise NotYet(
            _("in ex11-copy, the content of {paths} differs from ex11-source").format(
                paths=", ".join(changed)
            ),
            _("restore from a fresh backup of ex11-source"),
        )
    owners = sorted(p for p in source if source[p][0] != copy[p][0])
    if owners:
        raise NotYet(
            _("in ex11-copy, {paths} lost their owner or mode").format(paths=", ".join(owners)),
            _("restore as root, without -o: then tar gives each file back its owner and mode"),
        )
    return _(
        "ex11-copy holds the {n} entries of ex11-source, with the same content, owners and modes"
    ).format(n=len(source))
