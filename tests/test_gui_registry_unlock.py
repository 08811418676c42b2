"""The Registry view while the registry is locked: the shelter passphrase is set up there the
first time (its recovery key shown once, saved as a page to print), asked for afterwards (a
wrong one is said in a dialog and can be tried again), and reset with the recovery key; the
other views work without it."""

from __future__ import annotations

import pypdfium2
import pytest
from cipher_pages import plain_copy

from evac_toolkit.core import key_setup, shelter_key
from evac_toolkit.core.messages import gui_message

pytestmark = pytest.mark.gui


@pytest.fixture
def locked():
    shelter_key.lock()


@pytest.fixture(autouse=True)
def no_script_passphrase(monkeypatch):
    """The window asks; no passphrase comes from the environment."""
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE)


def _registry_page(window):
    window.show_view("registry")
    return window.views["registry"]


def test_the_passphrase_is_set_up_and_the_recovery_key_shown_once(locked, window, qtbot,
                                                                  data_home, tmp_path):
    from evac_toolkit.ui.registry.unlock import RegistryUnlock

    page = _registry_page(window)
    assert isinstance(page, RegistryUnlock) and page.setting_up
    page.passphrase.setText("our shelter 2026")
    page.again.setText("our shelter 2026")
    qtbot.mouseClick(page.submit_button, qtbot_left())
    qtbot.waitUntil(lambda: page.recovery_dialog is not None, timeout=10_000)
    dialog = page.recovery_dialog
    recovery = dialog.recovery
    assert shelter_key.parse_recovery(recovery) == shelter_key.current()
    out = tmp_path / "recovery.pdf"
    dialog.save(out)
    text = pypdfium2.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert recovery.split("-")[0] in text and "回復キー" in text
    dialog.accept()
    qtbot.waitUntil(lambda: type(window.views["registry"]).__name__ == "RegistryView",
                    timeout=10_000)
    assert shelter_key.exists(data_home)


def test_a_wrong_passphrase_is_said_in_a_dialog_and_can_be_tried_again(window, qtbot,
                                                                      data_home):
    shelter_key.lock()
    key_setup.create(data_home, "right passphrase")
    shelter_key.lock()
    page = _registry_page(window)
    assert not page.setting_up
    page.passphrase.setText("wrong passphrase")
    page.submit()
    qtbot.waitUntil(lambda: page.error_box is not None and page.error_box.isVisible(),
                    timeout=10_000)
    assert page.error_box.text() == gui_message("passphrase_wrong", "ja")
    assert shelter_key.current() is None
    page.error_box.accept()
    page.passphrase.setText("right passphrase")
    page.submit()
    qtbot.waitUntil(lambda: type(window.views["registry"]).__name__ == "RegistryView",
                    timeout=10_000)


def test_the_recovery_key_sets_a_new_passphrase(window, qtbot, data_home, monkeypatch):
    monkeypatch.setenv(shelter_key.ENV_PASSPHRASE, "a stale script's passphrase")
    shelter_key.lock()
    recovery = key_setup.create(data_home, "forgotten one")
    shelter_key.lock()
    page = _registry_page(window)
    dialog = page.use_recovery_key()
    dialog.key.setText(recovery.lower())
    dialog.passphrase.setText("a new passphrase")
    dialog.again.setText("a new passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: type(window.views["registry"]).__name__ == "RegistryView",
                    timeout=10_000)
    shelter_key.lock()
    shelter_key.unlock(data_home, "a new passphrase")


def test_boards_signs_and_translation_work_while_locked(locked, window):
    for name in ("fingerboards", "signs", "translate"):
        window.show_view(name)
        assert window.stack.currentWidget() is window.views[name]
    assert shelter_key.current() is None


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_plain_registry_is_encrypted_and_the_coordinator_told(window, qtbot, data_home,
                                                                tmp_path):
    from test_registry_encryption import NAME

    from evac_toolkit.core.registry.store import Registry

    made = Registry.open(tmp_path / "made")
    made.add({"display_name": NAME})
    made.close()
    data_home.mkdir(parents=True, exist_ok=True)
    plain_copy(tmp_path / "made" / "registry.sqlite", data_home / "registry.sqlite")
    window.show_view("registry")
    assert type(window.views["registry"]).__name__ == "RegistryView"
    assert window.encrypted_notice.isVisible()
    assert "上書きして削除" in window.encrypted_notice.text()
    assert NAME.encode() not in (data_home / "registry.sqlite").read_bytes()


def test_settings_change_the_passphrase(window, qtbot, data_home):
    window.show_view("settings")
    box = window.views["settings"].general.passphrase
    assert box.setting_up                       # the test key is held, no keyring written yet
    dialog = box.open_dialog()
    dialog.passphrase.setText("set in settings")
    dialog.again.setText("set in settings")
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(box.dialog, type(dialog)) is False, timeout=10_000)
    assert shelter_key.exists(data_home) and not box.setting_up
    box.dialog.accept()                         # the recovery key, shown once
    dialog = box.open_dialog()
    dialog.current.setText("wrong one!")
    dialog.passphrase.setText("changed in settings")
    dialog.again.setText("changed in settings")
    dialog.accept()
    qtbot.waitUntil(lambda: box.button.isEnabled() and box.status.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: box._job is None, timeout=10_000)
    assert box.status.text() == gui_message("passphrase_wrong", "ja")
    dialog = box.open_dialog()
    dialog.current.setText("set in settings")
    dialog.passphrase.setText("changed in settings")
    dialog.again.setText("changed in settings")
    dialog.accept()
    qtbot.waitUntil(lambda: box._job is None, timeout=10_000)
    shelter_key.lock()
    shelter_key.unlock(data_home, "changed in settings")
