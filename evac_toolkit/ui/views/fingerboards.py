"""Fingerboards (指さしボード) on screen: a volunteer and an evacuee who share no language sit at
one laptop and point.

The evacuee first picks their language from tiles in their own scripts. Then the volunteer picks a
board and points at phrases, shown large in the evacuee's language and in Japanese; the evacuee
answers on the answer bar (always at the bottom), a number pad, a clock, a body map, a pain scale
or checklists. Everything pointed at is one conversation (``core.fingerboards.conversation``); its
summary, in Japanese, is live in the volunteer's panel and can be saved to a record. Table mode
turns the evacuee's half of the screen round for the person across the table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.views.fingerboard_body import BodyMapBoard
from evac_toolkit.ui.views.fingerboard_cards import (
    CardGrid,
    CardOverlay,
    ChooserButton,
    FlatStack,
    FlatWidget,
    LanguageTile,
    PhraseCard,
    TileButton,
)
from evac_toolkit.ui.views.fingerboard_save import SaveDialog, SummaryPanel
from evac_toolkit.ui.views.fingerboard_style import (
    JAPANESE,
    SCALES,
    BoardContext,
    draw_text,
    language_info,
    style_sheet,
    text_height,
    ui_font,
)
from evac_toolkit.ui.views.fingerboard_table import EvacueeHalf
from evac_toolkit.ui.views.fingerboard_tools import (
    AnswerBar,
    AnswersBoard,
    BoardPage,
    BoardState,
    ChecklistBoard,
    PainBoard,
    PhraseBoard,
)

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


class TextBlock(QWidget):
    """One string in its language's font and leading, wrapped; not a button."""

    def __init__(self, context: BoardContext, text: str, code: str, role: str = "note",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.text, self.code, self.role = context, text, code, role
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        context.changed.connect(self.updateGeometry)

    def font_(self) -> QFont:
        return self.context.font(self.code, self.role)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int(text_height(self.text, self.font_(), width, self.code) + 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        draw_text(painter, QRectF(self.rect()), self.text, self.font_(),
                  self.context.colors.q("subtle"), self.code)
        painter.end()


class LanguageButton(ChooserButton):
    """The chooser's first button: the chosen language's own name, or "Language"."""

    def titles(self) -> tuple[str, str, str | None]:
        language = language_info(self.context.language)
        if language is None:
            return super().titles()
        short = language.japanese.split("（")[0]       # ミャンマー語（ビルマ語）→ ミャンマー語
        return language.native, language.code, (short if language.code != JAPANESE else None)


class LanguagePage(BoardPage):
    """The language check: "point to your language" in every language, one tile per language,
    then how much Japanese the person understands (in Easy Japanese and Japanese)."""

    chosen = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "language_check", parent)
        prompt = PhraseCard(context, "language_check.prompt", roles=("header", "secondary"),
                            code="en")
        prompt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        prompt.setEnabled(False)
        self.body.addWidget(prompt)
        self.tiles: dict[str, LanguageTile] = {}
        grid = CardGrid(context, 170)
        for language in catalog():
            tile = LanguageTile(context, language)
            tile.chosen.connect(self.chosen)
            self.tiles[language.code] = grid.add(tile)
        self.body.addWidget(grid)
        self.abilities: dict[str, PhraseCard] = {}
        abilities = CardGrid(context, 260)
        for item in self.items("language_check"):
            if item.get("group") == "prompt":
                continue
            card = PhraseCard(context, item["id"], code="ja-x-easy")
            card.activated.connect(self.pointed)
            self.abilities[item["id"]] = abilities.add(card)
        self.body.addWidget(abilities)
        self.body.addStretch(1)

    def sync(self, state: BoardState) -> None:
        for code, tile in self.tiles.items():
            tile.set_marked(code == self.context.language)
        last = state.last_on(self.context, "language_check")
        for item_id, card in self.abilities.items():
            card.set_marked(item_id == last)


class FingerboardView(QWidget):
    """The fingerboards. ``registry_provider()`` gives the open registry, or None when its file
    cannot be opened (saving then explains that instead)."""

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
        # The first window must appear before the content bank is read: the boards are built
        # when the event loop first turns, or sooner if anything asks for them.
        QTimer.singleShot(0, self.ensure_built)

    def __getattr__(self, name: str):
        """Parts of the view (cards, buttons, the conversation) exist once it is built."""
        if name.startswith("__") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self.ensure_built()
        return getattr(self, name)

    def ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        from evac_toolkit.core.content.bank import user_bank
        from evac_toolkit.core.fingerboards.conversation import Conversation

        self.bank = user_bank(self.data_dir)
        self.context = BoardContext(self.bank, self)
        self.conversation = Conversation(self.bank)
        self.current_board = "language_check"
        self.current_item: str | None = None
        self.save_dialog: SaveDialog | None = None
        self._saved_events = 0
        self.pages: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)
        self.table_half = EvacueeHalf(self.context)
        self.table_half.hide()
        panel = self.table_half.panel
        panel.opened.connect(self.open_card)
        panel.pointed.connect(self.point)
        panel.answered.connect(self.answer)
        panel.toggled.connect(self.toggle)
        panel.body_tapped.connect(self.tap_body)
        outer.addWidget(self.table_half, 1)

        self.volunteer = FlatWidget(objectName="fbContent")
        volunteer = QVBoxLayout(self.volunteer)
        volunteer.setContentsMargins(0, 0, 0, 0)
        volunteer.setSpacing(6)
        volunteer.addLayout(self._build_toolbar())
        self.chooser = CardGrid(self.context, 100, scaled=False)
        self.chooser.set_spacing(6)
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
        self.summary_panel = SummaryPanel()
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
        self._restyle()
        self.show_board("language_check")
        if self.isVisible():     # built on demand while already on screen
            self.volunteer.show()
            self.layout().activate()
            self._refresh()
            self._place_overlay()

    # -- building ---------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)

        def button(text: str, tip: str, name: str, checkable: bool = False) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setToolTip(tip)
            made.setAccessibleName(tip)
            made.setCheckable(checkable)
            made.setFont(ui_font(12, 600))
            made.setMinimumWidth(48)
            row.addWidget(made)
            return made

        self.undo_button = button(self.tr("Undo"), self.tr("Take back the last card pointed at"),
                                  "undoButton")
        self.undo_button.clicked.connect(self.undo)
        row.addSpacing(8)
        self.smaller_button = button("A−", self.tr("Smaller text"), "smallerButton")
        self.bigger_button = button("A+", self.tr("Larger text"), "biggerButton")
        self.smaller_button.clicked.connect(lambda: self.step_text_size(-1))
        self.bigger_button.clicked.connect(lambda: self.step_text_size(1))
        self.contrast_button = button(self.tr("High contrast"),
                                      self.tr("Black and yellow, for dim light and weak eyes"),
                                      "contrastButton", True)
        self.contrast_button.toggled.connect(self.set_high_contrast)
        self.table_button = button(self.tr("Table mode"),
                                   self.tr("Split the screen: the evacuee's half turned round "
                                           "for the person across the table"),
                                   "tableButton", True)
        self.table_button.toggled.connect(self.set_table_mode)
        row.addStretch(1)
        self.print_button = button(self.tr("Print booklet…"),
                                   self.tr("Print the boards as a booklet for when there is "
                                           "no power"), "printBookletButton")
        self.print_button.clicked.connect(
            lambda: self.print_booklet_requested.emit(self.context.language or ""))
        self.summary_button = button(self.tr("Summary"),
                                     self.tr("Show or hide the summary for staff"),
                                     "summaryButton", True)
        self.summary_button.setChecked(True)
        self.summary_button.toggled.connect(self.set_summary_visible)
        return row

    def _page(self, board: str) -> QWidget:
        if board not in self.pages:
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
    def show_board(self, board: str) -> None:
        """Show a board: language_check, staff, evacuee, answers, body_map, pain_scale,
        allergens, diets or religion."""
        if board not in BOARD_IDS:
            raise KeyError(board)
        self.overlay.close_card()
        self.current_board = board
        self.stack.setCurrentWidget(self._page(board))
        for name, button in self.board_buttons.items():
            button.set_marked(name == board)
        self._present_half()

    def page(self, board: str | None = None) -> QWidget:
        return self._page(board or self.current_board)

    def body_map(self):
        """The volunteer's body map widget (built on first use)."""
        return self._page("body_map").map

    def cards(self, board: str | None = None) -> list[TileButton]:
        """Every card and tile of a board (default: the current one)."""
        return self._page(board or self.current_board).findChildren(TileButton)

    def card(self, item_id: str, board: str | None = None) -> PhraseCard:
        """The card showing ``item_id`` on a board (default: the current board)."""
        for card in self._page(board or self.current_board).findChildren(PhraseCard):
            if card.item_id == item_id:
                return card
        raise KeyError(item_id)

    def language_tile(self, code: str) -> LanguageTile:
        return self._page("language_check").tiles[code]

    # -- what is pointed at -----------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """The evacuee tapped their language: every board now speaks it; open the boards."""
        self.conversation.choose_language(code)
        self.context.set_language(code)
        self.language_chosen.emit(code)
        self.show_board("staff")
        self._refresh()

    def set_evacuee_language(self, code: str | None) -> None:
        """From the main window: show the boards in ``code`` (None: none chosen yet) without
        announcing it back and without leaving the current board."""
        if code is None or language_info(code) is None:
            return
        self.conversation.choose_language(code)
        self.context.set_language(code)
        self._refresh()

    def evacuee_language(self) -> str | None:
        return self.context.language

    def open_card(self, item_id: str) -> None:
        """A card tapped: record it and show it full screen."""
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

    def point(self, item_id: str) -> None:
        """Record a card without opening it (pain level, number keys, ability)."""
        self.conversation.point(item_id)
        self.current_item = item_id
        self._refresh()

    def answer(self, item_id: str) -> None:
        """The answer bar: answers the open question, and closes it."""
        self.conversation.point(item_id)
        self.current_item = item_id
        self.overlay.close_card()
        self._refresh()

    def toggle(self, item_id: str, on: bool) -> None:
        """A checklist card: on records it; off takes every record of it back."""
        if on:
            self.conversation.point(item_id)
        else:
            self.conversation.retract(item_id)
        self._refresh()

    def tap_body(self, item_id: str) -> None:
        chosen = BoardState.of(self.conversation).on_board(self.context, "body_map")
        self.toggle(item_id, item_id not in chosen)

    def undo(self) -> None:
        self.conversation.undo()
        self.overlay.close_card()
        self._refresh()

    def summary_lines(self) -> list[str]:
        from evac_toolkit.core.fingerboards.conversation import summary_lines_ja

        return summary_lines_ja(self.conversation.summary(), self.bank)

    # -- display state ----------------------------------------------------------------------------
    def _sync_page(self, board: str, state: BoardState) -> None:
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
        state = BoardState.of(self.conversation)
        for board in self.pages:
            self._sync_page(board, state)
        self.answer_bar.sync(state)
        self.table_half.panel.sync(state)
        self.summary_panel.set_lines(self.summary_lines())
        self.summary_panel.unsaved = len(self.conversation.events) > self._saved_events
        self.undo_button.setEnabled(bool(self.conversation.events))
        self._present_half()

    def _present_half(self) -> None:
        if self.table_half.isVisibleTo(self):
            self.table_half.panel.present(self.current_board, self.current_item,
                                          self.overlay.isVisible(), self.overlay_number())

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
    def text_scale(self) -> float:
        return self.context.scale

    def set_text_scale(self, scale: float) -> None:
        self.context.set_scale(scale)
        self.smaller_button.setEnabled(scale > SCALES[0])
        self.bigger_button.setEnabled(scale < SCALES[-1])

    def step_text_size(self, step: int) -> None:
        scales = list(SCALES)
        index = min(range(len(scales)), key=lambda i: abs(scales[i] - self.context.scale))
        self.set_text_scale(scales[max(0, min(len(scales) - 1, index + step))])

    def set_high_contrast(self, on: bool) -> None:
        if self.contrast_button.isChecked() != on:
            self.contrast_button.setChecked(on)
        self.context.set_high_contrast(on)

    def set_table_mode(self, on: bool) -> None:
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)
        if on == self.table_mode():
            return
        self.table_half.setVisible(on)
        # The evacuee answers on their own half; the volunteer's half keeps the boards, and the
        # summary folds away to leave them room (the Summary button brings it back).
        self.answer_bar.setVisible(not on)
        if on:
            self._summary_before_table = self.summary_button.isChecked()
            self.set_summary_visible(False)
        else:
            self.set_summary_visible(getattr(self, "_summary_before_table", True))
        self._present_half()
        self._place_overlay()

    def table_mode(self) -> bool:
        return self.table_half.isVisibleTo(self)

    def set_summary_visible(self, on: bool) -> None:
        if self.summary_button.isChecked() != on:
            self.summary_button.setChecked(on)
        self.summary_panel.setVisible(on)

    def _restyle(self) -> None:
        self.setStyleSheet(style_sheet(self.context.colors, "fingerboardView"))
        self.update()

    # -- saving and starting over -----------------------------------------------------------------
    def save_to_registry(self) -> None:
        """Ask whose record this conversation belongs to (or a new person), then save."""
        registry = self.registry_provider()
        if registry is None:
            self.summary_panel.set_status(self.tr(
                "The registry is not available (its file could not be opened), so nothing was "
                "saved. Open Registry to repair it; this summary stays here."))
            return
        if not self.conversation.events and not self.conversation.language:
            self.summary_panel.set_status(self.tr("Nothing to save yet."))
            return
        self.save_dialog = SaveDialog(registry, self.conversation.language, self)
        self.save_dialog.chosen.connect(lambda evacuee_id: self.save_to(registry, evacuee_id))
        self.save_dialog.open()

    def save_to(self, registry, evacuee_id: str | None) -> object | None:
        """Add the summary to ``evacuee_id``'s record, or register a new person (None)."""
        from evac_toolkit.core.fingerboards.conversation import save_to_record

        summary = self.conversation.summary()
        try:
            person = save_to_record(registry, summary, self.bank, evacuee_id)
        except UserError as error:
            self.summary_panel.set_status(gui_message(error.code, self.ui_language, **error.params))
            return None
        self.conversation_saved.emit(person.id, list(summary.flags))
        self._saved_events = len(self.conversation.events)
        self.summary_panel.unsaved = False
        self.summary_panel.set_status(self.tr("Saved to card %1.").replace("%1", person.card_id))
        return person

    def new_conversation(self) -> None:
        """Forget this conversation (not saved ones) and start again at the language check."""
        from evac_toolkit.core.fingerboards.conversation import Conversation

        self.conversation = Conversation(self.bank)
        self.current_item = None
        self._saved_events = 0
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

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._built:
            self._refresh()
            self._place_overlay()
