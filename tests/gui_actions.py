"""What a person does with the window, for the GUI tests: tap a widget they can see."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget


def tap(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """Scroll ``widget`` into view as a person would, then click it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=pos if pos is not None else widget.rect().center())


class Answer:
    """Answers the next question box with ``button`` once it is shown, and keeps its text,
    its buttons' labels and its details."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button, self.text, self.title = button, None, None
        self.labels: list[str] = []
        self.details = ""
        QTimer.singleShot(50, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.text, self.title = box.text(), box.windowTitle()
            self.labels = [b.text() for b in box.buttons() if b.isVisible()]
            self.details = box.detailedText()
            box.button(self.button).click()
            return
        QTimer.singleShot(50, self._poll)
