"""Eleven offices' own evacuee lists (tests/office_lists.py), imported into a real SQLite
registry through the command line or the core the GUI uses. Each import keeps the promises: the
stored people hold what the list says, a verified backup of the registry as it was is taken
before writing, a list with problems names them by line and column and imports nobody, and
importing the same list again adds nobody."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from office_lists import (
    community_centre_csv,
    health_centre_xlsx,
    international_association_xlsx,
    language_words_csv,
    neighbourhood_xlsx,
    npo_flags_cp932,
    refused_cp932,
    university_csv,
    ward_office_cp932,
    welfare_council_unicode_text,
)

from evac_toolkit.cli.main import main
from evac_toolkit.core import sqlite_open
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.backup import list_backups
from evac_toolkit.core.registry.csv_io import export_csv, import_preview, read_csv
from evac_toolkit.core.registry.store import Evacuee, Registry


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


@contextmanager
def _opened(home: Path) -> Iterator[Registry]:
    """The registry file as another run of the program opens it (after the command ended)."""
    registry = Registry.open(home)
    try:
        yield registry
    finally:
        registry.close()


def _people(registry: Registry) -> dict[str, Evacuee]:
    return {person.display_name: person for person in registry.search("")}


def _fields(person: Evacuee, *names: str) -> tuple:
    """The named fields, lists as tuples and times as local wall-clock minutes."""
    def shown(name: str):
        value = getattr(person, name)
        if name in ("checked_in_at", "checked_out_at"):
            return value[:16] if value else None
        return tuple(value) if isinstance(value, list) else value
    return tuple(shown(name) for name in names)


def _backup_holds(registry_path: Path, people: int) -> None:
    """The newest backup is from before the import, passes SQLite's own full check and holds
    the registry as it was (``people`` rows)."""
    backups = list_backups(registry_path)
    assert backups and backups[0].reason == "before-import"
    copy = sqlite_open.connect(backups[0].path, readonly=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT count(*) FROM evacuees").fetchone()[0] == people
    finally:
        copy.close()


def _import_once(registry: Registry, path: Path, mapping: dict | None = None
                 ) -> dict[str, Evacuee]:
    """Import through the core as the GUI does, then again: the second adds nobody and takes
    no backup. The people by name."""
    before = registry.count()
    preview = read_csv(path, registry, mapping)
    assert preview.problems == []
    result = import_preview(registry, preview)
    assert result.imported == len(preview.records) > 0
    _backup_holds(registry.path, before)
    backups = len(list_backups(registry.path))
    again = read_csv(path, registry, mapping)
    assert again.problems == [] and again.records == []
    assert len(again.duplicates) == result.imported
    assert import_preview(registry, again).imported == 0
    assert registry.count() == before + result.imported
    assert len(list_backups(registry.path)) == backups
    return _people(registry)


def _cli(capsys, data_home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_home), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- 1 --------------------------------------------------------------------------------------------
def test_a_ward_office_cp932_list_imports_in_one_step_on_the_command_line(capsys, tmp_path,
                                                                         data_home):
    """The list of issue 16: 話せる言語, 避難所内の場所 and the office's own words for Japanese
    ability and languages, read without any mapping."""
    path = ward_office_cp932(tmp_path / "港北区_避難者名簿.csv")
    code, out, err = _cli(capsys, data_home, "registry", "import", str(path))
    assert (code, err) == (0, "")
    assert "5 new, 0 already registered" in out
    with _opened(data_home) as registry:
        _backup_holds(registry.path, 0)
        people = _people(registry)
    names = ("languages", "japanese_ability", "diets", "allergens", "area", "checked_in_at",
             "nationality", "notes")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "テイン・ミン": (("my",), "easy", ("halal",), (), "体育館 A-1", "2026-12-06T18:05",
                       "ミャンマー", ""),
        "グエン・ティ・ラン": (("vi", "en"), "conversational", (), ("egg", "wheat"),
                          "体育館 A-2", "2026-12-06T18:00", "ベトナム", "夜間に服薬"),
        "髙橋 一郎": (("ja",), "fluent", (), (), "和室", "2026-12-07T09:30", "日本", ""),
        "マリア・サントス": (("tl",), "none", ("vegetarian",), ("shrimp",), "和室",
                         "2026-12-07T10:00", "フィリピン", "車いす"),
        "Ana Souza": (("pt-BR",), "easy", (), (), "和室", "2026-12-07T00:00", "ブラジル", ""),
    }
    # The office's own numbers are not this registry's card IDs.
    assert not {person.card_id for person in people.values()} & {"1", "2", "3", "4", "5"}
    code, out, _ = _cli(capsys, data_home, "registry", "import", str(path))
    assert code == 0 and "0 new, 5 already registered" in out
    with _opened(data_home) as registry:
        assert registry.count() == 5 and len(list_backups(registry.path)) == 1


# -- 2 --------------------------------------------------------------------------------------------
def test_an_international_association_workbook_with_bilingual_headers(registry, tmp_path):
    """"入所時刻 Check-in time" is the time column (the longest known name in it wins over
    "Check-in"); its "No." column is left out once, as the GUI's column choice does."""
    path = international_association_xlsx(tmp_path / "国際交流協会.xlsx")
    people = _import_once(registry, path, {"No.": None})
    names = ("name_reading", "languages", "japanese_ability", "interpreter_needed", "diets",
             "allergens", "checked_in_at", "nationality")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "Thein Min": ("ていん みん", ("my", "en"), "easy", True, ("halal",), (),
                      "2026-12-06T18:05", "Myanmar"),
        "Nguyen Van An": ("ぐえん ゔぁん あん", ("vi",), "conversational", False, (),
                          ("egg", "wheat"), "2026-12-06T18:00", "Viet Nam"),
        "Rina Dela Cruz": ("りな でら くるす", ("tl",), "none", True, ("vegetarian",),
                           ("shrimp",), "2026-12-07T09:30", "Philippines"),
    }


# -- 3 --------------------------------------------------------------------------------------------
def test_a_university_list_in_english_with_its_student_numbers_left_out(registry, tmp_path):
    path = university_csv(tmp_path / "international_students.csv")
    people = _import_once(registry, path, {"Student ID": None})
    names = ("languages", "japanese_ability", "diets", "allergens", "area", "checked_in_at",
             "checked_out_at", "notes")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "Priya Sharma": (("ne", "en"), "fluent", ("vegetarian",), ("peanut",),
                         "International House 2F", "2026-12-05T19:30", None, ""),
        "Chen Yu-ting": (("zh-Hant",), "easy", (), (), "International House 2F",
                         "2026-12-06T08:00", "2026-12-07T10:15", "moved to a friend's flat"),
        "Kim Minji": (("ko",), "conversational", (), ("milk",), "International House 3F",
                      "2026-12-06T21:40", None, "asthma inhaler"),
    }
    assert "S2026" not in str([person.__dict__ for person in people.values()])


def test_student_numbers_are_no_registry_ids_and_are_named_by_line_and_column(capsys, tmp_path,
                                                                             data_home):
    """Unmapped, "Student ID" reads as this program's ID column: each number is refused where
    it stands, and nobody is imported (nor a backup taken)."""
    path = university_csv(tmp_path / "international_students.csv")
    code, out, err = _cli(capsys, data_home, "registry", "import", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{path.name}: line {line}, column 1: Student ID: 'S2026-00{number}' is not an ID this "
        "program wrote" for line, number in ((2, 12), (3, 31), (4, 47))
    ] + ["3 problems in the file. Nobody was imported."]
    with _opened(data_home) as registry:
        assert registry.count() == 0 and list_backups(registry.path) == []


# -- 4 --------------------------------------------------------------------------------------------
def test_a_neighbourhood_workbook_with_merged_cells_and_a_blank_row(registry, tmp_path):
    """Merged 世帯番号 and 区画 cells hold their value in the family's first row only (as
    Excel's own CSV has it): the second member comes in without them, and nothing else is
    guessed."""
    path = neighbourhood_xlsx(tmp_path / "町内会名簿.xlsx")
    preview = read_csv(path, registry)
    assert [line for line, _values in preview.records] == [2, 3, 5, 6]    # row 4 is blank
    people = _import_once(registry, path)
    names = ("languages", "japanese_ability", "interpreter_needed", "allergens", "area",
             "checked_in_at", "notes")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "山田 花子": (("ja",), "fluent", False, ("egg",), "2-A", "2026-12-06T17:40", ""),
        "山田 太郎": (("ja",), "fluent", False, (), "", "2026-12-06T17:40", "母と同じ区画"),
        "Nguyễn Thị Hoa": (("vi",), "easy", True, ("wheat", "milk"), "3-B",
                           "2026-12-07T08:05", "乳児あり"),
        "Trần Văn Minh": (("vi", "en"), "none", True, (), "", "2026-12-07T08:05", ""),
    }
    households = {name: person.household_id for name, person in people.items()}
    assert households["山田 花子"] and households["Nguyễn Thị Hoa"]
    assert households["山田 花子"] != households["Nguyễn Thị Hoa"]
    assert households["山田 太郎"] is None and households["Trần Văn Minh"] is None


def test_title_rows_above_the_header_are_passed_over(registry, tmp_path):
    titled = read_csv(neighbourhood_xlsx(tmp_path / "titled.xlsx", title_rows=True), registry)
    plain = read_csv(neighbourhood_xlsx(tmp_path / "plain.xlsx"), registry)
    assert titled.problems == []
    assert [dict(values) for _line, values in titled.records] == \
        [dict(values) for _line, values in plain.records]
    assert [line for line, _values in titled.records] == [5, 6, 8, 9]   # the sheet's rows
    assert titled.passed_over == [1, 2]


def test_a_total_row_under_the_list_is_no_person(registry, tmp_path):
    preview = read_csv(neighbourhood_xlsx(tmp_path / "totals.xlsx", total_row=True), registry)
    assert "合計" not in [values.get("display_name") for _line, values in preview.records]
    assert preview.problems == [] and preview.passed_over == [8]


# -- 5 --------------------------------------------------------------------------------------------
def test_a_health_centre_workbook_with_serial_numbers_for_dates(registry, tmp_path):
    people = _import_once(registry, health_centre_xlsx(tmp_path / "保健所.xlsx"))
    names = ("languages", "diets", "allergens", "medical", "checked_in_at", "notes")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "アフマド・ラフマン": (("id",), ("halal",), ("peanut",), ("dialysis",),
                          "2026-12-06T18:00", "火・木・土に透析"),
        "シャルマ・ギタ": (("ne",), ("vegetarian",), ("wheat",), ("pregnant",),
                        "2026-12-07T07:30", ""),
        "佐藤 ハル": (("ja",), (), ("egg",), ("elderly_care",), "2026-12-07T00:00", "杖"),
    }


# -- 6 --------------------------------------------------------------------------------------------
def test_a_welfare_council_list_in_excel_unicode_text(capsys, tmp_path, data_home):
    path = welfare_council_unicode_text(tmp_path / "社協名簿.txt")
    code, out, err = _cli(capsys, data_home, "registry", "import", str(path))
    assert (code, err) == (0, "") and "3 new, 0 already registered" in out
    with _opened(data_home) as registry:
        _backup_holds(registry.path, 0)
        people = _people(registry)
    names = ("languages", "japanese_ability", "diets", "allergens", "checked_in_at",
             "checked_out_at", "notes")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "Lê Thị Mai": (("vi",), "easy", (), ("shrimp",), "2026-12-05T18:00", None,
                       "夜勤明け\t午前は寝ている"),
        "박지훈": (("ko",), "conversational", (), (), "2026-12-06T09:30", "2026-12-07T00:00",
                 "親戚宅へ\n連絡先は受付に"),
        "João Silva": (("pt-BR",), "none", ("halal",), (), "2026-12-06T20:15", None, ""),
    }
    code, out, _ = _cli(capsys, data_home, "registry", "import", str(path))
    assert code == 0 and "0 new, 3 already registered" in out


# -- 7 --------------------------------------------------------------------------------------------
def test_an_npo_list_with_yes_and_no_written_three_ways(registry, tmp_path):
    people = _import_once(registry, npo_flags_cp932(tmp_path / "npo.csv"))
    names = ("interpreter_needed", "consent_share", "do_not_disclose", "checked_in_at")
    assert {name: _fields(person, *names) for name, person in people.items()} == {
        "Aung Ko": (True, True, False, "2026-12-06T08:15"),
        "Siti Nurhaliza": (False, False, True, "2026-12-06T09:00"),
        "Somchai": (True, True, False, "2026-12-07T07:45"),
    }


# -- 8 --------------------------------------------------------------------------------------------
def test_a_community_centre_list_with_blank_rows_keeps_the_file_s_line_numbers(registry,
                                                                              tmp_path):
    path = community_centre_csv(tmp_path / "公民館.csv")
    preview = read_csv(path, registry)
    assert preview.encoding == "utf-8-sig"
    assert [line for line, _values in preview.records] == [2, 4, 5, 8]
    people = _import_once(registry, path)
    assert {name: _fields(person, "area", "checked_in_at", "notes")
            for name, person in people.items()} == {
        "田中 美咲": ("ホール", "2026-12-06T00:00", ""),
        "Mohammed Ali": ("ホール", "2026-12-06T00:00", 'says "no pork", prays 5 times'),
        "Nour Haddad": ("ホール", "2026-12-07T00:00", ""),
        "鈴木 一": ("会議室", "2026-12-07T00:00", "血圧の薬"),
    }


# -- 9 --------------------------------------------------------------------------------------------
def test_language_and_allergen_words_as_volunteers_type_them(registry, tmp_path):
    people = _import_once(registry, language_words_csv(tmp_path / "volunteers.csv"))
    assert {name: _fields(person, "languages", "allergens")
            for name, person in people.items()} == {
        "ミン・アウン": (("my",), ("egg",)),          # ビルマ語, たまご
        "ゾー・ウィン": (("my",), ("egg",)),          # ミャンマー語, 卵
        "Jose Reyes": (("tl",), ("wheat",)),         # タガログ, こむぎ
        "Liza Santos": (("tl",), ("egg",)),          # フィリピン語, egg
        "林 怡君": (("zh-Hant",), ("wheat",)),        # 台湾華語, 小麦
        "王 小明": (("zh-Hant",), ()),                # 中国語（繁体字）
        "Hari Thapa": (("ne",), ()),                 # Nepali
        "Htet Htet": (("my",), ()),                  # မြန်မာဘာသာ
        "Pham Thu": (("vi",), ()),                   # vi
    }


# -- 10 -------------------------------------------------------------------------------------------
def test_the_neighbouring_shelter_s_export_keeps_its_households(registry, tmp_path):
    """Another shelter running this program hands over its export (UTF-8 with BOM): people and
    households come in as they were, once."""
    other_home = tmp_path / "other-shelter"
    with _opened(other_home) as other:
        family = other.add_household(name="Pereira")
        for name, reading, languages in (("Carlos Pereira", "かるろす ぺれいら", ["pt-BR"]),
                                         ("Ana Pereira", "あな ぺれいら", ["pt-BR", "ja"])):
            other.add({"display_name": name, "name_reading": reading, "languages": languages,
                       "household_id": family, "diets": ["no_pork"], "area": "体育館 C-2"})
        other.add({"display_name": "テイン・ミン", "name_reading": "ていん みん",
                   "languages": ["my"], "allergens": ["egg"], "notes": "=1+1 は式ではない"})
        export_csv(other, tmp_path / "隣の避難所.csv")
    people = _import_once(registry, tmp_path / "隣の避難所.csv")
    assert {name: _fields(person, "languages", "diets", "allergens", "area", "notes")
            for name, person in people.items()} == {
        "Carlos Pereira": (("pt-BR",), ("no_pork",), (), "体育館 C-2", ""),
        "Ana Pereira": (("pt-BR", "ja"), ("no_pork",), (), "体育館 C-2", ""),
        "テイン・ミン": (("my",), (), ("egg",), "", "=1+1 は式ではない"),
    }
    assert people["Carlos Pereira"].household_id == people["Ana Pereira"].household_id \
        is not None


# -- 11 -------------------------------------------------------------------------------------------
def test_a_list_with_mistakes_is_refused_whole_with_each_named_by_line_and_column(
        capsys, tmp_path, data_home):
    path = refused_cp932(tmp_path / "区役所_要確認.csv")
    code, out, err = _cli(capsys, data_home, "registry", "import", str(path))
    assert code == 1 and out == ""
    lines = err.splitlines()
    where = [line.split(": ", 2)[1] for line in lines[:-2]]
    assert where == ["line 2, column 3", "line 3, column 4", "line 4, column 5",
                     "line 5, column 6", "line 6"]
    assert "アレルギー: unknown value 'ユニコーン'" in lines[1]
    assert "入所日: '12月45日' is not a date and time" in lines[2]
    assert "入所時刻" in lines[3] and "'25時'" in lines[3]
    assert "No name, reading or language was given" in lines[4]
    assert lines[-2] == "5 problems in the file. Nobody was imported."
    assert "--map" in lines[-1] and "--value" in lines[-1]
    with _opened(data_home) as registry:        # 林 健 on line 7 was fine: not imported
        assert registry.count() == 0 and list_backups(registry.path) == []


def test_cantonese_is_named_as_not_in_the_language_catalog(registry, tmp_path):
    preview = read_csv(refused_cp932(tmp_path / "区役所_要確認.csv"), registry)
    cantonese = preview.problems[0]
    assert (cantonese.line, cantonese.column) == (2, 3)
    worded = message(cantonese.code, "en", **cantonese.params)
    assert "広東語" in worded and "not in the program's language list" in worded
    assert "Chinese (Traditional)" in worded        # the nearest languages it has
    assert "言語一覧にありません" in message(cantonese.code, "ja", **cantonese.params)
