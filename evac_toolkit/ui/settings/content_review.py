"""Settings → Content: send a language to a community interpreter and load the review back.

The same core functions as ``evac-toolkit content export-review / import-review / check``; the
import is shown as a list of changes (or of problems, line and column) before anything is applied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.content.review_import import ImportPlan, apply_import, plan_import
from evac_toolkit.core.content.review_sheet import SheetRejectedError, read_sheet, write_sheet
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.languages import catalog, display_name
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.registry.health import storage_failure
from evac_toolkit.ui import worker
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language


class ContentSettings(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.ui_language = current_ui_language()
        self.bank = user_bank(data_dir)
        self.plan: ImportPlan | None = None
        self._check_job: worker.Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        intro = QLabel(_(
            "The phrases on signs and fingerboards were drafted by the project. Send a language to "
            "a community interpreter as a spreadsheet, then load the corrected sheet back: changed "
            "phrases are recorded as reviewed by that person. The installed files are never "
            "changed; reviewed phrases are kept in the data folder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        chooser = QFormLayout()
        self.language = QComboBox()
        self._languages = {language.code: language for language in catalog()}
        for language in self._languages.values():
            # The combo draws every item in one font, so the native name gets its own label.
            # Named in the interface language (not by code); the native name is beside it.
            self.language.addItem(display_name(language, self.ui_language), language.code)
        self.language.currentIndexChanged.connect(self._show_coverage)
        self.native_name = QLabel()
        self.coverage = QLabel()
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(self.native_name)
        chooser.addRow(_("Language:"), language_row)
        chooser.addRow("", self.coverage)
        layout.addLayout(chooser)

        send = QGroupBox(_("1. Send for review"))
        send_row = QHBoxLayout(send)
        self.export_button = QPushButton(_("Save review sheet…"))
        self.export_button.clicked.connect(self._choose_export)
        send_row.addWidget(self.export_button)
        send_row.addStretch(1)
        layout.addWidget(send)

        load = QGroupBox(_("2. Load a reviewed sheet"))
        load_layout = QVBoxLayout(load)
        form = QFormLayout()
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(_("e.g. Nguyen Van A, community interpreter"))
        self.reviewer.textChanged.connect(self._update_buttons)
        form.addRow(_("Reviewer's name:"), self.reviewer)
        load_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(_("Open reviewed sheet…"))
        self.open_button.clicked.connect(self._choose_import)
        self.apply_button = QPushButton(_("Apply changes"))
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        load_layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        load_layout.addWidget(self.result)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(False)
        load_layout.addWidget(self.table, 1)
        layout.addWidget(load)
        self._load_group = load
        layout.addStretch(1)

        checks = QHBoxLayout()
        self.check_button = QPushButton(_("Check all content"))
        self.check_button.clicked.connect(self.run_check)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        checks.addWidget(self.check_button)
        checks.addWidget(self.check_result, 1)
        layout.addLayout(checks)
        self._show_coverage()
        self._update_buttons()

    # -- language ---------------------------------------------------------------------------------
    def current_language(self) -> str:
        return self.language.currentData()

    def select_language(self, code: str) -> None:
        self.language.setCurrentIndex(self.language.findData(code))

    def _show_coverage(self) -> None:
        language = self._languages[self.current_language()]
        self.native_name.setText(language.native)
        self.native_name.setFont(qfont(language.font, 15, 700))
        cov = self.bank.coverage(self.current_language())
        self.coverage.setText(_("%1 phrases, %2 reviewed by a person")
                              .replace("%1", str(cov.present)).replace("%2", str(cov.reviewed)))

    # -- export -----------------------------------------------------------------------------------
    def _choose_export(self) -> None:
        code = self.current_language()
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save review sheet"), str(Path.home() / f"review-{code}.xlsx"),
            _("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        try:
            write_sheet(self.bank, self.current_language(), path)
        except OSError as exc:
            self.result.setText(gui_message("output_unwritable", self.ui_language, path=str(path),
                                        reason=exc.strerror or str(exc)))
            return
        self.result.setText(gui_message("wrote", self.ui_language, path=str(path)))

    # -- import -----------------------------------------------------------------------------------
    def _choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Open reviewed sheet"), str(Path.home()),
            _("Review sheets (*.xlsx *.csv *.txt)"))
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        """Read and check the sheet; list its changes or its problems. Applies nothing."""
        self.plan = None
        try:
            sheet = read_sheet(path)
            plan = plan_import(self.bank, sheet, self.reviewer.text())
        except SheetRejectedError as rejected:
            self._show_problems(rejected.problems)
            return
        except UserError as error:
            self._show_message(gui_message(error.code, self.ui_language, **error.params))
            return
        if plan.problems:
            self._show_problems(plan.problems)
            return
        self.plan = plan
        if plan.language != self.current_language():
            self.select_language(plan.language)
        language = self._languages[plan.language]      # by name: no codes in the window
        name = display_name(language, self.ui_language)
        self.result.setText(gui_message("review_summary", self.ui_language, language=name,
                                    changed=plan.count("changed"),
                                    confirmed=plan.count("confirmed"),
                                    noted=plan.count("noted"), unchanged=plan.unchanged))
        self._fill_table([_("Phrase ID"), _("Now"), _("After review")],
                         [(c.key, c.old, self._after(c)) for c in plan.changes],
                         text_font=qfont(self._languages[plan.language].font, 11))
        self._update_buttons()

    def _after(self, change) -> str:
        lines = [change.new if change.kind == "changed"
                 else gui_message(change.code, self.ui_language)]
        if change.replaces_review:
            lines.append("! " + gui_message("replaces_review", self.ui_language,
                                        who=change.replaces_review))
        if change.note:
            lines.append(f"# {change.note}")
        return "\n".join(lines)

    def _show_problems(self, problems: list) -> None:
        self.result.setText(gui_message("review_rejected", self.ui_language, count=len(problems)))
        rows = []
        for problem in sorted(problems, key=lambda p: (p.line, p.column)):
            where = (gui_message("sheet_where", self.ui_language, line=problem.line,
                             column=problem.column) if problem.column
                     else gui_message("sheet_where_line", self.ui_language, line=problem.line))
            rows.append((where, gui_message(problem.code, self.ui_language, detail=problem.detail)))
        self._fill_table([_("Where"), _("Problem")], rows)
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.result.setText(text)
        self._fill_table([], [])
        self._update_buttons()

    def _fill_table(self, headers: list[str], rows: list[tuple[str, ...]],
                    text_font: QFont | None = None) -> None:
        """Fill the list; ``text_font`` (the evacuee language's) draws every column but the
        first, so that Burmese or Sinhala never falls back to whatever font Qt finds."""
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text_font is not None and column > 0:
                    item.setFont(text_font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        # The list takes the free space only while it has something to show.
        self.layout().setStretchFactor(self._load_group, 1 if rows else 0)

    def _update_buttons(self) -> None:
        ready = bool(self.plan and self.plan.changes and self.reviewer.text().strip())
        self.apply_button.setEnabled(ready)

    def apply(self) -> None:
        if not self.plan:
            return
        # The reviewer's name may have been typed after the preview.
        self.plan.reviewer = " ".join(self.reviewer.text().split())
        try:
            written = apply_import(self.bank, self.plan)
        except UserError as error:
            self.result.setText(gui_message(error.code, self.ui_language, **error.params))
            return
        except OSError as exc:
            if storage_failure(exc) == "full":     # nothing was written: the overlay is whole
                self.result.setText(gui_problem(exc, self.ui_language))
                return
            self.result.setText(gui_message("data_dir_unwritable", self.ui_language,
                                        path=str(self.data_dir), reason=exc.strerror or str(exc)))
            return
        self.result.setText(gui_message("review_applied", self.ui_language, path=str(written),
                                    reviewer=self.plan.reviewer))
        self.plan = None
        self.bank = user_bank(self.data_dir)
        self._fill_table([], [])
        self._show_coverage()
        self._update_buttons()

    # -- check ------------------------------------------------------------------------------------
    def run_check(self) -> None:
        from evac_toolkit.core.content.check import check

        self.check_button.setEnabled(False)
        self.check_result.setText(_("Checking…"))
        bank = user_bank(self.data_dir)
        self._check_job = worker.Job(lambda progress: check(bank))
        self._check_job.signals.finished.connect(self._on_checked)
        self._check_job.signals.failed.connect(
            lambda error: self._on_checked(None, gui_problem(error, self.ui_language)))
        worker.start(self._check_job)

    def _on_checked(self, problems: list | None, error: str = "") -> None:
        self._check_job = None
        self.check_button.setEnabled(True)
        if problems is None:
            self.check_result.setText(error)
        elif not problems:
            self.check_result.setText(_("No problems found."))
        else:
            lines = [f"{Path(p.file).name}: {p.key or '-'}: "
                     f"{gui_message(p.code, self.ui_language, **p.message_params)}"
                     for p in problems[:20]]
            self.check_result.setText(gui_message("content_problems", self.ui_language,
                                              count=len(problems)) + "\n" + "\n".join(lines))
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
