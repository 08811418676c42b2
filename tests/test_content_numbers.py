"""Numbers in notices and boards: plural words by CLDR's categories, Easy Japanese counters read
with their number, and the dates a person types on the command line.

Babel (a test dependency, never a runtime one) is the reference for the plural rules the
program evaluates itself from assets/languages/plurals.toml.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from babel import Locale

from evac_toolkit.cli.main import main
from evac_toolkit.core import counters, plurals, ruby, slot_text
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.check import check_string
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.signs import notice_sheet, resolve_languages

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import plural_rules  # noqa: E402  (tools/ is not a package)

BANK = ContentBank()
NUMBERS = (0, 1, 2, 5, 21)
PLURAL_LANGUAGES = ("es", "pt-BR", "en")


def _number_notices() -> list[str]:
    return [n["id"] for n in BANK.notices if "number" in n.get("slots", {}).values()]


def _number_items() -> list[str]:
    return [key for key, entry in BANK.entries.items()
            if entry.kind == "item" and "{number" in (BANK.text("en", key) or "")]


def _notice(notice_id: str, number: int, codes: tuple[str, ...]) -> dict[str, str]:
    slots = BANK.notices[[n["id"] for n in BANK.notices].index(notice_id)]["slots"]
    values = {"number": str(number), "place": "Gym", "destination": "Station", "time": "18:00",
              "date": "2026-12-07", "start": "9:00", "end": "17:00"}
    sheet = notice_sheet(BANK, notice_id, {k: values[k] for k in slots},
                         resolve_languages(list(codes)))
    # A notice is a headline (title) above its sentence (body): the number is in the sentence.
    return {text.language.code: text.body or text.title for text in sheet.texts}


# -- the rules ------------------------------------------------------------------------------------
def test_the_rules_file_is_what_babel_writes_from_cldr():
    path = Path(plural_rules.OUT)
    assert path.read_text(encoding="utf-8") == plural_rules.render(), \
        "run tools/plural_rules.py and commit assets/languages/plurals.toml"


@pytest.mark.parametrize("code", [lang.code for lang in catalog()])
def test_every_language_gets_cldrs_category_for_every_slot_number(code):
    babel_form = Locale.parse(plural_rules.cldr_locale(code)).plural_form
    numbers = [*range(0, 1200), 1_000_000 - 1, *range(99_900, counters.MAX + 1)]
    wrong = [n for n in numbers if plurals.category(code, n) != babel_form(n)]
    assert not wrong, wrong[:10]


# -- every numeric slot reads right ---------------------------------------------------------------
@pytest.mark.parametrize("notice_id", _number_notices())
@pytest.mark.parametrize("number", NUMBERS)
def test_every_notice_number_reads_right_in_every_language(notice_id, number):
    texts = _notice(notice_id, number, ("en", "es", "pt-BR", "ja-x-easy", "vi"))
    assert len(texts) == 6
    for code, text in texts.items():
        assert "{" not in text and "}" not in text and "(s)" not in text, (code, text)
        assert "…" not in text and "#" not in text, (code, text)
        assert str(number) in text or number == 0 and code in PLURAL_LANGUAGES, (code, text)
        if get_language(code).ruby:
            assert not ruby.problems(text), text


@pytest.mark.parametrize(("number", "expected"), [
    (0, {"en": "under one year old", "es": "de menos de un año", "pt-BR": "com menos de 1 ano"}),
    (1, {"en": "about 1 year old,", "es": "aproximadamente 1 año.", "pt-BR": "cerca de 1 ano,"}),
    (2, {"en": "about 2 years old", "es": "aproximadamente 2 años", "pt-BR": "cerca de 2 anos"}),
    (5, {"en": "about 5 years old", "es": "aproximadamente 5 años", "pt-BR": "cerca de 5 anos"}),
    (21, {"en": "about 21 years old", "es": "aproximadamente 21 años",
          "pt-BR": "cerca de 21 anos"}),
])
def test_the_lost_childs_age(number, expected):
    texts = _notice("notice.lost_child", number, PLURAL_LANGUAGES)
    for code, words in expected.items():
        assert words in texts[code], texts[code]
    assert not re.search(r"\b1 (years|años|anos)\b", " ".join(texts.values()))


@pytest.mark.parametrize(("number", "en", "es", "pt"), [
    (0, "0 helpers", "0 personas que puedan", "0 pessoa "),          # CLDR: pt's 0 is "one"
    (1, "1 helper ", "1 persona que pueda ", "1 pessoa "),
    (2, "2 helpers", "2 personas que puedan", "2 pessoas"),
    (5, "5 helpers", "5 personas que puedan", "5 pessoas"),
    (21, "21 helpers", "21 personas que puedan", "21 pessoas"),
])
def test_helpers_and_liters(number, en, es, pt):
    texts = _notice("notice.help_wanted", number, PLURAL_LANGUAGES)
    assert en in texts["en"] and es in texts["es"] and pt in texts["pt-BR"], texts
    water = _notice("notice.water_ration", number, PLURAL_LANGUAGES)
    liter = "liter" if number == 1 else "liters"
    assert f"up to {number} {liter} per" in water["en"]
    assert f"hasta {number} {'litro' if number == 1 else 'litros'} por" in water["es"]
    assert f"até {number} {'litro' if number in (0, 1) else 'litros'} por" in water["pt-BR"]


@pytest.mark.parametrize("key", _number_items())
@pytest.mark.parametrize("number", NUMBERS)
def test_every_board_number_reads_right_in_every_language(key, number):
    for language in catalog():
        text = slot_text.fill(BANK.text(language.code, key), {"number": str(number)},
                              language.code, ruby=language.ruby)
        assert str(number) in text and "{" not in text and "(s)" not in text, text
    words = {code: slot_text.fill(BANK.text(code, key), {"number": str(number)}, code)
             for code in PLURAL_LANGUAGES}
    if key == "clock.minutes":
        singular = number == 1
        assert words["en"] == f"{number} minute{'' if singular else 's'}"
        assert words["es"] == f"{number} minuto{'' if singular else 's'}"
        assert words["pt-BR"] == f"{number} minuto{'' if number in (0, 1) else 's'}"
    if key == "clock.hour":
        assert words["es"] == (f"la {number} en punto" if number == 1 else
                               f"las {number} en punto")


def test_a_card_without_its_number_yet_shows_the_other_words():
    assert slot_text.fill(BANK.text("en", "clock.minutes"), {"number": None}, "en") == "… minutes"
    assert slot_text.fill(BANK.text("ja-x-easy", "clock.minutes"), {"number": None},
                          "ja-x-easy", ruby=True) == "…｜分《ふん》"


# -- Easy Japanese counters -----------------------------------------------------------------------
@pytest.mark.parametrize(("counter", "readings"), [
    ("分", ("いっぷん", "さんぷん", "ろっぷん", "はっぷん", "じゅっぷん")),
    ("本", ("いっぽん", "さんぼん", "ろっぽん", "はっぽん", "じゅっぽん")),
    ("杯", ("いっぱい", "さんばい", "ろっぱい", "はっぱい", "じゅっぱい")),
])
def test_counters_read_with_their_number(counter, readings):
    for number, expected in zip((1, 3, 6, 8, 10), readings, strict=True):
        assert counters.reading(number, counter) == expected


@pytest.mark.parametrize(("number", "counter", "expected"), [
    (2, "分", "にふん"), (4, "分", "よんぷん"), (20, "分", "にじゅっぷん"),
    (21, "分", "にじゅういっぷん"), (100, "分", "ひゃっぷん"), (300, "本", "さんびゃっぽん"),
    (1000, "本", "せんぼん"), (4, "本", "よんほん"), (1, "人", "ひとり"), (2, "人", "ふたり"),
    (4, "人", "よにん"), (21, "人", "にじゅういちにん"), (1, "歳", "いっさい"),
    (6, "歳", "ろくさい"), (20, "歳", "はたち"), (4, "時", "よじ"), (9, "時", "くじ"),
    (14, "時", "じゅうよじ"), (7, "時間", "しちじかん"), (1, "日", "ついたち"),
    (24, "日", "にじゅうよっか"), (3, "回", "さんかい"), (0, "分", "ぜろふん"),
    (12345, "分", "いちまんにせんさんびゃくよんじゅうごふん"),
])
def test_counter_sound_changes(number, counter, expected):
    assert counters.reading(number, counter) == expected


def test_easy_japanese_prints_the_reading_the_number_takes():
    for number, reading in ((1, "いっさい"), (8, "はっさい"), (10, "じゅっさい"), (5, "ごさい")):
        text = _notice("notice.lost_child", number, ("ja-x-easy",))["ja-x-easy"]
        assert f"｜{number}歳《{reading}》" in text
    assert "｜1人《ひとり》" in _notice("notice.help_wanted", 1, ("ja-x-easy",))["ja-x-easy"]
    minutes = BANK.text("ja-x-easy", "clock.minutes")
    assert [slot_text.fill(minutes, {"number": str(n)}, "ja-x-easy", ruby=True)
            for n in (1, 3, 10)] == ["｜1分《いっぷん》", "｜3分《さんぷん》", "｜10分《じゅっぷん》"]
    # Japanese without furigana prints the number and counter alone.
    assert slot_text.fill("{number|counter:分}", {"number": "6"}, "ja") == "6分"


# -- content check --------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "text", "problem"), [
    ("es", "{number|one:# año|few:# años|other:# años} {place}", "plural_category_unknown"),
    ("es", "{number|one:# año} {place}", "plural_other_missing"),
    ("es", "{number|other:# años} {place}", "plural_category_missing"),
    ("en", "{number|one # year|other:# years} {place}", "choice_syntax"),
    ("en", "{number|one:# year|other:# years} {place|one:x|other:y}", "choice_not_number"),
    ("ja-x-easy", "{number}｜歳《さい》 {place}", "counter_fixed_reading"),
    ("ja-x-easy", "{number|counter:丁} {place}", "counter_unknown"),
    ("en", "{number|counter:分} {place}", "choice_syntax"),
])
def test_content_check_refuses_bad_choices(code, text, problem):
    found = check_string(BANK, get_language(code), "notice.lost_child", text)
    assert problem in [p.code for p in found], found


def test_content_check_passes_the_installed_number_strings():
    for language in catalog():
        for key in [*_number_notices(), *_number_items()]:
            found = check_string(BANK, language, key, BANK.text(language.code, key))
            assert not found, (language.code, key, found)


# -- dates on the command line --------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["2026/12/7", "2026-12-07", "12/7", "12月7日", "令和8年12月7日",
                                   "２０２６／１２／７"])
def test_notice_dates_accept_the_forms_people_type(tmp_path, capsys, typed):
    out = tmp_path / "notice.pdf"
    assert main(["notice", "print", "--template", "notice.aftershock_warning",
                 "--set", f"date={typed}", "--languages", "en", "--out", str(out)]) == 0
    text = " ".join(pdfium.PdfDocument(out)[0].get_textpage().get_text_range().split())
    # A form without a year takes the 7 December nearest today, whichever weekday it is.
    assert re.search(r"until about \w+day 7 December\.", text), text


def test_a_wrong_date_gets_one_line_with_the_accepted_forms(tmp_path, capsys):
    out = tmp_path / "notice.pdf"
    assert main(["notice", "print", "--template", "notice.aftershock_warning",
                 "--set", "date=7/12/2026", "--languages", "en", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert all(form in err for form in ("2026/12/7", "12/7", "12月7日", "令和8年12月7日"))
    assert not out.exists() and "7/12/2026" in err


def test_a_board_search_finds_a_number_card_by_its_words_and_reading():
    from evac_toolkit.core.fingerboards.search import PhraseIndex

    index = PhraseIndex(BANK)
    assert "clock.minutes" in [hit.item for hit in index.search("minutos", "es")]
    assert "clock.minutes" in [hit.item for hit in index.search("ふん", "ja-x-easy")]
    assert "clock.hours" in [hit.item for hit in index.search("じかん", "ja-x-easy")]
