"""A coordinator's list file as rows of text cells, for the registry import.

What offices hand over: CSV in UTF-8, UTF-8 with a BOM or CP932 (Shift_JIS as Windows writes it),
Excel's "Unicode text" (UTF-16 with a BOM, tab-separated) and .xlsx workbooks (the first visible
sheet, or one chosen by name). Every kind comes out the same way, as Excel's "Save as CSV" would
have written it: (line, cells) of each non-blank row, where the line is the file's line or the
sheet's row number, and every row of a sheet as wide as the widest. A file that is none of these
(a photo of the list, a PDF, an old .xls, a password-protected workbook, a registry backup...) is
named as what it is, by its first bytes, instead of being reported as broken text.

Nothing here knows the registry's columns: ``csv_io`` reads the header and the values.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import threading
import zipfile
from dataclasses import dataclass
from typing import NamedTuple

from evac_toolkit.core import sheet_guard
from evac_toolkit.core.messages import message

#: Names for ``Table.encoding`` besides the text encodings (utf-8, utf-8-sig, cp932, utf-16).
XLSX = "xlsx"
#: Text encodings whose files can be read again by name (``first_rows``).
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16")


class Stop(NamedTuple):
    """Why reading stopped, and where: the same fields as ``csv_io.ImportProblem``. Line 0 is the
    file as a whole (it is not a list at all)."""

    line: int
    column: int
    code: str
    params: dict


class UnreadableFileError(Exception):
    """Nothing of the file can be read; ``stop`` says why."""

    def __init__(self, stop: Stop) -> None:
        super().__init__(stop.code)
        self.stop = stop


@dataclass(frozen=True)
class Table:
    encoding: str                               # a TEXT_ENCODINGS name or XLSX
    #: (line or sheet row, cells) of each row with something in it. Shared with a cache for
    #: workbooks: read, never changed.
    rows: list[tuple[int, list[str]]]
    #: What ended the reading early (rows before it were read), or None.
    stopped: Stop | None = None
    #: A workbook's sheets in their order, and the one read; empty for text files.
    sheets: tuple[str, ...] = ()
    sheet: str = ""


def read_table(data: bytes, sheet: str | None = None, *, longest: int) -> Table:
    """The rows of a list file. ``sheet`` chooses a workbook's sheet by name (None: the first
    visible one; ignored for text). ``longest`` is the longest cell the caller takes: a CSV row
    with a cell past the csv module's own limit ends the reading, and the first cell longer than
    ``longest`` is named. Raises ``UnreadableFileError`` for a file that is not a list."""
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, sheet)
    _refuse_other_kinds(data)
    text, encoding = _decode(data)
    rows, stopped = _text_rows(text, longest)
    return Table(encoding, rows, stopped)


def first_rows(data: bytes, encoding: str, sheet: str, limit: int) -> list[tuple[int, list[str]]]:
    """(line, cells) of the first ``limit`` rows under the header, as the file has them: for a
    person to look at beside the column choices. A text file is parsed no further than needed (a
    damaged one still shows its first rows); a workbook comes from the cache of ``read_table``.
    Empty when the file cannot be read that way."""
    if encoding == XLSX:
        try:
            return list(_read_xlsx(data, sheet or None).rows[1:limit + 1])
        except UnreadableFileError:
            return []
    if encoding not in TEXT_ENCODINGS:
        return []
    try:
        text = data.decode("utf-16" if encoding == "utf-16" else encoding)
    except UnicodeDecodeError:
        return []
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(lines, delimiter=_delimiter(lines))
    rows: list[tuple[int, list[str]]] = []
    seen_header = False
    while len(rows) < limit:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except (StopIteration, csv.Error):
            break
        if not any(cell.strip() for cell in cells):
            continue
        if seen_header:
            rows.append((start, cells))
        seen_header = True
    return rows


def file_format(encoding: str, sheet: str, language: str) -> str:
    """How a file that was read is named for people: "Shift_JIS (CP932)", "Excel workbook,
    sheet '名簿'"... The same words in the window and on the command line."""
    if encoding == XLSX:
        return message("import_format_xlsx", language, sheet=sheet)
    if encoding in _WORDED_FORMATS:
        return message(_WORDED_FORMATS[encoding], language)
    return {"utf-8": "UTF-8", "cp932": "Shift_JIS (CP932)"}.get(encoding, encoding)


_WORDED_FORMATS = {"utf-16": "import_format_utf16", "utf-8-sig": "import_format_utf8_bom"}


# -- what the file is -----------------------------------------------------------------------------
#: First bytes of files people pick by mistake: (magic, problem code, format name). Format names
#: are proper names, the same in every language; the code's sentence says what to do.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "import_file_image", "PNG"),
    (b"\xff\xd8\xff", "import_file_image", "JPEG"),
    (b"GIF87a", "import_file_image", "GIF"),
    (b"GIF89a", "import_file_image", "GIF"),
    (b"II*\x00", "import_file_image", "TIFF"),
    (b"MM\x00*", "import_file_image", "TIFF"),
    (b"%PDF-", "import_file_pdf", "PDF"),
    (b"SQLite format 3\x00", "import_file_database", "SQLite"),
    (b"\x1f\x8b", "import_file_archive", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "import_file_archive", "7-Zip"),
    (b"Rar!\x1a\x07", "import_file_archive", "RAR"),
    (b"PK\x05\x06", "import_file_archive", "ZIP"),        # an empty ZIP archive
    (b"{\\rtf", "import_file_document", "RTF"),
    # Before the UTF-16 BOM, which begins the same way.
    (b"\xff\xfe\x00\x00", "import_file_utf32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "import_file_utf32", "UTF-32"),
)
#: An OLE2 compound file (Office 97–2003) says what it holds in its directory, in UTF-16LE.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE2_STREAMS = (
    # A password-protected .xlsx is an OLE2 file holding the encrypted workbook.
    ("EncryptedPackage", "import_file_encrypted", "Excel"),
    ("Workbook", "import_file_convert", "Excel 97-2003 (.xls)"),
    ("Book", "import_file_convert", "Excel 5.0/95 (.xls)"),
    ("WordDocument", "import_file_document", "Word 97-2003 (.doc)"),
    ("PowerPoint Document", "import_file_document", "PowerPoint 97-2003 (.ppt)"),
)
#: Parts that name what an Office Open XML or OpenDocument ZIP holds.
_ZIP_PARTS = (
    ("xl/workbook.bin", "import_file_convert", "Excel Binary (.xlsb)"),
    ("word/document.xml", "import_file_document", "Word (.docx)"),
    ("ppt/presentation.xml", "import_file_document", "PowerPoint (.pptx)"),
    ("Index/Document.iwa", "import_file_convert", "Numbers"),
)
_ODF_TYPES = (
    (b"application/vnd.oasis.opendocument.spreadsheet", "import_file_convert",
     "OpenDocument (.ods)"),
    (b"application/vnd.oasis.opendocument.text", "import_file_document", "OpenDocument (.odt)"),
)
# Old systems export "Excel" files that are a web page or Excel 2003's XML.
_HTML = re.compile(rb"\s*(?:<!doctype\s+html|<html|<table|<meta)", re.IGNORECASE)
_XML_SPREADSHEET = b"urn:schemas-microsoft-com:office:spreadsheet"


def _not_a_list(code: str, kind: str) -> UnreadableFileError:
    return UnreadableFileError(Stop(0, 0, code, {"format": kind}))


def _refuse_other_kinds(data: bytes) -> None:
    """Raise for a file that is no text list, by its first bytes (cheap: no per-row work)."""
    for magic, code, kind in _MAGIC:
        if data.startswith(magic):
            raise _not_a_list(code, kind)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise _not_a_list("import_file_image", "WebP")
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1"):
        raise _not_a_list("import_file_image", "HEIC")
    if data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00" and len(data) > 26:
        raise _not_a_list("import_file_image", "BMP")
    if data.startswith(_OLE2):
        for stream, code, kind in _OLE2_STREAMS:
            if stream.encode("utf-16-le") in data:
                raise _not_a_list(code, kind)
        raise _not_a_list("import_file_convert", "Office 97-2003")
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"<?xml") and _XML_SPREADSHEET in data[:65536]:
        raise _not_a_list("import_file_convert", "XML Spreadsheet 2003")
    if _HTML.match(head):
        raise _not_a_list("import_file_convert", "HTML")


def _refuse_zip(names: set[str], data: bytes) -> None:
    """Raise for a ZIP file that holds no workbook, named by what it holds."""
    for part, code, kind in _ZIP_PARTS:
        if part in names:
            raise _not_a_list(code, kind)
    if "mimetype" in names:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            mimetype = archive.read("mimetype")[:100]
        for prefix, code, kind in _ODF_TYPES:
            if mimetype.startswith(prefix):
                raise _not_a_list(code, kind)
    raise _not_a_list("import_file_archive", "ZIP")


# -- text -----------------------------------------------------------------------------------------
def _line_of(data: bytes | str, position: int) -> int:
    return data[:position].count(b"\n" if isinstance(data, bytes) else "\n") + 1


def _encoding_error(line: int, encoding: str) -> UnreadableFileError:
    return UnreadableFileError(Stop(line, 0, "import_encoding", {"encoding": encoding}))


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 (with or without BOM), else CP932 —
    never "shift_jis", which fails on 髙 and ①."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            text = data[:exc.start - exc.start % 2].decode("utf-16", errors="replace")
            raise _encoding_error(text.count("\n") + 1, "utf-16") from None
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as utf8_error:
        bad = utf8_error.start
        # A BOM, or real multi-byte UTF-8 before the bad byte, means a damaged UTF-8 file: read
        # as CP932 it would import garbled names without a single error.
        if data.startswith(b"\xef\xbb\xbf") or any(
                ord(char) >= 0x800 for char in data[:bad].decode("utf-8")):
            raise _encoding_error(_line_of(data, bad), "utf-8") from None
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError as cp932_error:
        _refuse_binary(data)
        # The decoder that got further is the likelier encoding; its first bad byte is the one.
        raise _encoding_error(_line_of(data, max(bad, cp932_error.start)), "cp932") from None
    # Python maps bytes that no CP932 character uses (0x80, 0xA0, 0xFD-0xFF) to these.
    stray = re.search("[\x80\uf8f0-\uf8f3]", text)
    if stray:
        _refuse_binary(data)
        raise _encoding_error(_line_of(text, stray.start()), "cp932")
    return text, "cp932"


def _refuse_binary(data: bytes) -> None:
    """Text in no encoding, with NUL bytes near the start: a program's file of a kind not named
    above, rather than a list with a damaged character."""
    if b"\x00" in data[:8192]:
        raise _not_a_list("import_file_binary", "")


def _delimiter(lines: list[str]) -> str:
    first = lines[0] if lines else ""
    return "\t" if first.count("\t") > first.count(",") else ","


def _text_rows(text: str, longest: int) -> tuple[list[tuple[int, list[str]]], Stop | None]:
    """(start line, cells) of each non-blank row, and what stopped the reading early."""
    if "\x00" in text:
        raise UnreadableFileError(Stop(_line_of(text, text.index("\x00")), 0, "import_nul", {}))
    lines = io.StringIO(text, newline="").readlines()
    delimiter = _delimiter(lines)
    # Most files read without error and have no line break inside a cell, so that each row is
    # one line: read them whole (a row at a time, counting lines, cost 0.1 s at 50,000 rows).
    try:
        rows = list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error:
        rows = []
    if len(rows) == len(lines):
        return [(number, cells) for number, cells in enumerate(rows, 1)
                if any(map(str.strip, cells))], None
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    table: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return table, None
        except csv.Error as exc:
            # The reader cannot go on after an error; rows read so far are still checked.
            if "field limit" in str(exc):
                column, length = _long_field("".join(lines[start - 1:]), delimiter, longest)
                return table, Stop(start, column, "import_field_too_long",
                                   {"max": longest, "length": length})
            code = "import_unterminated_quote" if reader.line_num >= len(lines) and \
                "end of data" in str(exc) else "import_csv_syntax"
            return table, Stop(start, 0, code, {"detail": str(exc)})
        if any(map(str.strip, cells)):
            table.append((start, cells))


def _long_field(raw: str, delimiter: str, longest: int) -> tuple[int, int]:
    """Column and length of the first over-long field of the row at the start of ``raw``: the
    csv module stops at its own limit (131,072) without saying which column."""
    column, length, quoted, index = 1, 0, False, 0
    while index < len(raw):
        char = raw[index]
        if char == '"':
            if quoted and raw.startswith('""', index):
                length += 1
                index += 1
            else:
                quoted = not quoted
        elif not quoted and (char == delimiter or char in "\r\n"):
            if length > longest or char != delimiter:
                break
            column, length = column + 1, 0
        else:
            length += 1
        index += 1
    return (column, length) if length > longest else (0, 0)


# -- workbooks ------------------------------------------------------------------------------------
#: The last workbook read (its bytes' digest) and its sheets read so far, by the name asked for
#: (None: the first) and by their own: the import dialog reads the file again at every change of
#: a column's field, and openpyxl takes seconds for a large sheet.
_cache_lock = threading.Lock()
_cached: tuple[bytes, dict[str | None, Table]] = (b"", {})


def _read_xlsx(data: bytes, sheet: str | None) -> Table:
    global _cached
    digest = hashlib.blake2b(data, digest_size=20).digest()
    with _cache_lock:
        if _cached[0] == digest and sheet in _cached[1]:
            return _cached[1][sheet]
    table = _xlsx_table(data, sheet)
    with _cache_lock:
        if _cached[0] != digest:
            _cached = (digest, {})
        _cached[1].update({sheet: table, table.sheet: table})
    return table


def _xlsx_table(data: bytes, sheet: str | None) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            sheet_guard.refuse_bomb(archive, MAX_UNPACKED_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, sheet_guard.SheetDamagedError) as exc:
        raise UnreadableFileError(Stop(0, 0, "import_xlsx_damaged", {"detail": str(exc)})) \
            from None
    if "xl/workbook.xml" not in names:
        _refuse_zip(names, data)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _sheet_table(book, sheet)
        finally:
            book.close()
    except UnreadableFileError:
        raise
    except Exception as exc:    # openpyxl's parser raises many kinds on a damaged part
        raise UnreadableFileError(Stop(0, 0, "import_xlsx_damaged",
                                       {"detail": f"{type(exc).__name__}: {exc}"})) from None


def _sheet_table(book, sheet: str | None) -> Table:
    # Chart sheets have no rows: they are no choice.
    worksheets = {ws.title: ws for ws in book.worksheets}
    names = tuple(worksheets)
    if sheet is None:
        # The first sheet a person sees: offices hide sheets of dropdown lists before the list.
        shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        chosen = (shown or book.worksheets or [None])[0]
        if chosen is None:
            return Table(XLSX, [], None, names, "")
    elif sheet in worksheets:
        chosen = worksheets[sheet]
    else:
        raise UnreadableFileError(Stop(0, 0, "import_no_sheet",
                                       {"sheet": sheet, "sheets": "、".join(names)}))
    _refuse_far_cells(chosen)
    # The file's own size tag is not always right (other programs write it): read every row.
    chosen.reset_dimensions()
    rows: list[tuple[int, list[str]]] = []
    width = 0
    for number, values in enumerate(chosen.iter_rows(values_only=True), 1):
        cells = [value if type(value) is str else "" if value is None else _cell_text(value)
                 for value in values]
        while cells and not cells[-1].strip():
            cells.pop()     # a formatted cell past the last filled one is no column
        if cells:
            rows.append((number, cells))
            width = max(width, len(cells))
    # As Excel's CSV would have them: every row as wide as the widest (the header included, so
    # that a value right of the last title is a value without a title, as in a CSV).
    for _number, cells in rows:
        cells.extend([""] * (width - len(cells)))
    return Table(XLSX, rows, None, names, chosen.title)


#: Rows times columns of the sheet's reach: 200,000 people with 50 columns fit; one stray cell
#: at WQJ100000 (1.6 billion) does not.
MAX_SHEET_CELLS = 20_000_000
#: Every part of a workbook together, unpacked (200,000 people take about 250 MB).
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


def _refuse_far_cells(worksheet) -> None:
    """Refuse, before reading, a sheet whose cells reach too far to be read in bounded time (every
    row is made as wide as the widest), or whose part cannot be decompressed."""
    try:
        # openpyxl names the sheet's part in the archive it keeps open.
        reach = sheet_guard.extent(worksheet.parent._archive, worksheet._worksheet_path)
    except sheet_guard.SheetDamagedError as exc:
        raise UnreadableFileError(Stop(0, 0, "import_xlsx_damaged", {"detail": str(exc)})) \
            from None
    if reach.rows * reach.columns > MAX_SHEET_CELLS:
        raise UnreadableFileError(Stop(0, 0, "import_sheet_too_large",
                                       {"cell": reach.corner, "limit": MAX_SHEET_CELLS}))


def _cell_text(value: object) -> str:
    """A cell's value as the text the import reads: dates and times in ISO 8601 (the import
    reads those whatever the cell's display format), numbers as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, float):
        # Excel shows 15 significant digits: 0.1+0.2 is 0.3, and 7.0 is 7.
        return format(value, ".15g")
    return str(value)
