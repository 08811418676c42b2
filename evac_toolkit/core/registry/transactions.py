"""Write transactions that wait their turn.

sqlite-utils begins its transactions DEFERRED: the first statement inside one reads (a lookup,
the table's columns), and only a later one asks for the write lock. When another connection
(a second desk, the GUI's import worker, a command run beside the window) holds that lock,
SQLite cannot wait for it without breaking the snapshot already read, so it answers
SQLITE_BUSY at once and the busy timeout never applies: with two processes adding, half the
adds failed within a fraction of a second. A transaction begun IMMEDIATE takes the write lock
first, waiting up to ``BUSY_TIMEOUT`` for it, so every read inside it is already the newest.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import sqlite_utils

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError

#: How long a writer waits for another's transaction to end before it says the registry is busy.
#: A 200,000-row import holds the lock for about ten seconds.
BUSY_TIMEOUT = 30.0

#: How long a write from the window waits for another writer: a second desk's add holds the
#: lock for milliseconds; an import for seconds, during which the window must not freeze.
WINDOW_WAIT = 0.5

#: SQLite's primary result codes for "another connection holds the lock".
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def is_busy(error: BaseException) -> bool:
    """True when ``error`` means another connection kept the database locked (extended codes
    such as BUSY_SNAPSHOT included)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _BUSY_CODES


class WaitingDatabase(sqlite_utils.Database):
    """A sqlite-utils database whose outermost ``atomic()`` begins IMMEDIATE (nested ones stay
    savepoints). ``path`` names the file in the message when the wait runs out."""

    def __init__(self, conn: sqlite3.Connection, path: str = "") -> None:
        super().__init__(conn)
        self.path = path

    @contextlib.contextmanager
    def atomic(self) -> Iterator[WaitingDatabase]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite_open.OperationalError as exc:
            if is_busy(exc):
                raise UserError("registry_busy", path=self.path,
                                seconds=round(BUSY_TIMEOUT)) from exc
            raise
        try:
            yield self
        except BaseException:
            # A failed statement may have ended the transaction already (no-op then).
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise


@contextlib.contextmanager
def window_write(db: sqlite_utils.Database, wait: float = WINDOW_WAIT) -> Iterator[None]:
    """One transaction for a write made from the window's thread: the write lock is taken
    within ``wait`` seconds, else ``UserError('registry_busy_now')`` at once, nothing written,
    and the volunteer tries again. The registry's own transactions inside nest as savepoints,
    so a write of several people (check-out of a family) is all or nothing.

    The registry's writes otherwise wait up to :data:`BUSY_TIMEOUT` for another writer, right
    for the command line and workers; on the window's thread a 200,000-row import run beside
    it (ten seconds) froze the window, silently, for as long."""
    conn = db.conn
    if conn.in_transaction:             # already inside one: the outer decides
        yield
        return
    conn.execute(f"PRAGMA busy_timeout = {round(wait * 1000)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite_open.OperationalError as exc:
        if is_busy(exc):
            raise UserError("registry_busy_now") from exc
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {round(BUSY_TIMEOUT * 1000)}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
