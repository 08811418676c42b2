"""One window per data folder: a second start on the same data folder says the program is
already open, in a dialog in the UI language, and ends.

Two windows on one registry would each think their counts and lists current, and the second
could restore a backup under the first (core/instance_lock.py holds the locks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.instance_lock import hold_program
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui.i18n import current_ui_language


class AlreadyOpen(QMessageBox):
    """The program is already open on this data folder: only an OK button."""

    def __init__(self, error: UserError) -> None:
        super().__init__()
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(_("The program is already open"))
        self.setText(gui_message(error.code, current_ui_language(), **error.params))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def claim_data_folder(data_dir: Path) -> AlreadyOpen | None:
    """Hold the window's lock on ``data_dir`` for the life of the process; when another window
    holds it, the dialog to show (not yet shown) instead."""
    try:
        hold_program(data_dir)
    except UserError as error:
        return AlreadyOpen(error)
    return None
