"""The program as a coordinator installs it: idle memory of the running program, and — when
``make dist`` has built it — the bundle's size and start-up beside the source checkout's.

Targets (issue "desktop build"): bundle ≤ 300 MB without language packs, idle RSS ≤ 250 MB.
Start-up here is "start, show the main window, write a screenshot, exit"
(``evac-toolkit screenshot``), the same command for the bundle and the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.table import record

ROOT = Path(__file__).resolve().parent.parent
IDLE_SECONDS = 6
RUNS = 3


def bundle_dir() -> Path | None:
    version = re.search(r'__version__ = "([^"]+)"',
                        (ROOT / "evac_toolkit" / "__init__.py").read_text()).group(1)
    folder = ROOT / "dist" / f"evac-toolkit-{version}"
    return folder if (folder / _exe_name()).is_file() else None


def _exe_name() -> str:
    return "evac-toolkit.exe" if os.name == "nt" else "evac-toolkit"


def _source_command() -> list[str]:
    return [sys.executable, "-m", "evac_toolkit"]


def _env(data: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVAC_TOOLKIT_HOME": data}


def idle_rss_mb(command: list[str]) -> float | None:
    """Resident memory of the GUI a few seconds after start (Linux: /proc)."""
    if not Path("/proc/self/status").exists():
        return None
    with tempfile.TemporaryDirectory(prefix="evac-bench-") as data:
        process = subprocess.Popen([*command, "gui"], env=_env(data),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(IDLE_SECONDS)
            status = Path(f"/proc/{process.pid}/status").read_text()
        finally:
            process.kill()
            process.wait()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else None


def screenshot_seconds(command: list[str]) -> float:
    times = []
    with tempfile.TemporaryDirectory(prefix="evac-bench-") as data:
        out = Path(data) / "shot.png"
        for _ in range(RUNS + 1):             # the first run warms the OS file cache
            start = time.perf_counter()
            subprocess.run([*command, "screenshot", "--view", "fingerboards", "--out", str(out)],
                           env=_env(data), check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def _size_mb(folder: Path) -> float:
    # Symbolic links (PyInstaller links some libraries into the top folder) count once.
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


def _du_mib(folder: Path) -> int | None:
    """``du -sm``: blocks on disk, what the smoke test's limit counts (None without du)."""
    if shutil.which("du") is None:
        return None
    done = subprocess.run(["du", "-sm", str(folder)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0])


def main() -> None:
    source_rss = idle_rss_mb(_source_command())
    if source_rss is not None:
        print(f"bundle: idle memory of the program from source {source_rss:.0f} MB"
              f"   [target ≤ 250 MB]")
        record("memory", "idle RSS (from source)", source_rss, "MB", ("<=", 250))
    source_start = screenshot_seconds(_source_command())
    record("start-up", "start, window, screenshot, exit (from source)", source_start * 1000,
           "ms")
    bundle = bundle_dir()
    if bundle is None:
        print("bundle: not built (make dist) — bundle size and start-up not measured")
        return
    command = [str(bundle / _exe_name())]
    size = _size_mb(bundle)
    packs = bundle / "packs"
    without_packs = size - (_size_mb(packs) if packs.is_dir() else 0)
    bundle_start = screenshot_seconds(command)
    bundle_rss = idle_rss_mb(command)
    on_disk = _du_mib(bundle)
    print(f"bundle: {bundle.name} {without_packs:.0f} MB without language packs"
          f"   [target ≤ 300 MB]")
    if on_disk is not None:
        print(f"bundle: {on_disk} MiB on disk as du -sm counts it, packs included"
              f"   [limit 300 MiB, checked by make dist-smoke]")
        record("bundle", "size on disk (du -sm)", on_disk, "MiB", ("<=", 300))
    print(f"bundle: start, window, screenshot, exit: bundle {bundle_start * 1000:.0f} ms, "
          f"source {source_start * 1000:.0f} ms")
    record("bundle", "size without language packs", without_packs, "MB", ("<=", 300))
    record("start-up", "start, window, screenshot, exit (bundle)", bundle_start * 1000, "ms")
    if bundle_rss is not None:
        print(f"bundle: idle memory of the bundle {bundle_rss:.0f} MB   [target ≤ 250 MB]")
        record("memory", "idle RSS (bundle)", bundle_rss, "MB", ("<=", 250))


if __name__ == "__main__":
    main()
