"""Headquarters at a large city's scale: 300 shelters of about 2,000 people each.

One report comes from a real 2,000-person registry (the benchmark's synthetic people, as in
benchmarks/registry.py); the other 299 carry counts synthesised from it (each count scaled by a
random factor), sealed with the city key exactly as a shelter seals its own. Then ``hq import``
of the whole folder and ``hq status`` run through the command line in this process, as a USB
stick's worth of reports would at headquarters.

``hq dispatch`` of 100 interpreters (two shifts, one to three languages each, weighted to the
languages people speak) over the 300 shelters, with the PDF.

Targets: import of all 300 ≤ 10 s; status ≤ 100 ms (median of several runs, and the worst).
Figures only, never asserts.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.table import record

SHELTERS = 300
PEOPLE = 2_000
MUNICIPALITY = "131016"
SEED = 20261207
STATUS_RUNS = 9
INTERPRETERS = 100


def _scaled(counts: dict, rng: random.Random) -> dict:
    """Another shelter's counts: every number of ``counts`` times one random factor."""
    factor = rng.uniform(0.4, 1.4)

    def scale(value):
        if isinstance(value, dict):
            return {code: round(count * factor) for code, count in value.items()}
        return None if value is None else round(value * factor)

    return {name: scale(value) for name, value in counts.items()}


def _cli(*argv: str) -> tuple[int, str]:
    from evac_toolkit.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


def main() -> None:
    import secrets

    from benchmarks.registry import people
    from evac_toolkit.core import shelter_key
    from evac_toolkit.core.hq.city_key import new_key, write_key
    from evac_toolkit.core.hq.identity import set_up_shelter, store_hq_key
    from evac_toolkit.core.hq.report import Report, make_report, write_report
    from evac_toolkit.core.registry.store import Registry

    if shelter_key.current() is None:
        shelter_key.use_key(secrets.token_bytes(shelter_key.KEY_BYTES))
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="evac-bench-hq-") as folder:
        root = Path(folder)
        city = new_key(MUNICIPALITY)
        key_file = write_key(root / "city.key", city)
        hq_dir = root / "hq"
        store_hq_key(hq_dir, city)
        stick = root / "stick"
        stick.mkdir()

        # The real shelter: 2,000 people, 10% of them gone.
        shelter_dir = root / "S0001"
        identity = set_up_shelter(shelter_dir, MUNICIPALITY, "S0001", "第1小学校", key_file)
        registry = Registry.open(shelter_dir)
        try:
            registry.add_many(people(PEOPLE, rng))
            registry.set_shelter(capacity=2_500)
            with registry.db.atomic():
                registry.db.execute("UPDATE evacuees SET status = 'left' WHERE rowid <= ?",
                                    [PEOPLE // 20])
                registry.db.execute("UPDATE evacuees SET status = 'transferred' "
                                    "WHERE rowid > ? AND rowid <= ?", [PEOPLE // 20, PEOPLE // 10])
            start = time.perf_counter()
            real = make_report(shelter_dir, identity, registry)
            write_report(stick / "S0001.evacreport", city.key, real)
            one_report = time.perf_counter() - start
        finally:
            registry.close()

        start = time.perf_counter()
        for number in range(2, SHELTERS + 1):
            shelter_id = f"S{number:04d}"
            write_report(stick / f"{shelter_id}.evacreport", city.key, Report(
                MUNICIPALITY, shelter_id, f"第{number}避難所", 1, real.made_at, False,
                _scaled(real.counts, rng)))
        sealing = time.perf_counter() - start
        size = sum(p.stat().st_size for p in stick.iterdir())
        print(f"hq: one report from a {PEOPLE:,}-person registry {one_report * 1000:.0f} ms; "
              f"{SHELTERS - 1} more sealed in {sealing:.2f} s "
              f"({sealing / (SHELTERS - 1) * 1000:.1f} ms each); the stick holds "
              f"{size / 2**20:.1f} MiB")
        record("hq", f"shelter report from a {PEOPLE:,}-person registry", one_report * 1000, "ms")

        start = time.perf_counter()
        code, out = _cli("--data-dir", str(hq_dir), "hq", "import", str(stick))
        imported = time.perf_counter() - start
        print(f"hq: import {SHELTERS} reports (exit {code}, {out.count(chr(10))} lines): "
              f"{imported:.2f} s   [target ≤ 10 s]")
        record("hq", f"hq import of {SHELTERS} shelters' reports", imported, "s", ("<=", 10))
        start = time.perf_counter()
        _cli("--data-dir", str(hq_dir), "hq", "import", str(stick))
        again = time.perf_counter() - start
        print(f"hq: the same {SHELTERS} again (nothing changes): {again:.2f} s")

        runs = []
        for _ in range(STATUS_RUNS):
            start = time.perf_counter()
            code, out = _cli("--data-dir", str(hq_dir), "hq", "status", "--json")
            runs.append(time.perf_counter() - start)
        state = json.loads(out)
        text_runs = []
        for _ in range(STATUS_RUNS):
            start = time.perf_counter()
            _cli("--data-dir", str(hq_dir), "hq", "status")
            text_runs.append(time.perf_counter() - start)
        print(f"hq: status of {len(state['shelters'])} shelters, "
              f"{state['totals']['present']:,} people present: --json median "
              f"{statistics.median(runs) * 1000:.0f} ms, worst {max(runs) * 1000:.0f} ms; "
              f"table median {statistics.median(text_runs) * 1000:.0f} ms   [target ≤ 100 ms]")
        record("hq", f"hq status, {SHELTERS} shelters (worst of {STATUS_RUNS})",
               max(runs) * 1000, "ms", ("<=", 100))

        needed = list(state["totals"]["interpreter_by_language"].items())
        codes = [code for code, _ in needed if code]
        weights = [count for code, count in needed if code]
        listing = root / "interpreters.csv"
        lines = ["名前,言語,シフト"]
        for number in range(INTERPRETERS):
            spoken = sorted(set(rng.choices(codes, weights, k=rng.choice((1, 1, 2, 3)))))
            lines.append(f"通訳者{number + 1},{';'.join(spoken)},{('午前', '午後')[number % 2]}")
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        code, out = _cli("--data-dir", str(hq_dir), "hq", "dispatch", "--interpreters",
                         str(listing), "--out", str(root / "dispatch.pdf"), "--json")
        dispatched = time.perf_counter() - start
        plans = json.loads(out)
        covered, needing = sum(p["covered"] for p in plans), sum(p["needing"] for p in plans)
        print(f"hq: dispatch of {INTERPRETERS} interpreters to {SHELTERS} shelters with the PDF "
              f"(exit {code}): {dispatched * 1000:.0f} ms; covers {covered:,} of {needing:,} "
              f"people-shifts needing an interpreter")
        record("hq", f"hq dispatch, {INTERPRETERS} interpreters × {SHELTERS} shelters, with PDF",
               dispatched * 1000, "ms")


if __name__ == "__main__":
    main()
