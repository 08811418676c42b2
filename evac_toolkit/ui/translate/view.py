"""Translate: what no board covers, typed by the volunteer and translated with no network.

Curated translations come first; each card's badge says honestly how far to trust it: a prepared
translation is "not yet reviewed" until a named reviewer approved it (then "Reviewed by NAME,
DATE"), machine output is badged as such, with its route ("direct (M2M-100 418M)", "via English
(Argos)"), and shown with the original beside it. Translation runs in a worker (the first use of
a pack or model loads it in the background), a long text in batches of sentences with the
progress bar moving after each; Cancel stops before the next batch. "Announce to everyone" translates one announcement into every language
present in the registry and prints it as notice sheets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.i18n import _, ngettext, pgettext
from evac_toolkit.core.languages import Language, catalog, display_name, get_language
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.ui import worker
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language
from evac_toolkit.ui.widgets.wrapped_label import WrappedLabel

#: Green only for what a named person reviewed; a draft is a calm blue, machine output orange.
BADGE_COLOURS = {"reviewed": "#1b7a3a", "draft": "#3d5a80", "curated_machine": "#8a5a00",
                 "machine": "#b35900", "machine_pivot": "#b35900", "unavailable": "#666666"}
#: A badge wider than this (pixels) wraps inside the rest of its card's first line.
LONG_BADGE = 360
#: Language pairs named in the title before the rest are counted (all are in its tooltip).
PACKS_NAMED = 3
#: Between two result cards the window draws the last one and answers clicks: a zero timer
#: let Qt build every card of a translation in one turn of the event loop.
CARD_GAP_MS = 5
#: Below this view height the chosen languages fold into one line while results are shown.
SHORT_VIEW_PX = 640
#: The text box: three lines, or two while the results need the room.
INPUT_PX, INPUT_FOLDED_PX = 92, 64


def badge_kind(result) -> str | None:
    """Which badge a result gets; None for the prepared phrase's own Japanese, which is the
    original wording rather than a translation."""
    if result.provenance != "curated":
        return result.provenance
    if result.is_content_source:
        return None
    return {"reviewed": "reviewed", "machine": "curated_machine"}.get(result.review, "draft")


def _name(language: Language, ui_language: str) -> str:
    local = display_name(language, ui_language)
    return local if local == language.native else f"{language.native} · {local}"


class StatusLine(QLabel):
    """A line of news that takes no room while it has none (the results need it on a netbook)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))


class ResultCard(QFrame):
    """One target language's result: badge, the text large in its own font, the original beside
    machine output, warnings, Copy and Full screen."""

    def __init__(self, result, original: str, ui_language: str,
                 parent: QWidget | None = None, on_packs=None) -> None:
        super().__init__(parent)
        from evac_toolkit.core.translation.service import CURATED_UNCHECKED

        self.result = result
        self.setObjectName("resultCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        language = get_language(result.target)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(_name(language, ui_language), styleSheet="font-weight: 700;"))
        kind = badge_kind(result)
        self.badge = QLabel(self.badge_text(kind) if kind else "", objectName="provenanceBadge")
        if kind:
            self.badge.setStyleSheet(f"background: {BADGE_COLOURS[kind]}; color: white; "
                                     "border-radius: 6px; padding: 2px 10px;")
        else:
            self.badge.hide()
        # A reviewer's name can be long: then the badge takes the rest of the line and wraps
        # rather than widening the window (a short badge stays one tight line).
        long_badge = self.badge.fontMetrics().horizontalAdvance(self.badge.text()) > LONG_BADGE
        self.badge.setWordWrap(long_badge)
        head.addWidget(self.badge, 1 if long_badge else 0)
        if not long_badge:
            head.addStretch(1)
        layout.addLayout(head)
        if result.provenance == "unavailable":
            reason = gui_message(result.reason, ui_language, **result.reason_params) \
                if result.reason else ""
            self.text = WrappedLabel(reason)
            layout.addWidget(self.text)
            if result.packs_needed and on_packs is not None:
                # The command line in the message is for the CLI; here, one click to the packs.
                self.packs_button = QPushButton(_("Install language packs…"))
                self.packs_button.clicked.connect(on_packs)
                layout.addWidget(self.packs_button, 0, Qt.AlignmentFlag.AlignLeft)
            return
        self.text = WrappedLabel(result.text)
        self.text.setFont(qfont(language.font, 20))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if language.direction == "rtl":
            self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.text.setAlignment(Qt.AlignmentFlag.AlignRight)
        if result.provenance in ("machine", "machine_pivot"):
            row = QHBoxLayout()
            row.addWidget(self.text, 3)
            self.original = WrappedLabel(_("Original:") + "\n" + original,
                                         styleSheet="color: #333; border-left: 3px solid #bbb; "
                                                    "padding-left: 8px;")
            self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(self.original, 2)
            layout.addLayout(row)
        else:
            layout.addWidget(self.text)
        for code in result.warnings:
            if code != CURATED_UNCHECKED:
                layout.addWidget(WrappedLabel("⚠ " + gui_message(code, ui_language),
                                              styleSheet="color: #8a3b00;"))
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(_("Copy"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(result.text))
        self.full_button = QPushButton(_("Show full screen"))
        self.full_button.clicked.connect(lambda: self.show_full_screen(original))
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.full_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def badge_text(self, kind: str) -> str:
        if kind == "reviewed":
            return (_("Reviewed by %1, %2").replace("%1", self.result.reviewer)
                    .replace("%2", self.result.reviewed_at or "?"))
        if kind == "machine":
            # Not at the top: the translation service is imported on first use (start-up).
            from evac_toolkit.core.translation.service import engine_name

            # Which engine translated it directly: a pack made for the pair, or a many-to-many
            # model by its name ("M2M-100 418M"), as the volunteer saw it in Language packs.
            return _("Machine translation, direct (%1) — may contain errors").replace(
                "%1", engine_name(self.result, current_ui_language()))
        return {
            "draft": _("Prepared translation, not yet reviewed"),
            "curated_machine": _("Stored machine translation, not checked"),
            "machine_pivot": _("Machine translation via English (Argos) — may contain errors"),
            "unavailable": _("Not available"),
        }[kind]

    def show_full_screen(self, original: str) -> QDialog:
        dialog = FullScreenText(self.result, original, self)
        dialog.showFullScreen()
        self.full_screen = dialog
        return dialog


class FullScreenText(QDialog):
    """The translation as large as the screen allows, for the evacuee to read; the original
    small below for the volunteer. Any click or key closes it."""

    def __init__(self, result, original: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = get_language(result.target)
        self.setStyleSheet("background: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        text = QLabel(result.text, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter,
                      textFormat=Qt.TextFormat.PlainText)
        text.setFont(qfont(language.font, 40))
        if language.direction == "rtl":
            text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout.addWidget(text, 1)
        small = QLabel(original, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter,
                       textFormat=Qt.TextFormat.PlainText)
        small.setStyleSheet("color: #555; font-size: 16pt;")
        layout.addWidget(small)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignCenter)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.accept()


class TranslateView(QWidget):
    #: Translations were made into these languages (a drill logs it).
    translated = Signal(list)
    open_packs_requested = Signal()
    #: Every result card of the last translation is on screen.
    results_shown = Signal()

    def __init__(self, data_dir: Path, registry_provider, parent: QWidget | None = None,
                 drill: bool = False) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.registry_provider = registry_provider
        self.drill = drill
        self.ui_language = current_ui_language()
        self.job: worker.Job | None = None
        self._cancelled = False
        self.results: list = []
        self.original = ""
        self.source_code = "ja"
        self.cards: list[ResultCard] = []
        self._pending: list = []
        self._preloaded: set[tuple[str, str]] = set()
        self._has_packs = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QHBoxLayout()
        title.addWidget(QLabel(_("Translate"), objectName="viewTitle"))
        self.packs_label = QLabel(alignment=Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
        self.packs_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title.addWidget(self.packs_label, 1)
        packs_button = QPushButton(_("Language packs…"))
        packs_button.clicked.connect(self.open_packs_requested.emit)
        title.addWidget(packs_button)
        layout.addLayout(title)

        row = QHBoxLayout()
        row.addWidget(QLabel(_("From:")))
        self.source = QComboBox()
        # Names such as "မြန်မာဘာသာ · ミャンマー語（ビルマ語）" would widen the window.
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(14)
        for language in catalog():
            self.source.addItem(_name(language, self.ui_language), language.code)
        self.source.currentIndexChanged.connect(self._source_changed)
        row.addWidget(self.source)
        row.addStretch(1)
        layout.addLayout(row)
        self.input = QPlainTextEdit()
        self.input.setFont(qfont("Noto Sans JP", 16))
        self.input.setPlaceholderText(_("Type what you want to say…"))
        # Three lines where there is room, two on a netbook's short screen.
        self.input.setMinimumHeight(INPUT_FOLDED_PX)
        self.input.setMaximumHeight(INPUT_PX)
        layout.addWidget(self.input)

        layout.addWidget(QLabel(_("Into:")))
        # On a short screen the chosen languages fold into this one line once results are shown,
        # so the results get the room (a 1024×600 netbook left them 125 px); a tap unfolds them.
        self.targets_summary = QPushButton(objectName="targetsSummary", visible=False)
        self.targets_summary.setStyleSheet("text-align: left; padding: 6px 10px;")
        self.targets_summary.clicked.connect(lambda: self._fold_targets(False))
        layout.addWidget(self.targets_summary)
        self.targets = QListWidget()
        self.targets.setFlow(QListWidget.Flow.LeftToRight)
        self.targets.setWrapping(True)
        self.targets.setSpacing(4)
        # Up to three rows of tiles (Burmese and Sinhala included); it scrolls when shorter.
        self.targets.setMinimumHeight(80)
        self.targets.setMaximumHeight(118)
        self.targets.itemChanged.connect(lambda _item: self._preload())
        layout.addWidget(self.targets)

        actions = QHBoxLayout()
        self.translate_button = QPushButton(_("Translate"), objectName="translateButton")
        self.translate_button.setStyleSheet("font-weight: 700;")
        self.translate_button.clicked.connect(self.translate)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.translate)
        self.cancel_button = QPushButton(pgettext("stop a running translation", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.announce_button = QPushButton(_("📢 Announce to everyone"))
        self.announce_button.setToolTip(_(
            "Translate into every language of the people present and print one notice."))
        self.announce_button.clicked.connect(self.announce)
        actions.addWidget(self.translate_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.announce_button)
        actions.addStretch(1)
        self.print_button = QPushButton(_("Print as notice…"))
        self.print_button.clicked.connect(self._choose_printer)
        self.save_button = QPushButton(_("Save notice (PDF)…"))
        self.save_button.clicked.connect(self._choose_pdf)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.progress = QProgressBar(visible=False)
        layout.addWidget(self.progress)
        self.status = StatusLine(wordWrap=True, visible=False)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.results_area = QScrollArea(widgetResizable=True)
        self.results_box = QWidget()
        self.results_layout = QVBoxLayout(self.results_box)
        # Until something is translated the results say what to do next.
        self.empty_hint = QLabel(wordWrap=True, objectName="emptyHint")
        self.empty_hint.setStyleSheet("color: #555; padding: 4px;")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results_layout.addWidget(self.empty_hint)
        self.results_layout.addStretch(1)
        self.results_area.setWidget(self.results_box)
        layout.addWidget(self.results_area, 1)
        self._fill_targets()
        self.refresh_packs()
        self._update_buttons()

    # -- choices ------------------------------------------------------------------------------------
    def _fill_targets(self, checked: list[str] | None = None) -> None:
        keep = checked if checked is not None else self.target_codes()
        self.targets.blockSignals(True)
        self.targets.clear()
        for language in catalog():
            if language.code == self.source_code:
                continue
            item = QListWidgetItem(language.native)
            item.setFont(qfont(language.font, 13))
            item.setToolTip(_name(language, self.ui_language))
            item.setData(Qt.ItemDataRole.UserRole, language.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if language.code in keep
                               else Qt.CheckState.Unchecked)
            self.targets.addItem(item)
        self.targets.blockSignals(False)

    def _fold_targets(self, fold: bool) -> None:
        """Show the chosen languages as one line (``fold``) or as the list of tiles."""
        if fold:
            names = []
            for code in self.target_codes():
                language = get_language(code)
                names.append(_name(language, self.ui_language))
            self.targets_summary.setText(_("%1  — tap to change").replace(
                "%1", join_list(names, self.ui_language)))
        self.input.setMaximumHeight(INPUT_FOLDED_PX if fold else INPUT_PX)
        # What goes away goes first: both shown for a moment would grow the window for good.
        (self.targets if fold else self.targets_summary).setVisible(False)
        (self.targets_summary if fold else self.targets).setVisible(True)

    def target_codes(self) -> list[str]:
        return [self.targets.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked]

    def set_targets(self, codes: list[str]) -> None:
        self._fill_targets([c for c in codes if c])
        self._preload()

    def set_source(self, code: str) -> None:
        self.source.setCurrentIndex(self.source.findData(code))

    def _source_changed(self) -> None:
        self.source_code = self.source.currentData()
        self._fill_targets()

    def set_evacuee_language(self, code: str | None) -> None:
        """The language chosen on the fingerboards is the natural first target."""
        if code and code != self.source_code and code not in self.target_codes():
            self.set_targets([code, *self.target_codes()])

    def refresh_packs(self) -> None:
        """The installed many-to-many models by name and packs by language names (all of them
        in the tooltip), and the empty results' hint, which says when only prepared phrases can
        be translated."""
        from evac_toolkit.core.translation.installed import installed_pairs, pair_names
        from evac_toolkit.core.translation.routes import installed_models

        names = [model.name for model in installed_models(self.data_dir)]
        names += [pair_names([pair], self.ui_language)
                  for pair in sorted(installed_pairs(self.data_dir))]
        shown = join_list(names[:PACKS_NAMED], self.ui_language)
        if len(names) > PACKS_NAMED:
            more = len(names) - PACKS_NAMED
            shown += ngettext(" and {n} more", " and {n} more", more).format(n=more)
        self.packs_label.setText(_("Packs: %1").replace(
            "%1", shown if names else _("none")))
        self.packs_label.setToolTip("\n".join(names))
        # Names are longer than codes: clipped rather than widening the window.
        self.packs_label.setMinimumWidth(1)
        self._has_packs = bool(names)
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        hint = _("Type what you want to say above, choose the languages to translate "
                       "into, then press Translate.")
        if not self._has_packs:
            hint += "\n" + _(
                "No language packs are installed, so only the prepared phrases can be "
                "translated. Machine translation packs are installed with the Language packs… "
                "button above.")
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(not self.cards and not self._pending)

    def _preload(self) -> None:
        """Load the first target's model in the background so the first translation is quick."""
        from evac_toolkit.core.translation.service import preload

        targets = self.target_codes()
        if not targets:
            return
        pair = (self.source_code, targets[0])
        if pair in self._preloaded:
            return
        self._preloaded.add(pair)
        data_dir = self.data_dir
        job = worker.Job(lambda progress: preload(pair[0], pair[1], data_dir))
        job.signals.failed.connect(lambda _error: self._preloaded.discard(pair))
        self._preload_job = worker.start(job)

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.translate_button.setEnabled(not busy)
        self.announce_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        has = any(r.provenance != "unavailable" for r in self.results)
        self.print_button.setEnabled(has and not busy)
        self.save_button.setEnabled(has and not busy)

    # -- translating --------------------------------------------------------------------------------
    def translate(self, targets: list[str] | None = None) -> bool:
        from evac_toolkit.core.translation.announcement import announce

        text = self.input.toPlainText().strip()
        targets = targets if isinstance(targets, list) else self.target_codes()
        if self.job is not None:
            return False
        if not text:
            self.status.setText(gui_message("translate_empty", self.ui_language))
            return False
        if not targets:
            self.status.setText(_("Choose at least one language to translate into."))
            return False
        source, data_dir = self.source_code, self.data_dir
        self._cancelled = False
        self.progress.setRange(0, 0)              # busy until the first batch reports
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(_("Translating…"))

        def work(progress):
            return announce(text, source, targets, data_dir=data_dir, progress=progress,
                            cancelled=lambda: self._cancelled)

        self.job = worker.Job(work)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_translated)
        self.job.signals.failed.connect(self._on_failed)
        worker.start(self.job)
        self._update_buttons()
        return True

    def _on_progress(self, done: int, total: int, _code: str) -> None:
        """Each language's share of the bar moves on with each batch of a long text."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel(self) -> None:
        """Stop before the next batch of sentences; the languages done are shown."""
        self._cancelled = True
        self.status.setText(_("Cancelling…"))

    def _on_translated(self, announcement) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.original = announcement.text
        self.results = list(announcement.results)
        self._show_results()
        done = [r.target for r in announcement.translated]
        if self._cancelled:
            self.status.setText(ngettext("Cancelled: {n} language translated.", "Cancelled: {n} languages translated.",
                                     len(done)).format(n=len(done)))
        else:
            missing = [get_language(r.target).native for r in announcement.missing]
            self.status.setText(
                _("Not translated (no language pack): %1").replace("%1", ", ".join(missing))
                if missing else "")
        self._update_buttons()
        if done:
            self.translated.emit(done)

    def _on_failed(self, error) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.status.setText(gui_problem(error, self.ui_language))
        self._update_buttons()

    def _show_results(self) -> None:
        """One card per event-loop turn: a card in a script not yet drawn at this size costs
        several milliseconds of font work, and eight at once stalled the window for 30-50 ms."""
        for card in self.cards:
            # Out of the layout now: deleteLater waits for the event loop's own turn, and until
            # then a hidden-but-present card would still be laid out with the new ones.
            self.results_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        self._pending = list(self.results)
        self._update_empty_hint()
        if self.results and self.height() < SHORT_VIEW_PX:
            self._fold_targets(True)
        self._add_next_card()

    def _add_next_card(self) -> None:
        if not self._pending:
            self.results_shown.emit()
            return
        card = ResultCard(self._pending.pop(0), self.original, self.ui_language,
                          on_packs=self.open_packs_requested.emit)
        self.results_layout.insertWidget(self.results_layout.count() - 1, card)
        self.cards.append(card)
        QTimer.singleShot(CARD_GAP_MS, self._add_next_card)

    def results_complete(self) -> bool:
        return len(self.cards) == len(self.results) and not self._pending

    def announce(self) -> bool:
        """Into every language of the people present (from the registry)."""
        registry = self.registry_provider()
        present = [c for c in (registry.languages_present() if registry else [])
                   if c != self.source_code]
        if not present:
            self.status.setText(_(
                "No one with a language other than the one you type in is registered as present."))
            return False
        self.set_targets(present)
        return self.translate(present)

    # -- printing -----------------------------------------------------------------------------------
    def sheets(self) -> list:
        from evac_toolkit.core.content.bank import user_bank
        from evac_toolkit.core.translation.announcement import Announcement, announcement_sheets

        announcement = Announcement(self.original, self.source_code, tuple(self.results))
        return announcement_sheets(announcement, bank=user_bank(self.data_dir),
                                   drill=self.drill)

    def _choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, _("Save notice"),
                                              str(Path.home() / "announcement.pdf"),
                                              "PDF (*.pdf)")
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, out: Path | None, done=None) -> None:
        from evac_toolkit.core.printing.sheets import PageSetup, write_sheets

        sheets = self.sheets()
        self.job = worker.Job(lambda progress: write_sheets(sheets, out, PageSetup(),
                                                            progress=progress)[0])

        def finished(data) -> None:
            self.job = None
            self._update_buttons()
            if done is not None:
                done(data)
            else:
                self.status.setText(gui_message("wrote", self.ui_language, path=str(out)))

        self.job.signals.finished.connect(finished)
        self.job.signals.failed.connect(self._on_failed)
        worker.start(self.job)
        self._update_buttons()

    def _choose_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        from evac_toolkit.ui.pdf_printer import paint_pdf

        def paint(data: bytes) -> None:
            if paint_pdf(printer, data, "A4", False):
                self.status.setText(_("Sent to the printer."))
            else:
                self.status.setText(_("The printer could not be opened."))

        self.save_pdf(None, paint)
