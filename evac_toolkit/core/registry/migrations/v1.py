"""Schema migration 1. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite_utils

from evac_toolkit.core.registry.migrations.script import run_script


def migrate(db: sqlite_utils.Database) -> None:
    run_script(db, """
    CREATE TABLE shelter (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0)
    );
    CREATE TABLE households (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE evacuees (
        id TEXT PRIMARY KEY,
        card_id TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        name_reading TEXT NOT NULL DEFAULT '',
        household_id TEXT REFERENCES households(id) ON DELETE SET NULL,
        languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        japanese_ability TEXT NOT NULL DEFAULT 'none'
            CHECK (japanese_ability IN ('none', 'easy', 'conversational', 'fluent')),
        interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
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
            CHECK (status IN ('present', 'left', 'transferred')),
        consent_share INTEGER NOT NULL DEFAULT 0 CHECK (consent_share IN (0, 1)),
        do_not_disclose INTEGER NOT NULL DEFAULT 0 CHECK (do_not_disclose IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        match_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX evacuees_status ON evacuees(status) WHERE deleted_at IS NULL;
    CREATE INDEX evacuees_household ON evacuees(household_id);
    -- Who changed what and when: field names only, never values (the log is not a second copy
    -- of personal data).
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        evacuee_id TEXT,
        fields TEXT NOT NULL DEFAULT '[]'
    );
    -- Trigram full-text index over the folded name and reading; 1- and 2-character queries
    -- (many Japanese names) fall back to LIKE on match_key.
    CREATE VIRTUAL TABLE evacuees_fts USING fts5(
        match_key, content='evacuees', content_rowid='rowid', tokenize='trigram');
    CREATE TRIGGER evacuees_fts_insert AFTER INSERT ON evacuees BEGIN
        INSERT INTO evacuees_fts(rowid, match_key) VALUES (new.rowid, new.match_key);
    END;
    CREATE TRIGGER evacuees_fts_delete AFTER DELETE ON evacuees BEGIN
        INSERT INTO evacuees_fts(evacuees_fts, rowid, match_key)
        VALUES ('delete', old.rowid, old.match_key);
    END;
    CREATE TRIGGER evacuees_fts_update AFTER UPDATE OF match_key ON evacuees BEGIN
        INSERT INTO evacuees_fts(evacuees_fts, rowid, match_key)
        VALUES ('delete', old.rowid, old.match_key);
        INSERT INTO evacuees_fts(rowid, match_key) VALUES (new.rowid, new.match_key);
    END;
    INSERT INTO shelter (id) VALUES (1);
    """)
