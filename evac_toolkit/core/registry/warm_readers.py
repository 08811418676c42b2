"""A read connection kept open between searches, for search as you type.

Each search on a fresh connection starts with an empty page cache, and every page of an
encrypted registry read into it is decrypted and its HMAC checked: at 200,000 people a one-letter
search took 28 ms that way and 9 ms on a connection kept open (``make bench``). So the window's
searches share one reader per registry file, with a 32 MiB cache, one search at a time.

A reader is re-made when the file behind its path is another one (a restore or the encryption
of an old registry replaced it: the old connection would go on reading the replaced file), and
``close_all`` closes them before this process replaces the file itself (on Windows an open
file cannot be replaced).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from evac_toolkit.core.registry.store import Registry

#: Page cache of a kept reader, in KiB (SQLite's negative cache_size).
CACHE_KIB = 64 * 1024
#: Registry files with a kept reader: the window's registry and a running drill's.
KEEP_AT_MOST = 2

_lock = threading.Lock()
_kept: dict[Path, tuple[tuple[int, int], Registry]] = {}


def _identity(path: Path) -> tuple[int, int]:
    found = os.stat(path)
    return found.st_dev, found.st_ino


@contextmanager
def warm_reader(path: Path) -> Iterator[Registry]:
    """The kept reader of the registry at ``path`` (opened if needed), for one search."""
    path = Path(path)
    with _lock:
        identity = _identity(path)
        kept = _kept.pop(path, None)
        if kept is not None and kept[0] != identity:
            kept[1].close()
            kept = None
        if kept is None:
            reader = Registry.reader(path)
            reader.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            kept = (identity, reader)
        _kept[path] = kept                      # the most recently used last
        while len(_kept) > KEEP_AT_MOST:
            _kept.pop(next(iter(_kept)))[1].close()
        yield kept[1]


def close_all() -> None:
    """Close every kept reader (before a restore or a close replaces or wipes the file)."""
    with _lock:
        for _file, reader in _kept.values():
            reader.close()
        _kept.clear()
