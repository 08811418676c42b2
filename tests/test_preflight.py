import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evac_toolkit.core.messages import message
from evac_toolkit.preflight import (
    QT_XCB_PACKAGES,
    cpu_problem,
    display_problem,
    os_problem,
    qt_platform_plugin,
    tell_without_console,
    xcb_problem,
)

OLD_CPU = "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae sse sse2 ssse3 sse4_1\n"
NEW_CPU = "processor\t: 0\nflags\t\t: fpu vme sse sse2 ssse3 sse4_1 sse4_2 popcnt avx\n"


def test_x86_cpu_without_sse42_is_reported():
    assert cpu_problem("x86_64", OLD_CPU) == "cpu_sse42"
    assert cpu_problem("AMD64", OLD_CPU) == "cpu_sse42"


def test_x86_cpu_with_sse42_passes_and_arm_is_not_judged():
    assert cpu_problem("x86_64", NEW_CPU) is None
    assert cpu_problem("aarch64", OLD_CPU) is None


def test_this_machine_passes():
    assert cpu_problem() is None
    assert os_problem() is None


def test_old_or_32bit_windows_is_reported():
    assert os_problem("win32", is_64bit=True, windows_major=6) == "os_windows_old"
    assert os_problem("win32", is_64bit=True, windows_major=10) is None
    assert os_problem("linux", is_64bit=False) == "os_32bit"


def test_linux_without_a_display_is_reported_unless_a_qt_platform_is_chosen():
    assert display_problem("linux", {}) == "no_display"
    assert display_problem("linux", {"DISPLAY": ":0"}) is None
    assert display_problem("linux", {"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem("linux", {"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem("win32", {}) is None


# -- Qt's X11 platform plugin and the system libraries it needs ------------------------------
ROOT = Path(__file__).resolve().parent.parent
X11 = {"DISPLAY": ":0"}


@pytest.fixture
def plugin_needing_a_library(tmp_path: Path) -> tuple[Path, Path]:
    """A real shared object linked against a real library, built with the C compiler; putting
    the library aside makes the plugin unloadable. (The library's name is one no system has:
    the loader would otherwise find the system's copy.)"""
    if shutil.which("gcc") is None:
        pytest.skip("needs gcc to build the shared objects")
    lib = tmp_path / "lib"
    lib.mkdir()
    (tmp_path / "dep.c").write_text("int xcb_cursor_stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text(
        "int xcb_cursor_stub(void);\nint plugin_entry(void) { return xcb_cursor_stub(); }\n")
    # One name per test: the loader keeps a library loaded once for the whole process.
    library = lib / f"libxcb-evac-{tmp_path.name}.so.0"
    subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{library.name}",
                    "-o", str(library), str(tmp_path / "dep.c")], check=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(library), f"-Wl,-rpath,{lib}"], check=True)
    return plugin, library


def test_a_plugin_whose_library_is_missing_is_reported_with_the_library(
        plugin_needing_a_library):
    """The system loader answers once per process (it keeps what it loaded, and a second try
    after a failure reads differently), so the missing case goes first, as at a real start."""
    plugin, library = plugin_needing_a_library
    aside = library.rename(library.with_name("put-aside"))
    code, params = xcb_problem("linux", X11, plugin=plugin)
    assert code == "qt_system_libraries"
    assert params == {"library": library.name, "packages": " ".join(QT_XCB_PACKAGES)}
    said = message(code, "ja", **params)
    assert f"{library.name} がありません" in said and "libxcb-cursor0" in said
    assert "libxkbcommon-x11-0" in message(code, "en", **params)
    aside.rename(library)                                         # installed: it loads
    assert xcb_problem("linux", X11, plugin=plugin) is None


def test_the_plugin_is_not_judged_when_qt_would_not_use_it(plugin_needing_a_library):
    plugin, library = plugin_needing_a_library
    library.unlink()
    assert xcb_problem("linux", {"QT_QPA_PLATFORM": "offscreen"}, plugin=plugin) is None
    assert xcb_problem("linux", {"QT_QPA_PLATFORM": "wayland"}, plugin=plugin) is None
    assert xcb_problem("win32", X11, plugin=plugin) is None
    assert xcb_problem("linux", {"WAYLAND_DISPLAY": "wayland-0", **X11}, plugin=plugin) is None
    assert xcb_problem("linux", {"QT_QPA_PLATFORM": "wayland;xcb"}, plugin=plugin) is not None


def test_the_real_plugin_is_found_without_importing_qt():
    code = ("import sys; from evac_toolkit.preflight import qt_platform_plugin\n"
            "print(qt_platform_plugin()); print('PySide6.QtCore' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    found, imported = result.stdout.split()
    assert found.endswith("PySide6/Qt/plugins/platforms/libqxcb.so") and imported == "False"


def _real_plugin_loads() -> bool:
    try:
        ctypes.CDLL(str(qt_platform_plugin()))
    except OSError:
        return False
    return True


@pytest.mark.skipif(qt_platform_plugin() is None or _real_plugin_loads(),
                    reason="Qt's X11 libraries are all installed on this machine")
def test_without_qt_s_libraries_the_program_explains_instead_of_aborting(tmp_path):
    """Here the real plugin cannot load: Qt would abort with its own English text (exit 134)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=":99", LANG="ja_JP.UTF-8", EVAC_TOOLKIT_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "evac_toolkit"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("ウィンドウを開けません。システムのライブラリ ")
    assert "sudo apt-get install libxcb-cursor0" in result.stderr
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr


def test_the_package_list_is_the_one_the_install_tool_uses():
    script = (ROOT / "tools" / "ensure-qt-system-libs").read_text(encoding="utf-8")
    listed = next(line for line in script.splitlines() if line.startswith("packages="))
    assert tuple(listed.split("=", 1)[1].strip('"').split()) == QT_XCB_PACKAGES


def test_the_native_message_box_is_only_for_windows():
    assert tell_without_console("x", platform_name="linux") is False
