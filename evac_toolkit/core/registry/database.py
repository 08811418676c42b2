"""Open the registry file: pragmas for a laptop that may lose power, an integrity check, and
schema migrations (PRAGMA user_version; the frozen steps are in :mod:`.migrations`), each
preceded by a verified backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import encrypt_plain, health, search_keys, transactions
from evac_toolkit.core.registry.migrations import MIGRATIONS, SCHEMA_VERSION
from evac_toolkit.core.registry.schema_range import refuse_unknown_version

REGISTRY_FILE = "registry.sqlite"


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
