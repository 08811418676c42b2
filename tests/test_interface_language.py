"""The interface language: the command line follows the locale or --ui-language, the window
offers every catalog with a draft labelled as one, and a third language needs no code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from evac_toolkit.core import i18n
from evac_toolkit.core.settings import Settings, system_ui_language

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, lang: str, data: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "evac-toolkit"
    env = {key: value for key, value in os.environ.items()
           if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run([str(exe), "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=env)


def vietnamese(msgid: str) -> str:
    with (ROOT / "translations" / "vi.po").open("rb") as handle:
        entry = read_po(handle, locale="vi").get(msgid)
    assert entry is not None and entry.string, msgid
    return entry.string


def test_every_catalog_is_an_interface_language():
    assert set(i18n.available_languages()) >= {"en", "ja", "vi"}
    assert i18n.translation_status("ja") == "maintained"
    assert i18n.translation_status("vi") == "draft"      # not vouched for in status.toml
    assert i18n.translation_status("en") == "source"


def test_the_locale_chooses_the_interface_language():
    assert system_ui_language({"LANG": "vi_VN.UTF-8"}) == "vi"
    assert system_ui_language({"LANG": "ja_JP.UTF-8"}) == "ja"
    assert system_ui_language({"LANG": "fr_FR.UTF-8"}) == "en"     # no French catalog
    assert system_ui_language({"LC_ALL": "vi_VN", "LANG": "ja_JP.UTF-8"}) == "vi"


def test_the_command_line_speaks_the_locale_and_the_option_overrides_it(tmp_path: Path):
    expected = vietnamese("Unknown sign ID: {id}. 'evac-toolkit signs list' shows them.").format(
        id="nope")
    result = run("signs", "print", "--signs", "nope", "--out", str(tmp_path / "x.pdf"),
                 lang="vi_VN.UTF-8", data=tmp_path / "data")
    assert result.returncode == 2 and result.stderr.strip() == expected
    result = run("--ui-language", "ja", "signs", "print", "--signs", "nope", "--out",
                 str(tmp_path / "x.pdf"), lang="vi_VN.UTF-8", data=tmp_path / "data")
    assert result.returncode == 2 and "掲示物の ID「nope」はありません" in result.stderr


def test_settings_offers_vietnamese_as_a_draft(qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QApplication

    from evac_toolkit.ui import i18n as ui_i18n
    from evac_toolkit.ui.settings.view import GeneralSettings

    ui_i18n.install_translators(QApplication.instance(), "en")
    view = GeneralSettings(tmp_path, Settings())
    qtbot.addWidget(view)
    names = {view.ui_language.itemData(i): view.ui_language.itemText(i)
             for i in range(view.ui_language.count())}
    assert names["ja"] == "日本語" and names["en"] == "English"
    assert names["vi"] == "Tiếng Việt (draft translation)"


def test_the_window_reads_in_vietnamese(qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QApplication, QToolButton

    from evac_toolkit.ui.app import create_main_window

    window = create_main_window(QApplication.instance(), tmp_path, "vi")
    qtbot.addWidget(window)
    try:
        # Each section button is its icon and its name.
        labels = {button.text().split(maxsplit=1)[-1] for button in
                  window.findChildren(QToolButton)}
        assert vietnamese("Registry") in labels and vietnamese("Signs") in labels
        assert "Registry" not in labels
    finally:
        from evac_toolkit.ui import i18n as ui_i18n

        ui_i18n.install_translators(QApplication.instance(), "en")
