"""The import dialog's own choices: a value for each distinct word of the file the import does
not know (one dropdown per word, not per row), and the named import profile that remembers the
coordinator's choices for the next list from the same office.

Only widgets: what a word can mean, how a value is named and where profiles are kept are the
core's (``import_vocabulary``, ``import_profiles``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.i18n import _
from evac_toolkit.core.registry.csv_io import UnknownValue
from evac_toolkit.core.registry.import_vocabulary import choice_label, choices, value_key
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.registry.model import font_family_for
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

#: Combo data of a word nobody has given a value yet.
UNDECIDED = "\x00undecided"
#: Combo data of "leave the word out" (None would be the combo's "no data").
LEAVE_OUT = "\x00leave-out"
ROW_HEIGHT = TOUCH_TARGET_PX + 6


def _cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A read-only cell, in the script's own font when the UI fonts lack it (Burmese...)."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip or text)
    family = font_family_for(text)
    if family:
        item.setFont(qfont(family, 12))
    return item


class ValueChoices(QWidget):
    """One row per distinct unknown word: its column, the word, how many rows have it, and a
    dropdown of its field's values named in the UI language (never codes)."""

    #: field, the word as the file writes it, the value (a code, True/False, None: leave out).
    chosen = Signal(str, str, object)

    def __init__(self, ui_language: str, field_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_language = ui_language
        self.field_labels = field_labels
        #: Every word shown since the file was first read, so that a word given a value (no
        #: longer unknown) keeps its row and its choice can still be changed.
        self.words: list[UnknownValue] = []
        self.combos: dict[tuple[str, str], QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explain = QLabel(_(
            "Words in the file that the program does not know. Choose once what each means: "
            "it applies to every row with that word."), wordWrap=True)
        layout.addWidget(self.explain)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("Column in the file"),
                                              _("Word in the file"), _("Rows"),
                                              _("Registry value")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def show_words(self, unknown: list[UnknownValue],
                   chosen: dict[str, dict[str, object]]) -> None:
        """Add the newly unknown words and show each word's choice (``chosen``: field → word →
        value, as the dialog holds them)."""
        for word in unknown:
            key = (word.field, value_key(word.text))
            if key in self.combos:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.words.append(word)
            self.table.setItem(row, 0, _cell(word.header, self.field_labels.get(word.field, "")))
            self.table.setItem(row, 1, _cell(word.text))
            self.table.setItem(row, 2, _cell(str(word.rows)))
            combo = self._combo(word)
            self.combos[key] = combo
            self.table.setCellWidget(row, 3, combo)
        still = {(word.field, value_key(word.text)) for word in unknown}
        for word in self.words:
            key = (word.field, value_key(word.text))
            folded = {value_key(text): value for text, value in chosen.get(word.field, {}).items()}
            self._show(self.combos[key], folded.get(key[1], UNDECIDED) if key[1] in folded
                       else UNDECIDED, undecided=key in still)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 120), 220))
        self.table.setColumnWidth(1, min(max(self.table.columnWidth(1), 120), 220))
        self.table.resizeColumnToContents(2)

    def undecided(self) -> int:
        return sum(combo.currentData() == UNDECIDED for combo in self.combos.values())

    def choose(self, field: str, text: str, value: object) -> None:
        """Choose ``value`` for the word ``text`` of ``field`` as a person would."""
        combo = self.combos[(field, value_key(text))]
        index = combo.findData(LEAVE_OUT if value is None else value)
        if index < 0:
            raise ValueError(f"{value!r} is no value of {field}")
        combo.setCurrentIndex(index)

    def _combo(self, word: UnknownValue) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumHeight(TOUCH_TARGET_PX)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setMaxVisibleItems(16)
        combo.addItem(_("Choose a value…"), UNDECIDED)
        for value in choices(word.field):
            combo.addItem(choice_label(word.field, value, self.ui_language), value)
        combo.addItem(_("(leave this word out)"), LEAVE_OUT)
        combo.currentIndexChanged.connect(
            lambda _index, word=word, combo=combo: self._changed(word, combo))
        return combo

    def _show(self, combo: QComboBox, value: object, undecided: bool) -> None:
        combo.blockSignals(True)
        index = combo.findData(LEAVE_OUT if value is None else value) \
            if value != UNDECIDED else 0
        combo.setCurrentIndex(max(index, 0))
        combo.setStyleSheet("QComboBox { background: #fff3c4; }"
                            if undecided and index <= 0 else "")
        combo.blockSignals(False)

    def _changed(self, word: UnknownValue, combo: QComboBox) -> None:
        value = combo.currentData()
        if value != UNDECIDED:
            self.chosen.emit(word.field, word.text, None if value == LEAVE_OUT else value)


class ProfileBar(QWidget):
    """"Import profile: [none | saved profiles]  [Save choices as a profile…]"."""

    #: A saved profile's name chosen ("" for none).
    picked = Signal(str)
    save_requested = Signal()

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(QLabel(_("Import profile:")))
        self.combo = QComboBox()
        self.combo.setMinimumHeight(TOUCH_TARGET_PX)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(_("The column and value choices saved for an office's "
                                      "lists: chosen once, used for every list like it."))
        self.set_names(names)
        self.combo.currentIndexChanged.connect(
            lambda _index: self.picked.emit(self.combo.currentData() or ""))
        self.save_button = QPushButton(_("Save choices as a profile…"))
        self.save_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.combo)
        layout.addWidget(self.save_button)

    def set_names(self, names: list[str], current: str = "") -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(_("(no profile)"), "")
        for name in names:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)

    def pick(self, name: str) -> None:
        """Choose the saved profile ``name`` as a person would."""
        index = self.combo.findData(name)
        if index < 0:
            raise KeyError(name)
        self.combo.setCurrentIndex(index)

