"""Review sheets (and registry lists) that are hostile or broken: each is refused with its reason,
never a traceback, and read in bounded time (a sheet's reach is checked before it is read)."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.content.review_sheet import (
    SheetRejectedError,
    read_sheet,
    sheet_rows,
    write_sheet,
)
from evac_toolkit.core.registry.sheet_files import UnreadableFileError, read_table


@pytest.fixture
def good_xlsx(data_home: Path, tmp_path: Path) -> bytes:
    path = tmp_path / "good.xlsx"
    write_sheet(user_bank(data_home), "vi", path)
    return path.read_bytes()


def _truncated_utf16(data_home: Path) -> bytes:
    rows = sheet_rows(user_bank(data_home), "vi")[:5]
    text = "\r\n".join("\t".join(row) for row in rows)
    return text.encode("utf-16")[:-1]                      # cut mid-character


def _malformed(_good: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")  # cut short
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name=")
    return buffer.getvalue()


def _no_worksheet(good: bytes) -> bytes:
    """A workbook whose list of sheets is empty (what some converters write)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data, flags=re.S)
            archive.writestr(info, data)
    return buffer.getvalue()


def _zlib_error(good: bytes) -> bytes:
    """The sheet's compressed bytes overwritten in the middle: zlib (or the CRC) fails."""
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(good)
    # The local header is 30 bytes plus the name and extra field; its data follows.
    name_length = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
    extra = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra
    middle = start + info.compress_size // 2
    data[middle:middle + 64] = b"\xff" * 64
    return bytes(data)


def _one_far_cell(good: bytes) -> bytes:
    """4.8 KB with the review header and one cell at WQJ100000: 153 s to read before."""
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "日本語 Japanese", "English", "翻訳 translation [vi]",
                  "状態 status (draft / reviewed / machine)", "メモ notes",
                  "用途 where it is used"])
    sheet["WQJ100000"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _bomb(good: bytes) -> bytes:
    """A good sheet plus a part of zeros that unpacks to 129 MB (about 130 KB packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        archive.writestr("xl/media/zeros.bin", bytes(129 * 2**20))
    return buffer.getvalue()


HOSTILE = {
    "truncated UTF-16": (".csv", None, "sheet_encoding"),
    "malformed workbook": (".xlsx", _malformed, "sheet_xlsx_damaged"),
    "no worksheet": (".xlsx", _no_worksheet, "sheet_no_worksheet"),
    "zlib error": (".xlsx", _zlib_error, "sheet_xlsx_damaged"),
    "one cell at WQJ100000": (".xlsx", _one_far_cell, "sheet_too_wide"),
    "zip bomb": (".xlsx", _bomb, "sheet_xlsx_damaged"),
}


@pytest.mark.parametrize("case", HOSTILE, ids=HOSTILE.keys())
def test_a_hostile_review_sheet_is_refused_with_its_reason(case, good_xlsx, data_home, tmp_path,
                                                          capsys):
    suffix, make, code = HOSTILE[case]
    path = tmp_path / f"sheet{suffix}"
    path.write_bytes(make(good_xlsx) if make else _truncated_utf16(data_home))
    with pytest.raises(SheetRejectedError) as rejected:
        read_sheet(path)
    assert [p.code for p in rejected.value.problems] == [code]
    # The command line: its reason and the summary, no traceback, nothing applied.
    assert main(["content", "import-review", str(path), "--reviewer", "X"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and path.name in err[0]
    assert not (data_home / "content").exists()


def test_a_registry_list_with_a_far_cell_is_refused_before_reading(good_xlsx):
    with pytest.raises(UnreadableFileError) as refused:
        read_table(_one_far_cell(good_xlsx), longest=2000)
    assert refused.value.stop.code == "import_sheet_too_large"
    assert refused.value.stop.params["cell"] == "WQJ100000"


def test_a_registry_list_with_a_zlib_error_is_named_damaged(good_xlsx):
    with pytest.raises(UnreadableFileError) as refused:
        read_table(_zlib_error(good_xlsx), longest=2000)
    assert refused.value.stop.code == "import_xlsx_damaged"


def test_a_good_sheet_still_reads(good_xlsx, tmp_path):
    path = tmp_path / "good.xlsx"
    path.write_bytes(good_xlsx)
    assert read_sheet(path).rows


@pytest.mark.parametrize("seed", range(60))
def test_a_workbook_with_flipped_bytes_or_cut_short_is_read_or_refused(seed, good_xlsx,
                                                                      tmp_path):
    """Deterministic damage anywhere in a real review workbook: either it still reads, or it is
    refused with its reason — never another exception."""
    rng = random.Random(seed)
    data = bytearray(good_xlsx)
    if seed % 3 == 0:
        del data[rng.randrange(len(data)):]
    else:
        for _ in range(rng.randrange(1, 9)):
            data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    try:
        read_sheet(path)
    except SheetRejectedError as rejected:
        assert rejected.problems and all(p.code.startswith("sheet_") for p in rejected.problems)


@pytest.mark.parametrize("cut", [1, 3, 101, 1001])
def test_unicode_text_cut_anywhere_is_read_or_refused(cut, data_home, tmp_path):
    rows = sheet_rows(user_bank(data_home), "vi")[:40]
    data = "\r\n".join("\t".join(row) for row in rows).encode("utf-16")
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:len(data) - cut])
    try:
        read_sheet(path)
    except SheetRejectedError as rejected:
        assert rejected.problems
