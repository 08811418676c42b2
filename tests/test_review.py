"""Review sheets: export for a community interpreter, load the review back, refuse bad sheets.

Real files throughout: CSV written and read in the encodings Excel produces, .xlsx written with
openpyxl, the overlay written to a real data folder and read back by a fresh content bank.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tomllib
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import ContentBank, overlay_dir, user_bank
from evac_toolkit.core.content.check import check
from evac_toolkit.core.content.review_import import apply_import, plan_import
from evac_toolkit.core.content.review_sheet import (
    COLUMNS,
    SheetRejectedError,
    read_sheet,
    sheet_rows,
    write_sheet,
)
from evac_toolkit.core.content.toml_text import dump_text_file, quote
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import get_language

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def rows_of(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding=encoding), newline="")))


def write_rows(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig",
               delimiter: str = ",") -> Path:
    # errors="replace": like Excel, a letter the encoding lacks becomes '?'.
    with open(path, "w", encoding=encoding, errors="replace", newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def row_index(rows: list[list[str]], key: str) -> int:
    return next(i for i, row in enumerate(rows) if row[0] == key)


def assets_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(ASSETS.rglob("*.toml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def bank(data_home: Path) -> ContentBank:
    return user_bank(data_home)


@pytest.fixture
def vi_sheet(bank: ContentBank, tmp_path: Path) -> Path:
    out = tmp_path / "vi.csv"
    write_sheet(bank, "vi", out)
    return out


# -- export ---------------------------------------------------------------------------------------
def test_csv_export_opens_in_japanese_excel_and_holds_every_string(bank, vi_sheet):
    data = vi_sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")       # BOM: Excel then reads UTF-8, not CP932
    rows = rows_of(vi_sheet)
    assert rows[0][0] == "ID" and "[vi]" in rows[0][3] and len(rows[0]) == COLUMNS
    assert len(rows) == len(bank.entries) + 1
    assert all(len(row) == COLUMNS for row in rows)
    row = rows[row_index(rows, "notice.meal_time")]
    assert row[1] == bank.text("ja", "notice.meal_time")
    assert row[2] == bank.text("en", "notice.meal_time")
    assert row[3] == bank.text("vi", "notice.meal_time")
    assert row[4] == "draft"
    assert "{time}" in row[6] and "{place}" in row[6]       # the interpreter sees the slots


def test_xlsx_export_has_the_same_rows_as_text_cells(bank, tmp_path):
    out = tmp_path / "my.xlsx"
    write_sheet(bank, "my", out)
    sheet = load_workbook(out).active
    values = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    assert values == sheet_rows(bank, "my")
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row if cell.value)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_untouched_sheet_changes_nothing(bank, tmp_path, suffix):
    out = tmp_path / f"ja-x-easy{suffix}"
    write_sheet(bank, "ja-x-easy", out)
    plan = plan_import(bank, read_sheet(out), "Reviewer")
    assert plan.problems == [] and plan.changes == []
    assert plan.unchanged == len(bank.entries)


# -- import ---------------------------------------------------------------------------------------
def test_import_applies_changes_to_the_overlay_and_marks_them_reviewed(bank, vi_sheet, data_home,
                                                                       tmp_path):
    before_assets = assets_digest()
    rows = rows_of(vi_sheet)
    changed = row_index(rows, "facility.reception")
    rows[changed][3] = "Bàn tiếp nhận"
    rows[changed][5] = "Cách nói quen thuộc ở Nhật"
    confirmed = row_index(rows, "facility.toilet")
    rows[confirmed][4] = "確認済み"
    noted = row_index(rows, "notice.meal_time")
    rows[noted][5] = "OK"
    sheet = write_rows(tmp_path / "reviewed.csv", rows[:1] + rows[changed:noted + 1])
    plan = plan_import(bank, read_sheet(sheet), "  Nguyen  Thi B ")
    assert plan.problems == []
    assert [(c.key, c.kind) for c in plan.changes] == [
        ("facility.reception", "changed"), ("facility.toilet", "confirmed"),
        ("notice.meal_time", "noted")]
    written = apply_import(bank, plan)
    assert written == overlay_dir(data_home) / "vi.toml"

    fresh = user_bank(data_home)
    assert fresh.text("vi", "facility.reception") == "Bàn tiếp nhận"
    reviewed = fresh.provenance("vi", "facility.reception")
    assert (reviewed.status, reviewed.by, reviewed.note) == \
        ("reviewed", "Nguyen Thi B", "Cách nói quen thuộc ở Nhật")
    assert fresh.provenance("vi", "facility.toilet").status == "reviewed"
    # A note alone does not make a string reviewed.
    assert fresh.provenance("vi", "notice.meal_time").status == "draft"
    assert fresh.provenance("vi", "notice.meal_time").note == "OK"
    assert fresh.provenance("vi", "facility.trash").status == "draft"
    assert fresh.coverage("vi").reviewed == 2
    assert assets_digest() == before_assets               # installed files never edited
    # The overlay passes every check but the glossary's: the reviewer's new word for reception
    # now differs from the other strings' "quầy tiếp nhận" (tests/test_content_glossary.py).
    assert [(p.key, p.code) for p in check(fresh, (get_language("vi"),))] == [
        ("facility.reception", "glossary_missing")]


def test_second_import_keeps_the_first_and_a_history_copy(bank, vi_sheet, data_home, tmp_path):
    rows = rows_of(vi_sheet)
    first = row_index(rows, "facility.reception")
    rows[first][3] = "Bàn tiếp nhận"
    apply_import(bank, plan_import(bank, read_sheet(write_rows(tmp_path / "a.csv", rows)), "A"))
    bank = user_bank(data_home)
    write_sheet(bank, "vi", vi_sheet)          # the next interpreter gets a fresh sheet
    rows = rows_of(vi_sheet)
    second = row_index(rows, "facility.toilet")
    rows[second][3] = "Phòng vệ sinh"
    apply_import(bank, plan_import(bank, read_sheet(write_rows(tmp_path / "b.csv", rows)), "B"))
    fresh = user_bank(data_home)
    assert fresh.text("vi", "facility.reception") == "Bàn tiếp nhận"
    assert fresh.provenance("vi", "facility.reception").by == "A"
    assert fresh.text("vi", "facility.toilet") == "Phòng vệ sinh"
    history = list((overlay_dir(data_home) / "history").glob("vi.*.toml"))
    assert len(history) == 1
    assert "Bàn tiếp nhận" in history[0].read_text(encoding="utf-8")


def test_an_old_sheet_coming_back_late_says_which_review_it_replaces(bank, vi_sheet, data_home,
                                                                       tmp_path):
    rows = rows_of(vi_sheet)
    rows[row_index(rows, "facility.reception")][3] = "Bàn tiếp nhận"
    apply_import(bank, plan_import(bank, read_sheet(write_rows(tmp_path / "a.csv", rows)), "A"))
    late = rows_of(vi_sheet)                   # exported before A's review was loaded
    late[row_index(late, "facility.reception")][3] = "Quầy lễ tân"
    plan = plan_import(user_bank(data_home), read_sheet(write_rows(tmp_path / "b.csv", late)),
                       "B")
    [change] = plan.changes
    assert change.old == "Bàn tiếp nhận" and change.replaces_review.startswith("A, ")


def test_cp932_sheet_from_japanese_excel_is_read(bank, tmp_path, data_home):
    out = tmp_path / "easy.csv"
    write_sheet(bank, "ja-x-easy", out)
    rows = rows_of(out)
    index = row_index(rows, "facility.reception")
    rows[index][3] = "｜受付《うけつけ》（①）"
    # Excel's "CSV (comma delimited)" in Japanese Windows: CP932, which has ① (shift_jis lacks it)
    sheet = read_sheet(write_rows(tmp_path / "cp932.csv", rows, encoding="cp932"))
    assert sheet.encoding == "cp932"
    plan = plan_import(bank, sheet, "やさしい日本語 研究会")
    assert plan.problems == []
    assert [c.new for c in plan.changes] == ["｜受付《うけつけ》（①）"]


def test_cp932_sheet_that_lost_letters_is_refused(bank, vi_sheet, tmp_path):
    rows = rows_of(vi_sheet)
    index = row_index(rows, "facility.reception")
    rows[index][3] = "Qu?y ti?p nh?n"     # what Excel writes for ầ, ế, ậ in CP932
    data = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows[:1] + rows[index:index + 1])
    path = tmp_path / "lost.csv"
    path.write_bytes(data.encode("cp932", errors="replace"))
    plan = plan_import(bank, read_sheet(path), "X")
    assert [(p.line, p.column, p.code) for p in plan.problems] == [
        (2, 4, "sheet_lost_characters")]


def test_utf16_tab_separated_unicode_text_is_read(bank, vi_sheet, tmp_path):
    rows = rows_of(vi_sheet)
    index = row_index(rows, "facility.toilet")
    rows[index][3] = "Phòng vệ sinh"
    sheet = read_sheet(write_rows(tmp_path / "unicode.txt", rows, encoding="utf-16",
                                  delimiter="\t"))
    plan = plan_import(bank, sheet, "X")
    assert plan.problems == [] and [c.key for c in plan.changes] == ["facility.toilet"]


def test_bad_rows_are_all_reported_with_line_and_column_and_nothing_applied(bank, vi_sheet,
                                                                            tmp_path, data_home):
    rows = rows_of(vi_sheet)
    rows[1][3] = "=HYPERLINK(\"http://example.com\")"     # line 2: formula
    rows[2] = rows[2][:5]                                # line 3: column count
    rows[3][0] = "facility.no_such_sign"                 # line 4: unknown ID
    rows[4][0] = rows[5][0]                              # line 5 and 6: duplicate ID
    rows[7][3] = ""                                      # line 8: empty translation
    meal = row_index(rows, "notice.meal_time")
    rows[meal][3] = "Bữa ăn lúc {time}."                 # placeholder {place} lost
    rows[9][4] = "finished"                              # line 10: unknown status
    sheet = read_sheet(write_rows(tmp_path / "bad.csv", rows))
    plan = plan_import(bank, sheet, "X")
    found = [(p.line, p.column, p.code) for p in plan.problems]
    assert found == [
        (2, 4, "sheet_formula"), (3, 0, "sheet_column_count"), (4, 1, "sheet_unknown_id"),
        (6, 1, "sheet_duplicate_id"), (8, 4, "sheet_empty_translation"),
        (10, 5, "bad_status"), (meal + 1, 4, "placeholder_mismatch")]
    with pytest.raises(ValueError):
        apply_import(bank, plan)
    assert not overlay_dir(data_home).exists()


def test_xlsx_formula_cell_is_refused(bank, tmp_path):
    book = Workbook()
    sheet = book.active
    for row in sheet_rows(bank, "vi")[:3]:
        sheet.append(row)
    sheet["F3"] = "=1+1"
    book.save(tmp_path / "formula.xlsx")
    plan = plan_import(bank, read_sheet(tmp_path / "formula.xlsx"), "X")
    assert [(p.line, p.column, p.code) for p in plan.problems] == [(3, 6, "sheet_formula")]


@pytest.mark.parametrize(("language", "text", "code"), [
    ("ja-x-easy", "受付", "ruby_error"),                  # kanji without furigana
    ("si", "පිළිගැනීම 접수", "missing_glyph"),            # Hangul in a Sinhala sign
    ("vi", "Quầy tiếp nhận " * 12, "too_long"),           # no longer fits the sign
    ("vi", "Quầy {tiếp nhận", "stray_brace"),
])
def test_changed_strings_pass_the_content_checks(bank, tmp_path, language, text, code):
    rows = sheet_rows(bank, language)
    index = row_index(rows, "facility.reception")
    rows[index][3] = text
    plan = plan_import(bank, read_sheet(write_rows(tmp_path / "s.csv", [rows[0], rows[index]])),
                       "X")
    assert code in {p.code for p in plan.problems}
    assert all((p.line, p.column) == (2, 4) for p in plan.problems)


@pytest.mark.parametrize(("content", "code"), [
    (b"", "sheet_empty"),
    ("名前,電話\r\n山田,090\r\n".encode("utf-8-sig"), "sheet_bad_header"),
    (b"\x82\xff\x82\xa0 not text", "sheet_encoding"),
    (b"PK\x03\x04 not really a zip", "sheet_xlsx_damaged"),
])
def test_files_that_are_not_review_sheets_are_refused(tmp_path, content, code):
    path = tmp_path / "sheet.csv"
    path.write_bytes(content)
    with pytest.raises(SheetRejectedError) as rejected:
        read_sheet(path)
    assert [p.code for p in rejected.value.problems] == [code]


def test_sheet_for_another_language_is_refused_when_a_language_is_given(bank, vi_sheet):
    plan = plan_import(bank, read_sheet(vi_sheet), "X", language="my")
    assert [p.code for p in plan.problems] == ["sheet_language_mismatch"]


def test_apply_needs_a_reviewer(bank, vi_sheet, tmp_path):
    rows = rows_of(vi_sheet)
    rows[1][3] = "Bàn tiếp nhận"
    plan = plan_import(bank, read_sheet(write_rows(tmp_path / "r.csv", rows)), "   ")
    with pytest.raises(UserError):
        apply_import(bank, plan)


def test_a_failed_write_leaves_the_previous_overlay_whole(bank, vi_sheet, tmp_path, data_home,
                                                         monkeypatch):
    rows = rows_of(vi_sheet)
    rows[1][3] = "Bàn tiếp nhận"
    apply_import(bank, plan_import(bank, read_sheet(write_rows(tmp_path / "a.csv", rows)), "A"))
    overlay = overlay_dir(data_home) / "vi.toml"
    before = overlay.read_bytes()
    rows[2][3] = "Phòng vệ sinh"
    bank = user_bank(data_home)
    plan = plan_import(bank, read_sheet(write_rows(tmp_path / "b.csv", rows)), "B")

    def power_cut(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        apply_import(bank, plan)
    monkeypatch.undo()
    assert overlay.read_bytes() == before
    assert not list(overlay.parent.glob(".*.part"))


def test_overlay_text_round_trips_through_toml():
    tricky = 'a "quoted" \\ back\nslash\ttab \x07 bell 《ruby》 {place}'
    meta = {"language": "vi", "status": "reviewed"}
    text = dump_text_file(meta, {"k.one": tricky}, {"k.one": {"status": "reviewed", "by": 'A "B"'}})
    raw = tomllib.loads(text)
    assert raw["text"]["k.one"] == tricky
    assert raw["provenance"]["k.one"]["by"] == 'A "B"'
    assert tomllib.loads(f"x = {quote(tricky)}")["x"] == tricky


def test_overlay_with_an_unknown_key_is_reported_by_content_check(data_home):
    folder = overlay_dir(data_home)
    folder.mkdir(parents=True)
    (folder / "vi.toml").write_text(dump_text_file({"language": "vi"}, {"facility.gone": "x"}, {}),
                                    encoding="utf-8")
    problems = check(user_bank(data_home), (get_language("vi"),))
    assert [(p.key, p.code) for p in problems] == [("facility.gone", "extra_string")]


# -- command line ---------------------------------------------------------------------------------
def test_cli_round_trip_with_dry_run_first(tmp_path, data_home, capsys):
    out = tmp_path / "vi.csv"
    assert main(["content", "export-review", "--language", "vi", "--out", str(out)]) == 0
    rows = rows_of(out)
    rows[1][3] = "Bàn tiếp nhận"
    write_rows(out, rows)
    capsys.readouterr()
    assert main(["content", "import-review", str(out), "--reviewer", "Le C", "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "- Quầy tiếp nhận" in shown and "+ Bàn tiếp nhận" in shown
    assert "Nothing was applied" in shown
    assert not overlay_dir(data_home).exists()
    assert main(["content", "import-review", str(out), "--reviewer", "Le C"]) == 0
    assert "reviewed by Le C" in capsys.readouterr().out
    assert main(["languages", "--json"]) == 0
    vi = next(r for r in json.loads(capsys.readouterr().out) if r["code"] == "vi")
    assert vi["reviewed_strings"] == 1


def test_cli_reports_bad_sheet_in_japanese_and_exits_1(tmp_path, data_home, capsys):
    (data_home).mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    out = tmp_path / "vi.csv"
    assert main(["content", "export-review", "--language", "vi", "--out", str(out)]) == 0
    rows = rows_of(out)
    rows[3][0] = "facility.unknown"
    write_rows(out, rows)
    assert main(["content", "import-review", str(out), "--reviewer", "X"]) == 1
    err = capsys.readouterr().err
    assert "4 行目 1 列目" in err and "facility.unknown" in err
    assert "何も反映していません" in err
    assert not overlay_dir(data_home).exists()


def test_cli_export_refuses_unknown_language(tmp_path, capsys):
    assert main(["content", "export-review", "--language", "xx", "--out",
                 str(tmp_path / "x.csv")]) == 2
    assert "xx" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()

