from evac_toolkit.preflight import cpu_problem, display_problem, os_problem

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
