"""Open the registry file: pragmas for a laptop that may lose power, an integrity check, and
schema migrations (PRAGMA user_version), each preceded by a verified backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import encrypt_plain, health, search_keys, transactions
from evac_toolkit.core.registry.schema_range import refuse_unknown_version

REGISTRY_FILE = "registry.sqlite"


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run SQL statements one by one inside the current transaction.

    ``executescript`` would COMMIT first, so a failed migration could leave half a schema.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


def _v1(db: sqlite_utils.Database) -> None:
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


def _v2(db: sqlite_utils.Database) -> None:
    # Imports look every row up by its folded name (find_duplicate): without an index, reading
    # 5,000 rows against 5,000 people took 4.6 s.
    db.execute("CREATE INDEX evacuees_match_key ON evacuees(match_key) WHERE deleted_at IS NULL")
    # Search keys now also drop accents on Latin letters ("nguyen" finds "Nguyễn").
    from evac_toolkit.core.registry.store import match_key

    rows = db.execute("SELECT id, display_name, name_reading FROM evacuees "
                      "WHERE deleted_at IS NULL").fetchall()
    for evacuee_id, name, reading in rows:
        db.execute("UPDATE evacuees SET match_key = ? WHERE id = ?",
                   [match_key(name, reading), evacuee_id])


def _v3(db: sqlite_utils.Database) -> None:
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


def _v4(db: sqlite_utils.Database) -> None:
    # What a fingerboard conversation learns lands in fields, not only in the notes: where it
    # hurts (body-map codes) and how much (0-10). Japanese ability gains "unknown" (nobody asked),
    # the default for new people; a stored value stays as it is (a 'none' written before may
    # have been the old default, but nothing tells which). The CHECK and the DEFAULT cannot be
    # altered, so the table is rebuilt as in _v3 (its own copy: a released migration never
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


def _v5(db: sqlite_utils.Database) -> None:
    # Search keys fold variant kanji (髙橋 = 高橋), drop variation selectors and spell out 々,
    # so keys stored by older versions are stale. This migration does not recompute them: a
    # migration that called today's fold() would do something else once fold() changes again,
    # and a released migration must never change (_v2 does call it, through store.match_key;
    # its keys are recomputed below anyway). It only records which fold built the stored keys,
    # "" (unknown) here; open_registry then finds them stale and search_keys.refresh()
    # recomputes them with the running program's fold — the only fold whose keys search can
    # use — and rebuilds the trigram index, after the same verified backup. A later change to
    # fold() changes text_fold.FOLD_VERSION and needs no migration at all.
    run_script(db, """
    CREATE TABLE search_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fold_version TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO search_keys (id, fold_version) VALUES (1, '');
    """)


def _v6(db: sqlite_utils.Database) -> None:
    # Search as you type at city scale (name_search.py): the registry list's order as an
    # index, with what a search tests beside it (search key, status, do-not-disclose), so
    # that a one- or two-letter search with the list's limit walks it in order and stops at
    # the limit instead of reading and sorting every match (p95 178 ms at 200,000 people).
    # The expressions are name_search.ORDER_TERMS without the table alias (protected people
    # last, by card ID, as the list shows them).
    db.execute("""
    CREATE INDEX evacuees_search_order ON evacuees (
        do_not_disclose, CASE WHEN do_not_disclose THEN card_id END,
        (display_name = '' AND name_reading = ''), name_reading = '', name_reading,
        display_name, created_at, status, match_key)
    WHERE deleted_at IS NULL""")


#: Schema versions, in order. A released migration never changes; a change is a new one.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) with WAL, foreign keys and full sync, without migrating."""
    conn = sqlite_open.connect(path, isolation_level=None, timeout=transactions.BUSY_TIMEOUT,
                               check_same_thread=False)
    # Its transactions begin IMMEDIATE: a second writer waits instead of failing at once.
    db = transactions.WaitingDatabase(conn, str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk before it is acknowledged. Shelters lose power.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    # 16 MiB of page cache rather than 2: a 50,000-row import updates six indexes and the
    # trigram index, and with the default it re-reads pages it has just evicted (0.2 s).
    conn.execute("PRAGMA cache_size = -16384")
    return db


def quick_check(db: sqlite_utils.Database) -> list[str]:
    rows = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def open_registry(path: Path, before_migration: Callable[[Path, int], None] | None = None
                  ) -> sqlite_utils.Database:
    """The registry at ``path``: integrity checked, migrated to the current schema.

    A damaged file raises ``UserError('registry_damaged_restore')`` naming the file and the newest
    good backup (``registry_damaged`` when there is none); see ``health``.
    ``before_migration(path, from_version)`` runs before any migration of an existing database
    (the backup).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    encrypt_plain.migrate(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        # Check before anything writes: switching to WAL rewrites header bytes, and a damaged
        # file must be left exactly as found for whoever recovers it.
        health.check_before_open(path)
        refuse_unknown_version(path, SCHEMA_VERSION)
    try:
        db = connect(path)
        version = schema_version(db)
    except sqlite_open.DatabaseError as exc:
        # A full or read-only disk is no damage: said as what it is, the file not blamed.
        if health.storage_failure(exc):
            raise health.storage_error(exc, path) from exc
        raise health.damaged(path, str(exc)) from exc
    if version > SCHEMA_VERSION:
        db.close()
        raise UserError("registry_too_new", path=str(path), version=version,
                        supported=SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        try:
            if existed and version > 0 and before_migration:
                before_migration(path, version)
            for number in range(version, SCHEMA_VERSION):
                with db.atomic():
                    MIGRATIONS[number](db)
                    db.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            db.close()
            raise
    try:
        if search_keys.stale(db):
            # Keys folded by another version of the program: recomputed (after a verified
            # backup, unless the migration just took one) so that today's search finds them.
            if existed and before_migration and version == SCHEMA_VERSION:
                before_migration(path, version)
            with db.atomic():
                search_keys.refresh(db)
    except BaseException:
        db.close()
        raise
    return db
