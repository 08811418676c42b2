"""Phrase search on screen: a search box in the volunteer's toolbar and a page of found cards.

The matching is :mod:`evac_toolkit.core.fingerboards.search`; this module only shows it. Found
cards are drawn like the boards' own cards (the evacuee's language, then Japanese) with the board
they are on above, so the volunteer sees what the evacuee will see. Choosing one goes to that card
on its board; the view does that (it knows the boards).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from evac_toolkit.core.i18n import _
from evac_toolkit.ui.fingerboards.cards import CardGrid, PhraseCard
from evac_toolkit.ui.fingerboards.style import (
    SIZES,
    BoardContext,
    draw_text,
    text_height,
    ui_font,
)
from evac_toolkit.ui.fingerboards.tools import BoardPage
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

# Found cards shown at most: more than a screenful means the volunteer should type more.
SHOWN = 24


class SearchBox(QLineEdit):
    """Typing searches; Enter chooses the first card found, ↓ moves to the found cards, Esc
    clears."""

    chosen = Signal()
    down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phraseSearch")
        self.setPlaceholderText(_("Find a phrase…"))
        self.setToolTip(_("Find a card by its Japanese, English or the evacuee's "
                                "language"))
        self.setAccessibleName(_("Find a phrase"))
        self.setClearButtonEnabled(True)
        self.setMinimumHeight(TOUCH_TARGET_PX)
        self.setMinimumWidth(120)
        self.setMaximumWidth(320)
        self.setFont(ui_font(12))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ResultCard(PhraseCard):
    """A found card: the board it is on in small type, then the card as its board shows it."""

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "answers.yes", parent)
        self.board_title = ""

    def show_item(self, item_id: str, board_title: str) -> None:
        self.item_id = item_id
        self.board_title = board_title
        self.setObjectName(f"found:{item_id}")
        self.setAccessibleDescription(board_title)
        self.refresh()

    def _caption_font(self) -> QFont:
        return ui_font(SIZES["note"] * self.context.scale)

    def _caption_height(self, width: float) -> float:
        return text_height(self.board_title, self._caption_font(), width) + 2

    def content_height(self, width: int) -> float:
        inner = width - 4 - 2 * self.pad
        return super().content_height(width) + self._caption_height(inner)

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        used = draw_text(painter, rect, self.board_title, self._caption_font(),
                         self.subtle_color())
        super().paint_content(painter, rect.adjusted(0, used + 2, 0, 0))


class SearchPage(BoardPage):
    """The cards found for what was typed (or a line saying none were)."""

    picked = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "search", parent)
        self.setObjectName("searchResults")
        self.heading = QLabel()
        self.heading.setObjectName("searchHeading")
        self.heading.setWordWrap(True)
        self.heading.setFont(ui_font(12, 600))
        self.body.addWidget(self.heading)
        self.grid = CardGrid(context, 280)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)
        self.found: list[ResultCard] = []       # a pool: typing reuses the cards

    def show_hits(self, hits: list[tuple[str, str]], total: int) -> None:
        """``hits``: (item, board title) pairs, best first; ``total``: how many were found."""
        while len(self.found) < min(len(hits), SHOWN):
            card = ResultCard(self.context)
            card.activated.connect(self.picked)
            self.found.append(self.grid.add(card))
        for index, card in enumerate(self.found):
            if index < len(hits):
                card.show_item(*hits[index])
                card.show()
            else:
                card.hide()
        if not total:
            self.heading.setText(_("No card found. Try fewer words, or the word in "
                                         "Japanese or English."))
        elif total > len(hits):
            self.heading.setText(_("%1 cards found; the first %2 are shown. Type more "
                                         "to narrow them down.")
                                 .replace("%1", str(total)).replace("%2", str(len(hits))))
        else:
            self.heading.setText(_("Cards found: %1. Tap one to go to it.")
                                 .replace("%1", str(total)))
        self.grid.relayout()
        self.scroll.verticalScrollBar().setValue(0)

    def shown_cards(self) -> list[ResultCard]:
        return [card for card in self.found if not card.isHidden()]
