#!/usr/bin/env bash
# Run the test suite against another Docker Engine version: start the dockerd of a Debian
# suite's docker.io package (e.g. trixie: Engine 26) in place of this machine's engine.
#
#   pkill -x dockerd                              # stop your usual engine first (one at a time:
#                                                 # two daemons fight over docker0 and iptables)
#   bash tools/engine-from-debian.sh start trixie # download, unpack, start on the usual socket
#   (more arguments go to dockerd; the containerd image store, the default of new installs
#   from Engine 29 and of Docker Desktop: echo '{"features": {"containerd-snapshotter": true}}'
#   > /tmp/c8d.json and `start trixie --config-file /tmp/c8d.json`)
#   python3 dev.py test                           # the whole suite against that Engine
#   bash tools/engine-from-debian.sh stop         # stop it; then start your usual dockerd again
#
# The package is unpacked under ~/.cache/dockerlab/engines/<suite>; the daemon keeps its images
# and containers apart from your usual engine's (its own --data-root), so nothing of yours is
# touched. It uses this machine's containerd and runc. Needs root and a reachable Debian mirror.
set -euo pipefail

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/dockerlab/engines

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

start() {
    local suite=$1 dir="$CACHE/$1"
    shift
    if docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
        echo "an engine already answers on this socket; stop it first (pkill -x dockerd)" >&2
        exit 1
    fi
    mkdir -p "$dir"
    if [ ! -x "$dir/root/usr/sbin/dockerd" ]; then
        echo "reading $suite's package index from $MIRROR"
        local file
        file=$(curl -fsSL "$MIRROR/dists/$suite/main/binary-amd64/Packages.xz" | xz -dc |
            awk 'BEGIN{RS=""} /(^|\n)Package: docker\.io\n/ {
                     if (match($0, /\nFilename: [^\n]+/))
                         print substr($0, RSTART + 11, RLENGTH - 11) }' | head -1)
        [ -n "$file" ] || { echo "no docker.io package in $suite" >&2; exit 1; }
        echo "downloading $file"
        curl -fsSL -o "$dir/docker.io.deb" "$MIRROR/$file"
        dpkg-deb -x "$dir/docker.io.deb" "$dir/root"
    fi
    mkdir -p "$dir/data" "$dir/exec"
    PATH="$dir/root/usr/sbin:$dir/root/usr/bin:$PATH" nohup "$dir/root/usr/sbin/dockerd" \
        --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$CACHE/dockerd.pid" "$@" \
        >"$dir/dockerd.log" 2>&1 &
    for _ in $(seq 60); do
        local version
        if version=$(docker version 2>/dev/null \
            --format 'Engine {{.Server.Version}} (API {{.Server.APIVersion}})'); then
            echo "$version; log: $dir/dockerd.log; stop with: bash $0 stop"
            return 0
        fi
        sleep 1
    done
    echo "dockerd did not answer within 60 s; see $dir/dockerd.log" >&2
    exit 1
}

stop() {
    local pidfile="$CACHE/dockerd.pid"
    [ -f "$pidfile" ] || { echo "no engine started by this script is running" >&2; exit 1; }
    kill "$(cat "$pidfile")"
    for _ in $(seq 60); do
        [ -f "$pidfile" ] || { echo "stopped"; return 0; }
        sleep 1
    done
    echo "dockerd is still stopping (pid $(cat "$pidfile"))" >&2
}

case "${1:-}" in
    start) [ $# -ge 2 ] || usage; shift; start "$@" ;;
    stop) stop ;;
    *) usage ;;
esac
