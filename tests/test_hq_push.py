"""``shelter push`` to headquarters' PostgreSQL server (issue 21): sent as the shelter's own
role, kept and sent later when the server cannot be reached, one history with the USB reports,
and 50 shelters pushing at once while two headquarters desks read."""

from __future__ import annotations

import threading

import psycopg
import pytest
from hq_fixtures import city_key, make_shelter, run
from postgres_server import LOOPBACK, admin_sql

from evac_toolkit.core.hq import postgres
from evac_toolkit.core.hq.database import open_hq
from evac_toolkit.core.hq.push import OUTBOX, SERVER_FILE, send_report
from evac_toolkit.core.hq.report import Report
from evac_toolkit.core.hq.server_roles import add_shelter, set_up_server
from evac_toolkit.core.hq.status import city_status

pytestmark = LOOPBACK


@pytest.fixture
def city(capsys, tmp_path, pg_database):
    """HQ's data folder and URL, two shelters with their push URLs from add-shelter."""
    hq_dir = tmp_path / "hq"
    key = city_key(capsys, tmp_path, hq_dir)
    hq_url = set_up_server(pg_database)[0].url
    shelters = {}
    for shelter_id in ("S001", "S002"):
        shelter = make_shelter(capsys, tmp_path, shelter_id, key)
        shelters[shelter_id] = (shelter, add_shelter(pg_database, shelter_id).url)
    return hq_dir, hq_url, shelters


def push(capsys, shelter, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(shelter.data_dir), "shelter", "push", *argv)


def held(hq_url: str) -> list[tuple[str, int]]:
    with psycopg.connect(hq_url, autocommit=True) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT shelter_id, sequence FROM reports ORDER BY 1, 2")]


def test_a_push_is_sent_as_the_shelters_role_and_remembered(capsys, city):
    _hq_dir, hq_url, shelters = city
    s1, url = shelters["S001"]
    code, out, err = push(capsys, s1, "--database", url)
    assert code == 0, err
    assert "report 1 of shelter S001 sent" in out and "Last sent to headquarters at" in out
    assert not any((s1.data_dir / OUTBOX).iterdir())
    assert (s1.data_dir / SERVER_FILE).stat().st_mode & 0o077 == 0   # it holds the password
    # The next push needs no address, and no name ever reaches the server.
    code, out, err = push(capsys, s1)
    assert code == 0, err
    assert held(hq_url) == [("S001", 1), ("S001", 2)]
    with psycopg.connect(hq_url, autocommit=True) as conn:
        stored = str(conn.execute("SELECT * FROM reports").fetchall())
    assert not [name for name in s1.names if name in stored]


def test_offline_the_report_waits_and_goes_with_the_next_push(capsys, city, postgres_server):
    _hq_dir, hq_url, shelters = city
    s1, url = shelters["S001"]
    offline = url.replace(f":{postgres_server.port}/", f":{postgres_server.port + 1}/")
    code, out, err = push(capsys, s1, "--database", offline)
    assert code == 1 and "Traceback" not in err
    assert "cannot be reached" in err
    assert err.strip().splitlines()[-1] == ("1 report is waiting to be sent: it goes with the "
                                            "next push.")
    assert "Last sent" not in out and held(hq_url) == []
    code, out, err = push(capsys, s1, "--database", url)
    assert code == 0, err
    assert out.index("report 1 of") < out.index("report 2 of")     # the oldest first
    assert held(hq_url) == [("S001", 1), ("S001", 2)]
    code, out, err = push(capsys, s1, "--waiting-only")
    assert code == 0 and "sent." not in out and "Last sent" in out


def test_one_history_whichever_way_a_report_came(capsys, city, tmp_path):
    hq_dir, hq_url, shelters = city
    s1, url = shelters["S001"]
    assert push(capsys, s1, "--database", url)[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _out, err = run(capsys, "--data-dir", str(s1.data_dir), "shelter", "report", "--out",
                          str(stick / "r.evacreport"))
    assert code == 0, err
    hq = ("--data-dir", str(hq_dir), "hq", "import", str(stick), "--database", hq_url)
    assert run(capsys, *hq)[0] == 0
    assert push(capsys, s1)[0] == 0
    assert held(hq_url) == [("S001", 1), ("S001", 2), ("S001", 3)]
    code, out, _err = run(capsys, *hq)
    assert code == 0 and "already imported" in out
    assert held(hq_url) == [("S001", 1), ("S001", 2), ("S001", 3)]


def test_another_shelters_address_or_a_revoked_role_is_refused_and_the_report_waits(
        capsys, city, postgres_server):
    _hq_dir, hq_url, shelters = city
    s1, _url = shelters["S001"]
    code, _out, err = push(capsys, s1, "--database", shelters["S002"][1])
    assert code == 1 and "Traceback" not in err
    database = hq_url.rsplit("/", 1)[1]
    assert f"did not allow this to {database}_shelter_S002" in err
    assert "row-level security" in err and held(hq_url) == []
    admin_sql(postgres_server, f'ALTER ROLE "{database}_shelter_S001" NOLOGIN')
    code, _out, err = push(capsys, s1, "--database", shelters["S001"][1])
    assert code == 1 and f"no longer lets {database}_shelter_S001 log in" in err
    assert "2 reports are waiting" in err and held(hq_url) == []


def test_fifty_shelters_push_at_once_while_two_desks_read(pg_database):
    """Every shelter pushes four reports, the second one twice (an answer lost on the way):
    nothing is lost or doubled, and a desk never sees a shelter's report go backwards."""
    hq_url = set_up_server(pg_database)[0].url
    ids = [f"S{n:03d}" for n in range(1, 51)]
    urls = {shelter_id: add_shelter(pg_database, shelter_id).url for shelter_id in ids}
    start, done = threading.Barrier(len(ids) + 2), threading.Event()
    failures: list[BaseException] = []
    polls = [0, 0]

    def shelter(shelter_id: str) -> None:
        try:
            start.wait()
            with postgres.connect(urls[shelter_id]) as conn:
                for sequence in (1, 2, 2, 3, 4):
                    report = Report("131016", shelter_id, shelter_id, sequence,
                                    f"2026-12-07T09:{sequence:02d}:00+09:00", False,
                                    {"present": sequence * 10, "languages": {"vi": sequence}})
                    send_report(conn, report)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)

    def desk(number: int) -> None:
        try:
            seen: dict[str, int] = {}
            start.wait()
            while True:
                finished = done.is_set()
                conn = open_hq(None, readonly=True, database=hq_url)
                try:
                    status = city_status(conn)
                finally:
                    conn.close()
                for one in status.shelters:
                    assert one.sequence >= seen.get(one.shelter_id, 0)
                    seen[one.shelter_id] = one.sequence
                assert status.totals.get("present", 0) == sum(
                    one.counts["present"] for one in status.shelters)
                polls[number] += 1
                if finished:
                    return
        except BaseException as error:  # noqa: BLE001
            failures.append(error)

    threads = [threading.Thread(target=shelter, args=(i,)) for i in ids]
    desks = [threading.Thread(target=desk, args=(n,)) for n in (0, 1)]
    for thread in threads + desks:
        thread.start()
    for thread in threads:
        thread.join(120)
    done.set()
    for thread in desks:
        thread.join(120)
    assert not failures, failures
    assert all(polls)
    rows = held(hq_url)
    assert len(rows) == len(set(rows)) == 50 * 4
    assert rows == [(shelter_id, n) for shelter_id in ids for n in (1, 2, 3, 4)]
    conn = open_hq(None, readonly=True, database=hq_url)
    try:
        status = city_status(conn)
    finally:
        conn.close()
    assert [s.sequence for s in status.shelters] == [4] * 50
    assert status.totals["present"] == 50 * 40 and status.totals["languages"] == {"vi": 200}


def test_a_replaced_laptop_numbers_on_from_the_servers_newest_report(capsys, tmp_path, city):
    """S001's laptop broke after three reports; a new laptop, set up for S001, begins again at
    report 1, which headquarters would refuse as older than 3 — and every report after it,
    up to 3. Its push reads the server's newest S001 report, numbers on after it, and its
    state reaches headquarters at once."""
    _hq_dir, hq_url, shelters = city
    old, url = shelters["S001"]
    for _ in range(3):
        assert push(capsys, old, "--database", url)[0] == 0
    assert held(hq_url) == [("S001", 1), ("S001", 2), ("S001", 3)]
    new = make_shelter(capsys, tmp_path / "new-laptop", "S001", tmp_path / "city.key")
    code, out, err = push(capsys, new, "--database", url)
    assert code == 0, err
    assert out.splitlines()[0] == (
        "Headquarters already held report 3 of shelter S001, newer than this laptop's (it "
        "replaced another, or was set up again): its reports are now numbered after 3, and its "
        "current state was sent again.")
    assert "report 4 of shelter S001 sent" in out and "older" not in out + err
    assert held(hq_url) == [("S001", 1), ("S001", 2), ("S001", 3), ("S001", 4)]
    assert not any((new.data_dir / OUTBOX).iterdir())
    # From then on it numbers as any laptop does.
    assert push(capsys, new)[0] == 0
    assert held(hq_url)[-1] == ("S001", 5)


def test_a_replaced_laptop_whose_number_is_held_is_not_taken_as_already_sent(capsys, tmp_path,
                                                                            city):
    """The new laptop made two reports for a USB stick first, so its first push is report 3:
    the number headquarters holds from the old laptop. That is another report, not a copy —
    taken as "already held", its counts would never arrive. It numbers on after the server's
    newest instead."""
    _hq_dir, hq_url, shelters = city
    old, url = shelters["S001"]
    for _ in range(3):
        assert push(capsys, old, "--database", url)[0] == 0
    new = make_shelter(capsys, tmp_path / "new-laptop", "S001", tmp_path / "city.key",
                       leave=1)
    for n in (1, 2):
        code, _, err = run(capsys, "--data-dir", str(new.data_dir), "shelter", "report",
                           "--out", str(tmp_path / f"stick{n}.evacreport"))
        assert code == 0, err
    code, out, err = push(capsys, new, "--database", url)
    assert code == 0, err
    assert "numbered after 3" in out and "report 4 of shelter S001 sent" in out
    assert held(hq_url) == [("S001", 1), ("S001", 2), ("S001", 3), ("S001", 4)]
    # Sending the same report again (a retry) is still "already held", not a clash.
    assert push(capsys, new, "--waiting-only")[0] == 0
