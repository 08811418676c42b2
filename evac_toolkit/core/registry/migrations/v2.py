"""Schema migration 2. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries.

Its search keys are folded by its own copy of the fold the program had when it was released
(text_fold.fold and store.match_key as they were then): today's fold would make this migration
do something else every time fold() changes. Migration 5 marks these keys stale anyway, and the
running program recomputes them on open (search_keys.refresh).
"""

from __future__ import annotations

import unicodedata

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    # Imports look every row up by its folded name (find_duplicate): without an index, reading
    # 5,000 rows against 5,000 people took 4.6 s.
    db.execute("CREATE INDEX evacuees_match_key ON evacuees(match_key) WHERE deleted_at IS NULL")
    # Search keys now also drop accents on Latin letters ("nguyen" finds "Nguyễn"): recomputed
    # with this migration's own copy of the fold of its day (_match_key below), not today's.
    rows = db.execute("SELECT id, display_name, name_reading FROM evacuees "
                      "WHERE deleted_at IS NULL").fetchall()
    for evacuee_id, name, reading in rows:
        db.execute("UPDATE evacuees SET match_key = ? WHERE id = ?",
                   [_match_key(name, reading), evacuee_id])


# -- the fold of version 2's day, frozen with it ------------------------------------------------
_KATAKANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_LATIN_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae",
                              "œ": "oe", "ı": "i"})


def _is_latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"


def _strip_latin_accents(text: str) -> str:
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and _is_latin(out[-1]):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_KATAKANA)
    text = _strip_latin_accents(text).translate(_LATIN_EXTRA)
    return "".join(text.split())


def _match_key(display_name: str, name_reading: str) -> str:
    return f"{_fold(display_name)}\u0001{_fold(name_reading)}"
