"""Kubernetes, ready but not run: the pod KubeSpawner would submit with
``classroom/k8s/values.yaml``, built offline and validated against the Kubernetes schema."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

pytestmark = pytest.mark.classroom

yaml = pytest.importorskip("yaml")
kubespawner = pytest.importorskip("kubespawner")
kubernetes_validate = pytest.importorskip("kubernetes_validate")

VALUES = Path(__file__).resolve().parents[2] / "classroom" / "k8s" / "values.yaml"
#: The Kubernetes version whose schema the manifests must satisfy.
KUBERNETES = "1.30.0"


def spawner_config(values: dict[str, Any]) -> dict[str, Any]:
    """KubeSpawner settings from the chart's ``singleuser`` values, as Zero to JupyterHub's
    own hub configuration maps them (the subset these values use)."""
    single = values["singleuser"]
    storage = single["storage"]
    home = "volume-{user_server}"
    return {
        "image": f"{single['image']['name']}:{single['image']['tag']}",
        "image_pull_policy": single["image"]["pullPolicy"],
        "cmd": [single["cmd"]],
        "default_url": single["defaultUrl"],
        "uid": single["uid"],
        "fs_gid": single["fsGid"],
        "environment": dict(single["extraEnv"]),
        "mem_limit": single["memory"]["limit"],
        "mem_guarantee": single["memory"]["guarantee"],
        "cpu_limit": float(single["cpu"]["limit"]),
        "cpu_guarantee": float(single["cpu"]["guarantee"]),
        "storage_pvc_ensure": storage["type"] == "dynamic",
        "storage_capacity": storage["capacity"],
        "pvc_name_template": "claim-{user_server}",
        "volumes": [
            {"name": home, "persistentVolumeClaim": {"claimName": "{pvc_name}"}},
            *storage["extraVolumes"],
        ],
        "volume_mounts": [
            {"name": home, "mountPath": storage["homeMountPath"]},
            *storage["extraVolumeMounts"],
        ],
        "extra_containers": single["extraContainers"],
    }


#: KubeSpawner loads a client configuration when it is made; this one names a cluster that
#: nothing ever contacts (building manifests sends no request).
KUBECONFIG = """apiVersion: v1
kind: Config
clusters: [{name: none, cluster: {server: "https://127.0.0.1:1"}}]
users: [{name: none, user: {token: none}}]
contexts: [{name: none, context: {cluster: none, user: none, namespace: classroom}}]
current-context: none
"""


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    path = tmp_path_factory.mktemp("kube") / "config"
    path.write_text(KUBECONFIG)
    from kubernetes_asyncio.config import kube_config

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kube_config, "KUBE_CONFIG_DEFAULT_LOCATION", str(path))
        patch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
        return manifests()


def manifests() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    from kubernetes_asyncio.client import ApiClient
    from kubespawner import KubeSpawner
    from traitlets.config import Config

    values = yaml.safe_load(VALUES.read_text())
    config = Config()
    for key, value in spawner_config(values).items():
        setattr(config.KubeSpawner, key, value)

    async def build() -> tuple[Any, Any]:
        user = SimpleNamespace(name="learner01", id=1, url="/user/learner01/")
        spawner = KubeSpawner(_mock=True, config=config, user=user)  # needs a running loop
        pod, pvc = await spawner.get_pod_manifest(), spawner.get_pvc_manifest()
        async with ApiClient() as client:
            return (client.sanitize_for_serialization(pod), client.sanitize_for_serialization(pvc))

    pod, pvc = asyncio.run(build())
    return values, pod, pvc


Built = tuple[dict[str, Any], dict[str, Any], dict[str, Any]]


def test_the_pod_and_its_claim_are_valid_kubernetes_objects(built: Built) -> None:
    _values, pod, pvc = built
    for manifest in (pod, pvc):
        # raises ValidationError (with every problem listed) when the schema disagrees
        kubernetes_validate.validate(manifest, KUBERNETES, strict=True)
    assert pod["kind"] == "Pod" and pvc["kind"] == "PersistentVolumeClaim"
    assert pod["metadata"]["name"] == "jupyter-learner01"


def test_the_engine_is_a_privileged_sidecar_with_an_empty_dir(built: Built) -> None:
    _values, pod, _pvc = built
    containers = {c["name"]: c for c in pod["spec"]["containers"]}
    assert sorted(containers) == ["engine", "notebook"]
    engine, notebook = containers["engine"], containers["notebook"]
    assert engine["securityContext"]["privileged"] is True
    assert not (notebook.get("securityContext") or {}).get("privileged")
    volumes = {v["name"]: v for v in pod["spec"]["volumes"]}
    data = next(m for m in engine["volumeMounts"] if m["mountPath"] == "/var/lib/docker")
    assert volumes[data["name"]] == {"name": "engine-data", "emptyDir": {}}
    # both containers see the engine's socket; the notebook is told where it is
    socket = {m["name"] for m in notebook["volumeMounts"]} & {
        m["name"] for m in engine["volumeMounts"]
    }
    assert socket == {"engine-socket"}
    env = {e["name"]: e.get("value") for e in notebook["env"]}
    assert env["DOCKER_HOST"] == "unix:///var/run/dockerlab/docker.sock"
    assert "--host=unix:///var/run/dockerlab/docker.sock" in engine["command"]
    # one pod, one network namespace: 127.0.0.1 is shared (no hostNetwork)
    assert not pod["spec"].get("hostNetwork")


def test_limits_home_and_culler(built: Built) -> None:
    values, pod, pvc = built
    containers = {c["name"]: c for c in pod["spec"]["containers"]}
    assert containers["notebook"]["resources"]["limits"] == {"cpu": 1.0, "memory": 1024**3}
    assert containers["engine"]["resources"]["limits"]["memory"] == "1G"
    home = next(
        m for m in containers["notebook"]["volumeMounts"] if m["mountPath"] == "/home/learner"
    )
    claim = next(v for v in pod["spec"]["volumes"] if v["name"] == home["name"])
    assert claim["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"]
    assert pvc["spec"]["resources"]["requests"]["storage"] == "2Gi"
    assert values["cull"] == {"enabled": True, "timeout": 3600, "every": 300}
    assert values["hub"]["config"]["JupyterHub"]["authenticator_class"] == "shared-password"
    assert values["hub"]["config"]["Authenticator"]["admin_users"] == ["instructor"]


def test_the_validator_rejects_what_a_cluster_would(built: Built) -> None:
    import copy

    _values, pod, _pvc = built
    broken = copy.deepcopy(pod)
    broken["spec"]["containers"][1]["securityContext"]["privileged"] = "yes"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES, strict=True)
