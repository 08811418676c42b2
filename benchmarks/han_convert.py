"""Simplified → Traditional Chinese for M2M-100's output (``core/translation/han_convert.py``):
what it costs on the translation path, and how close it comes to the curated Traditional text.

* **Speed**: converting a notice in Simplified Chinese (:data:`NOTICE`, 87 characters, seven
  sentences, the kind of text ``benchmarks.many_to_many.LONG_TEXT`` becomes), per call, beside
  the anchor: ``str.translate`` with ``STCharacters`` alone, one character for one — the least
  any conversion does (and wrong for 发, 干, 后, 里 …, which is why phrases come first). Best of
  five repeats of 200 calls.
* **Reading the tables**: the first conversion in a process reads the four tables (done in the
  translation worker, never on the window's thread).
* **Agreement**: of the curated strings written in both Simplified and Traditional Chinese, how
  many convert to exactly the curated Traditional text, and the share of characters that agree
  where the two have the same length (the curated texts are drafts; a difference is most often
  a word chosen differently, not a wrong character).

Figures only, never asserts.
"""

from __future__ import annotations

import time
import timeit

from benchmarks.table import record

NOTICE = ("今天晚饭在体育馆门口发放。有过敏的人请到接待处说明。饮用水在入口旁边，每人限两瓶。"
          "厕所在走廊尽头。晚上十点熄灯。手机可以在办公室充电。身体不舒服的人请马上告诉附近的工作人员。")
CALLS = 200


def _per_call_ms(work) -> float:
    return min(timeit.repeat(work, number=CALLS, repeat=5)) / CALLS * 1000


def main() -> None:
    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.ruby import plain
    from evac_toolkit.core.translation import han_convert

    start = time.perf_counter()
    han_convert.tables()
    load_ms = (time.perf_counter() - start) * 1000
    _phrases, characters, _tw, _tw_characters = han_convert.tables()
    by_character = str.maketrans({key: value for key, value in characters.entries.items()
                                  if len(key) == 1})
    ours = _per_call_ms(lambda: han_convert.to_traditional(NOTICE))
    anchor = _per_call_ms(lambda: NOTICE.translate(by_character))

    bank = ContentBank()
    pairs = [(plain(bank.text("zh-Hans", key)), plain(bank.text("zh-Hant", key)))
             for key in bank.entries
             if bank.text("zh-Hans", key) and bank.text("zh-Hant", key)]
    converted = [(han_convert.to_traditional(hans), hant) for hans, hant in pairs]
    same = sum(ours_ == hant for ours_, hant in converted)
    aligned = [(ours_, hant) for ours_, hant in converted if len(ours_) == len(hant)]
    characters_compared = sum(len(hant) for _, hant in aligned)
    agreeing = sum(a == b for ours_, hant in aligned for a, b in zip(ours_, hant, strict=True))
    table_anchor = sum(hans.translate(by_character) == hant for hans, hant in pairs)

    print(f"han_convert: a {len(NOTICE)}-character notice to Traditional (Taiwan forms) "
          f"{ours:.3f} ms a call; anchor, STCharacters alone by str.translate {anchor:.3f} ms; "
          f"the four tables read once in {load_ms:.0f} ms; of {len(pairs)} curated strings in "
          f"both scripts, {same} convert to exactly the curated Traditional text ({table_anchor} "
          f"by the character table alone); {agreeing:,} of {characters_compared:,} characters "
          f"agree where the lengths match")
    record("han_convert", f"{len(NOTICE)}-character notice converted", ours, "ms")
    record("han_convert", "anchor: STCharacters alone (str.translate)", anchor, "ms")
    record("han_convert", "tables read, once per process", load_ms, "ms")
    record("han_convert", "curated strings converted exactly", same / len(pairs) * 100, "%")
    record("han_convert", "anchor: the character table alone, exactly",
           table_anchor / len(pairs) * 100, "%")
    record("han_convert", "characters agreeing (equal-length pairs)",
           agreeing / characters_compared * 100, "%")


if __name__ == "__main__":
    from benchmarks import table

    main()
    table.print_table()
