"""Headquarters on PostgreSQL beside the embedded SQLite file, at 1,000 shelters × 2,000
people (two million people summarised), issue 21.

A throwaway PostgreSQL server is started as the tests start theirs (tests/postgres_server.py,
Debian's postgresql package). Every one of the 1,000 shelters gets its own role from
``hq add-shelter``'s core and pushes its report over TCP as that role (connect, insert under
row-level security, close): the push latency. The same 1,000 reports go into an SQLite HQ
file. Then ``hq status --json`` through the command line, on each.

Counts are synthesised (about 2,000 people a shelter, twenty languages, needs): what is
measured is moving and summing reports, not reading registries (benchmarks/hq.py does that).

Target: status p95 ≤ 100 ms on PostgreSQL. Figures only, never asserts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.table import record

#: BENCH_HQ_SHELTERS=50 for a quick look.
SHELTERS = int(os.environ.get("BENCH_HQ_SHELTERS", 1_000))
PEOPLE = 2_000
SEED = 20261207
STATUS_RUNS = 20
LANGUAGES = ("ja", "vi", "zh-Hans", "ko", "pt-BR", "es", "tl", "ne", "id", "my", "th", "en",
             "si", "bn", "hi", "km", "mn", "ur", "fa", "ar")
NEEDS = {"diets": ("halal", "vegetarian", "no_beef", "no_pork"),
         "allergens": ("egg", "milk", "wheat", "peanut", "shrimp"),
         "medical": ("dialysis", "insulin", "disability_mobility"),
         "religious": ("prayer_time_place",)}


def _counts(rng: random.Random) -> dict:
    present = PEOPLE

    def spread(codes) -> dict:
        return {code: rng.randint(0, present // 10) for code in codes}

    languages = spread(LANGUAGES)
    return {"present": present, "left": rng.randint(0, 100), "transferred": rng.randint(0, 50),
            "capacity": 2_500, "languages": languages, "speakers": dict(languages),
            "japanese_ability": spread(("fluent", "conversational", "easy", "none")),
            "interpreter_needed": present // 10,
            "interpreter_by_language": spread(LANGUAGES[1:8]),
            **{kind: spread(codes) for kind, codes in NEEDS.items()}}


def _status(data_dir: str, *argv: str) -> list[float]:
    from evac_toolkit.cli.main import main

    runs = []
    for _ in range(STATUS_RUNS):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            main(["--data-dir", data_dir, "hq", "status", "--json", *argv])
        runs.append(time.perf_counter() - start)
    return runs


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    from evac_toolkit.core import shelter_key
    from evac_toolkit.core.hq import postgres
    from evac_toolkit.core.hq.database import open_hq
    from evac_toolkit.core.hq.importing import report_row
    from evac_toolkit.core.hq.push import send_report
    from evac_toolkit.core.hq.report import Report
    from evac_toolkit.core.hq.server_roles import add_shelter, set_up_server

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import postgres_server

    if shelter_key.current() is None:
        import secrets

        shelter_key.use_key(secrets.token_bytes(shelter_key.KEY_BYTES))
    rng = random.Random(SEED)
    made_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    reports = [Report("131016", f"S{n:04d}", f"第{n}避難所", 1, made_at, False, _counts(rng))
               for n in range(1, SHELTERS + 1)]
    people = sum(r.counts["present"] for r in reports)
    server, folder = postgres_server.start_server()
    try:
        postgres_server.admin_sql(server, "CREATE DATABASE evac_bench")
        admin = server.dsn("evac_bench")
        hq_url = set_up_server(admin)[0].url
        start = time.perf_counter()
        logins = [add_shelter(admin, r.shelter_id).url for r in reports]
        roles = time.perf_counter() - start
        pushes = []
        for report, url in zip(reports, logins, strict=True):
            start = time.perf_counter()
            with postgres.connect(url) as conn:
                send_report(conn, report)
            pushes.append(time.perf_counter() - start)
        print(f"hq-pg: {SHELTERS:,} shelter roles made in {roles:.1f} s; push (connect as the "
              f"shelter's role, insert, close) median {statistics.median(pushes) * 1000:.1f} ms, "
              f"p95 {_p95(pushes) * 1000:.1f} ms")
        record("hq-pg", f"shelter push to PostgreSQL (p95 of {SHELTERS:,})",
               _p95(pushes) * 1000, "ms")
        pg_runs = _status(str(folder / "hq-desk"), "--database", hq_url)

        with tempfile.TemporaryDirectory(prefix="evac-bench-hqpg-") as hq_dir:
            conn = open_hq(Path(hq_dir))
            stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            lite = []
            for report in reports:
                start = time.perf_counter()
                conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             report_row(report, stamp))
                lite.append(time.perf_counter() - start)
            conn.close()
            print(f"hq-pg: the same reports into SQLite, one insert each: median "
                  f"{statistics.median(lite) * 1000:.2f} ms, p95 {_p95(lite) * 1000:.2f} ms")
            sqlite_runs = _status(hq_dir)
        for name, runs in (("PostgreSQL", pg_runs), ("SQLite", sqlite_runs)):
            print(f"hq-pg: status of {SHELTERS:,} shelters, {people:,} people, on {name}: "
                  f"median {statistics.median(runs) * 1000:.0f} ms, p95 "
                  f"{_p95(runs) * 1000:.0f} ms   [target ≤ 100 ms]")
            record("hq-pg", f"hq status, {SHELTERS:,} shelters on {name} (p95 of "
                   f"{STATUS_RUNS})", _p95(runs) * 1000, "ms", ("<=", 100))
    finally:
        postgres_server.stop_server(server, folder)


if __name__ == "__main__":
    main()
