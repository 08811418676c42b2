"""Shelter reports made with the core API for the Headquarters view's tests: each shelter its
own data folder, identity (the city key from headquarters) and registry of real people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hq_fixtures import MUNICIPALITY, PEOPLE

from evac_toolkit.core.hq.identity import set_up_shelter
from evac_toolkit.core.hq.laptop import report_file_name
from evac_toolkit.core.hq.report import Report, make_report, write_report
from evac_toolkit.core.registry.store import Registry


def shelter_report(root: Path, shelter_id: str, key_file: Path, stick: Path, *,
                   hours_ago: float = 0, drill: bool = False) -> Report:
    """Shelter ``shelter_id`` registers its people and writes its report into ``stick``,
    made ``hours_ago`` hours ago (a shelter that has not reported since); ``drill``: a report
    made during a drill."""
    data_dir = root / shelter_id
    identity = set_up_shelter(data_dir, MUNICIPALITY, shelter_id, f"第{shelter_id[-1]}小学校",
                              key_file)
    registry = Registry.open(data_dir)
    try:
        for values in PEOPLE.get(shelter_id, PEOPLE["S003"]):
            registry.add(dict(values))
        registry.set_shelter(capacity=100 * int(shelter_id[-1]))
        made = (dt.datetime.now().astimezone() - dt.timedelta(hours=hours_ago))
        report = make_report(data_dir, identity, registry, drill=drill,
                             made_at=made.isoformat(timespec="seconds"))
    finally:
        registry.close()
    write_report(stick / report_file_name(report), identity.key, report)
    return report


def three_reports(root: Path, key_file: Path, stick: Path) -> list[Report]:
    """S001 and S002 report now; S003 reported 13 hours ago (stale at headquarters)."""
    stick.mkdir(parents=True, exist_ok=True)
    return [shelter_report(root, "S001", key_file, stick),
            shelter_report(root, "S002", key_file, stick),
            shelter_report(root, "S003", key_file, stick, hours_ago=13)]
