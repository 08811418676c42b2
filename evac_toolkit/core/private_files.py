"""Files that hold personal data: readable by their owner only, and wiped rather than deleted.

On POSIX the data folder, backups and archives are 0700 and their files 0600 (a shared laptop's
other accounts cannot list or read them). Windows keeps a user's profile private by its own ACLs;
there the mode calls are no-ops.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700."""
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, and make it 0600 — before SQLite opens it, so a new
    database (and the -wal and -shm files SQLite gives its mode) is never readable by others."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    os.close(fd)
    if _POSIX:
        os.chmod(path, PRIVATE_FILE)
    return path


def private_file_mode(path: Path) -> None:
    """Make an existing file 0600."""
    if _POSIX:
        os.chmod(path, PRIVATE_FILE)


def fsync_folder(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; Windows cannot open a folder)."""
    if not _POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush it to disk, then delete it.

    On a hard disk that leaves nothing to undelete; an SSD may keep old blocks until it reuses
    them, which is why the copies that stay are encrypted in the first place.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        block = b"\0" * (1 << 20)
        left = size
        while left > 0:
            left -= handle.write(block[:min(left, len(block))])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    with contextlib.suppress(OSError):
        fsync_folder(path.parent)
