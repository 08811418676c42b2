"""A settings.json that is not a JSON object ("[]", broken JSON, a number) used to break every
command. Now the file is set aside (kept for whoever wants to look at it), the defaults apply, and
the user is told once — on the command line and in the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from disk_conditions import read_only

from evac_toolkit.cli.main import main
from evac_toolkit.core.settings import SETTINGS_FILE, Settings, recover_settings

BAD = {"a list": "[]", "broken JSON": "{\"ui_language\": ", "a number": "7", "null": "null",
       "not UTF-8": b"\xff\xfe{}", "deeply nested": "[" * 100_000 + "]" * 100_000}


def _write(folder: Path, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SETTINGS_FILE
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("content", BAD.values(), ids=BAD.keys())
def test_every_command_still_runs_and_the_bad_file_is_kept_and_said_once(
        content, data_home: Path, capsys):
    path = _write(data_home, content)
    original = path.read_bytes()
    assert main(["languages", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)                       # the command's output is untouched
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "settings file" in lines[0] and "default" in lines[0]
    (kept,) = data_home.glob(f"{SETTINGS_FILE}.bad-*")
    assert kept.read_bytes() == original and not path.exists()
    assert main(["registry", "list"]) == 0                # and again: nothing more to say
    assert capsys.readouterr().err == ""


def test_a_wrong_kind_of_value_gives_that_default(data_home: Path):
    _write(data_home, '{"ui_language": ["ja"], "preset_languages": 5}')
    assert Settings.load(data_home) == Settings()
    assert recover_settings(data_home) is None            # an object: kept as it is


def test_a_read_only_folder_keeps_the_file_and_says_the_defaults_apply(data_home: Path,
                                                                        capsys):
    _write(data_home, "[]")
    with read_only(data_home) as folder:
        for _ in range(2):                      # said every time: the file cannot be set aside
            assert main(["--data-dir", str(folder), "languages", "--json"]) == 0
            err = capsys.readouterr().err.strip().splitlines()
            assert len(err) == 1 and "this time" in err[0]
        assert (folder / SETTINGS_FILE).read_text(encoding="utf-8") == "[]"


def test_the_window_says_so_in_a_dialog(qtbot, data_home: Path):
    from evac_toolkit.ui import i18n
    from evac_toolkit.ui.app import create_application, create_main_window

    _write(data_home, "[]")
    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    box = window.settings_notice
    assert box.isVisible() and "設定ファイル" in box.text() and "初期設定" in box.text()
    assert list(data_home.glob(f"{SETTINGS_FILE}.bad-*"))
    i18n.install_translators(create_application(), "en")     # for the tests after this one
