"""The registry's operations: add, edit, check in and out, search, count. No Qt, no printing.

Every change is one transaction with its audit line. Lists are stored as JSON arrays of codes;
``validate`` refuses unknown codes so that counts ("how many halal meals") stay true.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.database import REGISTRY_FILE, open_registry
from evac_toolkit.core.text_fold import fold

LIST_FIELDS = ("languages", "diets", "allergens", "medical", "religious")
FLAG_FIELDS = ("interpreter_needed", "consent_share", "do_not_disclose")
TEXT_FIELDS = ("display_name", "name_reading", "nationality", "allergens_other", "area", "notes")
MAX_TEXT = {"display_name": 80, "name_reading": 80, "nationality": 60, "allergens_other": 200,
            "area": 60, "notes": 2000}
EDITABLE = (*TEXT_FIELDS, *LIST_FIELDS, *FLAG_FIELDS, "japanese_ability", "household_id",
            "status")
#: Card IDs: short, unambiguous when read aloud or typed (no 0/O, 1/I/L).
CARD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class Evacuee:
    id: str
    card_id: str
    display_name: str = ""
    name_reading: str = ""
    household_id: str | None = None
    languages: list[str] = field(default_factory=list)
    japanese_ability: str = "none"
    interpreter_needed: bool = False
    nationality: str = ""
    diets: list[str] = field(default_factory=list)
    allergens: list[str] = field(default_factory=list)
    allergens_other: str = ""
    medical: list[str] = field(default_factory=list)
    religious: list[str] = field(default_factory=list)
    area: str = ""
    checked_in_at: str | None = None
    checked_out_at: str | None = None
    status: str = "present"
    consent_share: bool = False
    do_not_disclose: bool = False
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def primary_language(self) -> str | None:
        return self.languages[0] if self.languages else None

    @classmethod
    def from_row(cls, row: dict) -> Evacuee:
        values = {name: row[name] for name in cls.__dataclass_fields__ if name in row}
        for name in LIST_FIELDS:
            values[name] = json.loads(values.get(name) or "[]")
        for name in FLAG_FIELDS:
            values[name] = bool(values.get(name))
        return cls(**values)


def validate(values: dict) -> list[tuple[str, str, dict]]:
    """Problems as (field, message code, params); empty when the values may be stored."""
    from evac_toolkit.core.languages import catalog

    problems: list[tuple[str, str, dict]] = []
    allowed = {
        "languages": {lang.code for lang in catalog()},
        "diets": set(codes.diets()), "allergens": set(codes.allergens()),
        "medical": set(codes.MEDICAL_FLAGS), "religious": set(codes.religious_needs()),
    }
    for name in LIST_FIELDS:
        if name in values:
            items = values[name]
            if not isinstance(items, list | tuple):
                problems.append((name, "registry_bad_value", {"value": str(items)}))
                continue
            unknown = [item for item in items if item not in allowed[name]]
            if unknown:
                problems.append((name, "registry_unknown_code", {"codes": ", ".join(unknown)}))
            if len(set(items)) != len(items):
                problems.append((name, "registry_repeated_code", {}))
    for name in TEXT_FIELDS:
        value = values.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append((name, "registry_bad_value", {"value": str(value)}))
        elif len(value.strip()) > MAX_TEXT[name]:
            problems.append((name, "registry_too_long", {"max": MAX_TEXT[name],
                                                         "length": len(value)}))
        elif "\x00" in value:
            problems.append((name, "registry_bad_value", {"value": repr(value[:20])}))
    if "japanese_ability" in values and values["japanese_ability"] not in codes.JAPANESE_ABILITY:
        problems.append(("japanese_ability", "registry_unknown_code",
                         {"codes": str(values["japanese_ability"])}))
    if "status" in values and values["status"] not in codes.STATUSES:
        problems.append(("status", "registry_unknown_code", {"codes": str(values["status"])}))
    return problems


def match_key(display_name: str, name_reading: str) -> str:
    """What search looks in: the folded name and reading, separated so a query cannot span
    them."""
    return f"{fold(display_name)}\u0001{fold(name_reading)}"


@dataclass(frozen=True)
class Stats:
    present: int
    by_language: list[tuple[str, int]]          # primary language, most first
    any_language: list[tuple[str, int]]         # anyone who speaks it
    japanese_ability: dict[str, int]
    interpreter_needed: int
    diets: dict[str, int]
    allergens: dict[str, int]
    medical: dict[str, int]
    religious: dict[str, int]
    capacity: int | None

    def as_dict(self) -> dict:
        from dataclasses import asdict

        return asdict(self)


class Registry:
    """One registry file. ``Registry.open(data_dir)`` is the real one; drills open their own."""

    def __init__(self, path: Path) -> None:
        from evac_toolkit.core.registry.backup import backup_before_migration

        self.path = path
        self.db = open_registry(path, before_migration=backup_before_migration)

    @classmethod
    def open(cls, data_dir: Path) -> Registry:
        return cls(data_dir / REGISTRY_FILE)

    def close(self) -> None:
        self.db.close()

    # -- writing ----------------------------------------------------------------------------------
    def _audit(self, action: str, evacuee_id: str | None, fields: list[str]) -> None:
        self.db.execute("INSERT INTO audit (at, action, evacuee_id, fields) VALUES (?, ?, ?, ?)",
                        [now(), action, evacuee_id, json.dumps(sorted(fields))])

    def _new_card_id(self) -> str:
        while True:
            card = "".join(secrets.choice(CARD_ALPHABET) for _ in range(6))
            if not self.db.execute("SELECT 1 FROM evacuees WHERE card_id = ?",
                                   [card]).fetchone():
                return card

    def _check_household(self, values: dict) -> None:
        household = values.get("household_id")
        if household and not self.db.execute("SELECT 1 FROM households WHERE id = ?",
                                             [household]).fetchone():
            raise UserError("registry_unknown_code", field="household_id", codes=str(household))

    def _row(self, values: dict) -> dict:
        row = {}
        for name, value in values.items():
            if name in LIST_FIELDS:
                row[name] = json.dumps(list(value), ensure_ascii=False)
            elif name in FLAG_FIELDS:
                row[name] = 1 if value else 0
            elif name in TEXT_FIELDS:
                row[name] = value.strip()
            else:
                row[name] = value
        return row

    def add(self, values: dict | None = None, *, check_in: bool = True,
            audit_action: str = "add") -> Evacuee:
        values = dict(values or {})
        unknown = set(values) - set(EDITABLE) - {"checked_in_at"}
        if unknown:
            raise UserError("registry_unknown_field", fields=", ".join(sorted(unknown)))
        problems = validate(values)
        if problems:
            field_name, code, params = problems[0]
            raise UserError(code, field=field_name, **params)
        self._check_household(values)
        stamp = now()
        row = self._row(values)
        row.update(id=str(uuid.uuid4()), card_id=self._new_card_id(), created_at=stamp,
                   updated_at=stamp)
        if check_in and not row.get("checked_in_at"):
            row["checked_in_at"] = stamp
        row["match_key"] = match_key(row.get("display_name", ""), row.get("name_reading", ""))
        with self.db.atomic():
            self.db["evacuees"].insert(row)
            self._audit(audit_action, row["id"], list(values))
        return self.get(row["id"])

    def add_many(self, records: list[dict], audit_action: str = "import") -> list[str]:
        """Insert many records in one transaction (all or nothing); returns their IDs.

        Callers validate first (``validate`` per record) so that they can report every bad row;
        this raises on the first invalid one regardless, inserting nothing.
        """
        stamp = now()
        rows, audits = [], []
        used_cards: set[str] = set()
        for index, values in enumerate(records):
            unknown = set(values) - set(EDITABLE) - {"checked_in_at", "checked_out_at", "id",
                                                     "card_id"}
            if unknown:
                raise UserError("registry_unknown_field", fields=", ".join(sorted(unknown)))
            problems = validate(values)
            if problems:
                field_name, code, params = problems[0]
                raise UserError(code, field=field_name, record=index + 1, **params)
            row = self._row({k: v for k, v in values.items() if k not in ("id", "card_id")})
            # A card moved from another laptop keeps its ID when this registry has no such card,
            # so the printed card in the person's pocket still matches.
            card = values.get("card_id") or ""
            if not card or card in used_cards or self.db.execute(
                    "SELECT 1 FROM evacuees WHERE card_id = ?", [card]).fetchone():
                card = self._new_card_id()
                while card in used_cards:
                    card = self._new_card_id()
            used_cards.add(card)
            row.update(id=values.get("id") or str(uuid.uuid4()), card_id=card,
                       created_at=stamp, updated_at=stamp)
            if not row.get("checked_in_at"):
                row["checked_in_at"] = stamp
            row["match_key"] = match_key(row.get("display_name", ""), row.get("name_reading", ""))
            rows.append(row)
            audits.append({"at": stamp, "action": audit_action, "evacuee_id": row["id"],
                           "fields": json.dumps(sorted(values))})
        with self.db.atomic():
            self.db["evacuees"].insert_all(rows, batch_size=500)
            self.db["audit"].insert_all(audits, batch_size=500)
        return [row["id"] for row in rows]

    def find_duplicate(self, values: dict) -> Evacuee | None:
        """An existing person the same as ``values``: same ID, or same folded name and reading
        and the same primary language (how "imported twice" is recognised)."""
        if values.get("id"):
            rows = list(self.db.query("SELECT * FROM evacuees WHERE id = ?", [values["id"]]))
            if rows:
                return Evacuee.from_row(rows[0])
        key = match_key(values.get("display_name", ""), values.get("name_reading", ""))
        if key == "\u0001":
            return None
        languages = list(values.get("languages") or [])
        for row in self.db.query("SELECT * FROM evacuees WHERE match_key = ? AND "
                                 "deleted_at IS NULL", [key]):
            other = Evacuee.from_row(row)
            if (other.primary_language or None) == (languages[0] if languages else None):
                return other
        return None

    def update(self, evacuee_id: str, values: dict) -> Evacuee:
        current = self.get(evacuee_id)
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise UserError("registry_unknown_field", fields=", ".join(sorted(unknown)))
        problems = validate(values)
        if problems:
            field_name, code, params = problems[0]
            raise UserError(code, field=field_name, **params)
        self._check_household(values)
        row = self._row(values)
        merged = {**current.__dict__, **values}
        row["match_key"] = match_key(merged["display_name"], merged["name_reading"])
        row["updated_at"] = now()
        changed = [name for name in values if getattr(current, name) != values[name]]
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, row)
            self._audit("edit", evacuee_id, changed)
        return self.get(evacuee_id)

    def check_in(self, evacuee_id: str) -> Evacuee:
        if self.get(evacuee_id).status == "present":
            return self.get(evacuee_id)      # a second click keeps the first arrival time
        stamp = now()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {"status": "present", "checked_in_at": stamp,
                                                    "checked_out_at": None, "updated_at": stamp})
            self._audit("check_in", evacuee_id, ["status"])
        return self.get(evacuee_id)

    def check_out(self, evacuee_id: str, status: str = "left") -> Evacuee:
        if status not in ("left", "transferred"):
            raise UserError("registry_unknown_code", field="status", codes=status)
        current = self.get(evacuee_id)
        if current.status == status:
            return current
        stamp = now()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {"status": status, "checked_out_at": stamp,
                                                    "updated_at": stamp})
            self._audit("check_out", evacuee_id, ["status"])
        return self.get(evacuee_id)

    def delete(self, evacuee_id: str) -> None:
        """A tombstone: the record is emptied of personal data and hidden; its ID remains so a
        later import of an old export cannot bring the person back unnoticed."""
        self.get(evacuee_id)
        stamp = now()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {
                "display_name": "", "name_reading": "", "nationality": "", "notes": "",
                "allergens_other": "", "area": "", "match_key": "", "household_id": None,
                "deleted_at": stamp, "updated_at": stamp})
            self._audit("delete", evacuee_id, [])

    def set_shelter(self, name: str | None = None, address: str | None = None,
                    capacity: int | None = None) -> None:
        """Change what is given; a capacity of 0 means "not set" (stored as NULL)."""
        values = {k: v for k, v in (("name", name), ("address", address),
                                    ("capacity", capacity)) if v is not None}
        if values.get("capacity") == 0:
            values["capacity"] = None
        if values:
            with self.db.atomic():
                self.db["shelter"].update(1, values)
                self._audit("shelter", None, list(values))

    def shelter(self) -> dict:
        return dict(self.db["shelter"].get(1))

    def add_household(self, name: str = "", notes: str = "") -> str:
        stamp = now()
        household_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db["households"].insert({"id": household_id, "name": name.strip(),
                                          "notes": notes.strip(), "created_at": stamp,
                                          "updated_at": stamp})
            self._audit("household", None, ["name"])
        return household_id

    def household_members(self, household_id: str) -> list[Evacuee]:
        rows = self.db.query("SELECT * FROM evacuees WHERE household_id = ? AND deleted_at IS NULL"
                             " ORDER BY created_at", [household_id])
        return [Evacuee.from_row(row) for row in rows]

    # -- reading ----------------------------------------------------------------------------------
    def get(self, evacuee_id: str) -> Evacuee:
        rows = list(self.db.query("SELECT * FROM evacuees WHERE (id = ? OR card_id = ?) AND "
                                  "deleted_at IS NULL", [evacuee_id, evacuee_id]))
        if not rows:
            raise UserError("registry_not_found", id=evacuee_id)
        return Evacuee.from_row(rows[0])

    def search(self, query: str = "", *, language: str | None = None, need: str | None = None,
               present_only: bool = False, limit: int | None = None) -> list[Evacuee]:
        """Search as you type. ``need`` is "<kind>:<code>" ("diets:halal", "medical:dialysis",
        "interpreter")."""
        where = ["e.deleted_at IS NULL"]
        params: list = []
        key = fold(query)
        if len(key) >= 3:
            where.append("e.rowid IN (SELECT rowid FROM evacuees_fts WHERE evacuees_fts MATCH ?)")
            params.append('"' + key.replace('"', '""') + '"')
        elif key:
            where.append("e.match_key LIKE ? ESCAPE '\\'")
            params.append("%" + key.replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%")
        if language:
            where.append("EXISTS (SELECT 1 FROM json_each(e.languages) WHERE value = ?)")
            params.append(language)
        if need:
            kind, _, code = need.partition(":")
            if kind == "interpreter":
                where.append("e.interpreter_needed = 1")
            elif kind in ("diets", "allergens", "medical", "religious"):
                where.append(f"EXISTS (SELECT 1 FROM json_each(e.{kind}) WHERE value = ?)")
                params.append(code)
            else:
                raise UserError("registry_unknown_code", field="need", codes=need)
        if present_only:
            where.append("e.status = 'present'")
        sql = (f"SELECT e.* FROM evacuees e WHERE {' AND '.join(where)} "
               "ORDER BY (e.display_name = '' AND e.name_reading = ''), "
               "e.name_reading = '', e.name_reading, e.display_name, e.created_at")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Evacuee.from_row(row) for row in self.db.query(sql, params)]

    def count(self, present_only: bool = False) -> int:
        sql = "SELECT count(*) FROM evacuees WHERE deleted_at IS NULL"
        if present_only:
            sql += " AND status = 'present'"
        return self.db.execute(sql).fetchone()[0]

    def stats(self) -> Stats:
        """The coordinator's dashboard, people present now."""
        present = "FROM evacuees e WHERE e.deleted_at IS NULL AND e.status = 'present'"

        def list_counts(column: str) -> dict[str, int]:
            rows = self.db.execute(
                f"SELECT j.value, count(*) FROM evacuees e, json_each(e.{column}) j "
                "WHERE e.deleted_at IS NULL AND e.status = 'present' "
                "GROUP BY j.value ORDER BY count(*) DESC, j.value").fetchall()
            return {value: count for value, count in rows}

        primary = self.db.execute(
            f"SELECT json_extract(e.languages, '$[0]') AS lang, count(*) {present} "
            "AND lang IS NOT NULL GROUP BY lang ORDER BY count(*) DESC, lang").fetchall()
        ability = Counter(dict(self.db.execute(
            f"SELECT e.japanese_ability, count(*) {present} GROUP BY e.japanese_ability"
        ).fetchall()))
        return Stats(
            present=self.db.execute(f"SELECT count(*) {present}").fetchone()[0],
            by_language=[(lang, count) for lang, count in primary],
            any_language=list(list_counts("languages").items()),
            japanese_ability={level: ability.get(level, 0) for level in codes.JAPANESE_ABILITY},
            interpreter_needed=self.db.execute(
                f"SELECT count(*) {present} AND e.interpreter_needed = 1").fetchone()[0],
            diets=list_counts("diets"), allergens=list_counts("allergens"),
            medical=list_counts("medical"), religious=list_counts("religious"),
            capacity=self.shelter().get("capacity"),
        )

    def languages_present(self) -> list[str]:
        """Languages of people present other than Japanese, most speakers first (for signs and
        announcements, which always carry Japanese)."""
        return [code for code, _count in self.stats().any_language if code != "ja"]

    @classmethod
    def reader(cls, path: Path) -> Registry:
        """A read-only connection to a registry another connection opened (and checked and
        migrated), for searches in a worker thread: WAL lets it read while the owner writes."""
        import sqlite3

        import sqlite_utils

        reader = cls.__new__(cls)
        reader.path = path
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        reader.db = sqlite_utils.Database(conn)
        return reader
