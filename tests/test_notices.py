"""Notices on the wall: a headline in every language, sentences readable from a few steps away
(measured in the real PDF), place names each reader can read, and honest refusals."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core import ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.check import check
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.messages import message
from evac_toolkit.core.places import find_place, place_ids
from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
from evac_toolkit.core.signs import notice_sheet, resolve_languages

BANK = ContentBank()
SIX = ["ja", "en", "vi", "ne", "my", "si"]


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def shown(code: str, text: str) -> str:
    return squash(ruby.plain(text) if get_language(code).ruby else text)


def sized_chars(pdf: bytes) -> tuple[str, list[float]]:
    """The page's text without whitespace, and each character's font size in points."""
    page = pdfium.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    chars, sizes = [], []
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char.isspace() or char == "\x00":
            continue
        chars.append(char)
        sizes.append(pdfium_c.FPDFText_GetFontSize(textpage, index))
    return "".join(chars), sizes


def sizes_of(page: tuple[str, list[float]], text: str) -> list[float]:
    chars, sizes = page
    start = chars.find(text)
    assert start >= 0, text
    return sizes[start:start + len(text)]


def lost_child(languages, place="体育館", readings=None):
    return notice_sheet(BANK, "notice.lost_child", {"number": "5", "place": place},
                        resolve_languages(languages), readings=readings)


def test_six_languages_on_a4_set_every_sentence_at_20_pt_under_a_larger_headline():
    sheet = lost_child(SIX)
    data, [info] = write_sheets([sheet], None, PageSetup("A4"))
    page = sized_chars(data)
    for text in sheet.texts:
        body = sizes_of(page, shown(text.language.code, text.body))
        headline = sizes_of(page, shown(text.language.code, text.title))
        assert min(body) >= 20 - 0.05, text.language.code
        assert min(headline) > max(body) * 1.2, text.language.code
    assert info["body_size"] >= 20


def test_every_printed_language_has_its_headline_on_the_page():
    sheet = lost_child(SIX)
    data, _ = write_sheets([sheet], None, PageSetup("A4"))
    chars, _sizes = sized_chars(data)
    assert "迷子" in chars and "Lostchild" in chars
    for text in sheet.texts:
        assert text.title == BANK.text(text.language.code, "notice.lost_child.title")
        assert shown(text.language.code, text.title) in chars


def test_every_notice_has_a_headline_in_every_language():
    for notice in BANK.notices:
        for language in catalog():
            assert BANK.text(language.code, f"{notice['id']}.title"), (notice["id"], language)


def test_a_choice_that_cannot_reach_20_pt_is_refused_naming_how_many_languages_fit():
    sheet = notice_sheet(BANK, "notice.residents_meeting",
                         {"date": "2026-12-09", "time": "18:00", "place": "gym"},
                         resolve_languages(SIX))
    with pytest.raises(UserError) as error:
        write_sheets([sheet], None, PageSetup("A4"))
    assert error.value.code == "sheet_too_crowded"
    fit = error.value.params["fit"]
    assert 1 <= fit < 6
    assert f"at most {fit} languages" in message("sheet_too_crowded", "en",
                                                  **error.value.params)
    # ... and that many do fit, at 20 pt or more.
    fewer = notice_sheet(BANK, "notice.residents_meeting",
                         {"date": "2026-12-09", "time": "18:00", "place": "gym"},
                         resolve_languages(SIX[:fit]))
    _data, [info] = write_sheets([fewer], None, PageSetup("A4"))
    assert info["body_size"] >= 20


@pytest.mark.parametrize("given", ["体育館", "gym", "place.gym", "Gym", "ＧＹＭ"])
def test_a_listed_place_is_named_by_id_japanese_or_english(given):
    assert find_place(BANK, given) == "place.gym"
    assert find_place(BANK, "北校舎") is None


def test_a_listed_place_prints_in_each_languages_own_words():
    sheet = lost_child(SIX, place="gym")
    data, _ = write_sheets([sheet], None, PageSetup("A4"))
    chars, _sizes = sized_chars(data)
    for text in sheet.texts:
        word = BANK.text(text.language.code, "place.gym")
        assert shown(text.language.code, word) in squash(text.body)
        assert shown(text.language.code, text.body) in chars
    burmese = next(t.body for t in sheet.texts if t.language.code == "my")
    assert "体育館" not in burmese


def test_a_typed_place_prints_as_typed_in_japanese_and_with_its_reading_elsewhere():
    sheet = lost_child(["ja", "en", "my", "si"], place="北校舎",
                       readings={"place": "Kita-kōsha"})
    data, _ = write_sheets([sheet], None, PageSetup("A4"))
    chars, _sizes = sized_chars(data)
    bodies = {t.language.code: t.body for t in sheet.texts}
    assert "北校舎で保護" in bodies["ja"] and "Kita" not in bodies["ja"]
    for code in ("en", "my", "si"):
        assert "Kita-kōsha (北校舎)" in bodies[code]
        assert shown(code, bodies[code]) in chars
    without = lost_child(["ja", "my"], place="北校舎")
    assert "北校舎" in without.texts[1].body        # no reading given: as typed everywhere


def test_chinese_prints_a_typed_place_as_typed():
    sheet = lost_child(["zh-Hans", "ko"], place="北校舎", readings={"place": "Kita-kosha"})
    bodies = {t.language.code: t.body for t in sheet.texts}
    assert "Kita" not in bodies["zh-Hans"]
    assert "Kita-kosha (北校舎)" in bodies["ko"]      # Hangul readers do not read kanji


@pytest.mark.parametrize("reading", ["タイイクカン", "x" * 41, "{place}"])
def test_a_reading_not_in_latin_letters_is_refused(reading):
    with pytest.raises(UserError) as error:
        lost_child(["en"], place="北校舎", readings={"place": reading})
    assert error.value.code == "slot_reading_not_latin"


def test_the_places_list_is_content_checked_in_every_language(tmp_path):
    assert len(place_ids(BANK)) >= 20
    assert not [p for p in check(BANK) if p.key.startswith("place.")
                or p.key.endswith(".title")]
    # A place missing in a language is found: an overlay cannot remove it, so use a copy.
    import shutil

    root = tmp_path / "assets"
    shutil.copytree(BANK.root, root)
    text = root / "labels" / "text" / "si.toml"
    text.write_text("\n".join(line for line in text.read_text(encoding="utf-8").splitlines()
                              if not line.startswith('"place.library"')), encoding="utf-8")
    problems = check(ContentBank(root), (get_language("si"),))
    assert [(p.key, p.code) for p in problems] == [("place.library", "missing_string")]


def test_the_command_line_takes_a_place_id_and_a_reading(tmp_path, capsys):
    out = tmp_path / "notice.pdf"
    code = main(["--data-dir", str(tmp_path / "data"), "notice", "print", "--template",
                 "notice.water_off", "--set", "place=北校舎", "--reading", "place=Kita-kosha",
                 "--languages", "en,my", "--out", str(out)])
    assert code == 0
    chars, _sizes = sized_chars(out.read_bytes())
    assert "Kita-kosha(北校舎)" in chars
    code = main(["--data-dir", str(tmp_path / "data"), "notice", "places"])
    assert code == 0
    assert "gym" in capsys.readouterr().out
