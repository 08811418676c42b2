"""Phrase search on the fingerboards, on the real content bank (no screen)."""

from __future__ import annotations

import pytest

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards.search import (
    EXACT,
    INSIDE,
    START,
    WORDS,
    PhraseIndex,
    search_key,
)

BANK = ContentBank()
INJURED = "staff.are_you_injured"


@pytest.fixture(scope="module")
def index() -> PhraseIndex:
    return PhraseIndex(BANK)


def items(index: PhraseIndex, query: str, language: str | None = None) -> list[str]:
    return [hit.item for hit in index.search(query, language)]


@pytest.mark.parametrize("query", ["けがをしていますか", "けがをしていますか？", "ケガヲシテイマスカ",
                                   "ｹｶﾞｦｼﾃｲﾏｽｶ", "けが を して いますか"])
def test_japanese_finds_the_card_whatever_kana_or_width_is_typed(index, query):
    hits = index.search(query)
    assert hits[0].item == INJURED and hits[0].rank == EXACT
    assert hits[0].board == "staff"


def test_japanese_kanji_and_furigana_readings_find_cards(index):
    assert BANK.text("ja", "pain.6") == "強い痛み"
    assert items(index, "強い痛み")[0] == "pain.6"
    # 痛い is written in kanji in Japanese; Easy Japanese's furigana reads it いたい.
    assert BANK.text("ja", "staff.where_does_it_hurt") == "どこが痛いですか？"
    assert items(index, "どこがいたい")[0] == "staff.where_does_it_hurt"
    assert items(index, "ドコガイタイ")[0] == "staff.where_does_it_hurt"
    assert items(index, "つよく いたい")[0] == "pain.6"


def test_a_dakuten_changes_the_word(index):
    assert INJURED in items(index, "けが")
    assert INJURED not in items(index, "けか")


def test_english_ranks_exact_then_start_then_inside_then_words(index):
    hits = index.search("no")
    assert hits[0].item == "answers.no" and hits[0].rank == EXACT and hits[0].language == "en"
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)
    assert items(index, "INJURED")[:2] == [INJURED, "evacuee.injured"]
    assert index.search("Are you injured")[0].rank == EXACT     # "?" is not typed
    assert index.search("Are you inj")[0].rank == START
    words = index.search("you injured are")
    assert words[0].item == INJURED and words[0].rank == WORDS
    assert index.search("injured")[0].rank == INSIDE


def test_the_evacuees_language_is_searched_only_when_chosen(index):
    burmese = BANK.text("my", INJURED)          # ဒဏ်ရာ ရထားပါသလား။
    assert items(index, burmese) == []
    assert items(index, burmese, "my")[0] == INJURED
    hit = index.search(burmese, "my")[0]
    assert hit.language == "my" and hit.rank == EXACT


def test_burmese_without_spaces_punctuation_or_with_look_alike_digits(index):
    burmese = BANK.text("my", INJURED)
    assert items(index, burmese.replace(" ", "").rstrip("။"), "my")[0] == INJURED
    # A digit zero typed for the letter wa (they look the same) still finds "doctor".
    doctor = BANK.text("my", "staff.need_doctor")
    assert "ဆရာဝန်" in doctor
    assert items(index, "ဆရာ\u1040န်", "my")[0] == "staff.need_doctor"


def test_sinhala_with_or_without_zero_width_joiners(index):
    # A card whose Sinhala holds a ZWJ (ශ්‍රී-style conjuncts): found typed with or without it.
    item, text = next((item["id"], BANK.text("si", item["id"])) for item in BANK.items
                      if "\u200d" in (BANK.text("si", item["id"]) or ""))
    assert item in items(index, text, "si")
    assert item in items(index, text.replace("\u200d", ""), "si")
    assert items(index, BANK.text("si", INJURED), "si")[0] == INJURED


def test_vietnamese_accents_are_optional(index):
    assert BANK.text("vi", INJURED) == "Bạn có bị thương không?"
    assert items(index, "ban co bi thuong", "vi")[0] == INJURED
    assert items(index, "Bạn có bị thương", "vi")[0] == INJURED


def test_nothing_typed_finds_nothing_and_the_limit_holds(index):
    assert index.search("") == [] and index.search("  ？ 。") == []
    assert len(index.search("a", limit=5)) == 5


def test_search_key_folds_like_the_registry_and_drops_punctuation():
    assert search_key("ケガ？") == search_key("けが") == "けが"
    assert search_key("Bạn có?") == "banco"
    assert search_key("ශ්\u200dරී") == search_key("ශ්රී")
