"""Slots in notice and board texts, numbers included: ``{place}``, ``{number}``, and choices by
the number, ``{number|one:# year old|other:# years old}`` (CLDR plural categories of the text's
language, ``=0`` for one exact number, ``#`` for the number) or, in Japanese, a counter read with
the number, ``{number|counter:分}`` → ``｜3分《さんぷん》``. Format: assets/CONTENT_FORMAT.md.

Filling is plain replacement, never ``str.format``: a translation's text never becomes code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evac_toolkit.core import counters, plurals

#: ``{name}`` or ``{name|choices}``; the name is group 1, the choices (may be None) group 2.
SLOT = re.compile(r"\{([^{}|]*)(?:\|([^{}]*))?\}")
NUMBER_MARK = "#"
COUNTER = "counter"
_EXACT = re.compile(r"=(\d+)")
#: A number slot followed by a counter with one fixed reading: {number}｜分《ふん》.
_FIXED_COUNTER = re.compile(r"\{number\}｜([^｜《》]+)《[^｜《》]*》")


@dataclass(frozen=True)
class Finding:
    """A problem with a text's slots; ``code`` is a content-check problem code."""
    code: str
    detail: str
    params: dict[str, str]


def names(text: str) -> list[str]:
    """The slot names in order of appearance, a choice counted as its slot."""
    return [found[1] for found in SLOT.finditer(text)]


def without_slots(text: str) -> str:
    return SLOT.sub("", text)


def _choices(spec: str) -> list[tuple[str, str]]:
    pairs = []
    for choice in spec.split("|"):
        key, sep, words = choice.partition(":")
        pairs.append((key.strip() if sep else "", words))
    return pairs


def _pick(spec: str, number: int | None, code: str, ruby: bool) -> str:
    choices = _choices(spec)
    if choices and choices[0][0] == COUNTER:
        written = choices[0][1]
        return counters.with_ruby(number, written, ruby) if written in counters.counters() \
            else f"{'…' if number is None else number}{written}"
    table = dict(choices)
    if number is None:
        words = table.get("other", "")
        return words.replace(NUMBER_MARK, "…")
    words = table.get(f"={number}")
    if words is None:
        words = table.get(plurals.category(code, number), table.get("other", ""))
    return words.replace(NUMBER_MARK, str(number))


def fill(text: str, values: dict[str, str | None], code: str, *, ruby: bool = False) -> str:
    """Each slot replaced by its value; a choice picked by the number's category in ``code``.
    A missing value (None) reads "…", with the "other" words or the counter's plain reading."""
    def replace(found: re.Match) -> str:
        name, spec = found[1], found[2]
        if name not in values:
            return found[0]
        value = values[name]
        if spec is None:
            return "…" if value is None else value
        number = int(value) if value is not None and value.isdigit() else None
        return _pick(spec, number, code, ruby)
    return SLOT.sub(replace, text)


def labelled(text: str, label: dict[str, str], *, ruby: bool = False) -> str:
    """The text as a template is shown: each slot as its label, a choice by its "other" words
    or counter (歳, with its plain reading where the language carries furigana), the number's
    place by the label: ［数］ years old, ［数］｜歳《さい》."""
    def replace(found: re.Match) -> str:
        name, spec = found[1], found[2]
        if name not in label:
            return found[0]
        if spec is None:
            return label[name]
        choices = dict(_choices(spec))
        if COUNTER in choices:
            written = choices[COUNTER]
            known = counters.counters().get(written)
            if ruby and known is not None:
                return f"{label[name]}｜{written}《{known.reading}》"
            return label[name] + written
        return choices.get("other", "").replace(NUMBER_MARK, label[name])
    return SLOT.sub(replace, text)


def every_choice(text: str) -> str:
    """The text with each choice written out (all its words, the number as 0) and each counter
    with a filled reading, for the checks of glyphs, furigana and width."""
    def replace(found: re.Match) -> str:
        spec = found[2]
        if spec is None:
            return found[0]
        choices = _choices(spec)
        if choices and choices[0][0] == COUNTER:
            written = choices[0][1]
            return counters.with_ruby(1, written, True) if written in counters.counters() \
                else ""
        return " ".join(words.replace(NUMBER_MARK, "0") for _key, words in choices)
    return SLOT.sub(replace, text)


def problems(text: str, code: str, number_slots: set[str], *, ruby: bool = False,
             up_to: int = counters.MAX) -> list[Finding]:
    """What is wrong with a text's choices and counters in language ``code``: choices on a slot
    that is not a number, a malformed choice, a category the language does not use, no
    "other", a category some number up to ``up_to`` falls in without its words, an unknown
    counter, and (with furigana) a counter whose reading changes written with one reading."""
    found: list[Finding] = []
    used = plurals.categories(code)
    for match in SLOT.finditer(text):
        name, spec = match[1], match[2]
        if spec is None:
            continue
        if name not in number_slots:
            found.append(Finding("choice_not_number", name, {}))
            continue
        choices = _choices(spec)
        keys = [key for key, _words in choices]
        if COUNTER in keys:
            written = choices[0][1]
            if len(choices) != 1 or keys[0] != COUNTER or not code.startswith("ja"):
                found.append(Finding("choice_syntax", match[0], {}))
            elif written not in counters.counters():
                found.append(Finding("counter_unknown", written, {}))
            continue
        bad = [key for key in keys if not key or not (key in plurals.CATEGORIES
                                                      or _EXACT.fullmatch(key))]
        if bad or len(set(keys)) != len(keys):
            found.append(Finding("choice_syntax", match[0], {}))
            continue
        for key in keys:
            if key in plurals.CATEGORIES and key not in used:
                found.append(Finding("plural_category_unknown", key,
                                     {"categories": ", ".join(used)}))
        if "other" not in keys:
            found.append(Finding("plural_other_missing", match[0], {}))
            continue
        for category, first in plurals.reached(code, up_to).items():
            if category not in keys:
                found.append(Finding("plural_category_missing", category,
                                     {"example": str(first)}))
    if ruby:
        for match in _FIXED_COUNTER.finditer(text):
            base = match[1]
            counter = next((c for w, c in sorted(counters.counters().items(),
                                                 key=lambda item: -len(item[0]))
                            if base.startswith(w)), None)
            if counter is not None and counter.varies:
                found.append(Finding("counter_fixed_reading", counter.written, {}))
    return found

