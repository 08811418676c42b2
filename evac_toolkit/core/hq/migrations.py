"""The headquarters database's schema, one function per version (PRAGMA user_version), as the
registry's migrations are: a released step never changes; a change is a new step appended."""

from __future__ import annotations


def v1(conn) -> None:
    # One row per report kept: the newest of each shelter (real and drill apart) and the ones
    # before it. Idempotent on shelter + sequence (the sequence is the shelter's own counter).
    conn.execute("""CREATE TABLE reports (
        shelter_id TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        drill INTEGER NOT NULL,
        municipality TEXT NOT NULL,
        shelter_name TEXT NOT NULL,
        made_at TEXT NOT NULL,
        made_at_utc TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        counts TEXT NOT NULL,
        PRIMARY KEY (shelter_id, sequence))""")
    conn.execute("CREATE INDEX reports_newest ON reports (drill, shelter_id, sequence)")


#: MIGRATIONS[n] takes the database from version n to n + 1.
MIGRATIONS = [v1]
SCHEMA_VERSION = len(MIGRATIONS)
