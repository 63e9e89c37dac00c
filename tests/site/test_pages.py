"""The site's generated text (docs/pages.py), without Sphinx or a browser: where the glossary
comes from, the README's commands, the provenance box of a notebook page."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs"))

import pages  # noqa: E402

FACTS = {
    "api": "1.41",
    "edition": "zh",
    "engine": "20.10.24+dfsg1",
    "executed": "2026-11-29T10:06:23Z",
    "image_store": "classic",
    "seconds": 6.4,
    "section": "07",
    "source": "notebooks/src/07-container-commands.py",
}


def _notebook(path: Path, first: str, facts: dict | None) -> Path:
    nb = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"dockerlab": facts} if facts else {},
        "cells": [
            {"cell_type": "markdown", "id": "a", "metadata": {}, "source": first},
            {
                "cell_type": "code",
                "id": "b",
                "metadata": {},
                "source": "1",
                "outputs": [],
                "execution_count": 1,
            },
        ],
    }
    path.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_glossary_is_the_authoring_guides_table_until_00_has_one():
    source, rows = pages.glossary_table(ROOT)
    assert source in pages.GLOSSARY_SOURCES
    assert rows[0] == ("镜像", "image") and ("容器", "container") in rows
    assert len(rows) >= 20 and all(zh and en for zh, en in rows)


def test_00s_chinese_glossary_takes_over_when_it_has_one(tmp_path):
    (tmp_path / "notebooks" / "src").mkdir(parents=True)
    (tmp_path / "notebooks" / "AUTHORING.md").write_text(
        "| 中文 | English |\n|---|---|\n| 镜像 | image |\n", encoding="utf-8"
    )
    (tmp_path / "notebooks" / "src" / "00-start-here.py").write_text(
        '# %% [markdown] lang="zh"\n# ## 术语表\n#\n# | 中文 | English |\n# |---|---|\n'
        "# | 镜像 | image |\n# | 数据卷 | volume |\n#\n# 下一节……\n",
        encoding="utf-8",
    )
    source, rows = pages.glossary_table(tmp_path)
    assert source == "notebooks/src/00-start-here.py"
    assert rows == [("镜像", "image"), ("数据卷", "volume")]
    assert "数据卷 1000 n" in pages.search_terms(rows)


def test_no_glossary_table_is_an_error_that_names_where_it_looked(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"AUTHORING\.md"):
        pages.glossary_table(tmp_path)


def test_the_run_commands_are_the_readmes_two():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert pages.readme_commands(readme) == ["python3 dev.py lab", "python3 dev.py test"]


def test_a_notebook_page_says_where_its_outputs_came_from(tmp_path):
    path = _notebook(
        tmp_path / "07-container-commands.ipynb",
        "# 07 · 容器命令\n\n**时间：** 约 31 分钟（阅读约 15 分钟）\n",
        FACTS,
    )
    page = pages.read_page(path, "zh")
    assert (page.title, page.time, page.section) == ("容器命令", "约 31 分钟", "07")
    box = pages.provenance(page)
    for fact in (
        "20.10.24+dfsg1",
        "API 1.41",
        "classic",
        "2026-11-29 10:06 UTC",
        "6.4",
        "python3 dev.py lab",
        "07-container-commands.ipynb",
    ):
        assert fact in box
    staged = json.loads(pages.staged_notebook(page))
    assert [c["cell_type"] for c in staged["cells"]] == ["markdown", "markdown", "code"]
    assert "dockerlab-provenance" in "".join(staged["cells"][1]["source"])


def test_a_notebook_without_metadata_says_so(tmp_path):
    path = _notebook(tmp_path / "07-x.ipynb", "# 07 · Container commands\n", None)
    box = pages.provenance(pages.read_page(path, "en"))
    assert "no record of the Engine" in box and "dev.py lab --en" in box
