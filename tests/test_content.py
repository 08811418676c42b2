"""Curated content: every file and language passes the checks; broken content is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.check import check
from evac_toolkit.core.languages import catalog, get_language, load_catalog

ASSETS = Path(__file__).resolve().parent.parent / "assets"
BANK = ContentBank()


def test_definitions_meet_the_minimums():
    assert len(BANK.signs) >= 80
    assert len(BANK.notices) >= 20
    boards = {board["id"] for board in BANK.boards}
    assert {"language_check", "staff", "evacuee", "answers", "numbers", "clock", "days",
            "body_map", "pain_scale", "allergens", "diets", "religion"} <= boards
    count = lambda board: sum(1 for item in BANK.items if item["board"] == board)  # noqa: E731
    assert count("staff") >= 40 and count("evacuee") >= 30 and count("body_map") >= 20
    sides = {item.get("side") for item in BANK.items if item["board"] == "body_map"}
    assert sides == {"front", "back"}
    assert [item.get("value") for item in BANK.items if item["board"] == "pain_scale"
            and "value" in item] == list(range(11))
    mandatory = [i["id"] for i in BANK.items if i["board"] == "allergens" and i.get("mandatory")]
    assert len(mandatory) >= 8
    promise = [s for s in BANK.signs if s["category"] == "promise"]
    assert promise and all(s.get("body") for s in promise)
    assert not BANK.duplicates


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_fingerboards_pass_every_check_in_every_language(language):
    problems = [p for p in check(BANK, (language,)) if "fingerboards" in p.file]
    assert problems == []


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_signs_present_for_a_language_pass_every_check(language):
    if not BANK.files("labels", language.code):
        pytest.skip(f"signs not translated into {language.code} yet")
    problems = [p for p in check(BANK, (language,)) if "labels" in p.file]
    assert problems == []


def test_provenance_is_honest():
    for language in catalog():
        for key in ("staff.are_you_injured", "facility.reception"):
            prov = BANK.provenance(language.code, key)
            if prov is None:
                continue
            assert prov.status == "draft", f"{language.code}: nothing is reviewed yet"
            assert prov.by == "evac-toolkit project"


def test_reviewed_needs_a_named_reviewer_on_screen_and_on_paper(tmp_path):
    """A hand-edited overlay may say "reviewed" with nobody named: that is still a draft in the
    coverage, the sign footer and the translation's review status; with a name it is reviewed."""
    from evac_toolkit.core.signs import resolve_languages, sign_sheet

    overlay = tmp_path / "content"
    overlay.mkdir()
    for by, expected in (("", "draft"), ("Nguyen Van A", "reviewed")):
        (overlay / "vi.toml").write_text(
            '[meta]\nlanguage = "vi"\nstatus = "draft"\n\n[text]\n'
            f'"facility.toilet" = "Nhà vệ sinh"\n\n[provenance."facility.toilet"]\n'
            f'status = "reviewed"\nby = "{by}"\ndate = "2026-12-01"\n', encoding="utf-8")
        bank = ContentBank(overlay=overlay)
        prov = bank.provenance("vi", "facility.toilet")
        assert (prov.approved, prov.review) == (expected == "reviewed", expected)
        assert bank.coverage("vi").reviewed == (expected == "reviewed")
        sheet = sign_sheet(bank, "facility.toilet", resolve_languages(["vi"]))
        assert [t.status for t in sheet.texts if t.language.code == "vi"] == [expected]


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    shutil.copytree(ASSETS, root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_check_finds_each_kind_of_defect(assets_copy: Path):
    ja = get_language("ja")
    easy = get_language("ja-x-easy")
    my = get_language("my")
    labels = assets_copy / "labels" / "text"
    _edit(labels / "ja.toml", '"facility.reception" = "受付"\n', "")
    text = (labels / "en.toml").read_text(encoding="utf-8")
    (labels / "en.toml").write_text(text + '\n"facility.sauna" = "Sauna"\n', encoding="utf-8")
    ja_text = (labels / "ja.toml").read_text(encoding="utf-8")
    meal = next(line for line in ja_text.splitlines() if line.startswith('"notice.meal_time"'))
    _edit(labels / "ja.toml", meal, '"notice.meal_time" = "食事は {time} です"')
    easy_text = (labels / "ja-x-easy.toml").read_text(encoding="utf-8")
    line = next(ln for ln in easy_text.splitlines() if ln.startswith('"facility.reception"'))
    _edit(labels / "ja-x-easy.toml", line, '"facility.reception" = "受付"')
    my_text = (labels / "my.toml").read_text(encoding="utf-8")
    line = next(ln for ln in my_text.splitlines() if ln.startswith('"facility.wifi"'))
    _edit(labels / "my.toml", line, '"facility.wifi" = "Wi-Fi ሰላም"')
    line = next(ln for ln in my_text.splitlines() if ln.startswith('"facility.exit"'))
    _edit(labels / "my.toml", line, '"facility.exit" = "' + "ထွက်ပေါက် " * 20 + '"')

    bank = ContentBank(root=assets_copy)
    found = {(p.code, p.key) for p in check(bank, (ja, easy, my, get_language("en")))}
    assert ("missing_string", "facility.reception") in found
    assert ("extra_string", "facility.sauna") in found
    assert ("placeholder_mismatch", "notice.meal_time") in found
    assert ("ruby_error", "facility.reception") in found
    assert ("missing_glyph", "facility.wifi") in found
    assert ("too_long", "facility.exit") in found


def test_malformed_file_is_reported_not_raised(assets_copy: Path):
    (assets_copy / "fingerboards" / "text" / "vi.toml").write_text("[text\nbroken", "utf-8")
    problems = check(ContentBank(root=assets_copy), (get_language("vi"),))
    assert any(p.code == "parse_error" and p.file.endswith("vi.toml") for p in problems)


def test_adding_a_language_is_a_data_change(assets_copy: Path):
    """A new language: a catalog entry and text files, no code. Khmer, as a test."""
    catalog_path = assets_copy / "languages" / "catalog.toml"
    catalog_path.write_text(catalog_path.read_text(encoding="utf-8") + (
        '\n[[language]]\ncode = "km"\nnative = "ភាសាខ្មែរ"\njapanese = "クメール語"\n'
        'english = "Khmer"\nscript = "Khmr"\ndirection = "ltr"\nfont = "Noto Sans Khmer"\n'
        'sample = "សូមស្វាគមន៍"\n'), encoding="utf-8")
    for collection in ("labels", "fingerboards"):
        source = (assets_copy / collection / "text" / "en.toml").read_text(encoding="utf-8")
        # A stand-in translation: every string prefixed with a Khmer word, placeholders kept.
        body = source.split("[text]", 1)[1]
        lines = [ln.replace('= "', '= "សួស្តី ', 1) if ln.startswith('"') else ln
                 for ln in body.splitlines()]
        (assets_copy / collection / "text" / "km.toml").write_text(
            '[meta]\nlanguage = "km"\nstatus = "draft"\nby = "test"\ndate = "2026-11-22"\n'
            'note = "test"\n\n[text]' + "\n".join(lines) + "\n", encoding="utf-8")
    khmer = get_language("km", load_catalog(catalog_path))
    bank = ContentBank(root=assets_copy)
    assert bank.text("km", "staff.are_you_injured").startswith("សួស្តី ")
    assert bank.text("km", "facility.reception").startswith("សួស្តី ")
    assert check(bank, (khmer,)) == []


def test_cli_content_check_exits_1_with_file_key_and_reason(assets_copy, monkeypatch, capsys):
    _edit(assets_copy / "fingerboards" / "text" / "ko.toml", '"answers.yes" = ', '"answers.yes_" = ')
    monkeypatch.setattr("evac_toolkit.core.content.bank.asset_path", lambda *p: assets_copy.joinpath(*p))
    assert main(["content", "check", "--language", "ko"]) == 1
    out = capsys.readouterr().out
    assert "ko.toml: answers.yes: missing translation" in out
    assert "ko.toml: answers.yes_: unknown ID (not in the definitions)" in out


def test_cli_content_check_passes_for_a_complete_language(capsys):
    assert main(["content", "check", "--language", "ko"]) == 0
    assert "Content check passed" in capsys.readouterr().out
