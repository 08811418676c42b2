"""Schema migration 4. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from evac_toolkit.core.registry.migrations.script import run_script


def migrate(db: sqlite_utils.Database) -> None:
    # What a fingerboard conversation learns lands in fields, not only in the notes: where it
    # hurts (body-map codes) and how much (0-10). Japanese ability gains "unknown" (nobody asked),
    # the default for new people; a stored value stays as it is (a 'none' written before may
    # have been the old default, but nothing tells which). The CHECK and the DEFAULT cannot be
    # altered, so the table is rebuilt as in v3 (its own copy: a released migration never
    # changes), rowids kept for the search index, indexes and triggers restored as found.
    kept = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'evacuees' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")]
    run_script(db, """
    CREATE TABLE evacuees_v4 (
        id TEXT PRIMARY KEY,
        card_id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        name_reading TEXT NOT NULL DEFAULT '',
        household_id TEXT REFERENCES households(id) ON DELETE SET NULL,
        languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        japanese_ability TEXT NOT NULL DEFAULT 'unknown'
            CHECK (japanese_ability = 'none' OR japanese_ability = 'easy'
                   OR japanese_ability = 'conversational' OR japanese_ability = 'fluent'
                   OR japanese_ability = 'unknown'),
        interpreter_needed INTEGER NOT NULL DEFAULT 0
            CHECK (interpreter_needed = 0 OR interpreter_needed = 1),
        nationality TEXT NOT NULL DEFAULT '',
        diets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(diets)),
        allergens TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allergens)),
        allergens_other TEXT NOT NULL DEFAULT '',
        medical TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(medical)),
        body_parts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(body_parts)),
        pain_level INTEGER CHECK (pain_level IS NULL OR
            (typeof(pain_level) = 'integer' AND pain_level >= 0 AND pain_level <= 10)),
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
    INSERT INTO evacuees_v4 (rowid, id, card_id, display_name, name_reading, household_id,
        languages, japanese_ability, interpreter_needed, nationality, diets, allergens,
        allergens_other, medical, religious, area, checked_in_at, checked_out_at, status,
        consent_share, do_not_disclose, notes, match_key, created_at, updated_at, deleted_at)
    SELECT rowid, id, card_id, display_name, name_reading, household_id,
        languages, japanese_ability, interpreter_needed, nationality, diets, allergens,
        allergens_other, medical, religious, area, checked_in_at, checked_out_at, status,
        consent_share, do_not_disclose, notes, match_key, created_at, updated_at, deleted_at
    FROM evacuees;
    DROP TABLE evacuees;
    ALTER TABLE evacuees_v4 RENAME TO evacuees;
    """)
    for sql in kept:
        db.execute(sql)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise sqlite3.IntegrityError(f"foreign key problems after rebuilding evacuees: "
                                     f"{problems[:3]}")
