"""Every notebook matches its source in notebooks/src and was executed (outputs are real)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import nbbuild  # noqa: E402


def test_notebooks_match_their_sources():
    sources = sorted(nbbuild.SOURCES.glob("*.py"))
    assert sources, "no notebook sources"
    assert nbbuild.check(sources) == []


def test_every_notebook_has_a_source():
    notebooks = {p.stem for p in (ROOT / "notebooks").glob("*.ipynb")}
    sources = {p.stem for p in nbbuild.SOURCES.glob("*.py")}
    assert notebooks == sources


def test_parse_percent_format():
    cells = nbbuild.parse('"""preamble"""\n# %% [markdown]\n# # Title\n#\n# text\n'
                          '# %% tags=["raises-exception"]\n1/0\n# %% hidden\nx = 1\n')
    assert cells == [
        {"type": "markdown", "tags": [], "hidden": False, "source": "# Title\n\ntext"},
        {"type": "code", "tags": ["raises-exception"], "hidden": False, "source": "1/0"},
        {"type": "code", "tags": [], "hidden": True, "source": "x = 1"},
    ]
    nb = nbbuild.to_notebook(cells)
    assert nb.cells[2].metadata["jupyter"] == {"source_hidden": True}
    assert json.loads(json.dumps(nb))["metadata"]["kernelspec"]["name"] == "python3"
