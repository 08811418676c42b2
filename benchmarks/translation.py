"""Translation: the curated lookup, and what the service adds on top of the model.

A volunteer types and waits: a curated phrase should come back at typing speed (target ≤ 1 ms
once the index is built), and the service's own work around a model call (splitting, routing,
tokenizing, checking) should stay small next to the model (target ≤ 2 ms a sentence). The model is
the tiny test pack from ``tests/argos_tiny.py`` (2 layers, d_model 16), so that the model's own
time is close to nothing and the difference is the service's. Figures only, never asserts.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.table import record

RUNS = 2000
SENTENCE = "where is the toilet"


def _median_ms(call, runs: int = RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _curated(data_dir: Path) -> None:
    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.translation import service

    bank = ContentBank()
    phrases = [bank.text("ja", key) for key in bank.entries if bank.text("ja", key)]
    start = time.perf_counter()
    service.translate(phrases[0], "ja", "vi", data_dir=data_dir)      # reads the bank, indexes
    first = (time.perf_counter() - start) * 1000
    found = iter(phrases * (RUNS // len(phrases) + 1))
    median = _median_ms(lambda: service.translate(next(found), "ja", "vi", data_dir=data_dir))
    print(f"translation: curated lookup median {median:.3f} ms over {RUNS} lookups of "
          f"{len(phrases)} phrases; first call (bank read, index built) {first:.0f} ms"
          f"   [target ≤ 1 ms]")
    record("translation", "curated lookup (median)", median, "ms", ("<=", 1))


def _overhead(data_dir: Path, work: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import argos_tiny

    from evac_toolkit.core.translation import engine, packs, service

    packs.install_file(argos_tiny.build_pack(work, "en", "vi"), data_dir)
    route = engine.find_route("en", "vi", data_dir)
    model = engine.loaded(route.packs[0])
    tokens = [model.package.tokenizer.encode(SENTENCE)]
    raw = _median_ms(lambda: model.translator.translate_batch(tokens, **engine.TRANSLATE_OPTIONS))
    result = service.translate(SENTENCE, "en", "vi", data_dir=data_dir)
    assert result.provenance == "machine", result
    full = _median_ms(lambda: service.translate(SENTENCE, "en", "vi", data_dir=data_dir))
    print(f"translation: one sentence on the tiny model: raw CTranslate2 translate_batch "
          f"median {raw:.3f} ms, service.translate {full:.3f} ms, service overhead "
          f"{full - raw:.3f} ms   [target ≤ 2 ms]")
    record("translation", "service overhead over raw CTranslate2", full - raw, "ms", ("<=", 2))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
        data_dir = Path(folder) / "data"
        _curated(data_dir)
        _overhead(data_dir, Path(folder) / "packs")


if __name__ == "__main__":
    main()
