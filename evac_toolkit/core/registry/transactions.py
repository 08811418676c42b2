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
