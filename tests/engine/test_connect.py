"""connect() against the real Engine."""

from __future__ import annotations

import pytest

import dockerlab

pytestmark = pytest.mark.engine


def test_connect_reaches_the_engine(client):
    assert client.ping()
    assert client.api.timeout == 60


def test_default_client_is_shared_and_functions_accept_client(client):
    assert dockerlab.default_client() is dockerlab.default_client()
    frame = dockerlab.ps(all=True, filters={"label": "dockerlab.course=test-none"}, client=client)
    assert frame.empty and frame.command == (
        "docker ps -a --filter label=dockerlab.course=test-none"
    )
