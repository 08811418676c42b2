"""The fingerboard view as a volunteer meets it on a small laptop: finding a phrase by typing,
answers that belong to the board shown, and everything needed visible at 1024×600 and 1366×768.
Real widgets, offscreen."""

# ruff: noqa: F811
from __future__ import annotations

import pytest

# Shared fixtures, used by name as test arguments (ruff reads those as redefinitions).
from fingerboard_fixtures import make_view, registry  # noqa: F401
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.fingerboards.tools import AnswersBoard
from evac_toolkit.ui.fingerboards.view import FingerboardView

pytestmark = pytest.mark.gui
BANK = ContentBank()
INJURED = "staff.are_you_injured"


def tap(qtbot, widget: QWidget) -> None:
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def shown_in_its_scroll_area(widget: QWidget) -> bool:
    """The widget lies wholly inside the visible part of every scroll area around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            if not viewport.rect().contains(QRect(top_left, widget.size())):
                return False
        parent = parent.parentWidget()
    return True


# -- phrase search ----------------------------------------------------------------------------------
def test_typing_japanese_finds_the_17th_staff_card_and_choosing_it_goes_there(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("my"))
    staff = [card.item_id for card in view.page("staff").cards()]
    assert staff.index(INJURED) > 10                 # far down the staff board
    tap(qtbot, view.board_buttons["evacuee"])
    view.search_box.setFocus()
    view.search_box.setText("ケガヲシテイマスカ")      # katakana finds the hiragana card
    found = view.found_cards()
    assert [card.item_id for card in found] == [INJURED]
    assert view.stack.currentWidget() is view.search_page
    # The found card speaks the evacuee's language and says which board it is on.
    assert found[0].phrase().primary == BANK.text("my", INJURED)
    assert found[0].board_title == "スタッフから"
    tap(qtbot, found[0])
    assert view.current_board == "staff" and view.search_box.text() == ""
    card = view.card(INJURED)
    assert view.focusWidget() is card and card.isVisible() and shown_in_its_scroll_area(card)
    assert view.board_buttons["staff"].marked
    qtbot.keyClick(card, Qt.Key.Key_Return)          # Enter opens it, as on the board
    qtbot.waitUntil(view.overlay.isVisible)
    assert view.conversation.events[-1].item == INJURED


def test_english_and_the_evacuees_language_find_cards_and_enter_takes_the_first(make_view,
                                                                                qtbot):
    view = make_view("en")
    tap(qtbot, view.language_tile("si"))
    view.search_box.setFocus()
    qtbot.keyClicks(view.search_box, "injured")
    assert [card.item_id for card in view.found_cards()][:2] == [INJURED, "evacuee.injured"]
    view.search_box.clear()
    assert view.stack.currentWidget() is view.page("staff")      # nothing typed: the board
    view.search_box.setText(BANK.text("si", "evacuee.injured"))
    assert view.found_cards()[0].item_id == "evacuee.injured"
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert view.current_board == "evacuee"
    assert view.focusWidget() is view.card("evacuee.injured")


def test_burmese_and_vietnamese_typed_without_marks_or_spaces(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("my"))
    view.search_box.setText(BANK.text("my", INJURED).replace(" ", "").rstrip("။"))
    assert view.found_cards()[0].item_id == INJURED
    view.choose_language("vi")
    view.search_box.setText("ban co bi thuong")
    assert view.found_cards()[0].item_id == INJURED


def test_a_found_number_or_time_opens_its_tool_and_a_body_part_its_board(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("en"))
    view.search_box.setText("seven")
    hits = [card.item_id for card in view.found_cards()]
    assert "numbers.7" in hits
    key = view.go_to_card("numbers.7")
    answers = view.page("answers")
    assert isinstance(answers, AnswersBoard) and answers.current_tool() == "numbers"
    assert view.current_board == "answers" and key is answers.tools["numbers"].buttons["7"]
    assert view.focusWidget() is key
    assert view.go_to_card("clock.tomorrow").item_id == "clock.tomorrow"
    assert answers.current_tool() == "clock"
    assert view.go_to_card("body.knee_left") is None      # a place on the body map
    assert view.current_board == "body_map"


def test_nothing_found_says_what_to_try(make_view, qtbot):
    view = make_view("ja").built()
    view.search_box.setText("zzzzqqq")
    assert view.found_cards() == []
    assert view.search_page.heading.text()
    assert view.search_page.heading.isVisible()
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == "" and view.stack.currentWidget() is view.page()


# -- answers belong to the board shown --------------------------------------------------------------
def test_yes_is_no_longer_highlighted_after_switching_boards(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("my"))
    tap(qtbot, view.card(INJURED))
    yes = view.answer_bar.buttons["answers.yes"]
    tap(qtbot, yes)
    assert yes.marked
    tap(qtbot, view.table_button)
    assert view.table_half.panel.answer_bar.buttons["answers.yes"].marked
    tap(qtbot, view.table_button)
    tap(qtbot, view.board_buttons["evacuee"])
    assert not yes.marked
    assert not view.table_half.panel.answer_bar.buttons["answers.yes"].marked
    tap(qtbot, view.board_buttons["staff"])
    assert not yes.marked                            # coming back is a new question too
    tap(qtbot, view.card("staff.need_doctor"))
    tap(qtbot, view.answer_bar.buttons["answers.no"])
    assert view.answer_bar.buttons["answers.no"].marked and not yes.marked
    # The answer is still recorded: only its highlight went.
    answers = {event.item: event.answer for event in view.conversation.events}
    assert answers[INJURED] == "answers.yes" and answers["staff.need_doctor"] == "answers.no"


# -- small screens ----------------------------------------------------------------------------------
# 1024×530: a 1024×600 screen once a title bar and a taskbar have taken their share.
@pytest.mark.parametrize("size", [(1024, 600), (1024, 530), (1366, 768)])
@pytest.mark.parametrize("ui_language, language", [("ja", "my"), ("en", "si"), ("ja", "si")])
def test_answer_bar_summary_and_save_are_inside_the_window(qtbot, data_home, size, ui_language,
                                                           language):
    app = create_application()
    window = create_main_window(app, data_home, ui_language=ui_language)
    qtbot.addWidget(window)
    width, height = size
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    view = window.views["fingerboards"]
    view.choose_language(language)
    for board in ("staff", "body_map", "pain_scale"):
        view.show_board(board)
        for scale in (1.0, 2.0):
            view.set_text_scale(scale)
            app.processEvents()
            assert window.width() <= width and window.height() <= height, board
            answer_bar = window.findChild(QWidget, "answerBar")
            save = window.findChild(QPushButton, "saveToRegistry")
            assert answer_bar is view.answer_bar and save is view.summary_panel.save_button
            for widget in (answer_bar, save, view.summary_panel.new_button,
                           view.summary_panel.lines, view.search_box):
                top_left = widget.mapTo(window, QPoint(0, 0))
                assert widget.isVisible(), (board, widget.objectName())
                assert window.rect().contains(QRect(top_left, widget.size())), \
                    (board, scale, widget.objectName(), top_left, widget.size())
            # Nothing laid on top of anything: the summary's two buttons, the board above the bar.
            new = view.summary_panel.new_button
            assert save.mapTo(window, QPoint(0, save.height())).y() <= new.mapTo(
                window, QPoint(0, 0)).y()
            assert view.stack.mapTo(window, QPoint(0, view.stack.height())).y() <= \
                answer_bar.mapTo(window, QPoint(0, 0)).y()
            assert view.stack.height() >= 150          # room for at least one card
            targets = [*view.answer_bar.buttons.values(), *view.board_buttons.values(), save,
                       view.summary_button, view.search_box]
            for target in targets:
                assert min(target.width(), target.height()) >= 40, target.objectName()


def test_the_summary_folds_away_and_comes_back(make_view, qtbot):
    view = make_view("ja").built()
    stack_width = view.stack.width()
    tap(qtbot, view.summary_button)
    qtbot.waitUntil(lambda: view.stack.width() > stack_width)
    assert not view.summary_panel.isVisible() and view.summary_button.isVisible()
    tap(qtbot, view.summary_button)
    assert view.summary_panel.isVisible()
    assert view.summary_panel.save_button.isVisible()


# -- start-up -----------------------------------------------------------------------------------------
def test_the_boards_wait_for_the_first_paint_and_only_their_own_parts_build_them(qtbot, data_home,
                                                                                registry):
    create_application()
    view = FingerboardView(data_home, lambda: registry)
    qtbot.addWidget(view)
    assert getattr(view, "no_such_part", None) is None      # looking around builds nothing
    view.set_evacuee_language("si")                          # kept for the boards
    assert not view.__dict__["_built"]
    view.resize(1024, 600)
    view.show()
    qtbot.waitUntil(lambda: view.__dict__["_built"])
    assert view.evacuee_language() == "si"
    assert view.language_tile("si").marked


def test_high_contrast_reaches_the_view_inside_the_main_window(qtbot, data_home):
    """The window renames the view ("view_fingerboards"): its style still applies."""
    app = create_application()
    window = create_main_window(app, data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    view = window.views["fingerboards"]
    view.set_high_contrast(True)
    app.processEvents()
    assert view.objectName() == "view_fingerboards"
    margin = view.grab().toImage().pixelColor(3, 3)        # the view's own 8 px margin
    assert margin.name() == "#000000"
    view.set_high_contrast(False)
    app.processEvents()
    assert view.grab().toImage().pixelColor(3, 3).name() == "#eef2f7"
