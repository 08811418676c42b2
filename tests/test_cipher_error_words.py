"""SQLCipher's backup() raises its errors without SQLite's result code (a bare "SQL logic error"
for a page whose HMAC fails, "disk I/O error" for a write refused): they are still told as
damage and as a failed disk, in one line, not raised as a defect of the program."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import health
from evac_toolkit.core.registry.backup import list_backups, take_backup
from evac_toolkit.core.registry.store import Registry


def test_a_page_that_fails_its_hmac_during_a_backup_is_damage(data_home: Path):
    registry = Registry.open(data_home)
    registry.add_many([{"display_name": f"Nguyen {n}", "notes": "メモ" * 200}
                       for n in range(300)])
    registry.close()
    path = registry.path
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096 + 100      # a data page, neither the first nor the last
    data[middle] ^= 0x01
    path.write_bytes(bytes(data))
    # Reading the page fails its HMAC: SQLite lists the pages it could not read, or raises what
    # counts as damage. (The backup API may not notice: between two files under the same key
    # SQLCipher copies pages still encrypted, so the copy's own check must.)
    conn = sqlite_open.connect(path, readonly=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite_open.Error as exc:
        assert health.is_damage(exc), exc
    finally:
        conn.close()
    with pytest.raises(UserError) as caught:
        take_backup(path, "manual")
    assert caught.value.code == "backup_failed"
    assert list_backups(path) == []


def test_a_write_refused_by_the_disk_without_a_code_is_a_disk_failure():
    from sqlcipher3 import dbapi2

    for text in ("disk I/O error", "unable to open database file"):
        assert health.storage_failure(dbapi2.OperationalError(text)) == "io"
    assert health.storage_failure(dbapi2.OperationalError("no such table: x")) is None
