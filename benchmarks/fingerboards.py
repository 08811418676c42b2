"""Fingerboards: a booklet PDF per language, and switching the evacuee's language on screen.

Targets here: a booklet ≤ 1.5 s per language; switching language ≤ 100 ms.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.table import record

LANGUAGES = ["vi", "my", "ne", "si", "zh-Hans", "th"]


def main() -> None:
    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.languages import get_language
    from evac_toolkit.core.printing.booklet import write_booklet

    bank = ContentBank()
    start = time.perf_counter()
    write_booklet(bank, get_language("en"), None)          # fonts registered once
    first = time.perf_counter() - start
    times = {}
    for code in LANGUAGES:
        start = time.perf_counter()
        data = write_booklet(bank, get_language(code), None)
        times[code] = time.perf_counter() - start
    worst = max(times, key=times.get)
    print(f"fingerboards: booklet per language median {statistics.median(times.values()):.2f} s, "
          f"worst {times[worst]:.2f} s ({worst}), first ever {first:.2f} s, "
          f"{len(data) / 1024:.0f} KiB   [target ≤ 1.5 s]")
    record("fingerboards", "booklet per language (worst)", times[worst], "s", ("<=", 1.5))
    switching = _language_switch()
    if switching:
        print(f"fingerboards: switching the evacuee's language median "
              f"{statistics.median(switching) * 1000:.0f} ms, worst {max(switching) * 1000:.0f} ms"
              f"   [target ≤ 100 ms]")
        record("fingerboards", "switching language (worst)", max(switching) * 1000, "ms",
               ("<=", 100))


def _language_switch() -> list[float]:
    """Time FingerboardView.set_language for each language, offscreen."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from evac_toolkit.ui.fingerboards.view import FingerboardView
    except ImportError:
        return []
    from evac_toolkit.ui.app import create_application

    app = create_application()
    view = FingerboardView(Path(tempfile.mkdtemp()), lambda: None)
    view.resize(1280, 800)
    view.show()
    view.ensure_built()          # built after the first paint otherwise: time switching only
    app.processEvents()
    runs = []
    for code in LANGUAGES * 2:
        start = time.perf_counter()
        view.set_evacuee_language(code)
        app.processEvents()
        runs.append(time.perf_counter() - start)
    view.close()
    return runs


if __name__ == "__main__":
    main()
