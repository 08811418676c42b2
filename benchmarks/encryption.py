"""What encryption at rest costs: the registry's import and a desk registration's commit, with
the shelter key (SQLCipher's encrypted pages) and without (the same SQLite, no key), on the
same 50,000 synthetic people. Aim (issue 17): encrypted ≤ 1.5× the plain time. Figures only.
"""

from __future__ import annotations

import contextlib
import functools
import random
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.registry import PEOPLE, SEED, people
from benchmarks.table import record

COMMITS = 300


@contextlib.contextmanager
def _plain_files():
    """Registries opened here are not keyed: SQLCipher without a key is plain SQLite."""
    from evac_toolkit.core import sqlite_open

    keyed = sqlite_open.connect
    sqlite_open.connect = functools.partial(keyed, key=None)
    try:
        yield
    finally:
        sqlite_open.connect = keyed


def _run(records: list[dict], folder: Path) -> tuple[float, float]:
    """Seconds for add_many of every record (one transaction), and the median seconds of one
    add (its own transaction, synchronous=FULL) into that full registry."""
    from evac_toolkit.core.registry.store import Registry

    registry = Registry.open(folder)
    try:
        start = time.perf_counter()
        registry.add_many(records)
        imported = time.perf_counter() - start
        rng = random.Random(SEED + 1)
        commits = []
        for number in range(COMMITS):
            start = time.perf_counter()
            registry.add({"display_name": f"窓口 {number}", "languages": [rng.choice(["vi", "my"])],
                          "diets": ["halal"]})
            commits.append(time.perf_counter() - start)
    finally:
        registry.close()
    return imported, statistics.median(commits)


def main() -> None:
    from evac_toolkit.core import shelter_key

    if shelter_key.current() is None:
        shelter_key.use_key(secrets.token_bytes(shelter_key.KEY_BYTES))
    records = people(PEOPLE, random.Random(SEED))
    figures = {}
    for label in ("plain", "encrypted"):
        with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
            with _plain_files() if label == "plain" else contextlib.nullcontext():
                figures[label] = _run(records, Path(folder))
    (plain_import, plain_commit), (enc_import, enc_commit) = figures["plain"], figures["encrypted"]
    print(f"encryption: import {PEOPLE:,} people: plain {plain_import:.2f} s, encrypted "
          f"{enc_import:.2f} s ({enc_import / plain_import:.2f}×); one registration's commit "
          f"(median of {COMMITS}): plain {plain_commit * 1000:.1f} ms, encrypted "
          f"{enc_commit * 1000:.1f} ms ({enc_commit / plain_commit:.2f}×)   [aim ≤ 1.5×]")
    record("encryption", f"import {PEOPLE:,} people, encrypted", PEOPLE / enc_import, "rows/s",
           (">=", 20_000))
    record("encryption", f"import {PEOPLE:,} people, plain", PEOPLE / plain_import, "rows/s")
    record("encryption", "import, encrypted ÷ plain", enc_import / plain_import, "×",
           ("<=", 1.5))
    record("encryption", "one registration's commit, encrypted", enc_commit * 1000, "ms")
    record("encryption", "one registration's commit, plain", plain_commit * 1000, "ms")
    record("encryption", "commit, encrypted ÷ plain", enc_commit / plain_commit, "×",
           ("<=", 1.5))


if __name__ == "__main__":
    main()
