"""A Registry reopened in place after a restore is as a new one would be (held, counted afresh),
and a reader only reads and holds nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.instance_lock import lock_path
from evac_toolkit.core.registry.backup import restore, take_backup
from evac_toolkit.core.registry.store import Registry

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="reads the POSIX lock (flock)")


def _held(registry: Path) -> bool:
    """Whether a restore or close in another process would find ``registry`` held: its lock
    file cannot be taken exclusively through a descriptor of its own (flock locks belong to
    the open file, so this process's own hold counts)."""
    import fcntl

    fd = os.open(lock_path(registry.resolve()), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_reopen_after_a_restore_shows_the_restored_file_and_holds_it_again(tmp_path):
    reg = Registry.open(tmp_path)
    kept = reg.add({"display_name": "山田 花子"})
    good = take_backup(reg.path, "manual")
    reg.add({"display_name": "李"})
    assert reg.stats().present == 2                 # counted, then kept
    reg.close()
    restore(reg.path, good.path)

    reg.reopen()                                    # the same object the window holds
    try:
        assert reg.get(kept.id).display_name == "山田 花子"
        assert reg.stats().present == 1
        assert _held(reg.path)                      # held again: nobody restores under it
    finally:
        reg.close()
    assert not _held(reg.path)


def test_a_reader_reads_refuses_writes_and_leaves_the_owner_holding(tmp_path):
    owner = Registry.open(tmp_path)
    try:
        owner.add({"display_name": "Nguyễn Văn An"})
        reader = Registry.reader(owner.path)
        try:
            assert [p.display_name for p in reader.search("nguyen")] == ["Nguyễn Văn An"]
            with pytest.raises(sqlite_open.Error):
                reader.db.execute("DELETE FROM evacuees")
        finally:
            reader.close()
        assert _held(owner.path)                    # closing a reader left the owner's hold
        assert owner.count() == 1
    finally:
        owner.close()
