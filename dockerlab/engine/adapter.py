"""The :class:`Engine`: every Engine call of the library, typed, errors translated once."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

import docker
import docker.auth
import docker.errors
from docker.models.images import Image

from ..client import EngineTarget, engine_target, resolve
from ..engine_errors import engine_errors
from ..errors import ContainerNotFound, DockerlabError, ImageNotFound, InvalidReference, NotFound
from ..i18n import N_
from .streams import Json, RawSession, Stream

__all__ = ["Engine", "Json"]


class Engine:
    """dockerlab's door to one Docker Engine (see the module docstring)."""

    def __init__(self, api: docker.APIClient, client: docker.DockerClient | None = None) -> None:
        self.api = api
        self.client = client
        #: docker-py's private methods (raw endpoints, streams), which its type stubs leave
        #: out: reached through this one untyped handle, here and nowhere else.
        self._internals: Any = api

    @classmethod
    def of(cls, client: Engine | docker.DockerClient | docker.APIClient | None = None) -> Engine:
        """The Engine of ``client`` (a docker-py client, or None for the default one)."""
        if isinstance(client, Engine):
            return client
        if isinstance(client, docker.APIClient):
            return cls(client)
        found = resolve(client)
        return cls(found.api, found)

    def _errors(self, kind: str | None = None, name: str | None = None) -> Any:
        """:func:`engine_errors` that names this Engine's address when it does not answer."""
        return engine_errors(kind, name, self._target)

    def _target(self) -> EngineTarget:
        path = getattr(getattr(self._internals, "_custom_adapter", None), "socket_path", None)
        url = f"unix://{path}" if path else str(self.api.base_url)
        with contextlib.suppress(DockerlabError):  # a broken context: name the address only
            found = engine_target()
            if found.base_url.replace("http+unix://", "unix://") == url:
                return found
        return EngineTarget(url, N_("this client"))

    @property
    def api_version(self) -> str:
        return str(self.api.api_version)

    # -- the Engine itself -------------------------------------------------------------------
    def version(self) -> Json:
        with self._errors():
            return dict(self.api.version())

    def info(self) -> Json:
        with self._errors():
            return dict(self.api.info())

    # -- containers ----------------------------------------------------------------------------
    def containers(
        self, *, all: bool = False, filters: Mapping[str, Any] | None = None, **params: Any
    ) -> list[Json]:
        with self._errors("container"):
            return list(
                self.api.containers(all=all, filters=dict(filters) if filters else None, **params)
            )

    def inspect_container(self, name: str) -> Json:
        with self._errors("container", name):
            return dict(self.api.inspect_container(name))

    def find_container(self, name: str) -> Json | None:
        """``inspect_container``, or None when there is no such container."""
        try:
            return self.inspect_container(name)
        except ContainerNotFound:
            return None

    def path_exists(self, name: str, path: str) -> bool:
        """Whether ``path`` exists in container ``name`` (``docker cp`` would find it)."""
        try:
            with self._errors("container", name):
                stream, _stat = self.api.get_archive(name, path)
                for _chunk in stream:  # read the answer to the end: it frees the connection
                    pass
        except NotFound:
            return False
        return True

    def top(self, name: str, ps_args: str | None = None) -> Json:
        with self._errors("container", name):
            return dict(self.api.top(name, ps_args=ps_args))

    def diff(self, name: str) -> list[Json]:
        with self._errors("container", name):
            return list(self.api.diff(name) or [])

    def stats(self, name: str, *, one_shot: bool = False) -> Json:
        """One stats sample (the Engine's two, primed, unless ``one_shot``)."""
        with self._errors("container", name):
            if one_shot:
                return dict(self.api.stats(name, stream=False, one_shot=True))
            return dict(self.api.stats(name, stream=False))

    def logs(self, container_id: str, params: Mapping[str, Any]) -> bytes:
        """``GET /containers/{id}/logs`` (not following): the raw, multiplexed bytes."""
        with self._errors("container", container_id):
            response = self._internals._get(
                self._internals._url("/containers/{0}/logs", container_id), params=dict(params)
            )
            self._internals._raise_for_status(response)
            return bytes(response.content)

    def follow_logs(self, container_id: str, params: Mapping[str, Any]) -> Stream:
        """``GET /containers/{id}/logs?follow=1``, as a stream to read and close."""
        with self._errors("container", container_id):
            response = self._internals._get(
                self._internals._url("/containers/{0}/logs", container_id),
                params=dict(params),
                stream=True,
            )
            self._internals._raise_for_status(response)
            return Stream(self._internals, response)

    def logs_text(self, name: str) -> str:
        with self._errors("container", name):
            return bytes(self.api.logs(name, stdout=True, stderr=True)).decode("utf-8", "replace")

    def act(self, action: str, name: str) -> None:
        """``docker start|stop|restart|pause|unpause|kill|rm -f NAME``."""
        with self._errors("container", name):
            if action == "remove":
                self.api.remove_container(name, force=True)
            else:
                getattr(self.api, action)(name)

    def create_container(
        self, image: str, command: str | Sequence[str] | None = None, **options: Any
    ) -> str:
        with self._errors("image", image):
            argv = command if command is None or isinstance(command, str) else list(command)
            return str(self.api.create_container(image, argv, **options)["Id"])

    def start(self, name: str) -> None:
        with self._errors("container", name):
            self.api.start(name)

    def remove_container(self, name: str, *, force: bool = True) -> None:
        with self._errors("container", name):
            self.api.remove_container(name, force=force, v=True)

    def attach(self, container_id: str) -> RawSession:
        """``docker attach`` with stdin, detachable with Ctrl+P Ctrl+Q."""
        with self._errors("container", container_id):
            return RawSession(
                self.api.attach_socket(
                    container_id,
                    params={
                        "stdin": 1,
                        "stdout": 1,
                        "stderr": 1,
                        "stream": 1,
                        "detachKeys": "ctrl-p,ctrl-q",
                    },
                )
            )

    def exec_session(self, container_id: str, argv: Sequence[str]) -> tuple[str, RawSession]:
        """``docker exec -it CONTAINER ARGV``: the exec's ID and its socket."""
        with self._errors("container", container_id):
            exec_id = str(
                self.api.exec_create(container_id, list(argv), stdin=True, tty=True)["Id"]
            )
            return exec_id, RawSession(self.api.exec_start(exec_id, tty=True, socket=True))

    def exec_output(self, name: str, argv: Sequence[str]) -> tuple[int, str]:
        """``docker exec NAME ARGV``: its exit code and output."""
        with self._errors("container", name):
            exec_id = self.api.exec_create(name, list(argv))["Id"]
            output = bytes(self.api.exec_start(exec_id)).decode("utf-8", "replace")
            return int(self.api.exec_inspect(exec_id)["ExitCode"]), output

    # -- images ------------------------------------------------------------------------------
    def images(
        self,
        name: str | None = None,
        *,
        all: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> list[Json]:
        with self._errors("image", name):
            return list(
                self.api.images(name=name, all=all, filters=dict(filters) if filters else None)
            )

    def inspect_image(self, ref: str) -> Json:
        with self._errors("image", ref):
            return dict(self.api.inspect_image(ref))

    def find_image(self, ref: str) -> Json | None:
        """``inspect_image``, or None when there is no such image (or no such reference)."""
        try:
            return self.inspect_image(ref)
        except (ImageNotFound, InvalidReference):
            return None

    def history(self, ref: str) -> list[Json]:
        with self._errors("image", ref):
            return list(self.api.history(ref))

    def search(self, params: Mapping[str, Any]) -> list[Json]:
        """``GET /images/search`` with every parameter (docker-py's method has no filters)."""
        with self._errors():
            return list(
                self._internals._result(
                    self._internals._get(
                        self._internals._url("/images/search"), params=dict(params)
                    ),
                    True,
                )
            )

    def pull(self, repository: str, tag: str) -> Stream:
        """``docker pull``: the Engine's progress events, as a stream one can close."""
        what = f"{repository}@{tag}" if ":" in tag else f"{repository}:{tag}"
        with self._errors("image", what):
            headers = {}
            header = docker.auth.get_config_header(
                self.api, docker.auth.resolve_repository_name(repository)[0]
            )
            if header:
                headers["X-Registry-Auth"] = header
            response = self._internals._post(
                self._internals._url("/images/create"),
                params={"fromImage": repository, "tag": tag},
                headers=headers,
                stream=True,
                timeout=None,
            )
            self._internals._raise_for_status(response)
            return Stream(self._internals, response, what)

    def push(self, repository: str, tag: str) -> Iterator[Json]:
        with self._errors("image", f"{repository}:{tag}"):
            yield from self.api.push(repository, tag=tag, stream=True, decode=True)

    def build(self, context: IO[bytes], tag: str) -> Iterator[Json]:
        with self._errors("image", tag):
            yield from self.api.build(
                fileobj=context, custom_context=True, tag=tag, rm=True, forcerm=True, decode=True
            )

    def tag(self, source: str, repository: str, tag: str) -> None:
        with self._errors("image", source):
            self.api.tag(source, repository, tag)

    def remove_image(self, ref: str, *, noprune: bool = False, force: bool = False) -> None:
        with self._errors("image", ref):
            self.api.remove_image(ref, noprune=noprune, force=force)

    def image_model(self, ref: str) -> Image:
        """docker-py's ``Image`` object for ``ref`` (what ``client.images.get`` returns)."""
        with self._errors("image", ref):
            client = self.client or docker.DockerClient(base_url=self.api.base_url)
            return client.images.get(ref)

    def export_images(self, names: Sequence[str]) -> Iterator[bytes]:
        """``docker save NAMES...``: the tarball, in chunks."""
        with self._errors("image", ", ".join(names)):
            response = self._internals._get(
                self._internals._url("/images/get"), params={"names": list(names)}, stream=True
            )
            self._internals._raise_for_status(response)
            yield from response.iter_content(chunk_size=1 << 20)

    def load_images(self, data: IO[bytes]) -> list[Json]:
        with self._errors("image"):
            return [line for line in self.api.load_image(data) or [] if isinstance(line, dict)]

    # -- volumes and networks ----------------------------------------------------------------
    def volumes(self, filters: Mapping[str, Any] | None = None) -> list[Json]:
        """``GET /volumes`` (``docker volume ls``), with the CLI's ``--filter`` keys."""
        with self._errors():
            answer = self.api.volumes(filters=dict(filters) if filters else None)
            return list((answer or {}).get("Volumes") or [])

    def find_volume(self, name: str) -> Json | None:
        try:
            with self._errors():
                return dict(self.api.inspect_volume(name))
        except NotFound:
            return None

    def create_volume(self, name: str, labels: Mapping[str, str]) -> None:
        with self._errors():
            self.api.create_volume(name, labels=dict(labels))

    def remove_volume(self, name: str) -> None:
        with self._errors():
            self.api.remove_volume(name, force=True)

    def networks(self, filters: Mapping[str, Any] | None = None) -> list[Json]:
        """``GET /networks`` (``docker network ls``), with the CLI's ``--filter`` keys."""
        with self._errors():
            return list(self.api.networks(filters=dict(filters) if filters else None))

    def remove_network(self, network_id: str) -> None:
        """Disconnect every container from the network, then remove it."""
        with self._errors():
            attached = self.api.inspect_network(network_id).get("Containers") or {}
            for container_id in attached:
                self.api.disconnect_container_from_network(container_id, network_id, force=True)
            self.api.remove_network(network_id)
