"""Simplified Chinese → Traditional Chinese (Taiwan forms), with Open Chinese Convert's tables.

M2M-100 has one Chinese, and it writes Simplified characters; a reader of Traditional Chinese
(Taiwan, Hong Kong) reads them with effort, and many older people not at all. Converting its
output is what OpenCC is made for: the conversion is by phrase first, because one Simplified
character stands for several Traditional ones (发 is 發 in 出发 "set out" and 髮 in 头发 "hair"),
then by character. This module follows OpenCC's ``s2tw`` configuration with the same tables
(``assets/translation/opencc/``, Apache-2.0, see the README there):

1. the text is cut into the longest phrases ``STPhrases`` knows, reading forward (OpenCC's
   "mmseg" segmentation), the rest into single characters;
2. each piece is converted by the longest prefix ``STPhrases`` knows, else ``STCharacters``,
   taking the first (most common) Traditional form;
3. each piece's Traditional forms become Taiwan's (裏 → 裡, 爲 → 為): ``TWVariantsPhrases``, else
   ``TWVariants`` — the forms the curated Traditional Chinese content uses.

OpenCC also merges a phrase table it generates from its regional tables at build time and
folds CJK compatibility ideographs first; neither is kept here (a model's output has no
compatibility ideographs, and the generated phrases concern Hong Kong and Taiwan vocabulary,
which ``s2tw`` does not change). The result is still a machine translation and is labelled so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

from evac_toolkit.core.paths import asset_path

#: The tables, in ``assets/translation/opencc/``.
PHRASES = "STPhrases.txt"
CHARACTERS = "STCharacters.txt"
TW_PHRASES = "TWVariantsPhrases.txt"
TW_CHARACTERS = "TWVariants.txt"

_LOCK = threading.Lock()


class Table:
    """One OpenCC dictionary: key → its first value, and the longest key's length."""

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = entries
        self.longest = max(map(len, entries), default=0)

    def longest_prefix(self, text: str, start: int) -> tuple[int, str] | None:
        """The longest key at ``text[start:]``: its length and its value."""
        for length in range(min(self.longest, len(text) - start), 0, -1):
            value = self.entries.get(text[start:start + length])
            if value is not None:
                return length, value
        return None


def read_table(name: str) -> Table:
    """``key<TAB>value [value …]`` lines; ``#`` comments and blank lines skipped."""
    entries: dict[str, str] = {}
    text = asset_path("translation", "opencc", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ", 1)[0]
        if key and first:
            entries.setdefault(key, first)
    return Table(entries)


@cache
def _tables() -> tuple[Table, Table, Table, Table]:
    return tuple(read_table(name) for name in (PHRASES, CHARACTERS, TW_PHRASES, TW_CHARACTERS))


def tables() -> tuple[Table, Table, Table, Table]:
    """The four tables, read once (about 50,000 phrases: 0.1 s) by whichever thread first
    converts; the others wait rather than read them again."""
    with _LOCK:
        return _tables()


def _segments(text: str, phrases: Table) -> list[str]:
    pieces, start = [], 0
    while start < len(text):
        found = phrases.longest_prefix(text, start)
        length = found[0] if found else 1
        pieces.append(text[start:start + length])
        start += length
    return pieces


def _convert(piece: str, chain: tuple[Table, ...]) -> str:
    """``piece`` converted by the longest prefix of the first table of ``chain`` that has one
    (OpenCC's "short circuit" group), character by character otherwise."""
    out, start = [], 0
    while start < len(piece):
        for table in chain:
            found = table.longest_prefix(piece, start)
            if found is not None:
                length, value = found
                break
        else:
            length, value = 1, piece[start]
        out.append(value)
        start += length
    return "".join(out)


def to_traditional(text: str) -> str:
    """``text`` in Traditional characters, Taiwan forms (OpenCC ``s2tw``); characters the
    tables do not list (kana, Latin letters, digits, Traditional ones) are kept as they are."""
    phrases, characters, tw_phrases, tw_characters = tables()
    return "".join(_convert(_convert(piece, (phrases, characters)), (tw_phrases, tw_characters))
                   for piece in _segments(text, phrases))


#: (written by the model, wanted) catalog codes → the conversion; the pairs
#: ``many_to_many.toml``'s ``converted_from`` may name.
CONVERSIONS: dict[tuple[str, str], Callable[[str], str]] = {
    ("zh-Hans", "zh-Hant"): to_traditional,
}
