"""Split text into sentences for machine translation, offline and by rule.

Argos Translate splits with MiniSBD, whose models are downloaded on first use: a shelter laptop
has no network, so the engine uses this splitter instead. Translation models work best on one
sentence at a time, and a missed boundary only costs quality, so the rules stay simple:

* full stops of the scripts in the catalog end a sentence wherever they are: ``。！？`` (Japanese,
  Chinese), ``။`` (Burmese), ``। ॥`` (Devanagari), ``؟ ۔`` (Arabic script), ``෴`` (Sinhala),
  ``๚ ๛`` (Thai); closing brackets and quotes right after one stay with its sentence;
* ``. ! ?`` end a sentence before a space (or the end); ``!`` and ``?`` also before CJK text.
  A period after a known abbreviation (``Dr.``, ``e.g.``), a single letter of a script that
  writes initials (``J. Smith``: Latin, Cyrillic, Greek) or before a lower-case letter or a digit
  does not. One syllable of another script is a word: Korean ``네. 알겠습니다.`` and Sinhala
  ``…ට. කරුණාකර`` are two sentences each;
* Thai writes no full stop: a space between two Thai letters separates sentences or clauses;
* inside brackets (``「はい。」と言った。``) nothing splits;
* a line break always ends a sentence.

Deliberately *not* boundaries: Burmese ``၊`` and Japanese ``、`` (commas), Thai ``ฯ`` (an
abbreviation mark: ``กรุงเทพฯ``). They are used only to cut a sentence longer than
:data:`MAX_CHARS`, which a model would translate badly or truncate.
"""

from __future__ import annotations

import re
import unicodedata

#: Marks that end a sentence wherever they appear.
STRONG = frozenset("。！？!?．｡။।॥؟۔෴๚๛")
#: Marks that end a sentence only before whitespace or the end of the text.
WEAK = frozenset(".")
#: Closing marks that belong to the sentence before them.
CLOSERS = frozenset("」』）)]］】〉》\"'”’»›")
_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "[": "]", "［": "］", "【": "】", "〈": "〉",
          "《": "》", "“": "”"}
_CLOSING = {close: open_ for open_, close in _PAIRS.items()}
#: Where an over-long sentence may be cut: commas and semicolons of every script.
SOFT = frozenset("、，,;；၊،")
#: Sentences longer than this (characters) are cut at soft marks, then at spaces.
MAX_CHARS = 300

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs", "etc", "e.g", "i.e", "approx", "tel", "fig",
    "sr", "jr", "prof", "mt", "ca", "cf", "sra", "dra", "av", "pp", "vol", "ft",
})
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                  "\uac00-\ud7af\uff66-\uff9f]")   # kana, kanji, hangul


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e5b" and char not in "\u0e2f\u0e5a\u0e5b"  # ฯ ๚ ๛ are marks


#: Scripts whose single letters are initials (``J. Smith``, ``А. Пушкин``). Elsewhere a letter
#: alone is a syllable or a word: 네 (yes), ට (to), ที่.
_INITIAL_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _is_initial(word: str) -> bool:
    """A single letter of a script that abbreviates names to their first letter."""
    letters = [c for c in word if not unicodedata.category(c).startswith("M")]
    return (len(letters) == 1 and letters[0].isalpha()
            and unicodedata.name(letters[0], "").startswith(_INITIAL_SCRIPTS))


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("(\"'“‘«").casefold()


def _period_ends(text: str, dot: int, after: int) -> bool:
    """Whether the period at ``dot``, followed by a space or the end at ``after``, ends a
    sentence."""
    word = _word_before(text, dot)
    if word in _ABBREVIATIONS or _is_initial(word):
        return False
    rest = text[after:].lstrip()
    return not rest or not (rest[0].islower() or rest[0].isdigit())


def _bracketed(text: str) -> list[bool]:
    """For each position, whether it lies inside a pair of brackets that closes on this line.

    An opening bracket that never closes protects nothing, so a stray ``「`` cannot stop every
    split after it.
    """
    depth = [0] * (len(text) + 1)
    stack: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        if char in _PAIRS:
            stack.append((index, _PAIRS[char]))
        elif char in _CLOSING:
            for level in range(len(stack) - 1, -1, -1):
                if stack[level][1] == char:
                    opened = stack[level][0]
                    del stack[level:]
                    depth[opened + 1] += 1
                    depth[index] -= 1
                    break
    inside, running = [], 0
    for index in range(len(text)):
        running += depth[index]
        inside.append(running > 0)
    return inside


def _boundaries(text: str) -> list[int]:
    """Positions just after each sentence end (before any following whitespace)."""
    ends: list[int] = []
    inside = _bracketed(text)
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        if inside[i]:
            i += 1
        elif char in STRONG or char in WEAK:
            k = i + 1
            while k < n and (text[k] in STRONG or text[k] in WEAK):   # "?!", "...", "。。"
                k += 1
            marks = text[i:k]
            j = k
            while j < n and text[j] in CLOSERS:
                j += 1
            following = text[j] if j < n else ""
            if any(m in STRONG and m not in "!?" for m in marks):
                ends.append(j)                                    # 。 ။ । ؟ anywhere
            elif not following or following.isspace():
                if any(m in "!?" for m in marks) or _period_ends(text, k - 1, j):
                    ends.append(j)
            elif marks[-1] in "!?" and _CJK.match(following):
                ends.append(j)                                    # 本当!はい
            i = j
        elif char.isspace() and i > 0 and _is_thai(text[i - 1]):
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and _is_thai(text[j]):
                ends.append(i)
            i = j
        else:
            i += 1
    return ends


def _cut_long(sentence: str, limit: int) -> list[str]:
    """Cut a sentence longer than ``limit`` at commas, else at spaces, else anywhere."""
    pieces: list[str] = []
    rest = sentence
    while len(rest) > limit:
        window = rest[:limit]
        cut = max((window.rfind(mark) for mark in SOFT), default=-1) + 1
        if cut <= limit // 4:
            space = window.rfind(" ")
            cut = space + 1 if space > limit // 4 else limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].lstrip()
    if rest.strip():
        pieces.append(rest.strip())
    return [piece for piece in pieces if piece]


#: Anything that may end a sentence: the marks, and Thai letters (a space between two ends one).
#: A line without any is one sentence; most typed lines are, and every translation splits.
_MAY_END = re.compile("[" + re.escape("".join(sorted(STRONG | WEAK))) + "\u0e01-\u0e5b]")


def split(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """The sentences of ``text``, stripped, in order; empty text gives ``[]``.

    Joining the results with the right spacing gives the text back minus whitespace changes.
    """
    sentences: list[str] = []
    for line in text.splitlines():
        if len(line) <= max_chars and not _MAY_END.search(line):
            if line.strip():
                sentences.append(line.strip())
            continue
        start = 0
        for end in [*_boundaries(line), len(line)]:
            piece = line[start:end].strip()
            start = end
            if piece:
                sentences += _cut_long(piece, max_chars) if len(piece) > max_chars else [piece]
    return sentences
