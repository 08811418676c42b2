"""fold(): variant kanji, variation selectors and iteration marks (issue 16, names), and the
variant table as data."""

from __future__ import annotations

import tomllib
import unicodedata

import pytest

from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.text_fold import FOLD_RULES, FOLD_VERSION, VARIANTS, fold, fold_version

TABLE = tomllib.loads(asset_path("names", "kanji_variants.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("written", "typed"), [
    ("髙橋", "高橋"), ("山﨑", "山崎"), ("宮嵜", "宮崎"), ("渡邊", "渡辺"), ("渡邉", "渡辺"),
    ("齋藤", "斎藤"), ("齊藤", "斎藤"), ("斉藤", "斎藤"), ("德川", "徳川"), ("濵田", "浜田"),
    ("濱田", "浜田"), ("髙槗", "高橋"), ("篭橋", "籠橋"), ("𠮷田", "吉田"), ("澤田", "沢田"),
    ("嶋田", "島田"), ("櫻井", "桜井"), ("廣瀬", "広瀬"), ("龍之介", "竜之介"), ("桧山", "檜山"),
    ("渕上", "淵上"), ("飛驒", "飛騨"),
])
def test_variant_kanji_fold_together(written, typed):
    assert fold(written) == fold(typed)


def test_every_table_pair_folds_to_its_common_form():
    pairs = [(variant, common) for common, variants in TABLE["variants"].items()
             for variant in variants]
    assert len(pairs) >= 60
    for variant, common in pairs:
        assert fold(variant) == common == fold(common), (variant, common)


def test_the_table_is_well_formed():
    """Each variant is listed once, is no key itself (no chains), and is as NFKC leaves it
    (a character NFKC changes would never reach the table: a dead line)."""
    variants = [v for vs in TABLE["variants"].values() for v in vs]
    assert len(variants) == len(set(variants))
    assert not set(variants) & set(TABLE["variants"])
    for char in [*variants, *TABLE["variants"]]:
        assert len(char) == 1 and unicodedata.normalize("NFKC", char) == char, char
    assert TABLE["meta"]["provenance"] and TABLE["meta"]["reviewed_by"] == ""


def test_variation_selectors_are_dropped():
    assert fold("葛\U000e0100城") == fold("葛城") == "葛城"
    assert fold("渡邉\U000e0102") == fold("渡辺")
    assert fold("辻\ufe00") == "辻"


def test_iteration_marks_are_spelled_out():
    assert fold("佐々木") == fold("佐佐木") == "佐佐木"
    assert fold("野々村 真") == "野野村真"
    assert fold("いすゞ") == fold("イスズ") == "いすず"
    assert fold("こゝろ") == "こころ"
    assert fold("ミスヾ") == "みすず"
    assert fold("々") == "々"                  # nothing to repeat: kept as typed


def test_katakana_name_separator_is_ignored():
    assert fold("テイン・ミン") == fold("ていん みん") == fold("ﾃｲﾝ･ﾐﾝ") == "ていんみん"


def test_what_fold_did_before_still_holds():
    assert fold("ＡＢＣ") == "abc" and fold("ｱｲｳ") == "あいう"
    assert fold("山田 花子") == "山田花子" and fold("Nguyễn") == "nguyen"
    assert fold("が") == "が" and fold("ĐẶNG") == "dang"


def test_fold_version_names_the_rules_and_the_table():
    """Stored keys are recomputed when FOLD_VERSION changes. The table's digest is in it, so a
    new pair changes it by itself; a change of the rules must raise FOLD_RULES. This sample
    pins what the rules give: if it fails, fold() changed — raise FOLD_RULES and update it."""
    assert FOLD_VERSION.startswith(f"{FOLD_RULES}-")
    sample = ["ＡＢＣ", "ﾀﾅｶ ﾊﾅｺ", "Nguyễn Thị", "ĐẶNG", "佐々木", "いすゞ", "テイン・ミン",
              "葛\U000e0100", "山田　花子", "Straße", "အောင်ကျော်", "ヴァ"]
    assert (FOLD_RULES, [fold(text) for text in sample]) == (2, [
        "abc", "たなかはなこ", "nguyenthi", "dang", "佐佐木", "いすず", "ていんみん", "葛",
        "山田花子", "strasse", "အောင်ကျော်", "ゔぁ"])
    assert FOLD_VERSION == fold_version(VARIANTS)
    assert fold_version({**VARIANTS, ord("髙"): "亠"}) != FOLD_VERSION
