"""The Engine's streaming answers: a log follow or pull progress (:class:`Stream`), and an
attach or exec session's socket (:class:`RawSession`), both closable from any thread."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from typing import Any

import requests

from ..engine_errors import engine_errors

__all__ = ["Json", "RawSession", "Stream"]

Json = dict[str, Any]


class Stream:
    """A streaming answer of the Engine: a following log (:meth:`read` its bytes as they come,
    a TTY's single bytes and a busy container's bursts alike) or pull progress (iterate
    :meth:`events`). :meth:`close`, from any thread, ends a blocked read at once."""

    def __init__(self, api: Any, response: requests.Response, what: str = "") -> None:
        self._api, self._response, self._what = api, response, what
        self._sock = api._get_raw_response_socket(response)
        api._disable_socket_timeout(self._sock)  # a quiet container is not an error
        self.closed = False

    def read(self) -> bytes:
        """The next bytes (b"" at the end, or after :meth:`close`)."""
        try:
            return bytes(self._response.raw.read1(65536))
        except (OSError, ValueError, AttributeError):
            return b""  # closed by close()

    def events(self) -> Iterator[Json]:
        """The decoded JSON events; failures come translated, none after :meth:`close`."""
        try:
            with engine_errors("image", self._what):
                yield from self._api._stream_helper(self._response, decode=True)
        except Exception:  # closed under the reader: whatever docker-py met, it is over
            if not self.closed:
                raise

    def close(self) -> None:
        self.closed = True
        _shutdown(self._sock)
        with contextlib.suppress(Exception):  # closing twice is fine
            self._response.close()


class RawSession:
    """An attach or exec session's socket: bytes both ways, closable from any thread."""

    def __init__(self, wrapper: Any) -> None:
        self._wrapper = wrapper
        self._raw: socket.socket = getattr(wrapper, "_sock", wrapper)

    def recv(self, size: int = 4096) -> bytes:
        try:
            return self._raw.recv(size)
        except OSError:
            return b""

    def sendall(self, data: bytes) -> None:
        with engine_errors():
            self._raw.sendall(data)

    def close(self) -> None:
        _shutdown(self._raw)
        with contextlib.suppress(OSError, AttributeError):
            self._wrapper.close()


def _shutdown(sock: Any) -> None:
    """Unblock a reader: shut the socket down (the read returns), then close it."""
    raw = getattr(sock, "_sock", sock)
    with contextlib.suppress(OSError, AttributeError):
        raw.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError, AttributeError):
        raw.close()
