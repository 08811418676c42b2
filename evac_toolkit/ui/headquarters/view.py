"""The Headquarters section (issue 20), on the laptop that holds the city key: every shelter's
newest report as a shelters × languages table with stale shelters marked and the city's totals;
reports imported from a USB stick, interpreters dispatched, a shelter's signs printed. Each of
those runs in a worker; the core decides (core/hq/), this view only shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.database import open_hq
from evac_toolkit.core.hq.identity import hq_key
from evac_toolkit.core.hq.status import CityStatus, city_status
from evac_toolkit.core.i18n import _, ngettext, pgettext
from evac_toolkit.core.language_names import LanguageNames, language_name
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.ui import i18n, worker
from evac_toolkit.ui.headquarters import table
from evac_toolkit.ui.widgets.empty_state import set_empty_text

STALE_BACKGROUND = QColor("#fde2c4")
#: At most this many refusals are spelled out under the import's summary (the rest counted).
REFUSALS_SHOWN = 3
#: At most this many uncovered needs (largest first) are named per shift.
UNCOVERED_SHOWN = 8


class HeadquartersView(QWidget):
    #: The table was read again (after an import): tests and the window wait on it.
    refreshed = Signal()
    #: A worker finished (its summary is in ``outcome``).
    done = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.status = CityStatus([], {}, [], {})
        self._job: worker.Job | None = None
        self._reading: worker.Job | None = None   # the status being read, if any
        self._read_again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        self.title = QLabel(objectName="hqTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)

        actions = QHBoxLayout()
        self.import_button = QPushButton(_("Import reports from a USB stick…"),
                                         objectName="importReportsButton")
        self.import_button.clicked.connect(self.choose_import_folder)
        self.dispatch_button = QPushButton(_("Dispatch interpreters…"),
                                           objectName="dispatchButton")
        self.dispatch_button.clicked.connect(self.choose_dispatch_files)
        self.signs_button = QPushButton(_("Print this shelter's signs…"),
                                        objectName="shelterSignsButton")
        self.signs_button.clicked.connect(self.choose_signs_file)
        self.signs_button.setToolTip(_("Choose a shelter in the table first: its signs are "
                                       "printed in the languages its people speak."))
        for button in (self.import_button, self.dispatch_button, self.signs_button):
            actions.addWidget(button)
        self.progress = QProgressBar(visible=False)
        self.progress.setRange(0, 0)
        actions.addWidget(self.progress, 1)
        actions.addStretch(0)
        layout.addLayout(actions)

        self.outcome = QLabel(objectName="hqOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setVisible(False)       # shown with what an action did: no empty gap
        layout.addWidget(self.outcome)

        self.table = QTableWidget(objectName="hqTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        set_empty_text(self.table, pgettext("hq status", "No shelter has reported yet."))
        layout.addWidget(self.table, 1)

        self.drills = QLabel(objectName="hqDrills")
        self.drills.setWordWrap(True)
        layout.addWidget(self.drills)
        self.refresh()

    # -- the table ----------------------------------------------------------------------------
    def refresh(self) -> worker.Job | None:
        """Read the city's status again in a worker and show it when it comes: a database
        server that does not answer never stalls the window (its reason shows in one line)."""
        ui = i18n.current_ui_language()
        try:
            municipality = hq_key(self.data_dir).municipality
        except (UserError, OSError) as error:
            self._show(None, CityStatus([], {}, [], {}), gui_problem(error, ui))
            return None
        if self._reading is not None:
            # One read at a time; the newest request is served by one more read after it.
            self._read_again = True
            return self._reading
        self._show_title(municipality, ui)       # until the read comes: no empty gap
        data_dir = self.data_dir
        job = worker.Job(lambda progress: read_status(data_dir))
        self._reading = job

        def read(status) -> None:
            self._show(municipality, status)
            self._read_done()

        def failed(error) -> None:
            self._show(municipality, CityStatus([], {}, [], {}),
                       gui_problem(error, i18n.current_ui_language()))
            self._read_done()

        job.signals.finished.connect(read)
        job.signals.failed.connect(failed)
        return worker.start(job)

    def _read_done(self) -> None:
        self._reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _show_title(self, municipality: str, ui: str) -> None:
        stale = sum(1 for shelter in self.status.shelters if shelter.stale)
        self.title.setText(join_list([
            _("Headquarters of municipality {municipality}").format(
                municipality=municipality),
            ngettext("{n} shelter reported", "{n} shelters reported",
                     len(self.status.shelters)).format(n=len(self.status.shelters)),
            ngettext("{n} with no report for {hours} h", "{n} with no report for {hours} h",
                     stale).format(n=stale, hours=table.stale_hours())], ui))

    def _show(self, municipality: str | None, status: CityStatus,
              problem: str | None = None) -> None:
        """Show a status read (in a worker) and tell whoever waits for it."""
        ui = i18n.current_ui_language()
        self.status = status
        if problem is not None:
            self.title.setText(problem)
        elif municipality is not None:
            self._show_title(municipality, ui)
        self._fill(ui)
        drills = len(self.status.drill_shelters)
        self.drills.setText(ngettext(
            "Drill reports from {n} shelter are kept apart, not in these numbers.",
            "Drill reports from {n} shelters are kept apart, not in these numbers.",
            drills).format(n=drills) if drills else "")
        self.drills.setVisible(bool(drills))
        self._selection_changed()
        self.refreshed.emit()

    def _fill(self, ui: str) -> None:
        headers = table.headers(self.status, ui)
        rows = table.rows(self.status, ui)
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.shelter_id)
                if 2 <= c < len(row.cells) - 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row.stale:
                    item.setBackground(QBrush(STALE_BACKGROUND))
                    item.setToolTip(_("No report from this shelter for more than {hours} "
                                      "hours.").format(hours=table.stale_hours()))
                if row.shelter_id is None:
                    item.setFont(bold)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests read it here)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def selected_shelter(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_shelter(self, shelter_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == shelter_id:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        idle = self._job is None
        self.signs_button.setEnabled(idle and self.selected_shelter() is not None)
        self.import_button.setEnabled(idle)
        self.dispatch_button.setEnabled(idle and bool(self.status.shelters))

    # -- running one thing at a time in a worker -----------------------------------------------
    def _run(self, fn, finished) -> worker.Job:
        ui = i18n.current_ui_language()
        self._say("")
        self.progress.setVisible(True)
        job = worker.Job(fn)
        self._job = job
        self._selection_changed()

        def end() -> None:
            self._job = None
            self.progress.setVisible(False)
            self._selection_changed()

        def ok(result) -> None:
            end()
            self._say(finished(result))
            self.done.emit()

        def failed(error) -> None:
            end()
            self._say(gui_problem(error, ui))
            self.done.emit()

        job.signals.finished.connect(ok)
        job.signals.failed.connect(failed)
        return worker.start(job)

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    # -- import -------------------------------------------------------------------------------
    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _("The USB stick or folder with the shelters' reports"), str(Path.home()))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> worker.Job:
        """Import every report in ``folder`` (and its subfolders) in a worker."""
        data_dir = self.data_dir

        def work(progress):
            from evac_toolkit.core.hq.importing import import_reports, report_files

            city = hq_key(data_dir)
            files = report_files([folder])
            if not files:
                raise UserError("hq_no_reports", path=str(folder))
            conn = open_hq(data_dir)
            try:
                outcomes = import_reports(conn, city, files)
            finally:
                conn.close()
            # Read back in the same worker: the table is up to date when the summary shows.
            return outcomes, city.municipality, read_status(data_dir)

        def finished(result) -> str:
            outcomes, municipality, status = result
            self._show(municipality, status)
            return import_summary(outcomes, i18n.current_ui_language())

        return self._run(work, finished)

    # -- dispatch -----------------------------------------------------------------------------
    def choose_dispatch_files(self) -> None:
        source, _filter = QFileDialog.getOpenFileName(
            self, _("The city's interpreters (a list with names and languages)"),
            str(Path.home()), _("Lists (*.csv *.xlsx);;All files (*)"))
        if not source:
            return
        out, _filter = QFileDialog.getSaveFileName(
            self, _("Save the dispatch plan"), str(Path(source).with_suffix(".pdf")),
            "PDF (*.pdf)")
        if out:
            self.dispatch(Path(source), Path(out))

    def dispatch(self, interpreters: Path, out: Path) -> worker.Job:
        """Plan the interpreters' shifts from the table's shelters; the plan saved as a PDF."""
        shelters = list(self.status.shelters)

        def work(progress):
            from evac_toolkit.core import fonts
            from evac_toolkit.core.hq.dispatch import plan_dispatch
            from evac_toolkit.core.hq.dispatch_sheet import dispatch_sheet
            from evac_toolkit.core.hq.interpreters import read_interpreters

            plans = plan_dispatch(read_interpreters(interpreters), shelters)
            fonts.prepare(progress=progress)
            dispatch_sheet(plans, out)
            return plans

        def finished(plans) -> str:
            return dispatch_summary(plans, out, i18n.current_ui_language())

        return self._run(work, finished)

    # -- a shelter's signs --------------------------------------------------------------------
    def choose_signs_file(self) -> None:
        shelter = self.selected_shelter()
        if shelter is None:
            return
        out, _filter = QFileDialog.getSaveFileName(
            self, _("Save the shelter's signs"), str(Path.home() / f"signs-{shelter}.pdf"),
            "PDF (*.pdf)")
        if out:
            self.print_signs(shelter, Path(out))

    def print_signs(self, shelter_id: str, out: Path) -> worker.Job:
        data_dir = self.data_dir

        def work(progress):
            from evac_toolkit.core import fonts
            from evac_toolkit.core.hq.laptop import print_shelter_signs

            fonts.prepare(progress=progress)
            conn = open_hq(data_dir, readonly=True)
            try:
                return print_shelter_signs(conn, data_dir, shelter_id, out)
            finally:
                if conn is not None:
                    conn.close()

        def finished(result) -> str:
            pages, codes = result
            return gui_message("hq_signs_printed", i18n.current_ui_language(), pages=pages,
                               shelter=shelter_id, path=str(out),
                               languages=LanguageNames(codes))

        return self._run(work, finished)


def read_status(data_dir: Path) -> CityStatus:
    """The city's status from headquarters' database (run in a worker: it may be a server)."""
    conn = open_hq(data_dir, readonly=True)
    try:
        return city_status(conn)
    finally:
        if conn is not None:
            conn.close()


def import_summary(outcomes, ui: str) -> str:
    """How many reports came in, were held already or were refused; then why, for the first
    few refused."""
    counted = {result: sum(1 for o in outcomes if o.result == result)
               for result in ("imported", "already", "older", "clash", "refused")}
    refused = counted["older"] + counted["clash"] + counted["refused"]
    lines = [join_list([
        ngettext("{n} report imported", "{n} reports imported",
                 counted["imported"]).format(n=counted["imported"]),
        ngettext("{n} already held", "{n} already held",
                 counted["already"]).format(n=counted["already"]),
        ngettext("{n} refused", "{n} refused", refused).format(n=refused)], ui)]
    why = []
    for outcome in outcomes:
        if outcome.result == "refused":
            why.append(gui_problem(outcome.error, ui))
        elif outcome.result in ("older", "clash"):
            code = "report_older" if outcome.result == "older" else "report_clash"
            why.append(gui_message(code, ui, path=outcome.path.name,
                                   sequence=outcome.report.sequence,
                                   shelter=outcome.report.shelter_id, held=outcome.held))
    lines += why[:REFUSALS_SHOWN]
    if len(why) > REFUSALS_SHOWN:
        more = len(why) - REFUSALS_SHOWN
        lines.append(ngettext("and {n} more", "and {n} more", more).format(n=more))
    # What to do about reports refused as older, once per shelter: its laptop was most likely
    # replaced or set up again, and numbers its reports from 1.
    older = {o.report.shelter_id: o.held for o in outcomes if o.result in ("older", "clash")}
    lines += [gui_message("report_older_hint", ui, shelter=shelter, held=held)
              for shelter, held in older.items()]
    return "\n".join(lines)


def dispatch_summary(plans, out: Path, ui: str) -> str:
    """The plan's coverage, and the needs no interpreter covers (shelter, language, people)."""
    lines = [gui_message("hq_dispatch_done", ui, covered=sum(p.covered for p in plans),
                         needing=sum(p.needing for p in plans), path=str(out))]
    for plan in plans:
        if not plan.uncovered:
            continue
        needs = [_("{shelter} {language} {people}").format(
            shelter=need["shelter_id"], people=need["people"],
            language=language_name(need["language"], ui) if need["language"]
            else _("Not recorded")) for need in plan.uncovered[:UNCOVERED_SHOWN]]
        more = len(plan.uncovered) - UNCOVERED_SHOWN
        if more > 0:
            needs.append(ngettext("and {n} more", "and {n} more", more).format(n=more))
        text = (_("Not covered: {needs}") if len(plans) == 1
                else _("Not covered in shift {shift}: {needs}"))
        lines.append(text.format(needs=join_list(needs, ui), shift=plan.shift))
    return "\n".join(lines)
