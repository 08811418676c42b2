"""A notice's place slot: the common shelter places to choose from, or free text with a reading.

A chosen place prints in every language's own words (``core/places.py``); a typed one prints as
typed, and with the reading beside it for the languages that do not read Japanese script.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.i18n import _
from evac_toolkit.core.places import MAX_READING, find_place, place_choices
from evac_toolkit.core.signs import MAX_PLACE


class PlaceEditor(QWidget):
    """An editable list of places, and a box for a typed place's reading in Latin letters."""

    changed = Signal()

    def __init__(self, bank: ContentBank, ui_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bank = bank
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.place = QComboBox(editable=True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.place.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.place.setMinimumContentsLength(6)
        for place_id, word in place_choices(bank, ui_language):
            self.place.addItem(word, place_id)
        # No place until the volunteer chooses one: a notice never names a place nobody chose.
        self.place.setCurrentIndex(-1)
        self.place.setEditText("")
        self.place.lineEdit().setMaxLength(MAX_PLACE)
        self.place.lineEdit().setPlaceholderText(_("Choose or type a place"))
        self.place.setToolTip(_("A place from the list prints in each language's own words; "
                                "a place you type prints as typed."))
        self.reading = QLineEdit(placeholderText=_("Reading in Latin letters, e.g. Taiikukan"))
        self.reading.setMaxLength(MAX_READING)
        self.reading.setToolTip(_("Printed beside the place you typed for the languages that "
                                  "do not read Japanese script."))
        layout.addWidget(self.place, 3)
        layout.addWidget(self.reading, 2)
        self.place.currentTextChanged.connect(self._place_changed)
        self.reading.textChanged.connect(self.changed)
        self._place_changed()

    def _place_changed(self) -> None:
        # A listed place has its words in every language: no reading to give.
        self.reading.setEnabled(self.listed() is None)
        self.changed.emit()

    def listed(self) -> str | None:
        """The listed place the box names, by its text in any language; None for free text."""
        return find_place(self.bank, self.place.currentText())

    def value(self) -> str:
        return self.listed() or self.place.currentText()

    def reading_text(self) -> str:
        return "" if self.listed() else self.reading.text()
