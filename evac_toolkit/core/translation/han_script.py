"""Is a Chinese text written in Simplified or Traditional characters?

Both scripts share most code points, so the letter-by-letter script check of machine output
(:mod:`.pack_claims`) cannot tell them apart. A many-to-many model with a single Chinese
language (M2M-100's ``zh``) writes Simplified; a family reading Traditional Chinese (zh-Hant)
must not be handed that as if it were theirs. Counting characters that only one standard uses
(``assets/languages/han_variants.toml``) settles it for any sentence of ordinary length.
"""

from __future__ import annotations

import tomllib
from functools import cache

from evac_toolkit.core.paths import asset_path

HANS = "Hans"
HANT = "Hant"


@cache
def _variants() -> tuple[frozenset[str], frozenset[str]]:
    """(simplified-only characters, traditional-only characters), read once."""
    raw = tomllib.loads(asset_path("languages", "han_variants.toml").read_text(encoding="utf-8"))
    simplified, traditional = set(), set()
    for pair in raw["pairs"].split():
        if len(pair) == 2 and pair[0] != pair[1]:
            simplified.add(pair[0])
            traditional.add(pair[1])
    return frozenset(simplified), frozenset(traditional)


def han_variant(text: str) -> str | None:
    """``"Hans"`` or ``"Hant"`` when the text holds more characters of one standard than of the
    other; None when it holds none of them (or as many of each)."""
    simplified, traditional = _variants()
    hans = sum(1 for char in text if char in simplified)
    hant = sum(1 for char in text if char in traditional)
    if hans == hant:
        return None
    return HANS if hans > hant else HANT
