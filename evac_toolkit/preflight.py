"""Start-up checks that run before Qt is imported.

PySide6 needs 64-bit Windows 10+ (or a current Linux/macOS) and, on x86, a CPU with SSE4.2. On an old
shelter laptop it would otherwise die with a traceback or an illegal-instruction crash; instead we
say plainly what is missing. On Linux, Qt's X11 plugin needs system libraries a minimal install
lacks; without them Qt aborts in English, so the plugin is tried first. Every check takes its
inputs as arguments so tests can drive it.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from pathlib import Path

#: The Debian/Ubuntu packages Qt's desktop (xcb) platform plugin needs beyond a minimal system;
#: tools/ensure-qt-system-libs installs the same list (a test keeps them equal).
QT_XCB_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                   "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xinerama0",
                   "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1",
                   "libdbus-1-3")
_MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def cpu_problem(machine: str | None = None, cpuinfo: str | None = None) -> str | None:
    """'cpu_sse42' when an x86 CPU lacks SSE4.2, else None (unknown means no complaint)."""
    machine = (machine or platform.machine()).lower()
    if machine not in ("x86_64", "amd64", "i386", "i686", "x86"):
        return None
    if cpuinfo is None:
        if sys.platform.startswith("linux"):
            try:
                cpuinfo = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
            except OSError:
                return None
        elif sys.platform == "win32":
            import ctypes

            pf_sse4_2_instructions_available = 38
            present = ctypes.windll.kernel32.IsProcessorFeaturePresent(
                pf_sse4_2_instructions_available)
            return None if present else "cpu_sse42"
        else:
            return None
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return None if "sse4_2" in line.split() else "cpu_sse42"
    return None


def os_problem(platform_name: str | None = None, is_64bit: bool | None = None,
               windows_major: int | None = None) -> str | None:
    """'os_32bit' or 'os_windows_old' when Qt 6 cannot run on this system, else None."""
    platform_name = platform_name or sys.platform
    is_64bit = sys.maxsize > 2**32 if is_64bit is None else is_64bit
    if not is_64bit:
        return "os_32bit"
    if platform_name == "win32":
        if windows_major is None:
            windows_major = sys.getwindowsversion().major  # type: ignore[attr-defined]
        if windows_major < 10:
            return "os_windows_old"
    return None


def display_problem(platform_name: str | None = None,
                    environ: dict[str, str] | None = None) -> str | None:
    """'no_display' on Linux/BSD with no X11/Wayland display and no explicit Qt platform."""
    platform_name = platform_name or sys.platform
    env = os.environ if environ is None else environ
    if platform_name in ("win32", "darwin"):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return "no_display"


def qt_platform_plugin(platform_name: str = "xcb") -> Path | None:
    """Qt's platform plugin file for ``platform_name`` inside PySide6 (found without importing
    PySide6), or None when PySide6 or the plugin is not there."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    folders = list(spec.submodule_search_locations or []) if spec else []
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        folders.append(str(Path(sys._MEIPASS) / "PySide6"))     # the desktop bundle's copy
    for folder in folders:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / f"libq{platform_name}.so"
        if plugin.is_file():
            return plugin
    return None


def xcb_problem(platform_name: str | None = None, environ: dict[str, str] | None = None,
                plugin: Path | None = None) -> tuple[str, dict[str, str]] | None:
    """('qt_system_libraries', params) when Qt would use its X11 (xcb) plugin and the plugin
    cannot be loaded, naming the missing system library; else None.

    Qt aborts with its own English message (exit 134) when the plugin does not load; loading it
    here first with the system's loader gives the same answer, and the loader names the first
    library it could not find. Qt loads these libraries when it starts anyway.
    """
    platform_name = platform_name or sys.platform
    if not platform_name.startswith(("linux", "freebsd")):
        return None
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and "xcb" not in chosen:
        return None                       # offscreen, wayland...: the xcb plugin is not used
    if not chosen and env.get("WAYLAND_DISPLAY"):
        return None                       # a Wayland session: Qt 6 opens its window there
    plugin = plugin or qt_platform_plugin("xcb")
    if plugin is None:
        return None
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _MISSING_LIBRARY.search(str(exc))
        return "qt_system_libraries", {"library": found.group(1) if found else str(exc),
                                       "packages": " ".join(QT_XCB_PACKAGES)}
    return None


def tell_without_console(text: str, platform_name: str | None = None) -> bool:
    """Show ``text`` in the system's own message box on Windows, where the desktop bundle has
    no console for the printed message; True when shown."""
    if (platform_name or sys.platform) != "win32":
        return False
    import ctypes

    mb_iconerror = 0x10
    ctypes.windll.user32.MessageBoxW(None, text, "evac-toolkit", mb_iconerror)
    return True


def qt_import_problem() -> str | None:
    """'qt_missing' when PySide6 cannot be imported (not installed, or its libraries won't load)."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:
        return "qt_missing"
    return None


def check_gui(need_display: bool = True) -> tuple[str, dict[str, str]] | None:
    """The first problem that keeps the GUI from starting, as (message code, params), or None."""
    code = os_problem() or cpu_problem() or (display_problem() if need_display else None)
    if code:
        return code, {}
    platform_plugin = xcb_problem()
    if platform_plugin:
        return platform_plugin
    code = qt_import_problem()
    return (code, {}) if code else None
