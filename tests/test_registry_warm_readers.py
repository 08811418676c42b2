"""The window's searches share a kept reader per registry file (core/registry/warm_readers.py):
kept between searches, re-made when a restore replaced the file, closed before a restore."""

from __future__ import annotations

from evac_toolkit.core.registry import warm_readers
from evac_toolkit.core.registry.backup import restore, take_backup
from evac_toolkit.core.registry.store import Registry


def _names(path) -> list[str]:
    with warm_readers.warm_reader(path) as reader:
        return [person.display_name for person in reader.search("", limit=50)]


def test_one_reader_serves_the_searches_and_sees_new_writes(tmp_path):
    registry = Registry.open(tmp_path)
    registry.add({"display_name": "Aung Aung", "languages": ["my"]})
    try:
        with warm_readers.warm_reader(registry.path) as first:
            pass
        registry.add({"display_name": "Bui Lan", "languages": ["vi"]})
        with warm_readers.warm_reader(registry.path) as second:
            assert second is first                      # kept, not re-opened
        assert _names(registry.path) == ["Aung Aung", "Bui Lan"]     # a write since is seen
    finally:
        warm_readers.close_all()
        registry.close()


def test_after_a_restore_the_search_reads_the_restored_file(tmp_path):
    registry = Registry.open(tmp_path)
    registry.add({"display_name": "Before Backup", "languages": ["en"]})
    backup = take_backup(registry.path)
    registry.add({"display_name": "After Backup", "languages": ["en"]})
    path = registry.path
    assert _names(path) == ["After Backup", "Before Backup"]
    registry.close()
    # Another part of the program restores without closing the kept reader first: the file
    # behind the path is another one, and the reader is re-made rather than read the old one.
    with warm_readers._lock:
        kept = dict(warm_readers._kept)
    warm_readers._kept.clear()
    restore(path, backup.path)
    warm_readers._kept.update(kept)
    try:
        assert _names(path) == ["Before Backup"]
    finally:
        warm_readers.close_all()


def test_close_all_lets_a_restore_replace_the_file(tmp_path):
    registry = Registry.open(tmp_path)
    registry.add({"display_name": "Kept", "languages": ["ja"]})
    backup = take_backup(registry.path)
    path = registry.path
    registry.close()
    _names(path)
    warm_readers.close_all()
    assert warm_readers._kept == {}
    restore(path, backup.path)
    try:
        assert _names(path) == ["Kept"]
    finally:
        warm_readers.close_all()
