"""Settings → Content: export a review sheet, preview and apply a review, run the checks."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from evac_toolkit.core.content.bank import overlay_dir, user_bank
from evac_toolkit.ui.app import create_application, create_main_window

pytestmark = pytest.mark.gui


@pytest.fixture
def content_tab(qtbot, data_home: Path):
    def build(ui_language: str = "en", evacuee_language: str | None = None):
        window = create_main_window(create_application(), data_home, ui_language=ui_language)
        qtbot.addWidget(window)
        window.show()
        if evacuee_language:
            window.set_evacuee_language(evacuee_language)
        window.show_view("content")
        return window.views["settings"].content
    return build


def edited_sheet(tab, tmp_path: Path, edits: dict[str, str],
                 key_edits: dict[str, str] | None = None) -> Path:
    key_edits = key_edits or {}
    out = tmp_path / "sheet.csv"
    tab.export_to(out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        if row[0] in edits:
            row[3] = edits[row[0]]
        if row[0] in key_edits:
            row[0] = key_edits[row[0]]
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return out


def test_content_tab_follows_the_evacuee_language_and_shows_coverage(content_tab, data_home):
    tab = content_tab("ja", evacuee_language="my")
    assert tab.isVisible()
    assert tab.current_language() == "my"
    assert tab.native_name.text() == "မြန်မာဘာသာ"
    assert tab.coverage.text().startswith(f"{len(user_bank(data_home).entries)} 件")
    assert not tab.apply_button.isEnabled()


def test_preview_then_apply_a_review(content_tab, tmp_path, data_home, qtbot):
    tab = content_tab("en")
    tab.select_language("vi")
    sheet = edited_sheet(tab, tmp_path, {"facility.reception": "Bàn tiếp nhận"})
    tab.preview(sheet)
    assert tab.table.isVisible() and tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "Bàn tiếp nhận"
    assert "1 changed" in tab.result.text()
    assert tab.result.text().startswith("Vietnamese:")     # the language by name, not "vi"
    assert not tab.apply_button.isEnabled()          # no reviewer yet
    assert not overlay_dir(data_home).exists()       # a preview applies nothing
    qtbot.keyClicks(tab.reviewer, "Tran D")
    assert tab.apply_button.isEnabled()
    tab.apply_button.click()
    assert "reviewed by Tran D" in tab.result.text()
    assert user_bank(data_home).text("vi", "facility.reception") == "Bàn tiếp nhận"
    assert "1 reviewed" in tab.coverage.text()
    assert not tab.table.isVisible() and not tab.apply_button.isEnabled()


def test_a_bad_sheet_lists_problems_in_japanese_and_cannot_be_applied(content_tab, tmp_path,
                                                                      data_home, qtbot):
    tab = content_tab("ja")
    tab.select_language("vi")
    qtbot.keyClicks(tab.reviewer, "X")
    sheet = edited_sheet(tab, tmp_path, {"notice.meal_time": "Bữa ăn."},
                         key_edits={"facility.toilet": "facility.toilets"})
    tab.preview(sheet)
    texts = [tab.table.item(r, c).text() for r in range(tab.table.rowCount()) for c in (0, 1)]
    assert "何も反映していません" in tab.result.text()
    assert any("列目" in t for t in texts)
    assert any("facility.toilets" in t for t in texts)
    assert any("差し込み" in t or "{" in t for t in texts)   # the lost placeholders
    assert not tab.apply_button.isEnabled()
    assert not overlay_dir(data_home).exists()


def test_check_runs_off_the_ui_thread_and_reports(content_tab, qtbot, data_home):
    folder = overlay_dir(data_home)
    folder.mkdir(parents=True)
    (folder / "vi.toml").write_text('[text]\n"facility.reception" = "{oops}"\n', encoding="utf-8")
    tab = content_tab("en")
    tab.run_check()
    assert not tab.check_button.isEnabled()
    qtbot.waitUntil(lambda: tab.check_button.isEnabled(), timeout=60_000)
    assert "facility.reception" in tab.check_result.text()
    assert "problem" in tab.check_result.text()
