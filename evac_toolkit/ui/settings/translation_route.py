"""Settings → Language packs: which kind of machine translation comes first.

When both Argos packs and a many-to-many model could translate a pair, the core chooses in the
order of the ``translation_route`` setting (core/translation/routes.py). The volunteer chooses
by what each choice means, never by a setting's name; the choice is saved at once and the next
translation follows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from evac_toolkit.core.i18n import _
from evac_toolkit.core.settings import TRANSLATION_ROUTES, Settings


def choice_names() -> dict[str, str]:
    """Each setting value as the list shows it."""
    return {"auto": _("Automatic (recommended)"),
            "many_to_many": _("Many-to-many model first"),
            "argos": _("Argos packs first")}


def choice_explanations() -> dict[str, str]:
    """What each choice does, shown below the list."""
    return {
        "auto": _("A pack made for the two languages first, else a many-to-many model that "
                  "translates directly, else two packs through English."),
        "many_to_many": _("A many-to-many model whenever it has both languages, else the "
                          "packs."),
        "argos": _("The packs whenever they can translate, even through English; a "
                   "many-to-many model only for languages the packs lack."),
    }


class TranslationRouteBox(QWidget):
    """One line (the question and a list of the three choices) and a line explaining the one
    chosen: compact, below the packs and models that need the room."""

    #: The saved choice changed (one of ``core.settings.TRANSLATION_ROUTES``).
    changed = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        self.choice = QComboBox(objectName="translationRoute")
        names = choice_names()
        for value in TRANSLATION_ROUTES:
            self.choice.addItem(names[value], value)
        question = QLabel(_("Which machine translation comes first:"),
                          styleSheet="font-weight: 600;")
        question.setBuddy(self.choice)
        row = QHBoxLayout()
        row.addWidget(question)
        row.addWidget(self.choice)
        row.addStretch(1)                    # a list as wide as its choices, not the page
        self.explanation = QLabel(wordWrap=True, objectName="translationRouteExplanation")
        self.explanation.setStyleSheet("color: #444;")
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        self.choice.setCurrentIndex(
            self.choice.findData(Settings.load(data_dir).translation_route))
        self._explain()
        self.choice.currentIndexChanged.connect(self._save)

    def value(self) -> str:
        return self.choice.currentData()

    def _explain(self) -> None:
        self.explanation.setText(choice_explanations()[self.value()])

    def _save(self) -> None:
        settings = Settings.load(self.data_dir)
        settings.translation_route = self.value()
        settings.save(self.data_dir)
        self._explain()
        self.changed.emit(self.value())
