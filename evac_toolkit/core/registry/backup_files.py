"""Which backups a registry has: their folder and what their file names say (when, why).

Its own module because the health check names the newest good backup and the backup module
checks each backup's health: with these in backup.py, the two would import each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str


def backup_dir(registry: Path) -> Path:
    return registry.parent / "backups"


def list_backups(registry: Path) -> list[Backup]:
    """Newest first."""
    found = []
    for path in backup_dir(registry).glob(f"{registry.stem}-*.sqlite"):
        parts = path.stem[len(registry.stem) + 1:].split("-", 3)
        try:
            taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken, parts[3] if len(parts) > 3 else ""))
    return sorted(found, key=lambda b: b.taken, reverse=True)
