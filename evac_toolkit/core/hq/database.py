"""Headquarters' database: an embedded SQLite file in the data folder, encrypted under the
laptop's own key as the registry is (:mod:`evac_toolkit.core.sqlite_open`), schema-versioned
(:mod:`.migrations`) — or, given a ``postgresql://`` URL (``--database``, or
``EVAC_TOOLKIT_HQ_DATABASE``), the same schema on a city's PostgreSQL server
(:mod:`.postgres`)."""

from __future__ import annotations

import os
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.migrations import MIGRATIONS, SCHEMA_VERSION

HQ_FILE = "hq.sqlite"
#: A PostgreSQL URL here puts headquarters on that server instead of the embedded file.
ENV_DATABASE = "EVAC_TOOLKIT_HQ_DATABASE"


def hq_database(database: str | None = None, data_dir: Path | None = None) -> str | None:
    """The server headquarters uses: ``database``, else $EVAC_TOOLKIT_HQ_DATABASE, else the
    data folder's setting; None: the embedded SQLite file."""
    found = (database or os.environ.get(ENV_DATABASE) or "").strip()
    if not found and data_dir is not None:
        from evac_toolkit.core.settings import Settings

        found = Settings.load(Path(data_dir)).hq_database or ""
    return found or None


def open_hq(data_dir: Path, *, readonly: bool = False, database: str | None = None):
    """A connection to headquarters' database, migrated to SCHEMA_VERSION (a read-only open of
    a database that holds nothing yet: None). ``database``: see :func:`hq_database`."""
    url = hq_database(database, data_dir)
    if url is not None:
        return _open_postgres(url, readonly=readonly)
    path = Path(data_dir) / HQ_FILE
    if readonly and not path.is_file():
        return None
    conn = sqlite_open.connect(path, readonly=readonly, isolation_level=None)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UserError("registry_too_new", path=str(path), version=version,
                            supported=SCHEMA_VERSION)
        if version < SCHEMA_VERSION and not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in MIGRATIONS[version:]:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except BaseException:
        conn.close()
        raise
    return conn


def _open_postgres(url: str, *, readonly: bool):
    from evac_toolkit.core.hq import postgres

    conn = postgres.connect(url)
    try:
        version = postgres.schema_version(conn)
        if version is not None and version > SCHEMA_VERSION:
            raise UserError("registry_too_new", path=postgres.server_label(url),
                            version=version, supported=SCHEMA_VERSION)
        if readonly:
            if version is None:
                conn.close()
                return None
        elif version is None or version < SCHEMA_VERSION:
            postgres.migrate(conn, MIGRATIONS, SCHEMA_VERSION)
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn) -> int:
    """The schema version of an open HQ database, either kind."""
    from evac_toolkit.core.hq import postgres

    if isinstance(conn, postgres.PgConnection):
        return postgres.schema_version(conn) or 0
    return conn.execute("PRAGMA user_version").fetchone()[0]
