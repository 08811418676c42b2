"""The coordinator's dashboard: counts of the people present, never names.

Languages are shown by their native names in their own fonts, so a coordinator can point at the
screen when asking "is anyone here who reads this?".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.i18n import _
from evac_toolkit.core.registry.store import Stats
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.registry.model import Labels

COUNT_STYLE = "font-size: 14pt; font-weight: 600;"


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()
            item.widget().deleteLater()


class DashboardPanel(QWidget):
    print_signs_clicked = Signal()
    shelter_settings_clicked = Signal()

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.stats: Stats | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)

        top = QHBoxLayout()
        self.present_label = QLabel(styleSheet="font-size: 20pt; font-weight: 700;")
        self.capacity_bar = QProgressBar()
        self.capacity_bar.setTextVisible(False)
        self.capacity_bar.setMaximumWidth(260)
        self.shelter_button = QPushButton(_("Shelter settings…"))
        self.shelter_button.clicked.connect(self.shelter_settings_clicked)
        self.print_button = QPushButton(_("Print signs for the languages present"))
        self.print_button.clicked.connect(self.print_signs_clicked)
        top.addWidget(self.present_label)
        top.addWidget(self.capacity_bar)
        top.addStretch(1)
        top.addWidget(self.shelter_button)
        top.addWidget(self.print_button)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(12)
        self.groups: dict[str, QGridLayout] = {}
        titles = {"languages": _("Present by first language"),
                  "ability": _("Japanese ability"),
                  "diets": _("Diets"), "allergens": _("Allergies"),
                  "medical": _("Medical needs")}
        places = {"languages": (0, 0, 2, 1), "ability": (0, 1, 1, 1), "medical": (1, 1, 1, 1),
                  "diets": (0, 2, 1, 1), "allergens": (1, 2, 1, 1)}
        for key, title in titles.items():
            box = QGroupBox(title)
            layout = QGridLayout(box)
            layout.setColumnStretch(0, 1)
            layout.setVerticalSpacing(2)
            self.groups[key] = layout
            grid.addWidget(box, *places[key],
                           alignment=Qt.AlignmentFlag.AlignTop)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    # -- filling ------------------------------------------------------------------------------------
    def show_stats(self, stats: Stats) -> None:
        self.stats = stats
        if stats.capacity:
            self.present_label.setText(_("Present: %1 / capacity %2")
                                       .replace("%1", str(stats.present))
                                       .replace("%2", str(stats.capacity)))
            self.capacity_bar.setRange(0, stats.capacity)
            self.capacity_bar.setValue(min(stats.present, stats.capacity))
            self.capacity_bar.setVisible(True)
        else:
            self.present_label.setText(_("Present: %1").replace("%1", str(stats.present)))
            self.capacity_bar.setVisible(False)
        self._languages(stats)
        ability = self.groups["ability"]
        _clear(ability)
        for row, (code, count) in enumerate(stats.japanese_ability.items()):
            self._row(ability, row, self.labels.label("japanese_ability", code), count)
        self._row(ability, len(stats.japanese_ability), _("Interpreter needed"),
                  stats.interpreter_needed, strong=True)
        for kind in ("diets", "allergens", "medical"):
            layout = self.groups[kind]
            _clear(layout)
            counts = sorted(getattr(stats, kind).items(), key=lambda item: (-item[1], item[0]))
            if not counts:
                layout.addWidget(QLabel(_("None")), 0, 0)
            for row, (code, count) in enumerate(counts):
                self._row(layout, row, self.labels.label(kind, code), count)

    def _languages(self, stats: Stats) -> None:
        layout = self.groups["languages"]
        _clear(layout)
        unknown = stats.present - sum(count for _code, count in stats.by_language)
        if not stats.by_language and not unknown:
            layout.addWidget(QLabel(_("None")), 0, 0)
        for row, (code, count) in enumerate(stats.by_language):
            language = self.labels.languages.get(code)
            native = QLabel(language.native if language else code)
            if language:
                native.setFont(qfont(language.font, 15))
            name = QLabel(self.labels.language_name(code)
                          if not language or language.native != self.labels.language_name(code)
                          else "")
            name.setStyleSheet("color: #4b5563;")
            layout.addWidget(native, row, 0)
            layout.addWidget(name, row, 1)
            layout.addWidget(self._count(count), row, 2)
        if unknown > 0:
            row = len(stats.by_language)
            layout.addWidget(QLabel(_("No language recorded")), row, 0, 1, 2)
            layout.addWidget(self._count(unknown), row, 2)

    def _row(self, layout: QGridLayout, row: int, text: str, count: int,
             strong: bool = False) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        if strong:
            label.setStyleSheet("font-weight: 600;")
        layout.addWidget(label, row, 0)
        layout.addWidget(self._count(count), row, 1)

    @staticmethod
    def _count(count: int) -> QLabel:
        label = QLabel(str(count), styleSheet=COUNT_STYLE)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def texts(self) -> list[str]:
        """Every text the dashboard shows (tests check that no name is among them)."""
        return [label.text() for label in self.findChildren(QLabel)] + \
            [button.text() for button in self.findChildren(QPushButton)]
