"""The languages of the language catalog by name, in any interface language.

Japanese reads the catalog's own ``japanese`` name (authored with the data, like the boards and
printouts that show it); every other interface language reads the English name's translation in
its gettext catalog, where each catalog language is an entry under the context "language name"
(tools/catalog_messages.py extracts them). A code the catalog lacks is shown as it is: there is
no other name for it.

:class:`LanguageName` and :class:`LanguageNames` are message parameters (``core.i18n.Worded``):
a sentence names the language in the language the sentence is written in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.i18n import Worded
from evac_toolkit.core.languages import Language, display_name
from evac_toolkit.core.languages import catalog as languages
from evac_toolkit.core.punctuation import list_separator

LANGUAGE_NAME = "language name"


@cache
def _by_code() -> dict[str, Language]:
    return {language.code: language for language in languages()}


def language_name(code: str, ui_language: str) -> str:
    """The name of the catalog language ``code`` in ``ui_language`` ("my" → 「ミャンマー語（ビルマ語）」,
    "Burmese", "Tiếng Miến Điện"); ``code`` itself for a language the catalog lacks."""
    language = _by_code().get(code)
    return code if language is None else name_of(language, ui_language)


def name_of(language: Language, ui_language: str) -> str:
    """``language``'s name in ``ui_language`` (the one rule: ``languages.display_name``)."""
    return display_name(language, ui_language)


def language_list(codes: Iterable[str], ui_language: str) -> str:
    """Catalog languages by name, with the language's own list separator."""
    return list_separator(ui_language).join(language_name(code, ui_language) for code in codes)


@dataclass(frozen=True)
class LanguageName(Worded):
    """One catalog language, named in the sentence's language."""

    code: str

    def worded(self, language: str) -> str:
        return language_name(self.code, language)


@dataclass(frozen=True)
class LanguageNames(Worded):
    """Catalog languages, named and listed in the sentence's language."""

    codes: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", tuple(self.codes))     # a list would not hash

    def worded(self, language: str) -> str:
        return language_list(self.codes, language)
