"""The Registry view's File menu: CSV import through the preview dialog, CSV export, the
printouts, and backups. A real registry file in tmp_path; PDFs are read back with PDFium."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt, QThreadPool

from evac_toolkit.core.registry.backup import list_backups, take_backup
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui.registry.file_dialogs import UNDECIDED, ImportDialog
from evac_toolkit.ui.registry.view import RegistryView
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

pytestmark = pytest.mark.gui

WAIT = 30_000       # printouts load their fonts the first time



def write(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def open_import(qtbot, view: RegistryView, path) -> ImportDialog:
    dialog = view.files.import_csv(path)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    return dialog


def run_import(qtbot, view: RegistryView, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    qtbot.waitUntil(view.idle, timeout=10_000)


def shown_names(view: RegistryView) -> list[str]:
    return sorted(view.model.evacuee(row).display_name for row in range(view.model.rowCount()))


def table_rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def pdf_text(path) -> str:
    """The PDF's text, NFC, without whitespace (lines wrap where the layout decides)."""
    texts = [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(path))]
    return "".join(unicodedata.normalize("NFC", "".join(texts)).split())


def wait_files(qtbot, view: RegistryView) -> str:
    qtbot.waitUntil(lambda: not view.files.busy(), timeout=WAIT)
    return view.status.text()


# -- import ---------------------------------------------------------------------------------------
def test_cp932_spreadsheet_with_japanese_headers_is_imported_into_the_view(make_view, registry,
                                                                          qtbot, tmp_path):
    view = make_view()
    path = write(tmp_path / "名簿.csv",
                 "氏名,ふりがな,言語,アレルギー\r\n"
                 "髙橋 ①子,ﾀｶﾊｼ ｲﾁｺ,ベトナム語,えび、小麦\r\n"
                 "山田 花子,やまだ はなこ,日本語,\r\n", "cp932")
    dialog = open_import(qtbot, view, path)
    assert dialog.encoding_label.text() == "Shift_JIS (CP932)"
    assert [combo.currentData() for combo in dialog.combos] == [
        "display_name", "name_reading", "languages", "allergens"]
    assert dialog.combos[0].currentText() == "Name"
    # The first rows as a sample, beside each column's field.
    assert dialog.mapping_table.horizontalHeaderItem(2).text() == "Line 2"
    assert dialog.mapping_table.item(0, 2).text() == "髙橋 ①子"
    assert dialog.mapping_table.item(1, 2).text() == "ﾀｶﾊｼ ｲﾁｺ"
    assert dialog.summary.text().startswith("2 new, 0 already registered")
    assert not dialog.problems_table.isVisible() and not dialog.duplicates_table.isVisible()
    assert registry.count() == 0                      # nothing written before Import

    run_import(qtbot, view, dialog)
    assert dialog.summary.text().startswith("Imported 2 people. Backup before import:")
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Close"
    person = registry.search("髙橋")[0]
    assert (person.display_name, person.name_reading) == ("髙橋 ①子", "ﾀｶﾊｼ ｲﾁｺ")
    assert (person.languages, person.allergens) == (["vi"], ["shrimp", "wheat"])
    assert [b.reason for b in list_backups(registry.path)][-1] == "before-import"
    # The view shows them, with fresh counts.
    qtbot.waitUntil(lambda: shown_names(view) == ["山田 花子", "髙橋 ①子"], timeout=10_000)
    assert view.dashboard.present_label.text() == "Present: 2"
    assert "Imported 2 people" in view.status.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.mark.parametrize("ui_language", ["en", "ja"])
def test_an_unknown_column_is_a_problem_until_it_is_given_a_field(make_view, registry, qtbot,
                                                                  tmp_path, ui_language):
    view = make_view(ui_language=ui_language)
    path = write(tmp_path / "sheet.csv", "名前,血液型,Sprache\r\n田中,A,vi\r\n")
    dialog = open_import(qtbot, view, path)
    rows = table_rows(dialog.problems_table)
    if ui_language == "ja":
        assert rows == [("1 行目 2 列目", "不明な列「血液型」"),
                        ("1 行目 3 列目", "不明な列「Sprache」")]
    else:
        assert rows == [("line 1, column 2", "unknown column '血液型'"),
                        ("line 1, column 3", "unknown column 'Sprache'")]
    assert dialog.problems_table.isVisible()
    assert not dialog.import_button.isEnabled()
    # Unknown columns ask for a choice rather than showing "(ignore)" as if it were made.
    assert [combo.currentData() for combo in dialog.combos] == ["display_name", UNDECIDED,
                                                                UNDECIDED]
    dialog.set_mapping("Sprache", "languages")
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    assert len(table_rows(dialog.problems_table)) == 1
    assert dialog.combos[2].currentData() == "languages"
    assert not dialog.import_button.isEnabled()
    # Leaving the blood type out, through the combo as a person would.
    blood = dialog.combos[1]
    blood.setCurrentIndex(blood.findData(None))
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    assert dialog.choices.columns == {"Sprache": "languages", "血液型": None}
    assert not dialog.problems_table.isVisible()
    assert dialog.import_button.isEnabled()
    run_import(qtbot, view, dialog)
    [person] = registry.search("")
    assert (person.display_name, person.languages) == ("田中", ["vi"])
    qtbot.waitUntil(lambda: shown_names(view) == ["田中"], timeout=10_000)


def test_a_broken_row_is_shown_by_line_and_nothing_is_imported(make_view, registry, qtbot,
                                                               tmp_path):
    view = make_view()
    path = write(tmp_path / "bad.csv", "display_name,name_reading,allergens\r\n"
                                       "Ali,アリ,egg\r\nBob,ボブ\r\nCarl,カール,milk\r\n")
    dialog = open_import(qtbot, view, path)
    assert table_rows(dialog.problems_table) == [("line 3", "2 columns, the header has 3")]
    assert dialog.summary.text().startswith("1 problem in the file.")
    assert not dialog.import_button.isEnabled()
    assert dialog.accept_import() is False
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)    # disabled: no effect
    assert dialog.idle() and dialog.result is None
    assert registry.count() == 0
    assert list_backups(registry.path) == []


def test_duplicates_are_reported_and_not_imported_twice(make_view, registry, qtbot, tmp_path):
    view = make_view([{"display_name": "山田 花子", "name_reading": "やまだ はなこ",
                       "languages": ["ja"]}])
    hanako = registry.search("花子")[0]
    path = write(tmp_path / "people.csv", "display_name,name_reading,languages\r\n"
                                          "山田 花子,やまだ はなこ,ja\r\n"
                                          "Lê Thị Hoa,レ ティ ホア,vi\r\n"
                                          "Lê Thị Hoa,レ ティ ホア,vi\r\n")
    dialog = open_import(qtbot, view, path)
    assert dialog.summary.text() == "1 new, 2 already registered (UTF-8)."
    assert table_rows(dialog.duplicates_table) == [
        ("line 2", f"already registered as card {hanako.card_id} "
                   "(same name and reading, same first language)"),
        ("line 4", "same person as line 3 (same name and reading, same first language)")]
    assert dialog.duplicates_table.isVisible()
    run_import(qtbot, view, dialog)
    assert registry.count() == 2
    assert "2 already registered: skipped." in dialog.summary.text()
    dialog.close()

    again = open_import(qtbot, view, path)
    assert again.summary.text().startswith("0 new, 3 already registered")
    assert "Nobody new to import." in again.summary.text()
    assert not again.import_button.isEnabled() and again.accept_import() is False
    assert registry.count() == 2
    assert shown_names(view) == ["Lê Thị Hoa", "山田 花子"]


def test_the_same_reading_with_a_shared_language_is_listed_with_its_reason(make_view, registry,
                                                                           qtbot, tmp_path):
    """Possibly the same person (same reading, a language in common): listed beside the
    skipped ones with the reason, the language by its name, and imported."""
    view = make_view([{"display_name": "Thein Min", "name_reading": "ていん みん",
                       "languages": ["my"]}])
    thein = registry.search("Thein")[0]
    path = write(tmp_path / "people.csv", "氏名,ふりがな,言語\r\n"
                                          "テイン・ミン,ていん みん,my\r\n"
                                          "Thein Min,ていんみん,my\r\n")
    dialog = open_import(qtbot, view, path)
    assert dialog.summary.text() == ("1 new, 1 already registered (UTF-8). 1 of the new may "
                                     "already be registered: check them in the list.")
    assert table_rows(dialog.duplicates_table) == [
        ("line 2", f"maybe the same person as card {thein.card_id} "
                   "(same reading, both speak Burmese)"),
        ("line 3", f"already registered as card {thein.card_id} "
                   "(same name and reading, same first language)")]
    assert dialog.duplicates_table.isVisible()
    run_import(qtbot, view, dialog)
    assert "1 of the new may already be registered" in dialog.summary.text()
    assert shown_names(view) == ["Thein Min", "テイン・ミン"]
    dialog.close()


def test_a_file_that_cannot_be_read_says_so(make_view, qtbot, tmp_path):
    view = make_view()
    dialog = open_import(qtbot, view, tmp_path / "missing.csv")
    assert dialog.summary.text().startswith("Cannot read ")
    assert not dialog.import_button.isEnabled()


# -- export ---------------------------------------------------------------------------------------
def test_export_writes_utf8_with_bom_for_excel(make_view, registry, qtbot, tmp_path):
    view = make_view([{"display_name": "髙橋 ①子", "languages": ["ja"]},
                      {"display_name": "Lê Thị Hoa", "languages": ["vi"]},
                      {"display_name": "Gone Away"}])
    registry.check_out(registry.search("Gone")[0].id)
    dialog = view.files.open_export()
    assert dialog.isVisible() and dialog.utf8.isChecked()
    out = tmp_path / "registry.csv"
    dialog.export_to(out)
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "髙橋 ①子" in text and "Lê Thị Hoa" in text and "Gone Away" in text
    assert dialog.written == 3
    assert dialog.summary.text() == f"Wrote {out}: 3 people."
    # Present only, names left out.
    dialog.present_only.setChecked(True)
    dialog.redact.setChecked(True)
    dialog.export_to(out)
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    text = out.read_bytes().decode("utf-8-sig")
    assert dialog.written == 2 and len(text.strip().splitlines()) == 3
    assert "髙橋" not in text and "Gone" not in text


HARD_FOR_CP932 = [
    {"display_name": "髙橋 ①子", "languages": ["ja"]},
    {"display_name": "Nguyễn Văn An", "languages": ["vi"]},
    {"display_name": "テイン・ミン", "languages": ["my"], "notes": "ဆေးလိပ် မသောက်ပါ"},
    {"display_name": "Trần Thị Lan", "languages": ["vi"], "do_not_disclose": True,
     "area": "和室 🌸"},
]


def refused_cp932(qtbot, make_view, registry, tmp_path, ui_language="en"):
    """The export dialog after a Shift_JIS export was refused: who and where, and the choice."""
    view = make_view(HARD_FOR_CP932, ui_language=ui_language)
    dialog = view.files.open_export()
    dialog.cp932.setChecked(True)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.export_to(folder / "registry-sjis.csv")
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    assert dialog.choice.isVisible() and dialog.written is None
    assert list(folder.iterdir()) == []                   # nothing until the choice
    return dialog, folder


def test_cp932_export_names_who_and_where_and_writes_nothing_until_chosen(
        make_view, registry, qtbot, tmp_path):
    dialog, folder = refused_cp932(qtbot, make_view, registry, tmp_path)
    nguyen, burmese = (registry.search(name)[0] for name in ("Nguy", "テイン"))
    protected = next(person for person in registry.search() if person.do_not_disclose)
    text = dialog.summary.text()
    # The protected person's name and area are never exported, so never named here either.
    assert "cannot hold some text of 2 people, so nothing was written" in text
    assert f"{nguyen.card_id} Nguyễn Văn An: display_name “ễ ă”" in text
    assert f"{burmese.card_id} テイン・ミン: notes “ဆေးလိပ် မသောက်ပါ”" in text
    assert protected.card_id not in text and "🌸" not in text and "Trần" not in text
    assert "--" not in text                                 # no command-line option
    # Cancel: still nothing written, the choice goes away.
    qtbot.mouseClick(dialog.cancel_choice_button, Qt.MouseButton.LeftButton)
    assert not dialog.choice.isVisible() and list(folder.iterdir()) == []
    assert dialog.summary.text() == "Nothing was written."
    # Only Japanese-script names: Shift_JIS works without asking.
    for person in (nguyen, burmese, protected):
        registry.delete(person.id)
    dialog.export_to(folder / "registry-sjis.csv")
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    assert dialog.written == 1 and not dialog.choice.isVisible()
    assert "髙橋 ①子" in (folder / "registry-sjis.csv").read_bytes().decode("cp932")


def test_the_refused_export_and_its_choice_fit_a_small_screen_in_japanese(make_view, registry,
                                                                        qtbot, tmp_path):
    registry.add_many([{"display_name": f"Phạm Thị {n}", "languages": ["vi"]} for n in range(9)])
    dialog, _folder = refused_cp932(qtbot, make_view, registry, tmp_path, "ja")
    # 11 people (the protected one has nothing unwritable: their area is never exported).
    assert "…ほか 6 人。" in dialog.summary.text() and "UTF-8 で保存" in dialog.summary.text()
    # Within a maximised window's inside on a 1024 × 600 screen (72 px for the title and
    # task bars, as tests/test_gui_layout.py), every choice readable in full.
    needed = dialog.minimumSizeHint()
    assert needed.width() <= 1024 and needed.height() <= 600 - 72, needed
    dialog.resize(needed)
    qtbot.wait(10)
    for button in (dialog.as_utf8_button, dialog.replace_button, dialog.cancel_choice_button):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_refused_cp932_export_saved_as_utf8_instead(make_view, registry, qtbot, tmp_path):
    dialog, folder = refused_cp932(qtbot, make_view, registry, tmp_path)
    qtbot.mouseClick(dialog.as_utf8_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    data = (folder / "registry-sjis.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Nguyễn Văn An" in text and "ဆေးလိပ် မသောက်ပါ" in text and "和室" not in text
    assert dialog.written == 4 and dialog.utf8.isChecked() and not dialog.choice.isVisible()
    assert dialog.summary.text() == f"Wrote {folder / 'registry-sjis.csv'}: 4 people."


def test_refused_cp932_export_written_with_question_marks(make_view, registry, qtbot, tmp_path):
    dialog, folder = refused_cp932(qtbot, make_view, registry, tmp_path)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.idle, timeout=WAIT)
    text = (folder / "registry-sjis.csv").read_bytes().decode("cp932")
    assert "Nguy?n V?n An" in text and "髙橋 ①子" in text and "和室" not in text
    assert "???" in text and "Trần" not in text
    assert dialog.written == 4 and dialog.cp932.isChecked()
    assert "2 cells of 2 people held characters Shift_JIS (CP932) cannot" in \
        dialog.summary.text()


# -- printouts ------------------------------------------------------------------------------------
PEOPLE = [
    {"display_name": "Ana Souza", "languages": ["pt-BR"], "diets": ["halal"],
     "allergens": ["shrimp"], "interpreter_needed": True},
    {"display_name": "Tran Binh", "languages": ["vi"], "diets": ["halal"],
     "medical": ["dialysis"]},
    {"display_name": "山田 太郎", "languages": ["ja"], "allergens": ["egg"]},
]


def test_needs_card_for_the_selected_person(make_view, registry, qtbot, tmp_path):
    view = make_view(PEOPLE)
    ana = registry.search("Ana")[0]
    assert view.files.print_card(tmp_path / "none.pdf") is False     # nobody selected
    assert view.status.text() == "Select a person first."
    view.select_ids([ana.id])
    out = tmp_path / "card.pdf"
    assert view.files.print_card(out, "A6")
    assert wait_files(qtbot, view) == f"Wrote {out}"
    text = pdf_text(out)
    assert ana.card_id in text and "ハラール" in text
    assert "Ana" not in text                              # the card prints no name
    label = tmp_path / "label.pdf"
    view.files.print_card(label, "label")
    assert wait_files(qtbot, view) == f"Wrote {label}"
    assert ana.card_id in pdf_text(label)


def test_kitchen_and_handover_sheets(make_view, registry, qtbot, tmp_path):
    view = make_view(PEOPLE)
    kitchen = tmp_path / "kitchen.pdf"
    view.files.print_kitchen(kitchen, meal="夕食", include_names=False)
    assert wait_files(qtbot, view) == f"Wrote {kitchen}"
    text = pdf_text(kitchen)
    assert "在所者Peoplepresent:3人" in text and "夕食" in text
    assert "Halal2" in text and "Egg1" in text
    assert "Ana" not in text
    named = tmp_path / "kitchen-names.pdf"
    view.files.print_kitchen(named, include_names=True)
    wait_files(qtbot, view)
    assert "AnaSouza" in pdf_text(named)
    handover = tmp_path / "handover.pdf"
    view.files.print_handover(handover)
    assert wait_files(qtbot, view) == f"Wrote {handover}"
    text = pdf_text(handover)
    assert "在所者3人" in text and "人工透析1人" in text


def test_a_printout_to_a_missing_folder_is_worded_and_leaves_nothing(make_view, qtbot,
                                                                     tmp_path):
    view = make_view(PEOPLE, ui_language="ja")
    out = tmp_path / "missing" / "handover.pdf"
    view.files.print_handover(out)
    text = wait_files(qtbot, view)
    assert text.startswith(f"ファイル {out} を書き込めません") and "何も書き込んでいません" in text
    assert not out.parent.exists()


# -- backups --------------------------------------------------------------------------------------
def test_back_up_now_writes_a_verified_backup(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    assert view.files.back_up_now()
    text = wait_files(qtbot, view)
    [backup] = list_backups(registry.path)
    assert backup.reason == "manual" and backup.path.is_file()
    assert text == f"Backup written and verified: {backup.path}"
    assert view.files.last_backup.path == backup.path
    copy = Registry(backup.path)
    try:
        assert copy.count() == len(PEOPLE)
    finally:
        copy.close()


def test_restore_replaces_the_registry_and_the_view_goes_on(make_view, registry, qtbot):
    view = make_view(PEOPLE[:2])
    backup = take_backup(registry.path, "manual")
    registry.add({"display_name": "Later Person"})
    view.refresh()
    qtbot.waitUntil(lambda: view.idle() and len(shown_names(view)) == 3, timeout=10_000)
    with qtbot.waitSignal(view.registry_changed, timeout=10_000):
        assert view.files.restore_backup(backup.path)
    assert view.status.text().startswith(f"Restored from {backup.path}.")
    qtbot.waitUntil(lambda: view.idle() and shown_names(view) == ["Ana Souza", "Tran Binh"],
                    timeout=10_000)
    assert view.dashboard.present_label.text() == "Present: 2"
    # The same Registry object works on the restored file (the main window holds it too).
    assert registry.count() == 2 and registry.stats().present == 2
    registry.add({"display_name": "After Restore"})
    assert registry.count() == 3
    # The registry as it was is kept: the restore can be undone.
    safety = next(b for b in list_backups(registry.path) if b.reason == "before-restore")
    copy = Registry(safety.path)
    try:
        assert copy.search("Later")[0].display_name == "Later Person"
    finally:
        copy.close()


def test_a_damaged_backup_restores_nothing(make_view, registry, qtbot, tmp_path):
    view = make_view(PEOPLE)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 100)
    assert view.files.restore_backup(bad) is False
    assert "is damaged" in view.status.text() and "nothing was restored" in view.status.text()
    assert registry.count() == len(PEOPLE)
    registry.add({"display_name": "Still Works"})


# -- the menu -------------------------------------------------------------------------------------
def test_file_menu_is_touch_sized_and_the_card_needs_one_person(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    assert view.file_button.height() >= TOUCH_TARGET_PX
    menu = view.file_button.menu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Import a list (Excel, CSV)…", "Export CSV…", "Needs card…", "Kitchen sheet…",
                     "Hand-over sheet…", "Back up now", "Restore a backup…",
                     "Transfer to another shelter…", "Receive a transfer…"]
    menu.aboutToShow.emit()
    assert not view.file_actions["card"].isEnabled()
    view.select_ids([registry.search("Ana")[0].id])
    menu.aboutToShow.emit()
    assert view.file_actions["card"].isEnabled()
    dialog = view.files.choose_card()
    assert dialog.isVisible() and dialog.card_size() == "A6"
    dialog.reject()
    dialog = view.files.choose_restore()
    assert dialog.backups.count() == 0 and not dialog.restore_button.isEnabled()
    dialog.reject()


def test_closing_the_import_dialog_while_it_reads_is_safe(make_view, registry, qtbot, tmp_path):
    view = make_view()
    path = write(tmp_path / "people.csv", "display_name\r\n" + "".join(
        f"Person {i}\r\n" for i in range(3000)))
    dialog = view.files.import_csv(path)
    assert not dialog.idle()
    dialog.close()
    QThreadPool.globalInstance().waitForDone(WAIT)
    qtbot.wait(100)                                    # the finished signal is delivered
    assert registry.count() == 0
