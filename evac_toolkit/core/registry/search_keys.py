"""The registry's stored search keys (evacuees.match_key and its trigram index), and keeping
them in step with the running program's fold().

Search folds the typed text with today's fold() and compares it with keys folded when each
person was written. When fold() changes (a variant-kanji pair added, a new rule), stored keys
go stale: 髙橋 written before 髙 folded to 高 would not be found by 高橋. So the registry records
which fold built its keys (``search_keys.fold_version``, schema 5) and ``refresh`` recomputes
them on open whenever that differs from ``text_fold.FOLD_VERSION``.
"""

from __future__ import annotations

import sqlite_utils

from evac_toolkit.core.text_fold import FOLD_VERSION, fold


def match_key(display_name: str, name_reading: str) -> str:
    """What search looks in: the folded name and reading, separated so a query cannot span
    them."""
    return f"{fold(display_name)}\u0001{fold(name_reading)}"


def stale(db: sqlite_utils.Database) -> bool:
    """Whether the stored keys were built by another fold than this program's."""
    row = db.execute("SELECT fold_version FROM search_keys WHERE id = 1").fetchone()
    return row is None or row[0] != FOLD_VERSION


def refresh(db: sqlite_utils.Database) -> int:
    """Recompute every stored key with this program's fold and rebuild the search index (in
    the caller's transaction); returns how many keys changed.

    Only changed rows are written, with the index's update trigger set aside (one 'rebuild' of
    the trigram index from the table is cheaper than a delete and insert per row, and it also
    mends an index that had drifted). Tombstones keep their empty key.
    """
    rows = db.execute("SELECT rowid, display_name, name_reading, match_key FROM evacuees "
                      "WHERE deleted_at IS NULL").fetchall()
    changed = [(key, rowid) for rowid, name, reading, old in rows
               if (key := match_key(name, reading)) != old]
    if changed:
        (trigger,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND name = 'evacuees_fts_update'").fetchone()
        db.execute("DROP TRIGGER evacuees_fts_update")
        db.conn.executemany("UPDATE evacuees SET match_key = ? WHERE rowid = ?", changed)
        db.execute(trigger)
        db.execute("INSERT INTO evacuees_fts(evacuees_fts) VALUES ('rebuild')")
    db.execute("INSERT OR REPLACE INTO search_keys (id, fold_version) VALUES (1, ?)",
               [FOLD_VERSION])
    return len(changed)
