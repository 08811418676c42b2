"""Closing a shelter: hand the registry over as one archive file, then leave no personal data.

The archive is a verified copy made with SQLite's backup API. Only after it verifies is the live
data deleted (secure_delete overwrites freed pages with zeros), the file VACUUMed so no old page
survives, and the rolling backups — which hold the same people — removed.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.backup import backup_dir, copy_database
from evac_toolkit.core.registry.store import Registry


def archive_path(data_dir: Path) -> Path:
    return data_dir / "archives" / f"registry-closed-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"


def close_shelter(registry: Registry, archive: Path) -> dict:
    """Write ``archive``, verify it, then wipe the live registry and its backups."""
    if archive.exists():
        raise UserError("output_exists", path=str(archive))
    archive.parent.mkdir(parents=True, exist_ok=True)
    copy_database(registry.db.conn, archive)

    people = registry.count()
    db = registry.db
    with db.atomic():
        db.execute("DELETE FROM evacuees")
        db.execute("DELETE FROM households")
        db.execute("DELETE FROM audit")
        db.execute("INSERT INTO evacuees_fts(evacuees_fts) VALUES ('rebuild')")
        db.execute("UPDATE shelter SET name = '', address = '', capacity = NULL")
        db.execute("INSERT INTO audit (at, action, fields) VALUES (?, 'close_shelter', '[]')",
                   [dt.datetime.now().astimezone().isoformat(timespec="seconds")])
    # The WAL still holds the deleted pages until a checkpoint; VACUUM rewrites the file.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    removed = 0
    folder = backup_dir(registry.path)
    if folder.is_dir():
        removed = sum(1 for _ in folder.glob("*.sqlite"))
        shutil.rmtree(folder)
    return {"archive": archive, "people": people, "backups_removed": removed}
