"""The one place that opens the shelter's SQLite files: registry, drills, backups, archives.

Every file is encrypted with SQLCipher (the ``sqlcipher3`` wheel, for Linux and Windows: SQLite with AES-256 pages
and an HMAC per page) under the shelter key (:mod:`evac_toolkit.core.shelter_key`), given as a raw
key so no connection pays for a key derivation. Without the key a file is random bytes: not even
its header says "SQLite format 3". sqlite-utils takes these connections as they are.

SQLCipher raises its own exception classes, not ``sqlite3``'s: code that catches database errors
catches :data:`Error` / :data:`DatabaseError` / :data:`IntegrityError` from here (both kinds).

Temporary files stay in memory (``temp_store = MEMORY``): VACUUM's copy and sort spills never
land in ``/var/tmp`` unencrypted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2 as _cipher

from evac_toolkit.core import shelter_key
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.private_files import private_file, private_folder

#: Database errors from either module (a plain file read by ``sqlite3``, any file by SQLCipher).
Error = (sqlite3.Error, _cipher.Error)
DatabaseError = (sqlite3.DatabaseError, _cipher.DatabaseError)
IntegrityError = (sqlite3.IntegrityError, _cipher.IntegrityError)
OperationalError = (sqlite3.OperationalError, _cipher.OperationalError)
Connection = _cipher.Connection

PLAIN_HEADER = b"SQLite format 3\x00"
#: The key from the process's unlocked shelter key (the default for ``connect``).
SHELTER_KEY = object()


def _quiet() -> None:
    # SQLCipher logs a failed page HMAC (a wrong key) to stderr; the program says it in one line.
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()


def is_plain(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite database (from before encryption)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


#: Folders of ours that hold copies of the registry: made 0700 whenever a file is written there.
#: Any other existing folder (where the coordinator saves an archive) keeps its mode.
OWN_FOLDERS = frozenset({"backups", "archives", "damaged"})


def _private_parent(folder: Path) -> None:
    if not folder.exists() or folder.name in OWN_FOLDERS:
        private_folder(folder)


def apply_key(conn: Connection, key: bytes) -> None:
    """Key a fresh connection (before its first read) with SQLCipher 4's settings, named
    explicitly so a later SQLCipher with other defaults still opens today's files."""
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")


def connect(path: Path, *, readonly: bool = False, key: bytes | None | object = SHELTER_KEY,
            immutable: bool = False, **kwargs) -> Connection:
    """Open ``path`` keyed with the shelter key (or ``key``; None: plain).

    A new file is created 0600; a folder made for it, or one of ours (backups, archives), is
    0700 (the registry's own folder is made private when it is opened). Read-only opens of a file from before
    encryption read it as it is (an old archive stays readable); writing to one is the
    migration's job (:mod:`evac_toolkit.core.registry.encrypt_plain`). A file the key does not
    open raises ``UserError('registry_damaged')``.
    """
    path = Path(path)
    existing = _has_content(path)
    if existing and is_plain(path) and readonly:
        key = None                      # read as it is: no need to unlock for a plain file
    elif key is SHELTER_KEY:
        key = shelter_key.require()
    if readonly:
        # as_uri() escapes the path: a data folder named "a%20b" or "#1" must still open.
        # immutable: a file nobody can be writing (a write-protected stick), read without -shm.
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlcipher3.connect(uri, uri=True, **kwargs)
    else:
        _private_parent(path.parent)
        private_file(path)
        conn = sqlcipher3.connect(str(path), **kwargs)
    try:
        if key is not None:
            apply_key(conn, key)
        conn.execute("PRAGMA temp_store = MEMORY")
        if existing:
            # The first read decrypts page 1: a wrong key fails here, not in the middle of
            # whatever the caller does next.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _cipher.DatabaseError as exc:
        conn.close()
        if key is not None and "not a database" in str(exc):
            # Page 1 does not decrypt: damaged, or written under another shelter's key (the
            # two look the same). Said as damage, whose message offers the backups.
            raise UserError("registry_damaged", path=str(path),
                            reason=f"{exc}: damaged, or another shelter's key") from exc
        raise
    return conn


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write the plain database ``plain`` as a new encrypted file ``target`` (sqlcipher_export:
    schema, rows and user_version), rollback-journal mode, fsynced."""
    import os

    target.unlink(missing_ok=True)
    private_file(target)
    conn = sqlcipher3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True,
                              isolation_level=None)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        # KEY "x'…'" is SQLCipher's raw-key form (no passphrase derivation).
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(target), f"x'{key.hex()}'"])
        conn.execute("PRAGMA encrypted.cipher_compatibility = 4")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def table_counts(conn) -> dict[str, int]:
    """Rows per table (virtual tables' shadow tables included): a copy must hold the same."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}
