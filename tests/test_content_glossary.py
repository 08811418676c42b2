"""The glossary: each key term worded one way per language on signs, notices and boards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.check import check
from evac_toolkit.core.content.glossary import check_glossary, in_scope, load_terms, load_wordings
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.messages import message

ASSETS = Path(__file__).resolve().parent.parent / "assets"
BANK = ContentBank()


@pytest.fixture
def assets_copy(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    shutil.copytree(ASSETS, root)
    return root


def _replace_in_string(path: Path, key: str, old: str, new: str) -> None:
    """Change ``old`` to ``new`` inside one string of a text file, and nowhere else."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith(f'"{key}" = '))
    assert old in lines[index], (key, old)
    lines[index] = lines[index].replace(old, new)
    path.write_text("".join(lines), encoding="utf-8")


def _glossary_problems(root: Path, code: str, overlay: Path | None = None) -> list:
    problems = check(ContentBank(root=root, overlay=overlay), (get_language(code),))
    return [p for p in problems if p.code.startswith("glossary")]


def test_the_glossary_has_the_key_terms():
    terms = {term.id for term in load_terms(ASSETS, [])}
    assert {"shelter", "reception", "evacuation", "aftershock", "interpreter", "first_aid",
            "notice_board", "toilet", "drinking_water", "pet"} <= terms
    for term in load_terms(ASSETS, []):
        assert in_scope(BANK, term), f"{term.id}: no string uses it"


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_every_language_words_every_term_and_the_content_follows(language):
    findings: list = []
    wordings = load_wordings(ASSETS, language.code, findings)
    assert findings == []
    assert set(wordings) == {term.id for term in load_terms(ASSETS, [])}
    assert check_glossary(BANK, (language,)) == []


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_every_approved_form_is_one_the_content_uses(language):
    """A glossary word nobody uses is a typo or a wish: every word and form appears in a string
    that uses the term (so a misspelt form cannot let a string pass on a shorter one)."""
    from evac_toolkit.core.content.glossary import _normal

    wordings = load_wordings(ASSETS, language.code, [])
    for term in load_terms(ASSETS, []):
        said = [_normal(BANK.text(language.code, key), language) for key in in_scope(BANK, term)]
        for form in wordings[term.id].forms:
            assert any(_normal(form, language) in text for text in said), (term.id, form)


def test_a_sign_with_the_other_shelter_word_fails_naming_it(assets_copy: Path):
    """Sinhala: ආරක්ෂක ("security") instead of ආරක්ෂිත on one sign, as the review found on the
    boards."""
    _replace_in_string(assets_copy / "labels" / "text" / "si.toml", "promise.open_to_everyone",
                       "ආරක්ෂිත මධ්‍යස්ථානය", "ආරක්ෂක මධ්‍යස්ථානය")
    problems = _glossary_problems(assets_copy, "si")
    assert [(Path(p.file).parts[-3:], p.key, p.code) for p in problems] == [
        (("labels", "text", "si.toml"), "promise.open_to_everyone", "glossary_other_word")]
    assert problems[0].params == {"term": "shelter", "concept": "避難所",
                                  "found": "ආරක්ෂක මධ්‍යස්ථාන", "expected": "ආරක්ෂිත මධ්‍යස්ථානය"}
    text = message(problems[0].code, "en", **problems[0].message_params)
    assert text == ("glossary term shelter (避難所): uses “ආරක්ෂක මධ්‍යස්ථාන”, another word for it; "
                    "the glossary says “ආරක්ෂිත මධ්‍යස්ථානය”")
    assert message(problems[0].code, "ja", **problems[0].message_params) == (
        "用語集の語 shelter（避難所）：別の言い方「ආරක්ෂක මධ්‍යස්ථාන」を使っています"
        "（用語集の訳語は「ආරක්ෂිත මධ්‍යස්ථානය」）")


def test_a_board_with_the_other_notice_board_word_fails(assets_copy: Path):
    _replace_in_string(assets_copy / "fingerboards" / "text" / "vi.toml", "staff.info_on_board",
                       "bảng thông báo", "bảng tin")
    problems = _glossary_problems(assets_copy, "vi")
    assert [(p.key, p.code, p.params["found"]) for p in problems] == [
        ("staff.info_on_board", "glossary_other_word", "bảng tin")]
    assert problems[0].file.endswith("fingerboards/text/vi.toml")


def test_a_string_without_the_approved_word_fails(assets_copy: Path):
    _replace_in_string(assets_copy / "labels" / "text" / "es.toml", "rule.register_at_reception",
                       "recepción", "el mostrador")
    problems = _glossary_problems(assets_copy, "es")
    assert [(p.key, p.code, p.params) for p in problems] == [
        ("rule.register_at_reception", "glossary_missing",
         {"term": "reception", "concept": "受付", "expected": "recepción"})]


def test_a_spelling_inside_the_approved_word_is_still_found(assets_copy: Path):
    """Nepali: the misspelling पराकम्प is the start of पराकम्पन; only a string that has it on its
    own fails."""
    _replace_in_string(assets_copy / "fingerboards" / "text" / "ne.toml", "staff.aftershocks",
                       "पराकम्पन", "पराकम्प")
    problems = _glossary_problems(assets_copy, "ne")
    assert [(p.key, p.code) for p in problems] == [("staff.aftershocks", "glossary_other_word")]


def test_scripts_without_spaces_and_furigana(assets_copy: Path):
    """Thai has no spaces between words; Easy Japanese is compared without its readings."""
    _replace_in_string(assets_copy / "labels" / "text" / "th.toml", "notice.move_shelter",
                       "ศูนย์พักพิง", "ศูนย์")
    _replace_in_string(assets_copy / "labels" / "text" / "ja-x-easy.toml", "notice.move_shelter",
                       "｜避難所《ひなんじょ》", "｜避難場所《ひなんばしょ》")
    assert [(p.key, p.code) for p in _glossary_problems(assets_copy, "th")] == [
        ("notice.move_shelter", "glossary_missing")]
    assert [(p.key, p.code) for p in _glossary_problems(assets_copy, "ja-x-easy")] == [
        ("notice.move_shelter", "glossary_missing")]


def test_a_reviewed_string_in_the_data_folder_is_checked_too(tmp_path: Path):
    overlay = tmp_path / "content"
    overlay.mkdir()
    (overlay / "vi.toml").write_text(
        '[meta]\nlanguage = "vi"\nstatus = "reviewed"\nby = "Nguyen Van A"\n\n[text]\n'
        '"evacuee.have_pet" = "Tôi có thú cưng."\n', encoding="utf-8")
    problems = _glossary_problems(ASSETS, "vi", overlay=overlay)
    assert [(p.file, p.key, p.code, p.params["found"]) for p in problems] == [
        (str(overlay / "vi.toml"), "evacuee.have_pet", "glossary_other_word", "thú cưng")]


def test_a_damaged_glossary_is_reported_not_raised(assets_copy: Path):
    (assets_copy / "glossary" / "ko.toml").write_text("[term.shelter\nword =", encoding="utf-8")
    terms = assets_copy / "glossary" / "terms.toml"
    terms.write_text(terms.read_text(encoding="utf-8")
                     + '\n[[term]]\nid = "broken"\nsource = "(unclosed"\n', encoding="utf-8")
    problems = _glossary_problems(assets_copy, "ko")
    assert {(Path(p.file).name, p.key, p.code) for p in problems} == {
        ("ko.toml", "", "glossary_error"), ("terms.toml", "broken", "glossary_error")}
    vi = assets_copy / "glossary" / "vi.toml"
    vi.write_text(vi.read_text(encoding="utf-8").replace(
        'word = "sơ tán"\n', 'word = "sơ tán"\nforms = "s"\n'), encoding="utf-8")
    assert [(p.key, p.code, p.detail) for p in _glossary_problems(assets_copy, "vi")
            if Path(p.file).name == "vi.toml"] == [
        ("evacuation", "glossary_error", "[term.evacuation] forms")]


def test_cli_content_check_fails_on_a_glossary_finding(assets_copy, monkeypatch, capsys):
    _replace_in_string(assets_copy / "fingerboards" / "text" / "ko.toml", "evacuee.water",
                       "식수", "마실 물")
    monkeypatch.setattr("evac_toolkit.core.content.bank.asset_path",
                        lambda *p: assets_copy.joinpath(*p))
    assert main(["content", "check", "--language", "ko"]) == 1
    out = capsys.readouterr().out
    assert ("ko.toml: evacuee.water: glossary term drinking_water (飲み水): uses “마실 물”, another word "
            "for it; the glossary says “식수”") in out


def test_listed_keys_and_exceptions_decide_the_scope(assets_copy: Path):
    """``keys`` adds a string whose English does not name the term; a language's ``except``
    excuses one string (Brazilian signs say "Rota de fuga", not "evacuação")."""
    terms = assets_copy / "glossary" / "terms.toml"
    text = terms.read_text(encoding="utf-8")
    terms.write_text(text.replace('not_keys = ["facility.power_shelter_use"',
                                  'keys = ["staff.you_are_safe"]\nnot_keys = '
                                  '["facility.power_shelter_use"', 1), encoding="utf-8")
    pt = assets_copy / "glossary" / "pt-BR.toml"
    lines = pt.read_text(encoding="utf-8").splitlines(keepends=True)
    pt.write_text("".join(ln for ln in lines if not ln.startswith("except = ")), encoding="utf-8")
    assert sorted((p.key, p.params["term"]) for p in _glossary_problems(assets_copy, "pt-BR")) == [
        ("emergency.evacuation_route", "evacuation"), ("staff.you_are_safe", "shelter")]
