"""A section whose feature is not built yet: it says so plainly, with no fake content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingView(QWidget):
    """Title, a clear "coming" badge, and what the section will do when it is ready."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        heading = QLabel(title, objectName="viewTitle")
        badge = QLabel(self.tr("Coming — this section is not ready yet."), objectName="comingBadge")
        badge.setWordWrap(True)
        text = QLabel(purpose)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (heading, badge, text):
            layout.addWidget(widget)
        layout.addStretch(1)
