"""How far a workbook's sheet really reaches, found before the sheet is read.

openpyxl makes every row as wide as the sheet's used range: a 4.8 KB .xlsx with one stray cell at
WQJ100000 took 153 s to read as a review sheet (100,000 rows of 16,000 cells). The sheet's XML is
scanned here, decompressed a megabyte at a time, for every cell and row reference (the readers
then ignore the ``<dimension>`` the file claims: ``reset_dimensions``); the caller refuses a sheet
that reaches beyond what it can hold. A part that decompresses to more than ``MAX_PART_BYTES`` (a
zip bomb), or that cannot be decompressed at all (a zlib or CRC error), is refused as damaged.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass

#: A sheet part larger than this once decompressed is no list a shelter hands over.
MAX_PART_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 20
_REF = re.compile(rb'<(?:[A-Za-z0-9_]+:)?(?:c|row)\s[^>]*?\br="([A-Za-z]{0,3})([0-9]{0,9})"')


class SheetDamagedError(Exception):
    """The part cannot be decompressed or is absurdly large; the message says which."""


@dataclass(frozen=True)
class Extent:
    rows: int           # the last row referenced (1-based); 0 for an empty sheet
    columns: int        # the last column referenced (A = 1)

    @property
    def corner(self) -> str:
        """The farthest cell as Excel names it (WQJ100000)."""
        return f"{column_letters(self.columns)}{self.rows}" if self.rows and self.columns else ""


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def refuse_bomb(archive: zipfile.ZipFile, limit: int) -> None:
    """Raise SheetDamagedError when the workbook's parts together unpack to more than ``limit``
    bytes (openpyxl reads the shared strings whole, before any sheet)."""
    total = sum(info.file_size for info in archive.infolist())
    if total > limit:
        raise SheetDamagedError(f"it unpacks to {total // 2**20:,} MB")


def extent(archive: zipfile.ZipFile, part: str, limit: int = MAX_PART_BYTES) -> Extent:
    """The farthest row and column the cells of the sheet ``part`` refer to. Raises
    SheetDamagedError."""
    info = archive.getinfo(part)
    if info.file_size > limit:
        raise SheetDamagedError(f"{part} unpacks to {info.file_size // 2**20} MB")
    rows = columns = 0
    tail = b""
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > limit:
                    raise SheetDamagedError(f"{part} unpacks to more than its stated size")
                text = tail + chunk
                for match in _REF.finditer(text):
                    col, row = match.groups()
                    if col:
                        columns = max(columns, column_number(col.decode()))
                    if row:
                        rows = max(rows, int(row))
                # A reference cut in two by the chunk's end is found whole in the next round.
                tail = text[-256:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise SheetDamagedError(f"{type(exc).__name__}: {exc}") from None
    return Extent(rows, columns)
