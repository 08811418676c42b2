"""Settings: display language, data folder, print fonts, the language catalog, content review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import fonts
from evac_toolkit.core import i18n as catalogs
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.settings import Settings
from evac_toolkit.ui import i18n, worker
from evac_toolkit.ui.settings.content_review import ContentSettings
from evac_toolkit.ui.settings.languages import LanguagesView
from evac_toolkit.ui.settings.packs import PacksView
from evac_toolkit.ui.settings.shelter import ShelterSettings
from evac_toolkit.ui.settings.translation_route import TranslationRouteBox


class GeneralSettings(QWidget):
    ui_language_changed = Signal(object)  # a catalog language ("ja", "vi" ...) or None (system)

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: worker.Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)

        display = QGroupBox(_("Display language"))
        form = QFormLayout(display)
        self.ui_language = QComboBox()
        self.ui_language.addItem(_("Follow the computer's setting"), None)
        for code in catalogs.available_languages():
            # Each language by its own name, so a helper finds theirs whatever is showing now.
            name = get_language(code).native
            if catalogs.translation_status(code) == "draft":
                name = _("{language} (draft translation)").format(language=name)
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(self.ui_language.findData(settings.ui_language))
        self.ui_language.currentIndexChanged.connect(
            lambda _i: self.ui_language_changed.emit(self.ui_language.currentData()))
        form.addRow(_("Menus and buttons:"), self.ui_language)
        layout.addWidget(display)

        data = QGroupBox(_("Data folder"))
        data_layout = QVBoxLayout(data)
        explain = QLabel(_("The registry, language packs, backups and settings are kept "
                                 "here. Copy this folder to move the data to another laptop."))
        explain.setWordWrap(True)
        path = QLabel(str(data_dir))
        path.setObjectName("dataPath")
        path.setWordWrap(True)          # a long folder name must not widen the window
        path.setTextInteractionFlags(path.textInteractionFlags().TextSelectableByMouse)
        data_layout.addWidget(explain)
        data_layout.addWidget(path)
        layout.addWidget(data)
        from evac_toolkit.ui.registry.unlock import PassphraseBox

        self.passphrase = PassphraseBox(data_dir)
        layout.addWidget(self.passphrase)

        printing = QGroupBox(_("Fonts for printing"))
        print_layout = QVBoxLayout(printing)
        self.font_status = QLabel()
        self.font_status.setWordWrap(True)
        row = QHBoxLayout()
        self.prepare_button = QPushButton(_("Prepare fonts now"))
        self.prepare_button.clicked.connect(self.prepare_fonts)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        row.addWidget(self.prepare_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)         # the button keeps its own width while the bar is hidden
        print_layout.addWidget(self.font_status)
        print_layout.addLayout(row)
        layout.addWidget(printing)
        layout.addStretch(1)
        self._refresh_font_status()

    def _refresh_font_status(self) -> None:
        missing = len(fonts.missing_instances())
        if missing:
            self.font_status.setText(ngettext(
                "{n} font file for printing still needs preparing. This takes about a minute, "
                "once; printing also does it automatically when needed.",
                "{n} font files for printing still need preparing. This takes about a minute, "
                "once; printing also does it automatically when needed.", missing).format(n=missing))
        else:
            self.font_status.setText(_("All print fonts are ready."))
        self.prepare_button.setEnabled(bool(missing) and self._job is None)

    def prepare_fonts(self) -> None:
        self.prepare_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._job = worker.Job(lambda progress: fonts.prepare(progress=progress))
        self._job.signals.progress.connect(self._on_progress)
        self._job.signals.finished.connect(self._on_done)
        self._job.signals.failed.connect(self._on_failed)
        worker.start(self._job)

    def _on_progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, _result: object) -> None:
        self._job = None
        self.progress.setVisible(False)
        self._refresh_font_status()

    def _on_failed(self, error: object) -> None:
        self._job = None
        self.progress.setVisible(False)
        reason = gui_problem(error, i18n.current_ui_language())
        self.font_status.setText(_("Preparing fonts failed: %1").replace("%1", reason))
        self.prepare_button.setEnabled(True)


class SettingsView(QWidget):
    ui_language_changed = Signal(object)

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None, *,
                 registry=None, drill: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.general = GeneralSettings(data_dir, settings)
        self.general.ui_language_changed.connect(self.ui_language_changed)
        self.languages = LanguagesView(data_dir)
        self.content = ContentSettings(data_dir)
        self.packs = PacksView(data_dir)
        self.packs.changed.connect(self.languages.refresh)
        self.packs.file_button.setObjectName("installPackButton")
        # Below the packs (their page belongs to Language packs): which kind translates first.
        self.translation_route = TranslationRouteBox(data_dir)
        self.packs.layout().addWidget(self.translation_route)
        # The two forms scroll on a short screen; the tables of the other two scroll themselves.
        self.tabs.addTab(scrolling(self.general), _("General"))
        self.tabs.addTab(self.languages, _("Languages"))
        self.tabs.addTab(scrolling(self.content), _("Content"))
        self.tabs.addTab(self.packs, _("Language packs"))
        # Issue 20: this laptop as one of the city's shelters, or as its headquarters.
        self.shelter = ShelterSettings(data_dir, registry, drill)
        self.tabs.addTab(scrolling(self.shelter), _("Shelter and headquarters"))
        layout.addWidget(self.tabs)

    def _show_tab(self, page: QWidget) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is page or (isinstance(tab, QScrollArea) and tab.widget() is page):
                self.tabs.setCurrentIndex(index)

    def show_languages(self) -> None:
        self._show_tab(self.languages)

    def show_content(self) -> None:
        self._show_tab(self.content)

    def show_packs(self) -> None:
        self._show_tab(self.packs)

    def show_shelter(self) -> None:
        self._show_tab(self.shelter)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless area that scrolls up and down, never sideways."""
    area = QScrollArea(widgetResizable=True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    # As wide as the page needs: it scrolls up and down only.
    area.setMinimumWidth(page.minimumSizeHint().width()
                         + area.verticalScrollBar().sizeHint().width())
    return area
