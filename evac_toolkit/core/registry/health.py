"""Is a registry file sound? The check run before a registry (or a drill's database) is opened,
and the one every backup copy must pass before it is called verified.

SQLite's ``quick_check`` looks at the b-tree pages only: of 43 files with one byte flipped, it
called 32 healthy, and export then crashed on 16 of them (a name that is no longer UTF-8, a list
that is no longer JSON). So the check reads the data too:

- ``integrity_check`` (every page, every index against its table, NOT NULL and CHECK
  constraints) plus the trigram index's own integrity check, when the file is small enough for
  that to be quick, after an unclean shutdown (a ``-wal`` left behind), and on every backup copy;
- otherwise ``quick_check`` and a read of every row: each text decoded, each coded column
  (lists of codes, Japanese ability, status, the yes/no flags) as the program reads it.

A failure of the disk (full, read-only, unplugged) is not damage: it is reported as what it is, so
that a healthy file is never called damaged because the folder could not be written.
"""

from __future__ import annotations

import errno
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.backup_files import list_backups

#: Below this size integrity_check takes well under a second (about 0.1 s at 5 MB).
SMALL_FILE_BYTES = 20 * 1024 * 1024

#: Coded columns and the values the program reads; a column missing from an older schema is
#: skipped.
_LIST_COLUMNS = ("languages", "diets", "allergens", "medical", "religious", "body_parts")
_CODED_COLUMNS = {
    "japanese_ability": ("none", "easy", "conversational", "fluent", "unknown"),
    "status": ("present", "left", "transferred"),
    "interpreter_needed": (0, 1), "consent_share": (0, 1), "do_not_disclose": (0, 1),
}
#: Tables read row by row (every text decoded). The FTS shadow tables are checked by FTS5.
_DATA_TABLES = ("shelter", "households", "evacuees", "audit", "search_keys")

#: SQLite's result codes for a disk that failed, rather than data that is wrong.
_STORAGE_FULL = ("SQLITE_FULL",)
_STORAGE_OTHER = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_BUSY",
                  "SQLITE_LOCKED", "SQLITE_PERM", "SQLITE_AUTH", "SQLITE_NOLFS")
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
#: SQLite's own words for those codes (sqlite3_errstr), for an error that carries no code:
#: SQLCipher's backup() raises a bare OperationalError("disk I/O error") on a full disk.
_STORAGE_OTHER_TEXTS = ("disk I/O error", "unable to open database file",
                        "attempt to write a readonly database", "database is locked",
                        "database table is locked", "access permission denied",
                        "authorization denied", "large file support is disabled")


def storage_failure(exc: BaseException) -> str | None:
    """'full' for a full disk (SQLITE_FULL, ENOSPC, a file-size or quota limit), 'io' for another
    failure of the disk or its folder (read-only, unplugged, locked), None for anything else —
    notably damaged data."""
    if isinstance(exc, sqlite_open.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(_STORAGE_FULL) or "database or disk is full" in str(exc):
            return "full"
        if name.startswith(_STORAGE_OTHER) or (not name and str(exc) in _STORAGE_OTHER_TEXTS):
            return "io"
        return None
    if isinstance(exc, OSError):
        return "full" if exc.errno in _FULL_ERRNOS else "io"
    return None


def is_damage(exc: BaseException) -> bool:
    """A database error that means the file's content is wrong (not the disk under it)."""
    if not isinstance(exc, sqlite_open.DatabaseError) or storage_failure(exc):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    # sqlite3 raises OperationalError without a code for text that is not UTF-8; FTS5 and JSON
    # report damage in their own words.
    text = str(exc)
    if "malformed" in text or "Could not decode to UTF-8" in text:
        return True
    # SQLCipher reports a page whose HMAC does not match (a changed byte anywhere in an encrypted
    # file) as SQLITE_ERROR with SQLite's bare text for it; a mistake in a statement always has
    # words of its own ("no such column: x"). Its backup() raises the same text with no code.
    return name in ("SQLITE_ERROR", "") and text == "SQL logic error"


#: Less free space than this, and a failed write is put down to a full disk: SQLite reports some
#: writes on a full disk as a plain I/O error (the -shm file it could not extend, a WAL frame).
NEARLY_FULL_BYTES = 1024 * 1024


def _nearly_full(path: Path) -> bool:
    import shutil

    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error(exc: BaseException, path: Path | str) -> UserError:
    """A failure of the disk as one line for the user. Nothing was written: SQLite rolled the
    transaction back, and every file write goes through a temporary file."""
    if storage_failure(exc) == "full" or (str(path) and _nearly_full(Path(path))):
        return UserError("disk_full", path=str(path))
    reason = getattr(exc, "strerror", None) or str(exc)
    return UserError("disk_failed", path=str(path), reason=reason)


def explained(exc: BaseException) -> bool:
    """Whether ``exc`` is a failure the user is told about in one line (a disk that failed,
    damage found while reading) rather than a defect in the program."""
    return bool(storage_failure(exc)) or is_damage(exc)


def user_error(exc: BaseException, path: Path | str, output: Path | str | None = None
               ) -> UserError | None:
    """A failure as the one line the user gets: damage found while the registry at ``path`` was
    in use (named with the newest good backup), or a disk that failed (named by the file the
    error names, else the ``output`` being written, else the registry); None for anything else
    (a defect in the program, to be seen as such)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, sqlite_open.DatabaseError) and is_damage(exc):
        return damaged(Path(path), str(exc))
    if storage_failure(exc):
        return storage_error(exc, getattr(exc, "filename", None) or output or path)
    return None


def _read_only(path: Path, immutable: bool = False) -> sqlite_open.Connection:
    return sqlite_open.connect(path, readonly=True, immutable=immutable)


def _open_for_check(path: Path) -> sqlite_open.Connection:
    """A read-only connection that never writes a byte. A WAL-mode file in a folder that cannot
    be written (a write-protected USB stick) cannot be read in the usual way (SQLite must create
    the -shm file); nobody can be writing it there either, so it is read as immutable."""
    conn = None
    try:
        # sqlite_open reads page 1 itself (to check the key): that read fails here too.
        conn = _read_only(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite_open.DatabaseError as exc:
        if conn is not None:
            conn.close()
        stuck = storage_failure(exc) == "io"
        if stuck and not Path(f"{path}-wal").exists():
            return _read_only(path, immutable=True)
        raise


def _columns(conn: sqlite_open.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _row_problems(conn: sqlite_open.Connection) -> list[str]:
    """Read every row of the data tables as the program does: every text decoded, every coded
    column holding what the program expects."""
    problems: list[str] = []
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in _DATA_TABLES:
        if table not in tables:
            continue
        # Its texts, as the program reads them: one that is no longer UTF-8 raises here.
        texts = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                 if (row[2] or "").upper() == "TEXT"] or ["rowid"]
        cursor = conn.execute(f"SELECT {', '.join(texts)} FROM {table}")
        while cursor.fetchmany(2000):
            pass
    if "evacuees" not in tables:
        return problems
    columns = set(_columns(conn, "evacuees"))
    tests = [f"NOT (json_valid({c}) AND json_type({c}) = 'array')"
             for c in _LIST_COLUMNS if c in columns]
    tests += [f"{c} NOT IN ({', '.join(repr(v) for v in values)})"
              for c, values in _CODED_COLUMNS.items() if c in columns]
    if "pain_level" in columns:
        tests.append("(pain_level IS NOT NULL AND NOT (typeof(pain_level) = 'integer' "
                     "AND pain_level BETWEEN 0 AND 10))")
    if tests:
        bad = conn.execute(f"SELECT count(*) FROM evacuees WHERE {' OR '.join(tests)}").fetchone()
        if bad[0]:
            problems.append(f"{bad[0]} record(s) with unreadable values")
    return problems


def check_connection(conn: sqlite_open.Connection, *, thorough: bool) -> list[str]:
    """Problems found in an open database; [] when sound. Raises sqlite3 errors that the caller
    classifies (a damaged header raises rather than reporting)."""
    pragma = "integrity_check" if thorough else "quick_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    if rows != ["ok"]:
        return rows
    if thorough:
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            return [f"{len(broken)} broken link(s) between tables"]
    return _row_problems(conn)


def check_file(path: Path, *, thorough: bool) -> list[str]:
    """Problems in the database file at ``path`` (read only, nothing written); [] when sound.
    Damage that makes SQLite raise is returned as a problem; a failure of the disk raises."""
    try:
        conn = _open_for_check(path)
    except sqlite_open.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    except UserError as exc:
        # Page 1 does not decrypt (sqlite_open says so as damage): a damaged header, or a
        # file of another shelter's key. Either way a problem of the file, not of the check.
        if exc.code == "registry_damaged":
            return [exc.params.get("reason") or "damaged"]
        raise
    try:
        # 64 MiB of page cache: integrity_check compares every index with its table, and with
        # the default 2 MiB it re-reads pages (at 35,000 people, about 250 ms instead of 150).
        conn.execute("PRAGMA cache_size = -65536")
        problems = check_connection(conn, thorough=thorough)
        if thorough and not problems:
            problems = _search_index_problems(path)
        return problems
    except sqlite_open.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    finally:
        conn.close()


def _search_index_problems(path: Path) -> list[str]:
    """The trigram index's own check: integrity_check does not look inside an FTS5 index, and a
    damaged one makes every name search fail. FTS5 runs it as an INSERT, which a read-only
    connection refuses, so it runs on an ordinary one (the command writes nothing; the
    transaction is rolled back). A folder that cannot be written skips it."""
    if not path.is_file():
        return []
    try:
        conn = sqlite_open.connect(path, isolation_level=None)
    except (*sqlite_open.Error, OSError):
        return []
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'evacuees_fts'").fetchone():
            return []
        conn.execute("BEGIN")
        try:
            conn.execute("INSERT INTO evacuees_fts(evacuees_fts, rank) "
                         "VALUES ('integrity-check', 1)")
        finally:
            conn.execute("ROLLBACK")
        return []
    except sqlite_open.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        if storage_failure(exc):
            return []
        raise
    finally:
        conn.close()


def unclean_shutdown(path: Path) -> bool:
    """A ``-wal`` beside the file: the last program that had it open did not close it (a clean
    close checkpoints the WAL and removes it), or another one has it open now."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def thorough_check_due(path: Path) -> bool:
    return path.stat().st_size < SMALL_FILE_BYTES or unclean_shutdown(path)


def newest_good_backup(registry: Path, tries: int = 5) -> Path | None:
    """The newest backup of ``registry`` that passes the thorough check (the newest ``tries``
    are looked at, newest first)."""
    for backup in list_backups(registry)[:tries]:
        try:
            if not check_file(backup.path, thorough=True):
                return backup.path
        except (*sqlite_open.Error, OSError):
            continue
    return None


def damaged(path: Path, reason: str) -> UserError:
    """The error for a damaged registry, naming the newest good backup to restore."""
    # integrity_check's own lines ("*** in database main ***\nPage 13: ...") make one line.
    reason = " ".join(reason.replace("***", " ").split())
    if len(reason) > 160:
        reason = reason[:159] + "…"
    backup = newest_good_backup(path)
    if backup is None:
        return UserError("registry_damaged", path=str(path), reason=reason)
    return UserError("registry_damaged_restore", path=str(path), reason=reason,
                     backup=str(backup), backup_name=backup.name)


def check_before_open(path: Path) -> None:
    """Raise ``UserError`` when the file at ``path`` is damaged (naming the newest good backup)
    or cannot be read; nothing is written either way, so a damaged file stays exactly as found
    for whoever recovers it."""
    try:
        problems = check_file(path, thorough=thorough_check_due(path))
    except (*sqlite_open.Error, OSError) as exc:
        raise storage_error(exc, path) from exc
    if problems:
        raise damaged(path, "; ".join(problems[:3]))
