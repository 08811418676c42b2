"""Process start → main window shown, offscreen, median of 5, beside a bare PySide6 window.

Target here: ≤ 0.6 s and within 2× of the bare window (issue 15), both measured the same way in
the same run: a fresh process each time, "shown" being the first turn of the event loop after
show(), so imports, font registration, translation loading and the first layout are counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.table import record

RUNS = 5

BARE = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

OURS = """
import time, sys
from PySide6.QtCore import QTimer
from evac_toolkit.ui.app import create_application, create_main_window
from pathlib import Path
app = create_application()
w = create_main_window(app, Path(sys.argv[1])); w.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""


def _measure(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        _measure(OURS, data)  # warm the OS file cache once, as a second start would
        _measure(BARE)
        # Interleaved, so a busy moment on the machine weighs on both alike.
        pairs = [(_measure(OURS, data), _measure(BARE)) for _ in range(RUNS)]
        ours = statistics.median(pair[0] for pair in pairs)
        bare = statistics.median(pair[1] for pair in pairs)
    print(f"startup: main window shown   {ours * 1000:7.0f} ms  (median of {RUNS}; target ≤ 600 ms)")
    print(f"startup: bare PySide6 window {bare * 1000:7.0f} ms")
    print(f"startup: ratio               {ours / bare:7.2f}×   (target ≤ 2×)")
    record("start-up", "main window shown (from source)", ours * 1000, "ms", ("<=", 600))
    record("start-up", "bare PySide6 window", bare * 1000, "ms")
    record("start-up", "ratio to the bare window", ours / bare, "×", ("<=", 2))
