"""A full disk in the middle of the work: one line in the user's language, exit code 2, nothing
written — in add, backup, import, close-shelter, export, import-review and drill start (which
used to call the drill's new database damaged).

Two real ways to fill a disk, because neither runs everywhere:

- a small tmpfs, filled to the last byte (SQLite's own "database or disk is full", ENOSPC): needs
  root with the right to mount (a CI container as root on Debian has it; a plain user does not);
- a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG instead of
  killing the process), set for a subprocess: runs for any user, on any POSIX system. SQLite
  reports that as a failed write (SQLITE_IOERR_WRITE), which is said as a disk failure.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from disk_conditions import fill, small_tmpfs

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.content.review_sheet import sheet_rows
from evac_toolkit.core.drills.scenarios import list_scenarios
from evac_toolkit.core.registry.backup import list_backups
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

PEOPLE = 200
FULL_WORDS = ("disk holding", "いっぱい")
FAILED_WORDS = ("Could not read or write", "読み書きできませんでした")


def _prepare(data: Path, inputs: Path) -> None:
    """A registry of a few dozen people with one backup, a list to import and a review sheet with
    one change, as a shelter would have them."""
    registry = Registry.open(data)
    registry.add_many([{"display_name": f"山田 {n}", "languages": ["vi"], "notes": "メモ" * 40}
                       for n in range(PEOPLE)])
    registry.close()
    assert main(["--data-dir", str(data), "registry", "backup"]) == 0
    inputs.mkdir(parents=True, exist_ok=True)
    lines = ["氏名,言語"] + [f"Nguyen {n},vi" for n in range(200)]
    (inputs / "list.csv").write_text("\n".join(lines), encoding="utf-8")
    # Sixty changed strings: an overlay of several kilobytes, past the file-size limit below.
    rows = sheet_rows(user_bank(data), "vi")[:61]
    for row in rows[1:]:
        row[3] = f"{row[3]} (đã sửa)"
    (inputs / "review.csv").write_text(
        "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows), encoding="utf-8-sig")


def _commands(data: Path, inputs: Path) -> dict[str, list[str]]:
    scenario = next(s.id for s in list_scenarios() if s.language == "vi")
    return {
        "add": ["registry", "add", "--name", "Tran Thi Full", "--languages", "vi",
                "--notes", "x" * 1900],
        "backup": ["registry", "backup"],
        "import": ["registry", "import", str(inputs / "list.csv")],
        "close-shelter": ["registry", "close-shelter", "--yes"],
        "export": ["registry", "export", "--out", str(data / "everyone.csv")],
        "import-review": ["content", "import-review", str(inputs / "review.csv"),
                          "--reviewer", "Full Disk"],
        "drill start": ["drill", "start", "--scenario", scenario],
    }


def _snapshot(data: Path) -> dict[str, bytes]:
    """Every file under the data folder but the registry's own (its content is compared as
    records: a rolled-back write may leave the bytes of a -shm differently)."""
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and not p.name.startswith(REGISTRY_FILE) and p.name != "filler"}


def _records(data: Path) -> list[tuple]:
    registry = Registry.open(data)
    try:
        return sorted((p.card_id, p.display_name) for p in registry.search(""))
    finally:
        registry.close()


def _assert_one_line_nothing_written(name, code, err, data, before, records, words) -> None:
    lines = err.strip().splitlines()
    assert code == 2, (name, err)
    assert len(lines) == 1 and any(w in lines[0] for w in words), (name, err)
    assert "Traceback" not in err and "damaged" not in err, (name, err)
    assert _snapshot(data) == before, name
    assert not [p for p in data.rglob("*.part")], name


# -- a real full disk: tmpfs ----------------------------------------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux's")
def test_a_full_disk_is_said_in_one_line_and_nothing_is_written(tmp_path, capsys):
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        data = disk / "data"
        _prepare(data, tmp_path / "inputs")
        records = _records(data)
        commands = _commands(data, tmp_path / "inputs")
        for name, argv in commands.items():
            fill(disk)           # again: the command before freed what it had half written
            before = _snapshot(data)
            code = main(["--data-dir", str(data), *argv])
            err = capsys.readouterr().err
            _assert_one_line_nothing_written(name, code, err, data, before, records, FULL_WORDS)
        (disk / "filler").unlink()
        assert _records(data) == records
        assert len(list_backups(data / REGISTRY_FILE)) == 1
        # In Japanese too.
        (data / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
        fill(disk)
        code = main(["--data-dir", str(data), *commands["add"]])
        err = capsys.readouterr().err
        assert code == 2 and "ディスクがいっぱいです" in err
        assert len(err.strip().splitlines()) == 1


# -- a file-size limit: any user, any POSIX system -------------------------------------------------
def _limited(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="POSIX only")
@pytest.mark.usefixtures("keyring_on_disk")       # each command unlocks as a script does
def test_a_file_size_limit_is_said_in_one_line_and_nothing_is_written(tmp_path):
    data = tmp_path / "data"
    _prepare(data, tmp_path / "inputs")
    records = _records(data)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for name, argv in _commands(data, tmp_path / "inputs").items():
        before = _snapshot(data)
        # Room for SQLite's first 32 KB of shared memory (so that the registry opens and the
        # write itself fails), not for a commit, a backup, an export or a drill's database; the
        # reviewed strings' file is smaller, so its limit is too.
        limit = 2048 if name == "import-review" else 32768
        run = subprocess.run([sys.executable, "-m", "evac_toolkit", "--data-dir", str(data),
                              *argv], capture_output=True, text=True, env=env,
                             preexec_fn=_limited(limit), timeout=120)
        _assert_one_line_nothing_written(name, run.returncode, run.stderr, data, before,
                                         records, FULL_WORDS + FAILED_WORDS)
    assert _records(data) == records
    assert len(list_backups(data / REGISTRY_FILE)) == 1
    assert not (data / "everyone.csv").exists()
