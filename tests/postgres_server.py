"""A real PostgreSQL server for the test session, from Debian's ``postgresql`` package.

initdb and pg_ctl put a throwaway cluster into a temporary folder, listening only on 127.0.0.1
on a free port, with password (SCRAM) authentication over TCP, as the server a city runs would
have it. PostgreSQL refuses to run as root, so under root the cluster belongs to the
``postgres`` user the package creates (or one made here with useradd).

Never skipped: when no server can be started the fixture fails with one line that says why
(the README's test command installs the package first: tools/ensure-postgresql).

Tests that connect carry ``@pytest.mark.allow_hosts(["127.0.0.1"])``: the suite blocks every
other host (pytest-socket).
"""

from __future__ import annotations

import glob
import os
import pwd
import random
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN = "evac_admin"
#: Allow only the loopback address for tests that use the server.
LOOPBACK = pytest.mark.allow_hosts(["127.0.0.1"])


@dataclass(frozen=True)
class Server:
    port: int
    password: str
    bindir: Path

    def dsn(self, database: str = "postgres", user: str = ADMIN,
            password: str | None = None) -> str:
        return (f"postgresql://{user}:{self.password if password is None else password}"
                f"@127.0.0.1:{self.port}/{database}")


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<n>/bin
    (newest version first)."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name)
                        if Path(p).parent.parent.name.isdigit() else 0, reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _run_as() -> list[str]:
    """The command prefix that runs the server as an unprivileged user when we are root."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "evac-pg"):
        try:
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "evac-pg"], check=True,
                   capture_output=True)
    return ["runuser", "-u", "evac-pg", "--"]


class ServerError(RuntimeError):
    """No server could be started: the one line that says why."""


def _fail(reason: str) -> None:
    raise ServerError(f"PostgreSQL test server could not be started: {reason} "
                      "(install Debian's postgresql package: tools/ensure-postgresql)")


def _start(bindir: Path, folder: Path, prefix: list[str], password: str) -> int:
    data = folder / "data"
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n", encoding="ascii")
    if prefix:
        user = prefix[2]
        shutil.chown(folder, user)
        shutil.chown(pwfile, user)
    initdb = subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}",
         "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
         "--no-sync"], capture_output=True, text=True)
    if initdb.returncode:
        _fail("initdb: " + (initdb.stderr.strip().splitlines() or ["failed"])[-1])
    last = ""
    for _ in range(8):
        # A random high port; one in use makes the start fail and another is tried.
        port = random.randint(20000, 60000)
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
                   "-c max_connections=200 -c shared_buffers=32MB")
        started = subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "60",
             "-l", str(folder / "server.log"), "start"], capture_output=True, text=True)
        if started.returncode == 0:
            return port
        log = folder / "server.log"
        last = (log.read_text(errors="replace").strip().splitlines() or [started.stderr])[-1] \
            if log.is_file() else started.stderr.strip()
    _fail(f"pg_ctl start: {last}")
    raise AssertionError  # unreachable: _fail raises


def start_server() -> tuple[Server, Path]:
    """A running server in a new temporary folder (also for benchmarks/hq_postgres.py);
    ServerError when none can be started."""
    bindir = find_bindir()
    if bindir is None:
        _fail("initdb not found on PATH or in /usr/lib/postgresql/*/bin")
    folder = Path(tempfile.mkdtemp(prefix="evac-pg-"))
    try:
        password = secrets.token_hex(12)
        port = _start(bindir, folder, _run_as(), password)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Server(port, password, bindir), folder


def stop_server(server: Server, folder: Path) -> None:
    subprocess.run([*_run_as(), str(server.bindir / "pg_ctl"), "-D", str(folder / "data"),
                    "-m", "immediate", "-w", "stop"], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """One running PostgreSQL for the whole session, stopped at its end. Never skipped: no
    server fails the test with one line."""
    try:
        server, folder = start_server()
    except ServerError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        stop_server(server, folder)


def admin_sql(server: Server, *statements: str, database: str = "postgres") -> None:
    """Statements run as the cluster's superuser (autocommit)."""
    import psycopg

    with psycopg.connect(server.dsn(database), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def pg_databases(postgres_server: Server) -> Iterator:
    """Makes fresh, empty databases for one test (each call one more): the superuser's DSN to
    it. They and the roles the test made (every role but the superuser's) are dropped after."""
    import psycopg

    names: list[str] = []

    def make() -> str:
        name = f"evac_{secrets.token_hex(4)}"
        admin_sql(postgres_server, f"CREATE DATABASE {name}")
        names.append(name)
        return postgres_server.dsn(name)

    try:
        yield make
    finally:
        with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
            for name in names:
                conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
            roles = [row[0] for row in conn.execute(
                "SELECT rolname FROM pg_roles WHERE left(rolname, 3) <> 'pg_' "
                "AND rolname <> %s", [ADMIN])]
            for role in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def pg_database(pg_databases) -> str:
    """A fresh, empty database of its own for one test: the superuser's DSN to it."""
    return pg_databases()
