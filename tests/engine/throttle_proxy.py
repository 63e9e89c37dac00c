"""A slow TCP proxy, so that a pull or a push through it lasts long enough to interrupt:
``python throttle_proxy.py LISTEN_PORT TARGET_PORT BYTES_PER_SECOND`` (on 127.0.0.1).

It prints ``ready`` once listening, and forwards every connection both ways, each direction
at most BYTES_PER_SECOND."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time


def pump(source: socket.socket, target: socket.socket, rate: float) -> None:
    try:
        while True:
            data = source.recv(16384)
            if not data:
                break
            target.sendall(data)
            time.sleep(len(data) / rate)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def main(listen: int, target: int, rate: float) -> None:
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", listen))
    server.listen(64)
    print("ready", flush=True)
    while True:
        client, _ = server.accept()
        try:
            upstream = socket.create_connection(("127.0.0.1", target), timeout=5)
        except OSError:
            client.close()
            continue
        upstream.settimeout(None)
        for a, b in ((client, upstream), (upstream, client)):
            threading.Thread(target=pump, args=(a, b, rate), daemon=True).start()


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]))
