"""Refuse a registry whose schema version this program does not know, before writing to it.

Opening writes at once (WAL mode rewrites header bytes) and migrations run from the stored
``PRAGMA user_version`` up. A version from a newer program, or a negative one that no program
writes (a damaged or tampered header), would be migrated from the wrong place without a backup
and the file broken: it is read from a read-only connection first and refused.
"""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError


def stored_version(path: Path) -> int:
    """The schema version ``path`` records, read without writing anything."""
    try:
        conn = sqlite_open.connect(path, readonly=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite_open.DatabaseError as exc:
        raise UserError("registry_damaged", path=str(path), reason=str(exc)) from exc


def refuse_unknown_version(path: Path, supported: int) -> None:
    """``UserError`` unless the existing registry ``path`` is at a version from 0 to
    ``supported``: 'registry_too_new' above, 'registry_version_unknown' below zero."""
    version = stored_version(path)
    if version < 0:
        raise UserError("registry_version_unknown", path=str(path), version=version)
    if version > supported:
        raise UserError("registry_too_new", path=str(path), version=version,
                        supported=supported)
