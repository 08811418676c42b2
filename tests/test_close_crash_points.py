"""Close-shelter and restore stopped at every step leave nothing behind after the next start.

A child process prepares the patches once and unlocks the shelter key (as the program has
before a close or a restore begins), then for every step number N forks a process that
runs close-shelter (or restore) on a fresh copy of the same data folder and ends itself
(``os._exit``, no clean-up, as a crash or power cut) at step N: the start of any SQL statement
on any of its connections (SQLCipher's, through which every file is opened, and plain
sqlite3's), or just before or after any file operation (open, fsync, rename, delete, folder
removal). N grows until a run finishes without reaching it, so every step is a
crash point. Then each folder gets its next start (opening the registry, here) and must hold no
partial copy and no note, and be either untouched (everyone still there, no archive, backups
kept) or fully closed (a verified archive of everyone, an empty registry, no backups, no name
left in any other file), saying so when it finished or undid the interrupted work.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cipher_pages import plaintext
from shelter_key_fixtures import TEST_KEY

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.registry.backup import take_backup, verify
from evac_toolkit.core.registry.closing import note_path
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

ROOT = Path(__file__).resolve().parent.parent
NAME = "Crash Point Person"
PEOPLE = 5

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.skipif(sys.platform == "win32", reason="fork: POSIX"),
    pytest.mark.usefixtures("keyring_on_disk"),   # the crashing process unlocks as a script does
]

CRASHER = r"""
import json, os, shutil, sqlite3, sys
from pathlib import Path
import sqlcipher3

template, work, operation = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
crash_at, steps, armed = 0, 0, False


def step(*_):
    global steps
    if armed:
        steps += 1
        if steps == crash_at:
            os._exit(9)


def traced(real_connect):
    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(step)        # every statement's start is a crash point
        return conn
    return connect


def around(function):
    def wrapper(*args, **kwargs):
        step()
        result = function(*args, **kwargs)
        step()
        return result
    return wrapper


# sqlite_open opens every file with sqlcipher3.connect; sqlite3's is patched too in case any
# plain connection is left (there should be none).
sqlcipher3.connect = traced(sqlcipher3.connect)
sqlite3.connect = traced(sqlite3.connect)
for module, name in ((os, "open"), (os, "fsync"), (os, "replace"), (os, "unlink"),
                     (shutil, "rmtree")):
    setattr(module, name, around(getattr(module, name)))
Path.unlink = around(Path.unlink)

from evac_toolkit.core import shelter_key
from evac_toolkit.core.registry.backup import restore
from evac_toolkit.core.registry.closing import close_shelter
from evac_toolkit.core.registry.store import Registry

# Unlocked once, from the keyring with EVAC_TOOLKIT_PASSPHRASE, before any step is counted: the
# close and the restore run in a program that has already been unlocked.
shelter_key.require()
print(json.dumps("unlocked"), flush=True)

number = 0
while True:
    number += 1
    folder = work / f"{number:03d}"
    shutil.copytree(template, folder)
    pid = os.fork()
    if pid == 0:
        crash_at = number
        if operation == "close":
            registry = Registry(folder / "registry.sqlite")
            armed = True
            close_shelter(registry, folder / "archives" / "registry-closed.sqlite")
            armed = False
            registry.close()
        else:
            backup = next((folder / "backups").glob("*.sqlite"))
            armed = True
            restore(folder / "registry.sqlite", backup)
            armed = False
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps([str(folder), code]), flush=True)
    if code != 9 or number >= 400:
        break
"""


def _crash_everywhere(template: Path, work: Path, operation: str) -> list[Path]:
    """The data folders, one per crash point, as each crash left it; the last ran to the end."""
    work.mkdir()
    done = subprocess.run([sys.executable, "-c", CRASHER, str(template), str(work), operation],
                          cwd=ROOT, capture_output=True, text=True, timeout=500)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert json.loads(lines[0]) == "unlocked"
    runs = [json.loads(line) for line in lines[1:]]
    assert [code for _folder, code in runs[:-1]] == [9] * (len(runs) - 1)
    assert runs[-1][1] == 0, f"the run without a crash failed: {runs[-1]}"
    # The patches really reached the steps: at least as many as plain sqlite3 connections gave
    # before encryption (92 and 31; through SQLCipher's connections there are 147 and 272). Far
    # fewer would mean the statements of some connection are no longer crash points.
    assert len(runs) - 1 >= {"close": 92, "restore": 31}[operation], len(runs) - 1
    return [Path(folder) for folder, _code in runs]


def _leftovers(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.name.endswith(".part")
            or path.name.endswith(".closing")]


def _next_start(folder: Path) -> tuple[list[str], list[tuple[str, dict]]]:
    """Open the registry as the next start does; the names in it and what it said."""
    registry = Registry(folder / REGISTRY_FILE)
    try:
        names = sorted(row[0] for row in registry.db.execute(
            "SELECT display_name FROM evacuees"))
        return names, registry.notices
    finally:
        registry.close()


def _people(path: Path) -> list[str]:
    conn = sqlite_open.connect(path, readonly=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT display_name FROM evacuees"))
    finally:
        conn.close()


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A data folder with PEOPLE people, one verified backup of them, and one person added after
    the backup (so a restore is visible)."""
    folder = tmp_path / "template"
    registry = Registry(folder / REGISTRY_FILE)
    for number in range(PEOPLE - 1):
        registry.add({"display_name": f"{NAME} {number}", "languages": ["vi"]})
    take_backup(registry.path, "manual")
    registry.add({"display_name": f"{NAME} late", "languages": ["vi"]})
    registry.close()
    return folder


def test_close_shelter_stopped_at_any_step_is_finished_or_undone_at_the_next_start(
        template: Path, tmp_path: Path):
    everyone = _people(template / REGISTRY_FILE)
    outcomes = {"untouched": 0, "closed": 0, "resumed": 0, "undone": 0, "left_behind": 0}
    for folder in _crash_everywhere(template, tmp_path / "runs", "close"):
        archive = folder / "archives" / "registry-closed.sqlite"
        if _leftovers(folder):
            outcomes["left_behind"] += 1
        names, notices = _next_start(folder)
        assert _leftovers(folder) == [], folder
        assert not note_path(folder / REGISTRY_FILE).exists()
        codes = [code for code, _params in notices]
        if names:                                   # untouched: as before the close began
            assert names == everyone, folder
            assert not archive.exists()
            assert len(list((folder / "backups").glob("*.sqlite"))) == 1
            assert codes in ([], ["close_interrupted"]), (folder, notices)
            outcomes["untouched"] += 1
            outcomes["undone"] += codes == ["close_interrupted"]
        else:                                       # closed: archived, then nothing left
            assert verify(archive) == [] and _people(archive) == everyone, folder
            assert not (folder / "backups").exists()
            # Every page decrypted, free pages and stale WAL frames too: the files are
            # encrypted, so their raw bytes would hold no readable name even if unwiped.
            for path in folder.rglob("*"):
                if path.is_file() and path != archive:
                    assert NAME.encode() not in plaintext(TEST_KEY, path), (folder, path)
            assert codes in ([], ["close_resumed"]), (folder, notices)
            if codes:
                assert notices[0][1]["people"] == PEOPLE and notices[0][1]["archive"] == \
                    str(archive.resolve())
            outcomes["closed"] += 1
            outcomes["resumed"] += codes == ["close_resumed"]
    # Both outcomes and both kinds of interrupted close were met, and partial copies were
    # really left by crashes (and cleared above).
    assert all(outcomes.values()), outcomes


def test_restore_stopped_at_any_step_leaves_the_old_or_the_new_registry_and_nothing_else(
        template: Path, tmp_path: Path):
    before = _people(template / REGISTRY_FILE)
    backup = next((template / "backups").glob("*.sqlite"))
    restored = _people(backup)
    assert before != restored
    outcomes = {"old": 0, "new": 0, "said": 0, "left_behind": 0}
    for folder in _crash_everywhere(template, tmp_path / "runs", "restore"):
        if _leftovers(folder):
            outcomes["left_behind"] += 1
        names, notices = _next_start(folder)
        assert _leftovers(folder) == [], folder
        assert names in (before, restored), folder
        codes = [code for code, _params in notices]
        assert codes in ([], ["restore_interrupted"]), (folder, notices)
        if codes:
            assert names == before                  # said only when the old one is kept
        outcomes["old" if names == before else "new"] += 1
        outcomes["said"] += bool(codes)
    assert all(outcomes.values()), outcomes


def test_a_partial_copy_found_while_another_process_has_the_registry_is_left_alone(
        data_home: Path):
    """Only the first process to open the registry tidies: a ``.part`` file found while another
    has it open may be a backup that process is writing right now."""
    registry = Registry.open(data_home)
    partial = data_home / "backups" / ".registry-in-progress.sqlite.part"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"being written")
    again = Registry.open(data_home)                # a second connection of this process
    again.close()
    assert partial.exists()
    registry.close()
    registry = Registry.open(data_home)             # the next start: nobody else has it
    registry.close()
    assert not partial.exists()
    shutil.rmtree(data_home / "backups")
