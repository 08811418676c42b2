"""A shelter laptop set up from a USB stick: portable mode keeps data beside the program, and
language packs copied into ``packs/`` beside it are installed on first start, once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evac_toolkit.core import paths
from evac_toolkit.core.translation import packs


@pytest.fixture
def frozen_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program as PyInstaller runs it: ``sys.frozen`` set, the executable in a folder."""
    folder = tmp_path / "evac-toolkit-0.1.0"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "evac-toolkit"))
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.delenv(paths.ENV_CACHE, raising=False)
    return folder


def test_portable_mode_keeps_data_and_cache_beside_the_program(frozen_program):
    assert paths.data_dir() != frozen_program / "data"          # no marker: the user's profile
    (frozen_program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir() == frozen_program / "data"
    assert paths.cache_dir() == frozen_program / "cache"
    assert paths.data_dir("/elsewhere") == Path("/elsewhere")    # an explicit choice still wins


def test_the_environment_still_wins_over_portable_mode(frozen_program, monkeypatch, tmp_path):
    (frozen_program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"


def test_bundled_packs_install_once_and_a_broken_one_is_reported_each_start(
        tiny_packs, data_home, tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "ja_en.argosmodel").write_bytes(tiny_packs.get("ja", "en").read_bytes())
    (folder / "broken.argosmodel").write_bytes(b"PK\x03\x04 not a pack")
    first = packs.install_bundled(folder, data_home)
    assert sorted((o.file.name, o.ok) for o in first) == [("broken.argosmodel", False),
                                                         ("ja_en.argosmodel", True)]
    assert [p.pair for p in packs.list_packs(data_home)] == [("ja", "en")]
    # Next start: the good pack is not installed again; the broken one is still reported.
    assert [a.name for a in packs.bundled_to_install(folder, data_home)] == ["broken.argosmodel"]
    # A newer pack copied over the old file is installed again.
    (folder / "ja_en.argosmodel").write_bytes(tiny_packs.get("ja", "en", "1.1").read_bytes())
    again = packs.install_bundled(folder, data_home)
    assert [(o.file.name, o.ok) for o in again if o.ok] == [("ja_en.argosmodel", True)]
    assert packs.list_packs(data_home)[0].package_version == "1.1"


def test_no_packs_folder_means_nothing_to_do(data_home, tmp_path):
    assert packs.bundled_to_install(tmp_path / "absent", data_home) == []
    assert packs.install_bundled(tmp_path / "absent", data_home) == []


@pytest.mark.gui
def test_the_window_installs_bundled_packs_after_it_appears(qtbot, tiny_packs, data_home,
                                                            tmp_path):
    from evac_toolkit.ui.app import create_application, create_main_window

    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "en_vi.argosmodel").write_bytes(tiny_packs.get("en", "vi").read_bytes())
    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    window.show_view("translate")
    job = window.install_bundled_packs(folder)
    assert job is not None
    qtbot.waitUntil(lambda: "1 個のパックを入れました" in window.statusBar().currentMessage(),
                    timeout=60_000)
    assert "英語 → ベトナム語" in window.views["translate"].packs_label.text()
    assert window.install_bundled_packs(folder) is None          # nothing new next time
