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
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from evac_toolkit.core import dates, sqlite_open
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.bulk import no_cycle_collection
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry import codes, import_vocabulary
from evac_toolkit.core.registry.backup import take_backup
from evac_toolkit.core.registry.disclosure import exported
from evac_toolkit.core.registry.list_columns import (
    EXPORT_COLUMNS,
    IMPORT_FIELDS,
    TIME_OF_DAY_COLUMNS,
)
from evac_toolkit.core.registry.list_layout import header_index, total_lines
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

#: Blanked by ``redact``. Codes stay: the kitchen still needs to know about an allergy without
#: knowing whose it is. People who must not be found (do_not_disclose) lose more, and their IDs
#: (``disclosure.exported``).
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
#: IDs one a line, each _UUID (lowercase: as read from a file, ``_read_rows``).
_UUIDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)*"
                    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

#: Column titles and cell words of coordinators' own lists are data, read by
#: ``import_vocabulary`` (assets/registry/import_headers.toml and import_values.toml).
_PAIN = re.compile(r"(\d{1,2})(?:/10)?")
#: Check-in and check-out: read together, so that "12/7" takes its year from the others.
_TIME_FIELDS = ("checked_in_at", "checked_out_at")


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
    #: language, its name (language, a LanguageName) for the reason.
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
    #: Lines that are no one: title rows above the header, a totals line under the list.
    passed_over: list[int] = field(default_factory=list)
    #: The distinct words of the problems that a value can be chosen for (``UnknownValue``).
    unknown_values: list = field(default_factory=list)
    #: ``Registry.state()`` when the duplicates were looked up, and each record's
    #: ``DuplicateIndex.identities`` (in ``records`` order) for looking again at import.
    registry_state: tuple | None = None
    identities: list[list[tuple]] = field(default_factory=list)
    #: ``records``' values field by field, as ``Registry.add_many`` reads them, when every
    #: row of the file became a record: handed over as they are (at 200,000 rows, reading
    #: them back out of the records was a tenth of the writing). None otherwise.
    record_columns: dict[str, list] | None = field(default=None, repr=False, compare=False)


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
    """Each person (never a deleted one) with their cells in EXPORT_COLUMNS order: a protected
    person as ``disclosure.exported`` gives them, unless ``include_protected`` (the
    coordinator's complete copy)."""
    rows = []
    for person in registry.search(present_only=present_only):
        if person.do_not_disclose and not include_protected:
            person = exported(person)
        rows.append((person, [_neutralise(_cell(person, name, redact))
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
def header_field(text: str) -> str | None:
    """The field a column title means ("氏名", "Name", "話せる言語" → a field; see
    ``import_vocabulary.header_field``)."""
    return import_vocabulary.header_field(text)


_value_key = import_vocabulary.value_key


def _vocabulary(kind: str) -> dict[str, str]:
    """Folded code, label, name or word → code for one kind of value."""
    return import_vocabulary.vocabulary(kind)


@lru_cache(maxsize=16384)
def _parse_list_cached(kind: str, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # Cells repeat down a column ("vi", "halal;egg"): each distinct one is parsed once.
    return _parse_list(_vocabulary(kind), text)


def _parse_list(vocabulary: Mapping[str, str | None], text: str
                ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes, unknown words) of a list cell; a word whose code is None is left out."""
    found, unknown = [], []
    for part in re.split(r"[;；\n]", text):
        pieces = [part] if _value_key(part) in vocabulary else re.split(r"[、,，]", part)
        for piece in pieces:
            if _value_key(piece) in vocabulary:
                code = vocabulary[_value_key(piece)]
                if code is not None and code not in found:
                    found.append(code)
            elif piece.strip():
                unknown.append(piece.strip())
    return tuple(found), tuple(unknown)


@lru_cache(maxsize=64)
def _chosen_vocabulary_cached(name: str, chosen: tuple) -> dict[str, object]:
    return {**_vocabulary(name), **dict(chosen)}


def _chosen_vocabulary(name: str, chosen: Mapping[str, object]) -> dict[str, object]:
    return _chosen_vocabulary_cached(name, tuple(sorted(chosen.items(), key=str)))


def _unknown_words(name: str, unknown: tuple[str, ...]) -> tuple[None, str, dict]:
    """The problem of a cell with words the vocabulary lacks: a language known not to be in
    the catalog is named as such (広東語), anything else lists the accepted values. ``values``
    are the words, each of which a coordinator can map (``ImportPreview.unknown_values``)."""
    if name == "languages":
        missing = import_vocabulary.missing_languages()
        language = next((missing[_value_key(word)] for word in unknown
                         if _value_key(word) in missing), None)
        if language is not None:
            word = next(word for word in unknown if missing.get(_value_key(word)) == language)
            if language.nearest:
                return None, "import_language_not_listed_nearest", {
                    "value": word, "values": unknown, **import_vocabulary.nearest(language)}
            return None, "import_language_not_listed", {
                "value": word, "values": unknown, **import_vocabulary.nearest(language),
                **import_vocabulary.accepted(name)}
    return None, "import_unknown_value", {"value": ", ".join(unknown), "values": unknown,
                                          **import_vocabulary.accepted(name)}


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


def _coded_value(name: str, text: str, stamps: Mapping[str, dt.datetime | None] | None = None,
                 chosen: Mapping[str, object] | None = None) -> tuple[object, str | None, dict]:
    """(value or None to leave the field out, problem code, params) for one cell of any field
    but free text; lists come back as tuples. ``_read_rows`` asks once per distinct cell of a
    column; ``stamps`` are the file's check-in and check-out cells read (``_time_stamps``);
    ``chosen`` the coordinator's own words for this field (folded word → value, None: leave it
    out), which win over the vocabulary's."""
    stripped = text.strip()
    if name in LIST_FIELDS:
        found, unknown = _parse_list(_chosen_vocabulary(name, chosen), text) if chosen \
            else _parse_list_cached(name, text)
        return (found, None, {}) if not unknown else _unknown_words(name, unknown)
    if name in FLAG_FIELDS:
        key = _value_key(stripped)
        flag = chosen[key] if chosen and key in chosen else \
            import_vocabulary.flag_words(name).get(key)
        if chosen and key in chosen and flag is None:
            flag = False                # left out: an empty flag cell is no
        return (flag, None, {}) if flag is not None else \
            (None, "import_bad_flag", {"value": stripped, "values": (stripped,),
                                       **import_vocabulary.accepted(name)})
    if not stripped:
        return None, None, {}          # empty: the registry's default
    if name in ("japanese_ability", "status"):
        key = _value_key(stripped)
        if chosen and key in chosen:
            return chosen[key], None, {}
        code = _vocabulary(name).get(key)
        return (code, None, {}) if code else _unknown_words(name, (stripped,))
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


def _read_rows(rows: list[tuple[int, list[str]]], plan: list[tuple[int, str, str | None, int]],
               chosen: Mapping[str, Mapping[str, object]] | None = None
               ) -> tuple[list[tuple[int, dict]], list[ImportProblem], dict[str, list] | None]:
    """(line, values) of each row without problems, the problems of the others, and when
    there are none, the values field by field (the records' columns).

    Worked out column by column: a 50,000-row file has a million cells, and asking per cell what
    its column is cost more than reading the cell. Problems come out by line, then column.
    """
    lines = [line for line, _cells in rows]
    cells_by_column = list(zip(*(cells for _line, cells in rows), strict=True)) if rows \
        else [() for _ in plan]
    found: dict[int, list[ImportProblem]] = {}         # row index → its problems

    def problem(index: int, number: int, code: str, params: dict) -> None:
        found.setdefault(index, []).append(ImportProblem(lines[index], number, code, params))

    # Two questions asked of whole rows rather than of each of a million cells: whether any
    # cell may be too long (none is longer than its row) and whether any may start with '.
    joined_rows = list(map("\n".join, (cells for _line, cells in rows)))
    long_rows = max(map(len, joined_rows), default=0) > MAX_FIELD
    apostrophes = joined_rows[:1] != [] and joined_rows[0][:1] == "'" or \
        "\n'" in "\n".join(joined_rows)
    del joined_rows
    names, columns = [], []
    stamps = _time_stamps(plan, cells_by_column)
    times, time_problems = _times_of_day(plan, cells_by_column)
    for (number, title, name, kind), column in zip(plan, cells_by_column, strict=True):
        too_long = set()
        if long_rows and max(map(len, column), default=0) > MAX_FIELD:
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
        if apostrophes and "\n'" in "\n" + "\n".join(column):
            column = [_unneutralised(cell) for cell in column]
        if kind == _TEXT:
            values = list(map(str.strip, column))
        elif kind == _ID:                       # unique per row: not read once per distinct
            values = [cell.strip().lower() or None for cell in column]
            # An export's IDs, every one well formed, are matched at once in one joined string
            # (a line break inside an ID would make two: then they are looked at one by one).
            given = [value for value in values if value is not None]
            joined = "\n".join(given)
            well_formed = joined.count("\n") == len(given) - 1 and _UUIDS.fullmatch(joined)
            for index, value in enumerate(values) if given and not well_formed else ():
                if value is not None and not _UUID.fullmatch(value) and index not in too_long:
                    problem(index, number, "import_bad_id", {"header": title, "field": name,
                                                             "value": column[index].strip()})
        else:
            # Such cells repeat down a column ("vi", "present", "いいえ"): each distinct one
            # is read once.
            words = chosen.get(name) if chosen else None
            read = {cell: _coded_value(name, cell, stamps, words) for cell in set(column)}
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
    return checked, problems, None if problems else dict(zip(names, columns, strict=True))


def _columns(line: int, header: list[str], mapping: dict[str, str | None] | None
             ) -> tuple[dict[str, str | None], list[str | None], list[ImportProblem]]:
    """The field of each column (None: left out), the mapping used, and header problems."""
    used: dict[str, str | None] = {}
    columns: list[str | None] = []
    problems: list[ImportProblem] = []
    # A title as the mapping spells it, or written another way (full width, katakana...).
    folded = {import_vocabulary.header_key(title): name
              for title, name in (mapping or {}).items()}
    for number, title in enumerate(header, 1):
        if mapping is not None and (title in mapping or title and
                                    import_vocabulary.header_key(title) in folded):
            name = mapping[title] if title in mapping else \
                folded[import_vocabulary.header_key(title)]
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
             *, sheet: str | None = None,
             values: Mapping[str, Mapping[str, object]] | None = None) -> ImportPreview:
    """Check a list file for import without changing anything: CSV, Excel's Unicode text or
    an .xlsx workbook (``sheet`` by name, else its first sheet; see ``sheet_files``). ``mapping``
    overrides how header texts map to fields (None leaves a column out; titles compared
    folded); the preview's ``mapping`` is what was used. ``values`` gives words of the file a
    value (field → word → code, True/False for yes/no, None to leave the word out); they win
    over the import's own vocabulary."""
    return check_list(list_bytes(path), registry, mapping, sheet=sheet, values=values)


def list_bytes(path: Path) -> bytes:
    """The whole list file, or ``UserError('import_unreadable')``."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("import_unreadable", path=str(path), reason=exc.strerror or str(exc)) \
            from exc


def check_list(data: bytes, registry: Registry,
               mapping: dict[str, str | None] | None = None,
               *, sheet: str | None = None,
               values: Mapping[str, Mapping[str, object]] | None = None) -> ImportPreview:
    """``read_csv`` of a list file already read into ``data`` (the import window also shows
    the file's first rows from the same bytes: ``import_look``)."""
    with no_cycle_collection():
        return _check_list(data, registry, mapping, sheet, values)


def _check_list(data: bytes, registry: Registry,
                mapping: dict[str, str | None] | None, sheet: str | None = None,
                values: Mapping[str, Mapping[str, object]] | None = None) -> ImportPreview:
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
    # Title rows above the header and a totals line under the people are no one.
    start = header_index(table, lambda title: (mapping is not None and title in mapping)
                         or header_field(title) is not None)
    preview.passed_over = [line for line, _cells in table[:start]]
    header_line, header = table[start]
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
    totals = total_lines(table[start + 1:])
    for line, cells in table[start + 1:]:
        if line in totals:
            preview.passed_over.append(line)
        elif len(cells) == len(header):
            rows.append((line, cells))
        else:
            miscounted.append(ImportProblem(line, 0, "import_column_count",
                                            {"expected": len(header), "found": len(cells)}))
    checked, problems, by_field = _read_rows(rows, plan, _folded_values(values))
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
    if by_field is not None and len(preview.records) == len(checked) and not preview.problems:
        preview.record_columns = by_field
    if stopped and 0 < stopped.column <= len(preview.header):
        stopped = replace(stopped, params={**stopped.params,
                                           "header": preview.header[stopped.column - 1]})
    if stopped:
        preview.problems.append(stopped)
    preview.unknown_values = unknown_values(preview.problems)
    return preview


#: Problems of a column title a coordinator can settle by choosing the column's field.
HEADER_PROBLEMS = ("import_unknown_column", "import_repeated_column")
#: Problems of a cell whose words a coordinator can map (``values`` in their params).
VALUE_PROBLEMS = ("import_unknown_value", "import_bad_flag", "import_language_not_listed",
                  "import_language_not_listed_nearest")


class UnknownValue(NamedTuple):
    """A word of the file no value of its field was found for, once however often it occurs."""

    field: str
    header: str
    text: str
    rows: int          # how many rows have it


def unknown_values(problems: list[ImportProblem]) -> list[UnknownValue]:
    """Each distinct unknown word of each field (compared folded), in the file's order."""
    found: dict[tuple[str, str], list] = {}
    for problem in problems:
        if problem.code in VALUE_PROBLEMS:
            for text in problem.params.get("values", ()):
                key = (problem.params["field"], _value_key(text))
                if key not in found:
                    found[key] = [problem.params["field"], problem.params["header"], text, 0]
                found[key][3] += 1
    return [UnknownValue(*entry) for entry in found.values()]


def _folded_values(values: Mapping[str, Mapping[str, object]] | None
                   ) -> dict[str, dict[str, object]]:
    """A coordinator's value choices (field → word → value) with the words folded."""
    return {name: {_value_key(text): value for text, value in words.items()}
            for name, words in (values or {}).items() if words}


_POSSIBLE = frozenset({"import_possible_duplicate", "import_possible_duplicate_in_file"})
#: A row that is a protected person already registered: skipped and counted like any duplicate,
#: but never listed by line, card or reason (see ``DuplicateIndex``).
PROTECTED_DUPLICATE = "import_duplicate_protected"


def listed_duplicates(preview: ImportPreview) -> list[ImportDuplicate]:
    """The duplicates to show a person, skipped and possible, as the file reads: all but
    protected people's."""
    return sorted([duplicate for duplicate in (*preview.duplicates,
                                               *preview.possible_duplicates)
                   if duplicate.code != PROTECTED_DUPLICATE], key=lambda found: found.line)


def _duplicate(index: DuplicateIndex, values: dict, keys: list[tuple], line: int,
               seen: dict[tuple, int]) -> ImportDuplicate | None:
    """The same person as someone registered or an earlier line (skipped), else possibly the
    same (code in _POSSIBLE: imported, listed to check), else None."""
    existing = index.same_person(keys)
    if existing and existing[0] in index.protected:
        return ImportDuplicate(line, PROTECTED_DUPLICATE, {})      # skipped, never listed
    if existing:
        card, deleted, reason = existing
        return ImportDuplicate(line, "import_duplicate_deleted" if deleted
                               else "import_duplicate_existing", {"card_id": card}, reason)
    # Most rows share nothing with an earlier one: asked once for all their keys.
    repeated = not seen.keys().isdisjoint(keys)
    earlier = next((key for key in keys if key[0] != "reading" and key in seen), None) \
        if repeated else None
    if earlier is not None:
        return ImportDuplicate(line, "import_duplicate_in_file", {"first_line": seen[earlier]},
                               SAME_PERSON_REASONS[earlier[0]])
    resembling = index.maybe_same_person(keys)
    shared = next((key for key in keys if key[0] == "reading" and key in seen), None) \
        if repeated else None
    for key in keys:
        seen.setdefault(key, line)
    if resembling:
        card, language = resembling
        return ImportDuplicate(line, "import_possible_duplicate",
                               {"card_id": card, "language": LanguageName(language)},
                               SAME_PERSON_REASONS["reading"])
    if shared:
        return ImportDuplicate(line, "import_possible_duplicate_in_file",
                               {"first_line": seen[shared], "language": LanguageName(shared[2])},
                               SAME_PERSON_REASONS["reading"])
    return None


# -- writing an import ----------------------------------------------------------------------------
def import_preview(registry: Registry, preview: ImportPreview) -> ImportResult:
    """Import a checked preview: backup first, then every record or none. Duplicates (including
    people added since the preview, e.g. a second click on Import) are skipped."""
    # Without the cycle collector from the start: the lists below hold a tracked object per
    # person, and each pass it made over 200,000 people's walked all of them again.
    with no_cycle_collection():
        return _import_preview(registry, preview)


def _import_preview(registry: Registry, preview: ImportPreview) -> ImportResult:
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
    checked = set(map(type, records)) == {MappingProxyType}
    backup = take_backup(registry.path, "before-import")
    try:
        with registry.db.atomic():
            records, created = _with_households(registry, records)
            # The preview's columns, when they are still these records' (none skipped since,
            # no household made: then no record was changed).
            columns = preview.record_columns if not created and \
                len(records) == len(preview.records) else None
            ids = registry.add_many(records, checked=checked,
                                    match_keys=None if None in match_keys else match_keys,
                                    columns=columns)
    except sqlite_open.Error as exc:
        raise UserError("import_failed", reason=str(exc), backup=str(backup.path)) from exc
    return ImportResult(len(ids), skipped, created, backup.path, ids)


def _search_key(identities: list[tuple] | None) -> str | None:
    """A record's search key from its identities (``DuplicateIndex.identities``): the one of
    its "person" identity, or that of no name and no reading; None when not worked out."""
    if identities is None:
        return None
    for identity in identities:
        if identity[0] == "person":
            return identity[1]
    return "\u0001"


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
