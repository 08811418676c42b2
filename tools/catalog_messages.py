"""Extract every message id of the program, and keep the .po catalogs in step with them.

    python tools/catalog_messages.py update      # rewrite translations/evac_toolkit.pot and
                                                 # merge it into every translations/<lang>.po
    python tools/catalog_messages.py compile     # .po -> translations/locale/<lang>/LC_MESSAGES/*.mo

Message ids come from the code (Babel's extractor with our keywords) and from the language
catalog (each language's English name, under the context "language name", so every interface
language can name the evacuees' languages). tests/test_catalogs.py uses the same extraction.
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "evac_toolkit.pot"
DOMAIN = "evac_toolkit"
#: Babel's defaults plus ours: N_ and Nn_ (core/i18n.py) and Qt's own-string marker.
KEYWORDS = {
    "_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3), "N_": None, "Nn_": (1, 2),
    "QT_TRANSLATE_NOOP": ((1, "c"), 2),
}
LANGUAGE_NAME = "language name"
#: A fixed header date: a catalog changes only when its messages do, so two people's updates of
#: different messages merge without a conflict on the header.
HEADER_DATE = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)


def extracted() -> Catalog:
    """Every message id the program can say, with where it is used."""
    pot = Catalog(project="evac-toolkit", domain=DOMAIN, fuzzy=False,
                  copyright_holder="evac-toolkit contributors", creation_date=HEADER_DATE,
                  revision_date=HEADER_DATE)
    method_map = [("evac_toolkit/**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT), method_map, keywords=KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True):
        if filename.startswith(("tests", "benchmarks", "tools", ".venv", "build", "dist")):
            continue
        pot.add(message, locations=[(filename, lineno)], auto_comments=comments,
                context=context)
    with (ROOT / "assets" / "languages" / "catalog.toml").open("rb") as handle:
        languages = tomllib.load(handle)
    for entry in _language_entries(languages):
        pot.add(entry["english"], locations=[("assets/languages/catalog.toml", 0)],
                context=LANGUAGE_NAME)
    return pot


def _language_entries(data: dict) -> list[dict]:
    for value in data.values():
        if isinstance(value, list) and value and isinstance(value[0], dict) \
                and "english" in value[0]:
            return value
    raise SystemExit("assets/languages/catalog.toml: no language list found")


def po_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.po"))


def mo_path(po: Path) -> Path:
    return TRANSLATIONS / "locale" / po.stem / "LC_MESSAGES" / f"{DOMAIN}.mo"


def update() -> None:
    pot = extracted()
    with POT.open("wb") as handle:
        write_po(handle, pot, width=100, sort_by_file=True, include_lineno=False)
    for po in po_files():
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.stem.replace("-", "_"))
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.creation_date = catalog.revision_date = HEADER_DATE
        with po.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_by_file=True, ignore_obsolete=True,
                     include_lineno=False)


def compile_all() -> None:
    for po in po_files():
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.stem.replace("-", "_"))
        out = mo_path(po)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
