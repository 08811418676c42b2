"""Headquarters' database: an embedded SQLite file in the data folder, encrypted under the
laptop's own key as the registry is (:mod:`evac_toolkit.core.sqlite_open`), schema-versioned
(:mod:`.migrations`)."""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.migrations import MIGRATIONS, SCHEMA_VERSION

HQ_FILE = "hq.sqlite"


def open_hq(data_dir: Path, *, readonly: bool = False):
    """A connection to the data folder's headquarters database, migrated to SCHEMA_VERSION (a
    read-only open of a missing file: None)."""
    path = Path(data_dir) / HQ_FILE
    if readonly and not path.is_file():
        return None
    conn = sqlite_open.connect(path, readonly=readonly, isolation_level=None)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UserError("registry_too_new", path=str(path), version=version,
                            supported=SCHEMA_VERSION)
        if version < SCHEMA_VERSION and not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in MIGRATIONS[version:]:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except BaseException:
        conn.close()
        raise
    return conn
