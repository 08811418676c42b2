"""The fingerboards on screen, driven with real clicks on real widgets (offscreen)."""

# ruff: noqa: F811
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Shared fixtures, used by name as test arguments (ruff reads those as redefinitions).
from fingerboard_fixtures import make_view, registry  # noqa: F401
from gui_actions import tap
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QRawFont
from PySide6.QtWidgets import QApplication

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.languages import catalog
from evac_toolkit.ui.app import create_application
from evac_toolkit.ui.fingerboards.cards import PhraseCard, TileButton
from evac_toolkit.ui.fingerboards.style import missing_note
from evac_toolkit.ui.fingerboards.tools import AnswersBoard
from evac_toolkit.ui.fingerboards.view import BOARD_IDS, FingerboardView
from evac_toolkit.ui.fonts import qfont

pytestmark = pytest.mark.gui
BANK = ContentBank()
INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFE0F, 0xFEFF}


def expected_summary(code: str) -> list[str]:
    language = next(lang for lang in catalog() if lang.code == code)
    return [f"言語：{language.japanese}（{language.native}）",
            "・けがをしている",
            f"痛む・けがの場所：{BANK.text('ja', 'body.knee_left')}",
            f"痛みの強さ：7 / 10（{BANK.text('ja', 'pain.7')}）",
            f"質問「{BANK.text('ja', 'staff.are_you_injured')}」→ {BANK.text('ja', 'answers.yes')}"]


def talk_through(qtbot, view: FingerboardView) -> None:
    """Burmese; "Are you injured?" → yes; left knee on the body map; pain 7."""
    tap(qtbot, view.language_tile("my"))
    tap(qtbot, view.card("staff.are_you_injured"))
    assert view.overlay.isVisible()
    tap(qtbot, view.answer_bar.buttons["answers.yes"])
    assert not view.overlay.isVisible()
    tap(qtbot, view.board_buttons["body_map"])
    body = view.body_map()
    for _tap in range(3):       # a knee smaller than a fingertip opens larger first
        tap(qtbot, body, body.point_for("body.knee_left", "front").toPoint())
        if body.selected:
            break
    tap(qtbot, view.board_buttons["pain_scale"])
    tap(qtbot, view.card("pain.7"))


def test_a_whole_conversation_is_summarised_and_saved(make_view, qtbot, registry):
    view = make_view("ja")
    chosen = []
    view.language_chosen.connect(chosen.append)
    assert view.built().current_board == "language_check"
    talk_through(qtbot, view)
    assert chosen == ["my"]

    lines = expected_summary("my")
    assert view.summary_lines() == lines
    assert view.summary_panel.lines_text() == "\n".join(lines)
    body = view.page("body_map")
    assert body.named.item_id == "body.knee_left" and body.named.isVisibleTo(body)
    assert body.map.selected == ["body.knee_left"]
    assert view.card("pain.7").marked

    tap(qtbot, view.summary_panel.save_button)
    dialog = view.save_dialog
    assert dialog is not None and dialog.isVisible()
    tap(qtbot, dialog.new_button)
    people = registry.search()
    assert len(people) == 1
    person = people[0]
    assert person.languages == ["my"]
    for line in lines:
        assert line in person.notes
    assert person.card_id in view.summary_panel.status.text()


def test_saving_adds_to_an_existing_person_found_by_name(make_view, qtbot, registry):
    existing = registry.add({"display_name": "Aung Min", "languages": ["en"],
                             "allergens": ["milk"]})
    registry.add({"display_name": "Other Person"})
    view = make_view("en")
    tap(qtbot, view.language_tile("my"))
    tap(qtbot, view.board_buttons["allergens"])
    tap(qtbot, view.card("allergens.egg"))
    tap(qtbot, view.summary_panel.save_button)
    dialog = view.save_dialog
    qtbot.keyClicks(dialog.search, "aung")
    assert dialog.results.count() == 1
    assert dialog.select(existing.id)
    tap(qtbot, dialog.add_button)
    person = registry.get(existing.id)
    assert person.languages == ["en", "my"]
    assert person.allergens == ["milk", "egg"]
    assert "アレルギー：卵" in person.notes
    assert registry.count() == 2


def test_without_a_registry_saving_explains_why(make_view, qtbot):
    view = make_view("en", provider=lambda: None)
    tap(qtbot, view.language_tile("vi"))
    tap(qtbot, view.card("staff.need_doctor"))
    tap(qtbot, view.answer_bar.buttons["answers.yes"])
    tap(qtbot, view.summary_panel.save_button)
    assert view.save_dialog is None
    assert "registry is not available" in view.summary_panel.status.text()
    assert view.summary_lines()     # nothing was lost


def test_table_mode_turns_the_evacuees_half_round(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("my"))
    tap(qtbot, view.table_button)
    half = view.table_half
    assert half.isVisible() and view.table_mode()
    assert half.rotation() == 180
    transform = half.proxy.sceneTransform()
    assert (transform.m11(), transform.m22()) == (-1.0, -1.0)
    # The panel's top left corner is at the half's bottom right: really upside down.
    corner = half.mapFromScene(half.proxy.mapToScene(QPointF(0, 0)))
    viewport = half.viewport().size()
    assert abs(corner.x() - viewport.width()) <= 1 and abs(corner.y() - viewport.height()) <= 1
    # Both halves share the screen.
    assert half.height() > 250 and view.volunteer.height() > 250

    tap(qtbot, view.card("staff.are_you_injured"))
    panel = half.panel
    assert panel.current() is panel.card and panel.card.item_id == "staff.are_you_injured"
    # The evacuee taps "yes" on their (rotated) answer bar.
    yes = panel.answer_bar.buttons["answers.yes"]
    in_panel = yes.mapTo(panel, yes.rect().center())
    target = half.mapFromScene(half.proxy.mapToScene(QPointF(in_panel)))
    qtbot.mouseClick(half.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert view.conversation.summary().answers == [("staff.are_you_injured", "answers.yes")]
    assert not view.overlay.isVisible()
    # The body map is there for the evacuee too, turned round with their half.
    tap(qtbot, view.board_buttons["body_map"])
    assert panel.current() is panel.mirrors["body_map"]
    tap(qtbot, view.table_button)
    assert not half.isVisible() and view.answer_bar.isVisible()


def raw_fonts(families: list[str], cache: dict) -> list[QRawFont]:
    found = []
    for family in families:
        if family not in cache:
            cache[family] = QRawFont.fromFont(qfont(family, 20))
        found.append(cache[family])
    return found


def every_tile(view: FingerboardView, board: str) -> list[TileButton]:
    page = view.page(board)
    if isinstance(page, AnswersBoard):
        tiles = []
        for tool in page.tools:
            page.show_tool(tool)
            tiles += page.findChildren(TileButton)
        return tiles
    return page.findChildren(TileButton)


def test_every_board_renders_in_every_language_without_missing_glyphs(make_view):
    view = make_view("ja")
    cache: dict[str, QRawFont] = {}
    checked = 0
    for language in catalog():
        view.choose_language(language.code)
        for board in BOARD_IDS:
            view.show_board(board)
            tiles = every_tile(view, board) + view.chooser.findChildren(TileButton) + \
                view.answer_bar.findChildren(TileButton)
            for tile in tiles:
                for text, font in tile.texts():
                    assert text.strip(), f"{language.code} {board}: empty text on {tile}"
                    raws = raw_fonts(font.families(), cache)
                    assert raws[0].familyName() == font.families()[0]
                    for char in set(text):
                        if char.isspace() or ord(char) in INVISIBLE:
                            continue
                        assert any(raw.glyphIndexesForString(char)[0] != 0 for raw in raws), \
                            f"{language.code} {board}: {char!r} (U+{ord(char):04X}) in {text!r}"
                        checked += 1
            # Cards are drawn in the evacuee's language first.
            for card in view.page(board).findChildren(PhraseCard):
                if card.code is None and not card.phrase().missing:
                    assert card.phrase().primary_code == language.code
    assert checked > 10_000


def test_a_missing_phrase_says_so_and_still_shows_the_japanese(make_view, qtbot, monkeypatch):
    original = ContentBank.text

    def without_one(self, code, key):
        if (code, key) == ("my", "staff.are_you_injured"):
            return None
        return original(self, code, key)

    monkeypatch.setattr(ContentBank, "text", without_one)
    view = make_view("ja")
    tap(qtbot, view.language_tile("my"))
    card = view.card("staff.are_you_injured")
    phrase = card.phrase()
    assert phrase.missing and phrase.primary == BANK.text("ja", "staff.are_you_injured")
    shown = [text for text, _font in card.texts()]
    assert "この言語の文はまだありません" in shown and missing_note("en") in shown \
        and phrase.primary in shown
    assert card.heightForWidth(card.width()) > view.card("staff.hello").heightForWidth(
        card.width())
    # Not an empty card: the note's yellow is painted.
    image = card.grab().toImage()
    note = QColor("#fff3c4")
    assert any(image.pixelColor(x, y) == note for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4))
    tap(qtbot, card)
    assert view.overlay.isVisible() and view.overlay.phrase.missing
    # Its neighbours are in Burmese as before.
    assert view.card("staff.hello").phrase().primary_code == "my"


def test_text_size_control_changes_card_fonts(make_view, qtbot):
    view = make_view("en")
    tap(qtbot, view.language_tile("th"))
    card = view.card("staff.hello")
    size, height = card.primary_font().pointSizeF(), card.heightForWidth(320)
    tap(qtbot, view.bigger_button)
    assert view.text_scale() > 1
    assert card.primary_font().pointSizeF() > size
    assert card.heightForWidth(320) > height
    tap(qtbot, view.smaller_button)
    tap(qtbot, view.smaller_button)
    assert card.primary_font().pointSizeF() < size
    for _ in range(10):
        if view.smaller_button.isEnabled():
            tap(qtbot, view.smaller_button)
    assert not view.smaller_button.isEnabled()      # a floor, not a vanishing card


def test_the_answer_bar_is_on_every_board(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("ne"))
    for board in BOARD_IDS:
        tap(qtbot, view.board_buttons[board])
        assert view.current_board == board
        assert view.answer_bar.isVisible()
        for button in view.answer_bar.buttons.values():
            assert button.isVisible()
            bottom = button.mapTo(view, QPoint(0, button.height())).y()
            assert bottom <= view.height(), f"{board}: answer bar off screen"
            assert button.height() >= 48 and button.width() >= 48
        if board == "language_check":
            tap(qtbot, view.language_tile("ne"))


def test_touch_targets_are_at_least_48_pixels(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("si"))
    for board in BOARD_IDS:
        view.show_board(board)
        QApplication.processEvents()
        for tile in view.page(board).findChildren(TileButton):
            if tile.isVisible():
                assert tile.width() >= 48 and tile.height() >= 48, (board, tile.objectName())


def test_keyboard_moves_between_cards_and_presses_them(make_view, qtbot):
    view = make_view("en")
    tap(qtbot, view.language_tile("en"))
    view.activateWindow()
    first = view.card("staff.hello")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    moved = view.focusWidget()
    assert isinstance(moved, PhraseCard) and moved is not first
    assert moved.mapToGlobal(QPoint(0, 0)).x() > first.mapToGlobal(QPoint(0, 0)).x()
    qtbot.keyClick(moved, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.overlay.isVisible())
    assert view.conversation.events[-1].item == moved.item_id
    qtbot.keyClick(view.overlay, Qt.Key.Key_Escape)
    assert not view.overlay.isVisible()


def test_checklists_toggle_and_the_number_pad_points_at_numbers(make_view, qtbot):
    view = make_view("ja")
    tap(qtbot, view.language_tile("id"))
    tap(qtbot, view.board_buttons["allergens"])
    tap(qtbot, view.card("allergens.egg"))
    tap(qtbot, view.card("allergens.wheat"))
    assert view.conversation.summary().allergens == ["egg", "wheat"]
    assert view.card("allergens.egg").marked
    tap(qtbot, view.card("allergens.egg"))           # off again
    assert view.conversation.summary().allergens == ["wheat"]
    assert not view.card("allergens.egg").marked
    assert not view.overlay.isVisible()               # checklists do not open full screen

    tap(qtbot, view.board_buttons["answers"])
    answers = view.page("answers")
    tap(qtbot, answers.tabs["numbers"])
    pad = answers.tools["numbers"]
    tap(qtbot, pad.buttons["2"])
    tap(qtbot, pad.buttons["7"])
    assert pad.display.value == "27"
    assert [e.item for e in view.conversation.events][-2:] == ["numbers.2", "numbers.7"]
    tap(qtbot, pad.buttons["C"])
    assert pad.display.value == ""

    tap(qtbot, answers.tabs["clock"])
    clock = answers.tools["clock"]
    tap(qtbot, clock.hour_buttons[3])
    tap(qtbot, clock.minute_buttons["30"])
    assert clock.display.value == "15:30"
    assert "3時半" in clock.words("ja")
    tap(qtbot, answers.tabs["days"])
    tap(qtbot, view.card("days.monday"))
    assert view.conversation.events[-1].item == "days.monday"


def test_the_main_window_can_set_the_language_quietly(make_view, qtbot):
    view = make_view("ja")
    announced = []
    view.language_chosen.connect(announced.append)
    view.set_evacuee_language("vi")
    # Kept until the boards are built (asking builds nothing), then theirs.
    assert view.evacuee_language() == "vi" and view.built().conversation.language == "vi"
    assert announced == [] and view.current_board == "language_check"
    assert view.language_tile("vi").marked
    assert view.card("staff.hello", "staff").phrase().primary_code == "vi"


def test_the_language_check_records_how_much_japanese(make_view, qtbot):
    view = make_view("ja")
    card = view.card("language_check.no_japanese")
    assert card.phrase().primary_code == "ja-x-easy"
    assert card.phrase().secondary == BANK.text("ja", "language_check.no_japanese")
    tap(qtbot, card)
    assert view.conversation.summary().japanese_ability == "none"
    assert view.current_board == "language_check"     # still choosing a language
    assert "通訳：必要" in view.summary_lines()


def test_high_contrast_paints_cards_black_and_yellow(make_view, qtbot):
    view = make_view("en")
    tap(qtbot, view.language_tile("my"))
    tap(qtbot, view.contrast_button)
    assert view.context.high_contrast
    image = view.card("staff.hello").grab().toImage()
    samples = [image.pixelColor(x, y) for x in range(4, image.width() - 4, 6)
               for y in range(4, image.height() - 4, 6)]
    black = sum(color.lightness() < 40 for color in samples)
    assert black > len(samples) * 0.6
    assert any(color.red() > 200 and color.green() > 200 and color.blue() < 80
               for color in samples)


def test_undo_new_conversation_and_print_booklet(make_view, qtbot):
    view = make_view("en")
    booklets = []
    view.print_booklet_requested.connect(booklets.append)
    tap(qtbot, view.language_tile("tl"))
    tap(qtbot, view.card("staff.are_you_injured"))
    tap(qtbot, view.answer_bar.buttons["answers.no"])
    tap(qtbot, view.undo_button)                      # takes back the answer only
    assert view.conversation.summary().answers == []
    assert [e.item for e in view.conversation.events] == ["staff.are_you_injured"]
    tap(qtbot, view.print_button)
    assert booklets == ["tl"]
    tap(qtbot, view.summary_panel.new_button)         # unsaved: asks for a second tap
    assert view.conversation.events
    tap(qtbot, view.summary_panel.new_button)
    assert not view.conversation.events and view.conversation.language is None
    assert view.current_board == "language_check" and view.context.language is None


def test_the_boards_are_built_after_the_first_window_appears(tmp_path):
    """The fingerboards are the first view: reading the content bank and fitting the tiles'
    text wait until the view has been painted once, so the first window is not delayed by
    them; then they are built without anyone asking."""
    code = (
        "import sys, json, time\n"
        "from pathlib import Path\n"
        "from evac_toolkit.ui.app import create_application\n"
        "from evac_toolkit.ui.fingerboards.view import FingerboardView\n"
        "app = create_application()\n"
        f"view = FingerboardView(Path({str(tmp_path)!r}), lambda: None)\n"
        "view.show()\n"
        "before = 'evac_toolkit.core.content.bank' in sys.modules\n"
        "for _ in range(300):\n"
        "    app.processEvents()\n"
        "    if view.__dict__['_built']: break\n"
        "    time.sleep(0.01)\n"
        "print(json.dumps([before, 'evac_toolkit.core.content.bank' in sys.modules,"
        " view.current_board, len(view.cards('language_check'))]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVAC_TOOLKIT_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    before, after, board, tiles = json.loads(result.stdout.strip().splitlines()[-1])
    assert (before, after, board) == (False, True, "language_check")
    assert tiles >= len(catalog()) + 5


def test_main_window_shares_the_language_and_keeps_the_conversation(qtbot, data_home, tmp_path):
    from evac_toolkit.ui.app import create_main_window

    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    board = window.views["fingerboards"]
    board.choose_language("si")
    assert window.evacuee_language == "si"
    board.point("staff.are_you_injured")
    board.answer("answers.yes")
    window.set_ui_language("en")                     # rebuilds the window
    again = window.views["fingerboards"]
    assert again is not board
    assert again.conversation.summary().flags == ["injured"]
    assert again.evacuee_language() == "si"
    window.show_view("signs")
    assert "si" in window.views["signs"].languages.codes()
    out = tmp_path / "si.pdf"
    window.write_booklet("si", out)
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(out)) >= 10
    window.close()


def test_booklet_goes_to_a_real_printer_device(qtbot, data_home, tmp_path):
    import pypdfium2 as pdfium
    from PySide6.QtPrintSupport import QPrinter

    from evac_toolkit.ui.app import create_main_window

    window = create_main_window(create_application(), data_home, ui_language="en")
    qtbot.addWidget(window)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(window.booklet_done, timeout=60_000):
        window.booklet_to_printer("my", printer)
    assert len(pdfium.PdfDocument(out)) >= 10
    window.close()


def test_the_boards_are_built_when_a_method_needs_them_never_by_looking(qtbot, data_home,
                                                                        registry):
    view = FingerboardView(data_home, lambda: registry)    # never shown: nothing painted
    qtbot.addWidget(view)
    assert view.ongoing_conversation() is None and view.evacuee_language() is None
    # Looking for a part builds nothing: a plain attribute, there or not.
    assert not hasattr(view, "conversation") and not hasattr(view, "answer_bar")
    assert view.ongoing_conversation() is None
    view.choose_language("vi")                  # a method on the boards builds them
    assert view.ongoing_conversation() is view.conversation
    assert view.conversation.language == "vi" and view.current_board == "staff"
    assert view.built() is view
