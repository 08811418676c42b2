"""Shown instead of the registry when its file fails the integrity check: what happened, and the
backups to restore from. Nothing is changed until the coordinator chooses a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.registry import warm_readers
from evac_toolkit.core.registry.backup import list_backups, restore
from evac_toolkit.ui.i18n import current_ui_language


class RegistryRecovery(QWidget):
    restored = Signal()

    def __init__(self, registry_path: Path, error: UserError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry_path = registry_path
        self.ui_language = current_ui_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(QLabel(_("The registry cannot be opened"), objectName="viewTitle"))
        self.explanation = QLabel(gui_message(error.code, self.ui_language, **error.params))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        layout.addWidget(QLabel(_("Verified backups, newest first:")))
        self.backups = QListWidget()
        for backup in list_backups(registry_path):
            item = QListWidgetItem(f"{backup.taken:%Y-%m-%d %H:%M}  —  {backup.reason}")
            item.setData(256, str(backup.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        layout.addWidget(self.backups, 1)
        self.restore_button = QPushButton(_("Restore the selected backup"))
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(self.restore_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def restore_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        try:
            warm_readers.close_all()         # the searches' reader: the file is replaced
            restore(self.registry_path, Path(item.data(256)))
        except UserError as error:
            self.status.setText(gui_message(error.code, self.ui_language, **error.params))
            return
        self.restored.emit()
