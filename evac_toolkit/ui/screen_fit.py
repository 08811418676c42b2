"""Sizes that fit the screen a window opens on (netbooks of 1024×600 included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for a window's title bar and borders, unknown before the window is shown.
FRAME_ALLOWANCE = QSize(16, 48)


def available_room(widget: QWidget) -> QSize:
    """The size a window of ``widget`` can have inside its screen's available area (the
    screen less its task bars), its frame left out."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return (screen.availableGeometry().size() - FRAME_ALLOWANCE).expandedTo(QSize(1, 1))


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """Open ``dialog`` at ``width`` × ``height`` where the screen has room, else as large as it
    has: a form taller than the screen hides its Save button below the screen's edge."""
    dialog.resize(QSize(width, height).boundedTo(available_room(dialog)))
