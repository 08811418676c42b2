"""Registry: who is here, which languages they read, what they need; check in and out.

The caller owns the Registry (drills pass their own database). Searching and counting run in a
worker on their own connection (see ``registry_model``); every change is written on the UI thread
through the Registry, shown at once, then the table and dashboard are refreshed and a periodic
verified backup is taken when one is due. People marked "do not disclose" are found by their card
ID only, shown in the table without name, area, household or free text (``disclosure.listed``) and
never named anywhere else (dashboard, household list, status line); their own record, opened from
their row, shows everything.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.backup import Backup, backup_if_due
from evac_toolkit.core.registry.desk_duplicates import DeskDuplicate, registered_already
from evac_toolkit.core.registry.disclosure import looks_like_card
from evac_toolkit.core.registry.health import explained
from evac_toolkit.core.registry.store import Evacuee, Registry
from evac_toolkit.ui import worker
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.registry.dashboard import DashboardPanel
from evac_toolkit.ui.registry.file_dialogs import RegistryFiles
from evac_toolkit.ui.registry.form import EvacueeDialog, ShelterDialog
from evac_toolkit.ui.registry.model import (
    DND_MARK,
    ROW_HEIGHT,
    SEARCH_LIMIT,
    EvacueeModel,
    Labels,
    LanguageDelegate,
    Query,
    run_search,
)
from evac_toolkit.ui.registry.transfer_dialogs import RegistryTransfers
from evac_toolkit.ui.theme import TOUCH_TARGET_PX
from evac_toolkit.ui.widgets.empty_state import set_empty_text

SEARCH_DELAY_MS = 150
#: Starting widths; the needs column takes the rest. Narrow enough that on a 1024×600 netbook
#: the needs (an injury, halal, an allergy) are on screen without scrolling sideways.
COLUMN_WIDTHS = {EvacueeModel.CARD: 76, EvacueeModel.NAME: 150, EvacueeModel.LANGUAGE: 130,
                 EvacueeModel.ABILITY: 90, EvacueeModel.INTERPRETER: 56,
                 EvacueeModel.AREA: 80, EvacueeModel.STATUS: 60}


class JoinHouseholdDialog(QDialog):
    """Which household to join: the card ID of anyone already in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add to a household"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.card = QLineEdit(placeholderText="K7M2QX")
        form.addRow(_("Card ID of a household member:"), self.card)
        layout.addLayout(form)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b42318;")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(_("Cancel"))
        self.ok_button = QPushButton(_("Add"))
        self.ok_button.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)


class RegistryView(QWidget):
    #: Language codes of the people present, most speakers first.
    print_signs_requested = Signal(list)
    #: Emitted after every change written to the registry.
    registry_changed = Signal()
    #: Emitted whenever the table and, when asked for, the dashboard show fresh results.
    refreshed = Signal()
    #: A printout was written: its kind ("card", "kitchen", "handover") and the person, if one.
    printed = Signal(str, str)

    def __init__(self, registry: Registry, parent: QWidget | None = None,
                 drill: bool = False) -> None:
        super().__init__(parent)
        self.registry = registry
        #: A drill's registry: every printout carries the drill band.
        self.drill = drill
        self._detached = False
        self.ui_language = current_ui_language()
        self.labels = Labels(self.ui_language)
        self._changed_since: dt.datetime | None = None
        self._search_job: worker.Job | None = None
        self._search_again = False
        self._want_stats = False
        self._select_after: list[str] = []
        self._backup_job: worker.Job | None = None
        self._backup_again = False
        self.last_backup: Backup | None = None
        self.dialog: QDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._start_search)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(_("Registry"), objectName="viewTitle"))
        title_row.addStretch(1)
        self.summary = QLabel(styleSheet="font-size: 14pt;")
        title_row.addWidget(self.summary)
        self.files = RegistryFiles(self)
        self.transfers = RegistryTransfers(self)
        self.file_button = self._build_file_menu()
        title_row.addWidget(self.file_button)
        self.add_button = QPushButton(_("＋ Add person"), objectName="addPersonButton")
        self.add_button.setStyleSheet("font-weight: 700;")
        self.add_button.clicked.connect(self.add_person)
        title_row.addWidget(self.add_button)
        layout.addLayout(title_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_people_tab(), _("People"))
        self.dashboard = DashboardPanel(self.labels)
        self.dashboard.print_signs_clicked.connect(self.request_print_signs)
        self.dashboard.shelter_settings_clicked.connect(self.edit_shelter)
        self.tabs.addTab(self.dashboard, _("Dashboard"))
        layout.addWidget(self.tabs, 1)
        self.status = QLabel(wordWrap=True)
        layout.addWidget(self.status)
        self._update_actions()
        self.refresh()

    # -- building -----------------------------------------------------------------------------------
    def _build_people_tab(self) -> QWidget:
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search = QLineEdit(placeholderText=_("Search: name, reading or card ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH_TARGET_PX)
        self.search.textChanged.connect(self.schedule_search)
        self.language_filter = QComboBox()
        self.language_filter.addItem(_("All languages"), None)
        for code, language in self.labels.languages.items():
            self.language_filter.addItem(self.labels.language_name(code), code)
            self.language_filter.setItemData(self.language_filter.count() - 1,
                                             language.native,
                                             Qt.ItemDataRole.ToolTipRole)
        self.need_filter = QComboBox()
        self.need_filter.addItem(_("All needs"), None)
        self.need_filter.addItem(_("Interpreter needed"), "interpreter")
        kinds = {"diets": _("Diet: %1"), "allergens": _("Allergy: %1"),
                 "medical": _("Medical: %1")}
        for kind, template in kinds.items():
            self.need_filter.insertSeparator(self.need_filter.count())
            for code in self.labels.codes[kind]:
                self.need_filter.addItem(template.replace("%1", self.labels.short(kind, code)),
                                         f"{kind}:{code}")
        for combo in (self.language_filter, self.need_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMaxVisibleItems(16)
            combo.currentIndexChanged.connect(self.schedule_search)
        self.present_only = QCheckBox(_("Present only"))
        self.present_only.setMinimumHeight(TOUCH_TARGET_PX)
        self.present_only.toggled.connect(self.schedule_search)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.need_filter, 1)
        filters.addWidget(self.present_only)
        tab_layout.addLayout(filters)

        self.model = EvacueeModel(self.labels, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(EvacueeModel.LANGUAGE,
                                            LanguageDelegate(self.labels, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # fast with 50,000 rows
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EvacueeModel.NEEDS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        # Double-click or Enter edits. Not ``activated``: with single-click activation (some
        # desktops) selecting a row before "Check out" would open the form.
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        set_empty_text(self.table, self.empty_text())
        tab_layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(_("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.check_button = QPushButton(_("Check out"))
        self.check_button.clicked.connect(self.toggle_presence)
        self.status_combo = QComboBox()
        for status in codes.STATUSES:
            self.status_combo.addItem(self.labels.label("status", status), status)
        self.status_combo.setToolTip(_("Status of the selected people"))
        self.status_combo.activated.connect(
            lambda index: self.set_status(self.status_combo.itemData(index)))
        self.shown = QLabel()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.status_combo)
        actions.addStretch(1)
        actions.addWidget(self.shown)
        tab_layout.addLayout(actions)

        household = QHBoxLayout()
        household.addWidget(QLabel(_("Household:")))
        self.household_members = QLabel()
        self.household_members.setWordWrap(True)
        household.addWidget(self.household_members, 1)
        self.new_household_button = QPushButton(_("New household from selected"))
        self.new_household_button.clicked.connect(lambda: self.create_household())
        self.join_household_button = QPushButton(_("Add to household…"))
        self.join_household_button.clicked.connect(self.join_household_clicked)
        self.leave_household_button = QPushButton(_("Remove from household"))
        self.leave_household_button.clicked.connect(lambda: self.leave_household())
        household.addWidget(self.new_household_button)
        household.addWidget(self.join_household_button)
        household.addWidget(self.leave_household_button)
        tab_layout.addLayout(household)
        return tab

    def _build_file_menu(self) -> QPushButton:
        """CSV import and export, printouts and backups (see ``registry_io``)."""
        button = QPushButton(_("File"), objectName="registryFileButton")
        button.setToolTip(_("Import a list (Excel, CSV), export CSV, print needs cards and sheets, "
                                  "back up"))
        menu = QMenu(button)
        menu.setStyleSheet(f"QMenu::item {{ min-height: {TOUCH_TARGET_PX - 24}px; "
                           "padding: 12px 32px 12px 20px; }")    # touch-sized items
        files = self.files
        self.file_actions = {
            "import": menu.addAction(_("Import a list (Excel, CSV)…"), files.open_import),
            "export": menu.addAction(_("Export CSV…"), files.open_export),
        }
        menu.addSeparator()
        self.file_actions.update(
            card=menu.addAction(_("Needs card…"), files.choose_card),
            kitchen=menu.addAction(_("Kitchen sheet…"), files.choose_kitchen),
            handover=menu.addAction(_("Hand-over sheet…"), files.choose_handover))
        menu.addSeparator()
        self.file_actions.update(
            backup=menu.addAction(_("Back up now"), files.back_up_now),
            restore=menu.addAction(_("Restore a backup…"), files.choose_restore))
        self.file_actions.update(self.transfers.add_actions(menu))
        # The card is one person's: enabled while exactly one person is selected.
        menu.aboutToShow.connect(
            lambda: self.file_actions["card"].setEnabled(len(self.selected_ids()) == 1))
        button.setMenu(menu)
        return button

    # -- searching ----------------------------------------------------------------------------------
    def query(self) -> Query:
        return Query(self.search.text(), self.language_filter.currentData(),
                     self.need_filter.currentData(), self.present_only.isChecked())

    def schedule_search(self, *_args) -> None:
        """Search after a short pause, so typing a name does not search at every character."""
        self._timer.start()

    def refresh(self, with_stats: bool = True) -> None:
        """Search again now (and recount the dashboard): after every change."""
        self._want_stats = self._want_stats or with_stats
        self._timer.stop()
        self._start_search()

    def idle(self) -> bool:
        """True when no search is waiting or running: the table shows the current filters."""
        return not self._timer.isActive() and self._search_job is None and \
            not self._search_again

    def detach(self) -> None:
        """The owner is about to close the registry (a drill starts or ends and every view is
        rebuilt): results still on their way are dropped instead of reading a closed file."""
        self._detached = True
        self._timer.stop()

    def _start_search(self) -> None:
        if self._detached:
            return
        if self._search_job is not None:
            self._search_again = True       # one search at a time; the newest filters win
            return
        query, with_stats, path = self.query(), self._want_stats, self.registry.path
        self._want_stats = False
        # The dashboard comes from the owner's registry, whose counts each change keeps
        # current (a fresh reader would count 50,000 people again).
        self._search_job = worker.Job(lambda progress: (run_search(path, query, False)[0],
                                                        with_stats))
        self._search_job.signals.finished.connect(self._on_results)
        self._search_job.signals.failed.connect(self._on_search_failed)
        worker.start(self._search_job)

    def _on_results(self, result) -> None:
        self._search_job = None
        if self._detached:
            return
        rows, with_stats = result
        stats = self.registry.stats() if with_stats else None
        more = len(rows) > SEARCH_LIMIT
        rows = rows[:SEARCH_LIMIT]
        keep = self._select_after or self.selected_ids()
        self._select_after = []
        self.model.set_rows(rows)
        set_empty_text(self.table, self.empty_text())
        self.select_ids(keep)
        if stats is not None:
            self.dashboard.show_stats(stats)
            self.summary.setText(self.dashboard.present_label.text())
        self.shown.setText((ngettext("First {n} shown: type more of a name to narrow the search",
                                     "First {n} shown: type more of a name to narrow the search",
                                     len(rows)) if more
                            else ngettext("{n} person shown", "{n} people shown", len(rows)))
                           .format(n=len(rows)))
        self._update_actions()
        if self._search_again:
            self._search_again = False
            self._start_search()
        self.refreshed.emit()

    def _on_search_failed(self, error: object) -> None:
        self._search_job = None
        self._show_error(error)
        if self._search_again:
            self._search_again = False
            self._start_search()

    def empty_text(self) -> str:
        """What an empty table says: how to register people, or that the filters hide them."""
        query = self.query()
        if query.text.strip() or query.language or query.need or query.present_only:
            return _("No one matches the search and filters. Clear the search box or "
                           "choose “All languages” and “All needs”.")
        return _("No one is registered yet. Press “＋ Add person” to register someone, "
                       "or File → Import a list (Excel, CSV)… to load a list from a spreadsheet.")

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            self.model._sort = None
            self.refresh(with_stats=False)
        else:
            self.model.sort(column, order)

    # -- selection ----------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.evacuee(row).id for row in rows if row < self.model.rowCount()]

    def selected(self) -> list[Evacuee]:
        return [self.model.evacuee(self.model.row_of(i)) for i in self.selected_ids()]

    def current(self) -> Evacuee | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.evacuee(index.row())
        chosen = self.selected()
        return chosen[0] if chosen else None

    def select_ids(self, ids: list[str]) -> None:
        rows = [row for row in (self.model.row_of(i) for i in ids) if row is not None]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _update_actions(self) -> None:
        chosen = self.selected()
        person = self.current()
        some = bool(chosen)
        self.edit_button.setEnabled(len(chosen) == 1)
        self.check_button.setEnabled(some)
        self.status_combo.setEnabled(some)
        present = person is None or person.status == "present"
        self.check_button.setText(_("Check out") if present else _("Check in"))
        if person:
            self.status_combo.setCurrentIndex(self.status_combo.findData(person.status))
        self.new_household_button.setEnabled(some)
        self.join_household_button.setEnabled(some)
        self.leave_household_button.setEnabled(any(p.household_id for p in chosen))
        self._show_household(person)

    def _show_household(self, person: Evacuee | None) -> None:
        # A protected person's household is not shown in the table (it would name the family
        # they may be hiding from or with), and nobody's household names them.
        if person is None or person.do_not_disclose or not person.household_id:
            self.household_members.setText("—" if person is None or person.do_not_disclose
                                           else _("not in a household"))
            return
        members = self.registry.household_members(person.household_id)
        self.household_members.setText("、 ".join(self.public_name(m) for m in members
                                                  if not m.do_not_disclose))

    def public_name(self, person: Evacuee) -> str:
        """How a person is named outside their own row: never by name if not to be disclosed."""
        if person.do_not_disclose:
            return f"{DND_MARK}\u00a0{person.card_id}"
        name = person.display_name or person.name_reading or _("(no name given)")
        return f"{name}\u00a0({person.card_id})"

    # -- changes ------------------------------------------------------------------------------------
    def _after_change(self, people: list[Evacuee], news: str = "") -> None:
        for person in people:
            self.model.replace(person)
        self._changed_since = self._changed_since or dt.datetime.now()
        self.status.setText(news)
        self._update_actions()
        self.refresh(with_stats=True)
        self.backup_if_due()
        self.registry_changed.emit()

    def _show_error(self, error: object) -> None:
        self.status.setText(gui_problem(error, self.ui_language))

    def _guarded(self, action) -> bool:
        """``action``'s writes as one transaction, taken at once or said busy (an import run
        beside the window must not freeze it); a problem said in one line, nothing written."""
        try:
            with self.registry.write_now():
                action()
        except UserError as error:
            self._show_error(error)
            self.refresh(with_stats=True)
            return False
        except (*sqlite_open.Error, OSError) as error:
            # A full disk or damage found while writing: said, the change rolled back.
            if not explained(error):
                raise
            self._show_error(error)
            self.refresh(with_stats=True)
            return False
        return True

    def add_person(self) -> EvacueeDialog:
        """Open the form for a new person (not modal to the event loop: tests fill it in)."""
        dialog = EvacueeDialog(self.labels, self._store_new, duplicate=self._duplicate_card,
                               parent=self)
        self._open(dialog)
        return dialog

    def _store_new(self, values: dict) -> None:
        with self.registry.write_now():         # busy: said in the form, what was typed kept
            person = self.registry.add(values)
        self._select_after = [person.id]
        self._after_change([], _("Added: card %1").replace("%1", person.card_id))

    def _duplicate_card(self, values: dict) -> DeskDuplicate | None:
        return registered_already(self.registry, values)

    def edit_selected(self) -> EvacueeDialog | None:
        person = self.current()
        return self.edit_person(person.id) if person else None

    def edit_person(self, evacuee_id: str) -> EvacueeDialog | None:
        try:
            person = self.registry.get(evacuee_id)
        except UserError as error:
            self._show_error(error)
            return None

        def save(values: dict) -> None:
            with self.registry.write_now():
                updated = self.registry.update(person.id, values)
            self._after_change([updated], _("Saved: card %1").replace("%1",
                                                                              updated.card_id))

        dialog = EvacueeDialog(self.labels, save, evacuee=person, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def toggle_presence(self) -> None:
        """The second click of "select, then Check out" (or "Check in" for someone who left)."""
        person = self.current()
        if person is None:
            return
        if person.status == "present":
            self.set_status("left")
        else:
            self.set_status("present")

    def set_status(self, status: str) -> None:
        """Check the selected people in ("present") or out ("left", "transferred")."""
        targets = [p for p in self.selected() if p.status != status]
        if not targets:
            return
        changed: list[Evacuee] = []

        def write() -> None:
            for person in targets:
                changed.append(self.registry.check_in(person.id) if status == "present"
                               else self.registry.check_out(person.id, status))

        # All of them or none (one transaction): a family checks out together.
        if not self._guarded(write):
            return
        cards = ", ".join(p.card_id for p in changed)
        news = {"present": _("Checked in: %1"), "left": _("Checked out: %1"),
                "transferred": _("Transferred: %1")}[status].replace("%1", cards)
        self._after_change(changed, news)

    # -- households ---------------------------------------------------------------------------------
    def create_household(self, ids: list[str] | None = None) -> str | None:
        """A new household of the selected people (or ``ids``); returns its ID."""
        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return None
        result: list[str] = []

        def write() -> None:
            household = self.registry.add_household()
            result.append(household)
            for evacuee_id in ids:
                self.registry.update(evacuee_id, {"household_id": household})

        if self._guarded(write):
            self._after_change([self.registry.get(i) for i in ids],
                               ngettext("New household of {n} person", "New household of {n} people", len(ids))
                               .format(n=len(ids)))
        return result[0] if result else None

    def join_household(self, household_id: str, ids: list[str] | None = None) -> None:
        ids = ids if ids is not None else self.selected_ids()

        def write() -> None:
            for evacuee_id in ids:
                self.registry.update(evacuee_id, {"household_id": household_id})

        if ids and self._guarded(write):
            self._after_change([self.registry.get(i) for i in ids],
                               ngettext("Added to the household: {n} person", "Added to the household: {n} people",
                                        len(ids)).format(n=len(ids)))

    def join_household_clicked(self) -> JoinHouseholdDialog | None:
        """Selected people join the one household among them, or one named by a card ID."""
        chosen = self.selected()
        households = {p.household_id for p in chosen if p.household_id}
        if len(households) == 1 and any(not p.household_id for p in chosen):
            self.join_household(households.pop(), [p.id for p in chosen if not p.household_id])
            return None
        ids = [p.id for p in chosen]
        dialog = JoinHouseholdDialog(self)

        def accept() -> None:
            card = looks_like_card(dialog.card.text()) or dialog.card.text().strip()
            try:
                member = self.registry.get(card)
            except UserError as error:
                dialog.error.setText(gui_message(error.code, self.ui_language, **error.params))
                return
            household = member.household_id or self.create_household([member.id])
            if household:
                self.join_household(household, [i for i in ids if i != member.id])
            dialog.accept()

        dialog.ok_button.clicked.connect(accept)
        self._open(dialog)
        return dialog

    def leave_household(self, ids: list[str] | None = None) -> None:
        ids = ids if ids is not None else self.selected_ids()

        def write() -> None:
            for evacuee_id in ids:
                self.registry.update(evacuee_id, {"household_id": None})

        if ids and self._guarded(write):
            self._after_change([self.registry.get(i) for i in ids],
                               ngettext("Removed from the household: {n} person",
                                        "Removed from the household: {n} people", len(ids))
                               .format(n=len(ids)))

    # -- shelter, signs, backups --------------------------------------------------------------------
    def edit_shelter(self) -> ShelterDialog:
        dialog = ShelterDialog(self.registry.shelter(), self)

        def save() -> None:
            if self._guarded(lambda: self.registry.set_shelter(**dialog.values())):
                self._after_change([], _("Shelter settings saved."))

        dialog.accepted.connect(save)
        self._open(dialog)
        return dialog

    def request_print_signs(self) -> None:
        self.print_signs_requested.emit(self.registry.languages_present())

    def backup_if_due(self) -> None:
        """The periodic verified backup, in a worker (a copy of 50,000 people takes a moment)."""
        if self._changed_since is None:
            return
        if self._backup_job is not None:
            self._backup_again = True
            return
        path, since = self.registry.path, self._changed_since
        self._backup_job = worker.Job(lambda progress: backup_if_due(path, since))
        self._backup_job.signals.finished.connect(self._on_backup)
        self._backup_job.signals.failed.connect(self._on_backup_failed)
        worker.start(self._backup_job)

    def _on_backup(self, backup: Backup | None) -> None:
        self._backup_job = None
        if backup is not None:
            self.last_backup = backup
            if not self._backup_again:
                self._changed_since = None     # changes made during the copy wait for the next
        if self._backup_again:
            self._backup_again = False
            self.backup_if_due()

    def _on_backup_failed(self, error: object) -> None:
        self._backup_job = None
        self._backup_again = False
        self._show_error(error)
