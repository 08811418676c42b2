"""Run long work (PDFs, font preparation, translation, imports) off the UI thread."""

from __future__ import annotations

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


def start(job: Job) -> Job:
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job
