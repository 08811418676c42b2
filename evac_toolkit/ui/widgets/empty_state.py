"""Empty lists and tables that say what to do next, instead of a blank white box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView


class _EmptyText(QObject):
    """Paints the view's ``emptyText`` across its viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.is_empty():
            painter = QPainter(watched)
            painter.setPen(self.view.palette().color(QPalette.ColorRole.PlaceholderText))
            area = QRect(watched.rect()).adjusted(12, 8, -12, -8)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             str(self.view.property("emptyText") or ""))
            painter.end()
        return False

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount(self.view.rootIndex()) == 0


def set_empty_text(view: QAbstractItemView, text: str) -> None:
    """Show ``text`` in ``view`` whenever it has no rows; called again, change the text."""
    first = view.property("emptyText") is None
    view.setProperty("emptyText", text)
    view.viewport().update()
    if not first:
        return
    _EmptyText(view)
    model = view.model()
    if model is not None:
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(view.viewport().update)


def empty_text(view: QAbstractItemView) -> str | None:
    """The text ``view`` shows when empty (tests and screen readers read it here)."""
    return view.property("emptyText") if view.model().rowCount(view.rootIndex()) == 0 else None
