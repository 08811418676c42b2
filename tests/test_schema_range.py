"""A registry whose schema version this program does not know is refused before anything is
written: no migration from the wrong place, no backup-less rewrite, not even WAL's header bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.database import REGISTRY_FILE, SCHEMA_VERSION
from evac_toolkit.core.registry.store import Registry


def _registry_at(data_home: Path, version: int) -> Path:
    """A registry with one person, its schema version set to ``version``, in a rollback journal
    (so that opening it for writing would change its header to WAL)."""
    registry = Registry.open(data_home)
    registry.add({"display_name": "Someone", "languages": ["vi"]})
    registry.close()
    path = data_home / REGISTRY_FILE
    conn = sqlite_open.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


@pytest.mark.parametrize(("version", "code"), [(-3, "registry_version_unknown"),
                                               (-1, "registry_version_unknown"),
                                               (SCHEMA_VERSION + 1, "registry_too_new")])
def test_an_unknown_schema_version_is_refused_and_the_file_left_as_it_was(data_home, version,
                                                                         code):
    path = _registry_at(data_home, version)
    before = path.read_bytes()
    files = sorted(p.name for p in data_home.rglob("*") if p.is_file())
    with pytest.raises(UserError) as refused:
        Registry.open(data_home)
    assert refused.value.code == code and refused.value.params["version"] == version
    assert path.read_bytes() == before
    assert not (data_home / "backups").exists()               # no migration began
    assert sorted(p.name for p in data_home.rglob("*") if p.is_file()) == files


def test_the_command_line_says_it_in_one_line_with_exit_2(capsys, data_home):
    path = _registry_at(data_home, -3)
    assert main(["registry", "list"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"The registry {path} records schema version -3, which no version "
                            f"of this program writes; it was not opened and not changed. "
                            f"Restore a backup.\n")


def test_a_backup_of_an_unknown_version_is_not_restored(capsys, data_home, tmp_path):
    path = _registry_at(data_home, -7)
    backup = tmp_path / "odd-backup.sqlite"
    backup.write_bytes(path.read_bytes())
    path.unlink()
    registry = Registry.open(data_home)                       # a fresh, current registry
    registry.add({"display_name": "Current", "languages": ["vi"]})
    registry.close()
    before = path.read_bytes()
    assert main(["registry", "restore", str(backup)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"The registry {backup} records schema version -7")
    assert path.read_bytes() == before
