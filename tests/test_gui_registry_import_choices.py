"""The import dialog's value choices and import profiles: one dropdown per distinct unknown word
(not per row), values named in the UI language, the choices saved as a named profile and picked
for the next list from the same office — real widgets, a real registry file, real CSV files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from evac_toolkit.ui.registry.file_dialogs import ImportDialog
from evac_toolkit.ui.registry.import_choices import LEAVE_OUT, UNDECIDED
from evac_toolkit.ui.registry.view import RegistryView

pytestmark = pytest.mark.gui

WAIT = 30_000
HEADER = "氏名,話せる言語,日本語,通訳,避難所内の場所\r\n"
FIRST = HEADER + ("テイン・ミン,ビルマ語,ぼちぼち,たぶん,体育館 A\r\n"
                  "陳 大文,広東語,ぼちぼち,はい,体育館 B\r\n"
                  "李 明,広東語,ボチボチ,はい,体育館 B\r\n"
                  "佐藤 一郎,日本語,ネイティブ,×,和室 1\r\n")
SECOND = HEADER + "黄 小明,広東語,ぼちぼち,たぶん,和室 2\r\n"


def write(path, text: str):
    path.write_bytes(text.encode("cp932"))
    return path


def open_import(qtbot, view: RegistryView, path) -> ImportDialog:
    dialog = view.files.import_csv(path)
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    return dialog


def word_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.values.table
    return [tuple(table.item(row, column).text() for column in range(3))
            for row in range(table.rowCount())]


def test_one_dropdown_per_distinct_word_named_in_japanese(make_view, registry, qtbot, tmp_path):
    view = make_view(ui_language="ja")
    dialog = open_import(qtbot, view, write(tmp_path / "名簿.csv", FIRST))
    # ぼちぼち and ボチボチ are one word; 広東語 twice is one word: three rows, not five.
    assert word_rows(dialog) == [("日本語", "ぼちぼち", "3"), ("通訳", "たぶん", "1"),
                                 ("話せる言語", "広東語", "2")]
    assert dialog.tabs.currentIndex() == 1                  # every column was recognised
    assert dialog.tabs.tabText(1) == "値（選ぶもの 3 件）"
    ability = dialog.values.combos[("japanese_ability", "ぼちぼち")]
    items = [ability.itemText(index) for index in range(ability.count())]
    assert items == ["値を選んでください…", "日本語はわからない", "やさしい日本語ならわかる",
                     "日常会話ができる", "日本語で問題ない", "不明", "（この語は使わない）"]
    language = dialog.values.combos[("languages", "広東語")]
    names = [language.itemText(index) for index in range(language.count())]
    assert "中国語（繁体字）" in names and "zh-Hant" not in names
    assert [dialog.values.combos[("interpreter_needed", "たぶん")].itemText(index)
            for index in (1, 2)] == ["はい", "いいえ"]
    # The problem names the language as missing from the list, with the nearest ones.
    problems = [dialog.problems_table.item(row, 1).toolTip() or
                dialog.problems_table.item(row, 1).text()
                for row in range(dialog.problems_table.rowCount())]
    assert any("言語一覧にありません" in text and "中国語（繁体字）" in text for text in problems)
    assert not dialog.import_button.isEnabled()

    # Chosen as a person would, through each dropdown: each choice checks the file again.
    language.setCurrentIndex(language.findData("zh-Hant"))
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    ability.setCurrentIndex(ability.findData("easy"))
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    assert not dialog.import_button.isEnabled()
    dialog.values.choose("interpreter_needed", "たぶん", True)
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    assert not dialog.problems_table.isVisible() and dialog.import_button.isEnabled()
    # The rows stay, showing the choice, so that it can still be changed.
    assert len(word_rows(dialog)) == 3 and dialog.values.undecided() == 0
    assert ability.currentData() == "easy" and dialog.tabs.tabText(1) == "値"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    found = {p.display_name: (p.languages, p.japanese_ability, p.interpreter_needed, p.area)
             for p in registry.search("")}
    assert found == {"テイン・ミン": (["my"], "easy", True, "体育館 A"),
                     "陳 大文": (["zh-Hant"], "easy", True, "体育館 B"),
                     "李 明": (["zh-Hant"], "easy", True, "体育館 B"),
                     "佐藤 一郎": (["ja"], "fluent", False, "和室 1")}


def test_choices_saved_as_a_profile_import_the_next_list_in_one_step(make_view, registry, qtbot,
                                                                     tmp_path):
    view = make_view(ui_language="ja")
    first = open_import(qtbot, view, write(tmp_path / "first.csv", FIRST))
    first.set_value("languages", "広東語", "zh-Hant")
    first.set_value("japanese_ability", "ぼちぼち", "easy")
    first.set_value("interpreter_needed", "たぶん", None)            # left out: no
    qtbot.waitUntil(first.idle, timeout=10_000)
    assert first.import_button.isEnabled()
    assert first.values.combos[("interpreter_needed", "たぶん")].currentData() == LEAVE_OUT
    assert first.save_as_profile("港区 第一小学校")
    assert "インポート設定「港区 第一小学校」を保存しました" in first.summary.text()
    saved = json.loads((tmp_path / "import_profiles" / "港区 第一小学校.json")
                       .read_text(encoding="utf-8"))
    assert saved["values"] == {"languages": {"広東語": "zh-Hant"},
                               "japanese_ability": {"ぼちぼち": "easy"},
                               "interpreter_needed": {"たぶん": None}}
    first.reject()

    second = open_import(qtbot, view, write(tmp_path / "second.csv", SECOND))
    assert not second.import_button.isEnabled()
    names = [second.profile_bar.combo.itemText(i) for i in range(second.profile_bar.combo.count())]
    assert names == ["（設定なし）", "港区 第一小学校"]
    second.profile_bar.pick("港区 第一小学校")
    qtbot.waitUntil(second.idle, timeout=10_000)
    assert second.import_button.isEnabled() and second.values.undecided() == 0
    qtbot.mouseClick(second.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.result is not None, timeout=WAIT)
    [person] = registry.search("黄")
    assert (person.languages, person.japanese_ability, person.interpreter_needed) == (
        ["zh-Hant"], "easy", False)


def test_a_bad_name_or_a_damaged_profile_is_said_in_one_line(make_view, registry, qtbot,
                                                             tmp_path):
    view = make_view(ui_language="en")
    dialog = open_import(qtbot, view, write(tmp_path / "first.csv", FIRST))
    assert not dialog.save_as_profile("../../etc")
    assert "cannot be an import profile's name" in dialog.summary.text()
    assert not (tmp_path / "import_profiles").exists()
    (tmp_path / "import_profiles").mkdir()
    (tmp_path / "import_profiles" / "broken.json").write_text("{not json", encoding="utf-8")
    dialog.profile_bar.set_names(["broken"])
    dialog.profile_bar.pick("broken")
    assert "cannot be used" in dialog.summary.text() and "\n" not in dialog.summary.text()
    assert dialog.values.combos[("languages", "広東語")].currentData() == UNDECIDED
    assert registry.count() == 0


def test_the_dialog_with_words_to_choose_fits_a_small_screen_in_japanese(make_view, qtbot,
                                                                         tmp_path):
    view = make_view(ui_language="ja")
    dialog = open_import(qtbot, view, write(tmp_path / "名簿.csv", FIRST))
    # Within a maximised window's inside on a 1024 × 600 screen (72 px for the title and
    # task bars, as tests/test_gui_layout.py).
    needed = dialog.minimumSizeHint()
    assert needed.width() <= 1024 and needed.height() <= 600 - 72, needed
    dialog.resize(1024, 528)
    qtbot.wait(10)
    # The problems under the tabs: at least three whole rows on screen.
    problems = dialog.problems_table
    assert problems.isVisible()
    assert problems.viewport().height() >= 3 * problems.verticalHeader().defaultSectionSize()
    bar = dialog.profile_bar
    assert bar.save_button.width() >= bar.save_button.sizeHint().width()
    assert bar.save_button.height() >= bar.save_button.minimumHeight()
