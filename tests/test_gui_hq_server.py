"""Headquarters and shelters on a PostgreSQL server, in the window (issue 21): the
Headquarters view reads the server in a worker, so a server that does not answer never stalls
the window, and shows the server's shelters."""

from __future__ import annotations

import pytest
from hq_fixtures import MUNICIPALITY
from hq_gui_fixtures import three_reports
from postgres_server import LOOPBACK

from evac_toolkit.core.hq.database import open_hq
from evac_toolkit.core.hq.identity import hq_key
from evac_toolkit.core.hq.importing import import_reports, report_files
from evac_toolkit.core.hq.laptop import set_up_headquarters
from evac_toolkit.core.hq.server_roles import set_up_server
from evac_toolkit.core.settings import Settings
from evac_toolkit.ui.headquarters.view import HeadquartersView

pytestmark = [pytest.mark.gui, LOOPBACK]


def use_server(data_dir, url: str) -> None:
    settings = Settings.load(data_dir)
    settings.hq_database = url
    settings.save(data_dir)


@pytest.fixture
def hq_on_server(tmp_path, data_home, pg_database):
    """This laptop as headquarters reading the server, which holds three shelters' reports."""
    set_up_headquarters(data_home, MUNICIPALITY, tmp_path / "city.key")
    three_reports(tmp_path / "shelters", tmp_path / "city.key", tmp_path / "stick")
    url = set_up_server(pg_database)[0].url
    conn = open_hq(data_home, database=url)
    try:
        import_reports(conn, hq_key(data_home), report_files([tmp_path / "stick"]))
    finally:
        conn.close()
    use_server(data_home, url)
    return data_home, url


def test_the_headquarters_view_reads_the_servers_shelters_in_a_worker(qtbot, hq_on_server):
    data_home, _url = hq_on_server
    view = HeadquartersView(data_home)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        job = view.refresh()
    assert job is not None                    # the read ran in a worker, not in the window
    rows = view.row_texts()
    assert [row[0].split()[0] for row in rows[:3]] == ["S001", "S002", "S003"]
    assert MUNICIPALITY in view.title.text() and "3" in view.title.text()


def test_a_server_that_does_not_answer_is_one_line(qtbot, hq_on_server, postgres_server):
    data_home, url = hq_on_server
    use_server(data_home, url.replace(f":{postgres_server.port}/",
                                      f":{postgres_server.port + 1}/"))
    view = HeadquartersView(data_home)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.refresh()
    said = view.title.text()
    assert said and "\n" not in said and "Traceback" not in said
    assert view.table.rowCount() == 0


def test_changing_the_database_address_in_settings_reads_the_new_database(qtbot, tmp_path,
                                                                          hq_on_server):
    """The Headquarters view, open on the embedded file (no shelters yet), shows the server's
    three shelters as soon as the server's address is saved in Settings — not the old picture
    until the program is restarted."""
    from evac_toolkit.ui.app import create_application, create_main_window

    data_home, url = hq_on_server
    settings = Settings.load(data_home)
    settings.hq_database = None                  # start on the embedded file: empty
    settings.save(data_home)
    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    window.show_view("headquarters")
    hq = window.views["headquarters"]
    qtbot.waitUntil(lambda: hq._reading is None, timeout=30_000)
    assert hq.table.rowCount() == 0
    window.show_view("shelter")
    tab = window.views["settings"].shelter
    tab.hq_database.setText(url)
    with qtbot.waitSignal(hq.refreshed, timeout=30_000):
        assert tab.save_hq_database()
    assert [row[0].split()[0] for row in hq.row_texts()[:3]] == ["S001", "S002", "S003"]
