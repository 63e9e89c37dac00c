"""Wrong answers to notebook 04's exercises."""

WRONG = {
    "04.1": (
        "docker run --name ex04-hello dockerlab/hello-world",
        "name the registry in front of the image",
    ),
    "04.2": (
        "docker run -d --name ex04-cache -p 127.0.0.1::5000 dockerlab/registry",
        "REGISTRY_PROXY_REMOTEURL",
    ),
}
