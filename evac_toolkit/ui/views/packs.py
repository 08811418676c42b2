"""Settings → Language packs: install Argos packs from a file or a USB stick, check, remove.

Installing copies, checks and unpacks archives of hundreds of megabytes, so it runs in a worker
with a progress bar; each pack is installed or refused on its own, and the outcome of each is
listed in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui import worker
from evac_toolkit.ui.i18n import current_ui_language


class PacksView(QWidget):
    #: The installed packs changed (the Translate view updates its list).
    changed = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.ui_language = current_ui_language()
        self.job: worker.Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Translation packs (Argos Translate, .argosmodel files) are installed from a file or "
            "a folder such as a USB stick. They never come from the network. Translating "
            "between two languages other than English needs both packs through English."),
            wordWrap=True))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"),
                                              self.tr("Version"), self.tr("Installed")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Install from a file…"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton(self.tr("Install all from a folder or USB stick…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.verify_button = QPushButton(self.tr("Check packs"))
        self.verify_button.clicked.connect(self.verify)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._confirm_remove)
        for button in (self.file_button, self.folder_button, self.verify_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(visible=False)
        layout.addWidget(self.progress)
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        from evac_toolkit.core.translation.packs import list_packs

        self.packs = list_packs(self.data_dir)
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            for column, text in enumerate((f"{pack.from_name} ({pack.from_code})",
                                           f"{pack.to_name} ({pack.to_code})",
                                           pack.package_version,
                                           pack.installed_at[:16].replace("T", " "))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not self.packs and self.job is None:
            self.status.setText(gui_message("packs_none", self.ui_language))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        for button in (self.file_button, self.folder_button, self.verify_button):
            button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.packs))

    # -- installing -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a language pack"),
                                              str(Path.home()),
                                              self.tr("Argos packs (*.argosmodel)"))
        if name:
            self.install(Path(name))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder with packs"),
                                                str(Path.home()))
        if name:
            self.install(Path(name))

    def install(self, source: Path) -> None:
        """Install a pack file, or every pack in a folder, in a worker with progress."""
        from evac_toolkit.core.translation.packs import install

        data_dir = self.data_dir
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Installing…"))
        self.job = worker.Job(lambda progress: install(source, data_dir, progress=progress))

        def step(done: int, total: int, _name: str) -> None:
            # Bytes can pass 2**31: the bar counts megabytes.
            self.progress.setRange(0, max(1, total // 2**20))
            self.progress.setValue(done // 2**20)

        self.job.signals.progress.connect(step)
        self.job.signals.finished.connect(self._installed)
        self.job.signals.failed.connect(self._failed)
        worker.start(self.job)
        self._update_buttons()

    def _installed(self, outcomes) -> None:
        self.job = None
        self.progress.setVisible(False)
        ui = self.ui_language
        lines = []
        for outcome in outcomes:
            if outcome.ok:
                pack = outcome.pack
                line = gui_message("pack_installed", ui, from_code=pack.from_code,
                               to_code=pack.to_code, from_name=pack.from_name,
                               to_name=pack.to_name, version=pack.package_version)
                if outcome.replaced is not None:
                    line += gui_message("pack_replaced", ui,
                                    version=outcome.replaced.package_version)
                lines.append("✓ " + line)
            else:
                lines.append(f"✗ {outcome.file.name}: "
                             + gui_message(outcome.error.code, ui, **outcome.error.params))
        installed = sum(1 for outcome in outcomes if outcome.ok)
        lines.append(gui_message("packs_install_summary", ui, installed=installed,
                             failed=len(outcomes) - installed))
        self.status.setText("\n".join(lines))
        self.refresh()
        self.changed.emit()

    def _failed(self, error) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.status.setText(gui_message(error.code, self.ui_language, **error.params)
                            if isinstance(error, UserError) else str(error))
        self._update_buttons()

    # -- checking and removing --------------------------------------------------------------------
    def verify(self) -> None:
        from evac_toolkit.core.translation.packs import verify

        data_dir, ui = self.data_dir, self.ui_language
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.job = worker.Job(lambda progress: verify(data_dir))

        def done(checks) -> None:
            self.job = None
            self.progress.setVisible(False)
            lines = []
            for check in checks:
                if check.ok:
                    lines.append("✓ " + gui_message("pack_ok", ui, name=check.name))
                lines += [f"✗ {check.name}: " + gui_message(p.code, ui, **p.params)
                          for p in check.problems]
            problems = sum(len(check.problems) for check in checks)
            lines.append(gui_message("packs_verify_problems", ui, count=problems) if problems
                         else gui_message("packs_verify_ok", ui, count=len(checks)))
            self.status.setText("\n".join(lines))
            self._update_buttons()

        self.job.signals.finished.connect(done)
        self.job.signals.failed.connect(self._failed)
        worker.start(self.job)
        self._update_buttons()

    def selected_pack(self):
        row = self.table.currentRow()
        return self.packs[row] if 0 <= row < len(self.packs) else None

    def _confirm_remove(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            self.status.setText(self.tr("Select a pack first."))
            return
        answer = QMessageBox.question(self, self.tr("Remove pack"), self.tr(
            "Remove the pack %1 → %2? Translation between them stops until it is installed "
            "again.").replace("%1", pack.from_name).replace("%2", pack.to_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(pack)

    def remove(self, pack) -> None:
        from evac_toolkit.core.translation.packs import remove

        try:
            removed = remove(self.data_dir, pack.from_code, pack.to_code)
        except UserError as error:
            self.status.setText(gui_message(error.code, self.ui_language, **error.params))
            return
        self.status.setText(gui_message("pack_removed", self.ui_language, from_code=removed.from_code,
                                    to_code=removed.to_code, name=removed.name))
        self.refresh()
        self.changed.emit()
