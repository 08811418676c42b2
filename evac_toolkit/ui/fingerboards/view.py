"""Fingerboards (指さしボード) on screen: a volunteer and an evacuee who share no language sit at
one laptop and point.

The evacuee first picks their language from tiles in their own scripts. Then the volunteer picks a
board and points at phrases, shown large in the evacuee's language and in Japanese; the evacuee
answers on the answer bar (always at the bottom), a number pad, a clock, a body map, a pain scale
or checklists. Everything pointed at is one conversation (``core.fingerboards.conversation``); its
summary, in Japanese, is live in the volunteer's panel and can be saved to a record. Table mode
turns the evacuee's half of the screen round for the person across the table.

The volunteer finds a card by typing (``fingerboard_search``): the found cards replace the board
until one is chosen. On a short screen the view is compact (``fingerboard_layout``) so that the
answer bar, the summary and its save button stay in sight at 1024×600. The boards are built in
the event loop's turn after the view is first painted, so the window appears without waiting.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui.i18n import current_ui_language

if TYPE_CHECKING:
    from evac_toolkit.ui.fingerboards.cards import PhraseCard, TileButton
    from evac_toolkit.ui.fingerboards.language import LanguageTile
    from evac_toolkit.ui.fingerboards.table import EvacueeHalf
    from evac_toolkit.ui.fingerboards.tools import BoardState

# The boards' widget modules (fingerboard_*) are imported when the view is first built, not
# while the main window is being made: creating their classes takes a twentieth of a second.
JAPANESE = "ja"

#: The board chooser: (board, title keys, pictogram). "answers" also holds numbers, clock, days.
BOARDS = (
    ("language_check", ("board.language_check",), "🌐"),
    ("staff", ("board.staff",), "🦺"),
    ("evacuee", ("board.evacuee",), "🙋"),
    ("answers", ("board.answers", "board.numbers", "board.clock"), "⭕"),
    ("body_map", ("board.body_map",), "🧍"),
    ("pain_scale", ("board.pain_scale",), "😣"),
    ("allergens", ("board.allergens",), "⚠"),
    ("diets", ("board.diets",), "🍽"),
    ("religion", ("board.religion",), "🛐"),
)
BOARD_IDS = tuple(board for board, _keys, _pictogram in BOARDS)
# Item boards shown as a tool of another board: (board, tool).
TOOLS = {"answers": ("answers", "answers"), "numbers": ("answers", "numbers"),
         "clock": ("answers", "clock"), "days": ("answers", "days")}
# The boards are built this long after the view is made if it has not been painted by then.
BUILD_AFTER_MS = 400
# How many found cards are counted (shown: fingerboard_search.SHOWN).
COUNTED = 1000


def on_the_boards(method):
    """A method that works on the boards (cards, buttons, the conversation): they are built
    first if the event loop has not built them yet."""
    @functools.wraps(method)
    def built_first(self, *args, **kwargs):
        self.ensure_built()
        return method(self, *args, **kwargs)
    return built_first


class FingerboardView(QWidget):
    """The fingerboards. ``registry_provider()`` gives the open registry, or None when its file
    cannot be opened (saving then explains that instead).

    Its parts (cards, buttons, the conversation) exist once the boards are built
    (``ensure_built``). Its public methods build them when they need them; a caller that uses a
    part itself asks for ``built()`` first (``view.built().conversation``)."""

    language_chosen = Signal(str)
    print_booklet_requested = Signal(str)
    #: A conversation's summary was saved: the person's ID and the flags it carried.
    conversation_saved = Signal(str, list)

    def __init__(self, data_dir: Path, registry_provider: Callable[[], object | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False
        self.setObjectName("fingerboardView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.data_dir = data_dir
        self.registry_provider = registry_provider
        self.ui_language = current_ui_language()
        # The first window must appear before the content bank is read and the tiles' text is
        # fitted (about 0.1 s): the boards are built in the event loop's turn after the view is
        # first painted (its plain background), or sooner if anything asks for them, or after
        # a moment if the view starts hidden.
        self._build_queued = False
        self._pending_language: str | None = None
        QTimer.singleShot(BUILD_AFTER_MS, self.ensure_built)

    def ensure_built(self) -> None:
        """Build the boards now, if they are not yet (the event loop builds them soon after
        the view is first painted)."""
        if self._built:
            return
        self._built = True
        from evac_toolkit.core.content.bank import user_bank
        from evac_toolkit.core.fingerboards.conversation import Conversation
        from evac_toolkit.ui.fingerboards.cards import (
            CardGrid,
            CardOverlay,
            ChooserButton,
            FlatStack,
            FlatWidget,
        )
        from evac_toolkit.ui.fingerboards.language import LanguageButton
        from evac_toolkit.ui.fingerboards.layout import SummaryHandle
        from evac_toolkit.ui.fingerboards.save import SummaryPanel
        from evac_toolkit.ui.fingerboards.style import BoardContext
        from evac_toolkit.ui.fingerboards.tools import AnswerBar

        self.bank = user_bank(self.data_dir)
        self.context = BoardContext(self.bank, self)
        self.conversation = Conversation(self.bank)
        self.current_board = "language_check"
        self.current_item: str | None = None
        self.save_dialog = None
        self._saved_events = 0
        self.pages: dict[str, QWidget] = {}
        self.search_page = None
        self._phrase_index = None
        # Answers given before this many events belong to an earlier board: not highlighted.
        self._answers_from = 0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)
        self._table_half: EvacueeHalf | None = None     # built when table mode is first used

        self.volunteer = FlatWidget(objectName="fbContent")
        volunteer = QVBoxLayout(self.volunteer)
        volunteer.setContentsMargins(0, 0, 0, 0)
        volunteer.setSpacing(6)
        volunteer.addLayout(self._build_toolbar())
        # One row of nine at 1024 px wide: every row the chooser takes is a row of cards less.
        self.chooser = CardGrid(self.context, 76, scaled=False)
        self.chooser.set_spacing(4)
        self.board_buttons: dict[str, ChooserButton] = {}
        for board, keys, pictogram in BOARDS:
            kind = LanguageButton if board == "language_check" else ChooserButton
            button = kind(self.context, board, keys, pictogram)
            button.clicked.connect(lambda _c=False, b=board: self.show_board(b))
            self.board_buttons[board] = self.chooser.add(button)
        volunteer.addWidget(self.chooser)
        middle = QHBoxLayout()
        middle.setSpacing(8)
        self.stack = FlatStack()
        middle.addWidget(self.stack, 1)
        # The summary folds away beside the boards (its handle stays), not from the toolbar:
        # the toolbar's width is what 1024 px cannot spare.
        self.summary_button = SummaryHandle(self.context, _("Summary"),
                                            _("Show or hide the summary for staff"))
        self.summary_button.setChecked(True)
        self.summary_button.toggled.connect(self.set_summary_visible)
        middle.addWidget(self.summary_button)
        self.summary_panel = SummaryPanel()
        # The name the window-wide layout test looks for (see tests/test_gui_fingerboard_search).
        self.summary_panel.save_button.setObjectName("saveToRegistry")
        self.summary_panel.save_requested.connect(self.save_to_registry)
        self.summary_panel.new_requested.connect(self.new_conversation)
        middle.addWidget(self.summary_panel)
        volunteer.addLayout(middle, 1)
        self.answer_bar = AnswerBar(self.context)
        self.answer_bar.pointed.connect(self.answer)
        volunteer.addWidget(self.answer_bar)
        outer.addWidget(self.volunteer, 1)

        self.overlay = CardOverlay(self.context, self)
        self.overlay.closed.connect(self._overlay_closed)
        for watched in (self.volunteer, self.answer_bar):
            watched.installEventFilter(self)
        self.context.changed.connect(self._restyle)
        self.objectNameChanged.connect(self._restyle)
        self.context.changed.connect(self._search_again)
        self._restyle()
        self.show_board("language_check")
        self._compact: bool | None = None
        self._fit_height(self.height())
        if self._pending_language:
            self.set_evacuee_language(self._pending_language)
        if self.isVisible():     # built on demand while already on screen
            self.volunteer.show()
            self.layout().activate()
            self._refresh()
            self._place_overlay()

    def built(self) -> FingerboardView:
        """This view with its boards built (building them now if need be), for a caller that
        uses one of its parts."""
        self.ensure_built()
        return self

    def ongoing_conversation(self):
        """The conversation on the boards, or None before they are built (asking builds
        nothing)."""
        return self.conversation if self._built else None

    # -- building ---------------------------------------------------------------------------------
    @property
    @on_the_boards
    def table_half(self) -> EvacueeHalf:
        """The evacuee's half for table mode, built on first use (not while the window opens)."""
        if self._table_half is None:
            from evac_toolkit.ui.fingerboards.table import EvacueeHalf
            from evac_toolkit.ui.fingerboards.tools import BoardState

            half = EvacueeHalf(self.context)
            half.hide()
            panel = half.panel
            panel.opened.connect(self.open_card)
            panel.pointed.connect(self.point)
            panel.answered.connect(self.answer)
            panel.toggled.connect(self.toggle)
            panel.body_tapped.connect(self.tap_body)
            for card in panel.answer_bar.buttons.values():
                card.max_lines = 1 if self._compact else 2
            self.layout().insertWidget(0, half, 1)
            self._table_half = half
            state = BoardState.of(self.conversation)
            panel.sync(state)
            self._sync_answers(state)
        return self._table_half

    def _build_toolbar(self) -> QHBoxLayout:
        from evac_toolkit.ui.fingerboards.search import SearchBox
        from evac_toolkit.ui.fingerboards.style import ui_font

        row = QHBoxLayout()
        row.setSpacing(6)

        def button(text: str, tip: str, name: str, checkable: bool = False) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setToolTip(tip)
            made.setAccessibleName(tip)
            made.setCheckable(checkable)
            made.setFont(ui_font(12, 600))
            made.setProperty("compact", True)
            row.addWidget(made)
            return made

        self.undo_button = button(_("Undo"), _("Take back the last card pointed at"),
                                  "undoButton")
        self.undo_button.clicked.connect(self.undo)
        row.addSpacing(8)
        self.smaller_button = button("A−", _("Smaller text"), "smallerButton")
        self.bigger_button = button("A+", _("Larger text"), "biggerButton")
        self.smaller_button.clicked.connect(lambda: self.step_text_size(-1))
        self.bigger_button.clicked.connect(lambda: self.step_text_size(1))
        self.contrast_button = button(_("High contrast"),
                                      _("Black and yellow, for dim light and weak eyes"),
                                      "contrastButton", True)
        self.contrast_button.toggled.connect(self.set_high_contrast)
        self.table_button = button(_("Table mode"),
                                   _("Split the screen: the evacuee's half turned round "
                                           "for the person across the table"),
                                   "tableButton", True)
        self.table_button.toggled.connect(self.set_table_mode)
        row.addStretch(1)
        self.search_box = SearchBox()
        self.search_box.textChanged.connect(self.search)
        self.search_box.chosen.connect(self._choose_first_found)
        self.search_box.down.connect(self._focus_found)
        row.addWidget(self.search_box, 2)
        self.print_button = button(_("Print booklet…"),
                                   _("Print the boards as a booklet for when there is "
                                           "no power"), "printBookletButton")
        self.print_button.clicked.connect(
            lambda: self.print_booklet_requested.emit(self.context.language or ""))
        return row

    def _page(self, board: str) -> QWidget:
        if board not in self.pages:
            from evac_toolkit.ui.fingerboards.body import BodyMapBoard
            from evac_toolkit.ui.fingerboards.language import LanguagePage
            from evac_toolkit.ui.fingerboards.tools import (
                AnswersBoard,
                BoardPage,
                BoardState,
                ChecklistBoard,
                PainBoard,
                PhraseBoard,
            )

            if board == "language_check":
                page = LanguagePage(self.context)
                page.chosen.connect(self.choose_language)
                page.pointed.connect(self.point)
            elif board == "answers":
                page = AnswersBoard(self.context)
            elif board == "body_map":
                page = BodyMapBoard(self.context)
                page.tapped.connect(self.tap_body)
                page.opened.connect(self.open_card)
            elif board == "pain_scale":
                page = PainBoard(self.context)
            elif board in ("allergens", "diets"):
                page = ChecklistBoard(self.context, board)
            else:
                page = PhraseBoard(self.context, board)
            if isinstance(page, BoardPage) and board != "language_check":
                page.opened.connect(self.open_card)
                page.pointed.connect(self.point)
                page.toggled.connect(self.toggle)
            self.pages[board] = page
            self.stack.addWidget(page)
            self._sync_page(board, BoardState.of(self.conversation))
        return self.pages[board]

    # -- boards -----------------------------------------------------------------------------------
    @on_the_boards
    def show_board(self, board: str) -> None:
        """Show a board: language_check, staff, evacuee, answers, body_map, pain_scale,
        allergens, diets or religion."""
        if board not in BOARD_IDS:
            raise KeyError(board)
        self.overlay.close_card()
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        if board != self.current_board:
            from evac_toolkit.ui.fingerboards.tools import BoardState

            # はい answered a question of the board left behind: not this board's answer.
            self._answers_from = len(self.conversation.events)
            self._sync_answers(BoardState.of(self.conversation))
        self.current_board = board
        self.stack.setCurrentWidget(self._page(board))
        for name, button in self.board_buttons.items():
            button.set_marked(name == board)
        self._present_half()

    # -- phrase search ----------------------------------------------------------------------------
    @on_the_boards
    def search(self, text: str) -> None:
        """Show the cards matching ``text`` (in Japanese, English or the evacuee's language)
        in place of the board; nothing typed shows the board again."""
        if not text.strip():
            self.stack.setCurrentWidget(self._page(self.current_board))
            for name, button in self.board_buttons.items():
                button.set_marked(name == self.current_board)
            return
        from evac_toolkit.ui.fingerboards.search import SHOWN, SearchPage

        if self._phrase_index is None:     # built on the first search, not at start-up
            from evac_toolkit.core.fingerboards.search import PhraseIndex

            self._phrase_index = PhraseIndex(self.bank)
        if self.search_page is None:
            self.search_page = SearchPage(self.context)
            self.search_page.picked.connect(self.go_to_card)
            self.stack.addWidget(self.search_page)
        self.overlay.close_card()
        hits = self._phrase_index.search(text, self.context.language, COUNTED)
        self.search_page.show_hits([(hit.item, self._board_title(hit.board))
                                    for hit in hits[:SHOWN]], len(hits))
        self.stack.setCurrentWidget(self.search_page)
        for button in self.board_buttons.values():
            button.set_marked(False)

    def _search_again(self) -> None:
        if self.search_page is not None and self.stack.currentWidget() is self.search_page:
            self.search(self.search_box.text())

    @on_the_boards
    def found_cards(self) -> list[PhraseCard]:
        """The cards the search shows now (none when it is not shown)."""
        if self.search_page is None or self.stack.currentWidget() is not self.search_page:
            return []
        return self.search_page.shown_cards()

    def _board_title(self, item_board: str) -> str:
        """Where a found card is, in the volunteer's language: "返事・数字・時間 › 数字"."""
        # The content's words in the interface language, English where it has none.
        codes = (self.ui_language, "en")
        board = TOOLS.get(item_board, (item_board, None))[0]
        keys = next((keys for name, keys, _p in BOARDS if name == board), ())
        title = next((found for code in codes
                      if (found := self.context.board_title(keys, code))), board)
        if item_board in TOOLS and item_board != "answers":
            title += " › " + next((found for code in codes
                                   if (found := self.context.text(code, f"board.{item_board}"))),
                                  item_board)
        return title

    def _choose_first_found(self) -> None:
        found = self.found_cards()
        if found:
            self.go_to_card(found[0].item_id)

    def _focus_found(self) -> None:
        found = self.found_cards()
        if found:
            found[0].setFocus(Qt.FocusReason.TabFocusReason)

    @on_the_boards
    def go_to_card(self, item_id: str) -> TileButton | None:
        """Show the board holding ``item_id`` with its card scrolled into view and focused
        (Enter then opens it). Returns the card, or None when the board draws the item
        otherwise (a body part is a place on the body map)."""
        from evac_toolkit.ui.fingerboards.cards import TileButton
        from evac_toolkit.ui.fingerboards.tools import AnswersBoard

        item_board = self.context.item(item_id)["board"]
        board, tool = TOOLS.get(item_board, (item_board, None))
        self.show_board(board)
        page = self._page(board)
        if tool is not None and isinstance(page, AnswersBoard):
            page.show_tool(tool)
        self.layout().activate()
        target = next((widget for widget in page.findChildren(TileButton)
                       if getattr(widget, "item_id", None) == item_id
                       and widget.isVisibleTo(page)), None)
        if target is None:
            return None
        parent = target.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(target, 8, 24)
            parent = parent.parentWidget()
        if target.focusPolicy() != Qt.FocusPolicy.NoFocus:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    @on_the_boards
    def page(self, board: str | None = None) -> QWidget:
        return self._page(board or self.current_board)

    @on_the_boards
    def body_map(self):
        """The volunteer's body map widget (built on first use)."""
        return self._page("body_map").map

    @on_the_boards
    def cards(self, board: str | None = None) -> list[TileButton]:
        """Every card and tile of a board (default: the current one)."""
        from evac_toolkit.ui.fingerboards.cards import TileButton

        return self._page(board or self.current_board).findChildren(TileButton)

    @on_the_boards
    def card(self, item_id: str, board: str | None = None) -> PhraseCard:
        """The card showing ``item_id`` on a board (default: the current board)."""
        from evac_toolkit.ui.fingerboards.cards import PhraseCard

        for card in self._page(board or self.current_board).findChildren(PhraseCard):
            if card.item_id == item_id:
                return card
        raise KeyError(item_id)

    @on_the_boards
    def language_tile(self, code: str) -> LanguageTile:
        return self._page("language_check").tiles[code]

    # -- what is pointed at -----------------------------------------------------------------------
    @on_the_boards
    def choose_language(self, code: str) -> None:
        """The evacuee tapped their language: every board now speaks it; open the boards."""
        self.conversation.choose_language(code)
        self.context.set_language(code)
        self.language_chosen.emit(code)
        self.show_board("staff")
        self._refresh()

    def set_evacuee_language(self, code: str | None) -> None:
        """From the main window: show the boards in ``code`` (None: none chosen yet) without
        announcing it back and without leaving the current board. Before the boards are
        built it is kept for them (asking does not build them)."""
        if not self._built:
            self._pending_language = code
            return
        from evac_toolkit.ui.fingerboards.style import language_info

        if code is None or language_info(code) is None:
            return
        self.conversation.choose_language(code)
        self.context.set_language(code)
        self._refresh()

    def evacuee_language(self) -> str | None:
        if not self._built:
            return self._pending_language     # asking does not build the boards
        return self.context.language

    @on_the_boards
    def open_card(self, item_id: str) -> None:
        """A card tapped: record it and show it full screen."""
        from evac_toolkit.ui.fingerboards.tools import AnswersBoard

        self.conversation.point(item_id)
        self.current_item = item_id
        number = None
        page = self.pages.get(self.current_board)
        if isinstance(page, AnswersBoard):
            number = page.tools["numbers"].value or None
            if item_id in ("clock.hour", "clock.half_past"):
                hour = page.tools["clock"].hour
                number = str(hour) if hour else None
        self.overlay.show_phrase(item_id, number)
        self._place_overlay()
        self._refresh()

    @on_the_boards
    def point(self, item_id: str) -> None:
        """Record a card without opening it (pain level, number keys, ability)."""
        self.conversation.point(item_id)
        self.current_item = item_id
        self._refresh()

    @on_the_boards
    def answer(self, item_id: str) -> None:
        """The answer bar: answers the open question, and closes it."""
        self.conversation.point(item_id)
        self.current_item = item_id
        self.overlay.close_card()
        self._refresh()

    @on_the_boards
    def toggle(self, item_id: str, on: bool) -> None:
        """A checklist card: on records it; off takes every record of it back."""
        if on:
            self.conversation.point(item_id)
        else:
            self.conversation.retract(item_id)
        self._refresh()

    @on_the_boards
    def tap_body(self, item_id: str) -> None:
        from evac_toolkit.ui.fingerboards.tools import BoardState

        chosen = BoardState.of(self.conversation).on_board(self.context, "body_map")
        self.toggle(item_id, item_id not in chosen)

    @on_the_boards
    def undo(self) -> None:
        self.conversation.undo()
        self.overlay.close_card()
        self._refresh()

    @on_the_boards
    def summary_lines(self) -> list[str]:
        from evac_toolkit.core.fingerboards.conversation import summary_lines_ja

        return summary_lines_ja(self.conversation.summary(), self.bank)

    # -- display state ----------------------------------------------------------------------------
    def _sync_page(self, board: str, state: BoardState) -> None:
        from evac_toolkit.ui.fingerboards.body import BodyMapBoard
        from evac_toolkit.ui.fingerboards.tools import AnswersBoard

        page = self.pages[board]
        if isinstance(page, BodyMapBoard):
            page.sync(state.on_board(self.context, "body_map"))
        elif isinstance(page, AnswersBoard):
            for tool in page.tools.values():
                tool.sync(state)
        else:
            page.sync(state)

    def continue_conversation(self, conversation) -> None:
        """Carry a conversation over (the window is rebuilt when the UI language changes)."""
        self.ensure_built()
        self.conversation = conversation
        if conversation.language:
            self.set_evacuee_language(conversation.language)
        self._refresh()

    def _refresh(self) -> None:
        from evac_toolkit.ui.fingerboards.tools import BoardState

        state = BoardState.of(self.conversation)
        for board in self.pages:
            self._sync_page(board, state)
        if self._table_half is not None:
            self._table_half.panel.sync(state)
        self._sync_answers(state)
        self.summary_panel.set_lines(self.summary_lines())
        self.summary_panel.unsaved = len(self.conversation.events) > self._saved_events
        self.undo_button.setEnabled(bool(self.conversation.events))
        self._present_half()

    def _sync_answers(self, state: BoardState) -> None:
        """The answer bars mark the last answer only while its board is still shown."""
        self._answers_from = min(self._answers_from, len(self.conversation.events))
        if state.last_answer is not None and len(self.conversation.events) <= self._answers_from:
            state = replace(state, last_answer=None)
        self.answer_bar.sync(state)
        if self._table_half is not None:
            self._table_half.panel.answer_bar.sync(state)

    def _present_half(self) -> None:
        if self.table_mode():
            self.table_half.panel.present(self.current_board, self.current_item,
                                          self.overlay.isVisible(), self.overlay_number())

    @on_the_boards
    def overlay_number(self) -> str | None:
        return getattr(self.overlay, "number", None)

    def _overlay_closed(self) -> None:
        self._present_half()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._place_overlay()
        return super().eventFilter(watched, event)

    def _place_overlay(self) -> None:
        """The full-screen card covers the volunteer's half down to the answer bar."""
        top_left = self.volunteer.geometry().topLeft()
        if self.answer_bar.isVisibleTo(self):
            bottom = self.answer_bar.mapTo(self, self.answer_bar.rect().topLeft()).y() - 4
        else:
            bottom = self.volunteer.geometry().bottom()
        self.overlay.setGeometry(top_left.x(), top_left.y(), self.volunteer.width(),
                                 max(100, bottom - top_left.y()))

    # -- volunteer controls -----------------------------------------------------------------------
    @on_the_boards
    def text_scale(self) -> float:
        return self.context.scale

    @on_the_boards
    def set_text_scale(self, scale: float) -> None:
        from evac_toolkit.ui.fingerboards.style import SCALES

        self.context.set_scale(scale)
        self.smaller_button.setEnabled(scale > SCALES[0])
        self.bigger_button.setEnabled(scale < SCALES[-1])

    @on_the_boards
    def step_text_size(self, step: int) -> None:
        from evac_toolkit.ui.fingerboards.style import SCALES

        scales = list(SCALES)
        index = min(range(len(scales)), key=lambda i: abs(scales[i] - self.context.scale))
        self.set_text_scale(scales[max(0, min(len(scales) - 1, index + step))])

    @on_the_boards
    def set_high_contrast(self, on: bool) -> None:
        if self.contrast_button.isChecked() != on:
            self.contrast_button.setChecked(on)
        self.context.set_high_contrast(on)

    @on_the_boards
    def set_table_mode(self, on: bool) -> None:
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)
        if on == self.table_mode():
            return
        # The evacuee answers on their own half; the volunteer's half keeps the boards, and the
        # summary folds away to leave them room (the Summary button brings it back). What goes
        # away goes first: with the half and the answer bar both shown for a moment, the view's
        # minimum height passed a small screen's and the window grew past it for good.
        if on:
            self._summary_before_table = self.summary_button.isChecked()
            self.answer_bar.setVisible(False)
            self.set_summary_visible(False)
            self.table_half.setVisible(True)
        else:
            self.table_half.setVisible(False)
            self.answer_bar.setVisible(True)
            self.set_summary_visible(getattr(self, "_summary_before_table", True))
        self._present_half()
        self._place_overlay()

    @on_the_boards
    def table_mode(self) -> bool:
        return self._table_half is not None and self._table_half.isVisibleTo(self)

    @on_the_boards
    def set_summary_visible(self, on: bool) -> None:
        if self.summary_button.isChecked() != on:
            self.summary_button.setChecked(on)
        self.summary_panel.setVisible(on)

    def _restyle(self) -> None:
        from evac_toolkit.ui.fingerboards.style import style_sheet

        # Scoped to the view's own name, whatever the window calls it ("view_fingerboards").
        self.setStyleSheet(style_sheet(self.context.colors,
                                       self.objectName() or "fingerboardView"))
        self.update()

    # -- saving and starting over -----------------------------------------------------------------
    @on_the_boards
    def save_to_registry(self) -> None:
        """Ask whose record this conversation belongs to (or a new person), then save."""
        from evac_toolkit.ui.fingerboards.save import SaveDialog

        registry = self.registry_provider()
        if registry is None:
            self.summary_panel.set_status(_(
                "The registry is not available (its file could not be opened), so nothing was "
                "saved. Open Registry to repair it; this summary stays here."))
            return
        if not self.conversation.events and not self.conversation.language:
            self.summary_panel.set_status(_("Nothing to save yet."))
            return
        self.save_dialog = SaveDialog(registry, self.conversation.language, self)
        self.save_dialog.chosen.connect(lambda evacuee_id: self.save_to(registry, evacuee_id))
        self.save_dialog.open()

    @on_the_boards
    def save_to(self, registry, evacuee_id: str | None) -> object | None:
        """Add the summary to ``evacuee_id``'s record, or register a new person (None)."""
        from evac_toolkit.core.fingerboards.conversation import save_to_record

        summary = self.conversation.summary()
        try:
            with registry.write_now():          # an import beside the window: said, not frozen
                person = save_to_record(registry, summary, self.bank, evacuee_id)
        except UserError as error:
            self.summary_panel.set_status(gui_message(error.code, self.ui_language, **error.params))
            return None
        self.conversation_saved.emit(person.id, list(summary.flags))
        self._saved_events = len(self.conversation.events)
        self.summary_panel.unsaved = False
        self.summary_panel.set_status(_("Saved to card %1.").replace("%1", person.card_id))
        return person

    @on_the_boards
    def new_conversation(self) -> None:
        """Forget this conversation (not saved ones) and start again at the language check."""
        from evac_toolkit.core.fingerboards.conversation import Conversation
        from evac_toolkit.ui.fingerboards.tools import AnswersBoard

        self.conversation = Conversation(self.bank)
        self.current_item = None
        self._saved_events = 0
        self._answers_from = 0
        self.overlay.close_card()
        self.context.set_language(None)
        answers = self.pages.get("answers")
        if isinstance(answers, AnswersBoard):
            answers.clear()
            answers.show_tool("answers")
        self.summary_panel.set_status("")
        self.show_board("language_check")
        self._refresh()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False     # boards scroll: the view's height must not grow with their content

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._built:
            self._fit_height(event.size().height())

    def _fit_height(self, height: int) -> None:
        """Compact on short screens: answers on one line each, board buttons without their
        pictograms (they are one row of nine already at 1024 px), narrower margins, and
        navigation and answers that do not grow with the text size."""
        from evac_toolkit.ui.fingerboards.layout import compact_for

        compact = compact_for(height)
        if compact == self._compact:
            return
        self._compact = compact
        for button in self.board_buttons.values():
            button.show_pictogram = not compact
        self.layout().setContentsMargins(*(4 if compact else 8,) * 4)
        self.volunteer.layout().setSpacing(4 if compact else 6)
        bars = [self.answer_bar]
        if self._table_half is not None:
            bars.append(self._table_half.panel.answer_bar)
        for bar in bars:
            for card in bar.buttons.values():
                card.max_lines = 1 if compact else 2
        self.context.set_compact(compact)       # every card and button refreshes

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._built and not self._build_queued:
            self._build_queued = True
            QTimer.singleShot(0, self.ensure_built)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._built:
            self._refresh()
            self._place_overlay()
