"""A shelter laptop pushes its status report to headquarters' PostgreSQL server from Settings ›
Shelter and headquarters (issue 21): the address typed once, the button, the push after a
change; a server that does not answer is one line and the report waits."""

from __future__ import annotations

import pytest
from hq_fixtures import MUNICIPALITY, PEOPLE
from postgres_server import LOOPBACK

from evac_toolkit.core.hq import push
from evac_toolkit.core.hq.database import open_hq
from evac_toolkit.core.hq.identity import set_up_shelter
from evac_toolkit.core.hq.laptop import set_up_headquarters
from evac_toolkit.core.hq.server_roles import add_shelter, set_up_server
from evac_toolkit.core.hq.status import city_status
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.settings import Settings
from evac_toolkit.ui.settings.shelter import ShelterSettings

pytestmark = [pytest.mark.gui, LOOPBACK]


@pytest.fixture
def shelter(qtbot, tmp_path, data_home, pg_database):
    """S001's laptop (its registry with people in it) and the city's server, set up."""
    hq_dir = tmp_path / "hq"
    set_up_headquarters(hq_dir, MUNICIPALITY, tmp_path / "city.key")
    set_up_shelter(data_home, MUNICIPALITY, "S001", "第1小学校", tmp_path / "city.key")
    registry = Registry.open(data_home)
    for values in PEOPLE["S001"]:
        registry.add(dict(values))
    hq_url = set_up_server(pg_database)[0].url
    shelter_url = add_shelter(pg_database, "S001").url
    tab = ShelterSettings(data_home, registry=lambda: registry)
    qtbot.addWidget(tab)
    yield tab, hq_dir, hq_url, shelter_url
    registry.close()


def shelters_on_server(hq_dir, hq_url: str) -> list[str]:
    conn = open_hq(hq_dir, readonly=True, database=hq_url)
    try:
        return [s.shelter_id for s in city_status(conn).shelters]
    finally:
        conn.close()


def test_the_button_sends_the_report_to_the_server(qtbot, shelter, data_home):
    tab, hq_dir, hq_url, url = shelter
    tab.server.setText(url)
    with qtbot.waitSignal(tab.pushed, timeout=30_000):
        assert tab.push_now() is not None
    assert shelters_on_server(hq_dir, hq_url) == ["S001"]
    assert push.remembered_server(data_home) == url           # remembered as the CLI does
    sent = push.last_sent_at(data_home)
    assert sent and sent[:16].replace("T", " ") in tab.push_state.text()
    assert not push.waiting(data_home) and tab.problem.text() == ""


def test_a_server_that_does_not_answer_is_one_line_and_the_report_waits(
        qtbot, shelter, data_home, postgres_server):
    tab, hq_dir, hq_url, url = shelter
    tab.server.setText(url.replace(f":{postgres_server.port}/",
                                   f":{postgres_server.port + 1}/"))
    with qtbot.waitSignal(tab.pushed, timeout=30_000):
        tab.push_now()
    said = tab.problem.text()
    assert said and "\n" not in said and "Traceback" not in said
    assert len(push.waiting(data_home)) == 1
    assert push.last_sent_at(data_home) is None
    assert len(tab.push_state.text().splitlines()) == 2      # not sent yet; one waiting
    assert shelters_on_server(hq_dir, hq_url) == []


def test_after_a_change_one_push_goes_when_enabled(qtbot, shelter, data_home):
    tab, hq_dir, hq_url, url = shelter
    tab.server.setText(url)
    tab.registry_changed()
    assert not tab._push_timer.isActive()                     # off: nothing sent
    tab.push_on_change.setChecked(True)
    assert Settings.load(data_home).push_after_change
    tab._push_timer.setInterval(50)    # the 30 s quiet spell, shortened for the test
    with qtbot.waitSignal(tab.pushed, timeout=30_000):
        tab.registry_changed()
        tab.registry_changed()                                # a burst: one push
    assert shelters_on_server(hq_dir, hq_url) == ["S001"]
    assert tab.problem.text() == "" and not push.waiting(data_home)
    qtbot.wait(300)
    assert not tab._push_timer.isActive() and tab._push_job is None
