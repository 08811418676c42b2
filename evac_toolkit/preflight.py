"""Start-up checks that run before Qt is imported.

PySide6 needs 64-bit Windows 10+ (or a current Linux/macOS) and, on x86, a CPU with SSE4.2. On an old
shelter laptop it would otherwise die with a traceback or an illegal-instruction crash; instead we
say plainly what is missing. Every check takes its inputs as arguments so tests can drive it.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


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


def qt_import_problem() -> str | None:
    """'qt_missing' when PySide6 cannot be imported (not installed, or its libraries won't load)."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:
        return "qt_missing"
    return None


def check_gui(need_display: bool = True) -> str | None:
    """The first problem that keeps the GUI from starting, or None."""
    return (os_problem() or cpu_problem() or (display_problem() if need_display else None)
            or qt_import_problem())
