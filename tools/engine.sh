#!/usr/bin/env bash
# A Docker Engine of its own, beside the one you have: its own network namespace, socket, data
# root and cgroup parent, so that it and your usual Engine never see each other's containers,
# ports or docker0. Used by CI to run the suite on a second Engine version, and by maintainers
# to run the suite in isolation.
#
#   bash tools/engine.sh start NAME [SUITE] [-- DOCKERD-ARGS...]
#        SUITE: a Debian suite (e.g. trixie: Engine 26) whose docker.io package is downloaded
#        from the mirror in this machine's apt configuration and unpacked under
#        ~/.cache/dockerlab/engines; without SUITE, this machine's own dockerd.
#        The containerd image store (Docker Desktop's and new Engine 29 installs' default):
#        start NAME trixie -- --containerd-store   (shorthand this script understands)
#   bash tools/engine.sh exec NAME COMMAND...   run COMMAND in NAME's network namespace with
#        DOCKER_HOST pointing at NAME (e.g. exec NAME python3 dev.py test)
#   bash tools/engine.sh stop NAME             stop it (its data stays for the next start)
#   bash tools/engine.sh rm NAME               stop it and delete its data
#   bash tools/engine.sh plugins [SUITE]       install the docker CLI plugins compose (v2) and
#        buildx from SUITE (default trixie) into /usr/local/lib/docker/cli-plugins, where every
#        docker CLI finds them (Debian 12 itself ships only the deprecated compose v1)
#
# Inside the namespace, 127.0.0.1 is the namespace's own loopback: ports NAME's containers
# publish there are reachable by commands run with `exec`, and by nothing else. Needs root,
# iproute2 and nsenter (util-linux).
set -euo pipefail

CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/dockerlab/engines
RUN=/run/dockerlab-engines

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

# The Debian archive this machine's apt already uses (deb822 .sources files, or sources.list).
mirror() {
    local uri
    uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null |
          awk '{print $2}' | grep -v -- '-security' | head -1)
    if [ -z "$uri" ]; then
        uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
              sed 's/\[[^]]*\]//' | awk '{print $2}' | grep -v -- '-security' | head -1)
    fi
    [ -n "$uri" ] || { echo "no Debian archive found in /etc/apt" >&2; exit 1; }
    echo "${uri%/}"
}

# The unpacked root of a suite's package (default docker.io), downloading it once.
unpack() {
    local suite=$1 package=${2:-docker.io} url file arch
    local dir="$CACHE/$suite${2:+-$2}" probe=${3:-usr/sbin/dockerd}
    if [ ! -e "$dir/root/$probe" ]; then
        url=$(mirror)
        arch=$(dpkg --print-architecture)
        mkdir -p "$dir"
        echo "reading $suite's package index from $url" >&2
        file=$(curl -fsSL --max-time 120 "$url/dists/$suite/main/binary-$arch/Packages.xz" |
            xz -dc | awk -v want="Package: $package" 'BEGIN{RS=""} index($0, want "\n") == 1 {
                     if (match($0, /\nFilename: [^\n]+/))
                         print substr($0, RSTART + 11, RLENGTH - 11) }' | head -1)
        [ -n "$file" ] || { echo "no $package package in $suite" >&2; exit 1; }
        echo "downloading $file" >&2
        curl -fsSL --max-time 600 -o "$dir/package.deb" "$url/$file"
        rm -rf "$dir/root"
        dpkg-deb -x "$dir/package.deb" "$dir/root"
    fi
    echo "$dir/root"
}

sock() { echo "unix://$RUN/$1/docker.sock"; }

start() {
    local name=$1 suite="" root="" dockerd
    shift
    if [ $# -gt 0 ] && [ "$1" != "--" ]; then suite=$1; shift; fi
    [ "${1:-}" = "--" ] && shift
    local args=() c8d=0
    for a in "$@"; do
        if [ "$a" = "--containerd-store" ]; then c8d=1; else args+=("$a"); fi
    done
    local state="$RUN/$name" data="/var/lib/dockerlab-engines/$name"
    if DOCKER_HOST=$(sock "$name") timeout 5 docker version >/dev/null 2>&1; then
        echo "engine $name is already running" >&2
        return 0
    fi
    ip netns list | grep -qw "^$name" || ip netns add "$name"
    ip netns exec "$name" ip link set lo up
    mkdir -p "$state" "$data"
    if [ $c8d = 1 ]; then
        echo '{"features": {"containerd-snapshotter": true}}' > "$state/daemon.json"
    else
        echo '{}' > "$state/daemon.json"
    fi
    dockerd=$(command -v dockerd)
    if [ -n "$suite" ]; then
        root=$(unpack "$suite")
        dockerd="$root/usr/sbin/dockerd"
    fi
    PATH="${root:+$root/usr/sbin:$root/usr/bin:}$PATH" nohup \
        nsenter --net="/run/netns/$name" "$dockerd" \
        --config-file "$state/daemon.json" --data-root "$data" --exec-root "$state/exec" \
        --pidfile "$state/dockerd.pid" -H "$(sock "$name")" --cgroup-parent "/$name" \
        "${args[@]}" >"$state/dockerd.log" 2>&1 &
    for _ in $(seq 60); do
        local version
        if version=$(DOCKER_HOST=$(sock "$name") docker version 2>/dev/null \
                     --format 'Engine {{.Server.Version}} (API {{.Server.APIVersion}})'); then
            echo "$name: $version at $(sock "$name"); log: $state/dockerd.log"
            return 0
        fi
        sleep 1
    done
    echo "dockerd did not answer within 60 s; its log:" >&2
    tail -n 30 "$state/dockerd.log" >&2
    exit 1
}

run_in() {
    local name=$1
    shift
    [ -e "/run/netns/$name" ] || { echo "no engine $name (start it first)" >&2; exit 1; }
    exec nsenter --net="/run/netns/$name" env DOCKER_HOST="$(sock "$name")" "$@"
}

stop() {
    local name=$1 pidfile="$RUN/$1/dockerd.pid" pid
    if [ -f "$pidfile" ]; then
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    ip netns list | grep -qw "^$name" && ip netns delete "$name"
    echo "$name: stopped"
}

remove() {
    stop "$1"
    # dockerd leaves mounts under its exec root (e.g. exec/netns/default): unmount them first
    awk -v run="${RUN:?}/$1/" -v data="/var/lib/dockerlab-engines/$1/" \
        'index($2, run) == 1 || index($2, data) == 1 {print $2}' /proc/mounts | sort -r |
        while read -r mount; do umount -l "$mount" 2>/dev/null || true; done
    rm -rf "/var/lib/dockerlab-engines/$1" "${RUN:?}/$1"
}

plugins() {
    local suite=${1:-trixie} target=/usr/local/lib/docker/cli-plugins root
    mkdir -p "$target"
    for pair in docker-compose:docker-compose docker-buildx:docker-buildx; do
        local package=${pair%%:*} binary=${pair##*:}
        root=$(unpack "$suite" "$package" "usr/libexec/docker/cli-plugins/$binary")
        install -m 0755 "$root/usr/libexec/docker/cli-plugins/$binary" "$target/$binary"
    done
    docker compose version
    docker buildx version
}

case "${1:-}" in
    start) [ $# -ge 2 ] || usage; shift; start "$@" ;;
    exec) [ $# -ge 3 ] || usage; shift; run_in "$@" ;;
    stop) [ $# -eq 2 ] || usage; stop "$2" ;;
    rm) [ $# -eq 2 ] || usage; remove "$2" ;;
    plugins) shift; plugins "$@" ;;
    *) usage ;;
esac
