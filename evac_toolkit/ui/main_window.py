"""The main window: a navigation bar of the product's sections beside the current view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit import __version__
from evac_toolkit.core.i18n import _, pgettext
from evac_toolkit.core.registry import warm_readers
from evac_toolkit.core.settings import Settings, effective_ui_language
from evac_toolkit.ui import i18n, theme
from evac_toolkit.ui.screen_fit import FRAME_ALLOWANCE
from evac_toolkit.ui.sections import HQ_SECTION, SETTINGS_TABS, sections
from evac_toolkit.ui.widgets.elided import ElidedLabel


def section_titles() -> dict[str, str]:
    """Navigation labels, translated at call time so a language switch takes effect."""
    return {
        "fingerboards": _("Fingerboards"),
        "signs": _("Signs"),
        "translate": _("Translate"),
        "registry": _("Registry"),
        "drills": _("Drills"),
        "headquarters": _("Headquarters"),
        "settings": _("Settings"),
    }


def section_purposes() -> dict[str, str]:
    """What each section is for (the navigation buttons' tooltips)."""
    return {
        "fingerboards": _("Pointing boards for face-to-face talk: the evacuee picks a language, "
                            "the volunteer points at phrases, the evacuee answers by pointing; "
                            "every board prints as a booklet."),
        "signs": _("Multilingual signs and notices for the shelter walls, with pictograms and "
                     "QR codes that carry every language, printed without a network."),
        "translate": _("Offline machine translation for free text, with curated phrases tried "
                         "first and language packs installed from a USB stick."),
        "registry": _("A local database of evacuees' languages and needs that answers: which "
                        "languages are here, how many special meals, who needs an interpreter."),
        "drills": _("Evacuation drills with simulated foreign evacuees: role cards, a separate "
                      "drill database and an after-action report."),
        "headquarters": _("The city's shelters from their status reports: people and "
                            "interpreter needs by language, meals, stale shelters; reports "
                            "imported from a USB stick, interpreters dispatched."),
        "settings": _("The interface language, the languages and their content, reviewed "
                        "translations and the offline translation packs."),
    }


#: Sections built when first shown (their modules load ReportLab, fonts and databases).
LAZY_SECTIONS = ("settings", "signs", "translate", "registry", "drills", HQ_SECTION)
ICONS = {"fingerboards": "☝", "signs": "🪧", "translate": "🔤", "registry": "📋",
         "drills": "⏱", HQ_SECTION: "🏛", "settings": "⚙"}

# The window's size where the screen has room for it (and before it is fitted to one).
PREFERRED_SIZE = QSize(1280, 800)
# Below this width the navigation shows each section's name under its icon, in a narrow
# column: on a 1024-pixel netbook the full-width bar took a fifth of the screen.
COMPACT_NAV_BELOW = 1200


class MainWindow(QMainWindow):
    view_changed = Signal(str)
    booklet_done = Signal()

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        #: The evacuee's language chosen in this session (views that show content use it).
        self.evacuee_language: str | None = None
        self.nav_buttons: dict[str, QToolButton] = {}
        self._registry = None
        self._registry_error = None
        #: The running drill (a DrillSession): while set, every view works on the drill's own
        #: database, shows the drill banner, and every printout carries the drill band.
        self.drill = None
        self._drill_timer = QTimer(self, interval=1000)
        self._drill_timer.timeout.connect(self._tick_drill)
        #: Set when a drill starts or ends: the next rebuild starts a fresh conversation.
        self._drop_conversation = False
        self.views: dict[str, QWidget] = {}
        self._current = "fingerboards"
        self._compact_nav = False
        self.resize(PREFERRED_SIZE)
        self._build()
        # After the window is up: packs copied beside the program (a USB stick's packs/ folder).
        QTimer.singleShot(1000, self.install_bundled_packs)
        QTimer.singleShot(1500, self._describe_models)     # after the window is drawn

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Open fitted to the screen's available area (without the task bar): maximized where the
        preferred size would not fit with its frame (1024×600 netbooks, 1366×768 laptops),
        otherwise at the preferred size in the middle of the screen."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        room = available.size() - FRAME_ALLOWANCE
        if PREFERRED_SIZE.width() > room.width() or PREFERRED_SIZE.height() > room.height():
            # The size the window manager will give it, so that the first layout is right too.
            self.resize(room.boundedTo(available.size()).expandedTo(QSize(1, 1)))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        self.resize(PREFERRED_SIZE)
        frame = QRect(available.topLeft(), PREFERRED_SIZE)
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_nav(event.size().width())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        # The layout is activated before the first resize event arrives: the wide navigation
        # (taller with the Headquarters section) made a 1024×528 window grow before it showed.
        if visible:
            self._fit_nav(self.width())
        super().setVisible(visible)

    def _fit_nav(self, width: int) -> None:
        compact = width < COMPACT_NAV_BELOW
        if compact != self._compact_nav:
            self._compact_nav = compact
            self._style_nav()

    def _style_nav(self) -> None:
        """Name beside the icon on a wide window; under it, in a narrow column, on a small one."""
        titles = section_titles()
        for name, button in self.nav_buttons.items():
            button.setText(f"{ICONS[name]}\n{titles[name]}" if self._compact_nav
                           else f"{ICONS[name]}  {titles[name]}")
            button.setProperty("compact", self._compact_nav)
            button.style().unpolish(button)
            button.style().polish(button)
        margin = 4 if self._compact_nav else 10
        self.nav.layout().setContentsMargins(margin, 14, margin, 14)
        self.version_label.setVisible(not self._compact_nav)

    # The whole window is rebuilt on a language switch: simpler and more reliable than
    # retranslating every widget by hand, and it takes a few milliseconds.
    def _build(self) -> None:
        self.setWindowTitle(_("Evacuation Center Language Toolkit") + f" {__version__}")
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        nav = QWidget(objectName="navBarDrill" if self.drill else "navBar")
        self.nav = nav
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(10, 14, 10, 14)
        nav_layout.setSpacing(6)
        self.stack = QStackedWidget()
        group = QButtonGroup(self)
        purposes = section_purposes()
        previous = self.views.get("fingerboards")
        ongoing = previous.ongoing_conversation() if previous is not None else None
        if self._drop_conversation:
            ongoing = None               # a real conversation never continues into a drill
            self._drop_conversation = False
        self.nav_buttons.clear()
        self.views.clear()
        self._placeholders: set[str] = set()
        from evac_toolkit.core.hq.laptop import is_headquarters

        for name in sections(is_headquarters(self.data_dir)):
            button = QToolButton(objectName="navButton")
            button.setToolTip(purposes.get(name, ""))
            button.setCheckable(True)
            button.setSizePolicy(button.sizePolicy().Policy.Expanding,
                                 button.sizePolicy().Policy.Fixed)
            button.clicked.connect(lambda _checked=False, n=name: self.show_view(n))
            group.addButton(button)
            nav_layout.addWidget(button)
            self.nav_buttons[name] = button
            if name in LAZY_SECTIONS:
                view = QWidget()     # built on first visit: see _real_view
                self._placeholders.add(name)
            else:
                view = self._fingerboard_view(ongoing)
            view.setObjectName(f"view_{name}")
            self.views[name] = view
            self.stack.addWidget(view)
        nav_layout.addStretch(1)
        self.version_label = QLabel(f"v{__version__}")
        nav_layout.addWidget(self.version_label)
        self._style_nav()
        outer.addWidget(nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        # Above every view, so no screen of a drill can be mistaken for the real shelter.
        # Shortened to the window's width: its long explanation widened a netbook's window.
        self.drill_banner = ElidedLabel(objectName="drillBanner")
        self.drill_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drill_banner.setVisible(self.drill is not None)
        right.addWidget(self.drill_banner)
        right.addWidget(self.stack, 1)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)
        self._tick_drill()
        self.show_view(self._current)

    def show_view(self, name: str) -> None:
        """Show a section; ``languages``, ``content``, ``packs`` and ``shelter`` are tabs of
        Settings. Headquarters on a laptop that is not headquarters: the tab that sets it up."""
        if name == HQ_SECTION and name not in self.nav_buttons:
            name = "shelter"
        section = "settings" if name in SETTINGS_TABS else name
        self._current = section
        self.nav_buttons[section].setChecked(True)
        self.stack.setCurrentWidget(self._real_view(section))
        if name == "languages":
            self.views["settings"].show_languages()
            if self.evacuee_language:
                self.views["settings"].languages.select(self.evacuee_language)
        if name == "content":
            self.views["settings"].show_content()
            if self.evacuee_language:
                self.views["settings"].content.select_language(self.evacuee_language)
        if name == "packs":
            self.views["settings"].show_packs()
        if name == "shelter":
            self.views["settings"].show_shelter()
        self.view_changed.emit(name)

    def _real_view(self, section: str) -> QWidget:
        """The section's view, built the first time it is shown.

        Signs and Settings load the content bank, ReportLab and fonts: building them at start-up
        doubled the time to the first window. They replace their placeholder when first opened.
        """
        if section not in self._placeholders:
            return self.views[section]
        self._placeholders.discard(section)
        placeholder = self.views[section]
        # Imported here too: their modules pull in ReportLab, HarfBuzz and QR code libraries.
        if section == "settings":
            from evac_toolkit.ui.settings.view import SettingsView

            view = SettingsView(self.data_dir, self.settings, registry=self.registry,
                                drill=self.drill is not None)
            view.ui_language_changed.connect(self.set_ui_language)
            view.shelter.identity_changed.connect(self._identity_changed)
            view.shelter.hq_database_changed.connect(self._hq_database_changed)
            view.packs.changed.connect(self._packs_changed)
        elif section == "registry":
            view = self._registry_view()
        elif section == "translate":
            from evac_toolkit.ui.translate.view import TranslateView

            view = TranslateView(self.data_dir, self.registry, drill=self.drill is not None)
            view.translated.connect(lambda codes: self.log_drill("translated", targets=codes))
            view.open_packs_requested.connect(lambda: self.show_view("packs"))
            view.set_evacuee_language(self.evacuee_language)
        elif section == "drills":
            from evac_toolkit.ui.drills.view import DrillsView

            view = DrillsView(self.data_dir, self)
        elif section == HQ_SECTION:
            from evac_toolkit.ui.headquarters.view import HeadquartersView

            view = HeadquartersView(self.data_dir)
        else:
            from evac_toolkit.ui.signs.view import SignsView

            view = SignsView(self.data_dir, self.settings,
                             present_languages=self._languages_present(),
                             drill=self.drill is not None)
            view.printed.connect(lambda codes: self.log_drill("signs_printed", languages=codes))
            view.set_evacuee_language(self.evacuee_language)
        view.setObjectName(f"view_{section}")
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.views[section] = view
        return view

    # -- fingerboards ------------------------------------------------------------------------------
    def _fingerboard_view(self, ongoing) -> QWidget:
        from evac_toolkit.ui.fingerboards.view import FingerboardView

        view = FingerboardView(self.data_dir, self.registry)
        view.language_chosen.connect(self.set_evacuee_language)
        view.language_chosen.connect(
            lambda code: self.log_drill("language_identified", language=code))
        view.print_booklet_requested.connect(self.print_booklet)
        view.conversation_saved.connect(lambda evacuee_id, flags: self.log_drill(
            "conversation_saved", evacuee_id=evacuee_id, flags=flags))
        if ongoing is not None and (ongoing.events or ongoing.language):
            view.continue_conversation(ongoing)
        return view

    def print_booklet(self, code: str) -> None:
        """Print the fingerboard booklet of the evacuee's language, or save it as PDF."""
        from PySide6.QtWidgets import QMessageBox

        language = code or self.evacuee_language
        if not language:
            QMessageBox.information(self, self.windowTitle(), _("Choose the evacuee's language first."))
            return
        box = QMessageBox(self)
        box.setWindowTitle(_("Fingerboard booklet"))
        box.setText(_("Print the booklet, or save it as a PDF to print later?"))
        print_button = box.addButton(_("Print…"),
                                     QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(_("Save PDF…"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is print_button:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
                self.booklet_to_printer(language, printer)
        elif box.clickedButton() is save_button:
            from PySide6.QtWidgets import QFileDialog

            name, _filter = QFileDialog.getSaveFileName(
                self, _("Save booklet"),
                str(Path.home() / f"fingerboards-{language}.pdf"), "PDF (*.pdf)")
            if name:
                self._booklet_job(language, Path(name), None)

    def booklet_to_printer(self, language: str, printer) -> None:
        self._booklet_job(language, None, printer)

    def _booklet_job(self, language: str, out: Path | None, printer) -> None:
        """Build the booklet in a worker; then save it, or paint it on ``printer``."""
        from PySide6.QtWidgets import QMessageBox

        from evac_toolkit.core.messages import gui_message
        from evac_toolkit.core.problem_text import gui_problem
        from evac_toolkit.ui import worker
        from evac_toolkit.ui.pdf_printer import paint_pdf

        ui = i18n.current_ui_language()

        def done(data) -> None:
            if printer is not None:
                paint_pdf(printer, data)
                self.statusBar().showMessage(_("Sent to the printer."), 10_000)
            else:
                self.statusBar().showMessage(gui_message("wrote", ui, path=str(out)), 10_000)
            self.log_drill("booklet_printed", language=language)
            self.booklet_done.emit()

        job = worker.Job(lambda progress: self.write_booklet(language, out))
        job.signals.finished.connect(done)
        job.signals.failed.connect(lambda error: QMessageBox.warning(
            self, self.windowTitle(), gui_problem(error, ui)))
        self._running_booklet = worker.start(job)

    def write_booklet(self, code: str, out: Path | None) -> bytes | None:
        from evac_toolkit.core.content.bank import user_bank
        from evac_toolkit.core.languages import get_language
        from evac_toolkit.core.printing.booklet import write_booklet

        return write_booklet(user_bank(self.data_dir), get_language(code), out,
                             drill=self.drill is not None)

    # -- the registry -----------------------------------------------------------------------------
    def registry(self):
        """The registry, opened on first use; None while its file is damaged. During a drill:
        the drill's own registry."""
        if self.drill is not None:
            return self.drill.registry
        if self._registry is None:
            from evac_toolkit.core.errors import UserError
            from evac_toolkit.core.registry.store import Registry

            try:
                self._registry = Registry.open(self.data_dir)
            except UserError as error:
                self._registry_error = error
                return None
            self._tell_registry_notices(self._registry.notices)
            self._tell_encrypted()
        return self._registry

    def _tell_registry_notices(self, notices: list[tuple[str, dict]]) -> None:
        """What opening the registry finished or undid after a crash (an interrupted close or
        restore), in a dialog that does not hold up the view being built."""
        if not notices:
            return
        from PySide6.QtWidgets import QMessageBox

        from evac_toolkit.core.messages import gui_message

        ui = i18n.current_ui_language()
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(),
                          "\n\n".join(gui_message(code, ui, **params) for code, params in notices),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("registry_notices")
        box.open()


    def _tell_encrypted(self) -> None:
        """A registry from before encryption was just encrypted: say so, and that the plain
        copies were wiped (a dialog: the coordinator must know, not just a passing line)."""
        from PySide6.QtWidgets import QMessageBox

        from evac_toolkit.core.messages import gui_message
        from evac_toolkit.core.registry.encrypt_plain import take_notices

        for notice in take_notices():
            box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(),
                              gui_message("plain_files_encrypted", i18n.current_ui_language(),
                                          **notice), QMessageBox.StandardButton.Ok, self)
            box.open()
            self.encrypted_notice = box

    def _languages_present(self) -> list[str]:
        """Signs default to the languages of the people here, when the registry has any."""
        registry = self.registry()
        return registry.languages_present() if registry else []

    def _registry_view(self) -> QWidget:
        # Here, not at the top, as the views' own modules: built on the section's first visit.
        from evac_toolkit.core.shelter_key import NEEDS_PASSPHRASE

        registry = self.registry()
        if registry is None and self._registry_error.code in NEEDS_PASSPHRASE:
            from evac_toolkit.ui.registry.unlock import RegistryUnlock

            view = RegistryUnlock(self.data_dir)
            view.unlocked.connect(self._after_registry_restore)
            return view
        if registry is None:
            from evac_toolkit.core.registry.database import REGISTRY_FILE
            from evac_toolkit.ui.registry.recovery import RegistryRecovery

            view = RegistryRecovery(self.data_dir / REGISTRY_FILE, self._registry_error)
            view.restored.connect(self._after_registry_restore)
            return view
        from evac_toolkit.ui.registry.view import RegistryView

        view = RegistryView(registry, drill=self.drill is not None)
        view.print_signs_requested.connect(self.print_signs_for)
        view.registry_changed.connect(self._push_after_change)
        view.printed.connect(lambda kind, evacuee_id: self.log_drill(
            "card_printed" if kind == "card" else "sheet_printed",
            evacuee_id=evacuee_id or None, sheet=kind))
        return view

    def _push_after_change(self) -> None:
        """A registry change on a shelter laptop that sends after each change: Settings ›
        Shelter and headquarters holds the push (debounced, in a worker, one at a time)."""
        from evac_toolkit.core.settings import Settings

        if Settings.load(self.data_dir).push_after_change:
            self._real_view("settings").shelter.registry_changed()

    def _after_registry_restore(self) -> None:
        """Replace the recovery page with the restored registry."""
        old = self.views["registry"]
        self._placeholders.add("registry")
        placeholder = QWidget()
        self.stack.insertWidget(self.stack.indexOf(old), placeholder)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.views["registry"] = placeholder
        self.show_view("registry")

    def print_signs_for(self, languages: list[str]) -> None:
        """From the registry dashboard: the Signs view with the languages present chosen."""
        self.show_view("signs")
        self.views["signs"].choose_languages(languages)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        warm_readers.close_all()
        if self._registry is not None:
            self._registry.close()
            self._registry = None
        if self.drill is not None:
            # Left running: the clock goes on and the trainer ends it after a restart.
            self.drill.close()
            self.drill = None
        super().closeEvent(event)

    # -- language packs beside the program ---------------------------------------------------------
    def install_bundled_packs(self, folder: Path | None = None):
        """Install, in a worker, the packs in the program's ``packs/`` folder that are new since
        the last start; the outcome goes to the status bar. Returns the job, or None."""
        from evac_toolkit.core import paths
        from evac_toolkit.core.messages import gui_message
        from evac_toolkit.core.problem_text import gui_problem
        from evac_toolkit.core.translation.packs import bundled_to_install, install_bundled
        from evac_toolkit.ui import worker

        folder = folder or paths.program_dir() / paths.BUNDLED_PACKS
        try:
            if not bundled_to_install(folder, self.data_dir):
                return None
        except OSError:
            return None
        ui = i18n.current_ui_language()
        bar = self.statusBar()
        bar.showMessage(_("Installing the language packs found beside the program…"))
        data_dir = self.data_dir

        def done(outcomes) -> None:
            installed = sum(1 for outcome in outcomes if outcome.ok)
            bar.showMessage(gui_message("packs_install_summary", ui, installed=installed,
                                    failed=len(outcomes) - installed), 30_000)
            self._packs_changed()
            if "settings" not in self._placeholders:
                self.views["settings"].packs.refresh()

        job = worker.Job(lambda progress: install_bundled(folder, data_dir, progress))
        job.signals.finished.connect(done)
        job.signals.failed.connect(lambda error: bar.showMessage(gui_problem(error, ui)))
        self._bundled_job = worker.start(job)
        return job

    def _describe_models(self):
        """Describe the installed many-to-many models in a worker as the program starts: a
        real model's vocabulary is megabytes of JSON, which the Translate and Language packs
        views would otherwise read on the window's thread the first time they are shown."""
        from evac_toolkit.core.translation.routes import installed_models
        from evac_toolkit.ui import worker

        data_dir = self.data_dir
        self._describing_job = worker.start(
            worker.Job(lambda progress: len(installed_models(data_dir))))
        return self._describing_job

    # -- drills -------------------------------------------------------------------------------------
    def _detach_registry_view(self) -> None:
        view = self.views.get("registry")
        if view is not None and hasattr(view, "detach"):
            view.detach()

    def start_drill(self, session) -> None:
        """Switch every view to the drill's database until ``end_drill``."""
        self._detach_registry_view()
        if self._registry is not None:
            self._registry.close()        # not even open: nothing can be written to it by mistake
            self._registry = None
        self.drill = session
        self.evacuee_language = None
        self._drop_conversation = True
        self._drill_timer.start()
        self._build()
        self.show_view("drills")

    def end_drill(self):
        """Stop the drill's clock and return to the real registry; returns the drill's report."""
        from evac_toolkit.core.drills.report import build_report

        session, self.drill = self.drill, None
        if session is None:
            return None
        self._detach_registry_view()
        self._drill_timer.stop()
        self.evacuee_language = None
        try:
            session.end()
            report = build_report(session)
        finally:
            session.close()
        self._drop_conversation = True
        self._build()
        self.show_view("drills")
        self.views["drills"].show_report(report)
        return report

    def log_drill(self, kind: str, **details) -> None:
        """Record what the volunteers did, when a drill runs (otherwise nothing is kept)."""
        if self.drill is not None:
            self.drill.log(kind, **details)

    def _tick_drill(self) -> None:
        if self.drill is None:
            return
        seconds = int(self.drill.elapsed())
        clock = f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        # Translators: "訓練 DRILL" is the mark of a drill on every screen and printout: keep it.
        banner = pgettext("drill banner", "訓練 DRILL  ⏱ {clock}  —  {notice}")
        self.drill_banner.setText(banner.format(
            clock=clock, notice=_("Practice only: records go to the drill's own database, "
                                  "not the shelter's registry.")))
        drills = self.views.get("drills")
        if drills is not None and hasattr(drills, "tick"):
            drills.tick()

    def set_evacuee_language(self, code: str | None) -> None:
        self.evacuee_language = code
        board = self.views.get("fingerboards")
        # Before the boards are built the view keeps the language for them (asking builds nothing).
        if board is not None and code and board.evacuee_language() != code:
            board.set_evacuee_language(code)
        if "signs" not in self._placeholders:
            self.views["signs"].set_evacuee_language(code)
        if "translate" not in self._placeholders:
            self.views["translate"].set_evacuee_language(code)

    def _packs_changed(self) -> None:
        if "translate" not in self._placeholders:
            self.views["translate"].refresh_packs()

    def _hq_database_changed(self) -> None:
        """Headquarters now reads another database: its view, if built, shows that one's
        shelters (read in a worker) rather than the old picture."""
        if HQ_SECTION in self.views and HQ_SECTION not in self._placeholders:
            self.views[HQ_SECTION].refresh()

    def _identity_changed(self) -> None:
        """Set up as headquarters (or as a shelter): the navigation gains or keeps its
        Headquarters section; the window is rebuilt as on a language switch."""
        from evac_toolkit.core.hq.laptop import is_headquarters

        if is_headquarters(self.data_dir) == (HQ_SECTION in self.nav_buttons):
            return
        QTimer.singleShot(0, self._rebuild_on_shelter_tab)

    def _rebuild_on_shelter_tab(self) -> None:
        # After the click that set it up has returned: its tab is rebuilt too.
        self._build()
        self.show_view("shelter")

    def set_ui_language(self, ui_language: str | None) -> None:
        """Switch menus and buttons to ``ui_language`` (None: follow the system) and remember it."""
        self.settings.ui_language = ui_language
        self.settings.save(self.data_dir)
        app = QApplication.instance()
        effective = effective_ui_language(self.settings)
        i18n.install_translators(app, effective)
        theme.apply_theme(app, effective)
        current = self._current
        self._build()
        self.show_view(current)
