"""The numbers a shelter reports: counts only, from its registry. Nothing here reads a name, a
reading, a card or record ID, a note or an area — only status, languages, Japanese ability,
the interpreter flag and the need codes."""

from __future__ import annotations

import json
from collections import Counter

from evac_toolkit.core.registry.store import Registry

#: The count kinds a report carries, each a {code: people} mapping over people present.
NEED_KINDS = ("diets", "allergens", "medical", "religious")


def shelter_counts(registry: Registry) -> dict:
    """A JSON-ready dict: present / left / transferred, capacity, and for people present their
    first languages, Japanese ability, interpreter needs by first language and needs."""
    stats = registry.stats()
    by_status = dict(registry.db.execute(
        "SELECT status, count(*) FROM evacuees WHERE deleted_at IS NULL GROUP BY status"))
    interpreter: Counter[str] = Counter()
    for (languages,) in registry.db.execute(
            "SELECT languages FROM evacuees WHERE deleted_at IS NULL AND status = 'present' "
            "AND interpreter_needed"):
        codes = json.loads(languages or "[]")
        interpreter[codes[0] if codes else ""] += 1
    return {
        "present": stats.present,
        "left": by_status.get("left", 0),
        "transferred": by_status.get("transferred", 0),
        "capacity": stats.capacity,
        "languages": dict(stats.by_language),
        # Everyone who speaks a language, first or not: what headquarters prints signs in.
        "speakers": dict(stats.any_language),
        "japanese_ability": dict(stats.japanese_ability),
        "interpreter_needed": stats.interpreter_needed,
        # "" is people who need an interpreter and have no language recorded yet.
        "interpreter_by_language": dict(sorted(interpreter.items())),
        **{kind: dict(getattr(stats, kind)) for kind in NEED_KINDS},
    }
