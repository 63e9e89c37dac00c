"""The stats sampler against a canned Engine (no daemon): which requests it makes, and the rows
it builds from what each Engine version answers."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from dockerlab.stats import StatsSampler, one_shot_is_immediate

# the module, not the function ``dockerlab.stats`` that the package re-exports under that name
stats_module = sys.modules["dockerlab.stats"]

A, B = "a" * 64, "b" * 64


def sample(total: int, system: int, **extra):
    return {
        "cpu_stats": {
            "cpu_usage": {"total_usage": total},
            "system_cpu_usage": system,
            "online_cpus": 2,
        },
        "memory_stats": {"usage": 2**20, "limit": 2**30},
        "pids_stats": {"current": 1},
        **extra,
    }


class CannedApi:
    """Answers ``stats`` like an Engine of ``version``; counts the requests."""

    api_version = "1.41"  # what docker-py negotiated

    def __init__(self, version: str, answers: dict[tuple[str, bool], list[dict]]):
        self._version = version
        self.answers = answers
        self.calls: list[tuple[str, bool]] = []

    def version(self):
        return {"Version": self._version, "ApiVersion": "1.41", "Components": [{"Name": "Engine"}]}

    def stats(self, container, stream=True, one_shot=None):
        assert stream is False
        self.calls.append((container, bool(one_shot)))
        return self.answers[(container, bool(one_shot))].pop(0)


@pytest.mark.parametrize(
    ("version", "answers", "expected_calls", "expected"),
    [
        # Engine 26: immediate one-shot, no "id"/"name" in the answer; two rounds measure CPU %
        (
            "26.1.5+dfsg1",
            {(A, True): [sample(1_000, 10_000), sample(2_000, 20_000)]},
            [(A, True), (A, True)],
            {"CONTAINER ID": A[:12], "NAME": "web", "CPU %": "20.00%"},
        ),
        # Engine 20.10: one request for the Engine's own two samples (precpu_stats filled in)
        (
            "20.10.24+dfsg1",
            {
                (B, False): [
                    sample(
                        3_000,
                        20_000,
                        id=B,
                        name="/db",
                        precpu_stats={
                            "cpu_usage": {"total_usage": 1_000},
                            "system_cpu_usage": 10_000,
                        },
                    )
                ]
            },
            [(B, False)],
            {"CONTAINER ID": B[:12], "NAME": "db", "CPU %": "40.00%"},
        ),
    ],
)
def test_measure_asks_each_engine_the_quickest_correct_way(
    monkeypatch, version, answers, expected_calls, expected
):
    monkeypatch.setattr(stats_module.time, "sleep", lambda seconds: None)
    api = CannedApi(version, answers)
    sampler = StatsSampler(SimpleNamespace(api=api))
    cid = expected_calls[0][0]
    try:
        rows = sampler.measure({cid: "/" + expected["NAME"]})
    finally:
        sampler.close()
    assert api.calls == expected_calls
    assert len(rows) == 1
    assert {k: rows[0][k] for k in expected} == expected
    assert rows[0]["id"] == cid


@pytest.mark.parametrize(
    ("version", "immediate"),
    [
        ({"Version": "20.10.24+dfsg1", "Components": [{"Name": "Engine"}]}, False),
        ({"Version": "24.0.6", "Components": [{"Name": "Engine"}]}, False),
        ({"Version": "24.0.7", "Components": [{"Name": "Engine"}]}, True),
        ({"Version": "28.2.2", "Components": [{"Name": "Engine"}]}, True),
        ({"Version": "5.2.0", "Components": [{"Name": "Podman Engine"}]}, True),
        ({"Version": "dev"}, True),
    ],
)
def test_which_engines_answer_one_shot_at_once(version, immediate):
    assert one_shot_is_immediate(version) is immediate
