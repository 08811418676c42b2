"""Japanese counters (助数詞) read with the number before them: 1分 いっぷん, 3分 さんぷん,
6分 ろっぷん, 10分 じゅっぷん, 1人 ひとり, 4時 よじ.

The counters and their sound changes are data (``assets/languages/counters_ja.toml``); this
module reads the number in Japanese (0–99,999) and joins the counter to its last part.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

MAX = 99_999
_DIGITS = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
#: Hundreds and thousands whose reading changes: さんびゃく, ろっぴゃく, はっぴゃく, さんぜん, はっせん.
_HUNDREDS = {1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {1: "せん", 3: "さんぜん", 8: "はっせん"}


@dataclass(frozen=True)
class Counter:
    written: str
    reading: str
    geminate: frozenset[int] = frozenset()
    after_geminate: str = ""
    voiced_after: frozenset[int] = frozenset()
    voiced: str = ""
    ending: dict[int, str] | None = None
    exact: dict[int, str] | None = None

    @property
    def varies(self) -> bool:
        """Whether the reading depends on the number (a fixed reading would be wrong)."""
        return bool(self.geminate or self.voiced_after or self.ending or self.exact)


@cache
def counters() -> dict[str, Counter]:
    raw = tomllib.loads(asset_path("languages", "counters_ja.toml").read_text(encoding="utf-8"))
    return {written: Counter(
        written, entry["reading"], frozenset(entry.get("geminate", ())),
        entry.get("after_geminate", ""), frozenset(entry.get("voiced_after", ())),
        entry.get("voiced", ""),
        {int(k): v for k, v in entry.get("ending", {}).items()},
        {int(k): v for k, v in entry.get("exact", {}).items()})
        for written, entry in raw.get("counter", {}).items()}


def _parts(number: int) -> list[tuple[int, str]]:
    """The number's spoken parts, largest first, each with its kind (1–9 for the ones digit,
    else 10, 100, 1000, 10000): 321 → [(100, さんびゃく), (10, にじゅう), (1, いち)]."""
    parts = []
    man, rest = divmod(number, 10000)
    if man:
        parts.append((10000, _DIGITS[man] + "まん"))
    thousands, rest = divmod(rest, 1000)
    if thousands:
        parts.append((1000, _THOUSANDS.get(thousands, _DIGITS[thousands] + "せん")))
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append((100, _HUNDREDS.get(hundreds, _DIGITS[hundreds] + "ひゃく")))
    tens, ones = divmod(rest, 10)
    if tens:
        parts.append((10, ("" if tens == 1 else _DIGITS[tens]) + "じゅう"))
    if ones:
        parts.append((ones, _DIGITS[ones]))
    return parts


def number_reading(number: int) -> str:
    """A whole number read in Japanese: 21 にじゅういち, 600 ろっぴゃく, 0 ぜろ."""
    return "".join(reading for _kind, reading in _parts(number)) or "ぜろ"


def reading(number: int, written: str) -> str:
    """The number with the counter, read: ``reading(8, "分") == "はっぷん"``."""
    counter = counters()[written]
    if counter.exact and number in counter.exact:
        return counter.exact[number]
    parts = _parts(number)
    if not parts:
        return "ぜろ" + counter.reading
    head = "".join(r for _kind, r in parts[:-1])
    kind, last = parts[-1]
    if counter.ending and kind in counter.ending:
        return head + counter.ending[kind]
    if kind in counter.geminate:
        return head + last[:-1] + "っ" + counter.after_geminate
    if kind in counter.voiced_after:
        return head + last + counter.voiced
    return head + last + counter.reading


def with_ruby(number: int | None, written: str, ruby: bool) -> str:
    """The number and counter as text: ``｜3分《さんぷん》`` where the language carries
    furigana, ``3分`` where not; without a number (a card not yet filled) ``…｜分《ふん》``."""
    if number is None:
        counter = counters()[written]
        return f"…｜{written}《{counter.reading}》" if ruby else f"…{written}"
    if not ruby:
        return f"{number}{written}"
    return f"｜{number}{written}《{reading(number, written)}》"
