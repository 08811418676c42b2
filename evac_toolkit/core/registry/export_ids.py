"""The ID a protected (do-not-disclose) person has in an exported file; see :mod:`.disclosure`.

Its own module because the import's duplicate index (store) recognises these IDs and
disclosure's listing rules work on store's records: in disclosure, the two would import each
other.
"""

from __future__ import annotations

import uuid

#: Fixed: the same person gets the same export ID every time (see ``export_id``).
_EXPORT_NAMESPACE = uuid.UUID("6b1f4c2e-93d8-4c57-a0f1-0d5e7b9c2a41")


def export_id(evacuee_id: str) -> str:
    """The ID a protected person has in an export: derived one way from their registry ID, so it
    matches nothing else in any file (not a full export, not a relative's row) while a
    re-import of the same export still recognises them and skips them (``DuplicateIndex``)."""
    return str(uuid.uuid5(_EXPORT_NAMESPACE, evacuee_id))
