"""Review sheets: one language's strings as a table a community interpreter can edit in Excel.

Columns: ID, Japanese, English, the translation, its status, notes, and where the string is used.
CSV is written in UTF-8 with a BOM (Japanese Excel then opens it without garbling) and .xlsx is
offered too. Reading accepts what Excel and LibreOffice actually save: UTF-8 with or without BOM,
CP932 ("CSV (comma delimited)" in Japanese Excel), UTF-16 tab-separated ("Unicode text"), .xlsx.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core import sheet_guard
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.content.bank import ContentBank, Entry
from evac_toolkit.core.content.check import limits_of
from evac_toolkit.core.errors import UserError

HEADER = ("ID", "日本語 Japanese", "English", "翻訳 translation [{code}]",
          "状態 status (draft / reviewed / machine)", "メモ notes", "用途 where it is used")
COLUMNS = len(HEADER)
ID, JAPANESE, ENGLISH, TRANSLATION, STATUS, NOTES, CONTEXT = range(COLUMNS)
LANGUAGE_IN_HEADER = re.compile(r"\[([A-Za-z0-9-]+)\]")

#: What a reviewer may type in the status column, mapped to a status.
STATUS_WORDS = {
    "draft": "draft", "下書き": "draft",
    "reviewed": "reviewed", "ok": "reviewed", "確認済み": "reviewed", "確認済": "reviewed",
    "machine": "machine", "機械翻訳": "machine",
}

KIND_LABELS = {
    "sign": "看板の題 sign title",
    "sign_body": "看板の説明 sign text",
    "notice": "お知らせ notice",
    "board": "指差しボードの題 board title",
    "item": "指差しボード fingerboard",
    "caption": "指差しボードの図の見出し fingerboard picture caption",
}

#: Excel runs a cell that starts with these as a formula (CSV injection), so a sheet with one is
#: refused rather than guessed at. '-' is allowed before a space ("- bullet").
FORMULA_START = re.compile(r"^\s*(=|\+|@|-(?!\s))")


@dataclass(frozen=True)
class SheetProblem:
    line: int          # 1-based, the header is line 1
    column: int        # 1-based; 0 when the whole line or file is concerned
    code: str
    detail: str | int = ""      # an int when the message counts it (sheet_column_count)


@dataclass
class SheetRow:
    line: int
    key: str
    translation: str
    status: str        # as typed; "" when left empty
    notes: str


@dataclass
class Sheet:
    language: str
    rows: list[SheetRow] = field(default_factory=list)
    encoding: str = "utf-8"
    #: Rows that could not be read; reported together with the import's own checks.
    problems: list[SheetProblem] = field(default_factory=list)


#: Problems that mean the file itself could not be read (damaged, cut, a workbook with nothing in
#: it or a used range far beyond a sheet), as opposed to rows to correct: said with exit 2.
UNREADABLE = frozenset({"sheet_encoding", "sheet_csv_error", "sheet_xlsx_damaged",
                        "sheet_no_worksheet", "sheet_too_wide"})


class SheetRejectedError(Exception):
    """The file cannot be read as a review sheet at all; ``problems`` say where and why."""

    def __init__(self, problems: list[SheetProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


# -- writing --------------------------------------------------------------------------------------
def sheet_rows(bank: ContentBank, code: str) -> list[list[str]]:
    """The header and one row per string ID, in definition order."""
    limits = limits_of(bank)
    rows = [[h.format(code=code) for h in HEADER]]
    for key, entry in bank.entries.items():
        provenance = bank.provenance(code, key)
        rows.append([
            key, bank.text("ja", key) or "", bank.text("en", key) or "",
            bank.text(code, key) or "",
            provenance.status if provenance else "",
            provenance.note if provenance and provenance.note and key in _overridden(bank, code)
            else "",
            _context(entry, limits),
        ])
    return rows


def _overridden(bank: ContentBank, code: str) -> set[str]:
    """Keys whose provenance was set per string (their note is about that string)."""
    keys: set[str] = set()
    for collection in ("labels", "fingerboards"):
        for text_file in bank.files(collection, code):
            keys.update(text_file.overrides)
    return keys


def _context(entry: Entry, limits: dict[str, float]) -> str:
    parts = [KIND_LABELS.get(entry.kind, entry.kind)]
    if entry.kind in ("item", "caption"):
        parts.append(f"{entry.definition.get('board', '')}/{entry.definition.get('group', '')}")
    if entry.slots:
        parts.append("差し込み slots: " + " ".join("{" + s + "}" for s in entry.slots))
    limit = limits.get(f"{entry.kind}_max_em")
    if limit:
        parts.append(f"最大 全角{limit:.0f}字 / max ~{2 * limit:.0f} Latin letters")
    # " | ", not "·": the sheet may come back through CP932, which has no middle dot.
    return " | ".join(parts)


def write_sheet(bank: ContentBank, code: str, out: Path) -> None:
    """Write the review sheet as .xlsx when ``out`` ends so, otherwise as CSV (UTF-8, BOM)."""
    rows = sheet_rows(bank, code)
    if out.suffix.lower() == ".xlsx":
        _write_xlsx(rows, code, out)
        return
    with atomic_write(out, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def _write_xlsx(rows: list[list[str]], code: str, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = f"review {code}"[:31]
    for row in rows:
        # Text cells only: a translation that starts with '=' must never become a formula.
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"
            cell.number_format = "@"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (34, 40, 40, 50, 14, 30, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    with atomic_write(out, "wb") as handle:
        book.save(handle)


# -- reading --------------------------------------------------------------------------------------
def read_sheet(path: Path) -> Sheet:
    """Parse a review sheet. A file that is no sheet raises SheetRejectedError (or UserError when
    unreadable); rows that cannot be read are left out and listed in ``Sheet.problems``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("review_unreadable", path=str(path), reason=exc.strerror or str(exc)) \
            from exc
    if path.suffix.lower() == ".xlsx" or data[:4] == b"PK\x03\x04":
        table, encoding = _xlsx_table(data), "xlsx"
    else:
        text, encoding = _decode(data)
        table = _csv_table(text)
    return _parse(table, encoding)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:       # cut short (an odd length), a lone surrogate
            line = data[:exc.start - exc.start % 2].decode("utf-16", "replace").count("\n") + 1
            raise SheetRejectedError([SheetProblem(line, 0, "sheet_encoding")]) from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            # cp932, never shift_jis: Excel writes Microsoft's extensions (①, ㈱, NEC kanji).
            return data.decode("cp932"), "cp932"
        except UnicodeDecodeError:
            line = data[:utf8_error.start].count(b"\n") + 1
            raise SheetRejectedError([SheetProblem(line, 0, "sheet_encoding")]) from None


def _csv_table(text: str) -> list[tuple[int, list[str | None]]]:
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    table = []
    try:
        for row in reader:
            table.append((reader.line_num, list(row)))
    except csv.Error as exc:
        raise SheetRejectedError([SheetProblem(reader.line_num, 0, "sheet_csv_error", str(exc))]) \
            from None
    return table


#: A review sheet has seven columns and one row per string (a few thousand): a sheet reaching
#: much further is refused before openpyxl reads it (it makes every row as wide as the widest).
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 64
#: Every part of the workbook together, unpacked: a full review sheet is a few megabytes.
MAX_UNPACKED_BYTES = 128 * 1024 * 1024


def _xlsx_table(data: bytes) -> list[tuple[int, list[str | None]]]:
    import zipfile

    from openpyxl import load_workbook

    def damaged(exc: BaseException) -> SheetRejectedError:
        return SheetRejectedError([SheetProblem(0, 0, "sheet_xlsx_damaged",
                                                f"{type(exc).__name__}: {exc}"[:200])])

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheet_guard.refuse_bomb(archive, MAX_UNPACKED_BYTES)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:    # openpyxl's parser raises many kinds on a damaged part
        raise damaged(exc) from None
    try:
        if not book.worksheets:
            raise SheetRejectedError([SheetProblem(0, 0, "sheet_no_worksheet")])
        sheet = book.worksheets[0]
        try:
            # openpyxl names the sheet's part in the archive it keeps open.
            reach = sheet_guard.extent(book._archive, sheet._worksheet_path, MAX_UNPACKED_BYTES)
        except sheet_guard.SheetDamagedError as exc:
            raise damaged(exc) from None
        if reach.rows > MAX_SHEET_ROWS or reach.columns > MAX_SHEET_COLUMNS:
            raise SheetRejectedError([SheetProblem(0, 0, "sheet_too_wide", reach.corner)])
        sheet.reset_dimensions()    # the file's own <dimension> may claim any range
        return _xlsx_rows(sheet)
    except SheetRejectedError:
        raise
    except Exception as exc:    # a part that fails to decompress or parse half-way
        raise damaged(exc) from None
    finally:
        book.close()


def _xlsx_rows(sheet) -> list[tuple[int, list[str | None]]]:
    table: list[tuple[int, list[str | None]]] = []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        values: list[str | None] = []
        for cell in row:
            value = None if cell.value is None else str(getattr(cell.value, "text", cell.value))
            if cell.data_type == "f" and not (value or "").startswith("="):
                value = "=" + (value or "")   # array formulas come without their '='
            values.append(value)
        while values and values[-1] in (None, ""):
            values.pop()   # Excel's used range often runs past the last filled column
        table.append((number, values))
    return table


def _parse(table: list[tuple[int, list[str | None]]], encoding: str) -> Sheet:
    table = [(n, row) for n, row in table if any((cell or "").strip() for cell in row)]
    if not table:
        raise SheetRejectedError([SheetProblem(1, 0, "sheet_empty")])
    header_line, header = table[0]
    if len(header) != COLUMNS or (header[ID] or "").strip().upper() != "ID":
        raise SheetRejectedError([SheetProblem(header_line, 0, "sheet_bad_header",
                                          f"{len(header)} != {COLUMNS}")])
    found = LANGUAGE_IN_HEADER.search(header[TRANSLATION] or "")
    if not found:
        raise SheetRejectedError([SheetProblem(header_line, TRANSLATION + 1, "sheet_no_language")])
    sheet = Sheet(language=found.group(1), encoding=encoding, )
    problems = sheet.problems
    for line, row in table[1:]:
        if len(row) != COLUMNS:
            problems.append(SheetProblem(line, 0, "sheet_column_count", len(row)))
            continue
        cells = [(cell or "") for cell in row]
        formula = [SheetProblem(line, column + 1, "sheet_formula", cell)
                   for column, cell in enumerate(cells) if FORMULA_START.match(cell)]
        if formula:
            problems += formula
            continue
        sheet.rows.append(SheetRow(line, cells[ID].strip(), cells[TRANSLATION].strip(),
                                   cells[STATUS].strip(), cells[NOTES].strip()))
    return sheet
