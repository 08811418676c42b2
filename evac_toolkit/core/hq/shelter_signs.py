"""``hq signs``: which languages a shelter's signs are printed in, from its newest report —
the languages its people speak, most speakers first, after Japanese (which every sign carries)."""

from __future__ import annotations

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.signs import MAX_LANGUAGES


def sign_languages(conn, shelter_id: str) -> list[str]:
    """Language codes for ``shelter_id``'s signs (Japanese not included, at most five others);
    UserError('hq_unknown_shelter') when headquarters holds no real report from it."""
    import json

    row = None if conn is None else conn.execute(
        "SELECT counts FROM reports WHERE shelter_id = ? AND drill = 0 "
        "ORDER BY sequence DESC LIMIT 1", [shelter_id]).fetchone()
    if row is None:
        raise UserError("hq_unknown_shelter", shelter=shelter_id)
    counts = json.loads(row[0])
    speakers = counts.get("speakers") or counts.get("languages") or {}
    known = {language.code for language in catalog()}
    ranked = sorted((code for code in speakers if code in known and code != "ja"
                     and speakers[code] > 0), key=lambda code: (-speakers[code], code))
    return ranked[:MAX_LANGUAGES - 1]
