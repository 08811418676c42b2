"""Print fonts missing at the first print (a cleared cache): prepared once, in the open.

The CLI says so on stderr with progress; the GUI shows a progress dialog at start. To stay
cheap, the empty cache gets every instance but the smallest (Thai bold) copied from the
session's prepared cache, so the real preparation derives one real instance.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from evac_toolkit.cli.main import main
from evac_toolkit.core import fonts
from evac_toolkit.core.messages import message

ROOT = Path(__file__).resolve().parent.parent
SMALL = "Noto Sans Thai"


@pytest.fixture
def cache_missing_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder holding every print-font instance except Thai bold."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVAC_TOOLKIT_CACHE", str(cache))
    (cache / "fonts").mkdir(parents=True)
    assert fonts.missing_instances([SMALL]), "the fresh cache must lack the Thai instance"
    for _source, _weight, target in fonts.missing_instances():
        if not target.name.startswith("NotoSansThai-"):
            shutil.copyfile(ROOT / ".cache" / "fonts" / target.name, target)
    assert [target.name.split("-")[0] for _, _, target in fonts.missing_instances()] \
        == ["NotoSansThai"]
    return cache


def test_a_print_command_says_on_stderr_that_it_prepares_print_fonts_once(
        cache_missing_one, tmp_path, capsys):
    out = tmp_path / "sign.pdf"
    args = ["signs", "print", "--signs", "facility.toilet", "--languages", "en,th",
            "--out", str(out)]
    assert main(args) == 0
    captured = capsys.readouterr()
    announced = message("fonts_preparing_once", "en")
    assert announced in captured.err and " 1/1 " in captured.err
    assert announced not in captured.out
    assert out.is_file() and not fonts.missing_instances()

    assert main(args) == 0                      # once: the second print says nothing about it
    assert announced not in capsys.readouterr().err


def test_a_command_that_prints_nothing_does_not_prepare_fonts(cache_missing_one, capsys):
    assert main(["signs", "list"]) == 0
    assert message("fonts_preparing_once", "en") not in capsys.readouterr().err
    assert fonts.missing_instances()


@pytest.mark.gui
def test_start_with_a_cleared_cache_prepares_print_fonts_in_a_progress_dialog(
        qtbot, cache_missing_one, data_home):
    from evac_toolkit.ui.app import create_application, create_main_window
    from evac_toolkit.ui.print_fonts import prepare_missing_print_fonts

    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    preparation = prepare_missing_print_fonts(window)
    ended = []
    preparation.finished.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: preparation.dialog is not None and preparation.dialog.isVisible(),
                    timeout=60_000)
    assert "一度" in preparation.dialog.labelText()          # in the UI's language
    assert window.isEnabled()                                # the UI thread is not blocked
    qtbot.waitUntil(lambda: bool(ended), timeout=300_000)
    assert preparation.dialog is None
    assert not fonts.missing_instances()


@pytest.mark.gui
def test_the_programs_start_looks_for_missing_print_fonts_after_showing_the_window(
        qtbot, cache_missing_one, data_home):
    """The hook run_gui calls: the dialog comes up over the shown window, then goes away."""
    from PySide6.QtWidgets import QProgressDialog

    from evac_toolkit.ui.app import (
        create_application,
        create_main_window,
        prepare_print_fonts_at_start,
    )

    window = create_main_window(create_application(), data_home, ui_language="en")
    qtbot.addWidget(window)
    window.show()
    prepare_print_fonts_at_start(window)
    qtbot.waitUntil(lambda: any(dialog.isVisible()
                                for dialog in window.findChildren(QProgressDialog)),
                    timeout=60_000)
    qtbot.waitUntil(lambda: not fonts.missing_instances() and not any(
        dialog.isVisible() for dialog in window.findChildren(QProgressDialog)), timeout=300_000)


@pytest.mark.gui
def test_start_with_every_print_font_ready_shows_no_dialog(qtbot, data_home):
    from evac_toolkit.ui.app import create_application, create_main_window
    from evac_toolkit.ui.print_fonts import prepare_missing_print_fonts

    window = create_main_window(create_application(), data_home, ui_language="en")
    qtbot.addWidget(window)
    preparation = prepare_missing_print_fonts(window)
    ended = []
    preparation.finished.connect(lambda: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert preparation.dialog is None


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The desktop bundle's font layout: ready-made instances and their manifest, the program
    looking there first, and an empty cache."""
    folder = tmp_path / "font-instances"
    left_out = fonts.bundle_instances(folder)
    monkeypatch.setattr(fonts, "bundled_font_instances_dir", lambda: folder)
    monkeypatch.setenv("EVAC_TOOLKIT_CACHE", str(tmp_path / "empty-cache"))
    caches = (fonts._bundled, fonts.font_specs, fonts.cmap, fonts._metrics,
              fonts._file_metrics, fonts._screen_instances)
    for cached in caches:
        cached.cache_clear()
    yield folder, left_out
    for cached in caches:
        cached.cache_clear()


CJK = ["Noto Sans JP", "Noto Sans SC", "Noto Sans TC", "Noto Sans KR"]


def test_the_bundle_prints_from_its_own_instances_with_an_empty_cache(bundled):
    folder, left_out = bundled
    assert fonts.missing_instances() == []
    assert not (folder.parent / "empty-cache").exists()
    # Thin-by-default CJK: both weights are instances, so the variable files stay out.
    assert sorted(path.name for path in left_out) == sorted(
        f"{family.replace(' ', '')}[wght].ttf" for family in CJK)
    for family in CJK:
        assert fonts.spec(family).file.parent == folder
        assert fonts.static_on_screen(family)
    assert not fonts.static_on_screen("Noto Sans")
    bold = fonts.font_file("Noto Sans JP", fonts.BOLD)
    assert bold.parent == folder and bold != fonts.font_file("Noto Sans JP", fonts.REGULAR)
    assert TTFont(bold, lazy=True)["OS/2"].usWeightClass == 700
    assert fonts.font_file("Noto Sans", fonts.BOLD).parent == folder
    # Noto Sans is regular by default: its variable file serves regular text as before.
    assert fonts.font_file("Noto Sans", fonts.REGULAR).name == "NotoSans[wght].ttf"
    assert ord("難") in fonts.cmap("Noto Sans JP")
    assert not (folder.parent / "empty-cache").exists()


@pytest.mark.gui
def test_qt_draws_bold_cjk_from_the_bundles_bold_instance(qtbot, bundled):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from evac_toolkit.ui.fonts import qfont

    for file in fonts.screen_files("Noto Sans JP"):
        assert QFontDatabase.addApplicationFont(str(file)) >= 0
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles("Noto Sans JP"))
    assert QFontInfo(qfont("Noto Sans JP", 20, fonts.BOLD)).styleName() == "Bold"
    assert QFontInfo(qfont("Noto Sans JP", 20, fonts.REGULAR)).styleName() == "Regular"


def test_an_unwritable_cache_is_one_clear_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("EVAC_TOOLKIT_CACHE", str(blocker))
    assert main(["board", "print", "--language", "th", "--out", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("The print fonts cannot be prepared")
    assert not (tmp_path / "b.pdf").exists()
