"""The language dockerlab speaks: English, or Simplified Chinese (``zh_CN``).

Messages are written in English in the code and wrapped in ``_()``; the Chinese catalogue is
``dockerlab/locale/zh_CN/LC_MESSAGES/dockerlab.po`` (compiled to ``dockerlab.mo`` beside it
by ``python tools/i18n.py compile``), read with Python's standard :mod:`gettext`.

The language is, in this order: what :func:`set_language` chose, else ``DOCKERLAB_LANG``, else
the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.

>>> resolve_language(environ={"DOCKERLAB_LANG": "zh"})
'zh_CN'
>>> resolve_language(environ={"LANG": "zh_CN.UTF-8"}), resolve_language(environ={"LANG": "C"})
('zh_CN', 'en')
>>> resolve_language("en", environ={"DOCKERLAB_LANG": "zh"})
'en'
>>> with language_scope("zh"):
...     _("nothing to remove")
'没有需要删除的'
"""

from __future__ import annotations

import gettext
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from . import settings

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALEDIR",
    "N_",
    "_",
    "language",
    "language_scope",
    "ngettext",
    "normalize",
    "resolve_language",
    "set_language",
]

DOMAIN = "dockerlab"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
#: The languages dockerlab speaks, as gettext names them.
LANGUAGES = ("en", "zh_CN")

_lock = threading.Lock()
_chosen: str | None = None
_active: tuple[str, gettext.NullTranslations] | None = None


def normalize(tag: str | None) -> str | None:
    """A language tag or locale name → ``"en"``, ``"zh_CN"``, or None for one we don't speak.

    >>> [normalize(t) for t in ("zh", "zh-CN", "zh_CN.UTF-8", "zh-Hans", "EN_us", "C", "fr")]
    ['zh_CN', 'zh_CN', 'zh_CN', 'zh_CN', 'en', None, None]
    """
    if not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    if base == "zh" or base.startswith(("zh_cn", "zh_hans", "zh_sg")):
        return "zh_CN"
    if base == "en" or base.startswith("en_"):
        return "en"
    return None


def resolve_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Which language to speak: ``explicit``, else ``DOCKERLAB_LANG``, else the locale."""
    env = os.environ if environ is None else environ
    for candidate in (explicit, settings.value("DOCKERLAB_LANG", env)):
        found = normalize(candidate)
        if found:
            return found
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if not value:
            continue
        for part in value.split(":"):
            found = normalize(part)
            if found:
                return found
        if variable != "LANGUAGE":
            break  # the first locale variable that is set decides, as in POSIX
    return "en"


def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=LOCALEDIR, languages=[lang], fallback=True)


def set_language(lang: str | None = None) -> str:
    """Speak ``lang`` (``"zh"``, ``"zh_CN"``, ``"en"``) from now on; None goes back to the
    environment's choice. Returns the language now in use.

    Raises ``ValueError`` for a language dockerlab does not speak.
    """
    global _chosen, _active
    if lang is not None and normalize(lang) is None:
        raise ValueError(f"dockerlab speaks {', '.join(LANGUAGES)}, not {lang!r}")
    with _lock:
        _chosen = normalize(lang)
        _active = None
    return language()


def language() -> str:
    """The language in use (``"en"`` or ``"zh_CN"``)."""
    return _current()[0]


def _current() -> tuple[str, gettext.NullTranslations]:
    global _active
    active = _active
    if active is None:
        with _lock:
            lang = resolve_language(_chosen)
            active = _active = (lang, _translations(lang))
    return active


@contextmanager
def language_scope(lang: str) -> Iterator[str]:
    """Speak ``lang`` inside a ``with`` block (tests, and the CLI's one-off answers)."""
    previous = _chosen
    try:
        yield set_language(lang)
    finally:
        set_language(previous)


def _(message: str) -> str:
    """``message`` in the language in use."""
    return _current()[1].gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the language in use."""
    return _current()[1].ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it yet (module-level constants,
    translated with ``_()`` where they are shown)."""
    return message
