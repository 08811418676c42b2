"""One window per data folder, and no restore or close-shelter under another process.

Every other process here is a real one holding real locks on a real registry file: the window
(its lock on the data folder), or a command with the registry open (shared). Killing one
(SIGKILL) must free its locks: the operating system drops them, nobody clears a stale file.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.registry import transactions
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry

ROOT = Path(__file__).resolve().parent.parent
#: For a test whose HOLDER child opens the registry: it unlocks as a command does (the data
#: folder's keyring and EVAC_TOOLKIT_PASSPHRASE).
CHILD_UNLOCKS = pytest.mark.usefixtures("keyring_on_disk")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the children are killed "
                                "with SIGKILL; Windows' byte locks are not exercised here")

#: A command or window with the registry open: holds it until told to go on (a line on
#: stdin), then optionally writes once more and closes it.
HOLDER = r"""
import sys
from pathlib import Path
from evac_toolkit.core.registry.store import Registry

registry = Registry(Path(sys.argv[1]))
if sys.argv[2] == "transaction":
    registry.db.conn.execute("BEGIN IMMEDIATE")      # a long write in progress
print("ready", flush=True)
sys.stdin.readline()
if sys.argv[2] == "add-after":
    print(registry.add({"display_name": "Added after", "languages": ["vi"]}).id, flush=True)
registry.close()
"""

#: A window: holds the data folder's window lock until stdin closes.
WINDOW = r"""
import sys
from pathlib import Path
from evac_toolkit.core.instance_lock import hold_program

hold_program(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
"""


def _start(script: str, *args: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    line = process.stdout.readline()
    assert line == "ready\n", process.stderr.read()
    return process


def _finish(process: subprocess.Popen) -> str:
    out, err = process.communicate("go\n", timeout=60)
    assert process.returncode == 0, err
    return out


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _names(capsys) -> list[str]:
    code, out, err = run(capsys, "registry", "list", "--json")
    assert code == 0, err
    return sorted(person["display_name"] for person in json.loads(out))


@pytest.fixture
def backed_up(capsys, data_home: Path) -> Path:
    """A registry with "First" in a backup and "Second" added since; the backup's path."""
    run(capsys, "registry", "add", "--name", "First", "--languages", "vi")
    code, out, _ = run(capsys, "registry", "backup")
    assert code == 0
    run(capsys, "registry", "add", "--name", "Second", "--languages", "vi")
    return Path(out.strip().rsplit(" ", 1)[1])


@CHILD_UNLOCKS
def test_restore_is_refused_while_another_process_has_the_registry_open(capsys, data_home,
                                                                        backed_up):
    holder = _start(HOLDER, str(data_home / REGISTRY_FILE), "add-after")
    code, out, err = run(capsys, "registry", "restore", str(backed_up))
    assert code == 2 and out == ""
    assert err.strip() == (f"The registry {data_home / REGISTRY_FILE} is open in another window "
                           f"or command: close it first, then try again. Nothing was changed.")
    added_after = _finish(holder).strip()          # what it wrote after the refusal is kept
    assert _names(capsys) == ["Added after", "First", "Second"]
    assert added_after

    code, _out, err = run(capsys, "registry", "restore", str(backed_up))
    assert code == 0, err                          # nobody has it open now
    assert _names(capsys) == ["First"]


@CHILD_UNLOCKS
def test_close_shelter_is_refused_while_another_process_has_the_registry_open(capsys,
                                                                              data_home):
    run(capsys, "registry", "add", "--name", "Kept", "--languages", "vi")
    holder = _start(HOLDER, str(data_home / REGISTRY_FILE), "hold")
    archive = data_home / "handover.sqlite"
    code, out, err = run(capsys, "registry", "close-shelter", "--yes", "--archive", str(archive))
    assert code == 2
    assert "is open in another window or command" in err and len(err.strip().splitlines()) == 1
    assert not archive.exists()
    assert not list(data_home.rglob("*.part")) and not list(data_home.rglob(".*.closing"))
    _finish(holder)
    assert _names(capsys) == ["Kept"]


@CHILD_UNLOCKS
def test_commands_that_read_or_add_run_beside_an_open_window(capsys, data_home):
    run(capsys, "registry", "add", "--name", "Before", "--languages", "vi")
    holder = _start(HOLDER, str(data_home / REGISTRY_FILE), "hold")
    try:
        code, _out, err = run(capsys, "registry", "add", "--name", "Beside", "--languages", "vi")
        assert code == 0, err
        assert _names(capsys) == ["Before", "Beside"]
        code, out, err = run(capsys, "registry", "stats", "--json")
        assert code == 0 and json.loads(out)["present"] == 2
    finally:
        _finish(holder)


@CHILD_UNLOCKS
def test_a_killed_process_leaves_no_lock_behind(capsys, data_home, backed_up):
    holder = _start(HOLDER, str(data_home / REGISTRY_FILE), "hold")
    _kill(holder)
    code, _out, err = run(capsys, "registry", "restore", str(backed_up))
    assert code == 0, err
    assert _names(capsys) == ["First"]


@CHILD_UNLOCKS
def test_a_registry_still_busy_after_the_wait_is_one_line_and_exit_2(capsys, data_home,
                                                                     monkeypatch):
    run(capsys, "registry", "add", "--name", "Before", "--languages", "vi")
    monkeypatch.setattr(transactions, "BUSY_TIMEOUT", 0.3)
    holder = _start(HOLDER, str(data_home / REGISTRY_FILE), "transaction")
    try:
        code, out, err = run(capsys, "registry", "add", "--name", "Waiting", "--languages", "vi")
    finally:
        _finish(holder)
    assert code == 2 and out == ""
    assert err.strip() == (f"The registry {data_home / REGISTRY_FILE} was still being written by "
                           f"another window or command after 0 seconds; nothing was saved. "
                           f"Try again in a moment.")
    assert _names(capsys) == ["Before"]


def test_the_same_process_may_open_the_registry_twice_and_restore_it(data_home, tmp_path):
    """The window's import worker opens a connection of its own; the window restores with its
    own connections closed. Neither is "another process"."""
    from evac_toolkit.core.registry.backup import restore, take_backup
    from evac_toolkit.core.registry.closing import close_shelter

    view = Registry.open(data_home)
    view.add({"display_name": "First", "languages": ["vi"]})
    backup = take_backup(view.path)
    worker = Registry.open(data_home)
    worker.add({"display_name": "From the worker", "languages": ["vi"]})
    worker.close()
    assert view.count() == 2
    view.close()
    restore(data_home / REGISTRY_FILE, backup.path)
    view = Registry.open(data_home)
    try:
        assert view.count() == 1
        result = close_shelter(view, tmp_path / "archive.sqlite")
        assert result["people"] == 1 and view.count() == 0
    finally:
        view.close()


@pytest.mark.gui
def test_a_second_window_on_the_same_data_folder_says_the_program_is_already_open(
        qapp, data_home, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from evac_toolkit.ui import app as app_module
    from evac_toolkit.ui import i18n

    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    built = []
    monkeypatch.setattr(app_module, "create_main_window", lambda *a, **k: built.append(a))
    window = _start(WINDOW, str(data_home))
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    try:
        QTimer.singleShot(20, answer)
        assert app_module.run_gui(data_home, remember_data_dir=False) == 1
    finally:
        _kill(window)
        i18n.install_translators(qapp, "en")
    assert built == []                               # no second window
    assert seen == [f"データフォルダ {data_home} を使うこのプログラムは、すでに開いています。"
                    "開いている画面を使ってください（ほかの画面の後ろにあるか、最小化されているかも"
                    "しれません）。"]

    # The first window gone (killed, even), the next start opens.
    from evac_toolkit.ui.single_window import claim_data_folder

    assert claim_data_folder(data_home) is None
