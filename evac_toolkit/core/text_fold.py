"""Search keys: how a volunteer's typing matches what was written.

NFKC folds full-width Latin and half-width katakana (ＡＢＣ, ｱｲｳ), case is folded, katakana is
matched as hiragana (タナカ = たなか), and spaces are ignored (山田 花子 = 山田花子).
"""

from __future__ import annotations

import unicodedata

_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA)
    return "".join(text.split())
