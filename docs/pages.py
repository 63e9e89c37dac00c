"""The site's generated pages, as text: pure functions of the notebooks, the README and the
glossary's source (``docs/build.py`` writes them out and runs Sphinx).

* every notebook page gets a box saying where its outputs came from (the Engine, its image
  store, the date, from ``metadata.dockerlab`` that ``tools/nbbuild.py`` writes) and how to
  run it live;
* each edition's ``index`` is the course map; the site's front page maps both editions;
* the glossary is read from one table (see :data:`GLOSSARY_SOURCES`);
* the API reference is autodoc over ``dockerlab.__all__``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

EDITIONS = ("zh", "en")
LANG_ATTR = {"zh": "zh-CN", "en": "en"}
#: Where the glossary's table is read from: the first of these files holding a Markdown table
#: headed ``| 中文 | English |``. The glossary belongs in 00's Chinese prose; until 00 has it,
#: the authoring guide's table is the one.
GLOSSARY_SOURCES = ("notebooks/src/00-start-here.py", "notebooks/AUTHORING.md")
GLOSSARY_HEADER = re.compile(r"^\|\s*中文\s*\|\s*English\s*\|\s*$")

TEXT = {
    "zh": {
        "site": "Docker 课程 · 可执行版",
        "intro": "这门课在 Jupyter 笔记本里讲 Docker：每条命令都在真实的 Docker 引擎（Engine）上"
        "执行过，页面上的输出就是那次执行保存下来的结果，没有手工改动。每一页开头都写明"
        "它的输出来自哪个引擎版本、哪一天。",
        "map": "课程地图",
        "col_section": "节",
        "col_title": "内容",
        "col_time": "时间",
        "col_run": "输出来自",
        "run": "自己运行这门课",
        "run_intro": "需要一个正在运行的 Docker 引擎和 Python 3.10 或更新版本。"
        "在课程仓库的根目录执行：",
        "run_lab": "准备环境和课程工具包（kit），在 JupyterLab 里打开课程"
        "（中文版；英文版加 `--en`）",
        "run_test": "运行整个测试套件：单元测试、引擎集成测试、每个笔记本（nbval）",
        "run_offline": "没有网络的教室：见仓库 README 的 “Offline workshops” 一节。",
        "more": "另见",
        "other": "English edition",
        "glossary": "术语表",
        "api": "API 参考",
        "prov_title": "这一页的输出从哪里来",
        "prov": "下面的输出是 {date} 在 Docker Engine {engine}（API {api}，镜像存储：{store}）"
        "上执行这个笔记本时保存的{seconds}，没有手工改动。",
        "prov_seconds": "（执行用时 {seconds} 秒）",
        "prov_unknown": "这个笔记本没有记录是在哪个引擎上执行的"
        "（它不是由 `tools/nbbuild.py` 构建的）。",
        "live": "**自己运行：** 在课程仓库的根目录执行 `python3 dev.py lab`，然后在 JupyterLab 里"
        "打开 `{name}`。也可以用本页右上角的下载按钮取得这个笔记本（.ipynb）。",
        "glossary_intro": "中文 Docker 文档里的术语和它们的英文原词。课程第一次用到一个术语时，"
        "会在括号里写出英文。“首次出现”指向最先用到它的一节。",
        "first": "首次出现",
        "api_intro": "`dockerlab` 的公开函数和类（`dockerlab.__all__`）。说明和代码里的 "
        "docstring 一致（英文），其中的示例由测试套件用 doctest 检查。",
        "api_functions": "函数",
        "api_classes": "类",
        "api_errors": "错误",
        "api_kit": "课程工具包（kit）",
    },
    "en": {
        "site": "Docker, executed",
        "intro": "A Docker course in Jupyter notebooks: every command was run against a real "
        "Docker Engine, and the outputs on these pages are the ones that run stored, "
        "untouched. Each page says which Engine and which day.",
        "map": "Course map",
        "col_section": "§",
        "col_title": "Notebook",
        "col_time": "Time",
        "col_run": "Outputs from",
        "run": "Run the course yourself",
        "run_intro": "You need a running Docker Engine and Python 3.10 or newer. In the "
        "course repository's folder:",
        "run_lab": "set up, make the course kit ready, open the course in JupyterLab "
        "(Chinese edition; add `--en` for this one)",
        "run_test": "the whole test suite: unit, Engine integration, every notebook (nbval)",
        "run_offline": "A classroom without network: see “Offline workshops” in the "
        "repository's README.",
        "more": "See also",
        "other": "中文版",
        "glossary": "Glossary",
        "api": "API reference",
        "prov_title": "Where this page's outputs come from",
        "prov": "The outputs below were stored when this notebook ran on {date} against "
        "Docker Engine {engine} (API {api}, image store: {store}){seconds}; nothing "
        "was edited by hand.",
        "prov_seconds": " in {seconds} s",
        "prov_unknown": "This notebook has no record of the Engine it ran on (it was not built "
        "by `tools/nbbuild.py`).",
        "live": "**Run it live:** in the course repository's folder, `python3 dev.py lab --en`, "
        "then open `{name}` in JupyterLab. Or take the notebook itself (.ipynb) with "
        "the download button at the top right.",
        "glossary_intro": "The terms of Chinese Docker documentation and the English words "
        "they stand for. The Chinese edition gives the English term in "
        "parentheses the first time it uses one. “First met in” links to "
        "the first notebook that uses it.",
        "first": "First met in",
        "api_intro": "The public functions and classes of `dockerlab` (`dockerlab.__all__`), "
        "from their docstrings; the test suite runs their examples as doctests.",
        "api_functions": "Functions",
        "api_classes": "Classes",
        "api_errors": "Errors",
        "api_kit": "The course kit",
    },
}


@dataclass
class Page:
    """One notebook of one edition, as the site shows it."""

    edition: str
    path: Path
    title: str
    time: str
    facts: dict[str, object] = field(default_factory=dict)
    markdown: str = ""

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def section(self) -> str:
        return self.name[:2]


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def read_page(path: Path, edition: str) -> Page:
    """The title (the first heading), the time it takes and the execution facts."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    markdown = [_source(c) for c in nb.get("cells", []) if c.get("cell_type") == "markdown"]
    first = markdown[0] if markdown else ""
    heading = re.search(r"^#\s+(.+?)\s*$", first, re.M)
    title = heading.group(1) if heading else path.stem
    title = re.sub(r"^\d\d\s*[·.:-]\s*", "", title)
    took = re.search(r"\*\*(?:时间|Time)\s*[:：]\*\*\s*(.+)", first)
    time = re.split(r"\s*[(（]", took.group(1))[0].strip() if took else ""
    facts = nb.get("metadata", {}).get("dockerlab") or {}
    return Page(edition, path, title, time, dict(facts), "\n\n".join(markdown))


def _date(stamp: object) -> str:
    text = str(stamp or "")
    match = re.match(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", text)
    return f"{match.group(1)} {match.group(2)} UTC" if match else text


def provenance(page: Page) -> str:
    """A MyST admonition: where the outputs came from, and how to run the notebook live."""
    t = TEXT[page.edition]
    f = page.facts
    if f.get("engine"):
        seconds = t["prov_seconds"].format(seconds=f["seconds"]) if f.get("seconds") else ""
        said = t["prov"].format(
            date=_date(f.get("executed")),
            engine=f["engine"],
            api=f.get("api", "?"),
            store=f.get("image_store", "?"),
            seconds=seconds,
        )
    else:
        said = t["prov_unknown"]
    live = t["live"].format(name=page.path.name)
    return (
        f"```{{admonition}} {t['prov_title']}\n:class: dockerlab-provenance\n\n"
        f"{said}\n\n{live}\n```\n"
    )


def staged_notebook(page: Page) -> str:
    """The notebook as the site reads it: the provenance box after its first cell."""
    nb = json.loads(page.path.read_text(encoding="utf-8"))
    cell = {"cell_type": "markdown", "metadata": {}, "source": provenance(page)}
    if nb.get("nbformat", 4) >= 4 and nb.get("nbformat_minor", 0) >= 5:
        cell["id"] = "dockerlab-provenance"
    nb["cells"].insert(1 if nb["cells"] else 0, cell)
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def readme_commands(readme: str) -> list[str]:
    """The commands of the README's "The two commands" block, without their comments."""
    part = readme.split("## The two commands", 1)[-1]
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", part, re.S)
    lines = block.group(1).splitlines() if block else []
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def _run_section(edition: str, commands: list[str]) -> str:
    t = TEXT[edition]
    notes = {"lab": t["run_lab"], "test": t["run_test"]}
    lines = [f"## {t['run']}", "", t["run_intro"], "", "```bash", *commands, "```", ""]
    for command in commands:
        note = next((v for k, v in notes.items() if command.endswith(f" {k}")), "")
        if note:
            lines.append(f"- `{command}`: {note}")
    return "\n".join([*lines, "", t["run_offline"], ""])


def _outputs_from(page: Page) -> str:
    f = page.facts
    return f"Engine {f['engine']}, {_date(f.get('executed'))[:10]}" if f.get("engine") else "–"


def edition_index(edition: str, pages: list[Page], commands: list[str]) -> str:
    """The edition's front page: the course map and how to run the course."""
    t = TEXT[edition]
    rows = [
        f"| {p.section} | [{p.title}]({p.path.name}) | {p.time} | {_outputs_from(p)} |"
        for p in pages
    ]
    toctree = "\n".join(p.name for p in pages)
    return "\n".join(
        [
            f"# {t['site']}",
            "",
            t["intro"],
            "",
            f"## {t['map']}",
            "",
            f"| {t['col_section']} | {t['col_title']} | {t['col_time']} | {t['col_run']} |",
            "|---|---|---|---|",
            *rows,
            "",
            f"{t['more']}: [{t['glossary']}](glossary.md) · [{t['api']}](api.rst)",
            "",
            _run_section(edition, commands),
            "```{toctree}",
            ":hidden:",
            ":maxdepth: 1",
            "",
            toctree,
            "glossary",
            "api",
            "```",
            "",
        ]
    )


def glossary_table(root: Path) -> tuple[str, list[tuple[str, str]]]:
    """The glossary's rows (中文, English) and the file they came from."""
    for name in GLOSSARY_SOURCES:
        path = root / name
        if not path.exists():
            continue
        lines = [
            re.sub(r"^# ?", "", line) if name.endswith(".py") else line
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
        for i, line in enumerate(lines):
            if GLOSSARY_HEADER.match(line.strip()):
                rows = []
                for row in lines[i + 2 :]:
                    cells = [c.strip() for c in row.strip().strip("|").split("|")]
                    if not row.strip().startswith("|") or len(cells) != 2:
                        break
                    rows.append((cells[0], cells[1]))
                return name, rows
    raise FileNotFoundError(
        "no glossary table (| 中文 | English |) in " + " or ".join(GLOSSARY_SOURCES)
    )


def search_terms(rows: list[tuple[str, str]]) -> str:
    """A jieba user dictionary: the glossary's Chinese terms, so that search keeps them whole
    (数据卷, 可写层, 伪终端) as well as in their parts."""
    terms = sorted({t.strip() for zh, _ in rows for t in zh.split("/") if t.strip()})
    return "".join(f"{term} 1000 n\n" for term in terms)


def _first_use(terms: list[str], pages: list[Page], english: bool) -> Page | None:
    for page in pages:
        text = page.markdown
        for term in terms:
            if english and re.search(rf"\b{re.escape(term)}\b", text, re.I):
                return page
            if not english and term in text:
                return page
    return None


def glossary(edition: str, rows: list[tuple[str, str]], pages: list[Page]) -> str:
    t = TEXT[edition]
    english = edition == "en"
    head = ("| English | 中文 |" if english else "| 中文 | English |") + f" {t['first']} |"
    body = []
    for zh, en in rows:
        side = en if english else zh
        terms = [re.sub(r"\s*\(.*?\)", "", s).strip() for s in side.split("/")]
        first = _first_use([s for s in terms if s], pages, english)
        where = f"[{first.section} {first.title}]({first.path.name})" if first else ""
        body.append(f"| {en} | {zh} | {where} |" if english else f"| {zh} | {en} | {where} |")
    return "\n".join(
        [f"# {t['glossary']}", "", t["glossary_intro"], "", head, "|---|---|---|", *body, ""]
    )


#: api.rst as staged: docs/conf.py puts :func:`api_reference` in its place when Sphinx reads it
#: (autodoc imports dockerlab there anyway).
API_STUB = "API\n===\n\n.. The content is generated by docs/conf.py (pages.api_reference).\n"


def api_reference(edition: str, exported: dict[str, object]) -> str:
    """reStructuredText for autodoc, grouped: functions, classes, errors, the kit module."""
    import inspect

    t = TEXT[edition]
    functions, classes, errors = [], [], []
    for name, obj in sorted(exported.items()):
        if inspect.isclass(obj):
            (errors if issubclass(obj, BaseException) else classes).append(name)
        elif callable(obj):
            functions.append(name)
    title = t["api"]
    out = [
        title,
        "=" * (2 * len(title)),
        "",
        t["api_intro"].replace("`", "``"),
        "",
        ".. currentmodule:: dockerlab",
        "",
    ]
    for heading, names, directive, options in (
        (t["api_functions"], functions, "autofunction", []),
        (t["api_classes"], classes, "autoclass", [":members:"]),
        (t["api_errors"], errors, "autoexception", [":show-inheritance:"]),
    ):
        out += [heading, "-" * (2 * len(heading)), ""]
        for name in names:
            out += [f".. {directive}:: {name}", *(f"   {o}" for o in options), ""]
    out += [
        t["api_kit"],
        "-" * (2 * len(t["api_kit"])),
        "",
        ".. automodule:: dockerlab.kit",
        "   :members:",
        "",
    ]
    return "\n".join(out)


def landing(template: str, pages: dict[str, list[Page]], commands: list[str]) -> str:
    """The site's front page: both editions' course maps side by side, and how to run it."""
    by_section: dict[str, dict[str, Page]] = {}
    for edition, listed in pages.items():
        for page in listed:
            by_section.setdefault(page.section, {})[edition] = page
    rows = []
    for section in sorted(by_section):
        cells = []
        for edition in EDITIONS:
            page = by_section[section].get(edition)
            cells.append(
                f'<td lang="{LANG_ATTR[edition]}"><a href="{edition}/{page.name}.html">'
                f"{html.escape(page.title)}</a></td>"
                if page
                else "<td></td>"
            )
        rows.append(f"<tr><td>{section}</td>{''.join(cells)}</tr>")
    return Template(template).substitute(
        rows="\n".join(rows), commands=html.escape("\n".join(commands)), count=str(len(by_section))
    )
