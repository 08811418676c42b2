"""Backups of the registry through SQLite's online backup API, each verified, kept rolling.

Taken before a migration, before an import, before a restore, on request, and periodically
while the registry changes (the GUI calls ``backup_if_due``). A backup that fails its
check (``health.check_file``) is deleted and reported, never kept as if it were good.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.atomic import durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.instance_lock import exclusive
from evac_toolkit.core.registry.backup_files import Backup, backup_dir, list_backups
from evac_toolkit.core.registry.health import check_file, is_damage
from evac_toolkit.core.registry.migrations import SCHEMA_VERSION
from evac_toolkit.core.registry.schema_range import refuse_unknown_version

KEEP = 30                       # newest backups kept
PERIOD = dt.timedelta(minutes=30)


def _verify(path: Path) -> list[str]:
    # The thorough check (integrity_check, the search index, every row read): quick_check alone
    # called 31 of 43 damaged files' copies "verified".
    return check_file(path, thorough=True)


def verify(path: Path) -> list[str]:
    """The problems SQLite finds in the database file ``path``; [] when it is sound."""
    return _verify(path)


def copy_database(source: sqlite_open.Connection, target: Path, *, error: str = "backup_failed",
                  before_replace=None) -> None:
    """Copy an open database into ``target`` through SQLite's backup API: written beside it,
    verified (health.check_file), fsynced, then renamed over it (its folder fsynced). A copy
    that fails its check, or any failure on the way, deletes the partial copy: ``target`` is
    untouched, and ``UserError(error)`` is raised for a failed check. A crash leaves the hidden
    ``.part`` file, removed at the next start (registry/leftovers.py).

    The copy inherits WAL mode; it is switched to a rollback journal so that it is one
    self-contained file (read in WAL mode it would grow -wal and -shm files nobody removes).
    """
    partial = target.parent / f".{target.name}.part"
    try:
        dest = sqlite_open.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        problems = _verify(partial)
        if not problems:
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
    except BaseException as exc:
        # A full disk, or a source too damaged to read (SQLCipher checks each page's HMAC as the
        # backup reads it), leaves no half copy behind.
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite_open.DatabaseError) and is_damage(exc):
            raise UserError(error, path=str(target), reason=str(exc)) from exc
        raise
    if problems:
        partial.unlink(missing_ok=True)
        raise UserError(error, path=str(target), reason="; ".join(problems[:3]))
    try:
        if before_replace:
            before_replace()
        durable_replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def take_backup(registry: Path, reason: str = "manual") -> Backup:
    """Copy the live database (consistent even while it is being written) and verify the copy."""
    folder = backup_dir(registry)
    folder.mkdir(parents=True, exist_ok=True)
    taken = dt.datetime.now()
    target = folder / f"{registry.stem}-{taken:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    source = sqlite_open.connect(registry)
    try:
        copy_database(source, target)
    finally:
        source.close()
    _prune(folder, registry.stem)
    return Backup(target, taken, reason)


def backup_before_migration(registry: Path, from_version: int) -> None:
    take_backup(registry, f"before-migration-v{from_version}")


def _prune(folder: Path, stem: str) -> None:
    for old in list_backups(folder.parent / f"{stem}.sqlite")[KEEP:]:
        old.path.unlink(missing_ok=True)


def backup_if_due(registry: Path, changed_since: dt.datetime | None) -> Backup | None:
    """The periodic backup: when the registry changed and the newest backup is older than
    PERIOD."""
    if changed_since is None or not registry.exists():
        return None
    newest = next(iter(list_backups(registry)), None)
    if newest and dt.datetime.now() - newest.taken < PERIOD:
        return None
    return take_backup(registry, "periodic")


def restore(registry: Path, backup: Path) -> Backup:
    """Replace the live registry with ``backup`` (verified first); the current file is backed up
    before it is replaced, so a restore can itself be undone (returns that safety backup), or,
    when it is the damaged file being recovered from, moved to ``backups/damaged/``.

    Refused with ``UserError('registry_in_use')`` while another process has the registry open:
    what it wrote after the restore would be lost with the replaced file. The caller closes its
    own connections first."""
    with exclusive(registry):
        return _restore(registry, backup)


def _restore(registry: Path, backup: Path) -> Backup | None:
    problems = _verify(backup)
    if problems:
        raise UserError("backup_damaged", path=str(backup), reason="; ".join(problems[:3]))
    # A backup this program could not open would replace a registry it can.
    refuse_unknown_version(backup, SCHEMA_VERSION)
    safety = None
    if registry.exists():
        if _verify(registry):
            # A damaged registry cannot be backed up through SQLite; it is moved aside intact
            # (for a specialist to look at) rather than blocking the restore.
            aside = backup_dir(registry) / "damaged"
            aside.mkdir(parents=True, exist_ok=True)
            stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S-%f}"
            # Its journal first: a crash half-way must not leave a -wal beside no registry, to
            # be replayed into the next file of that name.
            for suffix in ("-wal", "-shm", ""):
                source_file = Path(f"{registry}{suffix}")
                if source_file.exists():
                    durable_replace(source_file,
                                    aside / f"{registry.stem}-{stamp}.sqlite{suffix}")
        else:
            safety = take_backup(registry, "before-restore")
    source = sqlite_open.connect(backup, readonly=True)

    def drop_old_journal() -> None:
        # Checkpointed first, so that a crash before the rename leaves the old registry whole
        # (its WAL's commits in the file), not the file without its newest commits.
        if registry.exists():
            with contextlib.suppress(*sqlite_open.Error):
                live = sqlite_open.connect(registry)
                try:
                    live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    live.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{registry}{suffix}").unlink(missing_ok=True)

    try:
        copy_database(source, registry, error="backup_damaged", before_replace=drop_old_journal)
    finally:
        source.close()
    return safety
