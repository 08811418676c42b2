"""Headquarters on a real PostgreSQL server (issue 21): ``hq setup`` and ``hq add-shelter``,
row-level security enforced by the server, and the clear lines for a wrong password, a revoked
role and a server that is not there."""

from __future__ import annotations

import json

import psycopg
import pytest
from hq_fixtures import run
from postgres_server import LOOPBACK

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq import postgres

pytestmark = LOOPBACK

ROW = ("{shelter}", 1, 0, "131016", "第1小学校", "2026-12-07T09:00:00+09:00",
       "2026-12-07T00:00:00+00:00", "2026-12-07T00:00:01+00:00", '{"present": 3}')


def insert(url: str, shelter: str, sequence: int = 1) -> None:
    values = [shelter if v == "{shelter}" else v for v in ROW]
    values[1] = sequence
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO reports VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", values)


def name(url: str) -> str:
    """The database's name in a URL."""
    return url.rsplit("/", 1)[1]


def shelters_seen(url: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [r[0] for r in conn.execute("SELECT shelter_id FROM reports ORDER BY 1")]


@pytest.fixture
def server(capsys, tmp_path, pg_database):
    """A database set up for headquarters, and S001's and S002's URLs from add-shelter."""
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "hq"), "hq", "setup",
                         "--database", pg_database)
    assert code == 0, err
    hq_url = out.strip().splitlines()[-1]
    database = pg_database.rsplit("/", 1)[1]
    # Role names start with the database's: roles are the whole server's (see
    # test_two_cities_on_one_server_keep_their_own_roles).
    assert hq_url.startswith(f"postgresql://{database}_hq:")
    urls = {}
    for shelter in ("S001", "S002"):
        code, out, err = run(capsys, "--data-dir", str(tmp_path / "hq"), "hq", "add-shelter",
                             shelter, "--database", pg_database)
        assert code == 0, err
        urls[shelter] = out.strip().splitlines()[-1]
        assert urls[shelter].startswith(f"postgresql://{database}_shelter_{shelter}:")
    return pg_database, hq_url, urls


def test_setup_twice_keeps_the_schema_and_the_hq_role(capsys, tmp_path, server):
    admin, hq_url, _urls = server
    code, out, err = run(capsys, "hq", "setup", "--database", admin)
    assert code == 0, err
    assert f"{name(admin)}_hq" in out and "postgresql://" not in out   # no new password for an old role
    with psycopg.connect(hq_url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM hq_schema").fetchone()[0] == 1


def test_a_shelter_inserts_only_its_own_reports_and_reads_no_other(server):
    admin, hq_url, urls = server
    insert(urls["S001"], "S001")
    insert(urls["S002"], "S002")
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        insert(urls["S001"], "S002", sequence=7)
    assert shelters_seen(urls["S001"]) == ["S001"]
    assert shelters_seen(urls["S002"]) == ["S002"]
    # Headquarters (and the administrator) see every shelter.
    assert shelters_seen(hq_url) == ["S001", "S002"]
    assert shelters_seen(admin) == ["S001", "S002"]
    # A shelter may not change or delete a report, not even its own.
    with psycopg.connect(urls["S001"], autocommit=True) as conn:
        for statement in ("UPDATE reports SET sequence = 9", "DELETE FROM reports"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_hq_status_on_the_server_as_the_hq_role(capsys, tmp_path, server):
    _admin, hq_url, urls = server
    insert(urls["S001"], "S001")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "hq"), "hq", "status", "--json",
                         "--database", hq_url)
    assert code == 0, err
    assert [s["shelter_id"] for s in json.loads(out)["shelters"]] == ["S001"]
    # A shelter's role reading the status sees only itself.
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "s2"), "hq", "status", "--json",
                         "--database", urls["S002"])
    assert code == 0, err
    assert json.loads(out)["shelters"] == []


def test_wrong_password_revoked_role_and_no_server_are_one_clear_line(capsys, tmp_path,
                                                                       server, postgres_server):
    admin, _hq_url, urls = server
    role = f"{name(admin)}_shelter_S001"
    wrong = urls["S001"].replace(f"postgresql://{role}:", f"postgresql://{role}:x")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "hq", "status", "--database",
                         wrong)
    assert code != 0 and "Traceback" not in err
    assert err.strip().splitlines() == [
        f"The headquarters database 127.0.0.1:{postgres_server.port}/{admin.rsplit('/', 1)[1]}"
        f" refused the login of {role}: the user name or password is wrong."]
    assert "x" + urls["S001"].split(":")[2].split("@")[0] not in err   # never the password

    code, out, err = run(capsys, "hq", "revoke-shelter", "S001", "--database", admin)
    assert code == 0, err
    assert out.startswith(f"{role} can no longer log in")
    code, _out, err = run(capsys, "hq", "revoke-shelter", "S009", "--database", admin)
    assert code != 0 and "no login for shelter S009" in err
    with pytest.raises(UserError) as revoked:
        postgres.connect(urls["S001"])
    assert revoked.value.code == "hq_db_role_revoked"
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "--ui-language", "ja", "hq",
                          "status", "--database", urls["S001"])
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert role in err
    # add-shelter again: a new password, and it may log in again.
    code, out, err = run(capsys, "hq", "add-shelter", "S001", "--database", admin)
    assert code == 0, err
    assert shelters_seen(out.strip().splitlines()[-1]) == []

    gone = f"postgresql://evac_hq:pw@127.0.0.1:{postgres_server.port + 1}/x"
    with pytest.raises(UserError) as unreachable:
        postgres.connect(gone, timeout=3)
    assert unreachable.value.code == "hq_db_unreachable"


def test_a_url_that_is_not_postgresql_is_refused(capsys, tmp_path):
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "hq", "setup", "--database",
                          "mysql://root@localhost/x")
    assert code != 0 and err.strip().splitlines() == [
        "'mysql://root@localhost/x' is not a PostgreSQL address: give it as "
        "postgresql://user:password@host:port/database."]


def test_the_setting_puts_headquarters_on_the_server(capsys, tmp_path, server, monkeypatch):
    from evac_toolkit.core.hq.database import ENV_DATABASE
    from evac_toolkit.core.settings import Settings

    _admin, hq_url, urls = server
    monkeypatch.delenv(ENV_DATABASE, raising=False)
    insert(urls["S001"], "S001")
    hq_dir = tmp_path / "desk"
    Settings(hq_database=hq_url).save(hq_dir)
    assert Settings.load(hq_dir).hq_database == hq_url
    assert (hq_dir / "settings.json").stat().st_mode & 0o077 == 0   # it holds a password
    code, out, err = run(capsys, "--data-dir", str(hq_dir), "hq", "status", "--json")
    assert code == 0, err
    assert [s["shelter_id"] for s in json.loads(out)["shelters"]] == ["S001"]
    assert not (hq_dir / "hq.sqlite").exists()


def test_without_the_driver_one_line_says_so(capsys, tmp_path, monkeypatch):
    """An install without psycopg (or whose libpq cannot be loaded): the import fails, one line."""
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "hq", "status", "--database",
                          "postgresql://evac_hq:pw@127.0.0.1:5432/city")
    assert code != 0 and len(err.strip().splitlines()) == 1
    assert "PostgreSQL driver (psycopg) is not installed" in err


def test_a_desk_on_the_server_needs_no_laptop_passphrase(capsys, tmp_path, server,
                                                         monkeypatch):
    """The server's logins guard it; the laptop's key guards only its own files."""
    from evac_toolkit.core import shelter_key

    _admin, hq_url, _urls = server
    shelter_key.lock()
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE, raising=False)
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "desk"), "hq", "status", "--json",
                         "--database", hq_url)
    assert code == 0, err
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "desk"), "hq", "status")
    assert code != 0 and "passphrase" in err          # its own file still needs the key


def test_two_cities_on_one_server_keep_their_own_roles(capsys, pg_databases):
    """Roles are the whole server's. A second city's add-shelter S001 on the same server makes
    its own role: the first city's S001 keeps its password and cannot reach the second city's
    reports, and neither city's HQ role can read the other's database."""
    from evac_toolkit.core.hq.server_roles import add_shelter, set_up_server

    first, second = pg_databases(), pg_databases()
    first_hq, second_hq = set_up_server(first)[0].url, set_up_server(second)[0].url
    first_s1 = add_shelter(first, "S001").url
    second_s1 = add_shelter(second, "S001").url
    assert first_s1 != second_s1
    insert(first_s1, "S001")                      # the first city's password still works
    insert(second_s1, "S001", sequence=2)
    assert shelters_seen(first_hq) == ["S001"] and shelters_seen(second_hq) == ["S001"]
    other = first_s1.rsplit("/", 1)[0] + "/" + name(second)
    with pytest.raises(psycopg.Error):
        shelters_seen(other)                      # the first city's shelter in the second's
    with pytest.raises(psycopg.Error):
        shelters_seen(first_hq.rsplit("/", 1)[0] + "/" + name(second))


def test_a_shelter_id_in_lower_case_gets_the_role_its_reports_match(server):
    """add-shelter s003 is S003, as reports write it: the policies compare the two."""
    from evac_toolkit.core.hq.server_roles import add_shelter

    admin, hq_url, _urls = server
    url = add_shelter(admin, "s003").url
    assert f"{name(admin)}_shelter_S003:" in url
    insert(url, "S003")
    assert shelters_seen(url) == ["S003"]


def test_a_long_database_name_gives_role_names_postgresql_keeps_whole():
    from evac_toolkit.core.hq.server_roles import MAX_NAME_BYTES, shelter_role

    long = "municipal_cloud_" + "x" * 47
    roles = {shelter_role(long, "A" * 20), shelter_role(long[:-1] + "y", "A" * 20)}
    assert len(roles) == 2 and all(len(r.encode()) <= MAX_NAME_BYTES for r in roles)
    assert shelter_role("city", "S001") == "city_shelter_S001"
