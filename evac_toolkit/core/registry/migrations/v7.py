"""Schema migration 7. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite_utils

from evac_toolkit.core.registry.migrations.script import run_script


def migrate(db: sqlite_utils.Database) -> None:
    # Transfers between shelters (issue 20): where a person marked "transferred" went, and
    # where a received person came from. Shelter IDs and times only: the person's record is
    # the evacuees row, and this log is no second copy of personal data.
    run_script(db, """
    CREATE TABLE transfers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        evacuee_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
        shelter_id TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX transfers_evacuee ON transfers(evacuee_id);
    """)
