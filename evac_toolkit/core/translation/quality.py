"""Cheap checks on machine output that catch the failures a volunteer cannot see.

A volunteer usually cannot read the target language, so a broken translation looks as good as a
right one. These checks flag the common ways small translation models fail: nothing at all, the
source copied through untranslated, a length far from the source's (a sentence dropped, or
hallucinated text), a word repeated over and over (a decoding loop), and output in another
script than the target language's (a model that writes Japanese when asked for Vietnamese, or
Simplified characters for a Traditional Chinese reader: M2M-100 has one Chinese). A flag is a warning
shown beside the text, never a refusal. The codes are worded in ``core/messages.py``.

Thresholds are generous on purpose: a false alarm on every other sentence teaches people to
ignore the flags.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from evac_toolkit.core.text_fold import fold
from evac_toolkit.core.translation.han_script import HANS, HANT, han_variant
from evac_toolkit.core.translation.pack_claims import MIN_SCRIPT_SHARE, script_share

EMPTY = "mt_empty"
IDENTICAL = "mt_identical"
LENGTH_RATIO = "mt_length_ratio"
REPEATED = "mt_repeated"
WRONG_SCRIPT = "mt_wrong_script"

#: How many alphabet letters one character of a dense script is worth: 「避難所」 is
#: "evacuation center" or "nơi sơ tán". Chosen so that the curated translations' median length
#: ratio is about 1 for every language pair (Thai, Burmese, Devanagari and Sinhala count their
#: vowel signs and come out near 1 unweighted).
KANJI_WEIGHT = 3.0
KANA_WEIGHT = 1.5
HANGUL_WEIGHT = 2.5
#: Flag when the output is this many times longer than the source, or this fraction of it,
#: after weighting. Across the curated strings (Japanese, English and Vietnamese sources, every
#: other language as target, sources of at least :data:`MIN_CHECKED_LENGTH`) the ratio runs from
#: 0.21 ("Yam (yamaimo, Japanese mountain yam)" → やまいも) to 3.05 (a Portuguese gloss), with
#: 99% between 0.5 and 2.1: none of them would be flagged.
MAX_RATIO = 4.0
MIN_RATIO = 0.2
#: Sources shorter than this (weighted) are not length-checked: "はい" → "Yes" or
#: "Vâng, tôi hiểu" are both fine, and one-word answers vary tenfold.
MIN_CHECKED_LENGTH = 20
#: A word or short unit repeated this many times in a row is a decoding loop.
REPEATS = 4

LATIN = "Latn"
#: A word in Latin letters (accents included), as names and "Wi-Fi" are kept in any language.
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f]+")
_REPEATED_UNIT = re.compile(rf"([^\W\d_]{{1,6}}?)\1{{{REPEATS - 1},}}")


def _weight(char: str) -> float:
    code = ord(char)
    if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return KANJI_WEIGHT
    if 0x3040 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F:
        return KANA_WEIGHT
    if 0xAC00 <= code <= 0xD7AF:
        return HANGUL_WEIGHT
    return 1.0


def weighted_length(text: str) -> float:
    """Letters, digits and combining marks, dense-script characters weighted; spaces and
    punctuation not counted."""
    # Per distinct character (see pack_claims.script_share): checks run on every translation.
    return sum(_weight(char) * count for char, count in Counter(text).items()
               if unicodedata.category(char)[0] in "LNM")


def _has_loop(text: str, folded: str) -> bool:
    """A word, or a short unit, repeated :data:`REPEATS` times in a row (``folded``: ``text``
    after :func:`fold`, which also takes the spaces out)."""
    words = [w for w in (fold(word) for word in text.split()) if w]
    run = 1
    for previous, word in zip(words, words[1:], strict=False):
        run = run + 1 if word == previous else 1
        if run >= REPEATS:
            return True
    return bool(_REPEATED_UNIT.search(folded))


def wrong_script(output: str, target_script: str, source: str = "", *,
                 folded_source: str | None = None) -> bool:
    """Most of ``output``'s letters are not in ``target_script`` (ISO 15924, the catalog's), or
    the target is Traditional Chinese and the output Simplified. Latin words copied from
    ``source`` do not count (a name, "Wi-Fi", stays as it is in any script); output without
    other letters and scripts the table does not list are never flagged."""
    if target_script != LATIN:    # into a Latin-script language every Latin word counts
        kept = fold(source) if folded_source is None else folded_source
        output = _LATIN_WORD.sub(
            lambda word: "" if fold(word.group()) in kept else word.group(), output)
    if not any(unicodedata.category(char)[0] == "L" for char in output):
        return False
    share = script_share(output, target_script)
    if share is not None and share < MIN_SCRIPT_SHARE:
        return True
    return target_script == HANT and han_variant(output) == HANS


def check(source: str, output: str, target_script: str | None = None) -> tuple[str, ...]:
    """Flag codes for ``output`` as a machine translation of ``source`` into a language written
    in ``target_script`` (not checked when None); empty when it looks plausible."""
    if not output.strip():
        return (EMPTY,)
    flags: list[str] = []
    source_key, output_key = fold(source), fold(output)
    if output_key == source_key and any(c.isalpha() for c in source_key):
        flags.append(IDENTICAL)
    source_length, output_length = weighted_length(source), weighted_length(output)
    if source_length >= MIN_CHECKED_LENGTH:
        ratio = output_length / source_length
        if ratio > MAX_RATIO or ratio < MIN_RATIO:
            flags.append(LENGTH_RATIO)
    if _has_loop(output, output_key) and not _has_loop(source, source_key):
        flags.append(REPEATED)
    if target_script is not None and wrong_script(output, target_script, source,
                                                  folded_source=source_key):
        flags.append(WRONG_SCRIPT)
    return tuple(flags)
