"""Running a migration's SQL inside its transaction. Part of the released migrations: it never
changes (a migration that needed it to behave otherwise would carry its own)."""

from __future__ import annotations

import sqlite3

import sqlite_utils


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run SQL statements one by one inside the current transaction.

    ``executescript`` would COMMIT first, so a failed migration could leave half a schema.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)
