"""``hq setup`` and ``hq add-shelter`` on a city's PostgreSQL server: who may do what, enforced
by the server itself (roles and row-level security), not by this program.

- ``<database>_hq``: headquarters' login. It owns the tables (so it reads every shelter's
  reports, imports USB reports and migrates the schema).
- ``<database>_shelters``: a group without login; every shelter role is a member. It may insert
  reports and read them, and the policies restrict both to the rows whose ``shelter_id`` is the
  role's own: ``city_shelter_S001`` inserts only S001's reports and sees nothing of S002.

Roles belong to the whole server, not to one database, while a server may hold several cities'
databases (a prefecture's, or a shared municipal cloud). So every role name starts with the
database's name: a second city's ``add-shelter S001`` creates its own role instead of changing
the first city's password and letting its shelter into the second city's reports.

``hq revoke-shelter`` takes a shelter's login away (a lost laptop). These commands run with
the administrator's URL (a role that may create roles and tables: the
superuser the city's IT staff uses). Running them again changes nothing that exists, except
that ``add-shelter`` gives an existing shelter a new password and lets it log in again.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq import postgres
from evac_toolkit.core.hq.identity import check_shelter_id
from evac_toolkit.core.hq.migrations import MIGRATIONS, SCHEMA_VERSION

#: PostgreSQL cuts longer names (NAMEDATALEN - 1 bytes) without an error, which would make the
#: policies compare against a name no role has.
MAX_NAME_BYTES = 63
#: The longest suffix: "_shelter_" and a 20-character shelter ID.
_LONGEST_SUFFIX = len("_shelter_") + 20


def role_prefix(database: str) -> str:
    """The database's name, shortened with a hash of the whole when the longest role name would
    not fit (two long names sharing a beginning stay apart)."""
    if len(database.encode()) + _LONGEST_SUFFIX <= MAX_NAME_BYTES:
        return database
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    head = database.encode()[:MAX_NAME_BYTES - _LONGEST_SUFFIX - 9].decode(errors="ignore")
    return f"{head}_{digest}"


def hq_role(database: str) -> str:
    return f"{role_prefix(database)}_hq"


def shelters_role(database: str) -> str:
    return f"{role_prefix(database)}_shelters"


def shelter_role(database: str, shelter_id: str) -> str:
    return f"{role_prefix(database)}_shelter_{shelter_id}"


@dataclass(frozen=True)
class Login:
    host: str
    port: int
    database: str
    user: str
    password: str | None     # None: an existing role, its password unchanged

    @property
    def url(self) -> str:
        secret = f":{quote(self.password, safe='')}" if self.password else ""
        return (f"postgresql://{quote(self.user, safe='')}{secret}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}")


def _role_exists(conn, role: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [role]).fetchone() is not None


def _ident(name: str) -> str:
    # Role names go into DDL, which takes no parameters: quoted as SQL quotes identifiers.
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _where(url: str, conn, host: str | None) -> tuple[str, int, str]:
    parts = urlsplit(url)
    return (host or parts.hostname or "localhost", parts.port or 5432,
            conn.execute("SELECT current_database()").fetchone()[0])


def set_up_server(url: str, *, host: str | None = None) -> tuple[Login, int]:
    """The schema (migrated to SCHEMA_VERSION), the two roles and the policies; the HQ login
    (a new password only when the role is new) and the schema version now held."""
    conn = postgres.connect(url)
    try:
        host_, port, database = _where(url, conn, host)
        password = None
        if not _role_exists(conn, hq_role(database)):
            password = secrets.token_urlsafe(18)
            conn.execute(f"CREATE ROLE {_ident(hq_role(database))} LOGIN "
                         f"PASSWORD {_literal(password)}")
        if not _role_exists(conn, shelters_role(database)):
            conn.execute(f"CREATE ROLE {_ident(shelters_role(database))} NOLOGIN")
        postgres.migrate(conn, MIGRATIONS, SCHEMA_VERSION)
        hq, shelters = _ident(hq_role(database)), _ident(shelters_role(database))
        own = f"current_user = {_literal(shelter_role(database, ''))} || shelter_id"
        conn.execute("BEGIN")
        for statement in (
                f"GRANT USAGE, CREATE ON SCHEMA public TO {hq}",
                f"GRANT USAGE ON SCHEMA public TO {shelters}",
                f"ALTER TABLE reports OWNER TO {hq}",
                f"ALTER TABLE {postgres.VERSION_TABLE} OWNER TO {hq}",
                "ALTER TABLE reports ENABLE ROW LEVEL SECURITY",
                f"REVOKE ALL ON reports FROM {shelters}",
                f"GRANT SELECT, INSERT ON reports TO {shelters}",
                f"GRANT SELECT ON {postgres.VERSION_TABLE} TO {shelters}",
                "DROP POLICY IF EXISTS shelter_reads_its_own ON reports",
                "DROP POLICY IF EXISTS shelter_inserts_its_own ON reports",
                f"CREATE POLICY shelter_reads_its_own ON reports FOR SELECT TO {shelters} "
                f"USING ({own})",
                f"CREATE POLICY shelter_inserts_its_own ON reports FOR INSERT TO {shelters} "
                f"WITH CHECK ({own})"):
            conn.execute(statement)
        conn.execute("COMMIT")
        return Login(host_, port, database, hq_role(database), password), SCHEMA_VERSION
    finally:
        conn.close()


def add_shelter(url: str, shelter_id: str, *, host: str | None = None) -> Login:
    """``shelter_id``'s login role with a new password (an existing one: a new password, and
    allowed to log in again)."""
    # The ID as reports carry it ("s001" → "S001"): the policies compare the role's name with it.
    shelter_id = check_shelter_id(shelter_id)
    conn = postgres.connect(url)
    try:
        host_, port, database = _where(url, conn, host)
        group = shelters_role(database)
        if postgres.schema_version(conn) is None or not _role_exists(conn, group):
            raise UserError("hq_db_not_set_up", server=postgres.server_label(url))
        role, password = shelter_role(database, shelter_id), secrets.token_urlsafe(18)
        verb = "ALTER" if _role_exists(conn, role) else "CREATE"
        conn.execute(f"{verb} ROLE {_ident(role)} LOGIN PASSWORD {_literal(password)}")
        conn.execute(f"GRANT {_ident(group)} TO {_ident(role)}")
        return Login(host_, port, database, role, password)
    finally:
        conn.close()


def revoke_shelter(url: str, shelter_id: str) -> str:
    """``shelter_id``'s role may no longer log in, and its open sessions end now (a stolen
    laptop); its reports stay. ``add-shelter`` again gives it a new password. The role."""
    shelter_id = check_shelter_id(shelter_id)
    conn = postgres.connect(url)
    try:
        role = shelter_role(conn.execute("SELECT current_database()").fetchone()[0], shelter_id)
        if not _role_exists(conn, role):
            raise UserError("hq_db_no_such_shelter", shelter=shelter_id,
                            server=postgres.server_label(url))
        conn.execute(f"ALTER ROLE {_ident(role)} NOLOGIN")
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?",
                     [role])
        return role
    finally:
        conn.close()
