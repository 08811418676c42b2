"""``evac-toolkit translate`` and ``evac-toolkit packs``: real packs, the user's language."""

from __future__ import annotations

import json
from pathlib import Path

import argos_tiny as tiny
import pytest

from evac_toolkit.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def japanese(data_home: Path) -> None:
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")


def test_install_list_translate_remove(capsys, tiny_packs, data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        code, out, err = run(capsys, "packs", "install", str(tiny_packs.get(*pair)))
        assert code == 0 and err == ""
        assert f"Installed {pair[0]} → {pair[1]}" in out
    code, out, _ = run(capsys, "packs", "list", "--json")
    listed = json.loads(out)
    assert [(p["from_code"], p["to_code"], p["package_version"]) for p in listed] == [
        ("en", "vi", "1.0"), ("ja", "en", "1.0")]
    assert all(len(p["sha256"]) == 64 and Path(p["path"]).is_dir() for p in listed)
    code, out, _ = run(capsys, "packs", "list")
    assert "ja → en" in out and "translate-en_vi" in out

    code, out, _ = run(capsys, "translate", "水をください", "--from", "ja", "--to", "en", "--to",
                       "vi", "--json")
    assert code == 0
    en, vi = json.loads(out)
    assert (en["provenance"], en["route"]) == ("machine", [["ja", "en"]])
    assert en["text"] == tiny.expected("水をください", "ja", "en")
    assert (vi["provenance"], vi["route"]) == ("machine_pivot", [["ja", "en"], ["en", "vi"]])
    assert en["review"] == vi["review"] == "machine"
    assert (en["route_kind"], vi["route_kind"], en["model"], vi["model"]) == (
        "argos", "argos_pivot", None, None)
    assert "reviewer" not in en and "reviewed_at" not in vi

    code, out, _ = run(capsys, "translate", "水をください", "--from", "ja", "--to", "vi")
    assert code == 0
    assert out.splitlines()[0] == f"[vi] {vi['text']}"
    assert "Machine translation via English (Argos: ja → en, en → vi)" in out
    code, out, _ = run(capsys, "translate", "水をください", "--from", "ja", "--to", "en")
    assert "Machine translation, direct (Argos)" in out

    code, out, _ = run(capsys, "packs", "verify")
    assert code == 0 and "All 2 packs are fine." in out
    code, out, _ = run(capsys, "packs", "remove", "ja", "en")
    assert code == 0 and "Removed the pack ja → en" in out
    code, out, _ = run(capsys, "translate", "水をください", "--from", "ja", "--to", "vi")
    assert code == 1 and "ja → en" in out and "evac-toolkit packs install" in out
    code, _, err = run(capsys, "packs", "remove", "ja", "en")
    assert code == 2 and "No pack for ja → en" in err


def test_curated_and_unavailable_in_japanese(capsys, japanese):
    code, out, _ = run(capsys, "translate", "ﾄｲﾚ", "--from", "ja", "--to", "vi", "--to",
                       "ja-x-easy")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "[vi] Nhà vệ sinh"
    assert lines[1] == "    用意された訳・未確認 — facility.toilet"
    code, out, _ = run(capsys, "translate", "この文は定型文にありません", "--from", "ja",
                       "--to", "my", "--to", "ja-x-easy")
    assert code == 1
    assert "翻訳できません。機械翻訳には次のパックが必要です：ja → en, en → my" in out
    assert "やさしい日本語の機械翻訳はありません" in out
    code, _, err = run(capsys, "translate", "x", "--from", "ja", "--to", "ja")
    assert code == 2 and "元の言語と訳す言語が同じ（日本語）" in err
    code, _, err = run(capsys, "packs", "remove", "ja-x-easy", "en")
    assert code == 2 and "やさしい日本語の機械翻訳はありません" in err


def test_json_says_draft_until_a_review_import_names_the_reviewer(capsys, tmp_path, japanese,
                                                                  data_home):
    import csv

    from evac_toolkit.core.content.bank import user_bank

    code, out, _ = run(capsys, "translate", "トイレ", "--from", "ja", "--to", "my", "--json")
    [draft] = json.loads(out)
    assert (draft["provenance"], draft["review"], draft["curated_key"]) == \
        ("curated", "draft", "facility.toilet")
    assert "reviewer" not in draft
    code, out, _ = run(capsys, "translate", "トイレ", "--from", "ja", "--to", "my")
    assert "用意された訳・未確認" in out and "人" not in out

    sheet = tmp_path / "my.csv"
    assert run(capsys, "content", "export-review", "--language", "my", "--out", str(sheet))[0] == 0
    rows = list(csv.reader(sheet.open(encoding="utf-8-sig", newline="")))
    next(row for row in rows if row[0] == "facility.toilet")[4] = "確認済み"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert run(capsys, "content", "import-review", str(sheet), "--reviewer", "Aung Aung")[0] == 0
    recorded = user_bank(data_home).provenance("my", "facility.toilet")

    code, out, _ = run(capsys, "translate", "トイレ", "--from", "ja", "--to", "my", "--to", "vi",
                       "--json")
    reviewed, vi = json.loads(out)
    assert (reviewed["review"], reviewed["reviewer"], reviewed["reviewed_at"]) == \
        ("reviewed", "Aung Aung", recorded.date)
    assert reviewed["text"] == draft["text"] and vi["review"] == "draft"
    code, out, _ = run(capsys, "translate", "トイレ", "--from", "ja", "--to", "my")
    assert f"確認済み：Aung Aung、{recorded.date}" in out


def test_easy_japanese_readings_are_shown_inline(capsys):
    from evac_toolkit.core.content.bank import ContentBank

    bank = ContentBank()
    key = next(k for k in bank.entries if "《" in (bank.text("ja-x-easy", k) or "")
               and bank.text("en", k))
    code, out, _ = run(capsys, "translate", bank.text("en", key), "--from", "en", "--to",
                       "ja-x-easy")
    assert code == 0 and "《" not in out.splitlines()[0] and "（" in out.splitlines()[0]


def test_a_usb_folder_with_a_damaged_pack(capsys, tiny_packs, data_home, japanese, tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    for pair in (("ja", "en"), ("en", "vi")):
        archive = tiny_packs.get(*pair)
        (stick / archive.name).write_bytes(archive.read_bytes())
    tiny.bad_crc(tiny_packs.get("en", "my"), stick / "en_my.argosmodel")
    code, out, err = run(capsys, "packs", "install", str(stick))
    assert code == 2                      # the good ones installed, the damaged one refused
    assert out.count("の翻訳パック") == 2 and "2 個のパックを入れました。1 個は入れられませんでした。" in out
    assert "en_my.argosmodel は壊れているか" in err and "Bad CRC-32" in err
    assert sorted(p.name for p in (data_home / "packs").iterdir()) == [
        "translate-en_vi", "translate-ja_en"]


def test_verify_reports_a_damaged_file(capsys, tiny_packs, data_home):
    run(capsys, "packs", "install", str(tiny_packs.get("en", "vi")))
    model = data_home / "packs" / "translate-en_vi" / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[:-10])
    code, out, err = run(capsys, "packs", "verify")
    assert code == 1 and "model/model.bin has changed" in err and "cannot be loaded" in err
    assert err.endswith("2 problems found.\n")
    code, out, _ = run(capsys, "packs", "list", "--json")
    assert len(json.loads(out)) == 1


def test_nothing_installed(capsys, tmp_path):
    assert run(capsys, "packs", "list")[1].startswith("No translation packs are installed.")
    assert run(capsys, "packs", "list", "--json")[1].strip() == "[]"
    assert run(capsys, "packs", "verify")[0] == 0
    code, _, err = run(capsys, "packs", "install", str(tmp_path / "nowhere"))
    assert code == 2 and "nowhere" in err


def test_the_route_in_text_and_json(capsys, tiny_packs, tiny_m2m, data_home):
    """Direct with a many-to-many model, named; --route asks for another order."""
    import shutil

    import m2m_tiny

    from evac_toolkit.core.translation import many_to_many, packs

    model = tiny_m2m.get()
    shutil.copytree(model, many_to_many.models_dir(data_home) / model.name)
    packs.install(tiny_packs.get("ja", "en"), data_home)
    text = "かわの いしは どこ"
    code, out, _ = run(capsys, "translate", text, "--from", "ja", "--to", "my", "--to", "en",
                       "--json")
    assert code == 0
    my, en = json.loads(out)
    assert (my["text"], my["provenance"], my["route_kind"], my["model"], my["route"]) == (
        m2m_tiny.expected(text, "ja", "my"), "machine", "many_to_many", "M2M-100 418M", [])
    assert (en["route_kind"], en["model"], en["route"]) == ("argos", None, [["ja", "en"]])
    code, out, _ = run(capsys, "translate", text, "--from", "ja", "--to", "en", "--json",
                       "--route", "many_to_many")
    assert json.loads(out)[0]["route_kind"] == "many_to_many"
    code, out, _ = run(capsys, "translate", text, "--from", "ja", "--to", "my")
    assert out.splitlines() == [
        f"[my] {m2m_tiny.expected(text, 'ja', 'my')}",
        "    Machine translation, direct (M2M-100 418M) — it may be wrong. Check important "
        "things with an interpreter or the pointing boards."]
    # The language list names the model beside the packs; Traditional Chinese only as a source
    # (M2M-100's one Chinese writes Simplified).
    code, out, _ = run(capsys, "languages", "--json")
    rows = {row["code"]: row for row in json.loads(out)}
    assert (rows["my"]["mt_models"], rows["my"]["mt_models_into"]) == (["M2M-100 418M"],
                                                                      ["M2M-100 418M"])
    assert (rows["zh-Hant"]["mt_models"], rows["zh-Hant"]["mt_models_into"]) == (
        ["M2M-100 418M"], [])
    assert rows["ja-x-easy"]["mt_models"] == []
    code, out, _ = run(capsys, "languages")
    line = next(line for line in out.splitlines() if line.startswith("ja "))
    assert line.endswith("↔ en, M2M-100 418M")
    with pytest.raises(SystemExit) as raised:
        main(["translate", text, "--from", "ja", "--to", "my", "--route", "fastest"])
    assert raised.value.code == 2 and "--route" in capsys.readouterr().err
