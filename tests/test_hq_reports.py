"""Issue 20: three shelters report their counts to one headquarters on a (simulated) USB stick.
Real registries, real sealed files, the real HQ database; the command line in process."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hq_fixtures import MUNICIPALITY, city_key, make_shelter, run
from postgres_server import LOOPBACK

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.content.bank import user_bank
from evac_toolkit.core.hq.city_key import read_key
from evac_toolkit.core.hq.database import ENV_DATABASE, HQ_FILE, open_hq, schema_version
from evac_toolkit.core.hq.identity import HQ_KEY_FILE, SHELTER_FILE
from evac_toolkit.core.hq.migrations import SCHEMA_VERSION
from evac_toolkit.core.hq.report import read_report
from evac_toolkit.core.hq.status import city_status
from evac_toolkit.core.registry.store import Registry


@pytest.fixture(autouse=True, params=["sqlite", pytest.param("postgresql", marks=LOOPBACK)])
def backend(request, monkeypatch) -> str:
    """Every test twice: headquarters in the embedded SQLite file, and on a real PostgreSQL
    server (a fresh database, by $EVAC_TOOLKIT_HQ_DATABASE, as the superuser)."""
    if request.param == "postgresql":
        monkeypatch.setenv(ENV_DATABASE, request.getfixturevalue("pg_database"))
    else:
        monkeypatch.delenv(ENV_DATABASE, raising=False)
    return request.param


@pytest.fixture
def city(tmp_path, capsys):
    """HQ's data folder, the city key, three shelters and an empty USB stick folder."""
    hq_dir = tmp_path / "hq"
    key = city_key(capsys, tmp_path, hq_dir)
    shelters = [make_shelter(capsys, tmp_path, "S001", key, leave=1),
                make_shelter(capsys, tmp_path, "S002", key, transfer=1),
                make_shelter(capsys, tmp_path, "S003", key)]
    stick = tmp_path / "stick"
    stick.mkdir()
    return hq_dir, key, shelters, stick


def report(capsys, shelter, out: Path, *extra: str) -> Path:
    code, stdout, err = run(capsys, "--data-dir", str(shelter.data_dir), "shelter", "report",
                            "--out", str(out), *extra)
    assert code == 0, err
    assert str(out) in stdout
    return out


def hq(capsys, hq_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(hq_dir), "hq", *argv)


def status(capsys, hq_dir: Path) -> dict:
    code, out, err = hq(capsys, hq_dir, "status", "--json")
    assert code == 0, err
    return json.loads(out)


def rows(hq_dir: Path) -> list[tuple]:
    conn = open_hq(hq_dir, readonly=True)
    try:
        return conn.execute("SELECT * FROM reports ORDER BY shelter_id, sequence").fetchall()
    finally:
        conn.close()


def registry_stats(capsys, shelter) -> dict:
    code, out, err = run(capsys, "--data-dir", str(shelter.data_dir), "registry", "stats",
                         "--json")
    assert code == 0, err
    return json.loads(out)


def summed(stats: list[dict], name: str) -> dict:
    total: dict = {}
    for one in stats:
        items = one[name].items() if isinstance(one[name], dict) else one[name]
        for code, count in items:
            total[code] = total.get(code, 0) + count
    return {code: count for code, count in total.items() if count}


def test_hq_totals_are_the_sum_of_the_shelters_own_stats(capsys, city):
    hq_dir, _key, shelters, stick = city
    for shelter in shelters:
        report(capsys, shelter, stick / f"{shelter.shelter_id}.evacreport")
    code, out, err = hq(capsys, hq_dir, "import", str(stick))
    assert code == 0, err
    assert out.count("\n") == 3
    state = status(capsys, hq_dir)
    assert [s["shelter_id"] for s in state["shelters"]] == ["S001", "S002", "S003"]
    assert not any(s["stale"] for s in state["shelters"])
    stats = [registry_stats(capsys, shelter) for shelter in shelters]
    totals = state["totals"]
    assert totals["present"] == sum(s["present"] for s in stats) == 7
    assert totals["interpreter_needed"] == sum(s["interpreter_needed"] for s in stats)
    assert totals["capacity"] == sum(s["capacity"] for s in stats) == 600
    assert totals["languages"] == summed(stats, "by_language")
    assert totals["speakers"] == summed(stats, "any_language")
    assert {k: v for k, v in totals["japanese_ability"].items() if v} == \
        summed(stats, "japanese_ability")
    for kind in ("diets", "allergens", "medical", "religious"):
        assert totals[kind] == summed(stats, kind), kind
    # Who left or was transferred is counted where it happened, and only there.
    assert totals["left"] == 1 and totals["transferred"] == 1
    assert [s["counts"]["left"] for s in state["shelters"]] == [1, 0, 0]
    assert [s["counts"]["transferred"] for s in state["shelters"]] == [0, 1, 0]
    # Interpreter needs by first language, over people present (S002's Maria was transferred).
    assert totals["interpreter_by_language"] == {"vi": 1, "en": 1}
    code, out, _ = hq(capsys, hq_dir, "status")
    assert code == 0 and "S002" in out and "第2小学校" in out


def test_reimport_changes_nothing(capsys, city):
    hq_dir, _key, shelters, stick = city
    report(capsys, shelters[0], stick / "a.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    before, state = rows(hq_dir), status(capsys, hq_dir)
    shutil.copy(stick / "a.evacreport", stick / "copy of a.evacreport")
    code, out, err = hq(capsys, hq_dir, "import", str(stick), str(stick / "a.evacreport"))
    assert code == 0 and not err
    assert out.count("already imported") == 3
    assert rows(hq_dir) == before and status(capsys, hq_dir) == state


def _refused(capsys, hq_dir: Path, path: Path) -> str:
    before = rows(hq_dir)
    code, out, err = hq(capsys, hq_dir, "import", str(path))
    assert code == 1 and not out
    assert rows(hq_dir) == before
    assert "Traceback" not in err
    return err


def test_flipped_byte_wrong_key_and_other_city_are_refused(capsys, city, tmp_path, backend,
                                                           request):
    hq_dir, _key, shelters, stick = city
    good = report(capsys, shelters[0], stick / "good.evacreport")
    assert hq(capsys, hq_dir, "import", str(good))[0] == 0
    second = report(capsys, shelters[0], tmp_path / "second.evacreport")
    data = bytearray(second.read_bytes())
    for offset in (100, len(data) // 2, len(data) - 10):
        flipped = tmp_path / f"flipped{offset}.evacreport"
        changed = bytearray(data)
        changed[offset] ^= 0x01
        flipped.write_bytes(bytes(changed))
        err = _refused(capsys, hq_dir, flipped)
        assert str(flipped) in err and "another city's key" in err
        assert err.count("\n") == 2         # its line, and "1 file was not imported."
    # A file sealed with another key of the same municipality (a second keygen).
    other_hq = tmp_path / "other-hq"
    (tmp_path / "other").mkdir()
    other_key = city_key(capsys, tmp_path / "other", other_hq)
    other = make_shelter(capsys, tmp_path / "elsewhere", "S009", other_key)
    foreign = report(capsys, other, tmp_path / "foreign.evacreport")
    assert "another city's key" in _refused(capsys, hq_dir, foreign)
    # The same file imports at the HQ that holds its key (another city: its own database).
    other_db = (["--database", request.getfixturevalue("pg_databases")()]
                if backend == "postgresql" else [])
    assert hq(capsys, other_hq, "import", str(foreign), *other_db)[0] == 0
    # Damaged beyond the cipher: truncated, empty, not a report at all.
    (tmp_path / "cut.evacreport").write_bytes(data[: len(data) // 3])
    (tmp_path / "empty.evacreport").write_bytes(b"")
    for name in ("cut.evacreport", "empty.evacreport"):
        _refused(capsys, hq_dir, tmp_path / name)
    assert [row[1] for row in rows(hq_dir)] == [1]


def test_an_older_report_never_overwrites_a_newer_one(capsys, city, tmp_path):
    hq_dir, _key, shelters, _stick = city
    first = report(capsys, shelters[0], tmp_path / "first.evacreport")
    registry = Registry.open(shelters[0].data_dir)
    try:
        registry.add({"display_name": "New Arrival", "languages": ["th"]})
    finally:
        registry.close()
    second = report(capsys, shelters[0], tmp_path / "second.evacreport")
    assert read_report(second, read_key(tmp_path / "city.key").key).sequence == 2
    assert hq(capsys, hq_dir, "import", str(second))[0] == 0
    err = _refused(capsys, hq_dir, first)
    assert "older than report 2" in err
    [shelter] = status(capsys, hq_dir)["shelters"]
    assert shelter["sequence"] == 2 and shelter["counts"]["languages"]["th"] == 1
    # Both on the stick at once, older listed last or first: the newest is what HQ holds.
    code, out, _ = hq(capsys, hq_dir, "import", str(first), str(second))
    assert code == 1 and "already imported" in out
    assert [row[1] for row in rows(hq_dir)] == [2]


def test_a_replaced_laptop_on_usb_sticks_numbers_after_what_headquarters_says(capsys, city,
                                                                              tmp_path):
    """A laptop that replaced a broken one numbers its reports from 1; headquarters refuses
    them as older and says what to do; told the number headquarters holds, the laptop's next
    report is the one after it, and headquarters takes it."""
    hq_dir, key, shelters, _stick = city
    old = [report(capsys, shelters[0], tmp_path / f"old{n}.evacreport") for n in (1, 2, 3)]
    assert hq(capsys, hq_dir, "import", *map(str, old))[0] == 0

    for name in (SHELTER_FILE, "report_sequence.txt"):      # the laptop set up anew
        (shelters[0].data_dir / name).unlink(missing_ok=True)
    code, _, err = run(capsys, "--data-dir", str(shelters[0].data_dir), "shelter", "setup",
                       "--municipality", MUNICIPALITY, "--shelter-id", "S001",
                       "--name", "第1小学校", "--key", str(key))
    assert code == 0, err
    registry = Registry.open(shelters[0].data_dir)
    try:
        registry.add({"display_name": "New Arrival", "languages": ["th"]})
    finally:
        registry.close()
    # Its report 1 is not the report 1 headquarters holds (made at another time): not taken
    # as "already held", which would drop its counts without a word.
    fresh = report(capsys, shelters[0], tmp_path / "new1.evacreport")
    err = _refused(capsys, hq_dir, fresh)
    assert "differs from the report 1 already held" in err
    assert err.count("--number-after 3") == 1               # what to do, said once
    assert "already imported" in hq(capsys, hq_dir, "import", str(old[0]))[1]   # a true copy

    code, out, err = run(capsys, "--data-dir", str(shelters[0].data_dir), "shelter", "report",
                         "--number-after", "3", "--out", str(tmp_path / "new2.evacreport"))
    assert code == 0, err
    assert "the next report is number 4" in out
    assert read_report(tmp_path / "new2.evacreport", read_key(key).key).sequence == 4
    assert hq(capsys, hq_dir, "import", str(tmp_path / "new2.evacreport"))[0] == 0
    assert [row[1] for row in rows(hq_dir)] == [1, 2, 3, 4]          # one history
    # Told a number it is already past, the laptop keeps its own.
    code, out, _ = run(capsys, "--data-dir", str(shelters[0].data_dir), "shelter", "report",
                       "--number-after", "2", "--out", str(tmp_path / "new3.evacreport"))
    assert code == 0 and "the next report is number 5" in out
    code, _, err = run(capsys, "--data-dir", str(shelters[0].data_dir), "shelter", "report",
                       "--number-after", "-1", "--out", str(tmp_path / "bad.evacreport"))
    assert code == 2 and "from 0 to 999999" in err and "Traceback" not in err
    assert not (tmp_path / "bad.evacreport").exists()


def test_drill_reports_are_kept_apart(capsys, city, tmp_path):
    hq_dir, _key, shelters, stick = city
    drill_db = tmp_path / "drill.sqlite"
    drill = Registry(drill_db)
    try:
        drill.add_many([{"display_name": f"Role player {n}", "languages": ["my"],
                         "interpreter_needed": True} for n in range(5)])
    finally:
        drill.close()
    code, _out, err = run(capsys, "--data-dir", str(shelters[1].data_dir), "shelter", "report",
                          "--drill-db", str(drill_db), "--out", str(stick / "drill.evacreport"))
    assert code == 0 and "drill" in err
    report(capsys, shelters[0], stick / "real.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    state = status(capsys, hq_dir)
    assert [s["shelter_id"] for s in state["shelters"]] == ["S001"]
    assert state["totals"]["present"] == 2 and "my" not in state["totals"]["languages"]
    [drill_shelter] = state["drill_shelters"]
    assert drill_shelter["shelter_id"] == "S002" and state["drill_totals"]["present"] == 5
    # A real report from the same shelter later is its own; the drill never enters the totals.
    report(capsys, shelters[1], stick / "real2.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    state = status(capsys, hq_dir)
    assert state["totals"]["present"] == 2 + 3 and state["drill_totals"]["present"] == 5
    code, out, _ = hq(capsys, hq_dir, "status")
    assert "Drill reports" in out


def test_no_personal_data_in_the_decrypted_report(capsys, city, tmp_path):
    _hq_dir, key, shelters, _stick = city
    for shelter in shelters:
        out = report(capsys, shelter, tmp_path / f"{shelter.shelter_id}.evacreport")
        conn = sqlite_open.connect(out, key=read_key(key).key, readonly=True)
        try:
            # Everything the file holds, decrypted: its one table and every value in it.
            tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            assert [name for (name,) in tables] == ["envelope"]
            values = [str(v) for row in conn.execute("SELECT * FROM envelope") for v in row]
        finally:
            conn.close()
        decrypted = unicodedata.normalize("NFC", "\n".join(values))
        payload = read_report(out, read_key(key).key).payload()
        assert payload["shelter_id"] == shelter.shelter_id and payload["counts"]["present"]
        for secret in shelter.names:
            assert secret not in decrypted, secret
            assert secret.encode() not in "\n".join(values).encode(), secret
        # Without the key the file is noise: not even SQLite's header.
        assert not out.read_bytes().startswith(b"SQLite format 3")


def test_the_pdf_is_one_japanese_page_with_the_same_numbers(capsys, city, tmp_path):
    _hq_dir, _key, shelters, _stick = city
    out, pdf = tmp_path / "r.evacreport", tmp_path / "r.pdf"
    report(capsys, shelters[1], out, "--pdf", str(pdf))
    doc = pdfium.PdfDocument(str(pdf))
    assert len(doc) == 1
    text = "".join(unicodedata.normalize("NFC", doc[0].get_textpage().get_text_range()).split())
    assert "避難所状況報告" in text and "第1報" in text and "第2小学校" in text
    assert "在所3人" in text and "移送1人" in text and "収容可能200人" in text
    assert "ハラール" in text
    for secret in shelters[1].names:
        assert "".join(secret.split()) not in text, secret


def test_key_and_setup_refusals(capsys, city, tmp_path):
    hq_dir, key, _shelters, _stick = city
    if os.name == "posix":
        assert key.stat().st_mode & 0o777 == 0o600
    assert read_key(key).municipality == MUNICIPALITY
    code, _, err = hq(capsys, hq_dir, "keygen", "--municipality", "13101", "--out",
                      str(tmp_path / "x.key"))
    assert code == 2 and "13101" in err and not (tmp_path / "x.key").exists()
    before = key.read_bytes()
    code, _, err = hq(capsys, tmp_path / "fresh-hq", "keygen", "--municipality", MUNICIPALITY,
                      "--out", str(key))
    assert code == 2 and "already exists" in err and key.read_bytes() == before
    assert not (tmp_path / "fresh-hq" / HQ_KEY_FILE).exists()
    # Headquarters keeps its one key: a second keygen there makes nothing.
    held = (hq_dir / HQ_KEY_FILE).read_bytes()
    code, _, err = hq(capsys, hq_dir, "keygen", "--municipality", MUNICIPALITY, "--out",
                      str(tmp_path / "second.key"))
    assert code == 2 and "already holds" in err and not (tmp_path / "second.key").exists()
    assert (hq_dir / HQ_KEY_FILE).read_bytes() == held
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "s"), "shelter", "setup",
                       "--municipality", "271004", "--shelter-id", "S010", "--name", "x",
                       "--key", str(key))
    assert code == 2 and "271004" in err and not (tmp_path / "s" / SHELTER_FILE).exists()
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "s"), "shelter", "report",
                       "--out", str(tmp_path / "r.evacreport"))
    assert code == 2 and "no shelter identity" in err
    assert not (tmp_path / "r.evacreport").exists()
    code, _, err = hq(capsys, tmp_path / "not-hq", "import", str(tmp_path))
    assert code == 2 and "no city key" in err


def test_stale_after_twelve_hours_and_schema_version(capsys, city, backend):
    hq_dir, _key, shelters, stick = city
    report(capsys, shelters[2], stick / "r.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    conn = open_hq(hq_dir, readonly=True)
    try:
        assert schema_version(conn) == SCHEMA_VERSION
        later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=11, minutes=50)
        assert not city_status(conn, now=later).shelters[0].stale
        later += dt.timedelta(minutes=20)
        assert city_status(conn, now=later).shelters[0].stale
    finally:
        conn.close()
    # On a server, nothing of headquarters' database is kept in the data folder.
    assert (hq_dir / HQ_FILE).is_file() == (backend == "sqlite")


def test_signs_for_a_shelter_in_the_languages_its_people_speak(capsys, city, tmp_path):
    hq_dir, _key, shelters, stick = city
    report(capsys, shelters[1], stick / "s2.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    out = tmp_path / "signs.pdf"
    code, stdout, err = hq(capsys, hq_dir, "signs", "--shelter", "S002", "--signs",
                           "facility.toilet,facility.reception", "--out", str(out))
    assert code == 0, err
    # S002's people present speak Burmese, Indonesian and Japanese (the Portuguese speaker
    # was transferred): Japanese first, then the others, most speakers first (ties by code).
    assert "Japanese, Indonesian, Burmese" in stdout and str(out) in stdout
    doc = pdfium.PdfDocument(str(out))
    assert len(doc) == 2
    text = "".join(doc[0].get_textpage().get_text_range().split())
    bank = user_bank(hq_dir)
    assert "トイレ" in text and "".join(bank.text("id", "facility.toilet").split()) in text
    assert "Toilets" not in text            # nobody there reads English
    code, _, err = hq(capsys, hq_dir, "signs", "--shelter", "S003", "--out",
                      str(tmp_path / "none.pdf"))
    assert code == 2 and "S003" in err and not (tmp_path / "none.pdf").exists()


def test_dispatch_sends_interpreters_where_they_cover_most(capsys, city, tmp_path):
    hq_dir, _key, shelters, stick = city
    for shelter in shelters:
        report(capsys, shelter, stick / f"{shelter.shelter_id}.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    # Needs (people present): S001 vi 1 (Tran; Nguyen left), S003 en 1 (John).
    listing = tmp_path / "interpreters.csv"
    listing.write_text("名前,言語,シフト\n"
                       "Jo,English; Vietnamese,午前\n"
                       "Linh,ベトナム語,午前\n"
                       "Ana,pt-BR,午前\n"
                       "Kim,英語,午後\n", encoding="utf-8-sig")
    out = tmp_path / "dispatch.pdf"
    code, stdout, err = hq(capsys, hq_dir, "dispatch", "--interpreters", str(listing),
                           "--out", str(out), "--json")
    assert code == 0, err
    morning, afternoon = json.loads(stdout)
    sent = {a["interpreter"]: (a["shelter_id"], a["covers"]) for a in morning["assignments"]}
    # Linh and Jo both cover S001; only Jo covers S003: each goes to one shelter, both covered
    # (Jo listed first does not take S001 from Linh).
    assert morning["covered"] == 2 == morning["needing"] and not morning["uncovered"], morning
    assert sent == {"Linh": ("S001", {"vi": 1}), "Jo": ("S003", {"en": 1})}
    assert morning["unassigned"] == ["Ana"]
    assert afternoon["assignments"][0]["interpreter"] == "Kim"
    assert afternoon["covered"] == 1 and afternoon["uncovered"] == [
        {"shelter_id": "S001", "shelter_name": "第1小学校", "language": "vi", "people": 1}]
    assert "3 of 4" in err                      # over the two shifts
    doc = pdfium.PdfDocument(str(out))
    text = "".join("".join(page.get_textpage().get_text_range().split()) for page in doc)
    assert "通訳者の派遣計画" in text and "Linh" in text and "未対応" in text
    listing.write_text("名前,言語\nLinh,Klingon\n", encoding="utf-8")
    code, _, err = hq(capsys, hq_dir, "dispatch", "--interpreters", str(listing))
    assert code == 2 and "Klingon" in err and "line 2" in err


def test_dispatch_reads_the_interpreters_from_a_workbook(capsys, city, tmp_path):
    import openpyxl

    hq_dir, _key, shelters, stick = city
    report(capsys, shelters[2], stick / "s3.evacreport")
    assert hq(capsys, hq_dir, "import", str(stick))[0] == 0
    book = openpyxl.Workbook()
    book.active.append(["Name", "Languages"])
    book.active.append(["Kim", "English, Korean"])
    book.save(tmp_path / "interpreters.xlsx")
    code, stdout, err = hq(capsys, hq_dir, "dispatch", "--interpreters",
                           str(tmp_path / "interpreters.xlsx"), "--json")
    assert code == 0, err
    [plan] = json.loads(stdout)
    assert plan["shift"] == "" and plan["assignments"][0]["languages"] == ["en", "ko"]
    assert plan["assignments"][0]["shelter_id"] == "S003" and plan["covered"] == 1


def test_an_interpreter_list_with_nobody_under_its_header_is_refused(tmp_path):
    """A quote left open swallows the rest of a CSV: no plan is made for no one."""
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.hq.interpreters import read_interpreters

    listing = tmp_path / "interpreters.csv"
    listing.write_text('name,languages\n"Nguyen,vi\nTran,vi\n', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_interpreters(listing)
    assert caught.value.code in ("interpreters_unreadable", "interpreters_bad_row")
