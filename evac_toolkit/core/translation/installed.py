"""Which translation packs are installed, read from their metadata without loading Argos."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core import language_names as names
from evac_toolkit.core.i18n import Worded
from evac_toolkit.core.languages import catalog

PACKS_FOLDER = "packs"


def installed_pairs(data_dir: Path) -> set[tuple[str, str]]:
    """(from, to) Argos codes of every pack installed in ``data_dir``."""
    pairs: set[tuple[str, str]] = set()
    folder = data_dir / PACKS_FOLDER
    if not folder.is_dir():
        return pairs
    for metadata in folder.glob("*/metadata.json"):
        try:
            raw = json.loads(metadata.read_text(encoding="utf-8"))
            pairs.add((raw["from_code"], raw["to_code"]))
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            continue              # not a JSON object, or nested thousands deep: not a pack
    return pairs


def partners(argos_code: str | None, pairs: set[tuple[str, str]]) -> list[str]:
    """Codes this language can be translated to or from directly with the installed packs."""
    if not argos_code:
        return []
    found = {b for a, b in pairs if a == argos_code} | {a for a, b in pairs if b == argos_code}
    return sorted(found)


def argos_language(code: str):
    """The catalog language an Argos code stands for (its names for messages), or None when the
    catalog has no language with that code (a pack for a language the program does not list)."""
    for language in catalog():
        if language.argos == code:
            return language
    return None


def language_name(argos_code: str, language: str, fallback: str = "") -> str:
    """A pack's language as a person knows it (日本語 / Japanese), not its Argos code; for a
    language the catalog does not list, ``fallback`` (the pack's own name) or the code."""

    found = argos_language(argos_code)
    if found is None:
        return fallback or argos_code
    return names.language_name(found.code, language)


def pair_names(pairs, language: str) -> str:
    """Argos pairs as language names, ``Japanese → English, English → Burmese`` (in Japanese
    ``日本語 → 英語、英語 → ミャンマー語``: each language's names and list separator)."""
    return names.list_separator(language).join(
        f"{language_name(a, language)} → {language_name(b, language)}" for a, b in pairs)


@dataclass(frozen=True)
class PackLanguage(Worded):
    """One side of a pack (an Argos code), named in the sentence's language."""

    argos_code: str

    def worded(self, language: str) -> str:
        return language_name(self.argos_code, language)


@dataclass(frozen=True)
class PackPairs(Worded):
    """Packs (Argos ``(from, to)`` pairs), named and listed in the sentence's language."""

    pairs: tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "pairs", tuple(tuple(pair) for pair in self.pairs))

    def worded(self, language: str) -> str:
        return pair_names(self.pairs, language)


def missing_packs_params(pairs) -> dict[str, object]:
    """``mt_packs_missing``'s params: the pairs as codes (the command line installs and lists
    packs by code) and as language names (the window)."""
    return {"packs": ", ".join(f"{a} → {b}" for a, b in pairs), "pack_names": PackPairs(pairs)}
