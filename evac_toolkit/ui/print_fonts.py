"""Print fonts missing at start (a cleared cache): prepared once, with a visible progress dialog.

A bundle carries the instances and a source install prepares them in its install step, so this
runs only when the cache was cleared. Left alone, the first sign preview would derive them
silently for minutes under a stale "no sign chosen"; here the volunteer sees what happens and
how far it is. The work runs in worker processes (``fonts.prepare``) started from a worker
thread, so the window keeps painting.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QProgressDialog, QWidget

from evac_toolkit.core import fonts
from evac_toolkit.core.i18n import _
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.ui import i18n, worker


class PrintFontPreparation(QObject):
    """Looks for missing print fonts in a worker; when some are missing, shows a progress
    dialog over ``window`` and derives them. ``finished`` is emitted in every case, once."""

    finished = Signal()

    def __init__(self, window: QWidget, families: Iterable[str] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.families = list(families) if families is not None else None
        self.dialog: QProgressDialog | None = None
        self.ui = i18n.current_ui_language()

    def start(self) -> worker.Job:
        # Looking is done off the UI thread too: reading every font's axes takes ~0.1 s.
        job = worker.Job(self._work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        return worker.start(job)

    def _work(self, progress) -> list:
        todo = fonts.missing_instances(self.families)
        if not todo:
            return []
        progress(0, len(todo), "")   # the dialog opens before the slow part starts
        return fonts.prepare(self.families, progress=progress)

    def _progress(self, done: int, total: int, _name: str) -> None:
        if self.dialog is None:
            self.dialog = self._make_dialog()
        if done:                 # until the first font is ready the bar shows it is busy
            self.dialog.setRange(0, total)
            self.dialog.setValue(done)

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setWindowTitle(_("Preparing print fonts"))
        label = QLabel()
        label.setWordWrap(True)
        dialog.setLabel(label)
        dialog.setLabelText(_("Preparing the fonts for printing signs and booklets. This "
                                    "happens only once on this computer and can take a few "
                                    "minutes."))
        bar = QProgressBar()
        bar.setFormat("%v / %m")
        dialog.setBar(bar)
        dialog.setRange(0, 0)
        # Two or three lines of text; far inside the smallest screen (1024 px).
        dialog.setFixedWidth(480)
        dialog.setCancelButton(None)
        # Printing needs these fonts, and a print started meanwhile would derive them again.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit()

    def _done(self, _result: object) -> None:
        self._close()

    def _failed(self, error: object) -> None:
        self._close()
        reason = gui_problem(error, self.ui)
        QMessageBox.warning(self.window, _("Preparing print fonts"), _(
            "The print fonts could not be prepared: %1\nPrinting will try again when it "
            "needs them.").replace("%1", reason))


def prepare_missing_print_fonts(window: QWidget, families: Iterable[str] | None = None
                                ) -> PrintFontPreparation:
    """Start looking for missing print fonts (and preparing them, in view) for ``window``."""
    preparation = PrintFontPreparation(window, families)
    preparation.start()
    return preparation
