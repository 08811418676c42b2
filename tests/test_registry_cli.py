"""``evac-toolkit registry``: the coordinator's commands on a real registry file."""

from __future__ import annotations

import json
from pathlib import Path

from evac_toolkit.cli.main import main
from evac_toolkit.core import sqlite_open


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_list_and_stats(capsys):
    code, out, _ = run(capsys, "registry", "add", "--name", "山田 花子", "--reading", "やまだ はなこ",
                       "--languages", "vi,en", "--diets", "halal", "--allergens", "shrimp,egg",
                       "--interpreter")
    assert code == 0 and "Card ID" in out
    run(capsys, "registry", "add", "--name", "李", "--languages", "zh-Hans")
    code, out, _ = run(capsys, "registry", "list", "--search", "李", "--json")
    assert [p["display_name"] for p in json.loads(out)] == ["李"]
    code, out, _ = run(capsys, "registry", "list", "--need", "diets:halal", "--json")
    assert [p["display_name"] for p in json.loads(out)] == ["山田 花子"]
    code, out, _ = run(capsys, "registry", "stats", "--json")
    stats = json.loads(out)
    assert stats["present"] == 2 and stats["interpreter_needed"] == 1
    assert dict(stats["any_language"]) == {"vi": 1, "en": 1, "zh-Hans": 1}
    assert stats["allergens"] == {"egg": 1, "shrimp": 1}


def test_protected_people_are_not_named_in_lists(capsys):
    run(capsys, "registry", "add", "--name", "Aung Aung", "--languages", "my", "--do-not-disclose")
    code, out, _ = run(capsys, "registry", "list")
    assert "Aung" not in out and "protected" in out
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out)[0]["display_name"] == ""
    code, out, _ = run(capsys, "registry", "list", "--show-protected")
    assert "Aung Aung" in out


def test_bad_codes_are_refused_in_the_users_language(capsys, data_home: Path):
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    code, _, err = run(capsys, "registry", "add", "--allergens", "nuts")
    assert code == 2 and "不明なコード" in err and "nuts" in err
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out) == []


def test_backup_restore_and_check(capsys, data_home: Path):
    run(capsys, "registry", "add", "--name", "First")
    code, out, _ = run(capsys, "registry", "backup")
    assert code == 0
    backup = Path(out.strip().rsplit(" ", 1)[1])
    assert backup.is_file()
    run(capsys, "registry", "add", "--name", "Second")
    code, out, _ = run(capsys, "registry", "restore", str(backup))
    assert code == 0
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert [p["display_name"] for p in json.loads(out)] == ["First"]
    code, out, _ = run(capsys, "registry", "backups")
    assert "before-restore" in out
    code, out, _ = run(capsys, "registry", "check")
    assert code == 0


def test_check_reports_a_damaged_file(capsys, data_home: Path):
    run(capsys, "registry", "add", "--name", "Someone")
    path = data_home / "registry.sqlite"
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)     # the header and first page's b-tree
    path.write_bytes(bytes(data))
    code, _, err = run(capsys, "registry", "check")
    assert code == 1 and "damaged" in err
    code, _, err = run(capsys, "registry", "list")
    assert code == 2 and "restore" in err


def test_close_shelter_archives_then_leaves_no_personal_data(capsys, data_home: Path):
    run(capsys, "registry", "add", "--name", "Nguyen Van Closing", "--languages", "vi")
    run(capsys, "registry", "backup")
    code, out, _ = run(capsys, "registry", "close-shelter")
    assert code == 1 and "--yes" in out                      # nothing without confirmation
    archive = data_home / "handover.sqlite"
    code, out, _ = run(capsys, "registry", "close-shelter", "--yes", "--archive", str(archive))
    assert code == 0
    # The archive holds the person, encrypted like everything else: readable with the key only.
    archived = sqlite_open.connect(archive, readonly=True)
    assert archived.execute("SELECT display_name FROM evacuees").fetchall() == [
        ("Nguyen Van Closing",)]
    archived.close()
    for path in data_home.rglob("*"):
        if path.is_file():
            assert b"Nguyen Van Closing" not in path.read_bytes(), path
    assert not (data_home / "backups").exists()
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out) == []


def test_a_damaged_registry_is_recovered_from_its_newest_backup(capsys, data_home: Path):
    run(capsys, "registry", "add", "--name", "Kept")
    code, out, _ = run(capsys, "registry", "backup")
    backup = Path(out.strip().rsplit(" ", 1)[1])
    path = data_home / "registry.sqlite"
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "registry", "restore", str(backup))
    assert code == 0
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert [p["display_name"] for p in json.loads(out)] == ["Kept"]
    assert list((data_home / "backups" / "damaged").glob("registry-*.sqlite"))


def test_japanese_ability_is_unknown_unless_given(capsys):
    run(capsys, "registry", "add", "--name", "A", "--languages", "vi")
    run(capsys, "registry", "add", "--name", "B", "--languages", "vi", "--japanese", "none")
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert {p["display_name"]: p["japanese_ability"] for p in json.loads(out)} == {
        "A": "unknown", "B": "none"}
    code, out, _ = run(capsys, "registry", "stats")
    assert "Unknown: 1" in out and "No Japanese: 1" in out


def test_an_injury_is_added_and_counted(capsys):
    code, out, err = run(capsys, "registry", "add", "--name", "Nimal", "--languages", "si",
                         "--medical", "injury", "--body-parts", "knee_right", "--pain", "7")
    assert code == 0, err
    code, out, _ = run(capsys, "registry", "list")
    assert "Injury or pain" in out and "(Right knee, pain 7/10)" in out
    code, out, _ = run(capsys, "registry", "stats", "--json")
    assert json.loads(out)["medical"] == {"injury": 1}
    code, _, err = run(capsys, "registry", "add", "--name", "X", "--pain", "11")
    assert code == 2 and "0 to 10" in err


def test_a_person_with_nothing_to_find_them_by_is_refused(capsys, data_home: Path):
    code, out, err = run(capsys, "registry", "add", "--area", "体育館", "--diets", "halal")
    assert code == 2 and out == ""
    assert err.strip() == ("No name, reading or language was given: enter at least one of them, "
                           "so that this person can be found again.")
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    code, _, err = run(capsys, "registry", "add")
    assert code == 2 and "名前・読み（かな）・言語のどれも入っていません" in err
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out) == []


def test_import_reports_rows_without_name_reading_or_language_by_line(capsys, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("氏名,言語,場所\n山田,ja,体育館\n,,体育館\n", encoding="utf-8")
    code, _, err = run(capsys, "registry", "import", str(path))
    assert code == 1
    assert "people.csv: line 3: No name, reading or language was given" in err
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert json.loads(out) == []


def test_cp932_export_refuses_text_it_cannot_hold_then_writes_question_marks(capsys,
                                                                             tmp_path):
    run(capsys, "registry", "add", "--name", "テイン・ミン", "--languages", "my",
        "--notes", "ဆေးလိပ် မသောက်ပါ 薬あり")
    run(capsys, "registry", "add", "--name", "Nguyễn Văn An", "--languages", "vi")
    run(capsys, "registry", "add", "--name", "Trần Thị Lan", "--languages", "vi",
        "--do-not-disclose", "--area", "和室 🌸")
    run(capsys, "registry", "add", "--name", "山田 太郎", "--languages", "ja")
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "sjis.csv"
    code, stdout, stderr = run(capsys, "registry", "export", "--out", str(out),
                               "--encoding", "cp932")
    assert code == 1 and stdout == ""
    assert list(folder.iterdir()) == []                      # no file, no leftover temp file
    # The protected person's name and area are never exported, so never a problem either.
    assert "cannot hold some text of 2 people, so nothing was written" in stderr
    assert "Nguyễn Văn An: display_name “ễ ă”" in stderr
    assert "テイン・ミン: notes “ဆေးလိပ် မသောက်ပါ”" in stderr
    assert "🌸" not in stderr and "Trần" not in stderr
    assert "--replace-unencodable" in stderr and "Traceback" not in stderr

    code, stdout, stderr = run(capsys, "registry", "export", "--out", str(out),
                               "--encoding", "cp932", "--replace-unencodable")
    assert code == 0 and stderr == ""
    assert f"Wrote {out}: 4 people." in stdout
    assert '2 cells of 2 people held characters Shift_JIS (CP932) cannot' in stdout
    text = out.read_bytes().decode("cp932")                  # the whole file is CP932
    assert "Nguy?n V?n An" in text and "??????? ???????? 薬あり" in text
    assert "和室" not in text and "山田 太郎" in text and "Trần" not in text


def test_import_flags_the_same_reading_with_a_shared_language_with_its_reason(capsys, tmp_path,
                                                                             data_home: Path):
    run(capsys, "registry", "add", "--name", "Thein Min", "--reading", "ていん みん",
        "--languages", "my")
    code, out, _ = run(capsys, "registry", "list", "--json")
    card = json.loads(out)[0]["card_id"]
    path = tmp_path / "people.csv"
    path.write_text("氏名,ふりがな,言語\nテイン・ミン,ていん みん,my\nThein Min,テイン ミン,my\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "registry", "import", str(path))
    assert code == 0
    assert (f"line 2: maybe the same person as card {card} (same reading, both speak Burmese); "
            "imported — check whether it is one person.") in out
    assert (f"line 3: already registered as card {card} (same name and reading, same first "
            "language); skipped.") in out
    assert "1 of the new may already be registered: check them in the list." in out
    code, out, _ = run(capsys, "registry", "list", "--json")
    assert sorted(p["display_name"] for p in json.loads(out)) == ["Thein Min", "テイン・ミン"]

    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    code, out, _ = run(capsys, "registry", "import", "--dry-run", str(path))
    assert "2 行目：カード" in out and "名前・読み・第一言語が同じ" in out
