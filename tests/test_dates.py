"""Dates and times as offices write them (evac_toolkit.core.dates), and the notice date a person
types on the command line."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core import dates
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.signs import clean_slot

TODAY = dt.date(2026, 12, 8)
D = dt.datetime


@pytest.mark.parametrize(("text", "expected"), [
    # dates with a year, midnight when no time is written
    ("2026/12/7", D(2026, 12, 7)),
    ("2026-12-07", D(2026, 12, 7)),
    ("2026-12-7", D(2026, 12, 7)),
    ("2026.12.7", D(2026, 12, 7)),
    ("2026年12月7日", D(2026, 12, 7)),
    ("令和8年12月7日", D(2026, 12, 7)),
    ("令和元年5月1日", D(2019, 5, 1)),
    ("R8.12.7", D(2026, 12, 7)),
    ("R8/12/7", D(2026, 12, 7)),
    ("r8.12.7", D(2026, 12, 7)),
    ("R 8.12.7", D(2026, 12, 7)),
    ("H31.4.30", D(2019, 4, 30)),
    ("平成30年1月5日", D(2018, 1, 5)),
    ("46363", D(2026, 12, 7)),
    ("46363.75", D(2026, 12, 7, 18)),
    ("46363.7534722222", D(2026, 12, 7, 18, 5)),
    ("２０２６／１２／７", D(2026, 12, 7)),
    ("Ｒ８．１２．７", D(2026, 12, 7)),
    ("2026/12/7(月)", D(2026, 12, 7)),
    ("2026/12/7（月曜日）", D(2026, 12, 7)),
    # a date and a time in one cell
    ("2026/12/7 18:05", D(2026, 12, 7, 18, 5)),
    ("2026/12/7 18:05:30", D(2026, 12, 7, 18, 5, 30)),
    ("2026/12/7 18時5分", D(2026, 12, 7, 18, 5)),
    ("2026/12/7 18時", D(2026, 12, 7, 18)),
    ("2026/12/7 午後6時", D(2026, 12, 7, 18)),
    ("2026/12/7 午前9時30分", D(2026, 12, 7, 9, 30)),
    ("2026/12/7 午後0時", D(2026, 12, 7, 12)),
    ("2026/12/7 6時半", D(2026, 12, 7, 6, 30)),
    ("2026/12/7 6:30 PM", D(2026, 12, 7, 18, 30)),
    ("令和8年12月7日18時5分", D(2026, 12, 7, 18, 5)),
    ("令和8年12月7日（月）午後6時", D(2026, 12, 7, 18)),
    ("２０２６／１２／７　１８：０５", D(2026, 12, 7, 18, 5)),
    ("2026-12-07T18:05:00", D(2026, 12, 7, 18, 5)),
    ("2026-12-07T18:05:00+09:00", D(2026, 12, 7, 18, 5,
                                    tzinfo=dt.timezone(dt.timedelta(hours=9)))),
    # no year: the nearest 7 December that is not after today (8 December 2026)
    ("12/7", D(2026, 12, 7)),
    ("12月7日", D(2026, 12, 7)),
    ("１２月７日", D(2026, 12, 7)),
    ("12/7 18:05", D(2026, 12, 7, 18, 5)),
    ("12月7日 午後6時", D(2026, 12, 7, 18)),
    ("12月7日18時5分", D(2026, 12, 7, 18, 5)),
    ("12/9", D(2025, 12, 9)),           # tomorrow: a check-in is never in the future
    ("1/5", D(2026, 1, 5)),
])
def test_every_accepted_form(text, expected):
    assert dates.parse_stamps([text], today=TODAY)[text] == expected


@pytest.mark.parametrize("text", [
    "2026/13/40", "2026/2/30", "12/32", "13月1日",
    "令和0年12月7日", "R0.12.7", "令和1年4月1日",     # year 0; 1 April 2019 was still 平成
    "H32.1.1",                                       # after 平成 ended
    "2026/12/7 25:00", "2026/12/7 24:00", "2026/12/7 18:60", "2026/12/7 午後13時",
    "2026/12/7 午前12時", "2026/12/7 午後12時",      # noon to some, midnight to others
    "26/12/7", "7/12/2026", "12/7/2026", "2026/12-7",  # two-digit year, year last, mixed signs
    "12-7", "18:05", "午後6時",                       # a time alone is no check-in
    "123", "99999", "46363.5.5", "yesterday", "12月", "2026年12月",
])
def test_refused_forms(text):
    assert dates.parse_stamps([text], today=TODAY)[text] is None


def test_year_comes_from_the_files_other_dates():
    # A list from last spring, read in December: 6/2 is next to its other dates, not 2026.
    cells = ["2025/6/1 18:30", "6/2 9:00", "12/30"]
    found = dates.parse_stamps(cells, today=TODAY)
    assert found["6/2 9:00"] == D(2025, 6, 2, 9)
    assert found["12/30"] == D(2024, 12, 30)       # nearest 2025-06-01 is the December before
    # A list that crosses New Year, read on 3 January: 12/30 is three days ago.
    found = dates.parse_stamps(["12/30", "1/2"], today=dt.date(2027, 1, 3))
    assert (found["12/30"], found["1/2"]) == (D(2026, 12, 30), D(2027, 1, 2))
    # 29 February takes the nearest year that has one.
    assert dates.parse_stamps(["2/29"], today=TODAY)["2/29"] == D(2024, 2, 29)


def test_eras_are_data_newest_first():
    found = dates.eras()
    assert [era.kanji for era in found[:2]] == ["令和", "平成"]
    assert found[0].end is None and found[1].end == dt.date(2019, 4, 30)


@pytest.mark.parametrize(("text", "expected"), [
    ("18:05", dt.time(18, 5)), ("１８：０５", dt.time(18, 5)), ("18時5分", dt.time(18, 5)),
    ("18時", dt.time(18)), ("午後6時", dt.time(18)), ("午前9時30分", dt.time(9, 30)),
    ("午前0時", dt.time(0)), ("9:00 am", dt.time(9)), ("12:00 PM", dt.time(12)),
    ("0.75", dt.time(18)), (".7534722222", dt.time(18, 5)), ("1.5", None),
    ("25:00", None), ("午前12時", None), ("午後6時 PM", None), ("6", None), ("", None),
])
def test_times(text, expected):
    assert dates.parse_time(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-07", dt.date(2026, 12, 7)), ("2026/12/7", dt.date(2026, 12, 7)),
    ("令和8年12月7日", dt.date(2026, 12, 7)), ("R8.12.7", dt.date(2026, 12, 7)),
    # a notice announces: the nearest such day, ahead or behind
    ("12/10", dt.date(2026, 12, 10)), ("12月7日", dt.date(2026, 12, 7)),
    ("1/5", dt.date(2027, 1, 5)),
    ("2026/12/7 18:00", None), ("2026/13/40", None), ("18:00", None),
])
def test_a_date_a_person_types(text, expected):
    assert dates.parse_date(text, today=TODAY) == expected


def test_notice_slots_read_japanese_dates_and_times():
    assert clean_slot("date", "date", "令和8年12月7日") == "2026-12-07"
    assert clean_slot("date", "date", "２０２６／１２／７") == "2026-12-07"
    assert clean_slot("time", "time", "午後6時") == "18:00"
    assert clean_slot("time", "time", "9時半") == "9:30"
    with pytest.raises(UserError) as error:
        clean_slot("date", "date", "2026/13/40")
    assert error.value.code == "slot_bad_value"
    assert "令和8年12月7日" in error.value.params["expected"]
    assert "46363" not in error.value.params["expected"]    # no serial numbers to a person


def test_cli_notice_takes_a_date_as_people_type_it(tmp_path, capsys):
    out = tmp_path / "distribution.pdf"
    assert main(["notice", "print", "--template", "notice.relief_distribution",
                 "--set", "date=2026/12/7", "--set", "time=午後6時", "--set", "place=体育館",
                 "--languages", "ja", "--out", str(out)]) == 0
    document = pdfium.PdfDocument(out)
    text = "".join(document[0].get_textpage().get_text_range().split())
    assert "12月7日（月）" in text and "18:00" in text


def test_cli_notice_refuses_an_impossible_date_naming_the_forms(tmp_path, capsys):
    out = tmp_path / "distribution.pdf"
    assert main(["notice", "print", "--template", "notice.relief_distribution",
                 "--set", "date=2026/13/40", "--set", "time=18:00", "--set", "place=体育館",
                 "--languages", "ja", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "2026/13/40" in error and "2026/12/7" in error and "12月7日" in error
    assert not out.exists()
