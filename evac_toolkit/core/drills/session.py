"""A drill's own database: a registry that only the drill writes to, and the drill's log.

Each drill is one SQLite file, ``<data>/drills/<drill id>/drill.sqlite``: the registry schema
(volunteers use the real Registry view on it) plus two tables of its own — the drill (when it
ran, which scenarios were played, a copy of what each persona should have had captured) and its
event log. The real registry (``<data>/registry.sqlite``) is never opened by a drill, and a drill
file is never opened as the real registry, so drill data cannot mix with real data. Backups taken
during a drill (before an import) go to the drill's own folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.store import Registry

DRILLS_FOLDER = "drills"
DRILL_FILE = "drill.sqlite"
_DRILL_ID = re.compile(r"drill-\d{8}-\d{6}(-\d+)?")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drill (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    trainer TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    ended_at TEXT,
    scenarios TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS drill_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    elapsed REAL NOT NULL,
    kind TEXT NOT NULL,
    scenario_id TEXT,
    language TEXT,
    evacuee_id TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);
"""

#: What the log records. Registrations and edits are not logged here: the drill registry's own
#: audit table and records say who was registered when and with what.
EVENT_KINDS = ("drill_started", "persona_arrived", "language_identified", "conversation_saved",
               "signs_printed", "booklet_printed", "card_printed", "sheet_printed",
               "translated", "drill_ended")


@dataclass(frozen=True)
class PersonaPlan:
    """What the report needs of a scenario, copied when the drill starts: the report of a past
    drill stays the same when its scenario file is later edited or removed."""
    scenario_id: str
    title_ja: str
    title_en: str
    alias: str
    language: str
    expected: dict

    @classmethod
    def from_scenario(cls, scenario) -> PersonaPlan:
        expected = scenario.expected
        values = dataclasses.asdict(expected) if dataclasses.is_dataclass(expected) \
            else dict(expected)
        return cls(scenario.id, scenario.title_ja, scenario.title_en, scenario.persona.alias,
                   scenario.persona.language,
                   {key: list(value) if isinstance(value, tuple) else value
                    for key, value in values.items()})


@dataclass(frozen=True)
class DrillEvent:
    at: str
    elapsed: float               # seconds since the drill started
    kind: str
    scenario_id: str | None
    language: str | None
    evacuee_id: str | None
    detail: dict


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def drills_dir(data_dir: Path) -> Path:
    return Path(data_dir) / DRILLS_FOLDER


def drill_path(data_dir: Path, drill_id: str) -> Path:
    if not _DRILL_ID.fullmatch(drill_id):
        raise UserError("drill_unknown", drill=drill_id)
    return drills_dir(data_dir) / drill_id / DRILL_FILE


class DrillSession:
    """One drill: its registry and its log. Use ``start_drill`` or ``open_drill``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.id = path.parent.name
        self.registry = Registry(path)
        self.registry.db.executescript(_SCHEMA)
        row = self.registry.db.execute(
            "SELECT title, trainer, started_at, ended_at, scenarios FROM drill").fetchone()
        if row is None:
            self.registry.close()
            raise UserError("drill_unknown", drill=self.id)
        self.title, self.trainer = row[0], row[1]
        self.started_at = dt.datetime.fromisoformat(row[2])
        self.ended_at = dt.datetime.fromisoformat(row[3]) if row[3] else None
        self.plans = [PersonaPlan(**plan) for plan in json.loads(row[4])]
        # Elapsed time runs on the monotonic clock while this process holds the drill (a clock
        # change during the drill must not make a persona look registered before arriving).
        self._started_monotonic = time.monotonic() - (_now() - self.started_at).total_seconds()

    # -- the clock and the log ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.ended_at is None

    def elapsed(self) -> float:
        if self.ended_at is not None:
            return (self.ended_at - self.started_at).total_seconds()
        return max(0.0, time.monotonic() - self._started_monotonic)

    def log(self, kind: str, *, scenario_id: str | None = None, language: str | None = None,
            evacuee_id: str | None = None, **detail: object) -> DrillEvent:
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown drill event {kind!r}")
        event = DrillEvent(_now().isoformat(timespec="seconds"), round(self.elapsed(), 2), kind,
                           scenario_id, language, evacuee_id, dict(detail))
        with self.registry.db.atomic():
            self.registry.db.execute(
                "INSERT INTO drill_events (at, elapsed, kind, scenario_id, language, evacuee_id,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [event.at, event.elapsed, kind, scenario_id, language, evacuee_id,
                 json.dumps(event.detail, ensure_ascii=False)])
        return event

    def events(self) -> list[DrillEvent]:
        rows = self.registry.db.execute(
            "SELECT at, elapsed, kind, scenario_id, language, evacuee_id, detail "
            "FROM drill_events ORDER BY id").fetchall()
        return [DrillEvent(*row[:6], json.loads(row[6])) for row in rows]

    def persona_arrived(self, scenario_id: str) -> DrillEvent:
        """The trainer sends a role player in: that persona's clock starts now."""
        if scenario_id not in {plan.scenario_id for plan in self.plans}:
            raise UserError("drill_unknown_scenario", scenario=scenario_id)
        if self.ended_at is not None:
            raise UserError("drill_already_ended", drill=self.id)
        return self.log("persona_arrived", scenario_id=scenario_id)

    def end(self) -> None:
        if self.ended_at is not None:
            return
        self.log("drill_ended")
        ended = _now()
        with self.registry.db.atomic():
            self.registry.db.execute("UPDATE drill SET ended_at = ?",
                                     [ended.isoformat(timespec="seconds")])
        self.ended_at = ended

    def close(self) -> None:
        self.registry.close()


def _new_id(data_dir: Path) -> str:
    base = f"drill-{_now():%Y%m%d-%H%M%S}"
    candidate, number = base, 1
    while (drills_dir(data_dir) / candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def start_drill(data_dir: Path, scenarios: list, *, title: str = "",
                trainer: str = "") -> DrillSession:
    """Create a new drill with its own empty database and start its clock."""
    if not scenarios:
        raise UserError("drill_no_scenarios")
    drill_id = _new_id(data_dir)
    folder = drills_dir(data_dir) / drill_id
    folder.mkdir(parents=True)
    plans = [dataclasses.asdict(PersonaPlan.from_scenario(s)) for s in scenarios]
    try:
        registry = Registry(folder / DRILL_FILE)
        try:
            registry.db.executescript(_SCHEMA)
            with registry.db.atomic():
                registry.db.execute(
                    "INSERT INTO drill (id, title, trainer, started_at, scenarios) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [drill_id, title, trainer, _now().isoformat(timespec="seconds"),
                     json.dumps(plans, ensure_ascii=False)])
        finally:
            registry.close()
    except BaseException:
        # A full disk: no half-made drill is left for 'drill list' to trip over.
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        raise
    session = DrillSession(folder / DRILL_FILE)
    session.log("drill_started", scenarios=[plan["scenario_id"] for plan in plans])
    return session


def open_drill(data_dir: Path, drill_id: str) -> DrillSession:
    path = drill_path(data_dir, drill_id)
    if not path.is_file():
        raise UserError("drill_unknown", drill=drill_id)
    return DrillSession(path)


@dataclass(frozen=True)
class DrillInfo:
    id: str
    title: str
    started_at: str
    ended_at: str | None
    personas: int


def list_drills(data_dir: Path) -> list[DrillInfo]:
    """Drills run on this laptop, newest first (read without opening them as registries)."""
    found = []
    folder = drills_dir(data_dir)
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*/{DRILL_FILE}"), reverse=True):
        if not _DRILL_ID.fullmatch(path.parent.name):
            continue
        try:
            conn = sqlite_open.connect(path, readonly=True)
            try:
                row = conn.execute("SELECT title, started_at, ended_at, scenarios "
                                   "FROM drill").fetchone()
            finally:
                conn.close()
        except (*sqlite_open.Error, UserError):
            continue
        if row:
            found.append(DrillInfo(path.parent.name, row[0], row[1], row[2],
                                   len(json.loads(row[3]))))
    return found
