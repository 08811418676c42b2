"""Table mode: the evacuee's half of the screen, turned 180° for the person across the table.

The half is a real widget tree (the current card large, or a copy of the current board to point
at, and its own answer bar) inside a QGraphicsProxyWidget rotated by 180°, so taps on it land on
the right card from the evacuee's side. It reads the same conversation as the volunteer's half.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsProxyWidget,
    QGraphicsScene,
    QGraphicsView,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.ui.fingerboards.body import BodyMapBoard
from evac_toolkit.ui.fingerboards.cards import FlatStack, paint_big_phrase
from evac_toolkit.ui.fingerboards.style import BoardContext, style_sheet
from evac_toolkit.ui.fingerboards.tools import (
    AnswerBar,
    BoardState,
    ChecklistBoard,
    PainBoard,
    PhraseBoard,
)

#: Boards the evacuee answers on: their half shows a copy to point at. Other boards (the staff's
#: questions) show the current card large instead.
MIRRORED = ("evacuee", "body_map", "pain_scale", "allergens", "diets", "religion")
DEFAULT_CARD = "staff.point_to_answer"


class BigCard(QWidget):
    """One phrase as large as the half allows."""

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item_id = DEFAULT_CARD
        self.number: str | None = None
        self.setObjectName("evacueeCard")
        context.changed.connect(self.update)

    def show_item(self, item_id: str | None, number: str | None = None) -> None:
        self.item_id = item_id or DEFAULT_CARD
        self.number = number
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        colors = self.context.colors
        painter.fillRect(self.rect(), colors.q("background"))
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(colors.q("card"))
        painter.setPen(colors.q("accent"))
        painter.drawRoundedRect(rect, 14, 14)
        paint_big_phrase(painter, rect.adjusted(6, 4, -6, -4), self.context,
                         self.context.phrase(self.item_id, None, self.number))
        painter.end()


class EvacueePanel(QWidget):
    """What the evacuee sees, upright from their side of the table."""

    opened = Signal(str)
    pointed = Signal(str)
    answered = Signal(str)          # their answer bar
    toggled = Signal(str, bool)
    body_tapped = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("evacueePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        self.stack = FlatStack()
        self.stack.setMinimumHeight(120)
        self.card = BigCard(context)
        self.stack.addWidget(self.card)
        layout.addWidget(self.stack, 1)
        self.answer_bar = AnswerBar(context)
        self.answer_bar.pointed.connect(self.answered)
        layout.addWidget(self.answer_bar)
        self.mirrors: dict[str, QWidget] = {}
        self.board: str | None = None
        self._state = BoardState()
        context.changed.connect(self._restyle)
        self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(style_sheet(self.context.colors, "evacueePanel"))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        colors = self.context.colors
        painter.fillRect(self.rect(), colors.q("background"))
        # The edge nearest the volunteer (drawn at the panel's bottom, which is turned up).
        painter.fillRect(0, self.height() - 4, self.width(), 4, colors.q("accent"))
        painter.end()

    def _mirror(self, board: str) -> QWidget:
        if board not in self.mirrors:
            if board == "body_map":
                page = BodyMapBoard(self.context, compact=True)
                page.tapped.connect(self.body_tapped)
            elif board == "pain_scale":
                page = PainBoard(self.context)
            elif board in ("allergens", "diets"):
                page = ChecklistBoard(self.context, board)
            else:
                page = PhraseBoard(self.context, board, min_width=260)
            for name in ("opened", "pointed", "toggled"):
                if hasattr(page, name):
                    getattr(page, name).connect(getattr(self, name))
            self.mirrors[board] = page
            self.stack.addWidget(page)
            self._sync_page(board)
        return self.mirrors[board]

    def present(self, board: str | None, card: str | None, card_open: bool,
                number: str | None = None) -> None:
        """Show ``board``'s copy, or ``card`` large when one is open or the board has no copy."""
        self.board = board
        self.card.show_item(card, number)
        if board in MIRRORED and not card_open:
            self.stack.setCurrentWidget(self._mirror(board))
        else:
            self.stack.setCurrentWidget(self.card)

    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def sync(self, state: BoardState) -> None:
        self._state = state
        self.answer_bar.sync(state)
        for board in self.mirrors:
            self._sync_page(board)

    def _sync_page(self, board: str) -> None:
        page = self.mirrors[board]
        if isinstance(page, BodyMapBoard):
            page.sync(self._state.on_board(self.context, "body_map"))
        else:
            page.sync(self._state)


class EvacueeHalf(QGraphicsView):
    """The rotated half: a graphics view holding the panel in a proxy turned 180°."""

    ROTATION = 180.0

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evacueeHalf")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing |
                            QPainter.RenderHint.TextAntialiasing)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.panel = EvacueePanel(context)
        self.proxy: QGraphicsProxyWidget = self.scene_.addWidget(self.panel)
        self.proxy.setRotation(self.ROTATION)
        self.setMinimumHeight(280)

    def rotation(self) -> float:
        return self.proxy.rotation()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        size = self.viewport().size()
        self.proxy.resize(size.width(), size.height())
        self.proxy.setTransformOriginPoint(size.width() / 2, size.height() / 2)
        self.proxy.setPos(0, 0)
        self.scene_.setSceneRect(QRectF(0, 0, size.width(), size.height()))

    def map_from_panel(self, widget: QWidget, point) -> object:
        """A point in one of the panel's widgets → viewport coordinates (where to tap)."""
        in_panel = widget.mapTo(self.panel, point)
        return self.mapFromScene(self.proxy.mapToScene(in_panel.toPointF()
                                                       if hasattr(in_panel, "toPointF")
                                                       else in_panel))
