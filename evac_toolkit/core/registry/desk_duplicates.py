"""Whether the person being added at the desk may be registered already, and why: the add
form's warning, on the same grounds as an import's duplicates (``csv_io._duplicate``).

The same folded name and reading with the same first language is the same person (variant
kanji folded: 髙橋 and 高橋 are one name). The same folded reading with a language in common
may be: "Thein Min" and "テイン・ミン" are both ていん みん and speak Burmese. Two people may
share a reading (佐藤 博 and 佐藤 弘), so this is a warning the volunteer can pass, not a
refusal. Protected people (do not disclose) are never matched on their reading, as search
never finds them by it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.store import SAME_PERSON_REASONS, Registry
from evac_toolkit.core.text_fold import fold

#: Under three letters the trigram index cannot help: the reading is looked for in every key.
_TRIGRAM = 3


class DeskDuplicate(NamedTuple):
    card_id: str
    #: "desk_registered" (the same person) or "desk_maybe_registered" (possibly the same).
    code: str
    #: Why they look the same: a message code, and its parameters.
    reason: str
    params: dict

    def describe(self, language: str, worded=message) -> str:
        """What and why, as one phrase ("maybe already registered as card K7M2QX (same reading
        ていん みん and a shared language: Burmese)"); ``worded`` is ``message`` or
        ``gui_message``."""
        return worded(self.code, language, card_id=self.card_id,
                      why=worded(self.reason, language, **self.params))


def registered_already(registry: Registry, values: dict) -> DeskDuplicate | None:
    """Someone registered (not deleted) who is, or may be, the person ``values`` describe."""
    same = registry.find_duplicate(values)
    if same is not None:
        return DeskDuplicate(same.card_id, "desk_registered", SAME_PERSON_REASONS["person"], {})
    reading = fold(values.get("name_reading") or "")
    languages = list(values.get("languages") or [])
    if not reading or not languages:
        return None
    for card, spoken in _same_reading(registry, reading):
        shared = next((language for language in languages if language in spoken), None)
        if shared is not None:
            return DeskDuplicate(card, "desk_maybe_registered", "desk_same_reading",
                                 {"reading": values["name_reading"].strip(),
                                  **_language_names(shared)})
    return None


def _same_reading(registry: Registry, reading: str) -> list[tuple[str, list[str]]]:
    """(card ID, languages) of each unprotected person whose folded reading is ``reading``.

    The search key is "folded name \\x01 folded reading": the trigram index finds the keys that
    hold the reading anywhere (a few, even among 200,000 people), and only those whose reading
    part is exactly it are kept."""
    if len(reading) >= _TRIGRAM:
        where = "rowid IN (SELECT rowid FROM evacuees_fts WHERE evacuees_fts MATCH ?)"
        param = '"' + reading.replace('"', '""') + '"'
    else:
        where = "match_key LIKE ? ESCAPE '\\'"
        param = "%\u0001" + reading.replace("\\", "\\\\").replace("%", "\\%") \
            .replace("_", "\\_")
    rows = registry.db.execute(
        f"SELECT card_id, languages, match_key FROM evacuees WHERE {where} "
        "AND deleted_at IS NULL AND do_not_disclose = 0 ORDER BY created_at", [param])
    return [(card, json.loads(languages)) for card, languages, key in rows
            if key.partition("\u0001")[2] == reading]


@cache
def _language_names(code: str) -> dict[str, str]:
    """A language as the reason names it (never its code): in English and in Japanese."""
    from evac_toolkit.core.languages import catalog

    found = next((lang for lang in catalog() if lang.code == code), None)
    return {"language_en": found.english if found else code,
            "language_ja": found.japanese if found else code}
