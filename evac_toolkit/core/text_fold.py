"""Search keys: how a volunteer's typing matches what was written.

NFKC folds full-width Latin and half-width katakana (ＡＢＣ, ｱｲｳ), case is folded, katakana is
matched as hiragana (タナカ = たなか), spaces are ignored (山田 花子 = 山田花子), and accents on
Latin letters are dropped (nguyen = Nguyễn) — only on Latin letters: a Japanese dakuten
(が = か + ゛) or a Burmese vowel sign changes the word and is kept.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_LATIN_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae",
                              "œ": "oe", "ı": "i"})


def _is_latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"


def _strip_latin_accents(text: str) -> str:
    # Most names have nothing to strip: ASCII, or kana, kanji and other scripts with no accented
    # Latin letter and no stray combining mark. Decomposing those was a third of an import.
    if text.isascii() or not any("\u00c0" <= c <= "\u036f" or "\u1e00" <= c <= "\u1eff"
                                 for c in text):
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and _is_latin(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    # Cached: an import folds every cell, and cells repeat ("vi", "ハラール", "はい").
    text = unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA)
    text = _strip_latin_accents(text).translate(_LATIN_EXTRA)
    return "".join(text.split())
