"""The window says what opening the registry finished after a crash: a close-shelter that was
interrupted while wiping is completed, and a dialog in the UI language says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from evac_toolkit.core.registry.backup import copy_database, take_backup
from evac_toolkit.core.registry.closing import note_path
from evac_toolkit.core.registry.store import Registry

pytestmark = pytest.mark.gui


def test_an_interrupted_close_is_finished_and_the_window_says_so(qtbot, data_home: Path):
    registry = Registry.open(data_home)
    registry.add({"display_name": "Closed Person", "languages": ["vi"]})
    take_backup(registry.path)
    archive = data_home / "archives" / "registry-closed.sqlite"
    archive.parent.mkdir()
    copy_database(registry.db.conn, archive)
    # As close-shelter leaves it when it stops after the archive, before the wipe is done.
    note_path(registry.path).write_text(json.dumps(
        {"phase": "wiping", "archive": str(archive), "people": 1}), encoding="utf-8")
    registry.close()

    from evac_toolkit.ui.app import create_application, create_main_window

    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    opened = window.registry()
    assert opened.count() == 0
    box = window.findChild(QMessageBox, "registry_notices")
    assert box is not None and box.isVisible()
    assert box.text() == (f"避難所を閉じる処理が途中で止まっていたため、続きを行いました。記録ファイル "
                          f"{archive}（1 人）は残し、名簿データを消去し、バックアップ 1 件を削除しました。")
    assert not (data_home / "backups").exists() and not note_path(opened.path).exists()
    box.accept()
