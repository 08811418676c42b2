"""A data folder the program cannot write is explained in a dialog at start, with a way out.

The folders really cannot be written: tests may run as root, for whom a read-only mode does not
stop a write, so the unwritable folder lies under a regular FILE (creating it fails for anyone,
as the start-up check creates the folder and writes a probe file in it). The dialogs are the real
ones, driven from a timer as a volunteer would click them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_syntax import cli_syntax
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from evac_toolkit.cli.main import main
from evac_toolkit.core import paths
from evac_toolkit.ui import i18n
from evac_toolkit.ui.data_folder import DataFolderProblem, usable_data_dir, write_problem

pytestmark = pytest.mark.gui


@pytest.fixture
def blocked(tmp_path: Path) -> Path:
    """A data folder that cannot be created: its parent is a regular file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return blocker / "data"


@pytest.fixture
def japanese(qapp):
    i18n.install_translators(qapp, "ja")
    yield
    i18n.install_translators(qapp, "en")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's configuration folder (where a chosen data folder is remembered)."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


class Clicker:
    """Acts on the next modal dialogs, in order, from the event loop they run."""

    def __init__(self, *steps: tuple[type, Callable]) -> None:
        self.steps = list(steps)
        self.seen: list[object] = []
        QTimer.singleShot(50, self._poll)

    def _poll(self) -> None:
        if not self.steps:
            return
        kind, act = self.steps[0]
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            self.steps.pop(0)
            self.seen.append(dialog)
            act(dialog)
        QTimer.singleShot(50, self._poll)


def _pick_folder(folder: Path) -> Callable[[QFileDialog], None]:
    def act(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit).setText(str(folder))
        dialog.accept()
    return act


def test_quit_in_the_dialog_starts_nothing_and_writes_nothing(qapp, blocked, japanese,
                                                              config_home, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")      # the UI language of a Japanese computer
    clicker = Clicker((DataFolderProblem, lambda d: d.quit_button.click()))
    assert main(["--data-dir", str(blocked), "gui"]) == 1
    dialog = clicker.seen[0]
    text = dialog.text()
    assert f"データフォルダ {blocked} に書き込めません（フォルダの場所にファイルがあります）" in text
    assert "別のフォルダ" in text and "を選んでください" in text and not cli_syntax(text)
    assert dialog.windowTitle() == "データフォルダを使えません"
    assert [dialog.choose_button.text(), dialog.retry_button.text(),
            dialog.quit_button.text()] == ["別のフォルダを選ぶ…", "もう一度試す", "終了"]
    assert "今回だけ" in dialog.informativeText()      # named by the option: not remembered
    assert blocked.parent.read_text(encoding="utf-8") == "not a folder"
    assert not config_home.exists()


def test_the_chosen_folder_is_used_and_remembered_for_the_next_start(
        qapp, blocked, japanese, config_home, tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_HOME)
    chosen = tmp_path / "Documents" / "evac-data"
    chosen.mkdir(parents=True)
    clicker = Clicker((DataFolderProblem, lambda d: d.choose_button.click()),
                      (QFileDialog, _pick_folder(chosen)))
    assert usable_data_dir(blocked, remember=True) == chosen.resolve()
    assert "次に起動したときも" in clicker.seen[0].informativeText()
    assert paths.data_dir() == chosen.resolve()          # the next start opens the same folder
    assert paths.data_dir(str(tmp_path / "other")) == tmp_path / "other"  # the option still wins


#: A folder nobody may create files in, root included (sysfs refuses new files).
SYSFS = Path("/sys")


@pytest.mark.skipif(not SYSFS.is_dir() or write_problem(SYSFS) is None,
                    reason="needs a folder even root cannot write")
def test_an_unwritable_choice_is_explained_again(qapp, blocked, japanese, config_home):
    clicker = Clicker((DataFolderProblem, lambda d: d.choose_button.click()),
                      (QFileDialog, _pick_folder(SYSFS)),
                      (DataFolderProblem, lambda d: d.quit_button.click()))
    assert usable_data_dir(blocked, remember=True) is None
    again = clicker.seen[2].text()
    assert f"データフォルダ {SYSFS} に書き込めません（アクセスする権限がありません）" in again
    assert not config_home.exists()                     # nothing remembered


def test_try_again_checks_the_folder_again(qapp, blocked, japanese, config_home):
    """The stick was plugged in (here: the file in the way was replaced by a folder)."""
    def unblock_and_retry(dialog: DataFolderProblem) -> None:
        blocked.parent.unlink()
        blocked.parent.mkdir()
        dialog.retry_button.click()

    clicker = Clicker((DataFolderProblem, unblock_and_retry))
    assert usable_data_dir(blocked, remember=True) == blocked
    assert clicker.seen and blocked.is_dir() and not config_home.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused_too(qapp, tmp_path, japanese):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        clicker = Clicker((DataFolderProblem, lambda d: d.quit_button.click()))
        assert usable_data_dir(folder, remember=False) is None
        assert "アクセスする権限がありません" in clicker.seen[0].text()
    finally:
        folder.chmod(0o755)


def test_a_writable_folder_shows_no_dialog(qapp, data_home):
    assert usable_data_dir(data_home, remember=True) == data_home
    assert data_home.is_dir()
