"""Encrypt a registry (and its backups and archives) written before encryption existed.

Run when a registry is opened: a plain file is copied into a new encrypted file with
``sqlcipher_export``, the copy is checked (integrity, every table's row count, the schema
version) and renamed over the original. Before that a verified plain backup is taken, so a
failure anywhere leaves the registry readable; once the encrypted file is in place that backup
and the old file's bytes are overwritten and deleted (:func:`private_files.wipe_file`). What was
done is kept as a notice for the command line or the window to tell the user
(:func:`take_notices`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from evac_toolkit.core import shelter_key, sqlite_open
from evac_toolkit.core.atomic import durable_replace
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.private_files import (
    private_file_mode,
    private_folder,
    wipe_file,
)

_notices: list[dict] = []


def take_notices() -> list[dict]:
    """What was encrypted since the last call: ``[{"path": ..., "files": n}]``."""
    done = list(_notices)
    _notices.clear()
    return done


def _plain_check(path: Path) -> dict[str, int]:
    """Fold a plain file's WAL into it, leave it one self-contained file, and return its row
    counts; a damaged file raises ``registry_damaged`` and is not touched further."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("PRAGMA temp_store = MEMORY")      # nothing plain in /var/tmp
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise UserError("registry_damaged", path=str(path),
                                reason="; ".join(problems[:3]))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            counts = sqlite_open.table_counts(conn)
            counts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
            return counts
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError("registry_damaged", path=str(path), reason=str(exc)) from exc


def _encrypted_counts(path: Path, key: bytes) -> dict[str, int] | None:
    conn = sqlite_open.connect(path, readonly=True, key=key)
    try:
        if [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
            return None
        counts = sqlite_open.table_counts(conn)
        counts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        return counts
    finally:
        conn.close()


def _aside(path: Path) -> Path:
    return path.parent / f".{path.name}.plain.part"


def _encrypt_file(path: Path, key: bytes, counts: dict[str, int]) -> None:
    """Replace the plain ``path`` by its encrypted copy, then overwrite the plain bytes."""
    partial = path.parent / f".{path.name}.encrypting.part"
    try:
        sqlite_open.export_encrypted(path, partial, key)
        if _encrypted_counts(partial, key) != counts:
            raise UserError("encryption_failed", path=str(path))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    # A second name for the plain file's bytes: after the rename it is the only one, and
    # overwriting it overwrites them (a rename alone would leave them on the disk, unlinked).
    aside = _aside(path)
    aside.unlink(missing_ok=True)
    try:
        os.link(path, aside)
    except OSError:          # a file system without hard links (FAT on a USB stick)
        aside = None
    durable_replace(partial, path)
    if aside is not None:
        wipe_file(aside)


def _leftovers(path: Path) -> None:
    """A migration cut short (power loss) left a second name of a file or a partial copy."""
    aside = _aside(path)
    if aside.exists():
        if path.exists() and os.path.samefile(path, aside):
            aside.unlink()                 # cut before the rename: the plain file is the live one
        else:
            wipe_file(aside)               # cut after it: only the old plain bytes remain there
    (path.parent / f".{path.name}.encrypting.part").unlink(missing_ok=True)


def _plain_backup(path: Path) -> Path:
    """A verified plain copy of ``path`` in its backups folder, taken before anything changes."""
    folder = private_folder(path.parent / "backups")
    target = folder / f".{path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S-%f}-before-encryption.part"
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
            ok = [row[0] for row in dest.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            dest.close()
    finally:
        source.close()
    if not ok:
        wipe_file(target)
        raise UserError("backup_failed", path=str(target), reason="quick_check")
    return target


def _make_private(path: Path) -> None:
    """The registry's folder, its backups and archives folders 0700 and their databases 0600
    (folders and files an older version made 0755 and 0644)."""
    private_folder(path.parent)
    for name in ("backups", "archives"):
        folder = path.parent / name
        if folder.is_dir():
            private_folder(folder)
            for file in folder.glob("*.sqlite"):
                private_file_mode(file)
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists():
            private_file_mode(file)


def migrate(path: Path) -> None:
    """Encrypt the registry at ``path`` if it is plain, with the plain files beside it (its
    backups and archives). Nothing happens for an encrypted or a new registry. Their folders
    and files are made private either way."""
    _make_private(path)
    _leftovers(path)
    siblings = [p for folder in ("backups", "archives")
                for p in sorted((path.parent / folder).glob("*.sqlite"))]
    plain = [p for p in [path, *siblings] if sqlite_open.is_plain(p)]
    if not plain:
        return
    key = shelter_key.require(path.parent)
    done = 0
    if path in plain:
        counts = _plain_check(path)
        backup = _plain_backup(path)
        try:
            _encrypt_file(path, key, counts)
        finally:
            # The encrypted registry (or, on failure, the untouched plain one) is what holds the
            # records now; the plain copy is wiped either way, as the user is told.
            wipe_file(backup)
        done += 1
    for sibling in siblings:
        if sibling in plain:
            _leftovers(sibling)
            with contextlib.suppress(UserError):   # a damaged old backup stays as it was
                _encrypt_file(sibling, key, _plain_check(sibling))
                done += 1
    if done:
        _notices.append({"path": str(path), "files": done})
