"""Signs: choose signs or fill a notice, choose languages and paper, preview the real PDF, print.

The preview is the PDF that will be printed, rendered by PDFium in a worker; a change of
selection, language or paper re-renders it after a short pause so typing stays smooth.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.language_names import language_name
from evac_toolkit.core.languages import catalog, display_name
from evac_toolkit.core.memory import give_back_freed_memory
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.printing.preview import PageImage, render_page
from evac_toolkit.core.printing.sheets import PageSetup, Sheet, write_sheets
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.settings import Settings
from evac_toolkit.core.signs import (
    CATEGORIES,
    MAX_LANGUAGES,
    list_signs,
    notice_sheet,
    resolve_languages,
    sign_sheet,
    slot_label,
    template_with_labels,
)
from evac_toolkit.ui import worker
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.pdf_printer import paint_pdf, to_qimage
from evac_toolkit.ui.signs.place_editor import PlaceEditor

PREVIEW_DELAY_MS = 150


class LanguagePicker(QListWidget):
    """Checkable languages, each name in its own script; Japanese always on; at most six."""

    changed = Signal()

    def __init__(self, initial: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setSpacing(2)   # Burmese and Sinhala stack marks above and below the line
        for language in catalog():
            item = QListWidgetItem(language.native)
            item.setToolTip(display_name(language, current_ui_language()))
            item.setData(Qt.ItemDataRole.UserRole, language.code)
            item.setFont(qfont(language.font, 12))
            item.setCheckState(Qt.CheckState.Checked if language.code in initial or
                               language.code == "ja" else Qt.CheckState.Unchecked)
            if language.code == "ja":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        self.itemChanged.connect(self._on_changed)
        self._enforce_limit()
        # Every name whole: the widest, its check box and a scroll bar.
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth()
                             + self.verticalScrollBar().sizeHint().width() + 8)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, code: str, checked: bool = True) -> bool:
        """Check or uncheck ``code`` as a click would; False when the limit forbids it."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) != code:
                continue
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                return False
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return True
        return False

    def _on_changed(self, _item: QListWidgetItem) -> None:
        self._enforce_limit()
        self.changed.emit()

    def _enforce_limit(self) -> None:
        """At six languages the unchecked ones grey out: the QR code carries the rest."""
        full = len(self.codes()) >= MAX_LANGUAGES
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == "ja":
                continue
            enabled = not full or item.checkState() == Qt.CheckState.Checked
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled
                          else flags & ~Qt.ItemFlag.ItemIsEnabled)
        self.blockSignals(False)


class SignsView(QWidget):
    #: Sheets were saved or sent to the printer, in these languages (a drill logs it).
    printed = Signal(list)

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None,
                 present_languages: list[str] | None = None, drill: bool = False) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        #: While a drill runs every sheet carries the drill band, the preview included.
        self.drill = drill
        self.ui_language = current_ui_language()
        self.bank = user_bank(data_dir)
        self._preview_job: worker.Job | None = None
        self._save_job: worker.Job | None = None
        self._preview_again = False
        self._showing_error = False
        self.last_pdf: bytes | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(QLabel(_("Signs and notices"), objectName="viewTitle"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        # -- left: what to print ----------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_signs_tab(), _("Signs"))
        self.tabs.addTab(self._build_notice_tab(), _("Notice"))
        self.tabs.currentChanged.connect(self.schedule_preview)
        splitter.addWidget(self.tabs)

        # -- middle: languages and paper --------------------------------------------------------
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(8, 0, 8, 0)
        languages_label = QLabel(_("Languages (Japanese always, up to 6):"))
        languages_label.setWordWrap(True)       # the column may be narrow on a small screen
        options_layout.addWidget(languages_label)
        # The people present (from the registry) decide, else the coordinator's preset.
        initial = (["ja", *present_languages][:MAX_LANGUAGES] if present_languages
                   else settings.preset_languages)
        self.languages = LanguagePicker(initial)
        self.languages.changed.connect(self.schedule_preview)
        options_layout.addWidget(self.languages, 1)
        paper_form = QFormLayout()
        paper_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        self.orientation = QComboBox()
        self.orientation.addItem(_("Portrait"), "portrait")
        self.orientation.addItem(_("Landscape"), "landscape")
        self.paper.currentIndexChanged.connect(self.schedule_preview)
        self.orientation.currentIndexChanged.connect(self.schedule_preview)
        paper_form.addRow(_("Paper:"), self.paper)
        paper_form.addRow(_("Orientation:"), self.orientation)
        options_layout.addLayout(paper_form)
        splitter.addWidget(options)

        # -- right: preview and actions ---------------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("signPreview")
        self.preview.setMinimumSize(200, 200)
        self.preview.setWordWrap(True)          # its empty-state text, not a wider window
        self.preview.setMargin(12)
        self.preview.setStyleSheet("background: #d9dde3; color: #333;")
        self.preview.setText(_("Preparing the preview…"))
        self.preview.setSizePolicy(self.preview.sizePolicy().Policy.Ignored,
                                   self.preview.sizePolicy().Policy.Ignored)
        right_layout.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        right_layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(_("Print…"), objectName="printSignsButton")
        self.save_button = QPushButton(_("Save PDF…"), objectName="saveSignsPdfButton")
        self.print_button.clicked.connect(self._choose_printer)
        self.save_button.clicked.connect(self._choose_pdf)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([420, 240, 400])
        for index, stretch in enumerate((5, 0, 3)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)

        self._fill_signs()
        self.schedule_preview()

    # -- signs tab --------------------------------------------------------------------------------
    def _build_signs_tab(self) -> QWidget:
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search = QLineEdit(placeholderText=_("Search (Japanese or English)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_signs)
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(6)
        self.category.addItem(_("All categories"), None)
        names = {"facility": _("Facilities"), "rule": _("Rules"),
                 "promise": _("The shelter's promise"),
                 "emergency": _("Emergencies")}
        for category in CATEGORIES:
            self.category.addItem(names[category], category)
        self.category.currentIndexChanged.connect(self._fill_signs)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)
        tab_layout.addLayout(filters)
        self.sign_list = QListWidget()
        self.sign_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sign_list.itemChanged.connect(lambda _item: self._on_checked())
        self.sign_list.currentItemChanged.connect(lambda *_: self._current_changed())
        tab_layout.addWidget(self.sign_list, 1)
        row = QHBoxLayout()
        select_all = QPushButton(_("Check all shown"))
        clear = QPushButton(_("Uncheck all"))
        select_all.clicked.connect(lambda: self._check_all(True))
        clear.clicked.connect(lambda: self._check_all(False))
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        row.addWidget(select_all)
        row.addWidget(clear)
        row.addStretch(1)
        tab_layout.addLayout(row)
        tab_layout.addWidget(self.chosen_label)
        self._checked: list[str] = []
        return tab

    def _beside(self, info) -> str:
        """Beside the Japanese title: the sign's title in the interface language when that is
        not Japanese and the content has it (a Vietnamese helper reads Vietnamese), else English."""
        own = self.bank.text(self.ui_language, info.id) if self.ui_language != "ja" else None
        return own or info.english

    def _fill_signs(self) -> None:
        self.sign_list.blockSignals(True)
        self.sign_list.clear()
        for info in list_signs(self.bank, self.category.currentData(), self.search.text()):
            item = QListWidgetItem(f"{info.pictogram}  {info.japanese}  —  {self._beside(info)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setCheckState(Qt.CheckState.Checked if info.id in self._checked
                               else Qt.CheckState.Unchecked)
            item.setToolTip(info.id)
            self.sign_list.addItem(item)
        self.sign_list.blockSignals(False)
        if self.sign_list.count():
            self.sign_list.setCurrentRow(0)
        self._show_chosen()
        self.schedule_preview()        # the sign on show may have changed, or none be left

    def _current_changed(self) -> None:
        self._show_chosen()
        self.schedule_preview()

    def _on_checked(self) -> None:
        shown = {self.sign_list.item(i).data(Qt.ItemDataRole.UserRole): self.sign_list.item(i)
                 for i in range(self.sign_list.count())}
        for sign_id, item in shown.items():
            checked = item.checkState() == Qt.CheckState.Checked
            if checked and sign_id not in self._checked:
                self._checked.append(sign_id)
            elif not checked and sign_id in self._checked:
                self._checked.remove(sign_id)
        self._show_chosen()

    def _check_all(self, checked: bool) -> None:
        self.sign_list.blockSignals(True)
        for i in range(self.sign_list.count()):
            self.sign_list.item(i).setCheckState(Qt.CheckState.Checked if checked
                                                 else Qt.CheckState.Unchecked)
        self.sign_list.blockSignals(False)
        self._on_checked()

    def check_signs(self, sign_ids: list[str]) -> None:
        """Check these signs (as a user would), in this order."""
        self._checked = list(sign_ids)
        self._fill_signs()

    def checked_signs(self) -> list[str]:
        return list(self._checked)

    def _show_chosen(self) -> None:
        """What Print and Save PDF will print: the ticked signs, else the one on show."""
        if self._checked:
            text = ngettext("{n} sign ticked: it is printed.", "{n} signs ticked: these are printed.",
                            len(self._checked)).format(n=len(self._checked))
        elif self.sign_list.currentItem() is not None:
            text = _("None ticked: the sign shown is printed. Tick signs to print several.")
        else:
            text = _("No sign chosen.")
        self.chosen_label.setText(text)

    # -- notice tab -------------------------------------------------------------------------------
    def _build_notice_tab(self) -> QWidget:
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        self.template = QComboBox()
        # Long Japanese templates would otherwise widen the whole window past a laptop screen.
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(16)
        # In the interface language (English where the content has no text in it), each slot
        # named by its label: 食事は［時刻］に［場所］で….
        for notice in self.bank.notices:
            shown = self.ui_language if self.bank.text(self.ui_language, notice["id"]) else "en"
            text = template_with_labels(self.bank, notice["id"], shown, self.ui_language)
            self.template.addItem(f"{notice.get('pictogram', '')}  {text}", notice["id"])
            self.template.setItemData(self.template.count() - 1, text,
                                      Qt.ItemDataRole.ToolTipRole)
        self.template.currentIndexChanged.connect(self._build_slot_editors)
        tab_layout.addWidget(self.template)
        self.slot_form = QFormLayout()
        tab_layout.addLayout(self.slot_form)
        tab_layout.addStretch(1)
        self.slot_editors: dict[str, QWidget] = {}
        self._build_slot_editors()
        return tab

    def _build_slot_editors(self) -> None:
        while self.slot_form.rowCount():
            self.slot_form.removeRow(0)
        self.slot_editors = {}
        notice = self.bank.notices[self.template.currentIndex()]
        for name, kind in notice.get("slots", {}).items():
            if kind == "time":
                editor = QTimeEdit(QTime(18, 0))
                editor.setDisplayFormat("HH:mm")
                editor.timeChanged.connect(self.schedule_preview)
            elif kind == "date":
                editor = QDateEdit(QDate.currentDate())
                editor.setCalendarPopup(True)
                editor.setDisplayFormat("yyyy-MM-dd")
                editor.dateChanged.connect(self.schedule_preview)
            elif kind == "number":
                editor = QSpinBox()
                editor.setRange(0, 99_999)
                editor.setValue(3)
                editor.valueChanged.connect(self.schedule_preview)
            else:
                editor = PlaceEditor(self.bank, self.ui_language)
                editor.changed.connect(self.schedule_preview)
            self.slot_editors[name] = editor
            self.slot_form.addRow(self._slot_label(name) + _(":"), editor)
        self.schedule_preview()

    def _slot_label(self, name: str) -> str:
        return slot_label(self.bank, name, self.ui_language)

    def slot_values(self) -> dict[str, str]:
        values = {}
        for name, editor in self.slot_editors.items():
            if isinstance(editor, QTimeEdit):
                values[name] = editor.time().toString("HH:mm")
            elif isinstance(editor, QDateEdit):
                values[name] = editor.date().toString("yyyy-MM-dd")
            elif isinstance(editor, QSpinBox):
                values[name] = str(editor.value())
            elif isinstance(editor, PlaceEditor):
                values[name] = editor.value()
            else:
                values[name] = editor.text()
        return values

    def slot_readings(self) -> dict[str, str]:
        """The readings in Latin letters of typed places, by slot."""
        return {name: editor.reading_text() for name, editor in self.slot_editors.items()
                if isinstance(editor, PlaceEditor) and editor.reading_text()}

    def choose_notice(self, notice_id: str) -> None:
        self.tabs.setCurrentIndex(1)
        self.template.setCurrentIndex(self.template.findData(notice_id))

    # -- building sheets --------------------------------------------------------------------------
    def setup(self) -> PageSetup:
        return PageSetup(self.paper.currentText(), self.orientation.currentData())

    def sheets(self, preview: bool = False) -> list[Sheet]:
        """The sheets to print; for the preview, the current sign only. Raises UserError."""
        languages = resolve_languages(self.languages.codes())
        if self.tabs.currentIndex() == 1:
            return [notice_sheet(self.bank, self.template.currentData(), self.slot_values(),
                                 languages, drill=self.drill, readings=self.slot_readings())]
        current = self.sign_list.currentItem()
        shown = [current.data(Qt.ItemDataRole.UserRole)] if current else []
        if preview:
            ids = shown or self._checked[:1]
        else:
            # The ticked signs; with none ticked, the one the user is looking at.
            ids = self._checked or shown
        if not ids:
            raise UserError("no_signs_chosen")
        return [sign_sheet(self.bank, sign_id, languages, drill=self.drill) for sign_id in ids]

    # -- preview ----------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        if self._preview_job is not None:
            self._preview_again = True   # one render at a time; the newest settings win
            return
        if self.tabs.currentIndex() == 0 and self.sign_list.currentItem() is None \
                and not self._checked:
            self._show_empty()
            return
        try:
            sheets, setup = self.sheets(preview=True), self.setup()
        except UserError as error:
            self._show_error(error)
            return
        # The whole page fits the preview area, whichever side limits it.
        page_w, page_h = setup.size
        width = max(200, int(min(self.preview.width() - 16,
                                 (self.preview.height() - 16) * page_w / page_h)))

        def render(progress):
            data, _ = write_sheets(sheets, None, setup)
            return data, render_page(data, 0, width_px=width)

        self._preview_job = worker.Job(render)
        self._preview_job.signals.finished.connect(self._on_preview)
        self._preview_job.signals.failed.connect(self._on_preview_failed)
        worker.start(self._preview_job)

    def _on_preview(self, result: tuple[bytes, PageImage]) -> None:
        self._preview_job = None
        data, page = result
        self.last_pdf = data
        self.preview.setPixmap(QPixmap.fromImage(to_qimage(page)))
        # The layout's many short-lived objects are freed by now: hand their pages back.
        give_back_freed_memory()
        if self._showing_error:    # a good preview answers the error, not "saved" news
            self.status.setText("")
            self._showing_error = False
        self._set_actions_enabled(True)
        self._again()

    def _on_preview_failed(self, error: object) -> None:
        self._preview_job = None
        self._show_error(error)
        self._again()

    def _again(self) -> None:
        if self._preview_again:
            self._preview_again = False
            self.schedule_preview()

    def _show_empty(self) -> None:
        """Nothing to preview: say what to do, in the preview's place."""
        if self.sign_list.count() == 0:
            text = _("No sign matches the search. Clear the search box or choose "
                           "“All categories”.")
        else:
            text = _("Choose a sign in the list to see it here.")
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self._set_actions_enabled(False)
        if self._showing_error:
            self.status.setText("")
            self._showing_error = False

    def explain(self, error: UserError) -> str:
        """The view's own words for what stops a sheet (the core's messages name CLI options)."""
        params = error.params
        if error.code == "no_signs_chosen":
            return _("Choose at least one sign: select it in the list, or tick several.")
        if error.code == "slot_missing":
            return _("Fill in: %1").replace("%1", self._slot_label(params["slot"]))
        if error.code == "slot_too_long":
            return _("%1 is too long: at most %2 characters fit on the notice.").replace(
                "%1", self._slot_label(params["slot"])).replace("%2", str(params["max"]))
        if error.code == "slot_bad_value":
            return _("%1 cannot be printed as written: use plain text without { } ｜ "
                           "《 》 or line breaks.").replace("%1", self._slot_label(params["slot"]))
        if error.code == "no_text_for_language":
            return _("This has no text in %1 yet: untick %1 to print it.").replace(
                "%1", language_name(params["language"], self.ui_language))
        return gui_message(error.code, self.ui_language, **params)

    def _show_error(self, error: object) -> None:
        text = self.explain(error) if isinstance(error, UserError) else gui_problem(error,
                                                                                  self.ui_language)
        self.status.setText(text)
        self._showing_error = True
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # -- output -----------------------------------------------------------------------------------
    def _choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Save PDF"),
                                              str(Path.home() / "signs.pdf"), "PDF (*.pdf)")
        if name:
            self.save_pdf(Path(name))

    def _make_pdf(self, out: Path | None, done) -> None:
        """Build every chosen sheet in a worker, with progress; ``done(data)`` on success."""
        try:
            sheets, setup = self.sheets(), self.setup()
        except UserError as error:
            self._show_error(error)
            return
        self._set_actions_enabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(sheets))
        self._save_job = worker.Job(
            lambda progress: write_sheets(sheets, out, setup, progress=progress)[0])
        self._save_job.signals.progress.connect(lambda n, _total, _id: self.progress.setValue(n))
        self._save_job.signals.finished.connect(lambda data: self._on_made(done, data))
        self._save_job.signals.failed.connect(self._on_make_failed)
        worker.start(self._save_job)

    def save_pdf(self, out: Path) -> None:
        self._make_pdf(out, lambda _data: self.status.setText(
            gui_message("wrote", self.ui_language, path=str(out))))

    def _on_made(self, done, data) -> None:
        self._save_job = None
        self.progress.setVisible(False)
        self._set_actions_enabled(True)
        done(data)
        self.printed.emit([lang.code for lang in resolve_languages(self.languages.codes())])

    def _on_make_failed(self, error: object) -> None:
        self._save_job = None
        self.progress.setVisible(False)
        self._set_actions_enabled(True)
        if isinstance(error, OSError):
            self.status.setText(gui_message("output_unwritable", self.ui_language,
                                        path=getattr(error, "filename", "") or "",
                                        reason=error.strerror or str(error)))
        else:
            self._show_error(error)

    def _choose_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        try:
            count = len(self.sheets())
        except UserError as error:
            self._show_error(error)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = self.print_dialog(printer, count)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_dialog(self, printer, count: int):
        """The printer dialog with the sheets to print already chosen: one page per sheet."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, count))
        dialog.setFromTo(1, max(1, count))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setWindowTitle(ngettext("Print {n} sheet", "Print {n} sheets", count).format(n=count))
        return dialog

    def print_to(self, printer) -> None:
        """Print every chosen sheet on ``printer`` (a QPrinter), page by page."""
        self._make_pdf(None, lambda data: self._paint(printer, data))

    def _paint(self, printer, data: bytes) -> None:
        setup = self.setup()
        if not paint_pdf(printer, data, setup.paper, setup.orientation == "landscape"):
            self.status.setText(_("The printer could not be opened."))
            return
        self.status.setText(_("Sent to the printer."))

    # -- from the main window ---------------------------------------------------------------------
    def choose_languages(self, codes: list[str]) -> None:
        """Exactly these languages (Japanese always; the first six)."""
        wanted = ["ja", *[c for c in codes if c != "ja"]][:MAX_LANGUAGES]
        for code in list(self.languages.codes()):
            if code not in wanted:
                self.languages.set_checked(code, False)
        for code in wanted:
            self.languages.set_checked(code)
        self.schedule_preview()

    def set_evacuee_language(self, code: str | None) -> None:
        if code and code not in self.languages.codes() and \
                len(self.languages.codes()) < MAX_LANGUAGES:
            self.languages.set_checked(code)
