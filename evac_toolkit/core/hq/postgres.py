"""Headquarters' database on a city's PostgreSQL server (issue 21): the same schema and queries
as the embedded SQLite file (:mod:`.migrations`, :mod:`.importing`, :mod:`.status`), reached
through :class:`PgConnection`, which speaks the few SQLite idioms those modules use.

psycopg is imported only here and only when a ``postgresql://`` URL is given: the embedded
database never needs it. Every failure to connect becomes one UserError that names the server
(never the password) and the cause a person can act on.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from evac_toolkit.core.errors import UserError

#: Serialises schema changes of concurrent first opens (any 64-bit number of our own).
_MIGRATION_LOCK = 2102101
#: The table that holds the schema version (SQLite keeps it in PRAGMA user_version).
VERSION_TABLE = "hq_schema"
_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: str | None) -> bool:
    return bool(target) and target.strip().lower().startswith(_SCHEMES)


def server_label(url: str) -> str:
    """``host:port/database`` of ``url``, for messages: never the user's password."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = parts.port or 5432
    except ValueError:
        return "?"
    return f"{host}:{port}{parts.path or '/'}"


def user_of(url: str) -> str:
    try:
        return urlsplit(url).username or ""
    except ValueError:
        return ""


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    # libpq prefixes each attempt with 'connection to server at "…" (…), port … failed: '.
    text = re.sub(r'connection to server at "[^"]*" \([^)]*\), port \d+ failed: ', "", text)
    text = re.sub(r'connection to server on socket "[^"]*" failed: ', "", text)
    return (text.splitlines() or [""])[0].strip()


def connection_error(error: Exception, url: str) -> UserError:
    """A psycopg error from connecting (or working) as ``url``'s user, as one UserError."""
    reason = _first_line(error)
    sqlstate = getattr(error, "sqlstate", None)
    server, user = server_label(url), user_of(url)
    lowered = reason.lower()
    if sqlstate == "28P01" or "password authentication failed" in lowered \
            or "no password supplied" in lowered:
        return UserError("hq_db_login_failed", server=server, user=user)
    if "is not permitted to log in" in lowered or \
            (sqlstate == "28000" and "role" in lowered and "does not exist" in lowered):
        return UserError("hq_db_role_revoked", server=server, user=user)
    if sqlstate == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return UserError("hq_db_missing", server=server)
    if sqlstate == "42501" or "row-level security" in lowered or "permission denied" in lowered:
        return UserError("hq_db_refused", server=server, user=user, reason=reason)
    if sqlstate is None:
        return UserError("hq_db_unreachable", server=server, reason=reason)
    return UserError("hq_db_failed", server=server, reason=reason)


class PgConnection:
    """A psycopg connection in autocommit mode that takes the SQLite idioms of the HQ modules:
    ``?`` placeholders, ``BEGIN IMMEDIATE`` (here: a transaction that locks the reports table
    against other writers, as SQLite's write lock does) and ``COMMIT``/``ROLLBACK``."""

    def __init__(self, raw, url: str) -> None:
        self.raw = raw
        self.url = url

    def execute(self, sql: str, params=None):
        import psycopg

        statement = sql.strip()
        try:
            if statement.upper() == "BEGIN IMMEDIATE":
                self.raw.execute("BEGIN")
                return self.raw.execute("LOCK TABLE reports IN SHARE ROW EXCLUSIVE MODE")
            if params is None:
                return self.raw.execute(sql)
            # SQLite stores a bool as 0/1 and compares it with an INTEGER column; PostgreSQL
            # would refuse integer = boolean.
            values = [int(v) if isinstance(v, bool) else v for v in params]
            return self.raw.execute(sql.replace("%", "%%").replace("?", "%s"), values)
        except psycopg.Error as error:
            if isinstance(error, psycopg.OperationalError | psycopg.errors.InsufficientPrivilege):
                raise connection_error(error, self.url) from None
            raise

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(url: str, *, timeout: int = 10) -> PgConnection:
    """A connection to the server at ``url`` (autocommit), or a UserError that says why not."""
    if not is_postgres_url(url):
        raise UserError("hq_db_url_invalid", value=url)
    try:
        import psycopg
    except ImportError:  # installed without psycopg, or its libpq cannot be loaded
        raise UserError("hq_db_no_driver") from None
    try:
        raw = psycopg.connect(url.strip(), autocommit=True, connect_timeout=timeout,
                              application_name="evac-toolkit")
    except psycopg.Error as error:
        raise connection_error(error, url) from None
    return PgConnection(raw, url)


def schema_version(conn: PgConnection) -> int | None:
    """The schema version held, or None when the database has no headquarters schema."""
    if conn.execute("SELECT to_regclass(?)", [VERSION_TABLE]).fetchone()[0] is None:
        return None
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return row[0] if row else 0


def migrate(conn: PgConnection, migrations: list, target: int) -> int:
    """Bring the schema to ``target`` with the same steps as SQLite, in one transaction, one
    desk at a time (an advisory lock): the version before."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])
        version = schema_version(conn)
        if version is None:
            conn.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")
            conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (0)")
            version = 0
        for step in migrations[version:target]:
            step(conn)
        conn.execute(f"UPDATE {VERSION_TABLE} SET version = ?", [max(version, target)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
