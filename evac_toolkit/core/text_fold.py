"""Search keys: how a volunteer's typing matches what was written.

NFKC folds full-width Latin and half-width katakana (ＡＢＣ, ｱｲｳ), case is folded, katakana is
matched as hiragana (タナカ = たなか), spaces and the katakana name separator are ignored
(山田 花子 = 山田花子, テイン・ミン = テインミン), and accents on Latin letters are dropped
(nguyen = Nguyễn) — only on Latin letters: a Japanese dakuten (が = か + ゛) or a Burmese vowel
sign changes the word and is kept.

Names: variant kanji fold to their common form (髙橋 = 高橋, 渡邉 = 渡辺; the table is data,
``assets/names/kanji_variants.toml``), variation selectors are dropped (葛󠄀 = 葛: the same
character in another glyph), and iteration marks are spelled out (佐々木 = 佐佐木, いすゞ = いすず).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from functools import lru_cache

from evac_toolkit.core.paths import asset_path

#: The rules of fold() apart from the variant table. Raise it whenever fold() changes what it
#: returns for some text: stored search keys carry FOLD_VERSION and are recomputed on open when
#: it differs (tests/test_text_fold.py pins a sample to it).
FOLD_RULES = 2

_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_KATAKANA |= {ord("ヽ"): "ゝ", ord("ヾ"): "ゞ"}
#: Variation selectors (U+FE00–FE0F) and ideographic variation sequences (U+E0100–E01EF):
#: a glyph choice, not another character. The katakana middle dot separates names as a space.
_DROPPED = dict.fromkeys([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), ord("・")])
_LATIN_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae",
                              "œ": "oe", "ı": "i"})
#: An iteration mark after a character: 々 and 〻 repeat a kanji, ゝ a kana, ゞ a kana voiced.
_ITERATION = re.compile(r"(.)([々〻ゝゞ])")
_ITERATION_MARKS = frozenset("々〻ゝゞ")


def _variant_table() -> dict[int, str]:
    raw = tomllib.loads(asset_path("names", "kanji_variants.toml").read_text(encoding="utf-8"))
    return {ord(variant): common for common, variants in raw["variants"].items()
            for variant in variants}


def fold_version(variants: dict[int, str]) -> str:
    """The rules' number and the variant table's digest: a pair added to the table alone
    makes registries recompute their keys."""
    pairs = "".join(f"{chr(variant)}{common}" for variant, common in sorted(variants.items()))
    return f"{FOLD_RULES}-{hashlib.sha256(pairs.encode()).hexdigest()[:12]}"


VARIANTS: dict[int, str] = _variant_table()
#: Which fold built a stored key (see search_keys in the registry).
FOLD_VERSION = fold_version(VARIANTS)
#: One str.translate pass after NFKC and casefold: kana, variants and what is dropped.
_TABLE = {**_KATAKANA, **VARIANTS, **_DROPPED}


def _is_latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"


#: What _strip_latin_accents may change: accented Latin letters and combining marks.
_MAYBE_ACCENTED = re.compile("[\u00c0-\u036f\u1e00-\u1eff]")


def _strip_latin_accents(text: str) -> str:
    # Most names have nothing to strip: ASCII, or kana, kanji and other scripts with no accented
    # Latin letter and no stray combining mark. Decomposing those was a third of an import;
    # looking for one letter by letter in Python, a tenth (a regular expression looks in C).
    if text.isascii() or not _MAYBE_ACCENTED.search(text):
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and _is_latin(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _repeat(match: re.Match) -> str:
    char, mark = match.groups()
    if mark == "ゞ":
        voiced = unicodedata.normalize("NFC", char + "\u3099")
        return char + (voiced if len(voiced) == 1 else char)
    return char + char


#: Whether every rule above leaves ASCII as it is (none of the tables maps an ASCII letter):
#: then folding ASCII text is lowercasing it and dropping spaces (NFKC keeps ASCII, casefold
#: is lower for it, no accent or iteration mark to find).
_ASCII_AS_IS = min(_TABLE, default=128) >= 128 and min(map(ord, "đðøłßæœı")) >= 128


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    # Cached: an import folds every cell, and cells repeat ("vi", "ハラール", "はい").
    if _ASCII_AS_IS and text.isascii():
        return "".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    text = _strip_latin_accents(text).translate(_LATIN_EXTRA)
    if not _ITERATION_MARKS.isdisjoint(text):
        text = _ITERATION.sub(_repeat, text)
    return "".join(text.split())
