"""The language catalog as a table: every name drawn in its own script's font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import ruby
from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.language_names import language_name as name_of_code
from evac_toolkit.core.languages import Language, catalog
from evac_toolkit.core.translation.installed import (
    installed_pairs,
    language_name,
    partners,
)
from evac_toolkit.core.translation.routes import models_with
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language


class LanguagesView(QWidget):
    """Catalog table; ``select(code)`` highlights the evacuee's language."""

    COLUMNS = 6

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = catalog()
        self.data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(QLabel(_("Languages"), objectName="viewTitle"))
        intro = QLabel(_("Every language the program knows, with a sample sentence drawn "
                               "in its own font. Adding a language is a data change."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self._languages), self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            _("Language"), _("Japanese name"), _("Code"),
            _("Sample sentence"), _("Curated strings"),
            _("Machine translation")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        pairs = installed_pairs(data_dir)
        self._bank = user_bank(data_dir)
        for row, language in enumerate(self._languages):
            self._fill_row(row, language, pairs)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

    def _fill_row(self, row: int, language: Language, pairs: set[tuple[str, str]]) -> None:
        native = QTableWidgetItem(language.native)
        native.setFont(qfont(language.font, 15, 700))
        # Qt widgets cannot draw ruby; readings go in parentheses after their kanji.
        sample = QTableWidgetItem(ruby.inline(language.sample) if language.ruby else language.sample)
        sample.setFont(qfont(language.font, 12))
        if language.rtl:
            sample.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cov = self._bank.coverage(language.code)
        curated = (ngettext("{n} string, {reviewed} reviewed", "{n} strings, {reviewed} reviewed",
                            cov.present).format(n=cov.present, reviewed=cov.reviewed) if cov.present else _("none"))
        linked = partners(language.argos, pairs)
        # Many-to-many models by name: one translates this language with all its others.
        models = [model.name if language.code in model.targets
                  else _("%1 (converted from %2)").replace("%1", model.name).replace(
                      "%2", name_of_code(model.converted[language.code], current_ui_language()))
                  if language.code in model.converted
                  else _("%1 (from this language only)").replace("%1", model.name)
                  for model in models_with(language.code, self.data_dir)]
        if linked or models:
            ui = current_ui_language()
            mt = ", ".join([*(["↔ " + ", ".join(language_name(code, ui) for code in linked)]
                              if linked else []), *models])
        elif language.argos:
            mt = _("no pack installed")
        else:
            mt = _("no offline model exists")
        for column, item in enumerate([native, QTableWidgetItem(language.japanese),
                                       QTableWidgetItem(language.code), sample,
                                       QTableWidgetItem(curated), QTableWidgetItem(mt)]):
            self.table.setItem(row, column, item)

    def refresh(self) -> None:
        """After packs were installed or removed: the machine-translation column again."""
        pairs = installed_pairs(self.data_dir)
        for row, language in enumerate(self._languages):
            self._fill_row(row, language, pairs)

    def select(self, code: str) -> None:
        for row, language in enumerate(self._languages):
            if language.code == code:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
