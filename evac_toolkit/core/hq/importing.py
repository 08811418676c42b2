"""``hq import``: reports from a USB stick into headquarters' database.

Every file is read and checked before anything is written; the accepted ones go in together in
one transaction. A report already held (same shelter and sequence, made at the same time,
the same counts) changes nothing; one older than the newest held for its shelter (a replay, a stale copy) is not
taken: an older report never overwrites a newer one. Another report under a number already held
(same shelter and sequence, another time or other counts) is not taken either: it comes from a laptop
that replaced the shelter's first one, or was set up again, and began again at 1 — taking it
as "already held" would drop its counts without a word. Drill reports are kept apart from real
ones by the ``drill`` column.
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
    result: str                 # imported | already | older | clash | refused
    report: Report | None = None
    held: int | None = None     # the newest sequence held, for "older" and "clash"
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


def same_number(conn, report: Report) -> bool | None:
    """Whether the report held under ``report``'s shelter and sequence is ``report`` itself
    (made at the same time with the same counts: a copy imported again, a push retried);
    None when nothing is held under that number."""
    row = conn.execute("SELECT made_at, counts FROM reports WHERE shelter_id = ? AND "
                       "sequence = ?", [report.shelter_id, report.sequence]).fetchone()
    if row is None:
        return None
    return (row[0], row[1]) == (report.made_at, report_row(report, "")[-1])


def newest_held(conn, report: Report) -> int | None:
    """The newest sequence held of ``report``'s shelter and kind (real or drill)."""
    return conn.execute("SELECT max(sequence) FROM reports WHERE shelter_id = ? AND drill = ?",
                        [report.shelter_id, int(report.drill)]).fetchone()[0]


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
            same = same_number(conn, report)
            if same is not None:
                if same:
                    outcomes.append(Outcome(path, "already", report))
                else:
                    outcomes.append(Outcome(path, "clash", report, held=newest_held(conn, report)))
                continue
            newest = newest_held(conn, report)
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
