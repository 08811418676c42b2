"""Check-in and check-out dates in coordinators' own lists, as two offices write them, on real
files and a real SQLite registry. The lists are from June 2025, so that a date without a year
("6/3") has one answer whatever day the tests run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
from evac_toolkit.core.registry.store import Registry


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _stamps(registry: Registry) -> dict[str, tuple[str | None, str | None]]:
    """Name → (check-in, check-out) as local wall-clock time, without the zone."""
    return {person.display_name: tuple(stamp[:16] if stamp else None for stamp in
                                       (person.checked_in_at, person.checked_out_at))
            for person in registry.search("")}


def test_office_with_japanese_dates_in_one_cell(registry, tmp_path):
    """A ward office's Excel list saved as CSV (CP932): eras, kanji, full-width digits, a
    weekday, serial numbers where a cell lost its format, and dates without a year."""
    text = (
        "受付番号,氏名,ふりがな,使用言語,入所日時,退所日時,備考\r\n"
        "1,グエン・ティ・ラン,ぐえん てぃ らん,vi,令和7年6月1日 18時5分,,\r\n"
        "2,ラジ・シャルマ,らじ しゃるま,ne,R7.6.1 午後6時,R7.6.4 午前9時30分,\r\n"
        "3,Ana Souza,あな そうざ,pt-BR,45809.75,,書式が消えたセル\r\n"
        "4,李 明,り めい,zh-Hans,６月３日（火） １９：４０,,\r\n"
        "5,Maria Santos,まりあ さんとす,tl,6/2 8:15,6月5日,\r\n"
        "6,佐藤 一郎,さとう いちろう,ja,2025/6/2,,\r\n"
        "7,Kim Minji,きむ みんじ,ko,2025-06-02T07:00:00,,\r\n"
    )
    preview = read_csv(_write(tmp_path / "港区名簿.csv", text, "cp932"), registry)
    assert preview.problems == []
    import_preview(registry, preview)
    assert _stamps(registry) == {
        "グエン・ティ・ラン": ("2025-06-01T18:05", None),
        "ラジ・シャルマ": ("2025-06-01T18:00", "2025-06-04T09:30"),
        "Ana Souza": ("2025-06-01T18:00", None),
        "李 明": ("2025-06-03T19:40", None),
        "Maria Santos": ("2025-06-02T08:15", "2025-06-05T00:00"),
        "佐藤 一郎": ("2025-06-02T00:00", None),
        "Kim Minji": ("2025-06-02T07:00", None),
    }


def test_office_with_separate_date_and_time_columns(registry, tmp_path):
    """A town hall's bilingual list (UTF-8 with BOM): the date in one column, the time in the
    next, each written several ways; a blank time leaves midnight."""
    text = (
        "氏名 Name,言語 Language,入所日,入所時刻,退所日,退所時刻\r\n"
        "Tran Van Nam,vi,2025/6/1,18:30,,\r\n"
        "Sita Gurung,ne,2025-06-02,18時5分,6月4日,10時\r\n"
        "Budi Santoso,id,２０２５／６／２,午後6時,,\r\n"
        "Aung Aung,my,6月3日,午前9時30分,令和7年6月5日,午後1時半\r\n"
        "Nimal Perera,si,45809,,,\r\n"
        "Somchai,th,R7.6.3(火),７：０５,,\r\n"
        "Ali Khan,en,2025/6/3,0.75,,\r\n"
    )
    preview = read_csv(_write(tmp_path / "town.csv", "\ufeff" + text), registry)
    assert preview.problems == []
    assert preview.mapping["入所時刻"] == "checked_in_time"
    assert preview.mapping["退所日"] == "checked_out_at"
    import_preview(registry, preview)
    assert _stamps(registry) == {
        "Tran Van Nam": ("2025-06-01T18:30", None),
        "Sita Gurung": ("2025-06-02T18:05", "2025-06-04T10:00"),
        "Budi Santoso": ("2025-06-02T18:00", None),
        "Aung Aung": ("2025-06-03T09:30", "2025-06-05T13:30"),
        "Nimal Perera": ("2025-06-01T00:00", None),
        "Somchai": ("2025-06-03T07:05", None),
        "Ali Khan": ("2025-06-03T18:00", None),          # a time cell that lost its format
    }


def test_a_date_without_a_year_never_lands_in_the_future(registry, tmp_path):
    text = "氏名,言語,入所日時\r\nA,vi,1/1\r\n"
    preview = read_csv(_write(tmp_path / "new-year.csv", text), registry)
    import_preview(registry, preview)
    stamp = registry.search("")[0].checked_in_at
    assert dt.date.fromisoformat(stamp[:10]) <= dt.date.today()


def test_refused_dates_and_times_are_named_with_the_accepted_forms(registry, tmp_path):
    text = (
        "氏名,言語,入所日,入所時刻\r\n"
        "A,vi,2026/13/40,\r\n"
        "B,vi,令和0年12月1日,\r\n"
        "C,vi,7/12/2026,\r\n"
        "D,vi,2025/6/1,25:00\r\n"
        "E,vi,,18:00\r\n"
        "F,vi,2025/6/1 25:00,\r\n"
    )
    preview = read_csv(_write(tmp_path / "bad.csv", text), registry)
    found = [(p.line, p.column, p.code, p.params["value"]) for p in preview.problems]
    assert found == [
        (2, 3, "import_bad_time", "2026/13/40"),
        (3, 3, "import_bad_time", "令和0年12月1日"),
        (4, 3, "import_bad_time", "7/12/2026"),
        (5, 4, "import_bad_time_of_day", "25:00"),
        (6, 4, "import_time_without_date", "18:00"),
        (7, 3, "import_bad_time", "2025/6/1 25:00"),
    ]
    assert preview.records == []
    first = preview.problems[0]
    english = message(first.code, "en", **first.params)
    japanese = message(first.code, "ja", **first.params)
    for form in ("2026/12/7", "2026-12-07", "12/7", "12月7日", "令和8年12月7日", "R8.12.7",
                 "18:05", "18時5分", "午後6時"):
        assert form in english and form in japanese
    assert english.startswith("入所日: '2026/13/40' is not a date and time")
    assert japanese.startswith("入所日：「2026/13/40」は日時として読めません")
    time_of_day = preview.problems[3]
    assert "午後6時" in message(time_of_day.code, "ja", **time_of_day.params)


def test_cli_imports_an_office_list_with_japanese_dates(capsys, tmp_path):
    path = _write(tmp_path / "list.csv", "氏名,言語,入所日,入所時刻\r\n"
                                         "Tran,vi,令和7年6月1日,午後6時\r\n"
                                         "Lan,vi,6月2日,9時半\r\n", "cp932")
    assert main(["registry", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["registry", "list", "--json"]) == 0
    people = {row["display_name"]: row["checked_in_at"][:16]
              for row in json.loads(capsys.readouterr().out)}
    assert people == {"Tran": "2025-06-01T18:00", "Lan": "2025-06-02T09:30"}
