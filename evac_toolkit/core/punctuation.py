"""Punctuation that differs between languages ("、" and "（…）" in Japanese, ", " and " (…)" in
English), worded in the message catalogs so that an interface language brings its own and no code
chooses it by language."""

from __future__ import annotations

from collections.abc import Iterable

from evac_toolkit.core.i18n import catalog


def list_separator(ui_language: str) -> str:
    """What goes between the items of a list in running text ("、" in Japanese)."""
    return catalog(ui_language).pgettext("list separator", ", ")


def join_list(items: Iterable[str], ui_language: str) -> str:
    """Items as a list in running text: "日本語、英語", "Japanese, English"."""
    return list_separator(ui_language).join(items)


def with_detail(text: str, detail: str, ui_language: str) -> str:
    """A word with a detail after it in brackets: "けが・痛み（右ひざ）", "Injury or pain (right
    knee)"."""
    return catalog(ui_language).pgettext("text with a detail in brackets",
                                         "{text} ({detail})").format(text=text, detail=detail)
