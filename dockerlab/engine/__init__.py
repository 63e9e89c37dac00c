"""The Engine adapter: the one place where dockerlab talks to the Docker Engine.

``adapter.py`` holds :class:`Engine`, ``streams.py`` its streaming answers.

Every Engine call of the library goes through an :class:`Engine` (``Engine.of(client)``), a
typed wrapper of docker-py's ``APIClient`` that translates failures once
(:mod:`dockerlab.engine_errors`: the learner's error, the Engine's ``status_code``, the cause
chained), is the only module touching docker-py's internals (raw log streams, attach and exec
sockets, endpoints docker-py lacks), and answers plain JSON for the pure :mod:`dockerlab.frames`.
Where to connect is :mod:`dockerlab.client`'s business (``DOCKER_HOST``, contexts).
"""

from __future__ import annotations

from ..engine_errors import ENGINE_FAILURES, ObjectNotFound, engine_errors, explanation, translate
from .adapter import Engine
from .streams import Json, RawSession, Stream

__all__ = [
    "ENGINE_FAILURES",
    "Engine",
    "Json",
    "ObjectNotFound",
    "RawSession",
    "Stream",
    "engine_errors",
    "explanation",
    "translate",
]
