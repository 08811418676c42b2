"""Settings → Language packs: install Argos packs and many-to-many models (M2M-100, NLLB-200)
from a file, a folder or a USB stick, check, remove.

Installing copies, checks and unpacks archives and models of hundreds of megabytes, so it runs
in a worker with a progress bar; each pack and model is installed or refused on its own, and the
outcome of each is listed in the user's language. Before a model is installed its licence is
shown, and accepting it is asked when the folder names none or it forbids commercial use (once:
the core remembers an accepted licence).
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
            "Translation packs (Argos Translate, .argosmodel files) and many-to-many models "
            "(M2M-100, NLLB-200: a folder, or a zip of one) are installed from a file or a folder "
            "such as a USB stick, never from the network. A many-to-many model translates "
            "directly between its languages; Argos packs go through English."),
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
        # Many-to-many models: one row each, with the languages it covers and lacks.
        self.models_heading = QLabel(_("Many-to-many models"), objectName="modelsHeading")
        self.models_heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.models_heading)
        self.models_table = QTableWidget(0, 3, objectName="modelsTable")
        self.models_table.setHorizontalHeaderLabels([_("Model"), _("Licence"), _("Languages")])
        header = self.models_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.models_table.setWordWrap(True)
        self.models_table.verticalHeader().setVisible(False)
        # Rows as tall as their wrapped language lists at the table's real width.
        self.models_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.models_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.models_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.models_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout.addWidget(self.models_table, 1)
        self.models_note = QLabel(_(
            "No many-to-many model is installed. One model translates directly between most of "
            "the program's languages; install its folder, or a zip of it, with the buttons "
            "below."), wordWrap=True)
        layout.addWidget(self.models_note)
        # Remove acts on the row selected last, a pack's or a model's.
        self.table.itemSelectionChanged.connect(
            lambda: self.table.selectedItems() and self.models_table.clearSelection())
        self.models_table.itemSelectionChanged.connect(
            lambda: self.models_table.selectedItems() and self.table.clearSelection())
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
        self.status.setVisible(False)     # no room kept for an outcome before there is one
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
        # An empty table is room the models' list needs on a 600-pixel screen: the note says
        # what to do instead.
        self.table.setVisible(bool(self.packs))
        self.empty_note.setVisible(not self.packs)
        self._refresh_models()
        self._update_buttons()

    def _refresh_models(self) -> None:
        # Described once per model folder (the install worker already did it for a new one):
        # a real model's vocabulary is megabytes of JSON, not to be read on the window's thread
        # at every redraw.
        from evac_toolkit.core.translation.routes import installed_models

        self.models = installed_models(self.data_dir)
        self.models_table.setRowCount(len(self.models))
        for row, model in enumerate(self.models):
            texts = (model.name, model.licence or _("not stated"),
                     "\n".join(self.model_language_lines(model)))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.models_table.setItem(row, column, item)
        self.models_table.setVisible(bool(self.models))
        self.models_note.setVisible(not self.models)

    def model_language_lines(self, model) -> list[str]:
        """What a model covers, reads only and lacks, each a sentence with language names."""
        from evac_toolkit.core.translation.model_install import language_lines

        return [gui_message(code, self.ui_language, **params)
                for code, params in language_lines(model)]

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
        self.status.setVisible(bool(text))
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")

    def _update_buttons(self) -> None:
        busy = self.job is not None
        for button in (self.file_button, self.folder_button, self.verify_button):
            button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.packs or self.models))

    # -- installing -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("Choose a language pack"),
                                              str(Path.home()),
                                              _("Packs and models (*.argosmodel *.zip)"))
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

        models = self._confirm_models(source)
        if models is None:
            self.show_outcome(_("Nothing was installed."), problem=False)
            return
        replace = self._confirm_replacements(source)
        data_dir = self.data_dir
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.show_outcome(_("Installing…"), problem=False)
        # Install (in the question about models) accepted their licences and replaces the
        # installed copies it named.
        self.job = worker.Job(lambda progress: _install_and_describe(
            source, data_dir, progress=progress, accept_licence=models or None,
            replace=replace, replace_models=models))

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

    def _confirm_models(self, source: Path) -> bool | None:
        """Show the licence of each model ``source`` offers and ask whether to install them;
        True to install (accepting the licences that need it and replacing installed copies),
        False when it offers no model, None when the person cancels."""
        from evac_toolkit.core.translation.model_licence import licence_lines
        from evac_toolkit.core.translation.pack_sources import offers

        found = [offer for offer in offers(source, self.data_dir) if offer.source is not None]
        if not found:
            return False
        ui = self.ui_language
        paragraphs, details = [], []
        for offer in found:
            lines = [offer.source.folder]
            lines += [gui_message(code, ui, **params)
                      for code, params in licence_lines(offer.source.licence,
                                                        offer.source.family)]
            if offer.installed:
                lines.append(_("It is installed already: installing replaces it."))
            if offer.needs_acceptance:
                lines.append(_("Installing it means you accept this licence."))
            paragraphs.append("\n".join(lines))
            if offer.source.licence.text:
                details.append(f"{offer.source.folder}\n{offer.source.licence.text}")
        box = QMessageBox(QMessageBox.Icon.Question, _("Install translation models?"),
                          "\n\n".join(paragraphs),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(
            _("Accept and install") if any(o.needs_acceptance for o in found) else _("Install"))
        box.button(QMessageBox.StandardButton.No).setText(_("Cancel"))
        if details:
            box.setDetailedText("\n\n".join(details))
        return True if box.exec() == QMessageBox.StandardButton.Yes else None

    def _model_lines(self, outcome) -> list[str]:
        ui = self.ui_language
        if not outcome.ok:
            why = gui_message(outcome.error.code, ui, **outcome.error.params)
            return ["✗ " + (why if outcome.file.name in why else f"{outcome.file.name}: {why}")]
        line = gui_message("model_installed", ui, name=outcome.model.name)
        if outcome.replaced:
            line += gui_message("model_replaced", ui)
        return ["✓ " + line] + ["    " + text for text in self.model_language_lines(outcome.model)]

    def _installed(self, outcomes) -> None:
        from evac_toolkit.core.translation.model_install import ModelOutcome

        self.job = None
        self.progress.setVisible(False)
        ui = self.ui_language
        lines = []
        for outcome in outcomes:
            if isinstance(outcome, ModelOutcome):
                lines += self._model_lines(outcome)
            elif outcome.ok:
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
        from evac_toolkit.core.translation import model_install
        from evac_toolkit.core.translation.packs import verify

        data_dir, ui = self.data_dir, self.ui_language
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.job = worker.Job(lambda progress: verify(data_dir) + model_install.verify(data_dir))

        def done(checks) -> None:
            self.job = None
            self.progress.setVisible(False)
            lines = []
            for check in checks:
                # A pack is named by its languages; a folder whose description cannot be read
                # has nothing but its folder name.
                pack = getattr(check, "pack", None)     # a model's check names the model
                name = self.pack_label(pack) if pack is not None else check.name
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

    def selected_model(self):
        rows = {index.row() for index in self.models_table.selectionModel().selectedRows()}
        return self.models[min(rows)] if rows and min(rows) < len(self.models) else None

    def _confirm_remove(self) -> None:
        model = self.selected_model()
        if model is not None:
            answer = QMessageBox.question(self, _("Remove model"), _(
                "Remove the model %1? Translation through it stops until it is installed "
                "again.").replace("%1", model.name))
            if answer == QMessageBox.StandardButton.Yes:
                self.remove_model(model)
            return
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


    def remove_model(self, model) -> None:
        from evac_toolkit.core.translation.model_install import remove_model

        try:
            name = remove_model(self.data_dir, model.path.name)
        except UserError as error:
            self.show_outcome(worded(error, self.ui_language), problem=True)
            self.refresh()
            return
        self.show_outcome(gui_message("model_removed", self.ui_language, name=name),
                          problem=False)
        self.refresh()
        self.changed.emit()


def _install_and_describe(source: Path, data_dir: Path, **options):
    """Install (in the worker), then describe the installed models there too, so that the
    redraw that follows in the window finds them described."""
    from evac_toolkit.core.translation.pack_sources import install
    from evac_toolkit.core.translation.routes import installed_models

    outcome = install(source, data_dir, **options)
    installed_models(data_dir)
    return outcome


def worded(error: BaseException, ui_language: str) -> str:
    """A worker's exception as a sentence; a disk error as a failed write of the packs folder."""
    return describe(error, ui_language, write_code="pack_write_failed")
