"""Settings › Shelter and headquarters: this laptop as one of the city's shelters (its
identity and the city key), or as the city's headquarters (which makes the key); and, on a
shelter, sending a counts-only status report to a folder (a USB stick). The core decides
everything (core/hq/identity.py, core/hq/laptop.py); this tab only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq import push
from evac_toolkit.core.hq.identity import hq_key, set_up_shelter, shelter_identity
from evac_toolkit.core.hq.laptop import (
    LARGEST_REPORT_NUMBER,
    is_headquarters,
    last_report,
    number_after,
    send_report,
    set_up_headquarters,
)
from evac_toolkit.core.i18n import _
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.settings import Settings
from evac_toolkit.ui import i18n, worker

#: A push after a change waits this long for more changes, so a burst of edits is one report.
PUSH_DELAY_MS = 30_000


class ShelterSettings(QWidget):
    """The tab. ``registry`` gives the open registry (None while it is locked or damaged);
    ``drill`` tells whether a drill runs (its reports are marked as a drill)."""

    #: This laptop became a shelter or headquarters: the navigation shows or hides sections.
    identity_changed = Signal()
    #: Headquarters' database address was changed and saved (the Headquarters view reads again).
    hq_database_changed = Signal()
    #: A push to headquarters' server ended (sent or not): the state line shows which.
    pushed = Signal()

    def __init__(self, data_dir: Path, registry: Callable[[], object] | None = None,
                 drill: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._registry = registry or (lambda: None)
        self._drill = drill
        self._job: worker.Job | None = None
        self._push_job: worker.Job | None = None   # one push at a time
        self._push_again = False
        self._push_timer = QTimer(self, singleShot=True, interval=PUSH_DELAY_MS)
        self._push_timer.timeout.connect(self.push_after_change)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)

        self.identity = QLabel(objectName="laptopIdentity")
        self.identity.setWordWrap(True)
        layout.addWidget(self.identity)

        # -- a shelter ---------------------------------------------------------------------------
        shelter = QGroupBox(_("This laptop as a shelter"))
        form = QFormLayout(shelter)
        self.municipality = QLineEdit(placeholderText="131016")
        self.shelter_id = QLineEdit(placeholderText="S001")
        self.shelter_name = QLineEdit()
        self.key_file = QLineEdit(readOnly=True)
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self.choose_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(choose)
        form.addRow(_("Municipality code (6 digits):"), self.municipality)
        form.addRow(_("Shelter ID:"), self.shelter_id)
        form.addRow(_("Shelter name:"), self.shelter_name)
        form.addRow(_("City key file:"), key_row)
        self.setup_button = QPushButton(_("Set up this laptop as this shelter"),
                                        objectName="setUpShelterButton")
        self.setup_button.clicked.connect(self.set_up_shelter)
        form.addRow(self.setup_button)
        layout.addWidget(shelter)

        # -- its status report -------------------------------------------------------------------
        self.report_box = QGroupBox(_("Status report for headquarters"))
        report_layout = QVBoxLayout(self.report_box)
        explain = QLabel(_("Counts only — no name, card or note leaves this laptop. The file is "
                           "sealed with the city key; carry it to headquarters on a USB stick."))
        explain.setWordWrap(True)
        self.with_sheet = QCheckBox(_("Also a one-page sheet (PDF) for fax or phone"))
        row = QHBoxLayout()
        self.report_button = QPushButton(_("Send a status report…"),
                                         objectName="sendReportButton")
        self.report_button.clicked.connect(self.choose_report_folder)
        self.report_progress = QProgressBar(visible=False)
        self.report_progress.setRange(0, 0)
        # A replaced laptop numbers from 1 and headquarters refuses its reports as older: it
        # says which number it holds, and the report after it is taken here (issue 21).
        self.number_after_button = QPushButton(_("Number reports after…"),
                                               objectName="numberAfterButton")
        self.number_after_button.clicked.connect(self.ask_number_after)
        row.addWidget(self.report_button)
        row.addWidget(self.number_after_button)
        row.addWidget(self.report_progress, 1)
        row.addStretch(0)
        self.last_report = QLabel(objectName="lastReport")
        self.last_report.setWordWrap(True)
        report_layout.addWidget(explain)
        report_layout.addWidget(self.with_sheet)
        report_layout.addLayout(row)
        report_layout.addWidget(self.last_report)
        # Straight to headquarters' server, when a network is there (issue 21).
        server_row = QHBoxLayout()
        self.server = QLineEdit(objectName="hqServerAddress", placeholderText="postgresql://…")
        self.server.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)   # it holds a password
        self.push_button = QPushButton(_("Send to headquarters now"), objectName="pushButton")
        self.push_button.clicked.connect(self.push_now)
        server_row.addWidget(QLabel(_("Headquarters server address:")))
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.push_button)
        report_layout.addLayout(server_row)
        self.push_on_change = QCheckBox(_("Send after each change"), objectName="pushOnChange")
        self.push_on_change.setChecked(Settings.load(self.data_dir).push_after_change)
        self.push_on_change.toggled.connect(self._keep_push_on_change)
        self.push_state = QLabel(objectName="pushState")
        self.push_state.setWordWrap(True)
        push_row = QHBoxLayout()
        push_row.addWidget(self.push_on_change)
        push_row.addWidget(self.push_state, 1)
        report_layout.addLayout(push_row)
        layout.addWidget(self.report_box)

        # -- headquarters ------------------------------------------------------------------------
        hq = QGroupBox(_("This laptop as the city's headquarters"))
        hq_form = QFormLayout(hq)
        hq_explain = QLabel(_("Headquarters makes the city key once, keeps a copy, and gives "
                              "the key file to every shelter laptop."))
        hq_explain.setWordWrap(True)
        self.hq_municipality = QLineEdit(placeholderText="131016")
        self.keygen_button = QPushButton(_("Make the city key and save it…"),
                                         objectName="makeCityKeyButton")
        self.keygen_button.clicked.connect(self.choose_key_destination)
        hq_form.addRow(hq_explain)
        hq_form.addRow(_("Municipality code (6 digits):"), self.hq_municipality)
        hq_form.addRow(self.keygen_button)
        self.hq_database = QLineEdit(objectName="hqDatabaseAddress",
                                     placeholderText="postgresql://…")
        self.hq_database.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.hq_database.setText(Settings.load(self.data_dir).hq_database or "")
        self.hq_database.editingFinished.connect(self.save_hq_database)
        hq_form.addRow(_("Headquarters database address:"), self.hq_database)
        layout.addWidget(hq)

        self.problem = QLabel(objectName="shelterProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.refresh()

    # -- what this laptop is ------------------------------------------------------------------
    def refresh(self) -> None:
        ui = i18n.current_ui_language()
        try:
            me = shelter_identity(self.data_dir)
        except UserError:
            me = None
        lines = []
        if me is not None:
            lines.append(gui_message("shelter_set_up", ui, shelter=me.shelter_id, name=me.name,
                                     municipality=me.municipality))
            self.municipality.setText(me.municipality)
            self.shelter_id.setText(me.shelter_id)
            self.shelter_name.setText(me.name)
        if is_headquarters(self.data_dir):
            try:
                municipality = hq_key(self.data_dir).municipality
            except UserError as error:
                municipality = "?"
                self.problem.setText(gui_problem(error, ui))
            lines.append(_("This laptop is the headquarters of municipality "
                           "{municipality}.").format(municipality=municipality))
            self.hq_municipality.setText(municipality)
        self.keygen_button.setEnabled(not is_headquarters(self.data_dir))
        if not lines:
            lines.append(_("This laptop is neither a shelter of a city nor its headquarters "
                           "yet."))
        self.identity.setText("\n".join(lines))
        self.report_box.setEnabled(me is not None)
        last = last_report(self.data_dir)
        self.last_report.setText(
            _("Last report: #{number} at {time}").format(
                number=last[0], time=last[1].strftime("%Y-%m-%d %H:%M"))
            if last else _("No report sent yet."))
        if not self.server.hasFocus():
            self.server.setText(push.remembered_server(self.data_dir))
        self.show_push_state()

    def show_push_state(self) -> None:
        """When a report last reached headquarters' server, and how many wait (from the core)."""
        ui = i18n.current_ui_language()
        sent = push.last_sent_at(self.data_dir)
        lines = [gui_message("report_last_sent", ui, time=sent[:16].replace("T", " "))
                 if sent else _("Not sent to headquarters yet.")]
        waiting = len(push.waiting(self.data_dir))
        if waiting:
            lines.append(gui_message("reports_waiting", ui, count=waiting))
        self.push_state.setText("\n".join(lines))

    # -- a shelter ----------------------------------------------------------------------------
    def choose_key_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("The city key file"), self.key_file.text() or str(Path.home()),
            _("City key (*.key);;All files (*)"))
        if name:
            self.key_file.setText(name)

    def set_up_shelter(self) -> bool:
        ui = i18n.current_ui_language()
        if not self.key_file.text():
            self.problem.setText(_("Choose the city key file headquarters gave you."))
            return False
        try:
            set_up_shelter(self.data_dir, self.municipality.text().strip(),
                           self.shelter_id.text().strip(), self.shelter_name.text(),
                           Path(self.key_file.text()))
        except (UserError, OSError) as error:
            self.problem.setText(gui_problem(error, ui))
            return False
        self.problem.clear()
        self.refresh()
        self.identity_changed.emit()
        return True

    # -- its report ---------------------------------------------------------------------------
    def choose_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Folder for the report (a USB stick)"),
                                                  str(Path.home()))
        if folder:
            self.send_report(Path(folder))

    def ask_number_after(self) -> None:
        last = last_report(self.data_dir)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(_("Number reports after…"))
        dialog.setLabelText(_(
            "Headquarters refused this laptop's reports as older (this laptop replaced "
            "another, or was set up again). The newest report number headquarters holds "
            "from this shelter:"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, LARGEST_REPORT_NUMBER)
        dialog.setIntValue(last[0] if last else 0)
        # The question is two lines on a netbook, not one line wider than its screen.
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        if dialog.exec() == QInputDialog.DialogCode.Accepted:
            self.number_reports_after(dialog.intValue())

    def number_reports_after(self, held: int) -> bool:
        """Number the next report after ``held`` (core ``number_after``) and say which it is."""
        ui = i18n.current_ui_language()
        try:
            following = number_after(self.data_dir, held)
        except (UserError, OSError) as error:
            self.problem.setText(gui_problem(error, ui))
            return False
        self.problem.clear()
        self.refresh()
        self.last_report.setText(self.last_report.text() + "\n" + gui_message(
            "report_numbered_after", ui, held=held, next=following))
        return True

    def send_report(self, folder: Path) -> worker.Job | None:
        """Write the report (and the sheet when asked) into ``folder`` in a worker."""
        ui = i18n.current_ui_language()
        registry = self._registry()
        try:
            me = shelter_identity(self.data_dir)
            if registry is None:
                raise UserError("registry_locked")
        except UserError as error:
            self.problem.setText(gui_problem(error, ui))
            return None
        data_dir, pdf, drill = self.data_dir, self.with_sheet.isChecked(), self._drill
        self.report_button.setEnabled(False)
        self.report_progress.setVisible(True)
        self.problem.clear()
        job = worker.Job(lambda progress: send_report(data_dir, me, registry, folder, pdf=pdf,
                                                      drill=drill))
        job.signals.finished.connect(self._report_sent)
        job.signals.failed.connect(self._report_failed)
        self._job = worker.start(job)
        return job

    def _report_sent(self, sent) -> None:
        ui = i18n.current_ui_language()
        self._job = None
        self.report_button.setEnabled(True)
        self.report_progress.setVisible(False)
        self.refresh()
        said = gui_message("report_written", ui, sequence=sent.report.sequence,
                           shelter=sent.report.shelter_id, path=str(sent.path))
        if sent.report.drill:
            said += "\n" + gui_message("report_is_drill", ui)
        self.last_report.setText(self.last_report.text() + "\n" + said)

    def _report_failed(self, error: object) -> None:
        self._job = None
        self.report_button.setEnabled(True)
        self.report_progress.setVisible(False)
        self.problem.setText(gui_problem(error, i18n.current_ui_language()))

    # -- straight to headquarters' server -------------------------------------------------------
    def push_now(self, *, quiet: bool = False) -> worker.Job | None:
        """Remember the address typed, then make a report and send every waiting one in a
        worker. ``quiet`` (a push after a change): a failure only updates the waiting line."""
        ui = i18n.current_ui_language()
        if self._push_job is not None:
            self._push_again = True
            return self._push_job
        registry = self._registry()
        try:
            me = shelter_identity(self.data_dir)
            typed = self.server.text().strip()
            if typed and typed != push.remembered_server(self.data_dir):
                push.remember_server(self.data_dir, typed)
            push.server_url(self.data_dir)
            if registry is None:
                raise UserError("registry_locked")
        except (UserError, OSError) as error:
            if not quiet:
                self.problem.setText(gui_problem(error, ui))
            return None
        data_dir, drill = self.data_dir, self._drill
        self.push_button.setEnabled(False)
        if not quiet:
            self.problem.clear()
        job = worker.Job(lambda progress: push.push_now(data_dir, me, registry, drill=drill))

        def finished(result) -> None:
            self._push_done()
            if result.error is not None and not quiet:
                self.problem.setText(gui_problem(result.error, i18n.current_ui_language()))

        def failed(error) -> None:
            self._push_done()
            if not quiet:
                self.problem.setText(gui_problem(error, i18n.current_ui_language()))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._push_job = worker.start(job)
        return job

    def _push_done(self) -> None:
        self._push_job = None
        self.push_button.setEnabled(True)
        self.show_push_state()
        self.pushed.emit()
        if self._push_again:
            self._push_again = False
            self.push_after_change()

    def registry_changed(self) -> None:
        """The registry changed: when asked to, push after a quiet spell (a burst of edits is
        one report), in a worker, never two at once."""
        if self.push_on_change.isChecked():
            self._push_timer.start()

    def push_after_change(self) -> worker.Job | None:
        if not self.push_on_change.isChecked():
            return None
        return self.push_now(quiet=True)

    def _keep_push_on_change(self, on: bool) -> None:
        settings = Settings.load(self.data_dir)
        settings.push_after_change = on
        settings.save(self.data_dir)

    def save_hq_database(self) -> bool:
        """Headquarters' database address (the setting the core reads); empty: the embedded
        file."""
        text = self.hq_database.text().strip()
        settings = Settings.load(self.data_dir)
        if text == (settings.hq_database or ""):
            return True
        from evac_toolkit.core.hq.postgres import is_postgres_url

        if text and not is_postgres_url(text):
            self.problem.setText(gui_problem(UserError("hq_db_url_invalid", value=text),
                                             i18n.current_ui_language()))
            return False
        settings.hq_database = text or None
        settings.save(self.data_dir)
        self.problem.clear()
        self.identity_changed.emit()
        self.hq_database_changed.emit()
        return True

    # -- headquarters -------------------------------------------------------------------------
    def choose_key_destination(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the city key"), str(Path.home() / "city.key"),
            _("City key (*.key);;All files (*)"))
        if name:
            self.make_city_key(Path(name))

    def make_city_key(self, out: Path) -> bool:
        ui = i18n.current_ui_language()
        try:
            city = set_up_headquarters(self.data_dir, self.hq_municipality.text().strip(), out)
        except (UserError, OSError) as error:
            self.problem.setText(gui_problem(error, ui))
            return False
        self.problem.setText("")
        self.refresh()
        self.identity.setText(self.identity.text() + "\n" + gui_message(
            "city_key_written", ui, municipality=city.municipality, path=str(out)))
        self.identity_changed.emit()
        return True
