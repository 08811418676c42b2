"""Run long work (PDFs, font preparation, translation, imports) off the UI thread."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int, str)   # done, total, what
    finished = Signal(object)          # the function's result
    failed = Signal(object)            # the exception


#: Jobs started and not finished: a view rebuilt (language switch, drill start) while its job
#: runs must not take the job's signal object with it ("Signal source has been deleted").
_RUNNING: set[Job] = set()


class Job(QRunnable):
    """Calls ``fn(progress=callback)`` in the global thread pool; results arrive as signals."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.fn(progress=self.signals.progress.emit)
        except Exception as exc:  # reported to the UI, which explains it to the user
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            _RUNNING.discard(self)


#: How long the program, when it ends, waits for jobs still running (a preview, an import).
EXIT_WAIT_MS = 30_000


def start(job: Job) -> Job:
    if not _exit_hook_set:
        _set_exit_hook()
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job


_exit_hook_set = False


def _set_exit_hook() -> None:
    """Wait for running jobs before PySide's own exit handler destroys the application.

    That handler destroys it first and waits for the thread pool after, so a job left running
    when the window closed (a preview, an import) went on without an application: its signals
    were deleted ("Signal source has been deleted"), and Qt objects made without an application
    can crash the process (a layout test's process once ended in a segmentation fault there).
    Registered after PySide's, so it runs before it. Jobs write atomically: this is about a
    clean exit, not about data.
    """
    global _exit_hook_set
    _exit_hook_set = True
    atexit.register(lambda: QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS))
