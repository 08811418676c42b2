"""The verified backups of a registry as the restore window lists them: newest first, each
with how many people it holds, so that the coordinator can tell them apart."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.backup import Backup, list_backups

#: Why a backup was taken, as ``take_backup`` names it; a migration's names its version
#: ("before-migration-v3").
BEFORE_MIGRATION = "before-migration"


class ListedBackup(NamedTuple):
    backup: Backup
    #: People in it (deleted records not counted); None when it cannot be read.
    people: int | None

    @property
    def reason(self) -> str:
        """Why it was taken, a migration's without its version."""
        reason = self.backup.reason
        return BEFORE_MIGRATION if reason.startswith(BEFORE_MIGRATION) else reason


def people_in(path: Path) -> int | None:
    """How many people the registry file ``path`` holds, read only; None when it cannot be
    read (damaged, encrypted, no registry at all)."""
    try:
        conn = sqlite_open.connect(path, readonly=True)
        try:
            return conn.execute("SELECT count(*) FROM evacuees "
                                "WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except (*sqlite_open.Error, UserError):
        return None


def listed_backups(registry_path: Path) -> list[ListedBackup]:
    """The backups of ``registry_path``, newest first, with their people."""
    return [ListedBackup(backup, people_in(backup.path))
            for backup in list_backups(registry_path)]
