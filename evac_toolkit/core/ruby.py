"""Furigana markup for Easy Japanese: ``｜漢字《かんじ》`` (Aozora Bunko style, explicit bar).

Renderers call :func:`segments` and draw each reading above its base; plain text (search, QR codes,
length checks) uses :func:`plain`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RUBY = re.compile(r"｜([^｜《》]+)《([^｜《》]+)》")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー・ ]+$")


@dataclass(frozen=True)
class Segment:
    text: str
    reading: str | None = None


def segments(text: str) -> list[Segment]:
    """Split marked-up text into plain segments and (base, reading) segments."""
    out: list[Segment] = []
    pos = 0
    for match in _RUBY.finditer(text):
        if match.start() > pos:
            out.append(Segment(text[pos:match.start()]))
        out.append(Segment(match.group(1), match.group(2)))
        pos = match.end()
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def plain(text: str) -> str:
    """The text without readings: ``｜避難所《ひなんじょ》`` → ``避難所``."""
    return _RUBY.sub(r"\1", text)


def inline(text: str) -> str:
    """Readings in parentheses after their base, for places that cannot draw ruby."""
    return _RUBY.sub(r"\1（\2）", text)


def problems(text: str) -> list[str]:
    """Markup errors: stray brackets, non-kana readings, kanji left without a reading."""
    found: list[str] = []
    stripped = _RUBY.sub("", text)
    if any(mark in stripped for mark in "｜《》"):
        found.append("unbalanced ruby markup")
    for match in _RUBY.finditer(text):
        if not _KANA.match(match.group(2)):
            found.append(f"reading of {match.group(1)!r} is not kana: {match.group(2)!r}")
    bare = _KANJI.findall(stripped)
    if bare:
        found.append("kanji without furigana: " + "".join(dict.fromkeys(bare)))
    return found
