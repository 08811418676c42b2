"""What a crashed restore, backup or close-shelter left, cleared at the next start.

Each of them writes its copy to a hidden ``.NAME.part`` file and renames it into place only once
it is complete and verified, so a crash leaves the old files whole, plus that partial copy (a
copy of the people in the registry). ``tidy`` runs when the registry is opened by the first
process while no other has it (instance_lock), so no ``.part`` file it finds can still be in
the making. What the user should know comes back as (message code, params).
"""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core.atomic import fsync_dir
from evac_toolkit.core.registry.backup import backup_dir
from evac_toolkit.core.registry.closing import ARCHIVES, resume_interrupted


def partial_copies(registry: Path) -> list[Path]:
    """The partial copies a crash can leave: a restore's (and a close's note's) beside the
    registry, backups' and archives' in their folders."""
    found = sorted(registry.parent.glob(f".*{registry.name}*.part"))
    for folder in (backup_dir(registry), registry.parent / ARCHIVES):
        if folder.is_dir():
            found += sorted(folder.glob(".*.part"))
    return found


def tidy(registry: Path) -> list[tuple[str, dict]]:
    """Finish or undo an interrupted close-shelter, then delete every partial copy; a partial
    restore is said (the registry is as it was before it)."""
    notices = resume_interrupted(registry)
    for path in partial_copies(registry):
        if path.name == f".{registry.name}.part":
            notices.append(("restore_interrupted", {"path": str(registry)}))
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)
    return notices
