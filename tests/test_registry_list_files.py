"""Registry import of the files offices hand over besides CSV: .xlsx workbooks and Excel's
"Unicode text", and files that are no list at all, named as what they are. Real files, made at
test time (tests/list_files.py), and a real SQLite registry."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from list_files import (
    OFFICE_HEADER,
    docx,
    excel_csv_of_office_workbook,
    gzip_file,
    in_memory_xlsx,
    jpeg,
    office_workbook,
    ole2,
    pdf,
    png,
    sqlite_file,
    unicode_text,
    workbook,
    zip_archive,
)

from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.registry.backup import list_backups
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
from evac_toolkit.core.registry.sheet_files import first_rows, read_table
from evac_toolkit.core.registry.store import Registry


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def _problems(preview) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in preview.problems]


def _plain(preview) -> list[tuple[int, dict]]:
    return [(line, dict(values)) for line, values in preview.records]


# -- workbooks ------------------------------------------------------------------------------------
def test_an_office_workbook_imports_from_its_first_visible_sheet(registry, tmp_path):
    path = office_workbook(tmp_path / "避難者名簿.xlsx")
    preview = read_csv(path, registry)
    assert preview.problems == []
    assert (preview.encoding, preview.sheet) == ("xlsx", "名簿")    # not the hidden dropdowns
    assert preview.sheets == ("リスト", "名簿", "集計")         # not the chart sheet
    assert preview.header == OFFICE_HEADER
    # Line numbers are the sheet's rows: the blank row 3 is skipped, not renumbered.
    assert [line for line, _values in preview.records] == [2, 4, 5]
    first, maria, takahashi = (dict(values) for _line, values in preview.records)
    assert (first["languages"], first["interpreter_needed"], first["pain_level"]) == \
        (("vi", "en"), True, 7)
    assert first["checked_in_at"].startswith("2026-12-07T18:05:00")
    assert maria["checked_in_at"].startswith("2026-12-07T00:00:00")    # a date cell
    assert maria["pain_level"] == 0
    assert takahashi["checked_in_at"].startswith("2026-12-08T09:30:15")
    # The merged 場所 cell is left in its first row only, as Excel's CSV has it.
    assert (maria["area"], takahashi["area"]) == ("和室", "")
    assert takahashi["notes"] == "0.3"                   # as Excel shows 0.1+0.2

    result = import_preview(registry, preview)
    assert (result.imported, result.households_created) == (3, 2)
    assert [backup.reason for backup in list_backups(registry.path)] == ["before-import"]
    # Importing the same workbook again adds nobody (and writes no backup).
    again = read_csv(path, registry)
    assert again.records == [] and len(again.duplicates) == 3
    assert import_preview(registry, again).imported == 0
    assert registry.count() == 3 and len(list_backups(registry.path)) == 1


def test_a_workbook_reads_as_the_csv_excel_would_save_from_it(registry, tmp_path):
    from_xlsx = read_csv(office_workbook(tmp_path / "名簿.xlsx"), registry)
    from_csv = read_csv(excel_csv_of_office_workbook(tmp_path / "名簿.csv"), registry)
    assert from_csv.problems == [] and from_csv.encoding == "utf-8-sig"
    assert _plain(from_xlsx) == _plain(from_csv)
    assert from_xlsx.mapping == from_csv.mapping


def test_another_sheet_is_chosen_by_name(registry, tmp_path):
    path = office_workbook(tmp_path / "名簿.xlsx")
    preview = read_csv(path, registry, sheet="集計")
    assert preview.sheet == "集計" and preview.problems == []
    assert _plain(preview) == [(2, {"display_name": "李 娜", "languages": ("zh-Hans",)})]
    # The hidden sheet can be asked for by name too; a name not in the book is refused whole.
    assert read_csv(path, registry, sheet="リスト").sheet == "リスト"
    missing = read_csv(path, registry, sheet="Sheet1")
    assert _problems(missing) == [(0, 0, "import_no_sheet")]
    assert message("import_no_sheet", "ja", **missing.problems[0].params) == \
        "ブックに「Sheet1」という名前のシートはありません。シート：リスト、名簿、集計"
    assert missing.records == []


def test_problems_in_a_workbook_are_named_by_sheet_row_and_column(registry, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", {"名簿": [
        ["氏名", "言語", "アレルギー"],
        ["山田", "ja", "えび"],
        [],
        [None, None, None],
        ["Ali", "klingon", "egg", "右の列"],              # a value right of the last title
        ["Bob", "en", "unicorn"],
    ]})
    preview = read_csv(path, registry)
    assert _problems(preview) == [(5, 2, "import_unknown_value"),
                                  (5, 4, "import_value_without_header"),
                                  (6, 3, "import_unknown_value")]
    with pytest.raises(ValueError):
        import_preview(registry, preview)                 # all or nothing
    assert registry.count() == 0 and list_backups(registry.path) == []


def test_cells_are_text_as_the_import_reads_it():
    import datetime as dt

    data = in_memory_xlsx([
        ["date", "datetime", "time", "int", "float", "long", "bool", "text"],
        [dt.date(2026, 12, 7), dt.datetime(2026, 12, 7, 6, 5, 4), dt.time(18, 5), 12,
         2.5, 9012345678.0, True, " 空白 "],
        [dt.datetime(1999, 1, 2), None, dt.time(0, 0, 30), -3, 1 / 3, 1e20, False, "なし"],
    ])
    table = read_table(data, longest=5000)
    assert [cells for _line, cells in table.rows[1:]] == [
        ["2026-12-07", "2026-12-07 06:05:04", "18:05", "12", "2.5", "9012345678", "TRUE",
         " 空白 "],
        ["1999-01-02", "", "00:00:30", "-3", "0.333333333333333", "1e+20", "FALSE", "なし"]]


def test_a_wrong_size_tag_in_the_sheet_does_not_lose_rows(registry, tmp_path):
    """Programs other than Excel write the sheet's <dimension> carelessly; openpyxl's read-only
    mode would stop at it."""
    path = workbook(tmp_path / "list.xlsx", {"Sheet": [
        ["name", "languages"], ["A", "en"], ["B", "vi"], ["C", "my"]]})
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_part = next(name for name in parts if name.startswith("xl/worksheets/sheet"))
    assert b'<dimension ref="A1:B4" />' in parts[sheet_part]
    parts[sheet_part] = parts[sheet_part].replace(b'<dimension ref="A1:B4" />',
                                                  b'<dimension ref="A1:A2" />')
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    preview = read_csv(path, registry)
    assert preview.problems == []
    assert [values["display_name"] for _line, values in preview.records] == ["A", "B", "C"]


def test_a_damaged_workbook_is_named_so(registry, tmp_path):
    data = office_workbook(tmp_path / "full.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[:len(data) // 2])              # a copy that stopped half-way
    preview = read_csv(cut, registry)
    assert _problems(preview) == [(0, 0, "import_xlsx_damaged")]


def test_first_rows_come_from_the_chosen_sheet(tmp_path):
    data = office_workbook(tmp_path / "名簿.xlsx").read_bytes()
    rows = first_rows(data, "xlsx", "名簿", 2)
    assert [line for line, _cells in rows] == [2, 4]
    assert rows[0][1][0] == "グエン・ヴァン・アン"
    assert first_rows(data, "xlsx", "集計", 3) == [(2, ["李 娜", "zh-Hans"])]


# -- Excel's Unicode text -------------------------------------------------------------------------
def test_excel_unicode_text_is_read(registry, tmp_path):
    path = unicode_text(tmp_path / "名簿.txt", [
        ["氏名", "言語", "備考"],
        ["Thein Min", "my", "ဗမာ\tと\n\"日本語\""],
        ["", "", ""],
        ["髙橋 ①子", "ja", ""],
    ])
    assert path.read_bytes()[:4] == b"\xff\xfe\x0f\x6c"        # BOM, then 氏 in UTF-16LE
    preview = read_csv(path, registry)
    assert preview.problems == [] and preview.encoding == "utf-16"
    assert _plain(preview) == [
        (2, {"display_name": "Thein Min", "languages": ("my",),
             "notes": "ဗမာ\tと\n\"日本語\""}),
        (5, {"display_name": "髙橋 ①子", "languages": ("ja",), "notes": ""})]
    assert first_rows(path.read_bytes(), "utf-16", "", 5)[1] == (5, ["髙橋 ①子", "ja", ""])
    assert import_preview(registry, preview).imported == 2


def test_damaged_utf16_is_named_by_its_line(registry, tmp_path):
    path = unicode_text(tmp_path / "bad.txt", [["氏名", "言語"], ["A", "en"]])
    path.write_bytes(path.read_bytes() + "B\t".encode("utf-16-le") + b"\x00\xd8" +
                     "x\r\n".encode("utf-16-le"))
    preview = read_csv(path, registry)
    assert _problems(preview) == [(3, 0, "import_encoding")]
    assert preview.problems[0].params == {"encoding": "utf-16"}


# -- files that are no list -----------------------------------------------------------------------
NOT_A_LIST = {
    "名簿.png": (png, "import_file_image", "PNG"),
    "写真.jpg": (jpeg, "import_file_image", "JPEG"),
    "名簿.pdf": (pdf, "import_file_pdf", "PDF"),
    "名簿.zip": (zip_archive, "import_file_archive", "ZIP"),
    "名簿.csv.gz": (gzip_file, "import_file_archive", "gzip"),
    "名簿.docx": (docx, "import_file_document", "Word (.docx)"),
    "名簿.xls": (ole2, "import_file_convert", "Excel 97-2003 (.xls)"),
    "名簿（パスワード付き）.xlsx": (lambda path: ole2(path, "EncryptedPackage"),
                           "import_file_encrypted", "Excel"),
    "registry.sqlite3": (sqlite_file, "import_file_database", "SQLite"),
}


@pytest.mark.parametrize("name", NOT_A_LIST)
def test_a_file_that_is_no_list_is_named_as_what_it_is(registry, tmp_path, name):
    make, code, kind = NOT_A_LIST[name]
    path = make(tmp_path / name)
    preview = read_csv(path, registry)
    assert _problems(preview) == [(0, 0, code)]          # one problem, for the whole file
    assert preview.problems[0].params == {"format": kind}
    for language in ("en", "ja"):
        text = gui_message(code, language, **preview.problems[0].params)
        assert "cp932" not in text.lower() and "{" not in text
    with pytest.raises(ValueError):
        import_preview(registry, preview)
    assert registry.count() == 0


def test_the_file_kinds_are_worded_for_people(registry, tmp_path):
    preview = read_csv(png(tmp_path / "名簿.png"), registry)
    assert message(preview.problems[0].code, "ja", **preview.problems[0].params).startswith(
        "このファイルは画像（PNG）で、名簿ではありません。")
    backup = read_csv(sqlite_file(tmp_path / "backup.sqlite3"), registry).problems[0]
    assert "registry restore" in message(backup.code, "en")
    assert "File menu" in gui_message(backup.code, "en")
    assert "「ファイル」メニュー" in gui_message(backup.code, "ja")


@pytest.mark.parametrize(("data", "code"), [
    ("氏名,言語\r\n".encode("utf-32"), "import_file_utf32"),
    (b"\x7fELF\x02\x01\x01" + bytes(40) + b"\x93\xfa\xff\x00" * 20, "import_file_binary"),
    (b'<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook '
     b'xmlns="urn:schemas-microsoft-com:office:spreadsheet">', "import_file_convert"),
    ("<html><body><table><tr><td>氏名</td></tr></table>".encode("cp932"),
     "import_file_convert"),
])
def test_other_kinds_are_named_too(registry, tmp_path, data, code):
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    assert _problems(read_csv(path, registry)) == [(0, 0, code)]


# -- the command line -----------------------------------------------------------------------------
def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    from evac_toolkit.cli.main import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _japanese(data_home: Path) -> None:
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")


def test_the_command_line_imports_a_workbook_and_its_sheets_by_name(capsys, tmp_path,
                                                                    data_home):
    path = office_workbook(tmp_path / "避難者名簿.xlsx")
    code, out, err = _cli(capsys, "registry", "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert "Read the sheet '名簿' (the workbook has 3: リスト、名簿、集計)." in out
    assert "3 new, 0 already registered (Excel workbook, sheet '名簿')." in out
    _japanese(data_home)
    code, out, err = _cli(capsys, "registry", "import", str(path))
    assert code == 0 and "新規 3 人、登録済み 0 人（Excel ブック、シート「名簿」）。" in out
    assert "3 人を取り込みました。" in out
    code, out, err = _cli(capsys, "registry", "import", str(path), "--sheet", "集計")
    assert code == 0 and "を読みました" not in out
    assert "新規 1 人、登録済み 0 人（Excel ブック、シート「集計」）。" in out
    code, out, err = _cli(capsys, "registry", "import", str(path))       # again: nobody new
    assert code == 0 and "新規 0 人、登録済み 3 人" in out
    code, out, _ = _cli(capsys, "registry", "list", "--json")
    assert len(__import__("json").loads(out)) == 4


def test_the_command_line_names_a_file_that_is_no_list(capsys, tmp_path, data_home):
    path = png(tmp_path / "名簿.png")
    _japanese(data_home)
    code, out, err = _cli(capsys, "registry", "import", str(path))
    assert code == 1
    assert err.splitlines() == [
        "名簿.png: このファイルは画像（PNG）で、名簿ではありません。名簿そのもの（Excel ブック（.xlsx）"
        "か CSV ファイル）を選んでください",
        "ファイルに 1 件の問題があります。だれも取り込んでいません。"]
    code, out, err = _cli(capsys, "registry", "import", str(office_workbook(tmp_path / "l.xlsx")),
                          "--sheet", "Sheet9")
    assert code == 1 and err.startswith("l.xlsx: ブックに「Sheet9」という名前のシートはありません。")


def test_the_command_line_reads_excel_unicode_text(capsys, tmp_path):
    path = unicode_text(tmp_path / "名簿.txt", [["氏名", "言語"], ["Thein Min", "my"]])
    code, out, err = _cli(capsys, "registry", "import", str(path))
    assert code == 0 and "1 new, 0 already registered (Unicode text (UTF-16))." in out
