"""The library's message catalogue: find the messages, check the translations, compile them.

Every message the library shows is written in English inside ``_()`` (or ``N_()``, or
``ngettext()``); the Chinese translations are in
``dockerlab/locale/zh_CN/LC_MESSAGES/dockerlab.po``, compiled to ``dockerlab.mo`` beside it.

    python tools/i18n.py update    # add new messages to the .po (empty msgstr), drop unused ones
    python tools/i18n.py compile   # .po -> .mo (commit both)
    python tools/i18n.py check     # exit 1 on a missing/empty translation or a stale .mo
    python tools/i18n.py apply F   # fill msgstrs from a JSON file {"English msgid": "中文", ...}

Workflow: write ``_("...")`` in the code, run ``update``, translate the new entries in the .po
(search for ``msgstr ""``), run ``compile``. ``tests/unit/test_i18n.py`` runs ``check``.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "dockerlab"
LOCALES = {"zh_CN": PACKAGE / "locale" / "zh_CN" / "LC_MESSAGES"}
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}


def extracted() -> dict[str | tuple[str, str], list[tuple[str, int]]]:
    """Every message in the package's code → where it is used."""
    found: dict[str | tuple[str, str], list[tuple[str, int]]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        key = message if isinstance(message, str) else tuple(message[:2])
        if not key or (isinstance(key, tuple) and not all(key)):
            continue
        found.setdefault(key, []).append((f"dockerlab/{filename}", lineno))
    return found


def load(locale: str) -> Catalog:
    path = LOCALES[locale] / "dockerlab.po"
    if path.exists():
        with path.open("rb") as f:
            catalog = read_po(f, locale=locale)
    else:
        catalog = Catalog(locale=locale, domain="dockerlab")
    catalog.project, catalog.version = "dockerlab", ""
    catalog.copyright_holder = "the dockerlab authors"
    catalog.msgid_bugs_address = catalog.last_translator = catalog.language_team = ""
    catalog.fuzzy = False
    return catalog


def problems(locale: str) -> list[str]:
    """What is wrong with ``locale``'s catalogue (empty list: nothing)."""
    catalog = load(locale)
    found = extracted()
    out = []
    for key, places in sorted(found.items(), key=lambda kv: str(kv[0])):
        message = catalog.get(key if isinstance(key, str) else key[0])
        where = f"{places[0][0]}:{places[0][1]}"
        if message is None:
            out.append(f"missing translation ({where}): {key!r}")
        elif not message.string or (isinstance(message.string, tuple) and not all(message.string)):
            out.append(f"empty translation ({where}): {key!r}")
        elif message.fuzzy:
            out.append(f"fuzzy translation ({where}): {key!r}")
    wanted = {k if isinstance(k, str) else k[0] for k in found}
    for message in catalog:
        text = message.id if isinstance(message.id, str) else (message.id or ("",))[0]
        if text and text not in wanted:
            out.append(f"unused entry (run tools/i18n.py update): {text!r}")
    mo = LOCALES[locale] / "dockerlab.mo"
    if not mo.exists():
        out.append(f"{mo.relative_to(ROOT)} is missing (run tools/i18n.py compile)")
    else:
        with mo.open("rb") as f:
            compiled = read_mo(f)

        def table(messages: Catalog) -> dict:
            return {_key(m.id): _key(m.string) for m in messages if m.id and m.string}

        mine, theirs = table(catalog), table(compiled)
        if mine != theirs:
            out.append(f"{mo.relative_to(ROOT)} is out of date (run tools/i18n.py compile)")
    return out


def _key(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else value


def update(locale: str) -> tuple[int, int]:
    """Add new messages (untranslated) and drop unused ones; returns (added, dropped)."""
    catalog = load(locale)
    found = extracted()
    ids = {k if isinstance(k, str) else k[0]: k for k in found}
    added = dropped = 0
    for key in found:
        msgid = key if isinstance(key, str) else key[0]
        if catalog.get(msgid) is None:
            catalog.add(key, string="" if isinstance(key, str) else ("", ""), locations=found[key])
            added += 1
        else:
            catalog.get(msgid).locations = found[key]
    for message in list(catalog):
        msgid = message.id if isinstance(message.id, str) else (message.id or ("",))[0]
        if message.id and msgid not in ids:
            catalog.delete(message.id)
            dropped += 1
    LOCALES[locale].mkdir(parents=True, exist_ok=True)
    save(locale, catalog)
    return added, dropped


def save(locale: str, catalog: Catalog) -> None:
    """Write the catalogue as the repository keeps it: sorted, 100 columns, no line numbers."""
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=100,
        sort_output=True,
        omit_header=False,
        include_lineno=False,
        ignore_obsolete=True,
    )
    (LOCALES[locale] / "dockerlab.po").write_bytes(buffer.getvalue())


def apply(locale: str, translations: dict[str, str]) -> int:
    """Fill in translations (keyed by the English msgid; a plural's by its singular)."""
    catalog = load(locale)
    count = 0
    for message in catalog:
        if not message.id:
            continue
        singular = message.id if isinstance(message.id, str) else message.id[0]
        if singular in translations:
            text = translations[singular]
            message.string = text if isinstance(message.id, str) else (text,)
            message.flags.discard("fuzzy")
            count += 1
    save(locale, catalog)
    return count


def compile_mo(locale: str) -> Path:
    catalog = load(locale)
    path = LOCALES[locale] / "dockerlab.mo"
    with path.open("wb") as f:
        write_mo(f, catalog, use_fuzzy=False)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "check", "apply"))
    parser.add_argument("file", nargs="?", help="apply: a JSON file of translations")
    args = parser.parse_args(argv)
    status = 0
    for locale in LOCALES:
        if args.action == "update":
            added, dropped = update(locale)
            print(f"{locale}: {added} new messages to translate, {dropped} unused dropped")
        elif args.action == "apply":
            import json

            table = json.loads(Path(args.file).read_text(encoding="utf-8"))
            print(f"{locale}: {apply(locale, table)} translations filled in")
        elif args.action == "compile":
            print(f"{locale}: wrote {compile_mo(locale).relative_to(ROOT)}")
        else:
            found = problems(locale)
            print("\n".join(found) or f"{locale}: every message is translated")
            status |= bool(found)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
