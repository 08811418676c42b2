"""Start-up: make sure the data folder can be written, or let the volunteer choose another.

Started from the desktop, nobody sees the console: a data folder that cannot be written (a
read-only profile, a write-protected USB stick, a folder name that is a file) must be explained
in a dialog, in the UI language, with a way out. A folder chosen here is remembered for the next
starts when nobody named the data folder (the option or the environment variable named it
otherwise, and an explicit choice is not overridden behind its back): the registry is in that
folder, and asking again at every start would invite choosing a different one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from evac_toolkit.core import paths
from evac_toolkit.core.atomic import ensure_writable_dir
from evac_toolkit.core.errors import os_reason
from evac_toolkit.core.i18n import _
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui.i18n import current_ui_language


def write_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot hold the data, in the UI language, or None when it can: the same
    check the command line makes (create it, then write and remove a file in it)."""
    try:
        ensure_writable_dir(folder)
    except OSError as exc:
        code, params = os_reason(exc)
        return gui_message(code, current_ui_language(), **params)
    return None


class DataFolderProblem(QMessageBox):
    """The data folder cannot be written: choose another folder, try again, or quit."""

    def __init__(self, folder: Path, reason: str, remember: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(_("The data folder cannot be used"))
        self.setText(gui_message("data_dir_unwritable", current_ui_language(),
                                 path=str(folder), reason=reason))
        self.setInformativeText(
            _("The folder you choose is used from now on, also at the next start.")
            if remember else _("The folder you choose is used until the program is closed."))
        self.choose_button = self.addButton(_("Choose another folder…"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.retry_button = self.addButton(_("Try again"),
                                           QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.choose_button)
        self.setEscapeButton(self.quit_button)

    def choose_folder(self) -> Path | None:
        """Qt's folder dialog (this dialog is closed by then, so it has no parent)."""
        name = QFileDialog.getExistingDirectory(
            None, _("Choose a folder for the program's data"), str(Path.home()))
        return Path(name) if name else None


def usable_data_dir(folder: Path, remember: bool) -> Path | None:
    """``folder`` when it can be written; else the folder the user chose in the dialog (kept for
    the next starts when ``remember``); None when they quit."""
    while (reason := write_problem(folder)) is not None:
        dialog = DataFolderProblem(folder, reason, remember)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is dialog.choose_button:
            chosen = dialog.choose_folder()
            if chosen is not None:
                folder = chosen.resolve()
                if write_problem(folder) is None and remember:
                    _remember(folder)
        elif clicked is not dialog.retry_button:
            return None
    return folder


def _remember(folder: Path) -> None:
    try:
        paths.remember_data_dir(folder)
    except OSError:
        # The folder still serves this session; the next start asks again.
        pass
