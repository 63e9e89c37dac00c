"""The library speaks Chinese and English: every message has its translation, the compiled
catalogue is current, and the language is chosen as documented."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from dockerlab import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n as catalogue_tool  # noqa: E402


def test_every_message_is_translated_and_compiled():
    assert catalogue_tool.problems("zh_CN") == []


def test_no_message_hides_inside_an_f_string():
    """Babel cannot find _() inside an f-string (Python 3.11), so it would stay English."""
    pattern = re.compile(r"""\bf(["']).*?\{[^}]*\b_\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "dockerlab").rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("explicit", "environ", "expected"),
    [
        (None, {}, "en"),
        (None, {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        (None, {"LANGUAGE": "fr:zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),
        (None, {"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        (None, {"DOCKERLAB_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ("zh", {"DOCKERLAB_LANG": "en"}, "zh_CN"),
    ],
)
def test_language_order(explicit, environ, expected):
    assert i18n.resolve_language(explicit, environ) == expected


def test_set_language_switches_and_rejects_unknown():
    with i18n.language_scope("zh"):
        assert i18n.language() == "zh_CN"
        assert i18n._("hint: {hint}") == "提示：{hint}"
    with i18n.language_scope("en"):
        assert i18n._("hint: {hint}") == "hint: {hint}"
    with pytest.raises(ValueError, match="fr"):
        i18n.set_language("fr")
