"""A trainer writes a scenario: persona, script lines and the facts to capture, saved as data.

What is saved is the same TOML file format as the built-in scenarios and passes the same checks
(``core.drills.scenarios.save_scenario``); a problem is shown in the dialog and nothing is
written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import gui_message
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.screen_fit import fit_dialog

LINE_COLUMNS = ("text", "ja", "point", "when")


class ScenarioDialog(QDialog):
    saved = Signal(object)          # the saved file's Path

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evac_toolkit.core.drills import wording
        from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
        from evac_toolkit.core.registry import codes

        self.data_dir = data_dir
        self.ui_language = ui = current_ui_language()
        self.setWindowTitle(_("New drill scenario"))
        fit_dialog(self, 980, 760)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(widgetResizable=True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        form = QFormLayout()
        self.trainer = QLineEdit()
        form.addRow(_("Your name (trainer):"), self.trainer)
        self.title_ja = QLineEdit()
        form.addRow(_("Title in Japanese:"), self.title_ja)
        self.title_en = QLineEdit()
        form.addRow(_("Title in English:"), self.title_en)
        self.alias = QLineEdit()
        self.alias.setPlaceholderText(_("an invented first name, never a real person's"))
        form.addRow(_("Persona's name:"), self.alias)
        self.language = QComboBox()
        for lang in catalog():
            if lang.code != "ja":
                self.language.addItem(f"{wording.language_name(lang.code, ui)} — {lang.native}",
                                      lang.code)
        form.addRow(_("Language the persona speaks:"), self.language)
        self.ability = QComboBox()
        for code in codes.JAPANESE_ABILITY:
            if code != "unknown":           # a persona knows how much Japanese they have
                self.ability.addItem(codes.label("japanese_ability", code, ui), code)
        form.addRow(_("Japanese ability:"), self.ability)
        self.household = QSpinBox(minimum=1, maximum=30, value=1)
        form.addRow(_("People arriving together:"), self.household)
        self.age = QLineEdit()
        self.age.setPlaceholderText(_("e.g. 30s"))
        form.addRow(_("Age:"), self.age)
        self.situation_ja = QPlainTextEdit()
        self.situation_ja.setFixedHeight(70)
        form.addRow(_("Situation (Japanese, for the trainer):"), self.situation_ja)
        self.situation_en = QPlainTextEdit()
        self.situation_en.setFixedHeight(70)
        form.addRow(_("Situation (English):"), self.situation_en)
        self.brief_text = QPlainTextEdit()
        self.brief_text.setFixedHeight(70)
        form.addRow(_("How to play it (in the persona's language):"), self.brief_text)
        self.brief_ja = QPlainTextEdit()
        self.brief_ja.setFixedHeight(70)
        form.addRow(_("How to play it (Japanese):"), self.brief_ja)
        layout.addLayout(form)

        layout.addWidget(QLabel(_(
            "Script: what the role player says (in their language, with Japanese), the "
            "fingerboard card they point at (e.g. diets.halal) and the question that prompts "
            "it (e.g. staff.allergies)."), wordWrap=True))
        self.lines = QTableWidget(1, len(LINE_COLUMNS))
        self.lines.setHorizontalHeaderLabels([
            _("Says (their language)"), _("Japanese"), _("Points at"),
            _("When asked")])
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lines.setMinimumHeight(180)
        layout.addWidget(self.lines)
        buttons = QHBoxLayout()
        add = QPushButton(_("＋ Line"))
        add.clicked.connect(lambda: self.lines.insertRow(self.lines.rowCount()))
        remove = QPushButton(_("－ Line"))
        remove.clicked.connect(lambda: self.lines.removeRow(
            max(self.lines.currentRow(), self.lines.rowCount() - 1)))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(_("Facts the volunteers should capture:")))
        self.interpreter = QCheckBox(_("Needs an interpreter"))
        layout.addWidget(self.interpreter)
        # The program derives "needs an interpreter" from little or no Japanese: so must the key.
        self.ability.currentIndexChanged.connect(self._derive_interpreter)
        self._derive_interpreter()
        grid = QGridLayout()
        self.pickers: dict[str, QListWidget] = {}
        kinds = [("diets", _("Diet"), codes.diets()),
                 ("allergens", _("Allergies"), codes.allergens()),
                 ("medical", _("Medical"), codes.MEDICAL_FLAGS),
                 ("religious", _("Religion"), codes.religious_needs()),
                 ("flags", _("Other"), tuple(FLAG_LABELS_JA))]
        for column, (kind, title, values) in enumerate(kinds):
            grid.addWidget(QLabel(title), 0, column)
            picker = QListWidget()
            picker.setMinimumHeight(160)
            for code in values:
                text = wording.fact_label(kind, code, ui)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                picker.addItem(item)
            grid.addWidget(picker, 1, column)
            self.pickers[kind] = picker
        layout.addLayout(grid)

        self.problem = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.problem)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        outer.addWidget(box)

    def _derive_interpreter(self, *_args) -> None:
        derived = self.ability.currentData() in ("none", "easy")
        if derived:
            self.interpreter.setChecked(True)
        self.interpreter.setEnabled(not derived)

    def set_line(self, row: int, **cells: str) -> None:
        while self.lines.rowCount() <= row:
            self.lines.insertRow(self.lines.rowCount())
        for name, text in cells.items():
            self.lines.setItem(row, LINE_COLUMNS.index(name), QTableWidgetItem(text))

    def check(self, kind: str, *wanted: str) -> None:
        picker = self.pickers[kind]
        for index in range(picker.count()):
            item = picker.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def _checked(self, kind: str) -> list[str]:
        picker = self.pickers[kind]
        return [picker.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.count())
                if picker.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict:
        """The scenario in the file's shape (``core.drills.scenarios``)."""
        lines = []
        for row in range(self.lines.rowCount()):
            cells = {name: (self.lines.item(row, column).text().strip()
                            if self.lines.item(row, column) else "")
                     for column, name in enumerate(LINE_COLUMNS)}
            if not cells["text"] and not cells["ja"]:
                continue                       # an empty row left at the end
            lines.append({name: value for name, value in cells.items()
                          if value or name in ("text", "ja")})
        language = self.language.currentData()
        return {
            "version": 1,
            "meta": {"status": "trainer"},
            "title": {"ja": self.title_ja.text().strip(), "en": self.title_en.text().strip()},
            "persona": {"alias": self.alias.text().strip(), "language": language,
                        "other_languages": [],
                        "japanese_ability": self.ability.currentData(),
                        "household": self.household.value(), "age": self.age.text().strip()},
            "situation": {"ja": self.situation_ja.toPlainText().strip(),
                          "en": self.situation_en.toPlainText().strip()},
            "brief": {"text": self.brief_text.toPlainText().strip(),
                      "ja": self.brief_ja.toPlainText().strip()},
            "line": lines,
            "expected": {"languages": [language],
                         "japanese_ability": self.ability.currentData(),
                         "interpreter_needed": self.interpreter.isChecked(),
                         **{kind: self._checked(kind) for kind in self.pickers}},
        }

    def save(self) -> Path | None:
        from evac_toolkit.core.drills.scenarios import save_scenario

        try:
            path = save_scenario(self.values(), self.data_dir,
                                 trainer=self.trainer.text().strip())
        except UserError as error:
            self.problem.setText(gui_message(error.code, self.ui_language, **error.params))
            return None
        self.saved.emit(path)
        self.accept()
        return path
