"""Registry → File: import people from a list file — CSV, Excel's Unicode text or an .xlsx
workbook (look first, then import) —, export a CSV, print
the needs card, kitchen and hand-over sheets, and take or restore a verified backup.

Widgets only: what they do is the core's, the same functions as the ``evac-toolkit registry``
commands (``core.registry``: ``import_look`` and ``import_choices`` for the import window,
``csv_io``, ``printouts``, ``backup_list``, ``restore_in_place``). Anything that reads or writes
many people runs in a worker on a connection of its own (``own_connection``: the registry is in
WAL mode, so a reader never blocks the UI's writes, and no connection is shared between
threads); the view's own registry is only closed and reopened, on the UI thread, around a
restore. Results and errors are worded by ``core.messages`` in the UI language and shown on the
view's status line or in the dialog that asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import describe
from evac_toolkit.core.registry.backup import Backup, take_backup
from evac_toolkit.core.registry.backup_list import BEFORE_MIGRATION, listed_backups
from evac_toolkit.core.registry.csv_io import (
    IMPORT_FIELDS,
    ExportResult,
    ImportPreview,
    ImportResult,
    export_csv,
    import_preview,
    listed_duplicates,
)
from evac_toolkit.core.registry.field_labels import field_label
from evac_toolkit.core.registry.import_choices import (
    ImportChoices,
    check_column_choice,
    columns_settled,
    profile_names,
    undecided_columns,
)
from evac_toolkit.core.registry.import_look import ImportLook, look_at_list
from evac_toolkit.core.registry.own_connection import reading, writing
from evac_toolkit.core.registry.restore_in_place import restore_in_place
from evac_toolkit.core.registry.sheet_files import file_format
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.registry.unencodable import (
    REFUSE,
    REPLACE,
    UnencodableError,
)
from evac_toolkit.ui import worker
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.registry.import_choices import ProfileBar, ValueChoices
from evac_toolkit.ui.registry.model import font_family_for
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

if TYPE_CHECKING:
    from evac_toolkit.ui.registry.host import RegistryHost

#: Problems or duplicates listed at most (a broken 50,000-row file would fill a slow table).
LIST_LIMIT = 1000
#: Combo data of a column whose field the file's header did not settle (unknown or repeated):
#: the coordinator must choose, even if the choice is "(ignore)".
UNDECIDED = "\x00undecided"
ROW_HEIGHT = TOUCH_TARGET_PX + 6
UNDECIDED_BACKGROUND = "#fff3c4"


def worded(error: BaseException, ui_language: str, path: Path | None = None) -> str:
    """An exception from a worker as a sentence; a folder that cannot be written as
    ``output_unwritable`` naming the file that was asked for."""
    return describe(error, ui_language, write_code="output_unwritable", path=path)


def _where(line: int, column: int, ui_language: str, whole_file: str) -> str:
    if not line:                        # the file as a whole: not a list, no such sheet
        return whole_file
    return (gui_message("sheet_where", ui_language, line=line, column=column) if column
            else gui_message("sheet_where_line", ui_language, line=line))


def show_text(label: QLabel, text: str) -> None:
    """Set a word-wrapped label's text and make room for every line of it: a layout gives such
    a label the height of its first text, so a longer answer (a backup's path) was cut off. The
    room only grows, so the window does not jump at every answer."""
    label.setText(text)
    label.setToolTip(text)
    needed = label.heightForWidth(max(label.width(), 400))
    if needed > label.minimumHeight():
        label.setMinimumHeight(needed)


def _touch(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(TOUCH_TARGET_PX)
    return widget


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A read-only cell, in the script's own font when the UI fonts lack it (Burmese...)."""
    shown = text.replace("\r\n", "\n").replace("\n", " ↵ ")
    item = QTableWidgetItem(shown if len(shown) <= 80 else shown[:79] + "…")
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip or len(shown) > 80:
        item.setToolTip(tooltip or text)
    family = font_family_for(text)
    if family:
        item.setFont(qfont(family, 12))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, _item(text))
    table.resizeColumnToContents(0)


# -- import ---------------------------------------------------------------------------------------
class ImportDialog(QDialog):
    """Read a list file, show how its columns map and what it would do, then import it. A
    workbook with several sheets gets a sheet chooser (its first visible sheet is read first).

    Nothing is written until Import: the file is checked whole (``read_csv``) in a worker, and
    every change of a column's field or of a word's value checks it again. The choices can be
    saved as a named import profile and a saved one picked for the next list of the same kind.
    Import is possible only without problems
    and with someone new; ``import_preview`` takes a verified backup first and writes every
    record or none.
    """

    #: The ImportResult, after people were imported.
    imported = Signal(object)

    def __init__(self, registry: Registry, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.path = Path(path)
        self.ui_language = current_ui_language()
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        #: The columns', words', sheet's and profile's choices made here.
        self.choices = ImportChoices.for_registry(registry.path)
        self.combos: list[QComboBox] = []
        self._header: list[str] = []
        self._read_job: worker.Job | None = None
        self._read_again = False
        self._import_job: worker.Job | None = None
        self.labels = self._field_labels()

        self.setWindowTitle(_("Import people from a list (Excel or CSV)"))
        layout = QVBoxLayout(self)
        about = QFormLayout()
        self.file_label = QLabel(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.encoding_label = QLabel("—")
        self.profile_bar = ProfileBar(profile_names(self.choices.data_dir))
        self.profile_bar.picked.connect(self.use_profile)
        self.profile_bar.save_requested.connect(self._ask_profile_name)
        about.addRow(_("File:"), self.file_label)
        # The import profile beside the format: no row of its own on a 600-pixel-high screen.
        format_row = QHBoxLayout()
        format_row.addWidget(self.encoding_label)
        format_row.addStretch(1)
        format_row.addWidget(self.profile_bar)
        about.addRow(_("Format:"), format_row)
        # Shown for a workbook of several sheets only.
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumHeight(TOUCH_TARGET_PX)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.currentIndexChanged.connect(
            lambda _index: self.choose_sheet(self.sheet_combo.currentText()))
        self.sheet_label = QLabel(_("Sheet:"))
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        about.addRow(self.sheet_label, sheet_row)
        self.sheet_label.setVisible(False)
        self.sheet_combo.setVisible(False)
        layout.addLayout(about)

        # Columns and words in two tabs: both tables need the height of a small screen.
        self.tabs = QTabWidget()
        columns_page = QWidget()
        columns = QVBoxLayout(columns_page)
        columns.setContentsMargins(4, 4, 4, 4)
        columns.addWidget(QLabel(_(
            "Which registry field each column of the file goes into. A change is checked at "
            "once."), wordWrap=True))
        self.mapping_table = _table([_("Column in the file"), _("Registry field")])
        self.mapping_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.mapping_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        columns.addWidget(self.mapping_table, 1)
        self.tabs.addTab(columns_page, _("Columns"))
        self.values = ValueChoices(self.ui_language, self.labels)
        self.values.chosen.connect(self.set_value)
        self.tabs.addTab(self.values, _("Values"))
        self._shown_values = False
        layout.addWidget(self.tabs, 3)

        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problems_table = _table([_("Where"), _("Problem")])
        self.duplicates_table = _table([_("Where"), _("Already registered")])
        for table in (self.problems_table, self.duplicates_table):
            table.setVisible(False)
            # Three rows at least: on a 600 px screen the tabs above took all but one and a half.
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                                   + 3 * table.verticalHeader().defaultSectionSize()
                                   + 2 * table.frameWidth())
            layout.addWidget(table, 2)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton(_("Import"))
        self.import_button.setStyleSheet("font-weight: 700;")
        self.import_button.clicked.connect(self.accept_import)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        # Large enough for a 23-column export; within a 1366 × 768 laptop screen.
        space = self.screen().availableGeometry()
        self.resize(min(1000, int(space.width() * 0.95)), min(720, int(space.height() * 0.9)))
        self._update_buttons()
        self._start_read()

    def _field_labels(self) -> dict[str, str]:
        """Every field a column can go into, as the person form names them."""
        return {name: field_label(name, self.ui_language) for name in IMPORT_FIELDS}

    # -- reading ----------------------------------------------------------------------------------
    def idle(self) -> bool:
        """True when nothing is being read or imported: what is shown is the latest answer."""
        return self._read_job is None and not self._read_again and self._import_job is None

    def choose_sheet(self, name: str) -> None:
        """Read the workbook's sheet ``name`` instead (its columns are mapped afresh)."""
        if self._import_job is not None or self.result is not None:
            return                          # imported (or importing): the choices are final
        if self.choices.choose_sheet(name, self.preview):
            self._start_read()

    def set_mapping(self, header: str, field: str | None) -> None:
        """Put the column titled ``header`` into ``field`` (None: leave it out); checks again."""
        check_column_choice(header, field, self._header)
        if self._import_job is not None or self.result is not None:
            return                          # imported (or importing): the choices are final
        self.choices.choose_column(header, field)
        for title, combo in zip(self._header, self.combos, strict=True):
            if title == header:
                self._choose(combo, field, undecided=False)
        self._start_read()

    def _start_read(self) -> None:
        if self._read_job is not None:
            self._read_again = True         # one reading at a time; the newest choices win
            return
        registry_path, path = self.registry.path, self.path
        mapping, values, sheet = self.choices.reading_arguments()
        show_text(self.summary, _("Reading the file…"))
        self._read_job = worker.Job(lambda progress: reading(
            registry_path, lambda reader: look_at_list(path, reader, mapping, sheet=sheet,
                                                       values=values)))
        self._read_job.signals.finished.connect(self._on_read)
        self._read_job.signals.failed.connect(self._on_read_failed)
        self._update_buttons()
        worker.start(self._read_job)

    def _read_done(self) -> bool:
        """Clear the finished job; True when a newer reading was started instead."""
        self._read_job = None
        if self._read_again:
            self._read_again = False
            self._start_read()
            return True
        return False

    def _on_read(self, result: ImportLook) -> None:
        if self._read_done():
            return
        preview, sample = result
        self.preview = preview
        self.encoding_label.setText(file_format(preview.encoding, preview.sheet, self.ui_language)
                                    if preview.encoding else "—")
        self._show_sheets(preview)
        self._show_columns(preview, sample)
        self._show_values(preview)
        if preview.problems:
            self._show_problems(preview)
        else:
            self._show_summary(preview)
        self._update_buttons()

    def _on_read_failed(self, error: object) -> None:
        if self._read_done():
            return
        self.preview = None
        show_text(self.summary, worded(error, self.ui_language))
        self.problems_table.setVisible(False)
        self.duplicates_table.setVisible(False)
        self._update_buttons()

    def set_value(self, field: str, text: str, value: object) -> None:
        """Give every cell of ``field`` that says ``text`` the value ``value`` (a code,
        True/False for yes/no, None: leave the word out); checks again."""
        if self._import_job is not None or self.result is not None:
            return                          # imported (or importing): the choices are final
        self.choices.choose_value(field, text, value)
        self._start_read()

    # -- import profiles --------------------------------------------------------------------------
    def use_profile(self, name: str) -> bool:
        """Use the saved profile ``name``'s column and value choices instead of those made so
        far ("": none, only what the file's titles and words say); checks again. False when it cannot be used
        (said on the summary line)."""
        if self._import_job is not None or self.result is not None:
            return False
        try:
            self.choices.use_profile(name)
        except UserError as error:
            show_text(self.summary, worded(error, self.ui_language))
            self.profile_bar.set_names(profile_names(self.choices.data_dir),
                                       self.choices.profile_name)
            return False
        self._start_read()
        return True

    def save_as_profile(self, name: str) -> bool:
        """Save this dialog's column and value choices as the profile ``name`` (added to what
        a profile of that name already holds). False, said on the summary line, when the name
        cannot be used or the file cannot be written."""
        try:
            profile, path = self.choices.save_as_profile(name)
        except (UserError, OSError) as error:
            show_text(self.summary, worded(error, self.ui_language))
            return False
        self.profile_bar.set_names(profile_names(self.choices.data_dir), profile.name)
        show_text(self.summary, gui_message("import_profile_saved", self.ui_language,
                                            name=profile.name, path=str(path)))
        return True

    def _ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, _("Save as an import profile"),
            _("Name of the profile (e.g. the office or town the lists come from):"),
            text=self.choices.profile_name)
        if ok and name.strip():
            self.save_as_profile(name)

    # -- showing ----------------------------------------------------------------------------------
    def _show_values(self, preview: ImportPreview) -> None:
        """The words to choose a value for; the first time there are some and every column is
        settled, their tab is brought forward."""
        self.values.show_words(preview.unknown_values, self.choices.values)
        open_words = len(preview.unknown_values)
        self.tabs.setTabText(1, ngettext("Values ({n} to choose)", "Values ({n} to choose)", open_words)
                                .format(n=open_words) if open_words
                             else _("Values"))
        self.tabs.setTabEnabled(1, bool(self.values.words))
        if open_words and columns_settled(preview) and not self._shown_values:
            self._shown_values = True
            self.tabs.setCurrentIndex(1)

    def _show_sheets(self, preview: ImportPreview) -> None:
        combo = self.sheet_combo
        names = [combo.itemText(index) for index in range(combo.count())]
        if names != list(preview.sheets):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(preview.sheets))
            combo.blockSignals(False)
        if preview.sheet and combo.currentText() != preview.sheet:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findText(preview.sheet))
            combo.blockSignals(False)
        several = len(preview.sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)

    def _show_columns(self, preview: ImportPreview, sample: list[tuple[int, list[str]]]) -> None:
        table = self.mapping_table
        if preview.header != self._header:
            self._header = list(preview.header)
            self.combos = []
            table.setRowCount(0)
            table.setColumnCount(2 + len(sample))
            table.setHorizontalHeaderLabels(
                [_("Column in the file"), _("Registry field")]
                + [_("Line %1").replace("%1", str(line)) for line, _cells in sample])
            table.setRowCount(len(self._header))
            for row, title in enumerate(self._header):
                table.setItem(row, 0, _item(title or _("(no title)")))
                combo = QComboBox()
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(14)
                combo.setMaxVisibleItems(16)
                combo.addItem(_("(ignore)"), None)
                for name, label in self.labels.items():
                    combo.addItem(label, name)
                    combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
                combo.currentIndexChanged.connect(
                    lambda _index, title=title, combo=combo: self._combo_changed(title, combo))
                combo.setEnabled(bool(title))   # read_csv maps columns by their title
                if not title:
                    combo.setToolTip(_("A column without a title is left out."))
                self.combos.append(combo)
                table.setCellWidget(row, 1, combo)
                for column, (_line, cells) in enumerate(sample, start=2):
                    table.setItem(row, column, _item(cells[row] if row < len(cells) else ""))
            table.resizeColumnToContents(0)
            table.setColumnWidth(0, min(max(table.columnWidth(0), 140), 260))
            table.setColumnWidth(1, 280)
            for column in range(2, table.columnCount()):
                table.setColumnWidth(column, 170)
        # Which columns the file's header leaves undecided (unknown or a second Name column).
        undecided = undecided_columns(preview)
        for number, (title, combo) in enumerate(zip(self._header, self.combos, strict=True), 1):
            was_undecided = combo.itemData(0) == UNDECIDED
            self._choose(combo, preview.mapping.get(title), number in undecided)
            if was_undecided != (number in undecided):
                table.item(number - 1, 0).setBackground(
                    QColor(UNDECIDED_BACKGROUND) if number in undecided
                    else QColor(Qt.GlobalColor.transparent))

    def _choose(self, combo: QComboBox, field: str | None, undecided: bool) -> None:
        """Show ``field`` in ``combo`` without it counting as a choice of the coordinator's;
        ``undecided`` puts "Choose a field…" first, so that no choice looks made."""
        combo.blockSignals(True)
        if undecided and combo.itemData(0) != UNDECIDED:
            combo.insertItem(0, _("Choose a field…"), UNDECIDED)
        elif not undecided and combo.itemData(0) == UNDECIDED:
            combo.removeItem(0)
        index = 0 if undecided else max(0, combo.findData(field))
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _combo_changed(self, title: str, combo: QComboBox) -> None:
        field = combo.currentData()
        if field != UNDECIDED:
            self.set_mapping(title, field)

    def _show_problems(self, preview: ImportPreview) -> None:
        problems = sorted(preview.problems, key=lambda p: (p.line, p.column))
        text = ngettext("{n} problem in the file. Correct the file or the fields above: nothing can "
                        "be imported until then.",
                        "{n} problems in the file. Correct the file or the fields above: nothing "
                        "can be imported until then.", len(problems)).format(n=len(problems))
        if len(problems) > LIST_LIMIT:
            text += " " + _("The first %1 are listed.").replace("%1", str(LIST_LIMIT))
        show_text(self.summary, text)
        whole_file = _("The whole file")
        _fill(self.problems_table, [(_where(p.line, p.column, self.ui_language, whole_file),
                                     gui_message(p.code, self.ui_language, **p.params))
                                    for p in problems[:LIST_LIMIT]])
        self.problems_table.setVisible(True)
        self.duplicates_table.setVisible(False)

    def _show_summary(self, preview: ImportPreview) -> None:
        text = gui_message("import_summary", self.ui_language, new=len(preview.records),
                       duplicates=len(preview.duplicates),
                       encoding=file_format(preview.encoding, preview.sheet, self.ui_language))
        if not preview.records:
            text += " " + _("Nobody new to import.")
        if preview.possible_duplicates:
            text += " " + gui_message("import_possible_summary", self.ui_language,
                                      count=len(preview.possible_duplicates))
        if preview.passed_over:
            text += " " + gui_message("import_passed_over", self.ui_language,
                                      lines=", ".join(map(str, preview.passed_over)),
                                      count=len(preview.passed_over))
        # Skipped (the same person) and imported to be checked (maybe the same), by line;
        # protected people's rows are counted, never listed.
        listed = listed_duplicates(preview)
        if len(listed) > LIST_LIMIT:
            text += " " + _("The first %1 are listed.").replace("%1", str(LIST_LIMIT))
        show_text(self.summary, text)
        _fill(self.duplicates_table, [
            (gui_message("sheet_where_line", self.ui_language, line=d.line),
             d.describe(self.ui_language, gui_message))
            for d in listed[:LIST_LIMIT]])
        self.problems_table.setVisible(False)
        self.duplicates_table.setVisible(bool(listed))

    def _update_buttons(self) -> None:
        preview = self.preview
        self.import_button.setEnabled(bool(
            self.idle() and self.result is None and preview is not None
            and not preview.problems and preview.records))
        self.mapping_table.setEnabled(self._import_job is None and self.result is None)
        self.values.setEnabled(self._import_job is None and self.result is None)
        self.profile_bar.setEnabled(self._import_job is None and self.result is None)
        self.sheet_combo.setEnabled(self._import_job is None and self.result is None)
        self.cancel_button.setEnabled(self._import_job is None)

    # -- importing --------------------------------------------------------------------------------
    def accept_import(self) -> bool:
        """Import what the preview shows (False when it cannot be imported now)."""
        if not self.import_button.isEnabled():
            return False
        registry_path, preview = self.registry.path, self.preview
        # On a connection of the worker's own: the view's registry notices the new rows.
        self._import_job = worker.Job(lambda progress: writing(
            registry_path, lambda registry: import_preview(registry, preview)))
        self._import_job.signals.finished.connect(self._on_imported)
        self._import_job.signals.failed.connect(self._on_import_failed)
        show_text(self.summary, _("Taking a backup, then importing…"))
        self._update_buttons()
        worker.start(self._import_job)
        return True

    def _on_imported(self, result: ImportResult) -> None:
        self._import_job = None
        self.result = result
        text = gui_message("import_done", self.ui_language, count=result.imported,
                       backup=str(result.backup) if result.backup else "—")
        if result.duplicates_skipped:
            text += "\n" + ngettext("{n} already registered: skipped.", "{n} already registered: skipped.",
                                     result.duplicates_skipped).format(n=result.duplicates_skipped)
        if result.imported and self.preview and self.preview.possible_duplicates:
            text += "\n" + gui_message("import_possible_summary", self.ui_language,
                                       count=len(self.preview.possible_duplicates))
        show_text(self.summary, text)
        self.cancel_button.setText(_("Close"))
        self._update_buttons()
        self.imported.emit(result)

    def _on_import_failed(self, error: object) -> None:
        self._import_job = None
        show_text(self.summary, worded(error, self.ui_language))
        self._update_buttons()

    def reject(self) -> None:
        if self._import_job is None:        # an import runs to its end, all or nothing
            super().reject()


# -- export ---------------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Export the registry as CSV: UTF-8 with BOM for Excel (default) or CP932, present people
    only, names left out. A file dialog chooses the file; ``export_to`` writes it."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.ui_language = current_ui_language()
        self.written: int | None = None
        self._job: worker.Job | None = None
        self.folder = Path.home()
        self.setWindowTitle(_("Export the registry as CSV"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Encoding:")))
        self.utf8 = _touch(QRadioButton(_("UTF-8: opens in Excel (recommended)")))
        self.cp932 = _touch(QRadioButton(_("Shift_JIS (CP932): only for software that "
                                                 "needs it")))
        self.utf8.setChecked(True)
        self._encodings = QButtonGroup(self)
        for button in (self.utf8, self.cp932):
            self._encodings.addButton(button)
            layout.addWidget(button)
        layout.addSpacing(8)
        self.present_only = _touch(QCheckBox(_("Present only")))
        self.redact = _touch(QCheckBox(_("Leave out names, readings, nationality and "
                                               "notes")))
        layout.addWidget(self.present_only)
        layout.addWidget(self.redact)
        note = QLabel(_("People marked “do not disclose” are exported without their "
                              "names. The file holds personal data: keep it safe."),
                      wordWrap=True)
        note.setStyleSheet("color: #444444;")
        layout.addWidget(note)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A refused Shift_JIS export lists up to five people: the list scrolls rather than
        # pushing the buttons off a 600-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.summary)
        scroll.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 4)
        layout.addWidget(scroll, 1)
        # Shift_JIS refused some text: nothing is written until the coordinator chooses.
        self.choice = QWidget()
        choices = QHBoxLayout(self.choice)
        choices.setContentsMargins(0, 0, 0, 0)
        self.as_utf8_button = _touch(QPushButton(_("Save as UTF-8 (recommended)")))
        self.as_utf8_button.setStyleSheet("font-weight: 700;")
        self.as_utf8_button.clicked.connect(self.save_as_utf8)
        self.replace_button = _touch(QPushButton(_("Save with “?”")))
        self.replace_button.setToolTip(_("Shift_JIS, with “?” for each character it "
                                               "cannot hold"))
        self.replace_button.clicked.connect(self.save_with_replacement)
        self.cancel_choice_button = _touch(QPushButton(_("Cancel")))
        self.cancel_choice_button.clicked.connect(self.cancel_choice)
        choices.addWidget(self.as_utf8_button)
        choices.addWidget(self.replace_button)
        choices.addStretch(1)
        choices.addWidget(self.cancel_choice_button)
        self.choice.hide()
        layout.addWidget(self.choice)
        #: The file the refused export was for, while the choice is open.
        self.pending: Path | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(_("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(_("Save CSV…"))
        self.save_button.setStyleSheet("font-weight: 700;")
        self.save_button.clicked.connect(self.choose_path)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def encoding(self) -> str:
        return "cp932" if self.cp932.isChecked() else "utf-8-sig"

    def idle(self) -> bool:
        return self._job is None

    def choose_path(self) -> None:
        suffix = "-sjis" if self.encoding() == "cp932" else ""
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export the registry as CSV"),
            str(self.folder / f"registry-{dt.datetime.now():%Y%m%d-%H%M}{suffix}.csv"),
            _("CSV files (*.csv)"))
        if name:
            self.folder = Path(name).parent
            self.export_to(Path(name))

    def export_to(self, path: Path, unencodable: str = REFUSE) -> None:
        """Write the CSV in a worker; the dialog then says how many people, or why nothing.
        Text Shift_JIS cannot hold is refused (nothing written) and the choice is offered;
        ``unencodable=REPLACE`` writes "?" for it instead."""
        if self._job is not None:
            return
        path = Path(path)
        self._close_choice()
        options = {"encoding": self.encoding(), "redact": self.redact.isChecked(),
                   "present_only": self.present_only.isChecked(), "unencodable": unencodable}
        registry_path = self.registry.path
        self.written = None
        self._job = worker.Job(lambda progress: reading(
            registry_path, lambda reader: export_csv(reader, path, **options)))
        self._job.signals.finished.connect(lambda result: self._on_done(path, result))
        self._job.signals.failed.connect(lambda error: self._on_failed(path, error))
        self.save_button.setEnabled(False)
        self.summary.setStyleSheet("")
        show_text(self.summary, _("Writing…"))
        worker.start(self._job)

    def _on_done(self, path: Path, result: ExportResult) -> None:
        self._job = None
        self.written = result.people
        self.save_button.setEnabled(True)
        self.summary.setStyleSheet("")
        text = gui_message("export_done", self.ui_language, path=str(path), count=result.people)
        if result.replaced_cells:
            text += "\n" + gui_message("export_replaced", self.ui_language,
                                       cells=result.replaced_cells,
                                       people=result.replaced_people,
                                       encoding=file_format("cp932", "", self.ui_language))
        show_text(self.summary, text)

    def _on_failed(self, path: Path, error: object) -> None:
        self._job = None
        self.save_button.setEnabled(True)
        self.summary.setStyleSheet("color: #b42318;")
        show_text(self.summary, worded(error, self.ui_language, path))
        if isinstance(error, UnencodableError):
            # Who and which columns are in the message; the choice is the three buttons.
            self.pending = path
            self.choice.show()
            self.as_utf8_button.setFocus()
            # Room for the list of people, within the screen (1024 × 600 included).
            space = self.screen().availableGeometry()
            self.resize(max(self.width(), min(760, int(space.width() * 0.95))),
                        max(self.height(), min(720, int(space.height() * 0.95))))

    def save_as_utf8(self) -> None:
        """The refused file, written in UTF-8 (every script) to the path that was chosen."""
        path = self.pending
        if path is not None:
            self.utf8.setChecked(True)
            self.export_to(path)

    def save_with_replacement(self) -> None:
        """The refused file in Shift_JIS with "?" for each character it cannot hold."""
        path = self.pending
        if path is not None:
            self.export_to(path, unencodable=REPLACE)

    def cancel_choice(self) -> None:
        self._close_choice()
        self.summary.setStyleSheet("")
        show_text(self.summary, _("Nothing was written."))

    def _close_choice(self) -> None:
        self.pending = None
        self.choice.hide()

    def reject(self) -> None:
        if self._job is None:
            super().reject()


# -- printout options -----------------------------------------------------------------------------
class _OptionsDialog(QDialog):
    """A few choices, then "Save PDF…" (accept) or Cancel. Subclasses word the buttons (their
    own translation context)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.setMinimumWidth(480)

    def add_buttons(self, cancel_text: str, save_text: str) -> None:
        self.body.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(cancel_text)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(save_text)
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet("font-weight: 700;")
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        self.body.addLayout(buttons)


class CardDialog(_OptionsDialog):
    def __init__(self, card_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Needs card"))
        self.form.addRow(_("Card ID:"), QLabel(f"<b>{card_id}</b>"))
        self.a6 = _touch(QRadioButton(_("A6 card (105 × 148 mm)")))
        self.label_card = _touch(QRadioButton(_("Label (100 × 62 mm)")))
        self.a6.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.a6, self.label_card):
            group.addButton(button)
            self.body.addWidget(button)
        note = QLabel(_("The card prints no name. Its QR code holds the card ID and the "
                              "needs as codes only."), wordWrap=True)
        note.setStyleSheet("color: #444444;")
        self.body.addWidget(note)
        self.add_buttons(_("Cancel"), _("Save PDF…"))

    def card_size(self) -> str:
        return "label" if self.label_card.isChecked() else "A6"


class KitchenDialog(_OptionsDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Kitchen sheet"))
        self.meal = QLineEdit(placeholderText=_("e.g. 6/3 dinner"))
        self.meal.setMinimumHeight(TOUCH_TARGET_PX)
        self.form.addRow(_("Meal:"), self.meal)
        self.include_names = _touch(QCheckBox(_("List who needs what (names)")))
        self.body.addWidget(self.include_names)
        note = QLabel(_("Without names the sheet only counts. With names it holds "
                              "personal data; people marked “do not disclose” appear by card "
                              "ID only."), wordWrap=True)
        note.setStyleSheet("color: #444444;")
        self.body.addWidget(note)
        self.add_buttons(_("Cancel"), _("Save PDF…"))


class RestoreDialog(QDialog):
    """The verified backups, newest first, with how many people each holds."""

    def __init__(self, registry_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Restore a backup"))
        layout = QVBoxLayout(self)
        explain = QLabel(_("The registry is replaced by the backup you choose. Changes "
                                 "made since are lost, but the registry as it is now is backed "
                                 "up first, so the restore can itself be undone."), wordWrap=True)
        layout.addWidget(explain)
        reasons = {"manual": _("backed up by hand"), "periodic": _("periodic"),
                   "before-import": _("before an import"),
                   "before-restore": _("before a restore"),
                   BEFORE_MIGRATION: _("before an update of the program")}
        self.backups = QListWidget()
        self.backups.setStyleSheet("QListWidget::item { min-height: 44px; }")
        for listed in listed_backups(registry_path):
            backup, people = listed
            reason = reasons.get(listed.reason, listed.reason)
            count = (ngettext("{n} person", "{n} people", people).format(n=people) if people is not None
                     else _("cannot be read"))
            item = QListWidgetItem(f"{backup.taken:%Y-%m-%d %H:%M:%S}   {reason}   ({count})")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(_("There are no backups yet.")))
        layout.addWidget(self.backups, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        self.restore_button = QPushButton(_("Restore…"))
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.restore_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


# -- the view's File menu -------------------------------------------------------------------------
class RegistryFiles(QObject):
    """What the Registry view's File menu does. Results and errors go to the view's status line.

    The ``choose_*`` and ``open_*`` methods ask with dialogs; the methods they end in take the
    file directly (``import_csv``, ``print_card``, ``print_kitchen``, ``print_handover``,
    ``back_up_now``, ``restore_backup``).
    """

    def __init__(self, view: RegistryHost) -> None:
        super().__init__(view)
        self.view = view
        self.ui_language = view.ui_language
        self.folder = Path.home()
        self.job: worker.Job | None = None
        self.last_backup: Backup | None = None

    def busy(self) -> bool:
        return self.job is not None

    def _say(self, text: str) -> None:
        self.view.status.setText(text)

    def _run(self, work: Callable[[], object], done: Callable[[object], str],
             out: Path | None = None) -> bool:
        """``work`` in a worker, then ``done(result)`` (or the worded error) on the status line."""
        if self.job is not None:
            self._say(_("Still writing the previous file: try again in a moment."))
            return False
        self.job = worker.Job(lambda progress: work())
        self.job.signals.finished.connect(lambda result: self._finished(done(result)))
        self.job.signals.failed.connect(
            lambda error: self._finished(worded(error, self.ui_language, out)))
        self._say(_("Writing…"))
        worker.start(self.job)
        return True

    def _finished(self, text: str) -> None:
        self.job = None
        self._say(text)

    def _ask_path(self, title: str, name: str, filter_text: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self.view, title, str(self.folder / name),
                                                filter_text)
        if not chosen:
            return None
        self.folder = Path(chosen).parent
        return Path(chosen)

    # -- import and export ----------------------------------------------------------------------------
    def open_import(self) -> ImportDialog | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.view, _("Import a list"), str(self.folder),
            _("Lists: Excel or CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)"))
        if not name:
            return None
        self.folder = Path(name).parent
        return self.import_csv(Path(name))

    def import_csv(self, path: Path) -> ImportDialog:
        """The import dialog for ``path``, a list file of any kind ``read_csv`` reads (it reads
        the file at once, in a worker)."""
        dialog = ImportDialog(self.view.registry, path, self.view)
        dialog.imported.connect(self._on_imported)
        self.view._open(dialog)
        return dialog

    def _on_imported(self, result: ImportResult) -> None:
        text = gui_message("import_done", self.ui_language, count=result.imported,
                       backup=str(result.backup) if result.backup else "—")
        if result.imported:
            # As after any change: table and dashboard refreshed, periodic backup, signal.
            self.view._after_change([], text)
        else:
            self._say(text)

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.view.registry, self.view)
        dialog.folder = self.folder
        self.view._open(dialog)
        return dialog

    # -- printouts ----------------------------------------------------------------------------------
    def choose_card(self) -> CardDialog | None:
        person = self.view.current()
        if person is None:
            self._say(_("Select a person first."))
            return None
        dialog = CardDialog(person.card_id, self.view)

        def save() -> None:
            path = self._ask_path(_("Save needs card"), f"card-{person.card_id}.pdf",
                                  "PDF (*.pdf)")
            if path:
                self.print_card(path, dialog.card_size(), person.id)

        dialog.accepted.connect(save)
        self.view._open(dialog)
        return dialog

    def print_card(self, path: Path, size: str = "A6", evacuee_id: str | None = None) -> bool:
        """The needs card of ``evacuee_id`` (default: the selected person) as a PDF."""
        if evacuee_id is None:
            person = self.view.current()
            if person is None:
                self._say(_("Select a person first."))
                return False
            evacuee_id = person.id
        path = Path(path)

        def work(reader: Registry) -> Path:
            # Imported when printing: ReportLab is not loaded until a sheet is made.
            from evac_toolkit.core.registry import printouts

            return printouts.needs_card(reader, evacuee_id, path, size, drill=self.view.drill,
                                        language=printouts.staff_language(self.ui_language))

        return self._print(work, path, "card", evacuee_id)

    def choose_kitchen(self) -> KitchenDialog:
        dialog = KitchenDialog(self.view)

        def save() -> None:
            path = self._ask_path(_("Save kitchen sheet"),
                                  f"kitchen-{dt.datetime.now():%Y%m%d-%H%M}.pdf", "PDF (*.pdf)")
            if path:
                self.print_kitchen(path, dialog.meal.text().strip(),
                                   dialog.include_names.isChecked())

        dialog.accepted.connect(save)
        self.view._open(dialog)
        return dialog

    def print_kitchen(self, path: Path, meal: str = "", include_names: bool = False) -> bool:
        path = Path(path)

        def work(reader: Registry) -> Path:
            from evac_toolkit.core.registry import printouts

            return printouts.kitchen_sheet(
                reader, path, meal=meal, include_names=include_names, drill=self.view.drill,
                languages=printouts.kitchen_languages(self.ui_language))

        return self._print(work, path, "kitchen")

    def choose_handover(self) -> None:
        path = self._ask_path(_("Save hand-over sheet"),
                              f"handover-{dt.datetime.now():%Y%m%d-%H%M}.pdf", "PDF (*.pdf)")
        if path:
            self.print_handover(path)

    def print_handover(self, path: Path) -> bool:
        path = Path(path)

        def work(reader: Registry) -> Path:
            from evac_toolkit.core.registry import printouts

            return printouts.handover_sheet(reader, path, drill=self.view.drill,
                                            language=printouts.staff_language(self.ui_language))

        return self._print(work, path, "handover")

    def _print(self, work: Callable[[Registry], Path], path: Path, kind: str,
               evacuee_id: str = "") -> bool:
        registry_path = self.view.registry.path

        def done(written: Path) -> str:
            self.view.printed.emit(kind, evacuee_id)
            return gui_message("wrote", self.ui_language, path=str(written))

        return self._run(lambda: reading(registry_path, work), done, path)

    # -- backups ------------------------------------------------------------------------------------
    def back_up_now(self) -> bool:
        registry_path = self.view.registry.path

        def done(backup: Backup) -> str:
            self.last_backup = backup
            return gui_message("backup_done", self.ui_language, path=str(backup.path))

        return self._run(lambda: take_backup(registry_path, "manual"), done)

    def choose_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.view.registry.path, self.view)

        def confirm() -> None:
            backup = dialog.chosen()
            if backup is None:
                return
            answer = QMessageBox.question(
                self.view, _("Restore a backup"),
                _("Replace the registry with this backup? Changes made since it was taken "
                        "are lost (the registry as it is now is backed up first)."))
            if answer == QMessageBox.StandardButton.Yes:
                self.restore_backup(backup)

        dialog.accepted.connect(confirm)
        self.view._open(dialog)
        return dialog

    def restore_backup(self, backup: Path) -> bool:
        """Replace the registry with ``backup``, on the UI thread, with the view's connection
        closed while the file is replaced (Windows cannot replace an open file, and a connection
        left open would go on writing to the old one). Refuses while a search, backup or file
        is still being worked on: they have connections of their own to the file."""
        view = self.view
        if self.busy() or not view.idle() or view._backup_job is not None:
            self._say(_("The registry is busy: try again in a moment."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = restore_in_place(view.registry, Path(backup))
        finally:
            QApplication.restoreOverrideCursor()
        if restored.ok:
            safety = restored.safety
            self._say(gui_message("restore_done", self.ui_language, path=str(backup),
                                  safety=str(safety.path) if safety else "—"))
        else:
            self._say(worded(restored.error, self.ui_language, restored.error_path))
        view.refresh(with_stats=True)
        if restored.ok:
            view.registry_changed.emit()
        return restored.ok
