"""The session's PostgreSQL server (tests/postgres_server.py) is real, local and guarded."""

from __future__ import annotations

import psycopg
import pytest
from postgres_server import LOOPBACK

pytestmark = LOOPBACK


def test_the_server_listens_on_loopback_only_and_wants_a_password(postgres_server, pg_database):
    with psycopg.connect(pg_database, autocommit=True) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
        assert conn.execute("SELECT current_database()").fetchone()[0].startswith("evac_")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres_server.dsn(password="wrong"), connect_timeout=5)
