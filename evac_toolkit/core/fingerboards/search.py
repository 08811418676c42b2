"""Phrase search on the fingerboards: find a card by what the volunteer types.

A volunteer looking for 「けがをしていますか」 should not scroll through forty staff cards. Cards
are found by their Japanese (kanji as written, kana folded: ケガ = けが = ｹｶﾞ; and
the readings of Easy Japanese's furigana, so いたみ finds 痛み), by English, and by
the evacuee's language, each folded the same way the registry folds names
(:func:`evac_toolkit.core.text_fold.fold`) plus what typing in those scripts varies in:

* punctuation and spaces are ignored (Burmese ``။``, Japanese ``？``, Vietnamese word spaces);
* zero-width joiners are ignored (Sinhala keyboards differ in whether they type the ZWJ of
  ``ශ්‍රී``);
* Burmese look-alikes typed for each other are one letter (digit ``၀`` for ``ဝ``, ``၇`` for ``ရ``);
* Latin accents are optional (``ban co bi thuong`` finds ``Bạn có bị thương``).

Every word typed must appear; an exact match ranks before a match at the start, before one
inside, before words found apart. The index of a language is built on its first search (a few
milliseconds), never at start-up.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from evac_toolkit.core import ruby, slot_text
from evac_toolkit.core.text_fold import fold

JAPANESE = "ja"
EASY_JAPANESE = "ja-x-easy"
ENGLISH = "en"

#: Always searched, whatever the evacuee's language: the volunteer types Japanese or English.
STAFF_LANGUAGES = (JAPANESE, EASY_JAPANESE, ENGLISH)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
#: Burmese characters typed for one another (they look alike): searched as the letter.
_MYANMAR_LOOKALIKES = str.maketrans({"\u1040": "\u101d", "\u1047": "\u101b"})

#: How well a text matched, best first.
EXACT, START, INSIDE, WORDS = range(4)


def search_key(text: str) -> str:
    """``text`` as searched: folded, without punctuation, spaces or invisible joiners."""
    text = text.translate(_INVISIBLE).translate(_MYANMAR_LOOKALIKES)
    return "".join(char for char in fold(text)
                   if not unicodedata.category(char).startswith("P"))


def query_words(query: str) -> list[str]:
    """The words of a query as search keys (empty words, such as lone punctuation, dropped)."""
    return [key for key in (search_key(word) for word in query.split()) if key]


@dataclass(frozen=True)
class PhraseHit:
    """A card found: its item, the board it is on (as in boards.toml), how well and in which
    language it matched."""

    item: str
    board: str
    rank: int
    language: str


def _forms(code: str, text: str) -> list[str]:
    """The ways a string can be typed: Easy Japanese as written and as its furigana read.
    A number's choices count as their "other" words ("minutes", ｜分《ふん》)."""
    text = slot_text.labelled(text, dict.fromkeys(slot_text.names(text), ""),
                              ruby=code == EASY_JAPANESE)
    if code != EASY_JAPANESE:
        return [text]
    written = ruby.plain(text)
    read = "".join(segment.reading or segment.text for segment in ruby.segments(text))
    return [written, read] if read != written else [written]


class PhraseIndex:
    """Search keys of every fingerboard item, per language, built when first searched."""

    def __init__(self, bank) -> None:
        self.bank = bank
        self._items = [(item["id"], item["board"]) for item in bank.items]
        self._keys: dict[str, list[tuple[str, ...]]] = {}

    def keys(self, code: str) -> list[tuple[str, ...]]:
        """Each item's search keys in ``code`` (in the bank's order; empty when untranslated)."""
        if code not in self._keys:
            found = []
            for item, _board in self._items:
                text = self.bank.text(code, item)
                found.append(tuple(search_key(form) for form in _forms(code, text))
                             if text else ())
            self._keys[code] = found
        return self._keys[code]

    def search(self, query: str, language: str | None = None, limit: int = 30) -> list[PhraseHit]:
        """Items matching every word of ``query`` in Japanese, English or ``language``, best
        first, then in board order."""
        words = query_words(query)
        if not words:
            return []
        whole = "".join(words)
        languages = [*STAFF_LANGUAGES]
        if language and language not in languages:
            languages.insert(0, language)
        best: dict[int, tuple[int, str]] = {}
        for code in languages:
            for index, keys in enumerate(self.keys(code)):
                for key in keys:
                    rank = _rank(key, whole, words)
                    if rank is not None and (index not in best or rank < best[index][0]):
                        best[index] = (rank, code)
        order = sorted(best, key=lambda index: (best[index][0], index))
        return [PhraseHit(self._items[index][0], self._items[index][1], *best[index])
                for index in order[:limit]]


def _rank(key: str, whole: str, words: list[str]) -> int | None:
    if key == whole:
        return EXACT
    if key.startswith(whole):
        return START
    if whole in key:
        return INSIDE
    if len(words) > 1 and all(word in key for word in words):
        return WORDS
    return None
