"""The add form's "registered already?" check (core/registry/desk_duplicates.py) on a real
registry file: the same name (variant kanji folded), or the same reading with a language in
common, with the reason said as the import says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.registry.desk_duplicates import registered_already
from evac_toolkit.core.registry.store import Registry

THEIN_MIN = {"display_name": "Thein Min", "name_reading": "ていん みん", "languages": ["my"]}


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def test_the_same_reading_with_a_shared_language_may_be_the_same_person(registry):
    card = registry.add(THEIN_MIN).card_id
    found = registered_already(registry, {"display_name": "テイン・ミン",
                                          "name_reading": "ていん みん", "languages": ["my"]})
    assert (found.card_id, found.code) == (card, "desk_maybe_registered")
    assert found.describe("en") == (f"maybe already registered as card {card} (same reading "
                                    "ていん みん and a shared language: Burmese)")
    assert found.describe("ja") == (f"カード {card} と同じ人かもしれません（読み「ていん みん」が"
                                    "同じで、共通の言語：ミャンマー語（ビルマ語））")


def test_the_shared_language_need_not_be_the_first(registry):
    registry.add({**THEIN_MIN, "languages": ["en", "my"]})
    found = registered_already(registry, {"display_name": "テイン・ミン",
                                          "name_reading": "テイン ミン",    # katakana folds too
                                          "languages": ["ja", "my"]})
    assert found.params["language"] == LanguageName("my")
    assert found.params["reading"] == "テイン ミン"           # as the volunteer typed it


@pytest.mark.parametrize("values", [
    {"display_name": "テイン・ミン", "name_reading": "ていん みん", "languages": ["ja"]},
    {"display_name": "テイン・ミン", "name_reading": "ていん みん", "languages": []},
    {"display_name": "テイン・ミン", "name_reading": "ていん まう", "languages": ["my"]},
    {"display_name": "Thein", "name_reading": "ていん", "languages": ["my"]},
    {"display_name": "テイン・ミン", "name_reading": "", "languages": ["my"]},
])
def test_no_shared_language_or_another_reading_is_someone_else(registry, values):
    registry.add(THEIN_MIN)
    assert registered_already(registry, values) is None


def test_the_reading_must_be_the_reading_not_part_of_a_name(registry):
    """The search key holds name and reading: a name that reads like the typed reading, or a
    longer reading that contains it, is no match."""
    registry.add({"display_name": "ていん みん", "name_reading": "みん", "languages": ["my"]})
    registry.add({"display_name": "Aung", "name_reading": "ていん みん あうん", "languages": ["my"]})
    assert registered_already(registry, THEIN_MIN) is None


def test_short_readings_are_found_too(registry):
    """A one-letter reading (李: り) is past what the trigram index finds: looked for in every
    key; two letters and the separator before them are enough for the index."""
    li = registry.add({"display_name": "李", "name_reading": "り", "languages": ["zh-Hans"]})
    lin = registry.add({"display_name": "林", "name_reading": "りん", "languages": ["zh-Hant"]})
    found = registered_already(registry, {"display_name": "Li", "name_reading": "リ",
                                          "languages": ["en", "zh-Hans"]})
    assert found.card_id == li.card_id and found.params["language"] == LanguageName("zh-Hans")
    found = registered_already(registry, {"display_name": "Lin", "name_reading": "リン",
                                          "languages": ["zh-Hant", "en"]})
    assert found.card_id == lin.card_id and str(found.params["language"]) == "Chinese (Traditional)"
    assert registered_already(registry, {"display_name": "Lin", "name_reading": "ん",
                                         "languages": ["zh-Hant"]}) is None


def test_the_same_name_in_variant_kanji_is_the_same_person(registry):
    card = registry.add({"display_name": "髙橋 一郎", "name_reading": "たかはし いちろう",
                         "languages": ["ja"]}).card_id
    found = registered_already(registry, {"display_name": "高橋 一郎",
                                          "name_reading": "たかはし いちろう",
                                          "languages": ["ja"]})
    assert (found.card_id, found.code) == (card, "desk_registered")
    assert found.describe("en") == (f"already registered as card {card} (same name and "
                                    "reading, same first language)")


def test_deleted_and_protected_people_are_not_matched_on_their_reading(registry):
    gone = registry.add(THEIN_MIN)
    registry.delete(gone.id)
    registry.add({**THEIN_MIN, "display_name": "T. Min", "do_not_disclose": True})
    assert registered_already(registry, {"display_name": "テイン・ミン",
                                         "name_reading": "ていん みん",
                                         "languages": ["my"]}) is None
