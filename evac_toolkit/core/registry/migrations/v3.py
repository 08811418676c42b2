"""Schema migration 3. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from evac_toolkit.core.registry.migrations.script import run_script


def migrate(db: sqlite_utils.Database) -> None:
    # The same rules, spelled as equalities: SQLite evaluates a CHECK's "x IN ('a', 'b')" by
    # building a temporary table for every row written, which was 0.3 s of a 50,000-row import.
    # A CHECK cannot be altered, so the table is rebuilt as SQLite documents (create, copy, drop,
    # rename, then its indexes and triggers again, as the schema holds them). Rowids are copied:
    # the search index points at them.
    kept = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'evacuees' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")]
    run_script(db, """
    CREATE TABLE evacuees_v3 (
        id TEXT PRIMARY KEY,
        card_id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        name_reading TEXT NOT NULL DEFAULT '',
        household_id TEXT REFERENCES households(id) ON DELETE SET NULL,
        languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        japanese_ability TEXT NOT NULL DEFAULT 'none'
            CHECK (japanese_ability = 'none' OR japanese_ability = 'easy'
                   OR japanese_ability = 'conversational' OR japanese_ability = 'fluent'),
        interpreter_needed INTEGER NOT NULL DEFAULT 0
            CHECK (interpreter_needed = 0 OR interpreter_needed = 1),
        nationality TEXT NOT NULL DEFAULT '',
        diets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(diets)),
        allergens TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allergens)),
        allergens_other TEXT NOT NULL DEFAULT '',
        medical TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(medical)),
        religious TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(religious)),
        area TEXT NOT NULL DEFAULT '',
        checked_in_at TEXT,
        checked_out_at TEXT,
        status TEXT NOT NULL DEFAULT 'present'
            CHECK (status = 'present' OR status = 'left' OR status = 'transferred'),
        consent_share INTEGER NOT NULL DEFAULT 0
            CHECK (consent_share = 0 OR consent_share = 1),
        do_not_disclose INTEGER NOT NULL DEFAULT 0
            CHECK (do_not_disclose = 0 OR do_not_disclose = 1),
        notes TEXT NOT NULL DEFAULT '',
        match_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    INSERT INTO evacuees_v3 (rowid, id, card_id, display_name, name_reading, household_id,
        languages, japanese_ability, interpreter_needed, nationality, diets, allergens,
        allergens_other, medical, religious, area, checked_in_at, checked_out_at, status,
        consent_share, do_not_disclose, notes, match_key, created_at, updated_at, deleted_at)
    SELECT rowid, id, card_id, display_name, name_reading, household_id,
        languages, japanese_ability, interpreter_needed, nationality, diets, allergens,
        allergens_other, medical, religious, area, checked_in_at, checked_out_at, status,
        consent_share, do_not_disclose, notes, match_key, created_at, updated_at, deleted_at
    FROM evacuees;
    DROP TABLE evacuees;
    ALTER TABLE evacuees_v3 RENAME TO evacuees;
    """)
    for sql in kept:
        db.execute(sql)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise sqlite3.IntegrityError(f"foreign key problems after rebuilding evacuees: "
                                     f"{problems[:3]}")
