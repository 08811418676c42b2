"""Encryption at rest: the registry, its WAL, backups, the close-shelter archive and drill
databases are unreadable without the shelter key; the passphrase and the recovery key unlock it;
a plain registry from before is encrypted on open with every record kept and no plain copy left;
private files and folders (POSIX)."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from cipher_pages import plain_copy

from evac_toolkit.cli.main import main
from evac_toolkit.core import key_setup, shelter_key, sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry import encrypt_plain
from evac_toolkit.core.registry.backup import backup_dir, list_backups, take_backup
from evac_toolkit.core.registry.closing import close_shelter
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

NAME = "Zqxwv Distinctive-Hanako"
READING = "ずくすう はなこ"
PLAIN = b"SQLite format 3\x00"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _bytes_of_every_file(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _assert_nowhere(folder: Path, *secrets: str) -> None:
    for path, data in _bytes_of_every_file(folder).items():
        for secret in secrets:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                assert encoded not in data, (secret, path)


def test_a_new_registry_its_wal_backups_and_archive_hold_no_readable_name(tmp_path):
    folder = tmp_path / "shelter"
    registry = Registry.open(folder)
    person = registry.add({"display_name": NAME, "name_reading": READING, "languages": ["vi"],
                           "notes": "夫の名前は山田一郎", "do_not_disclose": True})
    wal = Path(f"{registry.path}-wal")
    assert wal.stat().st_size > 0, "the record is in the WAL while the registry is open"
    backup = take_backup(registry.path, "manual")
    assert registry.path.read_bytes()[:16] != PLAIN
    assert backup.path.read_bytes()[:16] != PLAIN
    _assert_nowhere(folder, NAME, READING, "山田一郎")
    # The key opens it, and nothing else does.
    conn = sqlite_open.connect(backup.path, readonly=True)
    assert conn.execute("SELECT display_name FROM evacuees").fetchall() == [(NAME,)]
    conn.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(registry.path).execute("SELECT * FROM evacuees").fetchall()

    archive = folder / "archives" / "handover.sqlite"
    close_shelter(registry, archive)
    registry.close()
    assert archive.read_bytes()[:16] != PLAIN
    _assert_nowhere(folder, NAME, READING, "山田一郎")
    conn = sqlite_open.connect(archive, readonly=True)
    assert conn.execute("SELECT display_name FROM evacuees WHERE id = ?",
                        [person.id]).fetchall() == [(NAME,)]
    conn.close()


def test_a_deleted_person_leaves_the_wal_at_once(tmp_path):
    registry = Registry.open(tmp_path)
    person = registry.add({"display_name": NAME})
    registry.delete(person.id)
    assert Path(f"{registry.path}-wal").stat().st_size == 0      # checkpointed and truncated
    # Temporary files (VACUUM's copy, sorts) stay in memory, never in /var/tmp.
    assert registry.db.execute("PRAGMA temp_store").fetchone()[0] == 2
    registry.close()


def test_drill_databases_are_encrypted(data_home):
    from evac_toolkit.core.drills.scenarios import list_scenarios
    from evac_toolkit.core.drills.session import list_drills, start_drill

    scenario = next(iter(list_scenarios().scenarios))
    session = start_drill(data_home, [scenario], title="Zqxwv drill")
    session.registry.add({"display_name": NAME})
    session.close()
    assert session.path.read_bytes()[:16] != PLAIN
    _assert_nowhere(data_home, NAME, "Zqxwv drill")
    assert [drill.title for drill in list_drills(data_home)] == ["Zqxwv drill"]


def test_without_the_key_the_registry_stays_locked(tmp_path):
    Registry.open(tmp_path).close()
    shelter_key.lock()
    with pytest.raises(UserError) as caught:
        Registry.open(tmp_path)
    assert caught.value.code == "registry_locked"
    shelter_key.use_key(bytes(32))                                 # another shelter's key
    with pytest.raises(UserError) as caught:
        Registry.open(tmp_path)
    assert caught.value.code == "registry_damaged"


def test_passphrase_and_recovery_key(tmp_path):
    folder = tmp_path / "laptop"
    shelter_key.lock()
    recovery = key_setup.create(folder, "first passphrase")
    registry = Registry.open(folder)
    registry.add({"display_name": NAME})
    registry.close()
    shelter_key.lock()

    with pytest.raises(UserError) as caught:
        shelter_key.unlock(folder, "first passphrasf")
    assert caught.value.code == "passphrase_wrong"
    assert shelter_key.current() is None
    with pytest.raises(UserError) as caught:
        key_setup.create(folder, "another one")                  # never silently replaced
    assert caught.value.code == "keyring_exists"

    # A mistyped recovery key is caught by its checksum; lower case, spaces, 0 for O are fine.
    typo = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(UserError) as caught:
        key_setup.reset_with_recovery_key(folder, typo, "second passphrase")
    assert caught.value.code == "recovery_key_wrong"
    (folder / shelter_key.KEYRING_FILE).unlink()                   # even with the keyring lost
    handwritten = recovery.lower().replace("-", " ").replace("o", "0")
    key_setup.reset_with_recovery_key(folder, handwritten, "second passphrase")
    shelter_key.lock()
    with pytest.raises(UserError):
        shelter_key.unlock(folder, "first passphrase")
    shelter_key.unlock(folder, "second passphrase")
    registry = Registry.open(folder)
    assert [p.display_name for p in registry.search("")] == [NAME]
    registry.close()
    with pytest.raises(UserError) as caught:
        shelter_key.change_passphrase(folder, "second passphrase", "short")
    assert caught.value.code == "passphrase_too_short"


def test_a_plain_registry_is_encrypted_with_every_record_and_no_plain_copy_left(tmp_path):
    made = Registry.open(tmp_path / "made")
    household = made.add_household("Zqxwv家")
    made.add_many([{"display_name": f"{NAME} {i}", "name_reading": READING,
                    "languages": ["vi", "en"], "diets": ["halal"], "household_id": household,
                    "notes": f"memo {i}"} for i in range(300)])
    made.delete(made.search(f"{NAME} 7")[0].id)
    expected = {table: made.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("evacuees", "households", "audit", "shelter")}
    made.close()
    folder = tmp_path / "old"
    folder.mkdir()
    plain_copy(tmp_path / "made" / REGISTRY_FILE, folder / REGISTRY_FILE)
    old_backup = backup_dir(folder / REGISTRY_FILE) / "registry-20260101-000000-000000-manual.sqlite"
    old_backup.parent.mkdir()
    plain_copy(tmp_path / "made" / REGISTRY_FILE, old_backup)
    assert (folder / REGISTRY_FILE).read_bytes()[:16] == PLAIN

    registry = Registry.open(folder)
    try:
        for table, rows in expected.items():
            assert registry.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows
    finally:
        registry.close()
    assert encrypt_plain.take_notices() == [{"path": str(folder / REGISTRY_FILE), "files": 2}]
    files = _bytes_of_every_file(folder)
    assert all(data[:16] != PLAIN for data in files.values()), files.keys()
    _assert_nowhere(folder, NAME, READING, "Zqxwv家")
    # The verified plain backup taken first was wiped; no partial file is left.
    assert not [path for path in files if path.name.endswith(".part")]
    assert [b.path for b in list_backups(folder / REGISTRY_FILE)] == [old_backup]


def test_a_damaged_plain_registry_is_left_as_it_was(tmp_path):
    path = tmp_path / REGISTRY_FILE
    path.write_bytes(PLAIN + b"\xff" * 5000)
    with pytest.raises(UserError) as caught:
        Registry(path)
    assert caught.value.code == "registry_damaged"
    assert path.read_bytes() == PLAIN + b"\xff" * 5000


@POSIX
def test_an_older_data_folder_is_made_private_and_a_chosen_folder_is_left_alone(tmp_path):
    folder = tmp_path / "older"
    registry = Registry.open(folder)
    registry.add({"display_name": NAME})
    take_backup(registry.path, "manual")
    registry.close()
    for path in (folder, folder / "backups"):
        os.chmod(path, 0o755)
    for path in folder.rglob("*.sqlite"):
        os.chmod(path, 0o644)
    Registry.open(folder).close()
    assert {stat.S_IMODE(p.stat().st_mode) for p in (folder, folder / "backups")} == {0o700}
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*.sqlite")} == {0o600}

    desktop = tmp_path / "Desktop"
    desktop.mkdir(mode=0o755)
    os.chmod(desktop, 0o755)
    registry = Registry.open(folder)
    close_shelter(registry, desktop / "handover.sqlite")
    registry.close()
    assert stat.S_IMODE(desktop.stat().st_mode) == 0o755
    assert stat.S_IMODE((desktop / "handover.sqlite").stat().st_mode) == 0o600


@POSIX
def test_files_are_private(data_home):
    registry = Registry.open(data_home)
    registry.add({"display_name": NAME})
    take_backup(registry.path, "manual")
    archive = data_home / "archives" / "closed.sqlite"
    close_shelter(registry, archive)
    registry.close()
    assert stat.S_IMODE(data_home.stat().st_mode) == 0o700
    for folder in (data_home / "archives",):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in data_home.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    registry = Registry.open(data_home)
    take_backup(registry.path, "manual")
    registry.close()
    assert stat.S_IMODE(backup_dir(registry.path).stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in data_home.rglob("*") if p.is_file()} == {
        0o600}


def test_the_command_line_sets_up_and_asks_for_the_passphrase(capsys, data_home, monkeypatch):
    shelter_key.lock()
    monkeypatch.setenv(shelter_key.ENV_PASSPHRASE, "a script's passphrase")
    assert main(["registry", "add", "--name", NAME, "--languages", "vi"]) == 0
    err = capsys.readouterr().err
    recovery = err.strip().rsplit(" ", 1)[1]
    assert shelter_key.parse_recovery(recovery) == shelter_key.current()
    assert (data_home / REGISTRY_FILE).read_bytes()[:16] != PLAIN
    _assert_nowhere(data_home, NAME)

    shelter_key.lock()
    monkeypatch.setenv(shelter_key.ENV_PASSPHRASE, "not the passphrase")
    assert main(["registry", "list"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [message("passphrase_wrong", "en")]

    shelter_key.lock()
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["registry", "list"]) == 2
    assert "EVAC_TOOLKIT_PASSPHRASE" in capsys.readouterr().err
    # Signs need no passphrase.
    assert main(["signs", "print", "--signs", "promise.open_to_everyone", "--languages", "en",
                 "--out", str(data_home / "sign.pdf")]) == 0


def test_the_command_line_asks_at_the_prompt(capsys, data_home, monkeypatch):
    shelter_key.lock()
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["typed passphrase", "typed passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert main(["registry", "add", "--name", NAME]) == 0
    shelter_key.lock()
    monkeypatch.setattr("getpass.getpass", lambda prompt: "typed passphrase")
    assert main(["registry", "list", "--json"]) == 0
    assert NAME in capsys.readouterr().out


def test_a_plain_registry_is_encrypted_by_the_command_line_and_the_user_is_told(
        capsys, data_home, tmp_path):
    made = Registry.open(tmp_path / "made")
    made.add({"display_name": NAME})
    made.close()
    data_home.mkdir(parents=True, exist_ok=True)
    plain_copy(tmp_path / "made" / REGISTRY_FILE, data_home / REGISTRY_FILE)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    assert main(["registry", "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert NAME in captured.out
    assert "暗号化" in captured.err and "上書きして削除" in captured.err
    assert (data_home / REGISTRY_FILE).read_bytes()[:16] != PLAIN
    assert not os.path.exists(data_home / f".{REGISTRY_FILE}.plain.part")


def test_the_passphrase_command_sets_up_changes_and_resets(capsys, data_home, tmp_path,
                                                           monkeypatch):
    shelter_key.lock()
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: answers.pop(0))
    sheet = tmp_path / "recovery.pdf"
    answers[:] = ["first passphrase", "first passphrase"]
    assert main(["passphrase", "setup", "--recovery-sheet", str(sheet)]) == 0
    recovery = capsys.readouterr().err.strip().rsplit(" ", 1)[1]
    assert sheet.read_bytes().startswith(b"%PDF")
    assert main(["registry", "add", "--name", NAME]) == 0          # already unlocked
    shelter_key.lock()
    answers[:] = ["first passphrase", "second passphrase", "second passphrase"]
    assert main(["passphrase", "change"]) == 0
    shelter_key.lock()
    answers[:] = [recovery, "third passphrase", "third passphrase"]
    assert main(["passphrase", "reset"]) == 0
    shelter_key.lock()
    answers[:] = ["second passphrase"]
    assert main(["registry", "list"]) == 2
    shelter_key.lock()
    answers[:] = ["third passphrase"]
    assert main(["registry", "list", "--json"]) == 0
    assert NAME in capsys.readouterr().out
