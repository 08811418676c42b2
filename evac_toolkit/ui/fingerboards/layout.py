"""How the fingerboard view fits a small screen: a compact arrangement for short windows, and the
handle that folds the staff summary away.

On 1024×600 with Burmese or Sinhala (scripts that need tall lines), the full arrangement — board
buttons on two rows, answers on two or three lines — leaves no room for the cards. The board
buttons are one row of nine at that width (the chooser's columns); compact drops their
pictograms (the titles say it), puts every answer on one line, a little smaller if need be,
narrows the margins, and keeps navigation and answers at their normal size when A+ makes the
cards larger. Touch targets stay ≥ 48 px.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from evac_toolkit.ui.fingerboards.style import BoardContext, draw_text, ui_font
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

#: Below this height (the view's, in pixels) the view is compact: 1366×768 and 1024×600
#: screens, once the title bar and the taskbar have taken their share.
COMPACT_BELOW = 760


def compact_for(height: int) -> bool:
    return 0 < height < COMPACT_BELOW


class SummaryHandle(QAbstractButton):
    """A narrow strip beside the staff summary: tap to fold the summary away (the boards get its
    width) or bring it back. Its label runs down the strip."""

    def __init__(self, context: BoardContext, text: str, tip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("summaryButton")
        self.setCheckable(True)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        context.changed.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(TOUCH_TARGET_PX - 8, 160)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(TOUCH_TARGET_PX - 8, TOUCH_TARGET_PX)

    def paintEvent(self, _event) -> None:  # noqa: N802
        colors = self.context.colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setBrush(colors.q("card"))
        pen = QPen(colors.q("focus" if self.hasFocus() else "border"), 3 if self.hasFocus() else 2)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 8, 8)
        font = ui_font(12, 600)
        arrow = "›" if self.isChecked() else "‹"     # shown: folds right; folded: opens left
        draw_text(painter, QRectF(rect.left(), rect.top() + 4, rect.width(), 30), arrow, font,
                  colors.q("text"), None, Qt.AlignmentFlag.AlignHCenter)
        painter.save()
        painter.translate(rect.center().x(), rect.top() + 40)
        painter.rotate(90)
        draw_text(painter, QRectF(0, -rect.width() / 2, rect.height() - 48, rect.width()),
                  self.text(), font, colors.q("text"), None, Qt.AlignmentFlag.AlignLeft,
                  "center")
        painter.restore()
        painter.end()
