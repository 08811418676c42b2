"""Real list files made at test time, as Excel and other programs write them: workbooks by
openpyxl, Excel's "Unicode text", and files people pick by mistake (a photo, a PDF, an old .xls, a
password-protected workbook, a ZIP, a registry backup)."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import struct
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

#: A Japanese office's list: hidden dropdown sheet first, the list, then a summary sheet.
OFFICE_HEADER = ["氏名", "ふりがな", "言語", "日本語", "通訳", "食事", "アレルギー", "世帯", "場所",
                 "入所日時", "痛み", "備考"]
OFFICE_ROWS = {
    # sheet row → cells (row 3 is blank; the 場所 of row 5 is merged with row 4's)
    2: ["グエン・ヴァン・アン", "ぐえん ゔぁん あん", "vi;en", "easy", "○", "halal", "えび",
        1, "体育館 B-3", dt.datetime(2026, 12, 7, 18, 5), 7.0, "夜間に服薬"],
    4: ["Maria Santos", "マリア サントス", "pt-BR", "none", "○", "", "", 2, "和室",
        dt.datetime(2026, 12, 7), 0, ""],
    5: ["髙橋 一郎", "たかはし いちろう", "ja", "fluent", "×", "", "小麦", 2, None,
        dt.datetime(2026, 12, 8, 9, 30, 15), None, "0.1+0.2"],
}


def office_workbook(path: Path) -> Path:
    book = Workbook()
    choices = book.active
    choices.title = "リスト"
    for value in ("○", "×"):
        choices.append([value])
    choices.sheet_state = "hidden"
    sheet = book.create_sheet("名簿")
    sheet.append(OFFICE_HEADER)
    for number, cells in OFFICE_ROWS.items():
        for column, value in enumerate(cells, 1):
            if value is not None:
                sheet.cell(number, column, value)
    sheet.cell(5, 12, 0.1 + 0.2)                     # Excel shows 0.3
    sheet.merge_cells("I4:I5")                      # 和室 for both of household 2
    summary = book.create_sheet("集計")
    summary.append(["氏名", "言語"])
    summary.append(["李 娜", "zh-Hans"])
    chart = BarChart()
    chart.add_data(Reference(summary, min_col=2, min_row=1, max_row=2))
    book.create_chartsheet("グラフ").add_chart(chart)
    book.save(path)
    return path


def excel_csv_of_office_workbook(path: Path) -> Path:
    """What Excel's "CSV UTF-8" would write for the list sheet, with dates as ISO text."""
    lines = [",".join(OFFICE_HEADER)]
    texts = {2: ["グエン・ヴァン・アン", "ぐえん ゔぁん あん", "vi;en", "easy", "○", "halal", "えび",
                 "1", "体育館 B-3", "2026-12-07 18:05", "7", "夜間に服薬"],
             3: [""] * 12,
             4: ["Maria Santos", "マリア サントス", "pt-BR", "none", "○", "", "", "2", "和室",
                 "2026-12-07", "0", ""],
             5: ["髙橋 一郎", "たかはし いちろう", "ja", "fluent", "×", "", "小麦", "2", "",
                 "2026-12-08 09:30:15", "", "0.3"]}
    lines += [",".join(cells) for cells in texts.values()]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def unicode_text(path: Path, rows: list[list[str]]) -> Path:
    """Excel's "Unicode text": UTF-16LE with a BOM, tabs, CRLF; a cell with a tab, line break or
    quote in quotes, its quotes doubled."""
    def cell(text: str) -> str:
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in '\t\n"') \
            else text
    body = "".join("\t".join(map(cell, row)) + "\r\n" for row in rows)
    path.write_bytes(b"\xff\xfe" + body.encode("utf-16-le"))
    return path


# -- files that are no list -----------------------------------------------------------------------
def png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 20), "white").save(path, format="PNG")
    return path


def jpeg(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 20), "white").save(path, format="JPEG")
    return path


def pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Evacuee list")
    page.save()
    return path


def zip_archive(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("名簿.csv", "氏名,言語\r\n山田,ja\r\n".encode())
    return path


def docx(path: Path) -> Path:
    """The parts of a Word document that name it (what Word writes first)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return path


def ole2(path: Path, stream: str = "Workbook") -> Path:
    """A compound file (Office 97–2003, and Office's container for encrypted workbooks): header,
    one FAT sector, one directory sector, and the named stream in eight 512-byte sectors."""
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    fat = [fat_sector, end] + [sector + 1 for sector in range(2, 9)] + [end]
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", free) * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", no_stream, no_stream, child) + bytes(16) + bytes(4)
                + bytes(16) + struct.pack("<III", start, size, 0))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry(stream, 2, no_stream, 2, 4096)
                 + bytes(256))
    path.write_bytes(header + fat_bytes + directory + b"\x09\x08\x10\x00" + bytes(4092))
    return path


def sqlite_file(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE evacuees (id TEXT)")
    connection.commit()
    connection.close()
    return path


def gzip_file(path: Path) -> Path:
    import gzip

    path.write_bytes(gzip.compress("氏名,言語\r\n".encode()))
    return path


def in_memory_xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
