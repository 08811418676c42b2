"""What the Registry view's File menu (``registry_io.RegistryFiles``) needs of the view: a type
of its own, so that the File menu does not import the view that holds it (no import cycle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDialog, QLabel

    from evac_toolkit.core.registry.store import Evacuee, Registry
    from evac_toolkit.ui import worker


class RegistryHost(Protocol):
    """The Registry view, as its File menu uses it (a QWidget: dialogs' parent)."""

    registry: Registry
    ui_language: str
    #: The status line under the list, where results and errors are said.
    status: QLabel
    #: Printouts from a drill's registry say so on every page.
    drill: bool
    #: A printout was written: its kind ("card", "kitchen", "handover") and the person's ID.
    printed: SignalInstance
    registry_changed: SignalInstance
    #: The periodic backup's worker, while one runs (a restore waits for it).
    _backup_job: worker.Job | None

    def current(self) -> Evacuee | None: ...

    def idle(self) -> bool: ...

    def refresh(self, with_stats: bool = True) -> None: ...

    def _open(self, dialog: QDialog) -> None: ...

    def _after_change(self, people: list[Evacuee], news: str = "") -> None: ...
