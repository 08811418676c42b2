"""What the Registry view's File menu does, without a window: a list file looked at for import
(the check and its first rows), the coordinator's column and value choices and their import
profiles, the backups listed with their people, and a restore into an open registry. Real files
and a real SQLite registry; the GUI tests (test_gui_registry_io) show the same on screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import warm_readers
from evac_toolkit.core.registry.backup import list_backups, take_backup
from evac_toolkit.core.registry.backup_list import BEFORE_MIGRATION, listed_backups, people_in
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
from evac_toolkit.core.registry.database import SCHEMA_VERSION
from evac_toolkit.core.registry.import_choices import (
    ImportChoices,
    check_column_choice,
    columns_settled,
    profile_names,
    undecided_columns,
)
from evac_toolkit.core.registry.import_look import SAMPLE_ROWS, look_at_list
from evac_toolkit.core.registry.import_profiles import load_profile, profile_path
from evac_toolkit.core.registry.own_connection import reading, writing
from evac_toolkit.core.registry.restore_in_place import restore_in_place
from evac_toolkit.core.registry.store import Registry

LIST = ("氏名,フリガナ,Sprache,血液型\n"
        "山田 花子,ヤマダ ハナコ,ベトナム語,A\n"
        "Nguyen An,グエン アン,ベトナム語,O\n"
        "李 明,リ ミン,英語,B\n"
        "Ana Souza,アナ ソウザ,ポルトガル語,AB\n")


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def list_file(folder: Path, text: str = LIST, name: str = "名簿.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


# -- looking at a list ----------------------------------------------------------------------------
def test_the_look_is_the_command_lines_check_with_the_first_rows_to_show(registry, tmp_path):
    path = list_file(tmp_path)
    look = look_at_list(path, registry)
    checked = read_csv(path, registry)
    assert look.preview.encoding == checked.encoding == "utf-8"
    assert [(p.line, p.column, p.code) for p in look.preview.problems] \
        == [(p.line, p.column, p.code) for p in checked.problems]
    assert look.preview.header == ["氏名", "フリガナ", "Sprache", "血液型"]
    # The rows under the first row, as the file has them: three, not the whole file.
    assert len(look.sample) == SAMPLE_ROWS == 3
    assert look.sample[0] == (2, ["山田 花子", "ヤマダ ハナコ", "ベトナム語", "A"])
    assert look_at_list(path, registry, rows=1).sample == look.sample[:1]


def test_the_choices_change_what_the_look_finds(registry, tmp_path):
    path = list_file(tmp_path)
    assert {p.code for p in look_at_list(path, registry).preview.problems} \
        == {"import_unknown_column"}
    look = look_at_list(path, registry, {"Sprache": "languages", "血液型": None})
    assert look.preview.problems == []
    assert [dict(values)["languages"] for _line, values in look.preview.records][0] == ("vi",)


def test_a_file_that_cannot_be_read_is_one_worded_error(registry, tmp_path):
    with pytest.raises(UserError) as caught:
        look_at_list(tmp_path / "missing.csv", registry)
    assert caught.value.code == "import_unreadable"


def test_a_file_that_is_no_list_has_its_problem_and_nothing_to_show(registry, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    look = look_at_list(path, registry)
    assert [p.line for p in look.preview.problems] == [0] and look.sample == []


# -- the coordinator's choices --------------------------------------------------------------------
def test_column_choices_are_checked_and_copied_for_a_reading(registry, tmp_path):
    headers = ["氏名", "Sprache"]
    with pytest.raises(ValueError):
        check_column_choice("Sprache", "blood_group", headers)
    with pytest.raises(KeyError):
        check_column_choice("言語", "languages", headers)
    check_column_choice("Sprache", None, headers)
    choices = ImportChoices.for_registry(registry.path)
    assert choices.reading_arguments() == (None, {}, None)
    choices.choose_column("Sprache", "languages")
    choices.choose_value("japanese_ability", "少し", "easy")
    mapping, values, sheet = choices.reading_arguments()
    assert (mapping, values, sheet) == ({"Sprache": "languages"},
                                        {"japanese_ability": {"少し": "easy"}}, None)
    # A reading already started keeps the choices it was given.
    choices.choose_value("japanese_ability", "ぺらぺら", "fluent")
    assert values == {"japanese_ability": {"少し": "easy"}}


def test_undecided_columns_are_those_the_titles_leave_open(registry, tmp_path):
    preview = look_at_list(list_file(tmp_path), registry).preview
    assert undecided_columns(preview) == {3, 4} and not columns_settled(preview)
    preview = look_at_list(list_file(tmp_path), registry,
                           {"Sprache": "languages", "血液型": None}).preview
    assert undecided_columns(preview) == set() and columns_settled(preview)


def test_a_sheet_is_chosen_once_and_must_exist(registry, tmp_path):
    choices = ImportChoices(tmp_path)
    preview = look_at_list(list_file(tmp_path), registry).preview     # text: no sheets
    with pytest.raises(KeyError):
        choices.choose_sheet("名簿", preview)
    assert choices.choose_sheet("名簿", None) is True
    assert choices.choose_sheet("名簿", None) is False and choices.sheet == "名簿"


def test_choices_saved_as_a_profile_come_back_in_a_new_import(data_home, tmp_path):
    choices = ImportChoices(data_home)
    choices.choose_column("Sprache", "languages")
    choices.choose_value("japanese_ability", "少し", "easy")
    profile, path = choices.save_as_profile(" 川崎市 ")
    assert (profile.name, choices.profile_name) == ("川崎市", "川崎市")
    assert path == profile_path(data_home, "川崎市") and path.is_file()
    # Saved again with one more choice: added to what the profile holds.
    choices.choose_column("血液型", None)
    choices.save_as_profile("川崎市")
    assert load_profile(data_home, "川崎市").columns == {"Sprache": "languages", "血液型": None}
    assert profile_names(data_home) == ["川崎市"]

    later = ImportChoices(data_home)
    later.use_profile("川崎市")
    assert later.profile_name == "川崎市"
    assert later.reading_arguments()[:2] == ({"Sprache": "languages", "血液型": None},
                                             {"japanese_ability": {"少し": "easy"}})
    later.use_profile("")                       # none: only what the file says
    assert (later.profile_name, later.columns, later.values) == ("", {}, {})


def test_a_damaged_profile_is_refused_and_changes_nothing(data_home):
    path = profile_path(data_home, "壊れた")
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    choices = ImportChoices(data_home)
    choices.choose_column("Sprache", "languages")
    with pytest.raises(UserError) as caught:
        choices.use_profile("壊れた")
    assert caught.value.code == "import_profile_damaged"
    assert choices.columns == {"Sprache": "languages"} and choices.profile_name == ""
    # Saving under its name replaces it with the choices made.
    choices.save_as_profile("壊れた")
    assert load_profile(data_home, "壊れた").columns == {"Sprache": "languages"}


def test_a_profile_name_that_cannot_be_a_file_is_refused(data_home):
    with pytest.raises(UserError) as caught:
        ImportChoices(data_home).save_as_profile("../elsewhere")
    assert caught.value.code == "import_profile_bad_name"
    assert profile_names(data_home) == []


def test_a_drill_registry_uses_its_owners_profiles(data_home):
    drill = data_home / "drills" / "d1" / "drill.sqlite"
    assert ImportChoices.for_registry(drill).data_dir == data_home


# -- a worker's own connection --------------------------------------------------------------------
def test_an_import_on_a_connection_of_its_own_is_seen_by_the_open_registry(registry, tmp_path):
    path = list_file(tmp_path)
    preview = reading(registry.path, lambda reader: look_at_list(
        path, reader, {"Sprache": "languages", "血液型": None})).preview
    result = writing(registry.path, lambda other: import_preview(other, preview))
    assert result.imported == 4 and registry.count() == 4
    with pytest.raises(sqlite_open.Error):      # a reader cannot write
        reading(registry.path, lambda reader: reader.add({"display_name": "x"}))


# -- backups --------------------------------------------------------------------------------------
def test_backups_are_listed_newest_first_with_their_people(registry, tmp_path):
    registry.add({"display_name": "山田 花子"})
    first = take_backup(registry.path, "manual")
    gone = registry.add({"display_name": "李"})
    registry.add({"display_name": "Ana"})
    registry.delete(gone.id)
    second = take_backup(registry.path, f"{BEFORE_MIGRATION}-v3")
    listed = listed_backups(registry.path)
    assert [(entry.backup, entry.people) for entry in listed] == [(second, 2), (first, 1)]
    assert [entry.reason for entry in listed] == [BEFORE_MIGRATION, "manual"]


def test_a_backup_that_cannot_be_read_has_no_count(registry, tmp_path):
    taken = take_backup(registry.path, "manual")
    taken.path.write_bytes(b"not a database" * 500)
    assert people_in(taken.path) is None
    assert [entry.people for entry in listed_backups(registry.path)] == [None]
    assert people_in(tmp_path / "nothing.sqlite") is None


def test_a_restore_keeps_the_open_registry_object_and_can_be_undone(registry):
    kept = registry.add({"display_name": "山田 花子"})
    backup = take_backup(registry.path, "manual")
    later = registry.add({"display_name": "李"})
    with warm_readers.warm_reader(registry.path) as reader:     # a search's kept reader
        assert reader.count() == 2
    restored = restore_in_place(registry, backup.path)
    assert restored.ok and restored.error is None
    assert restored.safety is not None and restored.safety.reason == "before-restore"
    # The same object reads and writes the restored file.
    assert registry.count() == 1 and registry.get(kept.id).display_name == "山田 花子"
    with warm_readers.warm_reader(registry.path) as reader:
        assert reader.count() == 1
    registry.add({"display_name": "Ana"})
    assert restore_in_place(registry, restored.safety.path).ok
    assert registry.get(later.id).display_name == "李"


def test_a_damaged_backup_restores_nothing_and_the_registry_stays_open(registry, tmp_path):
    registry.add({"display_name": "山田 花子"})
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 2000)
    restored = restore_in_place(registry, bad)
    assert not restored.ok and restored.error.code == "backup_damaged"
    assert restored.error_path == registry.path and restored.safety is None
    assert registry.count() == 1
    registry.add({"display_name": "李"})


def test_a_backup_from_a_newer_program_is_refused_and_the_registry_stays(registry):
    person = registry.add({"display_name": "山田 花子"})
    newer = take_backup(registry.path, "manual")
    conn = sqlite_open.connect(newer.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    registry.add({"display_name": "李"})
    restored = restore_in_place(registry, newer.path)
    assert not restored.ok and restored.error.code == "registry_too_new"
    assert restored.error_path == registry.path
    # The registry as it was, open in the same object.
    assert registry.count() == 2 and registry.get(person.id).display_name == "山田 花子"
    assert "before-restore" not in {b.reason for b in list_backups(registry.path)}
