"""Wrong answers to notebook 10's exercises."""

_SECRET = (
    "mkdir -p ex10-secret\n"
    "echo 'echo hello from ex10' > ex10-secret/hello.sh\n"
    "echo 'API_TOKEN=keep-me-out' > ex10-secret/secret.env\n"
)
_ORDER = (
    "mkdir -p ex10-order\n"
    "printf 'print(1)\\n' > ex10-order/render.py\n"
    "printf '# none\\n' > ex10-order/requirements.txt\n"
    "printf 'sleep 1\\ndate +%%s%%N > installed-at\\n' > ex10-order/install.sh\n"
)

WRONG = {
    # the secret deleted by a later step: the COPY layer still holds it
    "10.1": (
        _SECRET + "printf 'FROM dockerlab/busybox\\nWORKDIR /app\\nCOPY . .\\n"
        'RUN rm secret.env\\nCMD ["sh", "hello.sh"]\\n\' > ex10-secret/Dockerfile\n'
        "docker build -q -t ex10/secret ex10-secret",
        "with .dockerignore instead",
    ),
    # the order left as it was: the code change sets the install off again
    "10.2": (
        _ORDER + "printf 'FROM dockerlab/python\\nWORKDIR /app\\nCOPY . .\\n"
        "RUN sh install.sh\\n' > ex10-order/Dockerfile\n"
        "docker build -q -t ex10/order:1 ex10-order\n"
        'echo "# $(date +%s%N)" >> ex10-order/render.py\n'
        "docker build -q -t ex10/order:2 ex10-order",
        "COPY . . only after it",
    ),
    # a single-stage image pushed: Python and all
    "10.3": (
        "mkdir -p ex10-site/pages\n"
        "printf 'FROM dockerlab/python\\nWORKDIR /app\\nCOPY . .\\n' > ex10-site/Dockerfile\n"
        "docker build -q -t $REGISTRY/ex10/site:1.0 ex10-site\n"
        "docker push -q $REGISTRY/ex10/site:1.0",
        "must start FROM dockerlab/web",
    ),
}
