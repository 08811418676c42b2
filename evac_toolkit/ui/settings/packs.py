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
from evac_toolkit.core.i18n import _
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import describe
from evac_toolkit.ui import worker
from evac_toolkit.ui.i18n import current_ui_language

# How a refused pack or a failed check is shown: it must not be missed.
PROBLEM_STYLE = ("color: #8a1c00; background: #fff1ec; border: 1px solid #e0a190; "
                 "border-radius: 4px; padding: 6px;")


class PacksView(QWidget):
    #: The installed packs changed (the Translate view updates its list).
    changed = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.ui_language = current_ui_language()
        self.job: worker.Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_(
            "Translation packs (Argos Translate, .argosmodel files) are installed from a file or "
            "a folder such as a USB stick. They never come from the network. Translating "
            "between two languages other than English needs both packs through English."),
            wordWrap=True))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("From"), _("To"),
                                              _("Version"), _("Installed")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        # The empty state: what to do when no pack is installed yet.
        self.empty_note = QLabel(gui_message("packs_none", self.ui_language), wordWrap=True)
        layout.addWidget(self.empty_note)
        buttons = QHBoxLayout()
        self.file_button = QPushButton(_("Install from a file…"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton(_("Install all from a folder or USB stick…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.verify_button = QPushButton(_("Check packs"))
        self.verify_button.clicked.connect(self.verify)
        self.remove_button = QPushButton(_("Remove"))
        self.remove_button.clicked.connect(self._confirm_remove)
        for button in (self.file_button, self.folder_button, self.verify_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(visible=False)
        layout.addWidget(self.progress)
        # The last action's outcome (installed, refused and why, checked, removed).
        self.status = QLabel(wordWrap=True, objectName="packsStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the installed packs. The last action's outcome in ``status`` stays: a pack
        that could not be installed must still be explained after the list is redrawn."""
        from evac_toolkit.core.translation.packs import list_packs

        self.packs = list_packs(self.data_dir)
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            for column, text in enumerate((self.language_name(pack.from_code, pack.from_name),
                                           self.language_name(pack.to_code, pack.to_name),
                                           pack.package_version,
                                           pack.installed_at[:16].replace("T", " "))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_note.setVisible(not self.packs)
        self._update_buttons()

    def language_name(self, argos_code: str, pack_name: str = "") -> str:
        """A pack language's name from the catalog in the UI language; the pack's own (English)
        name for a language the catalog does not list."""
        from evac_toolkit.core.translation.installed import language_name

        return language_name(argos_code, self.ui_language, pack_name)

    def pack_label(self, pack) -> str:
        """``日本語 → 英語``: how a pack is named in sentences."""
        return (f"{self.language_name(pack.from_code, pack.from_name)} → "
                f"{self.language_name(pack.to_code, pack.to_name)}")

    def show_outcome(self, text: str, problem: bool) -> None:
        """The last action's outcome, kept until the next action; problems stand out."""
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")

    def _update_buttons(self) -> None:
        busy = self.job is not None
        for button in (self.file_button, self.folder_button, self.verify_button):
            button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.packs))

    # -- installing -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("Choose a language pack"),
                                              str(Path.home()),
                                              _("Argos packs (*.argosmodel)"))
        if name:
            self.install(Path(name))

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, _("Choose the folder with packs"),
                                                str(Path.home()))
        if name:
            self.install(Path(name))

    def install(self, source: Path) -> None:
        """Install a pack file, or every pack in a folder, in a worker with progress. Packs
        that would replace installed ones are named in a Yes/No question first; No installs
        the others and keeps the installed ones."""
        from evac_toolkit.core.translation.packs import install

        replace = self._confirm_replacements(source)
        data_dir = self.data_dir
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.show_outcome(_("Installing…"), problem=False)
        self.job = worker.Job(lambda progress: install(source, data_dir, progress=progress,
                                                       replace=replace))

        def step(done: int, total: int, _name: str) -> None:
            # Bytes can pass 2**31: the bar counts megabytes.
            self.progress.setRange(0, max(1, total // 2**20))
            self.progress.setValue(done // 2**20)

        self.job.signals.progress.connect(step)
        self.job.signals.finished.connect(self._installed)
        self.job.signals.failed.connect(self._failed)
        worker.start(self.job)
        self._update_buttons()

    def _confirm_replacements(self, source: Path) -> bool:
        """Ask before replacing installed packs; True to replace them. Reads the archives'
        descriptions only (a moment, even on a USB stick)."""
        from evac_toolkit.core.translation.packs import replacements

        try:
            found = replacements(source, self.data_dir)
        except UserError:
            return False           # nothing there: the install says so
        if not found:
            return False
        lines = [_("%1 → %2: version %3 is installed; %4 has version %5.")
                 .replace("%1", self.language_name(r.installed.from_code, r.installed.from_name))
                 .replace("%2", self.language_name(r.installed.to_code, r.installed.to_name))
                 .replace("%3", r.installed.package_version or "?")
                 .replace("%4", r.file.name).replace("%5", r.version) for r in found]
        answer = QMessageBox.question(self, _("Replace installed packs?"), _(
            "These packs are installed already:\n%1\n\nReplace them? No keeps the installed "
            "packs and installs only the others.").replace("%1", "\n".join(lines)))
        return answer == QMessageBox.StandardButton.Yes

    def _installed(self, outcomes) -> None:
        self.job = None
        self.progress.setVisible(False)
        ui = self.ui_language
        lines = []
        for outcome in outcomes:
            if outcome.ok:
                pack = outcome.pack
                line = gui_message("pack_installed", ui, version=pack.package_version,
                                   from_name=self.language_name(pack.from_code, pack.from_name),
                                   to_name=self.language_name(pack.to_code, pack.to_name))
                if outcome.replaced is not None:
                    line += gui_message("pack_replaced", ui,
                                        version=outcome.replaced.package_version)
                lines.append("✓ " + line)
            else:
                why = gui_message(outcome.error.code, ui, **outcome.error.params)
                # Most refusals name the file already; the others get it in front.
                lines.append("✗ " + (why if outcome.file.name in why
                                     else f"{outcome.file.name}: {why}"))
        installed = sum(1 for outcome in outcomes if outcome.ok)
        lines.append(gui_message("packs_install_summary", ui, installed=installed,
                                 failed=len(outcomes) - installed))
        self.show_outcome("\n".join(lines), problem=installed < len(outcomes))
        self.refresh()
        self.changed.emit()

    def _failed(self, error) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.show_outcome(worded(error, self.ui_language), problem=True)
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
                # A pack is named by its languages; a folder whose description cannot be read
                # has nothing but its folder name.
                name = self.pack_label(check.pack) if check.pack is not None else check.name
                if check.ok:
                    lines.append("✓ " + gui_message("pack_ok", ui, name=name))
                lines += ["✗ " + gui_message(p.code, ui, **{**p.params, "name": name})
                          for p in check.problems]
            problems = sum(len(check.problems) for check in checks)
            lines.append(gui_message("packs_verify_problems", ui, count=problems) if problems
                         else gui_message("packs_verify_ok", ui, count=len(checks)))
            self.show_outcome("\n".join(lines), problem=bool(problems))
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
            self.show_outcome(_("Select a pack first."), problem=True)
            return
        answer = QMessageBox.question(self, _("Remove pack"), _(
            "Remove the pack %1 → %2? Translation between them stops until it is installed "
            "again.").replace("%1", self.language_name(pack.from_code, pack.from_name))
            .replace("%2", self.language_name(pack.to_code, pack.to_name)))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(pack)

    def remove(self, pack) -> None:
        from evac_toolkit.core.translation.packs import remove

        try:
            removed = remove(self.data_dir, pack.from_code, pack.to_code)
        except UserError as error:
            self.show_outcome(worded(error, self.ui_language), problem=True)
            self.refresh()
            return
        self.show_outcome(gui_message("pack_removed", self.ui_language, name=removed.name,
                                      from_name=self.language_name(removed.from_code,
                                                                   removed.from_name),
                                      to_name=self.language_name(removed.to_code,
                                                                 removed.to_name)),
                          problem=False)
        self.refresh()
        self.changed.emit()


def worded(error: BaseException, ui_language: str) -> str:
    """A worker's exception as a sentence; a disk error as a failed write of the packs folder."""
    return describe(error, ui_language, write_code="pack_write_failed")
