"""The Signs view: choose signs and languages, preview the real PDF, save it, print it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.ui.app import create_application, create_main_window

pytestmark = pytest.mark.gui
BANK = ContentBank()


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def signs_view(qtbot, data_home: Path):
    def build(ui_language: str = "en", evacuee_language: str | None = None):
        window = create_main_window(create_application(), data_home, ui_language=ui_language)
        qtbot.addWidget(window)
        window.show()
        if evacuee_language:
            window.set_evacuee_language(evacuee_language)
        window.show_view("signs")
        view = window.views["signs"]
        qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=30_000)
        return view
    return build


def wait_for_new_preview(qtbot, view) -> bytes:
    view.last_pdf = None
    view.refresh_preview()
    qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=30_000)
    return view.last_pdf


def test_preview_shows_the_current_sign_in_the_chosen_languages(signs_view, qtbot):
    view = signs_view("ja", evacuee_language="my")
    assert "my" in view.languages.codes()                  # the evacuee's language is added
    assert view.languages.codes()[0] == "ja"
    view.search.insert("トイレ")     # what an input method commits (QTest types ASCII only)
    assert view.sign_list.count() >= 5
    pdf = wait_for_new_preview(qtbot, view)
    current = view.sign_list.currentItem().data(Qt.ItemDataRole.UserRole)
    text = squash(pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range())
    assert squash(BANK.text("my", current)) in text
    assert not view.preview.pixmap().isNull()


def test_language_picker_stops_at_six(signs_view):
    view = signs_view()
    for code in ("vi", "my", "ne", "si", "th", "ko"):
        view.languages.set_checked(code)
    assert len(view.languages.codes()) == 6
    unchecked = [view.languages.item(i) for i in range(view.languages.count())
                 if view.languages.item(i).checkState() == Qt.CheckState.Unchecked]
    assert unchecked and not any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in unchecked)


def test_save_pdf_of_the_checked_signs(signs_view, qtbot, tmp_path):
    view = signs_view()
    view.languages.set_checked("vi")
    view.check_signs(["facility.reception", "promise.free_of_charge", "emergency.fire"])
    out = tmp_path / "signs.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: str(out) in view.status.text(), timeout=30_000)
    view.refresh_preview()                      # a preview landing later keeps the news
    qtbot.waitUntil(lambda: view._preview_job is None, timeout=30_000)
    document = pdfium.PdfDocument(out)
    assert len(document) == 3
    assert squash(BANK.text("vi", "promise.free_of_charge")) in \
        squash(document[1].get_textpage().get_text_range())
    assert str(out) in view.status.text()


def test_notice_slots_are_typed_and_reach_the_paper(signs_view, qtbot, tmp_path):
    view = signs_view()
    view.choose_notice("notice.meal_time")
    assert set(view.slot_editors) == {"time", "place"}
    view.slot_editors["place"].place.setEditText("体育館")
    view.slot_editors["time"].setTime(view.slot_editors["time"].time().fromString("17:30", "HH:mm"))
    out = tmp_path / "notice.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    text = squash(pdfium.PdfDocument(out)[0].get_textpage().get_text_range())
    assert "食事は17:30に体育館で配ります。" in text
    # 体育館 is a listed place: English readers get their own word for it.
    assert "MealsareservedatGymat17:30." in text


def test_a_listed_place_needs_no_reading_and_a_typed_one_prints_its_reading(signs_view, qtbot,
                                                                           tmp_path):
    view = signs_view("ja")
    view.choose_notice("notice.water_off")
    editor = view.slot_editors["place"]
    words = [editor.place.itemText(i) for i in range(editor.place.count())]
    assert "体育館" in words and "校庭" in words and "受付" in words
    editor.place.setCurrentIndex(words.index("校庭"))
    assert not editor.reading.isEnabled()
    assert view.slot_values()["place"] == "place.schoolyard"
    editor.place.setEditText("北校舎")
    assert editor.reading.isEnabled()
    editor.reading.setText("Kita-kosha")
    assert view.slot_readings() == {"place": "Kita-kosha"}
    out = tmp_path / "notice.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    text = squash(pdfium.PdfDocument(out)[0].get_textpage().get_text_range())
    assert "北校舎で" in text                                   # Japanese: as typed
    assert "Kita-kosha(北校舎)" in text                          # English: the reading first


def test_a_missing_place_is_explained_in_the_views_words_not_printed(signs_view, qtbot,
                                                                     tmp_path):
    view = signs_view("ja")
    view.choose_notice("notice.meal_time")
    view.refresh_preview()
    qtbot.waitUntil(lambda: "場所" in view.status.text(), timeout=10_000)
    out = tmp_path / "notice.pdf"
    view.save_pdf(out)
    assert not out.exists()
    assert view.status.text() == "記入してください：場所"
    assert "--" not in view.status.text() and "{" not in view.status.text()


def test_the_template_list_names_slots_instead_of_placeholders(signs_view):
    view = signs_view("ja")
    texts = [view.template.itemText(i) for i in range(view.template.count())]
    assert any(text.endswith("食事は［時刻］に［場所］で配ります。") for text in texts)
    assert not any("{" in text for text in texts)
    view.choose_notice("notice.meal_time")
    labels = [view.slot_form.itemAt(row, view.slot_form.ItemRole.LabelRole).widget().text()
              for row in range(view.slot_form.rowCount())]
    assert labels == ["時刻：", "場所："]


def test_with_nothing_ticked_the_sign_on_show_is_printed(signs_view, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    view = signs_view()
    assert view.checked_signs() == []
    shown = view.sign_list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert [sheet.id for sheet in view.sheets()] == [shown]
    assert "the sign shown is printed" in view.chosen_label.text()
    dialog = view.print_dialog(QPrinter(), len(view.sheets()))
    assert (dialog.minPage(), dialog.maxPage()) == (1, 1)
    assert dialog.windowTitle() == "Print 1 sheet"
    dialog.deleteLater()
    view.check_signs(["facility.reception", "facility.toilet"])
    assert [sheet.id for sheet in view.sheets()] == ["facility.reception", "facility.toilet"]
    assert "2 signs ticked" in view.chosen_label.text()


def test_no_sign_on_show_says_what_to_do_and_disables_printing(signs_view, qtbot):
    view = signs_view("ja")
    view.search.insert("zzzz-no-such-sign")
    qtbot.waitUntil(lambda: not view.print_button.isEnabled(), timeout=10_000)
    assert view.sign_list.count() == 0
    assert "検索" in view.preview.text() and view.preview.pixmap().isNull()
    assert not view.save_button.isEnabled()
    view.search.clear()
    qtbot.waitUntil(lambda: view.print_button.isEnabled(), timeout=30_000)
    assert not view.preview.pixmap().isNull()


def test_print_goes_to_a_real_printer_device(signs_view, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    view = signs_view()
    view.check_signs(["facility.reception", "facility.toilet"])
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    view.print_to(printer)
    qtbot.waitUntil(lambda: view.status.text() == "Sent to the printer.", timeout=30_000)
    assert len(pdfium.PdfDocument(out)) == 2


def test_signs_default_to_the_languages_of_people_present(qtbot, data_home: Path):
    from evac_toolkit.core.registry.store import Registry

    registry = Registry.open(data_home)
    registry.add({"languages": ["ne"]})
    registry.add({"languages": ["ne", "en"]})
    registry.add({"languages": ["si"]})
    registry.close()
    window = create_main_window(create_application(), data_home, ui_language="en")
    qtbot.addWidget(window)
    window.show_view("signs")
    assert window.views["signs"].languages.codes() == ["ja", "en", "ne", "si"]
    window.print_signs_for(["th", "vi"])
    assert window.views["signs"].languages.codes() == ["ja", "vi", "th"]
    window.close()


@pytest.mark.parametrize("ui_language", ["ja", "en"])
def test_the_notice_form_with_two_place_slots_fits_a_1024_by_600_screen(qtbot, data_home,
                                                                        ui_language):
    window = create_main_window(create_application(), data_home, ui_language=ui_language)
    qtbot.addWidget(window)
    window.resize(1024, 600 - 72)      # less title bar and panel, as tests/test_gui_layout.py
    window.show()
    qtbot.waitExposed(window)
    window.show_view("signs")
    view = window.views["signs"]
    view.choose_notice("notice.shuttle_bus")  # destination and place: two place editors
    qtbot.wait(100)
    needed = window.size().expandedTo(window.minimumSizeHint())
    assert (needed.width(), needed.height()) == (1024, 528)
    for name in ("destination", "place"):
        editor = view.slot_editors[name]
        assert editor.reading.isVisibleTo(window) and editor.place.isVisibleTo(window)
