"""Restore a backup into a registry that is open, keeping the same ``Registry`` object: the main
window and the Registry view hold it and go on with the restored file.

The connection is closed while the file is replaced (Windows cannot replace an open file, and a
connection left open would go on writing to the old one), and so are the searches' kept readers.
A backup the program cannot open (from a newer version) is undone: the registry as it was is
put back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import warm_readers
from evac_toolkit.core.registry.backup import Backup, restore
from evac_toolkit.core.registry.store import Registry


@dataclass(frozen=True)
class Restored:
    #: The registry as it was before, backed up first (None: nothing needed keeping).
    safety: Backup | None
    #: Why the registry is not the backup's now (None: it is).
    error: BaseException | None = None
    #: The file ``error`` is about when it is a file's trouble (the registry), for its wording.
    error_path: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def restore_in_place(registry: Registry, backup: Path) -> Restored:
    """Replace ``registry``'s file with ``backup`` and reopen it. The caller makes sure no
    other connection of its own (a worker's) is open on the file. Raises only when the registry
    cannot be opened again at all."""
    registry.close()
    warm_readers.close_all()         # the searches' reader too: the file is replaced
    safety = None
    error: BaseException | None = None
    error_path: Path | None = None
    try:
        safety = restore(registry.path, Path(backup))
    except (UserError, OSError, *sqlite_open.Error) as refused:
        error, error_path = refused, registry.path
    try:
        registry.reopen()
    except UserError as unusable:
        # E.g. a backup from a newer version of the program: put the registry back.
        error, error_path = unusable, None
        if safety is not None:
            restore(registry.path, safety.path)
            registry.reopen()
    return Restored(safety, error, error_path)
