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
from typing import NamedTuple

from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.store import SAME_PERSON_REASONS, Registry
from evac_toolkit.core.text_fold import fold

#: The trigram index finds text of three letters or more.
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
    found = _same_reading(registry, reading, languages)
    if found is None:
        return None
    card, spoken = found
    shared = next(language for language in languages if language in spoken)
    return DeskDuplicate(card, "desk_maybe_registered", "desk_same_reading",
                         {"reading": values["name_reading"].strip(),
                          "language": LanguageName(shared)})


def _same_reading(registry: Registry, reading: str, languages: list[str]
                  ) -> tuple[str, list[str]] | None:
    """(card ID, languages) of the first unprotected person registered whose folded reading is
    ``reading`` and who speaks one of ``languages``.

    The search key is "folded name \\x01 folded reading": its end is the reading. The trigram
    index finds the keys holding "\\x01 reading" (a few among 200,000 people) when that is three
    letters or more; a one-letter reading (李: り) is looked for in every key."""
    end = "\u0001" + reading
    narrow, params = "", []
    if len(end) >= _TRIGRAM:
        narrow = "rowid IN (SELECT rowid FROM evacuees_fts WHERE evacuees_fts MATCH ?) AND "
        params.append('"' + end.replace('"', '""') + '"')
    marks = ", ".join("?" * len(languages))
    row = registry.db.execute(
        f"SELECT card_id, languages FROM evacuees WHERE {narrow}deleted_at IS NULL "
        "AND do_not_disclose = 0 AND substr(match_key, -?) = ? "
        f"AND EXISTS (SELECT 1 FROM json_each(languages) WHERE value IN ({marks})) "
        "ORDER BY created_at LIMIT 1", [*params, len(end), end, *languages]).fetchone()
    return (row[0], json.loads(row[1])) if row else None
