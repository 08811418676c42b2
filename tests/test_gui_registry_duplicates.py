"""The add form warns before adding someone who may be registered already, with the reason:
Thein Min and テイン・ミン read ていん みん and speak Burmese. Real widgets, a real registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

THEIN_MIN = {"display_name": "Thein Min", "name_reading": "ていん みん", "languages": ["my"]}


def fill_thein_min_in_katakana(qtbot, dialog) -> None:
    dialog.name.insert("テイン・ミン")
    dialog.reading.insert("ていん みん")
    qtbot.mouseClick(dialog.tiles.tiles["my"], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("ui_language", "warning"), [
    ("en", "Check before adding: maybe already registered as card {card} (same reading ていん "
           "みん and a shared language: Burmese). Press Save again to add this person anyway."),
    ("ja", "追加する前に確認してください：カード {card} と同じ人かもしれません（読み「ていん みん」が"
           "同じで、共通の言語：ミャンマー語（ビルマ語））。それでも追加するときは、もう一度「保存」を"
           "押してください。"),
])
def test_the_same_reading_and_a_shared_language_is_asked_about_first(make_view, registry, qtbot,
                                                                     ui_language, warning):
    view = make_view([THEIN_MIN], ui_language=ui_language)
    card = registry.search("")[0].card_id
    dialog = view.add_person()
    fill_thein_min_in_katakana(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and registry.count() == 1
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == warning.format(card=card)
    assert dialog.name.text() == "テイン・ミン"               # what was typed stays
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)   # "add anyway"
    assert not dialog.isVisible() and registry.count() == 2


def test_someone_with_the_same_reading_but_no_shared_language_is_added_at_once(make_view,
                                                                              registry, qtbot):
    view = make_view([{**THEIN_MIN, "languages": ["en"]}])
    dialog = view.add_person()
    fill_thein_min_in_katakana(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and registry.count() == 2


def test_editing_a_person_does_not_warn_about_themselves(make_view, registry, qtbot):
    view = make_view([THEIN_MIN])
    dialog = view.edit_person(registry.search("")[0].id)
    dialog.area.insert("体育館 A-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert registry.search("")[0].area == "体育館 A-1"
