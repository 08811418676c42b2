"""The volunteer's side panel: what the conversation captured (in Japanese, live), saving it to
an evacuee's record, and starting over. The evacuee never needs any of this."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.languages import catalog
from evac_toolkit.ui.fingerboards.style import JAPANESE, language_info, make_font, ui_font
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

SEARCH_LIMIT = 50
CONFIRM_MS = 4000


class SummaryPanel(QFrame):
    """The summary lines, Save to registry…, New conversation (tapped twice when unsaved)."""

    save_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fbSummary")
        self.setMinimumWidth(240)
        self.setMaximumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel(_("Summary for staff"))
        title.setFont(ui_font(13, 700))
        title.setWordWrap(True)
        layout.addWidget(title)
        self.lines = QLabel()
        self.lines.setObjectName("summaryLines")
        self.lines.setWordWrap(True)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setFont(make_font(JAPANESE, 12.5))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("fbSummaryBody")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.lines)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.status.setFont(ui_font(11))
        layout.addWidget(self.status)
        self.save_button = QPushButton(_("Save to registry…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_requested)
        layout.addWidget(self.save_button)
        self.new_button = QPushButton(_("New conversation"))
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self._new_clicked)
        layout.addWidget(self.new_button)
        self._confirming = False
        self._timer = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._timer.timeout.connect(self._reset_new)
        self.unsaved = False

    def set_lines(self, lines: list[str]) -> None:
        self.lines.setText("\n".join(lines) if lines else _("Nothing pointed at yet."))

    def lines_text(self) -> str:
        return self.lines.text()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def _new_clicked(self) -> None:
        if self.unsaved and not self._confirming:
            self._confirming = True
            self.new_button.setText(_("Not saved. Tap again to discard"))
            self._timer.start()
            return
        self._reset_new()
        self.new_requested.emit()

    def _reset_new(self) -> None:
        self._confirming = False
        self._timer.stop()
        self.new_button.setText(_("New conversation"))


class SaveDialog(QDialog):
    """Choose the person the conversation was with (search by name, reading or card ID), or
    register a new person. ``chosen(evacuee_id)`` carries None for a new person."""

    chosen = Signal(object)

    def __init__(self, registry, language: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.setObjectName("fingerboardSaveDialog")
        self.setWindowTitle(_("Save the conversation to a record"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Whose record should this conversation be added to?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(placeholderText=_("Search: name, reading or card ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH_TARGET_PX)
        self.search.textChanged.connect(self.refresh)
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("saveResults")
        # Names may be in any script: every language's font, after the UI's.
        font = ui_font(13)
        font.setFamilies(list(dict.fromkeys(
            [*font.families(), *(language.font for language in catalog())])))
        self.results.setFont(font)
        self.results.setSpacing(2)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_to_chosen())
        layout.addWidget(self.results, 1)
        self.language = language
        buttons = QHBoxLayout()
        self.new_button = QPushButton(_("New person"))
        self.new_button.setObjectName("newPersonButton")
        self.new_button.clicked.connect(self.new_person)
        self.add_button = QPushButton(_("Add to the chosen person"))
        self.add_button.setObjectName("addToChosenButton")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_to_chosen)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from evac_toolkit.core.registry.disclosure import listed_all, with_card_holder

        text = self.search.text().strip()
        try:
            # No name finds a protected person, and none is shown: the card ID they hold does.
            people = listed_all(with_card_holder(
                self.registry, text,
                self.registry.search(text, present_only=False, limit=SEARCH_LIMIT)))
        except UserError:
            people = []
        if self.language:       # people who speak the evacuee's language first
            people.sort(key=lambda person: self.language not in person.languages)
        self.results.clear()
        for person in people:
            item = QListWidgetItem(self._describe(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if not people:
            empty = QListWidgetItem(_("No one found. Use “New person” to register them."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)

    def _describe(self, person) -> str:
        name = person.display_name
        if person.name_reading and person.name_reading != name:
            name = f"{name}（{person.name_reading}）" if name else person.name_reading
        name = name or _("(no name given)")
        if person.do_not_disclose:
            name = "🔒 " + _("Protected")
        languages = [language_info(code).japanese if language_info(code) else code
                     for code in person.languages]
        parts = [person.card_id, name]
        if languages:
            parts.append("・".join(languages))
        return "   ".join(parts)

    def _selection_changed(self) -> None:
        item = self.results.currentItem()
        self.add_button.setEnabled(item is not None and
                                   item.data(Qt.ItemDataRole.UserRole) is not None)

    def select(self, evacuee_id: str) -> bool:
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == evacuee_id:
                self.results.setCurrentRow(row)
                return True
        return False

    def add_to_chosen(self) -> None:
        item = self.results.currentItem()
        evacuee_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if evacuee_id:
            self.accept()
            self.chosen.emit(evacuee_id)

    def new_person(self) -> None:
        self.accept()
        self.chosen.emit(None)
