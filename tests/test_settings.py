import os
from pathlib import Path

import pytest

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.settings import Settings, effective_ui_language, system_ui_language


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LC_ALL": "ja_JP.eucJP", "LANG": "en_US.UTF-8"}, "ja"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "vi_VN.UTF-8"}, "vi"),      # a catalog exists
    ({"LANG": "fr_FR.UTF-8"}, "en"),      # none: English
    ({}, "en"),
])
def test_ui_language_follows_the_locale(env, expected):
    assert system_ui_language(env) == expected


def test_settings_round_trip_and_override_the_locale(data_home: Path, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert effective_ui_language(Settings.load(data_home)) == "ja"
    Settings(ui_language="en").save(data_home)
    loaded = Settings.load(data_home)
    assert loaded.ui_language == "en"
    assert effective_ui_language(loaded) == "en"


def test_a_damaged_settings_file_gives_defaults(data_home: Path):
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text("{not json", encoding="utf-8")
    assert Settings.load(data_home) == Settings()
    (data_home / "settings.json").write_text('{"ui_language": "xx", "bogus": 1}', "utf-8")
    assert Settings.load(data_home).ui_language is None


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path):
    target = tmp_path / "file.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write("half of the new")
            raise RuntimeError("power cut")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["file.txt"]
