"""Shown instead of the registry while it is locked: the shelter passphrase unlocks it, or is
set here the first time (with the recovery key shown once, to print for the coordinator). The
fingerboards, signs and translation never need it.

Deriving the key from a passphrase takes about half a second on purpose (it slows down whoever
guesses): it runs in a worker, with "Checking…" shown meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import key_setup, shelter_key
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.ui import worker
from evac_toolkit.ui.i18n import current_ui_language


def _secret_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def _cancel_and_ok(dialog: QDialog, cancel_text: str, ok_text: str) -> QHBoxLayout:
    """A dialog's Cancel and OK buttons, at the right of one row."""
    row = QHBoxLayout()
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text)
    ok.clicked.connect(dialog.accept)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row


class RecoveryKeyDialog(QDialog):
    """The recovery key, once: save it as a page to print, or write it down."""

    def __init__(self, recovery: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.setWindowTitle(_("Recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(_(
            "This recovery key opens the registry if the passphrase is forgotten. It is shown "
            "only now: print the page and give it to the coordinator, who keeps it locked "
            "away, never with this laptop."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery.replace("-", " "))
        font = QFont("monospace")
        font.setPointSize(16)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_("Save the page to print (PDF)…"))
        self.save_button.clicked.connect(self.choose_file)
        done = QPushButton(_("Done"))
        done.clicked.connect(self.accept)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Save the recovery key page"),
                                              str(Path.home() / "recovery-key.pdf"),
                                              _("PDF files (*.pdf)"))
        if name:
            self.save(Path(name))

    def save(self, out: Path) -> None:
        from evac_toolkit.core.printing.recovery_sheet import write_recovery_sheet

        try:
            write_recovery_sheet(self.recovery, out)
        except UserError as error:
            self.status.setText(gui_problem(error, current_ui_language()))
            return
        self.status.setText(_("Saved: %1. Print it now, then delete the file.")
                            .replace("%1", str(out)))


class RecoveryResetDialog(QDialog):
    """The recovery key from the paper, and a new passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Use the recovery key"))
        form = QFormLayout(self)
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXX-XXXX-…")
        self.passphrase = _secret_field(_("at least 8 characters"))
        self.again = _secret_field("")
        form.addRow(_("Recovery key"), self.key)
        form.addRow(_("New passphrase"), self.passphrase)
        form.addRow(_("New passphrase again"), self.again)
        form.addRow(_cancel_and_ok(self, _("Cancel"), _("Set the new passphrase")))


class RegistryUnlock(QWidget):
    unlocked = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.ui_language = current_ui_language()
        self.setting_up = not shelter_key.exists(data_dir)
        self._job = None
        self.error_box: QMessageBox | None = None
        self.recovery_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        if self.setting_up:
            title = _("Protect the registry with a shelter passphrase")
            text = _(
                "The registry holds personal information, so it is stored encrypted. Choose a "
                "passphrase of at least 8 characters for the staff who register people. Next, "
                "a recovery key is shown once, to print for the coordinator.")
        else:
            title = _("The registry is locked")
            text = _("Type the shelter passphrase to open the registry.")
        layout.addWidget(QLabel(title, objectName="viewTitle"))
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.passphrase = _secret_field("")
        self.passphrase.returnPressed.connect(self.submit)
        form.addRow(_("Passphrase"), self.passphrase)
        self.again = _secret_field("")
        self.again.returnPressed.connect(self.submit)
        if self.setting_up:
            form.addRow(_("Passphrase again"), self.again)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.submit_button = QPushButton(_("Set the passphrase") if self.setting_up
                                         else _("Unlock"))
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        self.recovery_button = QPushButton(_("Use the recovery key…"))
        self.recovery_button.clicked.connect(self.use_recovery_key)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        hint = QLabel(_("Fingerboards, signs and translation work without the passphrase."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)

    # -- the passphrase ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self._job is not None:
            return
        passphrase = self.passphrase.text()
        if self.setting_up:
            if passphrase != self.again.text():
                self._refused(UserError("passphrase_mismatch"))
                return
            data_dir = self.data_dir
            self._run(lambda progress: key_setup.create(data_dir, passphrase))
        else:
            self._run(lambda progress: shelter_key.unlock(self.data_dir, passphrase))

    def use_recovery_key(self) -> RecoveryResetDialog:
        """Ask for the paper key and a new passphrase (not modal to the event loop)."""
        dialog = RecoveryResetDialog(self)

        def accepted() -> None:
            key, new, again = dialog.key.text(), dialog.passphrase.text(), dialog.again.text()
            if new != again:
                self._refused(UserError("passphrase_mismatch"))
                return
            data_dir = self.data_dir
            self._run(lambda progress: key_setup.reset_with_recovery_key(data_dir, key, new))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    def _run(self, fn) -> None:
        self.submit_button.setEnabled(False)
        self.status.setText(_("Checking…"))
        self._job = worker.Job(fn)
        self._job.signals.finished.connect(self._done)
        self._job.signals.failed.connect(self._refused)
        worker.start(self._job)

    def _done(self, recovery: object) -> None:
        self._job = None
        self.passphrase.clear()
        self.again.clear()
        self.status.clear()
        if isinstance(recovery, str):           # a new passphrase: its recovery key, once
            dialog = RecoveryKeyDialog(recovery, self)
            dialog.finished.connect(lambda _result: self.unlocked.emit())
            dialog.open()
            self.recovery_dialog = dialog
            return
        self.unlocked.emit()

    def _refused(self, error: object) -> None:
        """One clear sentence in a dialog; the fields stay for another try."""
        self._job = None
        self.submit_button.setEnabled(True)
        self.status.clear()
        self.passphrase.clear()
        self.again.clear()
        box = QMessageBox(QMessageBox.Icon.Warning, _("Registry"),
                          gui_problem(error, self.ui_language), QMessageBox.StandardButton.Ok,
                          self)
        box.finished.connect(lambda _result: self.passphrase.setFocus())
        box.open()
        self.error_box = box


# -- Settings: the passphrase ----------------------------------------------------------------------
class PassphraseDialog(QDialog):
    """The current passphrase (when one is set) and the new one twice."""

    def __init__(self, setting_up: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Shelter passphrase"))
        form = QFormLayout(self)
        self.current = _secret_field("")
        if not setting_up:
            form.addRow(_("Current passphrase"), self.current)
        self.passphrase = _secret_field(_("at least 8 characters"))
        self.again = _secret_field("")
        form.addRow(_("New passphrase"), self.passphrase)
        form.addRow(_("New passphrase again"), self.again)
        form.addRow(_cancel_and_ok(self, _("Cancel"), _("Set the new passphrase")))


class PassphraseBox(QGroupBox):
    """Settings' group: set the shelter passphrase (first use) or change it."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(_("Shelter passphrase"), parent)
        self.data_dir = data_dir
        self.ui_language = current_ui_language()
        self._job = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        explain = QLabel(_("The registry, drills, backups and archives are encrypted. The "
                                 "passphrase opens them; the recovery key on paper opens them "
                                 "if it is forgotten."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.button = QPushButton()
        self.button.clicked.connect(self.open_dialog)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._refresh()

    def _refresh(self) -> None:
        self.setting_up = not shelter_key.exists(self.data_dir)
        self.button.setText(_("Set the passphrase…") if self.setting_up
                            else _("Change the passphrase…"))

    def open_dialog(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self.setting_up, self)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _apply(self, dialog: PassphraseDialog) -> None:
        current, new = dialog.current.text(), dialog.passphrase.text()
        if new != dialog.again.text():
            self.status.setText(gui_problem(UserError("passphrase_mismatch"), self.ui_language))
            return
        data_dir = self.data_dir
        if self.setting_up:
            job = worker.Job(lambda progress: key_setup.create(data_dir, new))
        else:
            job = worker.Job(
                lambda progress: shelter_key.change_passphrase(data_dir, current, new))
        self.button.setEnabled(False)
        self.status.setText(_("Checking…"))
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = worker.start(job)

    def _done(self, recovery: object) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(_("The new passphrase is set."))
        self._refresh()
        if isinstance(recovery, str):
            self.dialog = RecoveryKeyDialog(recovery, self)
            self.dialog.open()

    def _failed(self, error: object) -> None:
        self._job = None
        self.button.setEnabled(True)
        self.status.setText(gui_problem(error, self.ui_language))
