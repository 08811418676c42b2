"""The import dialog with the files offices hand over besides CSV: a workbook of several sheets
(sheet chooser), and files that are no list, named as what they are. Real files made at test time
(tests/list_files.py), a real registry, real widgets."""

from __future__ import annotations

import pytest
from list_files import office_workbook, pdf, png, unicode_text, workbook
from PySide6.QtCore import Qt

from evac_toolkit.core.registry.backup import list_backups
from evac_toolkit.ui.registry.file_dialogs import ImportDialog
from evac_toolkit.ui.registry.view import RegistryView

pytestmark = pytest.mark.gui

WAIT = 30_000


def open_import(qtbot, view: RegistryView, path) -> ImportDialog:
    dialog = view.files.import_csv(path)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    return dialog


def rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def test_a_workbook_is_imported_from_the_sheet_chosen(make_view, registry, qtbot, tmp_path):
    view = make_view()
    dialog = open_import(qtbot, view, office_workbook(tmp_path / "避難者名簿.xlsx"))
    assert dialog.windowTitle() == "Import people from a list (Excel or CSV)"
    assert dialog.encoding_label.text() == "Excel workbook, sheet '名簿'"
    # Several sheets: the chooser shows them all, the first visible one chosen.
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.height() >= 44
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "リスト", "名簿", "集計"]                          # not the chart sheet
    assert dialog.sheet_combo.currentText() == "名簿"
    assert [combo.currentData() for combo in dialog.combos][:4] == [
        "display_name", "name_reading", "languages", "japanese_ability"]
    # The sample is the sheet's rows, by their row numbers (row 3 is blank).
    table = dialog.mapping_table
    assert [table.horizontalHeaderItem(c).text() for c in (2, 3, 4)] == [
        "Line 2", "Line 4", "Line 5"]
    assert table.item(0, 2).text() == "グエン・ヴァン・アン"
    assert table.item(9, 2).text() == "2026-12-07 18:05"                # a date cell
    assert dialog.summary.text() == ("3 new, 0 already registered "
                                     "(Excel workbook, sheet '名簿').")

    # Another sheet, chosen in the window: read again, its own columns.
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findText("集計"))
    qtbot.waitUntil(lambda: dialog.idle() and dialog.preview.sheet == "集計", timeout=WAIT)
    assert [combo.currentData() for combo in dialog.combos] == ["display_name", "languages"]
    assert table.item(0, 2).text() == "李 娜"
    assert dialog.summary.text().startswith("1 new, 0 already registered")
    dialog.choose_sheet("名簿")
    qtbot.waitUntil(lambda: dialog.idle() and dialog.preview.sheet == "名簿", timeout=WAIT)
    assert dialog.summary.text().startswith("3 new")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    qtbot.waitUntil(view.idle, timeout=WAIT)
    assert dialog.result.imported == 3 and registry.count() == 3
    assert not dialog.sheet_combo.isEnabled()            # imported: the choices are final
    assert [b.reason for b in list_backups(registry.path)] == ["before-import"]
    person = registry.search("髙橋")[0]
    assert person.checked_in_at.startswith("2026-12-08T09:30:15")


def test_a_workbook_of_one_sheet_shows_no_chooser_and_its_problems_by_row(make_view, registry,
                                                                         qtbot, tmp_path):
    view = make_view(ui_language="ja")
    path = workbook(tmp_path / "名簿.xlsx", {"避難者": [
        ["氏名", "言語"], ["山田", "ja"], [], ["Ali", "klingon"]]})
    dialog = open_import(qtbot, view, path)
    assert not dialog.sheet_combo.isVisible()
    assert dialog.encoding_label.text() == "Excel ブック、シート「避難者」"
    ((where, problem),) = rows(dialog.problems_table)
    # The accepted values follow, by their Japanese names.
    assert where == "4 行目 2 列目"
    assert problem.startswith("言語：不明な値「klingon」。使える値：日本語、やさしい日本語、英語")
    assert not dialog.import_button.isEnabled() and registry.count() == 0


def test_excel_unicode_text_is_named_in_the_window(make_view, qtbot, tmp_path):
    view = make_view(ui_language="ja")
    path = unicode_text(tmp_path / "名簿.txt", [["氏名", "言語"], ["Thein Min", "my"]])
    dialog = open_import(qtbot, view, path)
    assert dialog.encoding_label.text() == "Unicode テキスト（UTF-16）"
    assert dialog.import_button.isEnabled()


@pytest.mark.parametrize("ui_language", ["en", "ja"])
def test_a_file_that_is_no_list_is_named_as_what_it_is(make_view, registry, qtbot, tmp_path,
                                                      ui_language):
    view = make_view(ui_language=ui_language)
    dialog = open_import(qtbot, view, png(tmp_path / "名簿.png"))
    ((where, problem),) = rows(dialog.problems_table)
    if ui_language == "ja":
        assert where == "ファイル全体"
        assert problem.startswith("このファイルは画像（PNG）で、名簿ではありません。")
    else:
        assert where == "The whole file"
        assert problem.startswith("this is an image (PNG), not a list.")
    assert "cp932" not in problem.lower()
    assert dialog.encoding_label.text() == "—" and not dialog.sheet_combo.isVisible()
    assert not dialog.import_button.isEnabled() and registry.count() == 0
    dialog.reject()
    dialog = open_import(qtbot, view, pdf(tmp_path / "名簿.pdf"))
    assert "PDF" in rows(dialog.problems_table)[0][1]
