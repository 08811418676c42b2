"""The needs registry at the size of a large shelter network: 50,000 synthetic evacuees.

Targets here: import ≥ 20,000 rows/s, both ``Registry.add_many`` (one transaction) and the
coordinator's whole CSV path (read, check, back up, write); search as you type (1-, 2- and
3+-character queries, kana/width variants, with and without a filter) p95 ≤ 30 ms; the
coordinator's dashboard (``stats()``) ≤ 50 ms. Figures only, never asserts.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.table import record

PEOPLE = 50_000
SEED = 20240101

SURNAMES = [("山田", "やまだ"), ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"),
            ("田中", "たなか"), ("伊藤", "いとう"), ("渡辺", "わたなべ"), ("中村", "なかむら"),
            ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山本", "やまもと"),
            ("林", "はやし"), ("森", "もり"), ("東", "あずま"), ("西園寺", "さいおんじ")]
GIVEN = [("太郎", "たろう"), ("花子", "はなこ"), ("健", "けん"), ("翔", "しょう"),
         ("美咲", "みさき"), ("大輔", "だいすけ"), ("愛", "あい"), ("蓮", "れん"),
         ("陽菜", "ひな"), ("さくら", "さくら"), ("ゆうき", "ゆうき")]
# Chinese and Korean names written in kanji: one- and two-character names are common.
SHORT = [("李", "り"), ("王", "わん"), ("張", "ちゃん"), ("劉", "りゅう"), ("陳", "ちん"),
         ("王芳", "わんふぁん"), ("李娜", "りな"), ("金", "きむ"), ("朴", "ぱく")]
LATIN = ["Nguyen Van An", "Tran Thi Lan", "Nguyễn Thị Hoa", "Maria Santos", "Jose Reyes",
         "Ana Souza", "Ram Bahadur Gurung", "Sita Tamang", "Budi Santoso", "Siti Rahma",
         "John Smith", "Emily Brown", "Carlos Silva", "Somchai Srisuk", "Kamal Perera"]
BURMESE = ["အောင်ကျော်", "မောင်မောင်", "ခင်ခင်", "သန်းထိုက်", "စုစုလှိုင်", "ဇော်ဝင်း"]
LANGUAGES = ["ja", "en", "vi", "my", "ne", "zh-Hans", "zh-Hant", "ko", "tl", "id", "pt-BR", "th",
             "es", "si", "ja-x-easy"]

QUERIES = [
    # 1 character: LIKE fallback
    "李", "林", "王", "山", "a",
    # 2 characters (after folding)
    "山田", "王芳", "ヤマ", "ng", "ခင",
    # 3 or more: trigram index, width and kana variants
    "やまだ", "ﾔﾏﾀﾞ", "ヤマダ", "佐藤花", "nguyen", "NGUYEN", "santos", "အောင်ကျော်",
    "さいおんじ", "西園寺", "Gurung", "zzzz",
]


def people(count: int, rng: random.Random) -> list[dict]:
    from evac_toolkit.core.registry import codes

    diets, allergens = codes.diets(), codes.allergens()
    religious, medical = codes.religious_needs(), codes.MEDICAL_FLAGS
    records = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.55:
            (surname, s_read), (given, g_read) = rng.choice(SURNAMES), rng.choice(GIVEN)
            name, reading = f"{surname} {given}", f"{s_read} {g_read}"
            if rng.random() < 0.3:      # readings typed in katakana, some half-width
                reading = reading.translate({c: c + 0x60 for c in range(0x3041, 0x3097)})
            languages = ["ja"] + rng.sample(LANGUAGES[1:], rng.choice((0, 0, 1)))
        elif kind < 0.65:
            name, reading = rng.choice(SHORT)
            languages = [rng.choice(["zh-Hans", "zh-Hant", "ko"])]
        elif kind < 0.9:
            name, reading = rng.choice(LATIN), ""
            languages = rng.sample(["en", "vi", "tl", "pt-BR", "ne", "id", "es", "th", "si"],
                                   rng.choice((1, 1, 2)))
        else:
            name, reading = rng.choice(BURMESE), ""
            languages = ["my"] + rng.sample(["en", "ja"], rng.choice((0, 1)))
        # Every record has every field: add_many cannot yet take records with different fields
        # (sqlite-utils fills a missing key with NULL into a NOT NULL column).
        records.append({
            "display_name": name,
            "name_reading": reading,
            "languages": languages,
            "japanese_ability": rng.choice(("none", "easy", "conversational", "fluent")),
            "interpreter_needed": rng.random() < 0.2,
            "nationality": "",
            "diets": rng.sample(diets, rng.choice((0, 0, 0, 1, 2))),
            "allergens": rng.sample(allergens, rng.choice((0, 0, 0, 0, 1, 3))),
            "medical": rng.sample(medical, rng.choice((0, 0, 0, 0, 1))),
            "religious": rng.sample(religious, rng.choice((0, 0, 0, 0, 0, 2))),
            "area": f"体育館 {rng.randint(1, 40)}",
            "notes": "",
        })
    return records


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _search_figures(registry, label: str, calls: list[tuple[str, dict]]) -> None:
    from evac_toolkit.core.text_fold import fold

    timings, by_length = [], {1: [], 2: [], 3: []}
    for _ in range(5):
        for query, options in calls:
            start = time.perf_counter()
            registry.search(query, **options)
            elapsed = time.perf_counter() - start
            timings.append(elapsed)
            by_length[min(len(fold(query)), 3)].append(elapsed)
    worst_query, worst, worst_rows = "", 0.0, 0
    for query, options in calls:
        start = time.perf_counter()
        found = registry.search(query, **options)
        elapsed = time.perf_counter() - start
        if elapsed > worst:
            worst_query, worst, worst_rows = query, elapsed, len(found)
    print(f"registry: search {label}: p50 {_percentile(timings, 0.5) * 1000:.1f} ms, "
          f"p95 {_percentile(timings, 0.95) * 1000:.1f} ms "
          f"(1 char p95 {_percentile(by_length[1], 0.95) * 1000:.1f}, "
          f"2 chars {_percentile(by_length[2], 0.95) * 1000:.1f}, "
          f"3+ {_percentile(by_length[3], 0.95) * 1000:.1f}); slowest {worst_query!r} "
          f"{worst * 1000:.1f} ms, {worst_rows} rows   [target p95 ≤ 30 ms]")
    return _percentile(timings, 0.95) * 1000


def main() -> None:
    import secrets

    from evac_toolkit.core import shelter_key
    from evac_toolkit.core.registry.store import Registry

    # The registry is encrypted, as on a shelter laptop: a key of the benchmark's own.
    if shelter_key.current() is None:
        shelter_key.use_key(secrets.token_bytes(shelter_key.KEY_BYTES))
    rng = random.Random(SEED)
    records = people(PEOPLE, rng)
    with tempfile.TemporaryDirectory(prefix="evac-bench-") as folder:
        registry = Registry.open(Path(folder))
        try:
            start = time.perf_counter()
            registry.add_many(records)
            elapsed = time.perf_counter() - start
            size = (Path(folder) / "registry.sqlite").stat().st_size
            print(f"registry: add_many {PEOPLE:,} people in one transaction: "
                  f"{PEOPLE / elapsed:,.0f} rows/s ({elapsed:.2f} s), "
                  f"file {size / 2**20:.1f} MiB   [target ≥ 20,000 rows/s]")
            record("registry", f"import {PEOPLE:,} people (add_many, one transaction)",
                   PEOPLE / elapsed, "rows/s", (">=", 20_000))
            # People leave: 10% checked out, so "present" is not everyone.
            with registry.db.atomic():
                registry.db.execute("UPDATE evacuees SET status = 'left' WHERE rowid <= ?",
                                    [PEOPLE // 10])

            # The registry view shows at most 200 rows (asking for one more to know there are).
            p95 = _search_figures(registry, "as the view (limit 201)",
                                  [(query, {"limit": 201}) for query in QUERIES])
            record("registry", "search as you type, p95 (1-2 char names included)", p95, "ms",
                   ("<=", 30))
            _search_figures(registry, "no limit", [(query, {}) for query in QUERIES])
            _search_figures(registry, "limit 50", [(q, {"limit": 50}) for q in QUERIES])
            filtered = [(q, {"need": "diets:halal", "present_only": True}) for q in QUERIES]
            _search_figures(registry, "need diets:halal + present, no limit", filtered)

            # The dashboard: counted once when first shown, then kept current by each change
            # (a check-out here), which is what a coordinator waits for all day.
            start = time.perf_counter()
            stats = registry.stats()
            first = time.perf_counter() - start
            leaving = [person.id for person in registry.search("", present_only=True, limit=20)]
            runs = []
            for person in leaving:
                registry.check_out(person)
                start = time.perf_counter()
                stats = registry.stats()
                runs.append(time.perf_counter() - start)
            print(f"registry: dashboard of {stats.present:,} present: first count "
                  f"{first * 1000:.0f} ms; after each check-out median "
                  f"{statistics.median(runs) * 1000:.1f} ms, worst {max(runs) * 1000:.1f} ms"
                  f"   [target ≤ 50 ms]")
            record("registry", "dashboard after a change (worst)", max(runs) * 1000, "ms",
                   ("<=", 50))
            record("registry", "dashboard, first count", first * 1000, "ms")
            _csv_import_figures(records, Path(folder))
        finally:
            registry.close()


def _csv_import_figures(records: list[dict], folder: Path) -> None:
    """The coordinator's path: a CSV of 50,000 different people, read (checked row by row,
    duplicates looked up) and imported into an empty registry (backup first, one transaction).
    The synthetic names repeat, so each gets a number: otherwise most rows would be flagged as
    the same person and skipped, and the figure would measure skipping."""
    from evac_toolkit.core.registry.csv_io import export_csv, import_preview, read_csv
    from evac_toolkit.core.registry.store import Registry

    unique = [dict(record, display_name=f"{record.get('display_name', '')} {number}")
              for number, record in enumerate(records)]
    source = Registry(folder / "source.sqlite")
    try:
        source.add_many(unique)
        csv_path = folder / "everyone.csv"
        export_csv(source, csv_path)
    finally:
        source.close()
    target = Registry(folder / "imported.sqlite")
    try:
        start = time.perf_counter()
        preview = read_csv(csv_path, target)
        read = time.perf_counter() - start
        start = time.perf_counter()
        result = import_preview(target, preview)
        written = time.perf_counter() - start
    finally:
        target.close()
    rows = len(preview.records) + len(preview.duplicates)
    print(f"registry: CSV import of {rows:,} rows ({result.imported:,} new): read and check "
          f"{read:.2f} s, write {written:.2f} s, {rows / (read + written):,.0f} rows/s"
          f"   [target ≥ 20,000 rows/s]")
    record("registry", "CSV file import, whole path (read, check, back up, write)",
           rows / (read + written), "rows/s", (">=", 20_000))


if __name__ == "__main__":
    main()
