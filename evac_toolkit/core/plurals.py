"""CLDR plural categories of whole numbers, from the rules in ``assets/languages/plurals.toml``.

The rules are CLDR's own text (``i in 1 and v in 0``), written into the file once by
``tools/plural_rules.py`` with Babel; this module evaluates them with the standard library, so
the program does not carry Babel. Slots hold whole numbers (0–99,999), so the decimal operands
(v, w, f, t) and the compact exponent (e, c) are always 0.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

#: CLDR's categories in CLDR's order; "other" is what no rule matched.
CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_RELATION = re.compile(
    r"^(?P<operand>[niwvftec])(?:\s*(?:mod|%)\s*(?P<mod>\d+))?\s*"
    r"(?P<op>not in|!=|in|=|is not|is|not within|within)\s*(?P<ranges>[\d.,\s]+)$")


@cache
def _rules() -> dict[str, dict[str, str]]:
    raw = tomllib.loads(asset_path("languages", "plurals.toml").read_text(encoding="utf-8"))
    return {code: dict(rules) for code, rules in raw.get("rules", {}).items()}


def _operand(name: str, number: int) -> int:
    return number if name in "ni" else 0


@dataclass(frozen=True)
class _Relation:
    operand: str
    mod: int
    ranges: tuple[tuple[int, int], ...]
    negated: bool

    def holds(self, number: int) -> bool:
        value = _operand(self.operand, number)
        if self.mod:
            value %= self.mod
        inside = any(low <= value <= high for low, high in self.ranges)
        return inside != self.negated


@cache
def _parsed(rule: str) -> tuple[tuple[_Relation, ...], ...]:
    """A rule as conditions joined by "or", each relations joined by "and"."""
    conditions = []
    for condition in rule.split(" or "):
        relations = []
        for relation in condition.split(" and "):
            found = _RELATION.match(relation.strip())
            if found is None:
                raise ValueError(f"not a CLDR plural relation: {relation!r}")
            ranges = []
            for item in found["ranges"].replace(" ", "").split(","):
                low, _, high = item.partition("..")
                ranges.append((int(low), int(high or low)))
            relations.append(_Relation(found["operand"], int(found["mod"] or 0), tuple(ranges),
                                       found["op"] in ("not in", "!=", "is not", "not within")))
        conditions.append(tuple(relations))
    return tuple(conditions)


def _holds(rule: str, number: int) -> bool:
    return any(all(relation.holds(number) for relation in condition)
               for condition in _parsed(rule))


def known(code: str) -> bool:
    """Whether the file has the language's rules (a language just added to the catalog has
    none until ``tools/plural_rules.py`` is run again: its numbers all read as "other")."""
    return code in _rules()


def categories(code: str) -> tuple[str, ...]:
    """The categories a language distinguishes, "other" last (only "other" for Japanese);
    every CLDR category for a language the file does not know yet."""
    if not known(code):
        return CATEGORIES
    rules = _rules()[code]
    return tuple(c for c in CATEGORIES if c in rules) + ("other",)


def category(code: str, number: int) -> str:
    """The CLDR category of a whole number in a language: ``category("es", 1) == "one"``.
    A language without rules in the file (none is) counts every number as "other"."""
    for name, rule in _rules().get(code, {}).items():
        if _holds(rule, number):
            return name
    return "other"


@cache
def reached(code: str, up_to: int) -> dict[str, int]:
    """Each category the whole numbers 0..``up_to`` fall in, with the smallest such number:
    what a text's choices must cover (Spanish "many" starts at a million, beyond any slot)."""
    found: dict[str, int] = {}
    wanted = len(categories(code)) if known(code) else 1
    for number in range(up_to + 1):
        found.setdefault(category(code, number), number)
        if len(found) == wanted:
            break
    return found
