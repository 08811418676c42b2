"""The window on a full disk and on a damaged registry: the form says the disk is full and keeps
what was typed (nothing saved); the registry page names the newest good backup to restore."""

from __future__ import annotations

import random

from disk_conditions import fill, small_tmpfs
from PySide6.QtCore import Qt

from evac_toolkit.core.registry.backup import list_backups, take_backup
from evac_toolkit.core.registry.database import REGISTRY_FILE
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui import i18n
from evac_toolkit.ui.app import create_application
from evac_toolkit.ui.registry.view import RegistryView


def test_adding_on_a_full_disk_is_said_in_the_form_and_nothing_is_saved(qtbot, tmp_path):
    i18n.install_translators(create_application(), "en")
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        registry = Registry(disk / REGISTRY_FILE)
        try:
            registry.add({"display_name": "Already here"})
            view = RegistryView(registry)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitUntil(view.idle, timeout=10_000)
            fill(disk)
            dialog = view.add_person()
            dialog.name.insert("Tran Thi Full")
            dialog.notes.setPlainText("x" * 1900)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and dialog.general_error.isVisible()
            assert "disk is full" in dialog.general_error.text()
            assert "Nothing was written" in dialog.general_error.text()
            assert [p.display_name for p in registry.search("")] == ["Already here"]
            dialog.close()
            qtbot.waitUntil(view.idle, timeout=10_000)
        finally:
            registry.close()


def test_a_damaged_registry_names_its_newest_good_backup_in_the_window(qtbot, data_home):
    from evac_toolkit.ui.app import create_main_window

    registry = Registry.open(data_home)
    registry.add_many([{"display_name": f"山田 {n}", "notes": "メモ" * 60} for n in range(300)])
    registry.close()
    good = take_backup(data_home / REGISTRY_FILE, "manual")
    path = data_home / REGISTRY_FILE
    with open(path, "r+b") as handle:            # pages in the middle overwritten
        handle.seek(path.stat().st_size // 2 // 4096 * 4096)
        handle.write(random.Random(3).randbytes(4 * 4096))
    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    window.show_view("registry")
    page = window.views["registry"]
    text = page.explanation.text()
    assert "壊れています" in text and good.path.name in text
    assert "選んだバックアップから戻す" in text                 # the button's own words
    assert "evac-toolkit" not in text and "--" not in text


def test_back_up_now_on_a_full_disk_says_so_and_keeps_no_copy(qtbot, tmp_path):
    i18n.install_translators(create_application(), "en")
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        registry = Registry(disk / REGISTRY_FILE)
        try:
            registry.add_many([{"display_name": f"山田 {n}", "notes": "メモ" * 60}
                               for n in range(300)])
            view = RegistryView(registry)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitUntil(view.idle, timeout=10_000)
            fill(disk)
            assert view.files.back_up_now()
            qtbot.waitUntil(lambda: not view.files.busy(), timeout=30_000)
            assert view.status.text().startswith("The disk is full. Nothing was written.")
            assert list_backups(registry.path) == []
            assert not list(disk.rglob("*.part"))
        finally:
            registry.close()
