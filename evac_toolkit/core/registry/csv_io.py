"""The registry as CSV: export for Excel and other shelters, import from exports and from a
coordinator's own spreadsheet.

Export is UTF-8 with a BOM (Japanese Excel then opens it without garbling) or CP932 on request,
CRLF, every cell Excel would run as a formula neutralised with a leading apostrophe. Import is in
two steps so that a person can look before anything changes: ``read_csv`` checks the whole file
and returns a preview (records, duplicates, problems by line and column); ``import_preview``
writes it in one transaction after a verified backup, and only when there are no problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from evac_toolkit.core import dates
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.bulk import no_cycle_collection
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.backup import take_backup
from evac_toolkit.core.registry.sheet_files import UnreadableFileError, read_table
from evac_toolkit.core.registry.store import (
    FLAG_FIELDS,
    LIST_FIELDS,
    SAME_PERSON_REASONS,
    TEXT_FIELDS,
    DuplicateIndex,
    Evacuee,
    Registry,
    validate_columns,
)
from evac_toolkit.core.registry.unencodable import (
    REFUSE,
    REPLACE,
    UnencodableError,
    find_unencodable,
    replace_unencodable,
)
from evac_toolkit.core.text_fold import fold

EXPORT_COLUMNS = (
    "id", "card_id", "display_name", "name_reading", "household_id", "languages",
    "japanese_ability", "interpreter_needed", "nationality", "diets", "allergens",
    "allergens_other", "medical", "body_parts", "pain_level", "religious", "area", "status",
    "checked_in_at",
    "checked_out_at", "consent_share", "do_not_disclose", "notes",
)
#: Blanked by ``redact`` and for people who must not be found (do_not_disclose). Codes stay:
#: the kitchen still needs to know about an allergy without knowing whose it is.
REDACTED_FIELDS = ("display_name", "name_reading", "nationality", "notes", "allergens_other")
ENCODINGS = ("utf-8-sig", "cp932")
LIST_SEPARATOR = ";"
#: No registry field is near this long (notes: 2,000); a longer cell is a broken file.
MAX_FIELD = 5000
#: Excel runs a cell starting with one of these; export puts an apostrophe in front. Cells that
#: already start with apostrophes before one get one more, so import can always remove exactly one.
_NEEDS_APOSTROPHE = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

#: Column names a coordinator's own spreadsheet would use, besides the EXPORT_COLUMNS names.
#: Compared folded (case, width, kana, spaces, "_-・()" ignored).
HEADER_ALIASES = {
    "card_id": ("card", "カード", "カード番号", "受付番号"),
    "display_name": ("name", "full name", "氏名", "名前", "なまえ", "お名前", "姓名"),
    "name_reading": ("reading", "furigana", "kana", "ふりがな", "よみ", "よみがな", "読み",
                     "読みがな", "カナ", "カナ氏名", "氏名カナ"),
    "household_id": ("household", "family", "世帯", "世帯番号", "家族"),
    "languages": ("language", "言語", "使用言語", "話す言語", "母語"),
    "japanese_ability": ("japanese", "japanese level", "日本語", "日本語能力", "日本語レベル"),
    "interpreter_needed": ("interpreter", "通訳", "通訳が必要", "要通訳", "通訳の要否"),
    "nationality": ("country", "国籍", "国・地域", "国籍・地域"),
    "diets": ("diet", "dietary needs", "food", "食事", "食事制限", "食事の配慮"),
    "allergens": ("allergy", "allergies", "allergen", "アレルギー", "食物アレルギー"),
    "allergens_other": ("other allergies", "allergy other", "アレルギーその他",
                        "その他のアレルギー", "その他アレルギー"),
    "medical": ("health", "medical needs", "医療", "健康", "医療的配慮", "要配慮"),
    "body_parts": ("body part", "body parts", "where it hurts", "injury site", "部位",
                   "けがの場所", "痛む場所", "痛む・けがの場所", "けが・痛みの場所"),
    "pain_level": ("pain", "pain 0-10", "痛み", "痛みの強さ", "痛みの程度", "痛み0-10"),
    "religious": ("religion", "宗教", "宗教上の配慮"),
    "area": ("zone", "location", "place", "場所", "区画", "居場所", "エリア", "スペース"),
    "status": ("状態", "在所状況"),
    "checked_in_at": ("check in", "checked in", "入所", "入所日時", "チェックイン", "入所日",
                      "入所年月日", "check in date"),
    "checked_out_at": ("check out", "checked out", "退所", "退所日時", "チェックアウト", "退所日",
                       "退所年月日", "check out date"),
    "checked_in_time": ("check in time", "入所時刻", "入所時間", "チェックイン時刻"),
    "checked_out_time": ("check out time", "退所時刻", "退所時間", "チェックアウト時刻"),
    "consent_share": ("consent", "同意", "情報共有の同意", "共有同意"),
    "do_not_disclose": ("confidential", "protected", "非開示", "不開示", "所在非開示",
                        "開示しない"),
    "notes": ("note", "remarks", "memo", "備考", "メモ", "特記事項"),
}
#: What a flag cell may say (folded). Empty means no.
FLAG_WORDS = {
    **dict.fromkeys(("1", "yes", "y", "true", "はい", "○", "〇", "◯", "あり", "有", "要"), True),
    **dict.fromkeys(("0", "no", "n", "false", "いいえ", "×", "x", "なし", "無", "不要", ""), False),
}
#: Words people write that are no label: the registry list's short "なし" for no Japanese.
_EXTRA_WORDS = {"japanese_ability": {"なし": "none", "無": "none"}}
_PAIN = re.compile(r"(\d{1,2})(?:/10)?")
#: Check-in and check-out: read together, so that "12/7" takes its year from the others.
_TIME_FIELDS = ("checked_in_at", "checked_out_at")
#: Columns that hold only the time of day (入所日 | 入所時刻): each is read into its date's field.
TIME_OF_DAY_COLUMNS = {"checked_in_time": "checked_in_at", "checked_out_time": "checked_out_at"}
#: What a column of an imported file can be: the export's columns and the time-of-day ones.
IMPORT_FIELDS = (*EXPORT_COLUMNS, *TIME_OF_DAY_COLUMNS)


@dataclass(frozen=True)
class ImportProblem:
    line: int          # 1-based line of the file where the row starts
    column: int        # 1-based; 0 when the whole line or file is concerned
    code: str
    params: dict = field(default_factory=dict)


class ImportDuplicate(NamedTuple):
    line: int
    #: Skipped, the same person: import_duplicate_existing / _deleted / _in_file. Imported but
    #: to be checked, possibly the same person: import_possible_duplicate / _in_file.
    code: str
    #: card_id of the person in the registry, or first_line in this file; for a shared
    #: language, its names (language_en, language_ja) for the reason.
    params: dict
    #: Why they look the same: duplicate_same_id / _same_name / _same_reading (SAME_PERSON_REASONS).
    reason: str = ""

    def describe(self, language: str, worded=message) -> str:
        """What and why, as one phrase ("already registered as card K7M2QX (same name …)");
        ``worded`` is ``message`` (command line) or ``gui_message`` (window)."""
        what = worded(self.code, language, **self.params)
        if not self.reason:
            return what
        return worded("import_duplicate_because", language, what=what,
                      why=worded(self.reason, language, **self.params))


@dataclass
class ImportPreview:
    encoding: str      # a sheet_files encoding name: utf-8, utf-8-sig, cp932, utf-16 or xlsx
    #: A workbook's sheets in their order, and the one read; empty for a text file.
    sheets: tuple[str, ...] = ()
    sheet: str = ""
    header: list[str] = field(default_factory=list)
    #: Header text → field name, or None for a column left out (unknown columns are problems).
    mapping: dict[str, str | None] = field(default_factory=dict)
    #: (line, values for Registry.add_many), read-only (lists as tuples): they were checked as
    #: they were read, and ``import_preview`` trusts that. None is an empty cell (not given).
    #: household_id is still the file's value: ``import_preview`` turns it into a household of
    #: this registry.
    records: list[tuple[int, Mapping]] = field(default_factory=list)
    duplicates: list[ImportDuplicate] = field(default_factory=list)
    #: Records in ``records`` (imported) that may be someone already registered or an earlier
    #: line: the same reading and a language in common (someone should check).
    possible_duplicates: list[ImportDuplicate] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    #: ``Registry.state()`` when the duplicates were looked up, and each record's
    #: ``DuplicateIndex.identities`` (in ``records`` order) for looking again at import.
    registry_state: tuple | None = None
    identities: list[list[tuple]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    duplicates_skipped: int
    households_created: int
    backup: Path | None      # None when there was nothing to import
    ids: list[str]


# -- export ---------------------------------------------------------------------------------------
def export_rows(registry: Registry, *, redact: bool = False, present_only: bool = False,
                include_protected: bool = False) -> list[tuple[Evacuee, list[str]]]:
    """Each person (never a deleted one) with their cells in EXPORT_COLUMNS order."""
    rows = []
    for person in registry.search(present_only=present_only):
        blank = redact or (person.do_not_disclose and not include_protected)
        rows.append((person, [_neutralise(_cell(person, name, blank))
                              for name in EXPORT_COLUMNS]))
    return rows


def _cell(person: Evacuee, name: str, blank: bool) -> str:
    value = getattr(person, name)
    if blank and name in REDACTED_FIELDS:
        return ""
    if name in LIST_FIELDS:
        return LIST_SEPARATOR.join(value)
    if name in FLAG_FIELDS:
        return "1" if value else "0"
    return "" if value is None else str(value)


def _neutralise(cell: str) -> str:
    return "'" + cell if _NEEDS_APOSTROPHE.match(cell) else cell


class ExportResult(NamedTuple):
    people: int
    #: Cells and people whose text the encoding could not hold, written with "?" instead.
    replaced_cells: int = 0
    replaced_people: int = 0


def export_csv(registry: Registry, out: Path, *, encoding: str = "utf-8-sig",
               redact: bool = False, present_only: bool = False,
               include_protected: bool = False, unencodable: str = REFUSE) -> ExportResult:
    """Write the registry to ``out`` (temp file + rename). Text CP932 cannot hold (Burmese,
    ễ, emoji) is refused before anything is written (``UnencodableError`` names who and where:
    a "?" in a name could be a different person), unless ``unencodable`` is ``REPLACE``."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}, not {encoding!r}")
    if unencodable not in (REFUSE, REPLACE):
        raise ValueError(f"unencodable must be {REFUSE!r} or {REPLACE!r}, not {unencodable!r}")
    rows = export_rows(registry, redact=redact, present_only=present_only,
                       include_protected=include_protected)
    replaced_cells = replaced_people = 0
    if encoding == "cp932":
        found = find_unencodable(rows, EXPORT_COLUMNS, encoding, private=REDACTED_FIELDS)
        if found and unencodable == REFUSE:
            raise UnencodableError(found, encoding)
        if found:
            rows, replaced_cells, replaced_people = replace_unencodable(rows, encoding)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(cells for _person, cells in rows)
    data = buffer.getvalue().encode(encoding)
    with atomic_write(out, "wb") as handle:
        handle.write(data)
    return ExportResult(len(rows), replaced_cells, replaced_people)


# -- reading: header and values -------------------------------------------------------------------
def _header_key(text: str) -> str:
    return re.sub(r"[_\-・()\[\]]", "", fold(text))


@cache
def _header_fields() -> dict[str, str]:
    known = {_header_key(name): name for name in IMPORT_FIELDS}
    for name, aliases in HEADER_ALIASES.items():
        known.update((_header_key(alias), name) for alias in aliases)
    return known


def header_field(text: str) -> str | None:
    """The field a column name means ("氏名", "Name", "display_name" → "display_name")."""
    known = _header_fields()
    if _header_key(text) in known:
        return known[_header_key(text)]
    # Bilingual headers ("氏名 Name", "アレルギー (allergies)"): every known word must agree.
    found = {known[_header_key(part)] for part in text.split() if _header_key(part) in known}
    return found.pop() if len(found) == 1 else None


def _value_key(text: str) -> str:
    return fold(text).rstrip("。.")


@cache
def _vocabulary(kind: str) -> dict[str, str]:
    """Folded code, label or name → code for one kind of value."""
    if kind == "languages":
        from evac_toolkit.core.languages import catalog

        names = {lang.code: (lang.code, lang.native, lang.japanese, lang.english)
                 for lang in catalog()}
    else:
        every = {"diets": codes.diets(), "allergens": codes.allergens(),
                 "medical": codes.MEDICAL_FLAGS, "religious": codes.religious_needs(),
                 "body_parts": codes.body_parts(),
                 "japanese_ability": codes.JAPANESE_ABILITY, "status": codes.STATUSES}[kind]
        names = {code: (code, codes.label(kind, code, "ja"), codes.label(kind, code, "en"))
                 for code in every}
    exact = {_value_key(name): code for code, spelled in names.items() for name in spelled}
    # Shorter spellings people type: the name before its explanation ("ハラール（イスラム教の
    #食事）" → "ハラール", "Portuguese (Brazil)" → "Portuguese"), and each half of "A / B";
    # dropped where two codes would share one ("中国語" is simplified or traditional).
    short: dict[str, set[str]] = {}
    for code, spelled in names.items():
        for name in spelled:
            for part in [re.split(r"[(（]", name)[0], *name.split(" / ")]:
                short.setdefault(_value_key(part), set()).add(code)
    derived = {key: found.pop() for key, found in short.items() if key and len(found) == 1}
    return {**derived, **_EXTRA_WORDS.get(kind, {}), **exact}


@lru_cache(maxsize=16384)
def _parse_list_cached(kind: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # Cells repeat down a column ("vi", "halal;egg"): each distinct one is parsed once.
    vocabulary, found, unknown = _vocabulary(kind), [], []
    for part in re.split(r"[;；\n]", text):
        pieces = [part] if _value_key(part) in vocabulary else re.split(r"[、,，]", part)
        for piece in pieces:
            if _value_key(piece) in vocabulary:
                code = vocabulary[_value_key(piece)]
                if code not in found:
                    found.append(code)
            elif piece.strip():
                unknown.append(piece.strip())
    return tuple(found), tuple(unknown)


def _stamp_text(stamp: dt.datetime | None) -> str | None:
    """As stored: ISO 8601 with the zone, local time when the cell named none."""
    if stamp is None:
        return None
    return stamp.astimezone().isoformat(timespec="seconds") if stamp.tzinfo is None \
        else stamp.isoformat(timespec="seconds")


def _time_stamps(plan: list[tuple[int, str, str | None, int]], cells_by_column: list
                 ) -> dict[str, dt.datetime | None]:
    """Each distinct check-in and check-out cell (stripped) read once. Formats:
    ``evac_toolkit.core.dates``; a date without a year takes it from the file's other dates."""
    texts = {cell.strip() for (_number, _title, name, _kind), column
             in zip(plan, cells_by_column, strict=True) if name in _TIME_FIELDS
             for cell in set(column)}
    return dates.parse_stamps(texts)


def _times_of_day(plan: list[tuple[int, str, str | None, int]], cells_by_column: list
                  ) -> tuple[dict[str, list[str | None]], list[tuple[int, int, str, dict]]]:
    """For each date field with a time column beside it, that column's times (None where there
    is none to use), and (row index, column, code, params) of a time that is none or has no
    date beside it."""
    where = {name: (number, title, column) for (number, title, name, _kind), column
             in zip(plan, cells_by_column, strict=True) if name}
    times, problems = {}, []
    for time_field, date_field in TIME_OF_DAY_COLUMNS.items():
        if time_field not in where:
            continue
        number, title, column = where[time_field]
        days = where[date_field][2] if date_field in where else [""] * len(column)
        read = {cell: dates.parse_time(cell) for cell in set(column)}
        usable: list[str | None] = []
        for index, (day, cell) in enumerate(zip(days, column, strict=True)):
            code = None if not cell.strip() else "import_bad_time_of_day" \
                if read[cell] is None else "import_time_without_date" if not day.strip() else None
            if code:
                problems.append((index, number, code, {
                    "header": title, "field": time_field, "value": cell.strip(),
                    "times": dates.accepted("time")}))
            usable.append(cell if cell.strip() and not code else None)
        times[date_field] = usable
    return times, problems


def _with_times(column: list[str], values: list, times: list[str | None],
                stamps: Mapping[str, dt.datetime | None]) -> list:
    """A date column's values with the time of its time column (each distinct pair once)."""
    joined: dict[tuple[str, str], object] = {}
    result = []
    for cell, value, time in zip(column, values, times, strict=True):
        if value is None or time is None:
            result.append(value)
            continue
        if (cell, time) not in joined:
            joined[cell, time] = _stamp_text(dates.combine(stamps.get(cell.strip()), time)) \
                or value
        result.append(joined[cell, time])
    return result


def _coded_value(name: str, text: str, stamps: Mapping[str, dt.datetime | None] | None = None
                 ) -> tuple[object, str | None, dict]:
    """(value or None to leave the field out, problem code, params) for one cell of any field
    but free text; lists come back as tuples. ``_read_rows`` asks once per distinct cell of a
    column; ``stamps`` are the file's check-in and check-out cells read (``_time_stamps``)."""
    stripped = text.strip()
    if name in LIST_FIELDS:
        found, unknown = _parse_list_cached(name, text)
        return (found, None, {}) if not unknown else \
            (None, "import_unknown_value", {"value": ", ".join(unknown)})
    if name in FLAG_FIELDS:
        flag = FLAG_WORDS.get(_value_key(stripped))
        return (flag, None, {}) if flag is not None else \
            (None, "import_bad_flag", {"value": stripped})
    if not stripped:
        return None, None, {}          # empty: the registry's default
    if name in ("japanese_ability", "status"):
        code = _vocabulary(name).get(_value_key(stripped))
        return (code, None, {}) if code else (None, "import_unknown_value", {"value": stripped})
    if name == "pain_level":
        # As people write it: "7", "７", "7/10", "7 / 10".
        found = _PAIN.fullmatch(_value_key(stripped))
        level = int(found[1]) if found else None
        return (level, None, {}) if level in codes.PAIN_LEVELS else \
            (None, "import_bad_pain", {"value": stripped})
    if name in ("checked_in_at", "checked_out_at"):
        stamp = _stamp_text(stamps[stripped] if stamps is not None and stripped in stamps
                            else dates.parse_stamps([stripped])[stripped])
        return (stamp, None, {}) if stamp else \
            (None, "import_bad_time", {"value": stripped, "dates": dates.accepted("date"),
                                         "times": dates.accepted("time")})
    return stripped, None, {}          # household_id


#: How each column's cells are read (decided once per file, not once per cell).
_SKIP, _ORPHAN, _TEXT, _CARD, _ID, _CODED = range(6)


def _plan(header: list[str], columns: list[str | None]) -> list[tuple[int, str, str | None, int]]:
    """(column number, header, field, kind) for each column."""
    plan = []
    for number, (title, name) in enumerate(zip(header, columns, strict=True), 1):
        if name is None:
            kind = _SKIP if title else _ORPHAN
        elif name in TEXT_FIELDS:
            kind = _TEXT
        else:
            kind = {"card_id": _CARD, "id": _ID}.get(name, _CODED)
        plan.append((number, title, name, kind))
    return plan


def _unneutralised(cell: str) -> str:
    # Only a cell starting with ' can be one our export neutralised ('=1+1).
    return cell[1:] if cell[:1] == "'" and _NEUTRALISED.match(cell) else cell


def _read_rows(rows: list[tuple[int, list[str]]], plan: list[tuple[int, str, str | None, int]]
               ) -> tuple[list[tuple[int, dict]], list[ImportProblem]]:
    """(line, values) of each row without problems, and the problems of the others.

    Worked out column by column: a 50,000-row file has a million cells, and asking per cell what
    its column is cost more than reading the cell. Problems come out by line, then column.
    """
    lines = [line for line, _cells in rows]
    cells_by_column = list(zip(*(cells for _line, cells in rows), strict=True)) if rows \
        else [() for _ in plan]
    found: dict[int, list[ImportProblem]] = {}         # row index → its problems

    def problem(index: int, number: int, code: str, params: dict) -> None:
        found.setdefault(index, []).append(ImportProblem(lines[index], number, code, params))

    names, columns = [], []
    stamps = _time_stamps(plan, cells_by_column)
    times, time_problems = _times_of_day(plan, cells_by_column)
    for (number, title, name, kind), column in zip(plan, cells_by_column, strict=True):
        too_long = set()
        if max(map(len, column), default=0) > MAX_FIELD:
            for index, cell in enumerate(column):
                if len(cell) > MAX_FIELD:
                    too_long.add(index)
                    problem(index, number, "import_field_too_long",
                            {"header": title, "max": MAX_FIELD, "length": len(cell)})
        if kind == _SKIP or kind == _CARD:      # left out; card IDs are this registry's own
            continue
        if name in TIME_OF_DAY_COLUMNS:         # read with its date (``_times_of_day``)
            for index, time_number, code, params in time_problems:
                if time_number == number and index not in too_long:
                    problem(index, number, code, params)
            continue
        if kind == _ORPHAN:
            for index, cell in enumerate(column):
                if cell.strip() and index not in too_long:
                    problem(index, number, "import_value_without_header", {})
            continue
        # Whether any cell starts with ', looked for in one joined string (half the time of a
        # call per cell; a cell holding a line that starts with ' only costs the slow path).
        if "\n'" in "\n" + "\n".join(column):
            column = [_unneutralised(cell) for cell in column]
        if kind == _TEXT:
            values = list(map(str.strip, column))
        elif kind == _ID:                       # unique per row: checked one by one
            values = [cell.strip().lower() or None for cell in column]
            for index, value in enumerate(values):
                if value is not None and not _UUID.fullmatch(value) and index not in too_long:
                    problem(index, number, "import_bad_id", {"header": title, "field": name,
                                                             "value": column[index].strip()})
        else:
            # Such cells repeat down a column ("vi", "present", "いいえ"): each distinct one
            # is read once.
            read = {cell: _coded_value(name, cell, stamps) for cell in set(column)}
            values = list(map({cell: found[0] for cell, found in read.items()}.__getitem__,
                              column))
            if name in times:
                values = _with_times(column, values, times[name], stamps)
            bad = {cell for cell, (_value, code, _params) in read.items() if code}
            for index, cell in enumerate(column) if bad else ():
                if cell in bad and index not in too_long:
                    _value, code, params = read[cell]
                    problem(index, number, code, {"header": title, "field": name, **params})
        names.append(name)
        columns.append(values)
    # An empty cell stays None: not given, the registry's default (every record has the same
    # fields, which add_many reads a record at a time).
    records = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)] \
        if columns else [{} for _ in rows]
    # What the registry itself refuses (a name too long...), for rows whose cells were read.
    # And rows that give no name, reading or language (card IDs are this registry's own: a
    # card column does not make a row someone).
    invalid = validate_columns(dict(zip(names, columns, strict=True)), len(rows))
    checked, problems = [], []
    column_of = {name: (number, title) for number, title, name, _kind in plan if name}
    for index, (line, values) in enumerate(zip(lines, records, strict=True)):
        if index in found:
            problems += found[index]
        elif index in invalid:
            problems += [ImportProblem(line, column_of[name][0], code,
                                       {"header": column_of[name][1], "field": name, **params})
                         if name in column_of else ImportProblem(line, 0, code, params)
                         for name, code, params in invalid[index]]
        else:
            checked.append((line, values))
    return checked, problems


def _columns(line: int, header: list[str], mapping: dict[str, str | None] | None
             ) -> tuple[dict[str, str | None], list[str | None], list[ImportProblem]]:
    """The field of each column (None: left out), the mapping used, and header problems."""
    used: dict[str, str | None] = {}
    columns: list[str | None] = []
    problems: list[ImportProblem] = []
    for number, title in enumerate(header, 1):
        if mapping is not None and title in mapping:
            name = mapping[title]
            if name is not None and name not in IMPORT_FIELDS:
                raise ValueError(f"{title!r} is mapped to {name!r}, which is no column")
        else:
            name = header_field(title) if title else None
            if title and name is None:
                problems.append(ImportProblem(line, number, "import_unknown_column",
                                              {"header": title}))
        if name is not None and name in columns:
            problems.append(ImportProblem(line, number, "import_repeated_column",
                                          {"header": title, "field": name}))
            name = None
        if title:
            used[title] = name
        columns.append(name)
    return used, columns, problems


# -- reading: the whole file ----------------------------------------------------------------------
def read_csv(path: Path, registry: Registry,
             mapping: dict[str, str | None] | None = None,
             *, sheet: str | None = None) -> ImportPreview:
    """Check a list file for import without changing anything: CSV, Excel's Unicode text or
    an .xlsx workbook (``sheet`` by name, else its first sheet; see ``sheet_files``). ``mapping``
    overrides how header texts map to fields (None leaves a column out); the preview's
    ``mapping`` is what was used."""
    with no_cycle_collection():
        return _read_csv(path, registry, mapping, sheet)


def _read_csv(path: Path, registry: Registry,
              mapping: dict[str, str | None] | None, sheet: str | None = None) -> ImportPreview:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("import_unreadable", path=str(path), reason=exc.strerror or str(exc)) \
            from exc
    preview = ImportPreview(encoding="")
    try:
        read = read_table(data, sheet, longest=MAX_FIELD)
    except UnreadableFileError as unreadable:
        preview.problems.append(ImportProblem(*unreadable.stop))
        return preview
    preview.encoding, preview.sheets, preview.sheet = read.encoding, read.sheets, read.sheet
    table = read.rows
    stopped = ImportProblem(*read.stopped) if read.stopped else None
    if not table:
        preview.problems.append(stopped or ImportProblem(1, 0, "import_empty"))
        return preview
    header_line, header = table[0]
    preview.header = [title.strip() for title in header]
    preview.mapping, columns, preview.problems = _columns(header_line, preview.header, mapping)
    too_long = [ImportProblem(header_line, number, "import_field_too_long",
                              {"header": "", "max": MAX_FIELD, "length": len(title)})
                for number, title in enumerate(header, 1) if len(title) > MAX_FIELD]
    preview.problems += too_long
    seen: dict[tuple, int] = {}
    preview.registry_state = registry.state()
    index = registry.duplicate_index()
    plan = _plan(preview.header, columns)
    rows, miscounted = [], []
    for line, cells in table[1:]:
        if len(cells) == len(header):
            rows.append((line, cells))
        else:
            miscounted.append(ImportProblem(line, 0, "import_column_count",
                                            {"expected": len(header), "found": len(cells)}))
    checked, problems = _read_rows(rows, plan)
    # By line, as the file reads (sorted() keeps each line's problems in column order).
    preview.problems += sorted([*miscounted, *problems], key=lambda found: found.line)
    for line, values in checked:
        keys = index.identities(values)
        duplicate = _duplicate(index, values, keys, line, seen)
        if duplicate and duplicate.code not in _POSSIBLE:
            preview.duplicates.append(duplicate)
        else:
            preview.records.append((line, MappingProxyType(values)))
            preview.identities.append(keys)
            if duplicate:
                preview.possible_duplicates.append(duplicate)
    if stopped and 0 < stopped.column <= len(preview.header):
        stopped = replace(stopped, params={**stopped.params,
                                           "header": preview.header[stopped.column - 1]})
    if stopped:
        preview.problems.append(stopped)
    return preview


_POSSIBLE = frozenset({"import_possible_duplicate", "import_possible_duplicate_in_file"})


def _duplicate(index: DuplicateIndex, values: dict, keys: list[tuple], line: int,
               seen: dict[tuple, int]) -> ImportDuplicate | None:
    """The same person as someone registered or an earlier line (skipped), else possibly the
    same (code in _POSSIBLE: imported, listed to check), else None."""
    existing = index.same_person(keys)
    if existing:
        card, deleted, reason = existing
        return ImportDuplicate(line, "import_duplicate_deleted" if deleted
                               else "import_duplicate_existing", {"card_id": card}, reason)
    earlier = next((key for key in keys if key[0] != "reading" and key in seen), None)
    if earlier is not None:
        return ImportDuplicate(line, "import_duplicate_in_file", {"first_line": seen[earlier]},
                               SAME_PERSON_REASONS[earlier[0]])
    resembling = index.maybe_same_person(keys)
    shared = next((key for key in keys if key[0] == "reading" and key in seen), None)
    for key in keys:
        seen.setdefault(key, line)
    if resembling:
        card, language = resembling
        return ImportDuplicate(line, "import_possible_duplicate",
                               {"card_id": card, **_language_names(language)},
                               SAME_PERSON_REASONS["reading"])
    if shared:
        return ImportDuplicate(line, "import_possible_duplicate_in_file",
                               {"first_line": seen[shared], **_language_names(shared[2])},
                               SAME_PERSON_REASONS["reading"])
    return None


@cache
def _language_names(code: str) -> dict[str, str]:
    """A language as a reason names it (never its code): in English and in Japanese."""
    from evac_toolkit.core.languages import catalog

    found = next((lang for lang in catalog() if lang.code == code), None)
    return {"language_en": found.english if found else code,
            "language_ja": found.japanese if found else code}


# -- writing an import ----------------------------------------------------------------------------
def import_preview(registry: Registry, preview: ImportPreview) -> ImportResult:
    """Import a checked preview: backup first, then every record or none. Duplicates (including
    people added since the preview, e.g. a second click on Import) are skipped."""
    if preview.problems:
        raise ValueError(f"the preview has {len(preview.problems)} problem(s); nothing imported")
    known = preview.identities if len(preview.identities) == len(preview.records) \
        else [None] * len(preview.records)
    if preview.registry_state is not None and preview.registry_state == registry.state():
        kept = list(zip(preview.records, known, strict=True))     # nobody wrote since
    else:
        # Another connection (the GUI imports on its worker's own) or a write since: look
        # again, with the identities worked out while reading when they still fit.
        index = registry.duplicate_index()
        kept = [(record, keys) for record, keys in zip(preview.records, known, strict=True)
                if not index.find(record[1], keys)]
    records = [values for (_line, values), _keys in kept]
    # The search keys the duplicate check folded (a "person" identity holds its record's),
    # so that writing does not fold every name again.
    match_keys = [_search_key(keys) for _record, keys in kept]
    skipped = len(preview.duplicates) + len(preview.records) - len(records)
    if not records:
        return ImportResult(0, skipped, 0, None, [])
    # Read-only records passed validate() as their rows were read: not checked twice.
    checked = all(type(values) is MappingProxyType for values in records)
    backup = take_backup(registry.path, "before-import")
    try:
        with no_cycle_collection(), registry.db.atomic():
            records, created = _with_households(registry, records)
            ids = registry.add_many(records, checked=checked,
                                    match_keys=None if None in match_keys else match_keys)
    except sqlite3.Error as exc:
        raise UserError("import_failed", reason=str(exc), backup=str(backup.path)) from exc
    return ImportResult(len(ids), skipped, created, backup.path, ids)


def _search_key(identities: list[tuple] | None) -> str | None:
    """A record's search key from its identities (``DuplicateIndex.identities``): the one of
    its "person" identity, or that of no name and no reading; None when not worked out."""
    if identities is None:
        return None
    return next((identity[1] for identity in identities if identity[0] == "person"),
                "\u0001")


def _with_households(registry: Registry, records: list[dict]) -> tuple[list[dict], int]:
    """Households named in the file that this registry lacks become new ones (inside the
    import's transaction); rows sharing a value stay one household. A family number from a
    spreadsheet ("3") must not join whatever household another file called "3" — so only
    existing IDs are kept as they are."""
    new_ids: dict[str, str] = {}
    result = []
    for values in records:
        given = values.get("household_id")
        if given and given not in new_ids and not registry.db.execute(
                "SELECT 1 FROM households WHERE id = ?", [given]).fetchone():
            new_ids[given] = registry.add_household(name="" if _UUID.fullmatch(given) else given)
        result.append({**values, "household_id": new_ids[given]} if given in new_ids
                      else values)
    return result, len(new_ids)
