"""Drills: the trainer's scenario library, the running drill's clock and personas, and the
after-action report.

The drill itself happens in the other views: the main window switches them to the drill's own
database while a drill runs (``MainWindow.start_drill``), so volunteers practise with the real
fingerboards, registry and signs. This view starts and ends the drill and shows what happened.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import i18n, sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.registry.health import explained
from evac_toolkit.core.shelter_key import NEEDS_PASSPHRASE
from evac_toolkit.ui import worker
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.widgets.empty_state import set_empty_text

#: How often the running drill's persona table is recounted (the banner ticks every second).
STATUS_EVERY_TICKS = 5


def _language_name(code: str, ui_language: str) -> str:
    """A language's name in the interface language, with its own name beside it when that
    differs (a role player's language, for a volunteer who may know only its own name)."""
    from evac_toolkit.core.drills import wording

    lang = next((lang for lang in catalog() if lang.code == code), None)
    if lang is None:
        return code
    local = wording.language_name(code, ui_language)
    if lang.native == local:
        return local
    return i18n.catalog(ui_language).pgettext("language with its own name",
                                              "{name}（{native}）").format(name=local,
                                                                         native=lang.native)


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


class WrappingList(QListWidget):
    """A checkable list whose long items wrap onto as many lines as they need.

    Qt measures a wrapped item's height once, before the list knows its width, and cuts a third
    line off with "…"; here each item's height is measured for the list's real width, again
    whenever it changes."""

    CHECKBOX_PX = 36          # the check indicator and the margins beside the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)

    def fit_items(self) -> None:
        width = max(100, self.viewport().width() - self.CHECKBOX_PX)
        metrics = self.fontMetrics()
        for row in range(self.count()):
            item = self.item(row)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                       int(Qt.TextFlag.TextWordWrap), item.text())
            item.setSizeHint(QSize(width, box.height() + 10))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_items()


class DrillsView(QWidget):
    """Three pages: the scenario library (start a drill), the running drill, the report."""

    def __init__(self, data_dir: Path, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.window_ = window
        self.ui_language = current_ui_language()
        self.report = None
        self.job: worker.Job | None = None
        self._ticks = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel(_("Drills"), objectName="viewTitle"))
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        # A drill's database is encrypted with the shelter's key like the registry: while it is
        # locked, one click to the Registry's unlock page (the passphrase is asked there).
        self.unlock_button = QPushButton(_("Unlock with the shelter passphrase…"),
                                         objectName="drillUnlockButton", visible=False)
        self.unlock_button.clicked.connect(lambda: self.window_.show_view("registry"))
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.library_page = self._build_library()
        self.running_page = self._build_running()
        self.report_page = self._build_report()
        for page in (self.library_page, self.running_page, self.report_page):
            self.pages.addWidget(page)
        self.reload()
        if window.drill is not None:
            self._show_running()

    # -- the library ------------------------------------------------------------------------------
    def _build_library(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(_(
            "Tick the scenarios to play, print their role cards, then start the drill. While it "
            "runs, every screen works on a separate drill database and every printout is marked "
            "as a drill."), wordWrap=True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.scenario_list = WrappingList()
        self.scenario_list.currentItemChanged.connect(self._show_scenario)
        self.scenario_list.itemChanged.connect(lambda _item: self._update_buttons())
        splitter.addWidget(self.scenario_list)
        self.detail = QTextBrowser()
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 640])
        layout.addWidget(splitter, 1)

        # Two rows, so that the start button stays on screen beside the title on a netbook:
        # preparing (scenarios, role cards), then starting.
        row = QHBoxLayout()
        self.new_button = QPushButton(_("New scenario…"))
        self.new_button.clicked.connect(self.new_scenario)
        self.cards_button = QPushButton(_("Save role cards (PDF)…"))
        self.cards_button.clicked.connect(self._choose_cards_file)
        row.addWidget(self.new_button)
        row.addWidget(self.cards_button)
        row.addStretch(1)
        layout.addLayout(row)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(_("Drill title:")))
        self.title_edit = QLineEdit(minimumWidth=120)
        self.title_edit.setPlaceholderText(_("e.g. Autumn drill, north gym"))
        start_row.addWidget(self.title_edit, 1)
        self.start_button = QPushButton(_("▶ Start drill"), objectName="startDrillButton")
        self.start_button.setStyleSheet("font-weight: 700;")
        self.start_button.clicked.connect(self.start)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)

        past = QHBoxLayout()
        past.addWidget(QLabel(_("Earlier drills:")))
        self.past_list = QListWidget()
        self.past_list.setMaximumHeight(110)
        self.past_list.setMinimumHeight(56)
        set_empty_text(self.past_list, _(
            "No drills yet. Tick one or more scenarios above, give the drill a title and press "
            "▶ Start drill; finished drills and their reports are listed here."))
        past.addWidget(self.past_list, 1)
        self.past_list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.past_button = QPushButton(_("Show report"))
        past_buttons = QVBoxLayout()     # stacked: the list keeps the width for its text
        past_buttons.setSpacing(4)
        self.past_button.clicked.connect(self.show_past_report)
        past_buttons.addWidget(self.past_button)
        # A drill left running (the laptop was shut down) goes on where it stopped.
        self.resume_button = QPushButton(_("Resume drill"))
        self.resume_button.clicked.connect(self.resume)
        past_buttons.addWidget(self.resume_button)
        past.addLayout(past_buttons)
        layout.addLayout(past)
        return page

    def reload(self) -> None:
        """Read the scenario library and the list of earlier drills again."""
        from evac_toolkit.core.drills import wording
        from evac_toolkit.core.drills.scenarios import list_scenarios
        from evac_toolkit.core.drills.session import list_drills

        self.library = list_scenarios(self.data_dir)
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for scenario in self.library:
            title = wording.authored(scenario.title_ja, scenario.title_en, self.ui_language)
            item = QListWidgetItem(f"{_language_name(scenario.persona.language, self.ui_language)}"
                                   f"\n{title}")
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.scenario_list.addItem(item)
        self.scenario_list.blockSignals(False)
        self.scenario_list.fit_items()
        if self.scenario_list.count():
            self.scenario_list.setCurrentRow(0)
        problems = [gui_message(problem.code, self.ui_language, **problem.params)
                    for problem in self.library.problems]
        self.status.setText("\n".join(problems))
        self.past_list.clear()
        for info in list_drills(self.data_dir):
            item = QListWidgetItem(f"{info.started_at[:16].replace('T', ' ')}  {info.title}  "
                                   + ngettext("({n} persona)", "({n} personas)", info.personas).format(n=info.personas)
                                   + ("" if info.ended_at else "  " + _("— not ended")))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.ended_at is None)
            self.past_list.addItem(item)
        self._update_buttons()

    def checked_ids(self) -> list[str]:
        return [self.scenario_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.scenario_list.count())
                if self.scenario_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, scenario_ids: list[str]) -> None:
        for row in range(self.scenario_list.count()):
            item = self.scenario_list.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in scenario_ids
                               else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(bool(self.checked_ids()) and self.job is None)
        self.cards_button.setEnabled(self.scenario_list.currentItem() is not None
                                     and self.job is None)
        self.past_button.setEnabled(self.past_list.count() > 0)
        current = self.past_list.currentItem()
        self.resume_button.setEnabled(current is not None and self.job is None and
                                      bool(current.data(Qt.ItemDataRole.UserRole + 1)))

    def _show_scenario(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._update_buttons()
        scenario = self.library.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.detail.setHtml(self.scenario_html(scenario) if scenario else "")

    def scenario_html(self, scenario) -> str:
        from evac_toolkit.core.drills import wording
        from evac_toolkit.core.registry import codes

        ui = self.ui_language
        esc = html.escape
        persona = scenario.persona
        ability = codes.label("japanese_ability", persona.japanese_ability, ui)
        parts = [f"<h2>{esc(wording.authored(scenario.title_ja, scenario.title_en, ui))}</h2>",
                 f"<p>{esc(wording.authored(scenario.situation_ja, scenario.situation_en, ui))}"
                 "</p>",
                 "<p><b>" + esc(_("Persona:")) + "</b> "
                 + esc(f"{persona.alias} · {_language_name(persona.language, self.ui_language)}"
                       f" · {ability}")
                 + " · " + esc(ngettext("{n} person arriving", "{n} people arriving", persona.household)
                                  .format(n=persona.household)) + "</p>",
                 "<h3>" + esc(_("Script")) + "</h3><ol>"]
        for line in scenario.lines:
            parts.append(f"<li>{esc(line.text)}<br><small>{esc(line.ja)}</small></li>")
        parts.append("</ol><h3>" + esc(_("Facts to capture")) + "</h3><ul>")
        for name, value in scenario.expected.fields():
            if value or name == "interpreter_needed":
                parts.append(f"<li><b>{esc(wording.field_label(name, self.ui_language))}</b>: "
                             f"{esc(wording.expected_values(name, value, self.ui_language))}</li>")
        status = wording.scenario_status(scenario.provenance, self.ui_language)
        parts.append("</ul><p><small>" + esc(_("Persona's lines: {status}").format(status=status)
                                             + f" · {scenario.provenance.note}")
                     + "</small></p>")
        return "".join(parts)

    def new_scenario(self):
        from evac_toolkit.ui.drills.scenario_form import ScenarioDialog

        dialog = ScenarioDialog(self.data_dir, self)
        dialog.saved.connect(lambda _path: self.reload())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _choose_cards_file(self) -> None:
        ids = self.checked_ids() or [self.scenario_list.currentItem().data(
            Qt.ItemDataRole.UserRole)]
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save role cards"), str(Path.home() / f"role-cards-{ids[0]}.pdf"),
            "PDF (*.pdf)")
        if name:
            self.save_role_cards(ids, Path(name))

    def save_role_cards(self, scenario_ids: list[str], out: Path) -> None:
        """Role cards and answer keys of these scenarios as one PDF, written in a worker."""
        from evac_toolkit.core.content.bank import user_bank
        from evac_toolkit.core.drills.role_cards import write_all_role_cards

        scenarios = [self.library.get(i) for i in scenario_ids]
        bank = user_bank(self.data_dir)       # the shelter's reviewed wording of the cards
        self._run(lambda progress: write_all_role_cards(scenarios, out, bank=bank),
                  lambda _result: gui_message("wrote", self.ui_language, path=str(out)))

    def _run(self, work, done_text) -> None:
        def finished(result) -> None:
            self.job = None
            self.status.setText(done_text(result))
            self._update_buttons()

        def failed(error) -> None:
            self.job = None
            self.status.setText(gui_problem(error, self.ui_language))
            self._update_buttons()

        self.job = worker.Job(work)
        self.job.signals.finished.connect(finished)
        self.job.signals.failed.connect(failed)
        self._update_buttons()
        worker.start(self.job)

    # -- starting, running, ending ----------------------------------------------------------------
    def start(self) -> None:
        from evac_toolkit.core.drills.session import start_drill

        scenarios = [self.library.get(i) for i in self.checked_ids()]
        self.unlock_button.setVisible(False)
        try:
            session = start_drill(self.data_dir, scenarios, title=self.title_edit.text().strip())
        except UserError as error:
            self.status.setText(gui_message(error.code, self.ui_language, **error.params))
            self.unlock_button.setVisible(error.code in NEEDS_PASSPHRASE)
            return
        except (*sqlite_open.Error, OSError) as error:
            # A full disk: said as such (never as a damaged drill database); nothing is left.
            if not explained(error):
                raise
            self.status.setText(gui_problem(error, self.ui_language))
            return
        self.window_.start_drill(session)     # rebuilds every view, this one included

    def _build_running(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.clock = QLabel(styleSheet="font-size: 40pt; font-weight: 700; color: #c62828;")
        layout.addWidget(self.clock)
        layout.addWidget(QLabel(_(
            "Send each role player in and press “Arrived”: their clock starts then. Volunteers "
            "use Fingerboards, Registry and Signs as in a real shelter."), wordWrap=True))
        self.persona_table = QTableWidget(0, 6)
        self.persona_table.setHorizontalHeaderLabels([
            _("Persona"), _("Language"), _("Arrived"),
            _("Language found"), _("Registered"), _("Needs captured")])
        self.persona_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.persona_table.horizontalHeader().setStretchLastSection(True)
        self.persona_table.verticalHeader().setDefaultSectionSize(52)
        self.persona_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.persona_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.end_button = QPushButton(_("■ End drill and show the report"),
                                      objectName="endDrillButton")
        self.end_button.setStyleSheet("font-weight: 700;")
        self.end_button.clicked.connect(self.end)
        row.addWidget(self.end_button)
        layout.addLayout(row)
        return page

    def _show_running(self) -> None:
        session = self.window_.drill
        self.persona_table.setRowCount(len(session.plans))
        self.arrive_buttons: dict[str, QPushButton] = {}
        for row, plan in enumerate(session.plans):
            self.persona_table.setItem(row, 0, QTableWidgetItem(plan.alias))
            self.persona_table.setItem(row, 1, QTableWidgetItem(
                _language_name(plan.language, self.ui_language)))
            button = QPushButton(_("Arrived"))
            button.clicked.connect(lambda _c=False, i=plan.scenario_id: self.arrived(i))
            self.arrive_buttons[plan.scenario_id] = button
            self.persona_table.setCellWidget(row, 2, button)
        self.pages.setCurrentWidget(self.running_page)
        self.refresh_status()
        self.tick()

    def arrived(self, scenario_id: str) -> None:
        self.window_.drill.persona_arrived(scenario_id)
        self.refresh_status()

    def tick(self) -> None:
        """Every second from the main window while the drill runs."""
        session = self.window_.drill
        if session is None:
            return
        seconds = int(session.elapsed())
        self.clock.setText(f"⏱ {seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
        self._ticks += 1
        if self._ticks % STATUS_EVERY_TICKS == 0:
            self.refresh_status()

    def refresh_status(self) -> None:
        """What each persona has got so far, from the drill's registry and log."""
        from evac_toolkit.core.drills.report import build_report

        session = self.window_.drill
        if session is None:
            return
        report = build_report(session)
        arrived = {e.scenario_id: e.elapsed for e in session.events()
                   if e.kind == "persona_arrived"}
        for row, result in enumerate(report.personas):
            plan_id = result.plan.scenario_id
            button = self.arrive_buttons.get(plan_id)
            if button is not None and plan_id in arrived:
                button.setEnabled(False)
                button.setText("✓ " + _minutes(arrived[plan_id]))
            self.persona_table.setItem(row, 3, QTableWidgetItem(
                _minutes(result.identified_after)))
            self.persona_table.setItem(row, 4, QTableWidgetItem(
                (result.card_id or "") + "  " + _minutes(result.registered_after)
                if result.registered_after is not None else "—"))
            total = len(result.checks)
            self.persona_table.setItem(row, 5, QTableWidgetItem(
                f"{result.count('captured')} / {total}" if total else "—"))

    def end(self):
        return self.window_.end_drill()     # rebuilds the views; the new one shows the report

    # -- the report -------------------------------------------------------------------------------
    def _build_report(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.report_text = QTextBrowser()
        self.report_text.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.report_text, 1)
        row = QHBoxLayout()
        back = QPushButton(_("← Scenarios"))
        back.clicked.connect(self.show_library)
        row.addWidget(back)
        row.addStretch(1)
        self.report_pdf_button = QPushButton(_("Save report (PDF)…"))
        self.report_pdf_button.clicked.connect(self._choose_report_file)
        row.addWidget(self.report_pdf_button)
        layout.addLayout(row)
        return page

    def show_library(self) -> None:
        self.reload()
        self.pages.setCurrentWidget(self.library_page)

    def show_report(self, report) -> None:
        from evac_toolkit.core.drills.report_pdf import report_text

        self.report = report
        lines = report_text(report, self.ui_language)
        self.report_text.setPlainText("\n".join(lines))
        self.pages.setCurrentWidget(self.report_page)

    def _open_past(self, item: QListWidgetItem | None):
        """The earlier drill of ``item`` opened, or None (the reason shown)."""
        from evac_toolkit.core.drills.session import open_drill

        if item is None:
            return None
        try:
            return open_drill(self.data_dir, item.data(Qt.ItemDataRole.UserRole))
        except UserError as error:
            self.status.setText(gui_message(error.code, self.ui_language, **error.params))
            return None

    def show_past_report(self) -> None:
        from evac_toolkit.core.drills.report import build_report

        session = self._open_past(self.past_list.currentItem() or self.past_list.item(0))
        if session is None:
            return
        try:
            report = build_report(session)
        finally:
            session.close()
        self.show_report(report)

    def resume(self) -> None:
        session = self._open_past(self.past_list.currentItem())
        if session is not None:
            self.window_.start_drill(session)

    def _choose_report_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save report"), str(Path.home() / f"{self.report.drill_id}-report.pdf"),
            "PDF (*.pdf)")
        if name:
            self.save_report(Path(name))

    def save_report(self, out: Path) -> None:
        from evac_toolkit.core.drills.report_pdf import write_report_pdf

        report, ui = self.report, self.ui_language
        self._run(lambda progress: write_report_pdf(report, out, ui),
                  lambda _result: gui_message("wrote", self.ui_language, path=str(out)))
