"""Exercises of notebook 10, Dockerfile and ``docker build``: a secret kept out of every
layer, an instruction order the cache rewards, and a small image in the course registry."""

from __future__ import annotations

from typing import Any

from ..engine import Engine
from ..i18n import N_, _
from ..kit import registry as kit_registry
from .base import NotYet, exercise
from .files import final_files, image_layers
from .helpers import image
from .s06 import registry_digests

#: The largest the small site image may be: dockerlab/web is about 2 MB (3 MB in the
#: containerd image store); a single-stage image on dockerlab/python is over 140 MB.
SMALL = 20_000_000

# The project files the automated solutions write (a learner copies the lesson's folder).
_PROJECT = r"""
mkdir -p {dir}/pages
printf 'print("rendering")\n' > {dir}/render.py
printf '# no packages\n' > {dir}/requirements.txt
printf 'echo "installing"\nsleep 1\n' > {dir}/install.sh
"""


@exercise(
    "10.1",
    N_("keep a secret out of every layer"),
    solution="""
echo secret.env > ex10-secret/.dockerignore
docker build -t ex10/secret ex10-secret
""",
    automated="""
mkdir -p ex10-secret
printf 'echo hello from ex10\\n' > ex10-secret/hello.sh
echo 'API_TOKEN=keep-me-out' > ex10-secret/secret.env
printf 'FROM dockerlab/busybox\\nWORKDIR /app\\nCOPY . .\\nCMD ["sh", "hello.sh"]\\n' \
    > ex10-secret/Dockerfile
echo secret.env > ex10-secret/.dockerignore
docker build -q -t ex10/secret ex10-secret
""",
)
def _secret(client: Any) -> str:
    if image(client, "ex10/secret") is None:
        raise NotYet(
            _("there is no image ex10/secret"),
            _("build it: docker build -t ex10/secret ex10-secret"),
        )
    layers = image_layers(client, "ex10/secret")
    names = {n.rsplit("/", 1)[-1] for layer in layers for n in layer}
    if "secret.env" in names and ".wh.secret.env" in names:
        raise NotYet(
            _("a later layer deletes secret.env, but the layer COPY made still holds it"),
            _(
                "anyone with the image can read every layer (docker save); keep the "
                "file out of the build context with .dockerignore instead"
            ),
        )
    if "secret.env" in names:
        raise NotYet(
            _("the image holds secret.env"),
            _("list it in ex10-secret/.dockerignore, then build again"),
        )
    if not any(n.rsplit("/", 1)[-1] == "hello.sh" for n in final_files(layers)):
        raise NotYet(
            _("the image has no hello.sh"),
            _("ignore only the secret: the program must still go into the image"),
        )
    return _("ex10/secret holds hello.sh, and none of its layers holds secret.env")


@exercise(
    "10.2",
    N_("an order the build cache rewards"),
    solution="""
cat > ex10-order/Dockerfile <<'EOF'
FROM dockerlab/python
WORKDIR /app
COPY requirements.txt install.sh ./
RUN sh install.sh
COPY . .
CMD ["python3", "render.py"]
EOF
docker build -t ex10/order:1 ex10-order
echo "# a change" >> ex10-order/render.py
docker build -t ex10/order:2 ex10-order
""",
    automated=_PROJECT.format(dir="ex10-order")
    + """
printf 'FROM dockerlab/python\\nWORKDIR /app\\nCOPY requirements.txt install.sh ./\\n\
RUN sh install.sh\\nCOPY . .\\nCMD ["python3", "render.py"]\\n' > ex10-order/Dockerfile
docker build -q -t ex10/order:1 ex10-order
echo "# a change: $(date +%s%N)" >> ex10-order/render.py
docker build -q -t ex10/order:2 ex10-order
""",
)
def _order(client: Any) -> str:
    found: dict[str, dict[str, Any]] = {}
    for tag in ("1", "2"):
        got = image(client, f"ex10/order:{tag}")
        if got is None:
            raise NotYet(
                _("there is no image ex10/order:{tag}").format(tag=tag),
                _(
                    "build :1, change render.py, then build :2 "
                    "(docker build -t ex10/order:1 ex10-order)"
                ),
            )
        found[tag] = got
    if found["1"]["Id"] == found["2"]["Id"]:
        raise NotYet(
            _("ex10/order:1 and ex10/order:2 are the same image"),
            _("change render.py between the two builds, then build :2 again"),
        )
    installs = {tag: _install_step(client, f"ex10/order:{tag}") for tag in ("1", "2")}
    if installs["1"] is None or installs["2"] is None:
        raise NotYet(
            _("an ex10/order image has no RUN sh install.sh step"),
            _("keep RUN sh install.sh in the Dockerfile"),
        )
    if installs["1"] != installs["2"]:
        raise NotYet(
            _("the install step ran again for ex10/order:2"),
            _(
                "copy requirements.txt and install.sh first, RUN sh install.sh, and "
                "COPY . . only after it; then build :1, change render.py, build :2"
            ),
        )
    return _("ex10/order:2 differs from :1, and reused the install step of :1 from the build cache")


def _install_step(client: Any, ref: str) -> int | None:
    """When the ``RUN sh install.sh`` step of ``ref`` was made (``docker history``): a step
    taken from the build cache keeps the time it was first made, in either builder."""
    for row in Engine.of(client).history(ref):
        made_by = str(row.get("CreatedBy", ""))
        if "install.sh" in made_by and "COPY" not in made_by:
            return int(row.get("Created") or 0)
    return None


@exercise(
    "10.3",
    N_("a small site in the course registry"),
    solution="""
cp -r nb10-site ex10-site
printf 'About me\\n\\nI built this site with a multi-stage build.\\n' > ex10-site/pages/me.txt
docker build -t $REGISTRY/ex10/site:1.0 -f ex10-site/Dockerfile.multi ex10-site
docker push $REGISTRY/ex10/site:1.0
""",
    automated="""
mkdir -p ex10-site/pages
cat > ex10-site/render.py <<'EOF'
import pathlib
site = pathlib.Path("site")
site.mkdir(exist_ok=True)
names = [p.stem + ".html" for p in sorted(pathlib.Path("pages").glob("*.txt"))]
for name in names:
    (site / name).write_text("<h1>" + name + "</h1>")
(site / "index.html").write_text("".join(f'<a href="{n}">{n}</a>' for n in names))
EOF
for page in hello layers me; do echo "$page" > ex10-site/pages/$page.txt; done
printf 'FROM dockerlab/python AS build\\nWORKDIR /app\\nCOPY . .\\nRUN python3 render.py\\n\
FROM dockerlab/web\\nCOPY --from=build /app/site/ /www/\\n' > ex10-site/Dockerfile.multi
docker build -q -t $REGISTRY/ex10/site:1.0 -f ex10-site/Dockerfile.multi ex10-site
docker push -q $REGISTRY/ex10/site:1.0
""",
)
def _site(client: Any) -> str:
    address = kit_registry(client=client)
    ref = f"{address}/ex10/site:1.0"
    local = image(client, ref)
    if local is None:
        raise NotYet(
            _("there is no image {ref} here").format(ref=ref),
            _(
                "build it with the multi-stage Dockerfile: docker build -t "
                "$REGISTRY/ex10/site:1.0 -f ex10-site/Dockerfile.multi ex10-site"
            ),
        )
    web = image(client, "dockerlab/web")
    layers = local.get("RootFS", {}).get("Layers") or []
    base = (web or {}).get("RootFS", {}).get("Layers") or []
    if not base or layers[: len(base)] != base:
        raise NotYet(
            _("{ref} is not built on dockerlab/web").format(ref=ref),
            _(
                "its last stage must start FROM dockerlab/web, and COPY --from=build "
                "the rendered site into /www/"
            ),
        )
    size = int(local.get("Size") or 0)
    if size > SMALL:
        raise NotYet(
            _("{ref} is {mb} MB: more than a small site needs").format(
                ref=ref, mb=round(size / 1e6)
            ),
            _("only the rendered site should reach the last stage (COPY --from=build)"),
        )
    files = final_files(image_layers(client, ref))
    pages = sorted(
        n for n in files if n.startswith("www/") and n.endswith(".html") and n != "www/index.html"
    )
    if "www/index.html" not in files or len(pages) < 3:
        raise NotYet(
            _("the site in {ref} has {n} page(s) besides index.html").format(ref=ref, n=len(pages)),
            _(
                "add a page of your own to ex10-site/pages/ (a .txt file: a title line, then "
                "text), and build again"
            ),
        )
    pushed = registry_digests(address, "ex10/site")
    if "1.0" not in pushed:
        raise NotYet(
            _("the course registry has no ex10/site:1.0"),
            _("push it: docker push $REGISTRY/ex10/site:1.0"),
        )
    if f"{address}/ex10/site@{pushed['1.0']}" not in (local.get("RepoDigests") or []):
        raise NotYet(
            _("ex10/site:1.0 in the course registry is not the image you have here"),
            _("push it again: docker push $REGISTRY/ex10/site:1.0"),
        )
    return _(
        "{ref}: {n} pages on dockerlab/web, {mb} MB, and the course registry holds this very image"
    ).format(ref=ref, n=len(pages), mb=round(size / 1e6, 1))
