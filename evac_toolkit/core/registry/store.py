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
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path

import sqlite_utils

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.bulk import no_cycle_collection
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.instance_lock import hold_registry
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.registry import codes, name_search, schema_defaults, transactions
from evac_toolkit.core.registry.backup import backup_before_migration
from evac_toolkit.core.registry.bulk_cache import cache_for_rows
from evac_toolkit.core.registry.database import REGISTRY_FILE, open_registry
from evac_toolkit.core.registry.export_ids import export_id
from evac_toolkit.core.registry.leftovers import tidy
from evac_toolkit.core.registry.search_keys import match_key
from evac_toolkit.core.text_fold import fold

LIST_FIELDS = ("languages", "diets", "allergens", "medical", "religious", "body_parts")
FLAG_FIELDS = ("interpreter_needed", "consent_share", "do_not_disclose")
TEXT_FIELDS = ("display_name", "name_reading", "nationality", "allergens_other", "area", "notes")
MAX_TEXT = {"display_name": 80, "name_reading": 80, "nationality": 60, "allergens_other": 200,
            "area": 60, "notes": 2000}
EDITABLE = (*TEXT_FIELDS, *LIST_FIELDS, *FLAG_FIELDS, "japanese_ability", "household_id",
            "status", "pain_level")
#: What tells one person from another: a record with none of these is refused (it would be a
#: "(no name)" row counted as present that nobody can find again). A card ID counts only when
#: given (a card moved from another laptop): every record gets one.
IDENTITY_FIELDS = ("display_name", "name_reading", "card_id", "languages")
#: Card IDs: short, unambiguous when read aloud or typed (no 0/O, 1/I/L).
CARD_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


#: Every column add_many writes, with the schema's defaults as a record gives them (lists as
#: sequences): sqlite-utils would write NULL for a key one record lacks, breaking NOT NULL.
_DEFAULTS = {
    "display_name": "", "name_reading": "", "household_id": None, "languages": (),
    "japanese_ability": "unknown", "interpreter_needed": False, "nationality": "", "diets": (),
    "allergens": (), "allergens_other": "", "medical": (), "religious": (), "body_parts": (),
    "pain_level": None, "area": "",
    "checked_in_at": None, "checked_out_at": None, "status": "present", "consent_share": False,
    "do_not_disclose": False, "notes": "",
}
#: What add_many takes, and how each field is stored (looked up once per value).
_ACCEPTED = frozenset(EDITABLE) | {"checked_in_at", "checked_out_at", "id", "card_id"}
_TEXT_KIND, _LIST_KIND, _FLAG_KIND = "text", "list", "flag"
_STORED_AS = {**dict.fromkeys(TEXT_FIELDS, _TEXT_KIND), **dict.fromkeys(LIST_FIELDS, _LIST_KIND),
              **dict.fromkeys(FLAG_FIELDS, _FLAG_KIND)}
#: The defaults as stored (fields not named here default to NULL).
_STORED_DEFAULTS = {**dict.fromkeys(TEXT_FIELDS, ""), **dict.fromkeys(LIST_FIELDS, "[]"),
                    **dict.fromkeys(FLAG_FIELDS, 0), "japanese_ability": "unknown",
                    "status": "present"}


#: Random byte → card letter (the modulo bias over 31 letters is irrelevant for IDs that are
#: checked for uniqueness anyway).
_CARD_LETTERS = bytes(ord(CARD_ALPHABET[value % len(CARD_ALPHABET)]) for value in range(256))


def _random_cards(count: int) -> list[str]:
    """``count`` random card IDs from one system call (one call per card cost 0.35 s per 50,000)."""
    letters = secrets.token_bytes(6 * count).translate(_CARD_LETTERS).decode("ascii")
    return [letters[start:start + 6] for start in range(0, 6 * count, 6)]


def _random_card() -> str:
    return _random_cards(1)[0]


@lru_cache(maxsize=8192)
def _json_items(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


@lru_cache(maxsize=4096)
def _json_list(items: tuple[str, ...]) -> str:
    """Lists repeat (["vi"], ["halal"]): encode each distinct one once."""
    return json.dumps(list(items), ensure_ascii=False)


@lru_cache(maxsize=1)
def _allowed_codes() -> dict[str, frozenset[str]]:
    return {
        "languages": frozenset(lang.code for lang in catalog()),
        "diets": frozenset(codes.diets()), "allergens": frozenset(codes.allergens()),
        "medical": frozenset(codes.MEDICAL_FLAGS), "religious": frozenset(codes.religious_needs()),
        "body_parts": frozenset(codes.body_parts()),
    }


def _check_list(name: str, items: tuple, allowed: frozenset[str] | set[str]
                ) -> tuple[tuple[str, str, dict], ...]:
    problems = []
    if not allowed.issuperset(items):
        unknown = [item for item in items if item not in allowed]
        problems.append((name, "registry_unknown_code",
                         {"codes": ", ".join(map(str, unknown)), "count": len(unknown)}))
    if len(set(items)) != len(items):
        problems.append((name, "registry_repeated_code", {}))
    return tuple(problems)


@lru_cache(maxsize=8192)
def _list_problems(name: str, items: tuple) -> tuple[tuple[str, str, dict], ...]:
    return _check_list(name, items, _allowed_codes()[name])


def _uuid4s(count: int) -> list[str]:
    """``count`` times ``str(uuid.uuid4())`` at a tenth of the cost (an import makes 50,000):
    random bytes with the version (4) and variant (10xx) bits set, in the 8-4-4-4-12 form."""
    digits = secrets.token_bytes(16 * count).hex()
    ids = []
    for start in range(0, 32 * count, 32):
        h = digits[start:start + 32]
        ids.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-"
                   f"{h[20:]}")
    return ids


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
    japanese_ability: str = "unknown"
    interpreter_needed: bool = False
    nationality: str = ""
    diets: list[str] = field(default_factory=list)
    allergens: list[str] = field(default_factory=list)
    allergens_other: str = ""
    medical: list[str] = field(default_factory=list)
    religious: list[str] = field(default_factory=list)
    body_parts: list[str] = field(default_factory=list)    # body-map codes: where it hurts
    pain_level: int | None = None                          # 0-10; None: not asked
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
            text = values.get(name)
            values[name] = json.loads(text) if text and text != "[]" else []
        for name in FLAG_FIELDS:
            values[name] = bool(values.get(name))
        return cls(**values)


_SEQUENCES = (list, tuple)
#: The fields validate() checks, in the order it reports them.
_VALIDATED = (*LIST_FIELDS, *TEXT_FIELDS, "japanese_ability", "status", "pain_level")
Problem = tuple[str, str, dict]


def _field_problems(name: str, value: object, allowed: dict[str, set[str]] | None = None
                    ) -> list[Problem]:
    """The problems of one field's value: validate()'s rules, one field at a time."""
    if name in LIST_FIELDS:
        if not value and (type(value) is tuple or type(value) is list):
            return []                                  # the common case: nothing chosen
        if not isinstance(value, _SEQUENCES):
            return [(name, "registry_bad_value", {"value": str(value)})]
        try:
            # Lists repeat (["vi"], ["halal"]): each distinct one is checked once.
            return list(_list_problems(name, tuple(value)) if allowed is None else
                        _check_list(name, tuple(value), allowed[name]))
        except TypeError:                              # e.g. a dict in the list: not a code
            return [(name, "registry_bad_value", {"value": str(value)})]
    if name in TEXT_FIELDS:
        if value is None or (type(value) is str and len(value) <= MAX_TEXT[name]
                             and "\x00" not in value):
            return []                                  # the common case, checked cheaply
        if not isinstance(value, str):
            return [(name, "registry_bad_value", {"value": str(value)})]
        if len(value.strip()) > MAX_TEXT[name]:
            return [(name, "registry_too_long", {"max": MAX_TEXT[name], "length": len(value)})]
        if "\x00" in value:
            return [(name, "registry_bad_value", {"value": repr(value[:20])})]
        return []
    if name == "pain_level":
        if value is None or (type(value) is int and value in codes.PAIN_LEVELS):
            return []
        return [(name, "registry_bad_pain", {"value": str(value)})]
    known = {"japanese_ability": codes.JAPANESE_ABILITY, "status": codes.STATUSES}.get(name)
    if known is not None and value not in known:
        return [(name, "registry_unknown_code", {"codes": str(value), "count": 1})]
    return []


def validate(values: Mapping, allowed: dict[str, set[str]] | None = None) -> list[Problem]:
    """Problems as (field, message code, params); empty when the values may be stored."""
    return [problem for name in _VALIDATED if name in values
            for problem in _field_problems(name, values[name], allowed)]


def _filled(value: object) -> bool:
    return bool(value.strip()) if type(value) is str else bool(value)


def _all_filled(values: list) -> bool:
    """Whether ``_filled`` holds for every value; a column of text tested in C."""
    try:
        return all(map(str.strip, values))
    except TypeError:                    # not all text (lists, None): one by one
        return all(map(_filled, values))


def identity_problem(values: Mapping) -> Problem | None:
    """The problem of a whole new record that gives nothing to tell the person by (no name,
    reading, card or language), else None. ``validate`` checks fields; this, whole records."""
    if any(_filled(values.get(name)) for name in IDENTITY_FIELDS):
        return None
    return ("record", "registry_empty_record", {})


def nameless_records(columns: Mapping[str, list], count: int) -> list[int]:
    """identity_problem() for many records at once (``columns`` as for validate_columns):
    the indexes of records without name, reading, card or language."""
    given = [columns[name] for name in IDENTITY_FIELDS if columns.get(name)]
    for column in given:                 # usually every record has a name: one pass
        if _all_filled(column):
            return []
    return [index for index, values in enumerate(zip(*given, strict=True))
            if not any(map(_filled, values))] if given else list(range(count))


def validate_columns(columns: Mapping[str, list], count: int | None = None
                     ) -> dict[int, list[Problem]]:
    """validate() for many records at once: ``columns`` maps a field to each record's value
    (None where a record leaves it out). Returns record index → its problems, in validate()'s
    order, for the records that have any. Given ``count`` (the number of records), whole new
    records are checked too (identity_problem), after their fields.

    Field by field, each distinct value once: an import checked 50,000 records one by one for
    0.1 s, and a column of names is checked for length and NUL in one pass.
    """
    found: dict[int, list[Problem]] = {}
    for name in _VALIDATED:
        values = columns.get(name)
        if not values:
            continue
        if name == "pain_level":
            # Numbers: 7.0 and True equal 7 and 1 in a set or as a key, but are no pain level.
            if set(map(type, values)) <= {int, type(None)} and all(
                    value in codes.PAIN_LEVELS for value in values if value is not None):
                continue
            for index, value in enumerate(values):
                if value is not None and (problems := _field_problems(name, value)):
                    found.setdefault(index, []).extend(problems)
            continue
        if name in TEXT_FIELDS:
            try:
                if max(map(len, values)) <= MAX_TEXT[name] and "\x00" not in "".join(values):
                    continue
            except TypeError:                          # None or something not text among them
                pass
        else:
            try:
                distinct = set(values)
            except TypeError:                          # lists: compare them as tuples
                try:
                    distinct = {tuple(v) if type(v) is list else v for v in values}
                except TypeError:
                    distinct = None
            if distinct is not None and not any(
                    _field_problems(name, value) for value in distinct if value is not None):
                continue
        checked: dict = {}
        for index, value in enumerate(values):
            if value is None:
                continue
            try:
                key = tuple(value) if type(value) is list else value
                problems = checked[key] if key in checked else \
                    checked.setdefault(key, _field_problems(name, value))
            except TypeError:                          # unhashable: checked on its own
                problems = _field_problems(name, value)
            if problems:
                found.setdefault(index, []).extend(problems)
    if count is not None:
        for index in nameless_records(columns, count):
            found.setdefault(index, []).append(("record", "registry_empty_record", {}))
    return found


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


#: Why two records look like one person, by the kind of identity they share (worded in
#: messages.py): the same ID or the same name are the same person; the same reading with a
#: language in common (Thein Min and テイン・ミン, both ていん みん and Burmese) only may be.
SAME_PERSON_REASONS = {"id": "duplicate_same_id", "person": "duplicate_same_name",
                       "reading": "duplicate_same_reading"}


class DuplicateIndex:
    """Who is already registered, by ID, by (search key, primary language) and by (folded
    reading, each language spoken), loaded once.

    Answers as ``Registry.find_duplicate`` does, returning (card ID, deleted) instead of a
    record: an import of 50,000 rows asked the database twice per row, twice over.

    A protected (do-not-disclose) person's card is in ``protected``: the import skips a row
    that is them without naming the card or the reason, since "line 5: already registered as
    card J77ZYN (same name)" would tell whoever imports a list with their name that they are
    here. Skipping is safer than importing: the copy would be a second, unprotected record
    that their name finds. Their export ID (``export_ids.export_id``) is known too, so a
    re-imported export skips them. They are never a "possible duplicate" (same reading).
    """

    def __init__(self, registry: Registry) -> None:
        self.by_id: dict[str, tuple[str, bool]] = {}
        self.by_key: dict[tuple[str, str | None], str] = {}
        self.by_reading: dict[tuple[str, str], str] = {}
        self.protected: set[str] = set()
        rows = registry.db.execute("SELECT id, card_id, match_key, languages, deleted_at, "
                                   "do_not_disclose FROM evacuees")
        for evacuee_id, card, key, languages, deleted, protected in rows:
            self.by_id[evacuee_id] = (card, deleted is not None)
            if protected:
                self.protected.add(card)
                self.by_id[export_id(evacuee_id)] = (card, deleted is not None)
            if deleted is None:
                spoken = _json_items(languages)
                self.by_key.setdefault((key, spoken[0] if spoken else None), card)
                reading = key.partition("\u0001")[2]   # the key holds the folded reading
                if reading and not protected:
                    for language in spoken:
                        self.by_reading.setdefault((reading, language), card)

    @staticmethod
    def identities(values: Mapping) -> list[tuple]:
        """What makes two records the same person: the same ID, or the same folded name and
        reading with the same first language; and what makes them possibly the same: the same
        folded reading and a language in common ("reading" identities, one per language)."""
        found: list[tuple] = [("id", values["id"])] if values.get("id") else []
        key = match_key(values.get("display_name", ""), values.get("name_reading", ""))
        if key != "\u0001":
            languages = values.get("languages")
            found.append(("person", key, languages[0] if languages else None))
            reading = key.partition("\u0001")[2]
            if reading and languages:
                found += [("reading", reading, language) for language in languages]
        return found

    def find(self, values: Mapping, identities: list[tuple] | None = None
             ) -> tuple[str, bool] | None:
        """(card ID, deleted) of the person already registered, if any; ``identities`` are
        ``identities(values)`` when the caller has them already."""
        found = self.same_person(self.identities(values) if identities is None else identities)
        return found[:2] if found else None

    def same_person(self, identities: list[tuple]) -> tuple[str, bool, str] | None:
        """(card ID, deleted, reason code) of the person these identities say is registered."""
        for identity in identities:
            if identity[0] == "id":
                if identity[1] in self.by_id:
                    return (*self.by_id[identity[1]], SAME_PERSON_REASONS["id"])
            elif identity[0] == "person" and (card := self.by_key.get(identity[1:])) is not None:
                return card, False, SAME_PERSON_REASONS["person"]
        return None

    def maybe_same_person(self, identities: list[tuple]) -> tuple[str, str] | None:
        """(card ID, language) of someone registered with the same reading who speaks a
        language in common: possibly the same person, written another way (not skipped: two
        people may share a reading, as 佐藤 博 and 佐藤 弘 do)."""
        for identity in identities:
            if identity[0] == "reading" and (card := self.by_reading.get(identity[1:])):
                return card, identity[2]
        return None


class _Tally:
    """The dashboard's counts, kept up to date by this Registry's own writes.

    ``stats()`` over 45,000 people reads and parses every row (~180 ms); a dashboard refreshed
    after each check-out would pay that every time. Each write here adjusts the counts by the
    person's before and after; a write by anyone else (another process, raw SQL) shows up as an
    unexpected audit ID and the counts are recomputed.
    """

    def __init__(self) -> None:
        self.present = 0
        self.interpreter = 0
        self.ability: Counter[str] = Counter()
        self.primary: Counter[str] = Counter()
        self.lists = {name: Counter() for name in LIST_FIELDS}

    def count(self, person: Evacuee | None, sign: int) -> None:
        if person is None or person.status != "present" or person.deleted_at:
            return
        self.count_lists(person.interpreter_needed, person.japanese_ability,
                         [getattr(person, name) for name in LIST_FIELDS], sign)

    def count_lists(self, interpreter: bool, ability: str, lists: list, sign: int = 1) -> None:
        """One present person, by value (lists in LIST_FIELDS order)."""
        self.present += sign
        self.interpreter += sign if interpreter else 0
        self.ability[ability] += sign
        if lists[0]:
            self.primary[lists[0][0]] += sign
        for name, items in zip(LIST_FIELDS, lists, strict=True):
            counter = self.lists[name]
            for item in items:
                counter[item] += sign


def _columns_of(records: list[Mapping]) -> dict[str, list]:
    """Each field's values, record by record (None where a record does not give it), refusing
    unknown fields. Records of one shape, as an import's are, are read one C-level getter call
    each; records of mixed shapes field by field."""
    shapes = set(map(tuple, records))
    names = set().union(*shapes)
    if not _ACCEPTED.issuperset(names):
        raise UserError("registry_unknown_field", fields=", ".join(sorted(names - _ACCEPTED)),
                        count=len(names - _ACCEPTED))
    if len(shapes) > 1:
        return {name: [values.get(name) for values in records] for name in names}
    (shape,) = shapes
    if len(shape) < 2:                   # itemgetter of one name gives values, not tuples
        return {name: [values[name] for values in records] for name in shape}
    return dict(zip(shape, map(list, zip(*map(itemgetter(*shape), records), strict=True)),
                    strict=True))


def _given_columns(columns: Mapping[str, list], count: int) -> dict[str, list] | None:
    """A caller's columns as ``_columns_of`` gives them (unknown fields refused), or None when
    they are not one value per record."""
    if not _ACCEPTED.issuperset(columns):
        raise UserError("registry_unknown_field",
                        fields=", ".join(sorted(set(columns) - _ACCEPTED)))
    if any(len(values) != count for values in columns.values()):
        return None
    return dict(columns)


def _stored_column(name: str, values: list | None, count: int) -> list:
    """A field's values as the table stores them; None (not given) becomes the default."""
    default = _DEFAULTS[name]
    if values is None:
        values = [default] * count
    elif default is not None and None in values:
        values = [default if value is None else value for value in values]
    kind = _STORED_AS.get(name)
    if kind is _TEXT_KIND:
        return list(map(str.strip, values))
    if kind is _LIST_KIND:
        return [_json_list(tuple(value)) if value else "[]" for value in values]
    if kind is _FLAG_KIND:
        return [1 if value else 0 for value in values]
    return values


def _filled_fields(given: dict[str, list], column: dict[str, list], count: int) -> list[str]:
    """Each record's audit fields: those it filled in (given, and not left at the default),
    as a JSON list. Worked out per field, then once per distinct combination: 50,000 lines
    naming every column of the file took more room than the people themselves."""
    always, sometimes, masks = [], [], []
    for name, values in given.items():
        stored = values if name in ("id", "card_id", "checked_in_at") else column[name]
        default = _STORED_DEFAULTS.get(name)
        left = stored.count(default)
        if left == count:
            continue
        if left == 0:
            always.append(name)
        else:
            sometimes.append(name)
            masks.append([value != default for value in stored])
    as_json: dict[tuple[bool, ...], str] = {}
    fields = []
    for signature in zip(*masks, strict=True) if masks else repeat((), count):
        if signature not in as_json:
            as_json[signature] = _json_list(tuple(sorted(
                always + [name for name, filled in zip(sometimes, signature, strict=True)
                          if filled])))
        fields.append(as_json[signature])
    return fields


class Registry:
    """One registry file. ``Registry.open(data_dir)`` is the real one; drills open their own."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """Open the registry file ``path``: checked, migrated and held (see ``_open``); with
        ``read_only``, see ``reader``."""
        self.path = path
        self.read_only = read_only
        self._open()

    def _open(self) -> None:
        """Connect to ``self.path`` with fresh state (no counts yet): what ``__init__`` and
        ``reopen`` both do."""
        self._tally: _Tally | None = None
        self._tally_key = -1
        #: What tidying on open did that the user should know, as (message code, params).
        self.notices: list[tuple[str, dict]] = []
        self._hold = None
        if self.read_only:
            conn = sqlite_open.connect(self.path, timeout=10, isolation_level=None,
                                       check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            self.db = sqlite_utils.Database(conn)
            return
        path = self.path
        # Held while open, so that no other process restores or wipes the file meanwhile; the
        # first to open it tidies what a crashed restore or close left.
        hold, found = hold_registry(path, when_alone=lambda: tidy(path))
        try:
            self.db = open_registry(path, before_migration=backup_before_migration)
        except BaseException:
            hold.release()
            raise
        self._hold = hold
        self.notices = found or []

    @classmethod
    def open(cls, data_dir: Path) -> Registry:
        return cls(data_dir / REGISTRY_FILE)

    @classmethod
    def reader(cls, path: Path) -> Registry:
        """A read-only connection to a registry another connection opened (and checked and
        migrated), for searches in a worker thread: WAL lets it read while the owner writes."""
        return cls(path, read_only=True)

    def reopen(self) -> None:
        """Open the file again in this object after ``close`` (a restore replaced it): the
        window and its views keep their reference. Checked, migrated and counted afresh, as a
        new Registry would be."""
        self._open()

    def close(self) -> None:
        self.db.close()
        if self._hold is not None:               # a reader holds nothing
            self._hold.release()                 # after the connection: nothing writes now
            self._hold = None

    # -- writing ----------------------------------------------------------------------------------
    def write_now(self, wait: float = transactions.WINDOW_WAIT):
        """One transaction for the window's writes: taken within ``wait`` seconds or
        ``UserError('registry_busy_now')`` at once (:func:`transactions.window_write`); the
        writes inside are all or nothing."""
        return transactions.window_write(self.db, wait)

    def _audit(self, action: str, evacuee_id: str | None, fields: list[str]) -> None:
        self.db.execute("INSERT INTO audit (at, action, evacuee_id, fields) VALUES (?, ?, ?, ?)",
                        [now(), action, evacuee_id, json.dumps(sorted(fields))])

    def _audit_key(self) -> int:
        return self.db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]

    def _recount(self, key_before: int, before: list[Evacuee | None],
                 after: list[Evacuee | None]) -> None:
        """After one of our writes: move the people's counts, or drop the tally if someone else
        wrote since it was made."""
        if self._tally is None or self._tally_key != key_before:
            self._tally = None
            return
        for person in before:
            self._tally.count(person, -1)
        for person in after:
            self._tally.count(person, +1)
        self._tally_key = self._audit_key()

    def _new_card_id(self) -> str:
        while True:
            card = _random_card()
            if not self.db.execute("SELECT 1 FROM evacuees WHERE card_id = ?",
                                   [card]).fetchone():
                return card

    def _check_household(self, values: dict) -> None:
        household = values.get("household_id")
        if household and not self.db.execute("SELECT 1 FROM households WHERE id = ?",
                                             [household]).fetchone():
            raise UserError("registry_unknown_code", field="household_id", codes=str(household),
                            count=1)

    def _row(self, values: dict) -> dict:
        row = {}
        for name, value in values.items():
            if name in LIST_FIELDS:
                row[name] = _json_list(tuple(value))
            elif name in FLAG_FIELDS:
                row[name] = 1 if value else 0
            elif name in TEXT_FIELDS:          # validate lets None mean "not given"
                row[name] = value.strip() if value else ""
            else:
                row[name] = value
        return row

    def _refuse_invalid(self, values: dict, extra_fields: frozenset[str] = frozenset()) -> None:
        """Raise the first problem of ``values`` (unknown field, bad code, unknown household)."""
        unknown = set(values) - set(EDITABLE) - extra_fields
        if unknown:
            raise UserError("registry_unknown_field", fields=", ".join(sorted(unknown)),
                            count=len(unknown))
        problems = validate(values)
        if problems:
            field_name, code, params = problems[0]
            raise UserError(code, field=field_name, **params)
        self._check_household(values)

    @staticmethod
    def _refuse_nameless(values: Mapping) -> None:
        problem = identity_problem(values)
        if problem:
            raise UserError(problem[1], field=problem[0], **problem[2])

    def add(self, values: dict | None = None, *, check_in: bool = True,
            audit_action: str = "add") -> Evacuee:
        values = dict(values or {})
        self._refuse_invalid(values, frozenset({"checked_in_at"}))
        self._refuse_nameless(values)
        stamp = now()
        row = self._row(values)
        row.update(id=str(uuid.uuid4()), card_id=self._new_card_id(), created_at=stamp,
                   updated_at=stamp)
        if check_in and not row.get("checked_in_at"):
            row["checked_in_at"] = stamp
        row["match_key"] = match_key(row.get("display_name", ""), row.get("name_reading", ""))
        key = self._audit_key()
        with self.db.atomic():
            self.db["evacuees"].insert(row)
            self._audit(audit_action, row["id"], list(values))
        person = self.get(row["id"])
        self._recount(key, [], [person])
        return person

    @no_cycle_collection()
    def add_many(self, records: list[Mapping], audit_action: str = "import", *,
                 checked: bool = False, match_keys: list[str] | None = None,
                 columns: Mapping[str, list] | None = None) -> list[str]:
        """Insert many records in one transaction (all or nothing); returns their IDs.

        None for a field means the record does not give it: the default. Callers validate
        first (``validate`` per record) so that they can report every bad row; this raises on
        the first invalid one regardless, inserting nothing, unless ``checked`` says every
        record has just passed ``validate`` (an import preview, checked row by row). Each
        person's audit line names the fields their record filled in.

        Built for 50,000-row imports: rows are prepared column by column (defaults filled),
        card IDs are checked against a set loaded once, and the search index is filled in one
        statement rather than by the per-row trigger (2.4 s of 6.5 s at 50,000 rows).
        ``match_keys``, one per record, are the search keys a caller has already worked out
        (an import preview's, from its duplicate check): at 200,000 rows, where fold()'s
        cache no longer holds every name, folding each again was a tenth of the import.
        ``columns`` are the records' values field by field, when the caller has them (an
        import preview's): they are not read back out of the records.
        """
        if not records:
            return []
        count = len(records)
        stamp = now()
        given = _given_columns(columns, count) if columns is not None else None
        if given is None:
            given = _columns_of(records)
        invalid = {} if checked else validate_columns(given, count)
        if invalid:
            index = min(invalid)
            field_name, code, params = invalid[index][0]
            raise UserError(code, field=field_name, record=index + 1, **params)
        households = {row[0] for row in self.db.execute("SELECT id FROM households")}
        for index, household in enumerate(given.get("household_id", ())):
            if household and household not in households:
                raise UserError("registry_unknown_code", field="household_id",
                                codes=str(household), count=1, record=index + 1)
        column = {name: _stored_column(name, given.get(name), count) for name in _DEFAULTS}
        column["checked_in_at"] = [value or stamp for value in column["checked_in_at"]]
        column["id"] = [evacuee_id or fresh for evacuee_id, fresh in
                        zip(given.get("id", repeat(None)), _uuid4s(count), strict=False)]
        column["card_id"] = self._card_ids(given.get("card_id", [None] * count))
        column["match_key"] = list(map(match_key, column["display_name"],
                                       column["name_reading"])) \
            if match_keys is None or len(match_keys) != count else match_keys
        fields_of = _filled_fields(given, column, count)
        ids = column["id"]                      # as the records came: the audit's order too
        key = self._audit_key()
        with self.db.atomic(), cache_for_rows(self.db.conn, count):
            self._insert_rows(name_search.in_list_order(column), stamp)
            self.db.conn.executemany(
                "INSERT INTO audit (at, action, evacuee_id, fields) VALUES (?, ?, ?, ?)",
                zip(repeat(stamp), repeat(audit_action), ids, fields_of, strict=False))
        if self._tally is not None and self._tally_key == key:
            # Counted from the values as written: building 50,000 Evacuee objects to count them
            # doubled an import made while the dashboard was on screen.
            lists = [column[name] for name in LIST_FIELDS]
            for index, status in enumerate(column["status"]):
                if status == "present":
                    self._tally.count_lists(
                        bool(column["interpreter_needed"][index]),
                        column["japanese_ability"][index],
                        [_json_items(stored[index]) for stored in lists])
            self._tally_key = self._audit_key()
        else:
            self._tally = None
        return ids

    def _card_ids(self, given: list[str | None]) -> list[str]:
        """A card moved from another laptop keeps its ID when this registry has no such card,
        so the printed card in the person's pocket still matches; others get new ones."""
        taken = {row[0] for row in self.db.execute("SELECT card_id FROM evacuees")}
        cards = []
        for card, fresh in zip(given, _random_cards(len(given)), strict=True):
            if not card or card in taken:
                card = fresh
                while card in taken:
                    card = _random_card()
            taken.add(card)
            cards.append(card)
        return cards

    def _insert_rows(self, column: dict[str, list], stamp: str) -> None:
        """Write prepared columns (inside the caller's transaction) and index them for search.

        Into a table smaller than the batch, the secondary indexes are dropped and built again
        afterwards: building an index from sorted rows is cheaper than growing it one random
        insert at a time (0.15 s of a 50,000-row import into an empty registry). Their
        definitions are read back from the schema, so this never drifts from the migrations.
        """
        existing = self.db.execute("SELECT count(*), max(rowid) FROM evacuees").fetchone()
        indexes = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evacuees' "
            "AND sql IS NOT NULL").fetchall() if existing[0] < len(column["id"]) else []
        # Fields every row leaves at the table's default are left to it (schema_defaults).
        left = set(schema_defaults.left_to_defaults(
            column, schema_defaults.defaults(self.db, "evacuees")))
        names = [name for name in column if name not in left]
        insert = (f"INSERT INTO evacuees ({', '.join(names)}, created_at, updated_at) "
                  f"VALUES ({', '.join('?' for _ in names)}, ?, ?)")
        (trigger,) = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'evacuees_fts_insert'").fetchone()
        for name, _sql in indexes:
            self.db.execute(f"DROP INDEX {name}")
        self.db.execute("DROP TRIGGER evacuees_fts_insert")
        self.db.conn.executemany(insert, zip(*map(column.__getitem__, names), repeat(stamp),
                                             repeat(stamp), strict=False))
        self.db.execute("INSERT INTO evacuees_fts(rowid, match_key) SELECT rowid, match_key "
                        "FROM evacuees WHERE rowid > ?", [existing[1] or 0])
        self.db.execute(trigger)
        for _name, sql in indexes:
            self.db.execute(sql)

    def _rows(self, sql: str, params: list) -> list[dict]:
        """Plain cursor rows as dicts (sqlite-utils' query wrapper costs 30 µs a call, and an
        import asks twice per row)."""
        cursor = self.db.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def state(self) -> tuple[int, int, int]:
        """Equal between two calls only if nothing was written in between: rows changed by
        this connection (any statement, audited or not) and commits by any other connection
        (SQLite's data_version). An import checked against one state need not check again."""
        conn = self.db.conn
        return (id(conn), conn.total_changes,
                conn.execute("PRAGMA data_version").fetchone()[0])

    def duplicate_index(self) -> DuplicateIndex:
        """``find_duplicate`` for many rows at once: one scan instead of two queries a row."""
        return DuplicateIndex(self)

    def find_duplicate(self, values: dict) -> Evacuee | None:
        """An existing person the same as ``values``: same ID, or same folded name and reading
        and the same primary language (how "imported twice" is recognised)."""
        if values.get("id"):
            rows = self._rows("SELECT * FROM evacuees WHERE id = ? AND do_not_disclose = 0",
                              [values["id"]])
            if rows:
                return Evacuee.from_row(rows[0])
        key = match_key(values.get("display_name", ""), values.get("name_reading", ""))
        if key == "\u0001":
            return None
        languages = list(values.get("languages") or [])
        # Never a protected person: "already registered (card …)" would tell whoever typed the
        # name that they are here (see DuplicateIndex).
        for row in self._rows("SELECT * FROM evacuees WHERE match_key = ? AND "
                              "deleted_at IS NULL AND do_not_disclose = 0", [key]):
            other = Evacuee.from_row(row)
            if (other.primary_language or None) == (languages[0] if languages else None):
                return other
        return None

    def update(self, evacuee_id: str, values: dict) -> Evacuee:
        current = self.get(evacuee_id)
        evacuee_id = current.id
        self._refuse_invalid(values)
        merged = {**current.__dict__, **values}
        if set(values) & set(IDENTITY_FIELDS):
            # Emptying who someone is is refused as adding no one is (the card we gave them
            # does not count: nobody could tell who holds it).
            self._refuse_nameless({**merged, "card_id": ""})
        row = self._row(values)
        row["match_key"] = match_key(merged["display_name"], merged["name_reading"])
        row["updated_at"] = now()
        changed = [name for name in values if getattr(current, name) != values[name]]
        key = self._audit_key()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, row)
            self._audit("edit", evacuee_id, changed)
        person = self.get(evacuee_id)
        self._recount(key, [current], [person])
        return person

    def check_in(self, evacuee_id: str) -> Evacuee:
        current = self.get(evacuee_id)          # accepts a card ID too
        if current.status == "present":
            return current                      # a second click keeps the first arrival time
        evacuee_id = current.id
        stamp = now()
        key = self._audit_key()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {"status": "present", "checked_in_at": stamp,
                                                    "checked_out_at": None, "updated_at": stamp})
            self._audit("check_in", evacuee_id, ["status"])
        person = self.get(evacuee_id)
        self._recount(key, [current], [person])
        return person

    def check_out(self, evacuee_id: str, status: str = "left") -> Evacuee:
        if status not in ("left", "transferred"):
            raise UserError("registry_unknown_code", field="status", codes=status, count=1)
        current = self.get(evacuee_id)
        if current.status == status:
            return current
        evacuee_id = current.id
        stamp = now()
        key = self._audit_key()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {"status": status, "checked_out_at": stamp,
                                                    "updated_at": stamp})
            self._audit("check_out", evacuee_id, ["status"])
        person = self.get(evacuee_id)
        self._recount(key, [current], [person])
        return person

    def delete(self, evacuee_id: str) -> None:
        """A tombstone: the record is emptied of personal data and hidden; its ID remains so a
        later import of an old export cannot bring the person back unnoticed."""
        current = self.get(evacuee_id)
        evacuee_id = current.id
        stamp = now()
        key = self._audit_key()
        with self.db.atomic():
            self.db["evacuees"].update(evacuee_id, {
                "display_name": "", "name_reading": "", "nationality": "", "notes": "",
                "allergens_other": "", "area": "", "match_key": "", "household_id": None,
                "languages": "[]", "diets": "[]", "allergens": "[]", "medical": "[]",
                "religious": "[]", "body_parts": "[]", "pain_level": None,
                "deleted_at": stamp, "updated_at": stamp})
            self._audit("delete", evacuee_id, [])
            # The trigram index keeps a deleted row's terms until its segments are merged.
            self.db.execute("INSERT INTO evacuees_fts(evacuees_fts) VALUES ('optimize')")
        # The old values are still in the WAL until a checkpoint: folded into the file now
        # (where secure_delete zeroed them) and the WAL cut to nothing.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._recount(key, [current], [])

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
        condition = None
        if key:
            condition, values = name_search.name_condition(self.db, key, limit)
            where.append(condition)
            params += values
            # Do not disclose: no name or reading finds a protected person, so that nobody who
            # asks at the desk by name learns they are here. Their card ID does (disclosure).
            where.append("e.do_not_disclose = 0")
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
                raise UserError("registry_unknown_code", field="need", codes=need, count=1)
        if present_only:
            where.append("e.status = 'present'")
        # Protected people last, by card ID (name_search.ORDER_TERMS): placed among the others by
        # name, their place in a list (between あおき and あさだ) would tell how their name reads.
        source = name_search.source(condition, limit, bool(language or need))
        sql = f"SELECT e.* FROM {source} WHERE {' AND '.join(where)} {name_search.ORDER_BY}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Evacuee.from_row(row) for row in self._rows(sql, params)]

    def count(self, present_only: bool = False) -> int:
        sql = "SELECT count(*) FROM evacuees WHERE deleted_at IS NULL"
        if present_only:
            sql += " AND status = 'present'"
        return self.db.execute(sql).fetchone()[0]

    def stats(self) -> Stats:
        """The coordinator's dashboard, people present now (counted once, then kept current)."""
        key = self._audit_key()
        if self._tally is None or self._tally_key != key:
            tally = _Tally()
            rows = self.db.execute(
                "SELECT interpreter_needed, japanese_ability, languages, diets, allergens, "
                "medical, religious, body_parts FROM evacuees "
                "WHERE deleted_at IS NULL AND status = 'present'")
            for interpreter, level, *lists in rows:
                tally.count_lists(bool(interpreter), level, [_json_items(t) for t in lists])
            self._tally, self._tally_key = tally, key
        tally = self._tally

        def ordered(counter: Counter) -> list[tuple[str, int]]:
            return sorted(((k, v) for k, v in counter.items() if v > 0),
                          key=lambda pair: (-pair[1], pair[0]))

        return Stats(
            present=tally.present,
            by_language=ordered(tally.primary),
            any_language=ordered(tally.lists["languages"]),
            japanese_ability={level: tally.ability.get(level, 0)
                              for level in codes.JAPANESE_ABILITY},
            interpreter_needed=tally.interpreter,
            diets=dict(ordered(tally.lists["diets"])),
            allergens=dict(ordered(tally.lists["allergens"])),
            medical=dict(ordered(tally.lists["medical"])),
            religious=dict(ordered(tally.lists["religious"])),
            capacity=self.shelter().get("capacity"),
        )

    def languages_present(self) -> list[str]:
        """Languages of people present other than Japanese, most speakers first (for signs and
        announcements, which always carry Japanese)."""
        return [code for code, _count in self.stats().any_language if code != "ja"]
