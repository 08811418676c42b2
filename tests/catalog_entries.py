"""A core message code's entries in a translator's catalog (translations/<lang>.po), for tests
that check a code is worded in a language: its sentence, its window wording and its plural
phrases each need a msgstr that is neither empty nor fuzzy (gettext shows the English then)."""

from __future__ import annotations

import functools
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from evac_toolkit.core.messages import MESSAGES

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


@functools.cache
def po(language: str) -> Catalog:
    with (TRANSLATIONS / f"{language}.po").open("rb") as handle:
        return read_po(handle, locale=language)


def wordings(code: str) -> list[str | tuple[str, str]]:
    """Every msgid ``code`` is worded with: the sentence, the window's, the count phrases."""
    entry = MESSAGES[code]
    return [wording for wording in (entry.text, entry.gui, *entry.phrases.values())
            if wording is not None]


def untranslated(code: str, language: str) -> list[str | tuple[str, str]]:
    """The wordings of ``code`` that ``language``'s catalog does not translate."""
    catalog = po(language)
    missing = []
    for wording in wordings(code):
        entry = catalog.get(wording)
        forms = entry.string if entry is not None and entry.pluralizable else \
            (entry.string if entry is not None else "",)
        if entry is None or entry.fuzzy or not all(forms):
            missing.append(wording)
    return missing
