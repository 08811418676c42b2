"""The main window in both UI languages, with real widgets offscreen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.languages import catalog
from evac_toolkit.ui import worker
from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.sections import SECTIONS, SETTINGS_TABS, VIEWS

pytestmark = pytest.mark.gui

NAV = {
    "ja": ["指さしボード", "掲示物", "翻訳", "避難者名簿", "訓練", "設定"],
    "en": ["Fingerboards", "Signs", "Translate", "Registry", "Drills", "Settings"],
}


@pytest.fixture
def window_for(qtbot, data_home: Path):
    def build(ui_language: str):
        app = create_application()
        window = create_main_window(app, data_home, ui_language=ui_language)
        qtbot.addWidget(window)
        window.show()
        return window
    return build


@pytest.mark.parametrize("ui_language", ["ja", "en"])
def test_every_view_opens_in_both_ui_languages(window_for, ui_language):
    window = window_for(ui_language)
    labels = [window.nav_buttons[name].text().split("  ", 1)[1] for name in SECTIONS]
    assert labels == NAV[ui_language]
    for view in VIEWS:
        window.show_view(view)
        section = "settings" if view in SETTINGS_TABS else view
        assert window.stack.currentWidget() is window.views[section]
        assert window.nav_buttons[section].isChecked()


def test_every_section_is_built_and_says_what_it_is_for(window_for):
    window = window_for("ja")
    for name in SECTIONS:
        window.show_view(name)
        view = window.views[name]
        assert type(view).__name__ != "QWidget"       # a real view, not a placeholder
        assert window.nav_buttons[name].toolTip()      # the purpose, in Japanese


def test_nav_targets_are_touch_sized(window_for):
    window = window_for("ja")
    for button in window.nav_buttons.values():
        assert button.height() >= 48
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()


def test_switching_ui_language_retranslates_and_is_remembered(window_for, data_home: Path):
    window = window_for("ja")
    window.show_view("settings")
    combo = window.views["settings"].general.ui_language
    combo.setCurrentIndex(combo.findData("en"))
    assert window.nav_buttons["signs"].text().endswith("Signs")
    assert window.stack.currentWidget() is window.views["settings"]  # stays where the user was
    saved = json.loads((data_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["ui_language"] == "en"
    again = create_main_window(create_application(), data_home)
    assert again.nav_buttons["signs"].text().endswith("Signs")
    again.close()


def test_languages_view_selects_the_evacuee_language(window_for):
    window = window_for("en")
    window.set_evacuee_language("my")
    window.show_view("languages")
    table = window.views["settings"].languages.table
    row = table.currentRow()
    assert table.item(row, 2).text() == "my"
    assert table.item(row, 0).text() == "မြန်မာဘာသာ"


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_qt_draws_every_sample_sentence_with_real_glyphs(qapp, language):
    """Qt gets the language's font (or a bundled fallback) for every character: no tofu."""
    create_application()
    chain = [language.font, *fonts.fallback_families()]
    raws = [QRawFont.fromFont(qfont(family, 20)) for family in chain]
    assert raws[0].familyName() == language.font, "font not registered with Qt"
    shown = ruby.inline(language.sample) if language.ruby else language.sample
    for char in shown:
        if char.isspace() or ord(char) in (0x200D, 0x200C):
            continue
        # glyph index 0 is .notdef, the tofu box
        assert any(raw.glyphIndexesForString(char)[0] != 0 for raw in raws), \
            f"{language.code}: {char!r}"


def test_worker_runs_off_the_ui_thread_and_reports(qtbot):
    import threading

    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        progress(1, 2, "half")
        progress(2, 2, "done")
        return 42

    job = worker.Job(work)
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as finished:
        worker.start(job)
    assert finished.args == [42]
    assert seen["thread"] is not threading.main_thread()


def test_qt_calls_do_not_leak_references_to_none():
    """PySide6 6.12.0 on CPython 3.11 took a reference from None on each Qt call returning
    nothing, and Python aborted after ~5,000 calls: the app would die mid-shift. Run in a child
    so a regression fails this test instead of killing the test run."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(20000): label.setText('x')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
