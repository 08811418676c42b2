"""Damage found on open: a real registry with a few hundred people, one byte flipped at a time.

Of 43 such files, quick_check alone called 32 healthy; export then crashed on 16 of them and 31
got a backup labelled "verified". Now each one either is refused when opened, with one line that
names the newest good backup, or works for everything (list, search, export, backup) — never a
traceback, never a "verified" backup of a damaged file.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from cipher_pages import plain_copy
from shelter_key_fixtures import TEST_KEY

from evac_toolkit.cli.main import main
from evac_toolkit.core import shelter_key
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import health
from evac_toolkit.core.registry.backup import list_backups, take_backup
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

PEOPLE = 300
SEEDS = range(48)
DAMAGE_LINES = ("is damaged", "が壊れています")


def _people(count: int) -> list[dict]:
    rng = random.Random(17)
    languages = [["vi"], ["en"], ["my", "en"], ["zh-Hans"], ["ne"], ["tl", "en"], ["pt-BR"]]
    return [{
        "display_name": f"{rng.choice(['山田', 'Nguyen', 'Aung', '李', 'Silva'])} {number}",
        "name_reading": f"やまだ {number}",
        "languages": rng.choice(languages),
        "japanese_ability": rng.choice(["none", "easy", "conversational", "fluent", "unknown"]),
        "interpreter_needed": rng.random() < 0.3,
        "diets": rng.choice([[], ["halal"], ["vegetarian"], ["no_pork", "no_alcohol"]]),
        "allergens": rng.choice([[], ["egg"], ["shrimp", "wheat"]]),
        "medical": rng.choice([[], ["pregnant"], ["dialysis"]]),
        "area": f"体育館 {rng.choice('ABC')}-{rng.randrange(9)}",
        "notes": "夜間は別室。" * rng.randrange(0, 12),
        "do_not_disclose": rng.random() < 0.05,
    } for number in range(count)]


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    """A closed registry of a few hundred people with one good backup, as a shelter has it."""
    folder = tmp_path_factory.mktemp("healthy")
    shelter_key.use_key(TEST_KEY)       # module scope: before the per-test unlocked key
    registry = Registry.open(folder)
    registry.add_many(_people(PEOPLE))
    household = registry.add_household("山田家")
    for person in registry.search("山田")[:3]:
        registry.update(person.id, {"household_id": household})
    registry.close()
    take_backup(folder / REGISTRY_FILE, "manual")
    shelter_key.lock()
    return folder


def _run(*argv: str, capsys) -> tuple[int, str, str]:
    code = main(list(argv))                     # a traceback fails the test here
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _flip(folder: Path, seed: int) -> int:
    """Flip one byte of the registry at an offset chosen by ``seed``; return the offset."""
    path = folder / REGISTRY_FILE
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    offset = rng.randrange(len(data))
    data[offset] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return offset


def _sound_copy(path: Path) -> bool:
    """Whether a backup can be used as the program uses a registry: every page and index
    checked, every row read, every person read back (the check under test is not the oracle)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return False
        conn.execute("SELECT * FROM evacuees").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    copy = path.parent / "probe" / REGISTRY_FILE
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    registry = Registry(copy)
    try:
        return len(registry.search("")) > 0
    finally:
        registry.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_one_flipped_byte_is_refused_on_open_or_harmless(seed, healthy, tmp_path, capsys):
    folder = tmp_path / "data"
    shutil.copytree(healthy, folder)
    offset = _flip(folder, seed)
    before = list_backups(folder / REGISTRY_FILE)
    out_csv = tmp_path / "everyone.csv"

    code, out, err = _run("--data-dir", str(folder), "registry", "list", "--json", capsys=capsys)
    if code != 0:
        # Refused on open: one line naming the newest good backup and how to restore it.
        assert code == 2, (offset, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and any(word in lines[0] for word in DAMAGE_LINES), (offset, err)
        assert "registry restore" in lines[0] and str(before[0].path) in lines[0], (offset, err)
        for argv in (("registry", "export", "--out", str(out_csv)), ("registry", "backup")):
            code, _, err = _run("--data-dir", str(folder), *argv, capsys=capsys)
            assert code == 2 and len(err.strip().splitlines()) == 1, (offset, argv, err)
        assert not out_csv.exists()
        assert list_backups(folder / REGISTRY_FILE) == before      # nothing called "verified"
        return
    # Opened as healthy: then everything works, and the backup taken is really sound.
    for argv in (("registry", "list", "--search", "山田"), ("registry", "stats"),
                 ("registry", "export", "--out", str(out_csv)), ("registry", "backup")):
        code, _, err = _run("--data-dir", str(folder), *argv, capsys=capsys)
        assert code == 0, (offset, argv, err)
    with open(out_csv, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == PEOPLE + 1
    (taken,) = [b for b in list_backups(folder / REGISTRY_FILE) if b not in before]
    assert _sound_copy(taken.path), offset


def test_the_corruption_test_damages_plain_files_the_old_check_passed(healthy, tmp_path):
    """On a plain file (from before encryption) the seeds are not all harmless, and not all
    caught by quick_check: the check on open must find what quick_check passes."""
    shelter_key.use_key(TEST_KEY)
    refused = quick_passed_but_refused = 0
    for seed in SEEDS:
        folder = tmp_path / f"data-{seed}"
        plain_copy(healthy / REGISTRY_FILE, folder / REGISTRY_FILE)
        _flip(folder, seed)
        path = folder / REGISTRY_FILE
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            quick_ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            quick_ok = False
        finally:
            conn.close()
        try:
            health.check_before_open(path)
        except UserError:
            refused += 1
            quick_passed_but_refused += quick_ok
    assert refused >= 10 and quick_passed_but_refused >= 5, (refused, quick_passed_but_refused)


def test_any_flipped_byte_of_an_encrypted_registry_is_refused_on_open(healthy, tmp_path):
    """Encrypted, every page carries an HMAC: a changed byte anywhere is damage found on open,
    never a file that reads as healthy with wrong data in it."""
    shelter_key.use_key(TEST_KEY)
    for seed in SEEDS:
        folder = tmp_path / f"data-{seed}"
        shutil.copytree(healthy, folder)
        offset = _flip(folder, seed)
        with pytest.raises(UserError) as caught:
            health.check_before_open(folder / REGISTRY_FILE)
        assert caught.value.code.startswith("registry_damaged"), (seed, offset, caught.value)


def test_after_an_unclean_shutdown_the_full_check_runs_on_a_large_file(tmp_path, monkeypatch):
    """A -wal left behind means the last program did not close the file: the full check runs
    even when the file is too large for it on every open."""
    registry = Registry.open(tmp_path)
    registry.add({"display_name": "Left open"})
    path = registry.path
    monkeypatch.setattr(health, "SMALL_FILE_BYTES", 1)
    assert health.unclean_shutdown(path) and health.thorough_check_due(path)
    registry.close()
    assert not health.unclean_shutdown(path) and not health.thorough_check_due(path)


def test_a_backup_copy_of_a_damaged_registry_is_never_kept(healthy, tmp_path):
    """A changed byte in a data page (the registry's last page: rows, not the header) fails the
    backup's check: the copy is deleted and the backup refused."""
    shelter_key.use_key(TEST_KEY)
    folder = tmp_path / "data"
    shutil.copytree(healthy, folder)
    path = folder / REGISTRY_FILE
    data = bytearray(path.read_bytes())
    data[len(data) - 2000] ^= 0x5A
    path.write_bytes(bytes(data))
    before = list_backups(path)
    with pytest.raises(UserError) as caught:
        take_backup(path, "manual")
    assert caught.value.code in ("backup_failed", "registry_damaged")
    assert list_backups(path) == before
    assert not list((folder / "backups").glob(".*.part"))
