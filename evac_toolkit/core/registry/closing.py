"""Closing a shelter: hand the registry over as one archive file, then leave no personal data.

The archive is a verified copy made with SQLite's backup API. Only after it verifies is the live
data deleted (secure_delete overwrites freed pages with zeros), the file VACUUMed so no old page
survives, and the rolling backups — which hold the same people — removed.

A close that stops half-way (a crash, a power cut) must neither leave personal data behind nor
a registry that nobody knows was half wiped. A note beside the registry
(``.registry.sqlite.closing``) says which step was reached: "archiving" until the archive is
written, verified and its name on disk, then "wiping" until the data and backups are gone. The
next start (``resume_interrupted``, run before the registry is opened, while no other process
has it) finishes a wipe whose archive is complete, or, when the archive was not, removes its
partial copy and leaves the registry untouched; either way it says so. Close-shelter holds the
registry exclusively: it is refused while another process has it open.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Protocol

import sqlite_utils

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.atomic import atomic_write, fsync_dir
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.instance_lock import exclusive
from evac_toolkit.core.registry.backup import backup_dir, copy_database, verify
from evac_toolkit.core.registry.database import connect

#: The folder the archive is written to by default, in the data folder.
ARCHIVES = "archives"
#: The steps of a close, as its note names them.
ARCHIVING, WIPING = "archiving", "wiping"


class OpenRegistry(Protocol):
    """What closing needs of an open ``store.Registry``. Named here rather than imported: the
    registry tidies an interrupted close when it opens (leftovers), so store imports closing."""

    path: Path
    db: sqlite_utils.Database

    def count(self) -> int: ...


def archive_path(data_dir: Path) -> Path:
    return data_dir / ARCHIVES / f"registry-closed-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"


def close_shelter(registry: OpenRegistry, archive: Path) -> dict:
    """Write ``archive``, verify it, then wipe the live registry and its backups. Refused with
    ``UserError('registry_in_use')`` while another process has the registry open."""
    with exclusive(registry.path):
        if archive.exists():
            raise UserError("output_exists", path=str(archive))
        archive.parent.mkdir(parents=True, exist_ok=True)
        people = registry.count()
        _note(registry.path, ARCHIVING, archive, people)
        try:
            copy_database(registry.db.conn, archive)
        except BaseException:
            _forget(registry.path)              # nothing was deleted: as if never begun
            raise
        _note(registry.path, WIPING, archive, people)
        removed = wipe(registry.db, registry.path)
        _forget(registry.path)
    return {"archive": archive, "people": people, "backups_removed": removed}


def wipe(db: sqlite_utils.Database, registry_path: Path) -> int:
    """Delete every person, household and audit line, leave no old page in the file or its WAL,
    and remove the backups; returns how many backups there were. Safe to run again after a
    crash at any point in it."""
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
    folder = backup_dir(registry_path)
    if folder.is_dir():
        removed = sum(1 for _ in folder.glob("*.sqlite"))
        shutil.rmtree(folder)
        fsync_dir(folder.parent)
    return removed


# -- an interrupted close ------------------------------------------------------------------------
def note_path(registry_path: Path) -> Path:
    """Where the step a close has reached is noted, beside the registry."""
    return registry_path.parent / f".{registry_path.name}.closing"


def _note(registry_path: Path, phase: str, archive: Path, people: int) -> None:
    with atomic_write(note_path(registry_path), "w", encoding="utf-8") as handle:
        json.dump({"phase": phase, "archive": str(archive.resolve()), "people": people},
                  handle)


def _forget(registry_path: Path) -> None:
    note_path(registry_path).unlink(missing_ok=True)
    fsync_dir(registry_path.parent)


def resume_interrupted(registry_path: Path) -> list[tuple[str, dict]]:
    """Finish or undo a close that stopped half-way; what was done, as (message code, params).
    Runs before the registry is opened, while no other process has it (instance_lock)."""
    note = note_path(registry_path)
    try:
        state = json.loads(note.read_text(encoding="utf-8"))
        phase, archive, people = state["phase"], Path(state["archive"]), int(state["people"])
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        # A note cut off before its rename cannot exist (atomic_write); an unreadable one
        # cannot say whether an archive was made: the registry is left as it is.
        _forget(registry_path)
        return []
    # "archiving" with the archive in place: it was renamed in before the note could say so.
    # "wiping" began only once the archive verified; if it has been moved since, the wipe is
    # finished all the same, as the coordinator asked.
    if phase != WIPING and not (archive.is_file() and not verify(archive)):
        (archive.parent / f".{archive.name}.part").unlink(missing_ok=True)
        _forget(registry_path)
        return [("close_interrupted", {"archive": str(archive)})]
    try:
        db = connect(registry_path)
        try:
            removed = wipe(db, registry_path)
        finally:
            db.close()
    except sqlite_open.DatabaseError as exc:
        raise UserError("registry_damaged", path=str(registry_path), reason=str(exc)) from exc
    _forget(registry_path)
    return [("close_resumed", {"archive": str(archive), "people": people, "backups": removed})]
