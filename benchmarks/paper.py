"""Paper as a whole process: CPU per page of the sign set, and the memory of the Signs view.

- The sign set: ``signs print --all`` in Japanese, English, Vietnamese, Nepali and Burmese, a
  fresh process each time (start, imports, fonts, every page laid out, the PDF written), its CPU
  time (user + system, from the OS) per page. Beside it the anchor: plain ReportLab in a fresh
  process writing as many pages of text in one TrueType font, the least a PDF from Python costs.
  Target ≥ 60 pages per CPU second (issue 19: was about 30, 11.7× the anchor).
- The Signs view: the resident memory (RSS) of the program once the Signs view is open and its
  preview drawn, beside a bare Qt window of the same size. Target ≤ 200 MiB (was 332).

CPU time rather than the wall clock: the figure then holds on a busy machine. Median of 3 runs
after one uncounted run that warms the OS file cache and the program's caches.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.table import record

RUNS = 3
LANGUAGES = "ja,en,vi,ne,my"

ANCHOR = """
import sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("Anchor", sys.argv[1]))
page = Canvas(sys.argv[2])
for number in range(int(sys.argv[3])):
    page.setFont("Anchor", 28)
    for line in range(20):
        page.drawString(72, 760 - line * 34, f"受付 Reception Quầy tiếp nhận {number}")
    page.showPage()
page.save()
"""

#: The window, the Signs view opened, its preview drawn: then the process's resident memory.
SIGNS_VIEW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from evac_toolkit.ui.app import create_application, create_main_window
app = create_application()
window = create_main_window(app, Path(sys.argv[1]))
window.resize(1024, 600)
window.show()
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))
def open_signs():
    print("before", rss())
    window.show_view("signs")
    view = window.views["signs"]
    def check():
        if view.last_pdf is not None:
            timer.stop()
            QTimer.singleShot(200, lambda: (print("open", rss()), app.quit()))
    timer.timeout.connect(check)
    timer.start()
timer = QTimer(interval=10)
QTimer.singleShot(300, open_signs)
app.exec()
"""

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1024, 600)
window.show()
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))
QTimer.singleShot(300, lambda: (print("open", rss()), app.quit()))
app.exec()
"""


def _cpu_seconds(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """CPU seconds (user + system) the command's process used, and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), run.stdout


def _median_cpu(command: list[str], env: dict[str, str]) -> float:
    times = [_cpu_seconds(command, env)[0] for _ in range(RUNS + 1)]
    return statistics.median(times[1:])


def _pages(pdf: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(str(pdf)))


def sign_set(folder: Path) -> None:
    env = {**os.environ, "EVAC_TOOLKIT_HOME": str(folder / "data")}
    out = folder / "signs.pdf"
    seconds = _median_cpu([sys.executable, "-m", "evac_toolkit", "signs", "print", "--all",
                           "--languages", LANGUAGES, "--out", str(out)], env)
    pages = _pages(out)

    from evac_toolkit.core import fonts

    font = fonts.font_file("Noto Sans JP", fonts.REGULAR)
    anchor_out = folder / "anchor.pdf"
    anchor = _median_cpu([sys.executable, "-c", ANCHOR, str(font), str(anchor_out),
                          str(pages)], dict(os.environ))
    ours, plain = pages / seconds, pages / anchor
    print(f"paper: sign set, {pages} pages × 5 languages, whole process: {seconds:.2f} s CPU, "
          f"{ours:.0f} pages per CPU second   [target ≥ 60]")
    print(f"paper: anchor, plain ReportLab, {pages} text pages in Noto Sans JP: {anchor:.2f} s "
          f"CPU, {plain:.0f} pages per CPU second ({seconds / anchor:.1f}× ours)")
    record("paper", f"sign set ({LANGUAGES}), whole process", ours, "pages/CPU s", (">=", 60))
    record("paper", "anchor: plain ReportLab text pages, same font", plain, "pages/CPU s")


def _rss(script: str, *args: str) -> dict[str, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                         capture_output=True, text=True)
    return {key: int(value) for key, value in
            (line.split() for line in run.stdout.splitlines() if line.strip())}


def signs_view(folder: Path) -> None:
    opened = [_rss(SIGNS_VIEW, str(folder / f"view-data-{run}")) for run in range(RUNS)]
    bare = statistics.median(_rss(BARE)["open"] for _ in range(RUNS))
    before = statistics.median(figures["before"] for figures in opened)
    after = statistics.median(figures["open"] for figures in opened)
    print(f"paper: Signs view open, preview drawn: {after:.0f} MiB RSS (window before opening "
          f"it {before:.0f} MiB)   [target ≤ 200 MiB]")
    print(f"paper: anchor, a bare Qt window of the same size: {bare:.0f} MiB RSS")
    record("paper", "Signs view open, preview drawn (RSS)", after, "MiB", ("<=", 200))
    record("paper", "anchor: bare Qt window (RSS)", bare, "MiB")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="evac-bench-paper-") as folder:
        sign_set(Path(folder))
        signs_view(Path(folder))


if __name__ == "__main__":
    main()
