"""Every view fits the shelter's small laptops, with its primary actions on screen.

The window is given the inside of a maximized window on a 1024×600 netbook and a 1366×768 laptop
(the screen less a 40 px task bar and a 32 px title bar), then every view is opened, in both
interface languages, with Burmese or Sinhala (tall scripts, long names) as the evacuee's
language. A view whose minimum size is larger makes the window grow past that size, which is the
failure seen on the screen; a primary button must lie whole inside the visible window, not
clipped by a parent or pushed off the edge.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.sections import SETTINGS_TABS, VIEWS

pytestmark = pytest.mark.gui

SCREENS = {"1024x600": (1024, 600), "1366x768": (1366, 768)}
#: A task bar and a title bar: what a maximized window loses of the screen's height.
DECORATION_PX = 72
#: The primary actions of each view, by object name: what must be on screen without scrolling.
PRIMARY = {
    "fingerboards": ("answerBar", "saveToRegistry"),
    "signs": ("printSignsButton", "saveSignsPdfButton"),
    "translate": ("translateButton",),
    "registry": ("addPersonButton", "registryFileButton"),
    "drills": ("startDrillButton",),
    "settings": (),
    "languages": (),
    "content": (),
    "packs": ("installPackButton",),
}
MIN_TOUCH_PX = 40


def settle(window) -> None:
    for _ in range(3):
        QApplication.processEvents()
        window.layout().activate()


def hidden_part(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` is not wholly visible in ``window``, or None when it is."""
    if not widget.isVisible():
        return "not shown"
    rect = QRect(widget.rect())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return (f"{rect.getRect()} lies outside {type(parent).__name__} "
                    f"{parent.objectName()!r} {parent.rect().getRect()}")
        if parent is window:
            return None
        child, parent = parent, parent.parentWidget()
    return "not in the window"


def section_of(view: str) -> str:
    return "settings" if view in SETTINGS_TABS else view


@pytest.fixture
def small_window(qtbot, data_home: Path):
    def build(ui_language: str, evacuee_language: str, width: int, height: int):
        window = create_main_window(create_application(), data_home, ui_language=ui_language)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.views["fingerboards"].ensure_built()
        window.set_evacuee_language(evacuee_language)
        settle(window)
        return window
    return build


@pytest.mark.parametrize("evacuee_language", ["my", "si"])
@pytest.mark.parametrize("ui_language", ["ja", "en", "vi"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_view_fits_with_its_primary_actions_on_screen(small_window, screen, ui_language,
                                                            evacuee_language):
    width, height = SCREENS[screen]
    inside = (width, height - DECORATION_PX)
    window = small_window(ui_language, evacuee_language, *inside)
    problems = []
    for view in VIEWS:
        window.show_view(view)
        settle(window)
        needed = window.size().expandedTo(window.minimumSizeHint())
        if (needed.width(), needed.height()) != inside:
            problems.append(f"{view}: the window needs {needed.width()}×{needed.height()}, "
                            f"the screen has {inside[0]}×{inside[1]}")
        page = window.views[section_of(view)]
        for name in PRIMARY[view]:
            found = page.findChildren(QWidget, name)
            if not found:
                problems.append(f"{view}: no widget named {name}")
                continue
            why = hidden_part(found[0], window)
            if why:
                problems.append(f"{view}: {name} {why}")
    # The stacked views keep their minimum sizes: after visiting all, the first still fits.
    window.show_view("fingerboards")
    settle(window)
    if (window.width(), window.height()) != inside:
        problems.append(f"back on fingerboards the window is {window.width()}×{window.height()}")
    window.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ui_language", ["ja", "en", "vi"])
def test_during_a_drill_the_banner_does_not_widen_the_window(small_window, ui_language):
    inside = (1024, 600 - DECORATION_PX)
    window = small_window(ui_language, "si", *inside)
    window.show_view("drills")
    drills = window.views["drills"]
    drills.set_checked([drills.scenario_list.item(row).data(Qt.ItemDataRole.UserRole)
                        for row in range(drills.scenario_list.count())])
    drills.start()
    problems = []
    for view in VIEWS:
        window.show_view(view)
        settle(window)
        needed = window.size().expandedTo(window.minimumSizeHint())
        if (needed.width(), needed.height()) != inside:
            problems.append(f"{view}: the window needs {needed.width()}×{needed.height()}")
    window.show_view("drills")
    settle(window)
    end = window.views["drills"].findChild(QWidget, "endDrillButton")
    assert hidden_part(end, window) is None
    assert window.drill_banner.text().startswith("訓練 DRILL")
    assert window.drill_banner.shown_text().endswith("…")     # shortened, not widened
    window.end_drill()
    window.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ui_language", ["ja", "en", "vi"])
def test_a_narrow_window_names_sections_under_their_icons(small_window, ui_language):
    window = small_window(ui_language, "my", 1024, 600 - DECORATION_PX)
    assert window.nav.width() <= 130
    for button in window.nav_buttons.values():
        icon, name = button.text().split("\n")
        assert button.fontMetrics().horizontalAdvance(name) <= button.width()
        assert button.height() >= 48
    window.resize(1366, 768 - DECORATION_PX)
    settle(window)
    assert all("\n" not in button.text() for button in window.nav_buttons.values())
    assert window.version_label.isVisible()


@pytest.mark.parametrize("ui_language", ["ja", "en", "vi"])
def test_primary_actions_are_touch_sized(small_window, ui_language):
    window = small_window(ui_language, "my", 1024, 600 - DECORATION_PX)
    small = []
    for view in VIEWS:
        window.show_view(view)
        settle(window)
        page = window.views[section_of(view)]
        for name in PRIMARY[view]:
            widget = page.findChildren(QWidget, name)[0]
            targets = list(widget.buttons.values()) if name == "answerBar" else [widget]
            small += [f"{view}: {name} {target.height()} px" for target in targets
                      if target.height() < MIN_TOUCH_PX]
        # Every other push button of the views laid out here too (dialog-free, on screen).
        if view in ("signs", "translate", "registry", "drills", "packs"):
            small += [f"{view}: {button.text()!r} {button.height()} px"
                      for button in page.findChildren(QPushButton)
                      if button.isVisible() and button.height() < MIN_TOUCH_PX]
    window.close()
    assert not small, "\n".join(small)


# -- on a real screen of that size (a separate process: the screen is fixed at start) ---------
FIT_SCRIPT = """
import json, sys
from pathlib import Path
from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.sections import VIEWS
app = create_application()
window = create_main_window(app, Path(sys.argv[1]), ui_language="ja")
window.fit_to_screen()
window.show()
app.processEvents()
sizes = {}
for view in VIEWS:
    window.show_view(view)
    for _ in range(3):
        app.processEvents()
    # What the layout needs counts too: a maximized window can be squeezed and clip its view.
    needed = window.size().expandedTo(window.minimumSizeHint())
    sizes[view] = [needed.width(), needed.height()]
available = window.screen().availableGeometry()
# The forms opened from the views: as large as they like, but never past the screen.
dialogs = {}
window.show_view("registry")
for name, dialog in (("person", window.views["registry"].add_person()),
                     ("scenario", (window.show_view("drills"),
                                   window.views["drills"].new_scenario())[1])):
    for _ in range(3):
        app.processEvents()
    dialogs[name] = available.contains(dialog.frameGeometry())
    dialog.close()
print(json.dumps({"maximized": window.isMaximized(), "sizes": sizes, "dialogs": dialogs,
                  "pos": [window.x(), window.y()],
                  "screen": [available.width(), available.height()]}))
window.close()
"""


def fit_on_screen(tmp_path: Path, width: int, height: int) -> dict:
    from evac_toolkit.ui.screenshot import offscreen_screen

    env = {**os.environ, "QT_QPA_PLATFORM": offscreen_screen(width, height, tmp_path),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", FIT_SCRIPT,
                             str(tmp_path / "data")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# A fresh process builds every view: slow on a busy machine, never a measure of speed.
SUBPROCESS_TIME = pytest.mark.timeout(330)


@SUBPROCESS_TIME
@pytest.mark.usefixtures("keyring_on_disk")      # the child process unlocks the registry
@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_window_opens_maximized_on_a_small_screen_and_never_outgrows_it(tmp_path, screen):
    width, height = SCREENS[screen]
    seen = fit_on_screen(tmp_path, width, height)
    assert seen["maximized"]
    assert seen["sizes"] == {view: [width, height] for view in VIEWS}
    assert seen["dialogs"] == {"person": True, "scenario": True}


@SUBPROCESS_TIME
@pytest.mark.usefixtures("keyring_on_disk")
def test_on_a_large_screen_the_window_opens_at_its_own_size_in_the_middle(tmp_path):
    seen = fit_on_screen(tmp_path, 1920, 1080)
    assert not seen["maximized"]
    assert seen["sizes"]["fingerboards"] == [1280, 800]
    assert seen["pos"] == [(1920 - 1280) // 2, (1080 - 800) // 2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    env.pop("QT_QPA_PLATFORM", None)          # the command sets up its own offscreen screen
    exe = Path(sys.executable).parent / "evac-toolkit"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          timeout=300)


@SUBPROCESS_TIME
def test_screenshot_is_exactly_the_size_asked_for(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "signs.png"
    result = run_cli("--data-dir", str(tmp_path / "data"), "screenshot", "--view", "signs",
                     "--ui-language", "ja", "--language", "my", "--size", "1024x600",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 600)


@SUBPROCESS_TIME
def test_a_screen_too_small_for_the_view_is_an_error_not_a_bigger_picture(tmp_path):
    out = tmp_path / "signs.png"
    result = run_cli("--data-dir", str(tmp_path / "data"), "screenshot", "--view", "signs",
                     "--size", "480x320", "--out", str(out))
    assert result.returncode == 2
    assert "does not fit a 480x320 screen" in result.stderr
    assert not out.exists()


def test_a_malformed_size_is_one_line_not_a_traceback(tmp_path):
    result = run_cli("screenshot", "--view", "signs", "--size", "big",
                     "--out", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Screen size 'big' is not valid")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("evacuee_language", ["my", "si"])
def test_table_mode_keeps_the_window_on_a_small_screen(small_window, evacuee_language):
    """Turning the evacuee's half round for the person across the table must not push the
    window past the netbook's screen (it grew to 758 px tall when the half was shown first)."""
    inside = (1024, 600 - DECORATION_PX)
    window = small_window("ja", evacuee_language, *inside)
    board = window.views["fingerboards"]
    board.set_table_mode(True)
    settle(window)
    assert (window.width(), window.height()) == inside
    assert hidden_part(board.table_half, window) is None     # the turned half (a scene)
    board.set_table_mode(False)
    settle(window)
    assert (window.width(), window.height()) == inside
    assert hidden_part(board.answer_bar, window) is None


def test_translation_results_get_the_room_on_a_netbook(small_window, qtbot):
    """At 1024×600 the chosen languages fold into one line once results are shown, so the first
    result with its buttons is on screen; a tap unfolds them. The window never grows."""
    inside = (1024, 600 - DECORATION_PX)
    window = small_window("ja", "my", *inside)
    window.show_view("translate")
    view = window.views["translate"]
    view.set_targets(["my", "si", "en"])
    view.input.setPlainText("けがをしていますか？")          # a prepared phrase: no pack needed
    view.translate()
    qtbot.waitUntil(view.results_complete, timeout=30_000)
    settle(window)
    assert (window.width(), window.height()) == inside
    assert view.targets_summary.isVisible() and not view.targets.isVisible()
    assert "ミャンマー語" in view.targets_summary.text()
    # The first result's buttons are on screen without scrolling (they were below the edge).
    assert hidden_part(view.cards[0].copy_button, window) is None
    view.targets_summary.click()
    settle(window)
    assert view.targets.isVisible() and not view.targets_summary.isVisible()
    assert (window.width(), window.height()) == inside
