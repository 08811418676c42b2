"""Every word the program says, in one gettext domain: the core, the command line and the window.

Messages are written in English in the source and translated in ``translations/<lang>.po``
(standard gettext catalogs a community translator edits with any .po editor). The build step
compiles them to ``translations/locale/<lang>/LC_MESSAGES/evac_toolkit.mo``; compiled files are
never committed. Adding an interface language is adding a ``.po`` file.

- ``_``, ``ngettext``, ``pgettext``, ``npgettext`` translate into the current interface language
  (:func:`set_language`), which the GUI sets from Settings and the command line from the locale.
- ``N_`` marks a constant for extraction without translating it, for tables read later.
- :func:`catalog` gives one language's catalog, for wording that follows something other than the
  interface language (a printout in the language the coordinator chose).
- A :class:`Worded` value (a language's name, a list of names) is a message parameter worded in
  the language the message is filled in: the caller passes one value, never one per language.

Qt's own dialogs keep Qt's ``qtbase_*.qm``; the few strings Qt's files lack are in our catalogs
under Qt's context (``evac_toolkit/ui/qt_strings.py``).
"""

from __future__ import annotations

import functools
import gettext as _gettext
import tomllib
from collections.abc import Mapping
from pathlib import Path

from evac_toolkit.core.paths import translations_dir

DOMAIN = "evac_toolkit"
#: The language the messages are written in: it needs no catalog.
SOURCE_LANGUAGE = "en"
#: How far each catalog is trusted (translations/status.toml); a language not listed is a draft.
STATUS_FILE = "status.toml"

_current = SOURCE_LANGUAGE


def locale_dir() -> Path:
    """Where the compiled catalogs are: ``<lang>/LC_MESSAGES/evac_toolkit.mo``."""
    return translations_dir() / "locale"


def available_languages() -> tuple[str, ...]:
    """The interface languages: English and every language with a compiled catalog."""
    found = sorted(path.parent.parent.name
                   for path in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *[code for code in found if code != SOURCE_LANGUAGE])


@functools.cache
def catalog(language: str) -> _gettext.NullTranslations:
    """``language``'s catalog; English (and a language without a compiled catalog) reads the
    source text."""
    if language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    path = locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    except OSError:
        return _gettext.NullTranslations()


def translation_status(language: str) -> str:
    """'source' for English; else 'maintained' or 'reviewed' as translations/status.toml says,
    and 'draft' for any language it does not vouch for."""
    if language == SOURCE_LANGUAGE:
        return "source"
    status = _statuses().get(language, {}).get("status", "draft")
    return status if status in ("maintained", "reviewed") else "draft"


@functools.cache
def _statuses() -> dict:
    try:
        with (translations_dir() / STATUS_FILE).open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def set_language(language: str) -> None:
    """Make ``language`` the interface language of everything ``_`` and friends translate."""
    global _current
    _current = language


def current_language() -> str:
    return _current


def _(message: str) -> str:
    return catalog(_current).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return catalog(_current).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return catalog(_current).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    return catalog(_current).npgettext(context, singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog; it is translated where it is shown."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular and plural pair for the catalog; shown with ``ngettext`` later."""
    return singular, plural


class Worded:
    """A message parameter that is worded in the language of the sentence it fills: a
    language's name, a list of names. The caller passes one value and each catalog's sentence
    reads it in its own words (「ミャンマー語」, "Burmese", "Tiếng Miến Điện"), so a sentence's
    translations all take the same placeholders. ``core.messages`` words it before ``.format``.

    ``str()`` is the English, for anything that prints the value outside a sentence."""

    def worded(self, language: str) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.worded(SOURCE_LANGUAGE)


def worded_params(params: Mapping[str, object], language: str) -> dict[str, object]:
    """``params`` with each :class:`Worded` value in ``language``'s words: plain strings, for a
    sentence or for data (JSON) beside it."""
    return {name: value.worded(language) if isinstance(value, Worded) else value
            for name, value in params.items()}
