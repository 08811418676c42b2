"""The check run before the registry opens, at 50,000 people, beside a plain ``quick_check``.

quick_check alone called 32 of 43 single-byte corruptions healthy. The check on open reads more
(``core/registry/health.py``): the full ``integrity_check`` with the search index's own check and
every row read, when the file is small or after an unclean shutdown; ``quick_check`` with every
row read otherwise. Figures only, never asserts; the best of three runs (the file is in the page
cache, as it is when the program opens it again).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.registry import PEOPLE, SEED, people
from benchmarks.table import record


def _best(work, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    import secrets

    from evac_toolkit.core import shelter_key, sqlite_open
    from evac_toolkit.core.registry import health
    from evac_toolkit.core.registry.store import Registry

    # Encrypted, as on a shelter laptop (a key of the benchmark's own when run by itself).
    if shelter_key.current() is None:
        shelter_key.use_key(secrets.token_bytes(shelter_key.KEY_BYTES))
    with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
        registry = Registry.open(Path(folder))
        registry.add_many(people(PEOPLE, random.Random(SEED)))
        path = registry.path
        registry.close()
        size = path.stat().st_size / 2**20

        def plain_quick_check() -> None:
            conn = sqlite_open.connect(path, readonly=True)
            try:
                conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()

        figures = {
            "plain quick_check (the old check)": _best(plain_quick_check),
            "quick_check + every row read": _best(lambda: health.check_file(path,
                                                                            thorough=False)),
            "integrity_check + search index + every row read": _best(
                lambda: health.check_file(path, thorough=True)),
        }
        chosen = "full" if health.thorough_check_due(path) else "quick + rows"
        figures[f"check on open as chosen ({chosen})"] = _best(
            lambda: health.check_before_open(path))
        for what, ms in figures.items():
            print(f"registry: {what}, {PEOPLE:,} people ({size:.1f} MiB): {ms:,.0f} ms")
            record("registry", f"open check: {what}, {PEOPLE:,} people", ms, "ms")


if __name__ == "__main__":
    main()
