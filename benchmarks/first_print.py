"""The first print on a fresh data folder and a fresh cache, as a new user meets it.

Each figure is a whole command in a fresh process (start, imports, fonts, PDF written), median
of 3, each run on its own new data and cache folders:

- from source: the install step's ``fonts prepare`` into an empty cache (timed once), then the
  first sign PDF and the first booklet (``board print``) with the cache as the install left it;
- from the desktop bundle, when ``make dist`` has built it: the first sign PDF and booklet with an
  empty cache (the bundle carries the print fonts);
- the anchor: plain ReportLab in a fresh process writing one page with the same font (Noto Sans
  JP regular), the least any PDF from Python can cost here.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bundle import _exe_name, bundle_dir
from benchmarks.table import record

RUNS = 3
SIGN = ["signs", "print", "--signs", "facility.toilet", "--languages", "en,my,si"]
BOOKLET = ["board", "print", "--language", "ne"]

ANCHOR = """
import sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
pdfmetrics.registerFont(TTFont("Anchor", sys.argv[1]))
page = Canvas(sys.argv[2])
page.setFont("Anchor", 28)
page.drawString(72, 720, "トイレ Toilet 手洗い")
page.showPage()
page.save()
"""


def _env(home: Path, cache: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVAC_TOOLKIT_HOME": str(home),
            "EVAC_TOOLKIT_CACHE": str(cache)}


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _first_prints(command: list[str], cache_template: Path | None) -> tuple[float, float]:
    """Median seconds of the first sign PDF and the first booklet, each on fresh folders (the
    cache a copy of ``cache_template``, or empty)."""
    signs, booklets = [], []
    for run in range(RUNS + 1):               # run 0 warms the OS file cache, uncounted
        for action, times in ((SIGN, signs), (BOOKLET, booklets)):
            with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
                cache = Path(folder) / "cache"
                if cache_template is not None:
                    shutil.copytree(cache_template, cache)
                out = Path(folder) / "out.pdf"
                seconds = _timed([*command, *action, "--out", str(out)],
                                 _env(Path(folder) / "data", cache))
                if run:
                    times.append(seconds)
    return statistics.median(signs), statistics.median(booklets)


def main() -> None:
    source = [sys.executable, "-m", "evac_toolkit"]
    with tempfile.TemporaryDirectory(prefix="evac-bench-cache-") as installed:
        cache = Path(installed) / "cache"
        prepare = _timed([*source, "fonts", "prepare"],
                         _env(Path(installed) / "data", cache))
        print(f"first print: install step, print fonts into an empty cache {prepare:.1f} s "
              f"(once per computer)")
        record("first print", "install step: print fonts prepared (once)", prepare, "s")

        from evac_toolkit.core import fonts

        os.environ["EVAC_TOOLKIT_CACHE"] = str(cache)
        try:
            font = fonts.font_file("Noto Sans JP", fonts.REGULAR)
        finally:
            os.environ.pop("EVAC_TOOLKIT_CACHE")
        anchors = []
        with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
            for run in range(RUNS + 1):
                seconds = _timed([sys.executable, "-c", ANCHOR, str(font),
                                  str(Path(folder) / "anchor.pdf")], dict(os.environ))
                if run:
                    anchors.append(seconds)
        anchor = statistics.median(anchors)
        sign, booklet = _first_prints(source, cache)

    print(f"first print: anchor, plain ReportLab, one page in Noto Sans JP  {anchor:5.2f} s")
    record("first print", "anchor: plain ReportLab page, same font", anchor, "s")
    _report("source, fresh data", "installed cache", sign, booklet, anchor)

    bundle = bundle_dir()
    if bundle is None:
        print("first print: bundle not built (make dist) — its first print not measured")
        return
    sign, booklet = _first_prints([str(bundle / _exe_name())], None)
    _report("bundle", "empty cache", sign, booklet, anchor)


def _report(where: str, cache: str, sign: float, booklet: float, anchor: float) -> None:
    """Print and record the first sign and booklet of one way of running the program."""
    for what, seconds in (("sign PDF", sign), ("booklet, Nepali", booklet)):
        print(f"first print: {what} ({where}, {cache}){'':<4} {seconds:5.2f} s  "
              f"({seconds / anchor:.1f}× the anchor)")
        record("first print", f"first {what} ({where}, {cache})", seconds, "s")


if __name__ == "__main__":
    main()
