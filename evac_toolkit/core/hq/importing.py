"""``hq import``: reports from a USB stick into headquarters' database.

Every file is read and checked before anything is written; the accepted ones go in together in
one transaction. A report already held (same shelter and sequence) changes nothing; one older
than the newest held for its shelter (a replay, a stale copy) is not taken: an older report never
overwrites a newer one. Drill reports are kept apart from real ones by the ``drill`` column.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import CityKey
from evac_toolkit.core.hq.report import SUFFIX, Report, read_report


@dataclass(frozen=True)
class Outcome:
    path: Path
    result: str                 # imported | already | older | refused
    report: Report | None = None
    held: int | None = None     # the newest sequence held, for "older"
    error: UserError | None = None


def report_files(items: Iterable[Path]) -> list[Path]:
    """Files as given, and every ``*.evacreport`` inside a folder given (sorted, recursively:
    a stick may hold a folder per shelter)."""
    found: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            found += sorted(p for p in item.rglob(f"*{SUFFIX}") if p.is_file())
        else:
            found.append(item)
    return found


def _utc(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def report_row(report: Report, stamp: str) -> list:
    """The ``reports`` row of ``report`` received at ``stamp`` (UTC, ISO 8601), in column
    order: the same whether it came on a stick or was pushed over the network."""
    return [report.shelter_id, report.sequence, int(report.drill), report.municipality,
            report.shelter_name, report.made_at, _utc(report.made_at), stamp,
            json.dumps(report.counts, ensure_ascii=False, sort_keys=True)]


def import_reports(conn, city: CityKey, files: list[Path]) -> list[Outcome]:
    """Import ``files`` (see the module's doc); one Outcome per file, in order."""
    read: list[tuple[Path, Report | None, UserError | None]] = []
    for path in files:
        try:
            report = read_report(path, city.key)
            if report.municipality != city.municipality:
                raise UserError("report_other_municipality", path=str(path),
                                found=report.municipality, expected=city.municipality)
            read.append((path, report, None))
        except UserError as error:
            read.append((path, None, error))
    outcomes: list[Outcome] = []
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for path, report, error in read:
            if report is None:
                outcomes.append(Outcome(path, "refused", error=error))
                continue
            held = conn.execute("SELECT 1 FROM reports WHERE shelter_id = ? AND sequence = ?",
                                [report.shelter_id, report.sequence]).fetchone()
            if held:
                outcomes.append(Outcome(path, "already", report))
                continue
            newest = conn.execute("SELECT max(sequence) FROM reports WHERE shelter_id = ? "
                                  "AND drill = ?", [report.shelter_id, report.drill]).fetchone()[0]
            if newest is not None and newest > report.sequence:
                outcomes.append(Outcome(path, "older", report, held=newest))
                continue
            conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         report_row(report, stamp))
            outcomes.append(Outcome(path, "imported", report))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return outcomes
