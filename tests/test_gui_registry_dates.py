"""The import dialog with an office's dates and times: a time column of its own is offered as a
field, and a refused date says which forms are read. Real widgets, a real registry file."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from evac_toolkit.ui.registry.file_dialogs import ImportDialog

pytestmark = pytest.mark.gui


def _open(qtbot, view, path) -> ImportDialog:
    dialog = view.files.import_csv(path)
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    return dialog


def test_separate_time_column_is_a_field_and_imports(make_view, registry, qtbot, tmp_path):
    view = make_view(ui_language="ja")
    path = tmp_path / "名簿.csv"
    path.write_bytes("氏名,言語,入所日,入所時刻\r\nTran,vi,令和7年6月1日,午後6時\r\n"
                     .encode("cp932"))
    dialog = _open(qtbot, view, path)
    assert [combo.currentData() for combo in dialog.combos] == [
        "display_name", "languages", "checked_in_at", "checked_in_time"]
    assert dialog.combos[3].currentText() == "入所時刻（日付は別の列）"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert registry.search("Tran")[0].checked_in_at.startswith("2025-06-01T18:00:00")


def test_a_refused_date_names_the_forms_that_are_read(make_view, qtbot, tmp_path):
    view = make_view(ui_language="ja")
    path = tmp_path / "bad.csv"
    path.write_text("氏名,言語,入所日時\r\nTran,vi,2026/13/40\r\n", encoding="utf-8")
    dialog = _open(qtbot, view, path)
    item = dialog.problems_table.item(0, 1)
    assert item.text().startswith("入所日時：「2026/13/40」は日時として読めません")
    # The cell may be cut to fit; the whole message, every form in it, is on the cell's tip.
    whole = item.toolTip() or item.text()
    for form in ("2026/12/7", "12月7日", "令和8年12月7日", "R8.12.7", "午後6時"):
        assert form in whole
    assert not dialog.import_button.isEnabled()
    if os.environ.get("DATES_SHOT"):
        dialog.resize(1024, 600)
        dialog.grab().save(os.environ["DATES_SHOT"])
