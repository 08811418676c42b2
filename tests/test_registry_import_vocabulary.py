"""The import's vocabulary: column titles and cell words as coordinators write them (data under
assets/registry/, language names made from the catalog), on real files and a real registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog, load_catalog
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry import import_vocabulary
from evac_toolkit.core.registry.csv_io import import_preview, read_csv
from evac_toolkit.core.registry.import_vocabulary import (
    accepted,
    choice_label,
    choices,
    flag_words,
    header_field,
    missing_languages,
    resolve_choice,
    value_key,
    vocabulary,
)
from evac_toolkit.core.registry.store import Registry


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# -- column titles --------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "field"), [
    # A known name inside the title (Japanese has no spaces: any part of it).
    ("話せる言語", "languages"), ("避難所内の場所", "area"), ("入所日", "checked_in_at"),
    ("使用する言語", "languages"), ("部屋番号（体育館）", "area"),
    # Bilingual: the longer, more specific name wins in each script, and both agree.
    ("入所時刻 Check-in time", "checked_in_time"), ("氏名 Name", "display_name"),
    ("言語 Language(s)", "languages"), ("アレルギー (allergies)", "allergens"),
    ("退所日 Check-out date", "checked_out_at"),
    # The longest name wins: 日本語 over 母語, その他アレルギー over アレルギー.
    ("日本語（母語でない方）", "japanese_ability"), ("その他アレルギー（自由記入）", "allergens_other"),
    ("アレルギーその他", "allergens_other"), ("痛みの場所", "body_parts"),
    # A bracketed hint does not outweigh the title.
    ("備考（アレルギー等）", "notes"), ("食事の配慮（アレルギー以外）", "diets"),
    # Known spellings of one field, and marks offices add.
    ("名前（カナ）", "name_reading"), ("Name (kana)", "name_reading"), ("※氏名", "display_name"),
    ("ﾌﾘｶﾞﾅ", "name_reading"), ("入所者氏名", "display_name"), ("Card No.", "card_id"),
    ("Japanese language level", "japanese_ability"), ("日本語以外の言語", "languages"),
    ("在所・退所", "status"), ("来所日時", "checked_in_at"), ("居住スペース（区画）", "area"),
    ("DV等支援措置", "do_not_disclose"), ("要配慮者区分", "medical"),
    # Latin names count as whole words only.
    ("Surname", None), ("Language", "languages"),
])
def test_a_title_is_or_contains_a_known_name(title, field):
    assert header_field(title) == field


@pytest.mark.parametrize("title", [
    "通訳言語",            # 通訳 (interpreter) and 言語 (languages), equally long
    "国籍・言語",          # two fields
    "入所時刻 Check-in",   # the Japanese says time, the English says date
    "保護者氏名",          # a guardian's name is not the evacuee's
    "世帯主氏名", "緊急連絡先", "健康保険証番号", "住所", "生年月日",
])
def test_ambiguous_titles_and_false_friends_stay_unknown(title):
    assert header_field(title) is None


def test_every_name_in_the_header_file_maps_to_its_own_field():
    import tomllib

    raw = tomllib.loads(asset_path("registry", "import_headers.toml").read_text("utf-8"))
    for field, names in raw["fields"].items():
        for name in names:
            assert header_field(name) == field, name
    for name in raw["not_fields"]["names"]:
        assert header_field(name) is None, name


# -- cell words -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("words", "code"), [
    (("ネイティブ", "母語", "流暢", "問題なし", "ﾈｲﾃｨﾌﾞ", "Native"), "fluent"),
    (("日常会話", "会話程度", "日常会話ができる"), "conversational"),
    (("少し", "すこし", "片言", "カタコト", "やさしい日本語", "a little"), "easy"),
    (("話せない", "できない", "不可", "なし", "No Japanese"), "none"),
])
def test_japanese_ability_words(words, code):
    for word in words:
        assert vocabulary("japanese_ability")[value_key(word)] == code, word


@pytest.mark.parametrize(("field", "words", "code"), [
    ("allergens", ("たまご", "卵", "玉子", "タマゴ", "egg", "Eggs"), "egg"),
    ("allergens", ("こむぎ", "小麦", "コムギ", "wheat"), "wheat"),
    ("allergens", ("えび", "エビ", "海老", "prawn"), "shrimp"),
    ("allergens", ("落花生", "ピーナッツ", "peanuts"), "peanut"),
    ("allergens", ("乳", "牛乳", "乳製品", "dairy"), "milk"),
    ("diets", ("ハラル", "ハラール", "halal", "ハラール（イスラム教の食事）"), "halal"),
    ("diets", ("ベジタリアン", "菜食", "vegetarian"), "vegetarian"),
    ("diets", ("ビーガン", "ヴィーガン", "vegan"), "vegan"),
    ("medical", ("妊婦", "妊娠中", "pregnant"), "pregnant"),
    ("status", ("在所", "退所済み"), None),
])
def test_diet_allergen_and_other_words_in_kana_kanji_and_english(field, words, code):
    found = {vocabulary(field).get(value_key(word)) for word in words}
    assert None not in found
    if code:
        assert found == {code}


def test_yes_no_words_for_every_flag_and_for_one_field_only():
    for field in ("interpreter_needed", "consent_share", "do_not_disclose"):
        words = flag_words(field)
        assert all(words[value_key(w)] for w in ("はい", "○", "〇", "あり", "有", "1", "Yes"))
        assert not any(words[value_key(w)] for w in ("いいえ", "×", "なし", "無", "0", "no", ""))
    assert flag_words("interpreter_needed")[value_key("不要")] is False
    assert flag_words("consent_share")[value_key("同意する")] is True
    assert value_key("不要") not in flag_words("consent_share")


@pytest.mark.parametrize(("word", "code"), [
    ("ビルマ語", "my"), ("ミャンマー", "my"), ("ミャンマー語", "my"), ("ビルマ", "my"),
    ("Burmese", "my"), ("タガログ", "tl"), ("タガログ語", "tl"), ("フィリピン語", "tl"),
    ("フィリピノ語", "tl"), ("Filipino", "tl"), ("中国語（繁体字）", "zh-Hant"),
    ("台湾華語", "zh-Hant"), ("繁体字", "zh-Hant"), ("中国語（簡体字）", "zh-Hans"),
    ("普通話", "zh-Hans"), ("ベトナム", "vi"), ("Tiếng Việt", "vi"), ("tieng viet", "vi"),
    ("ネパール", "ne"), ("한국어", "ko"), ("zh-hant", "zh-Hant"), ("PT-BR", "pt-BR"),
    ("Portuguese", "pt-BR"), ("やさしい日本語", "ja-x-easy"),
])
def test_language_names_as_people_write_them(word, code):
    assert vocabulary("languages")[value_key(word)] == code


def test_a_name_two_languages_share_is_nobodys():
    # 中国語 is simplified or traditional: the coordinator chooses, the import does not guess.
    assert value_key("中国語") not in vocabulary("languages")
    assert value_key("Chinese") not in vocabulary("languages")


def test_a_language_added_to_the_catalog_is_read_with_no_code(tmp_path, monkeypatch):
    source = asset_path("languages", "catalog.toml").read_text(encoding="utf-8")
    extra = ('\n[[language]]\ncode = "uk"\nnative = "Українська"\njapanese = "ウクライナ語"\n'
             'english = "Ukrainian"\nscript = "Cyrl"\ndirection = "ltr"\nfont = "Noto Sans"\n')
    (tmp_path / "catalog.toml").write_text(source + extra, encoding="utf-8")
    grown = load_catalog(tmp_path / "catalog.toml")
    caches = (vocabulary, missing_languages, accepted)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(import_vocabulary, "_catalog", lambda: grown)
    try:
        words = vocabulary("languages")
        assert {words[value_key(w)] for w in ("ウクライナ語", "ウクライナ", "Ukrainian",
                                              "українська", "uk")} == {"uk"}
        # No longer "not in the catalog".
        assert value_key("ウクライナ語") not in missing_languages()
        assert "、ウクライナ語" in accepted("languages")["accepted"].worded("ja")
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_languages_known_to_be_missing_never_shadow_the_catalog():
    missing = missing_languages()
    assert missing[value_key("広東語")].english == "Cantonese"
    assert missing[value_key("Cantonese")].nearest == ("zh-Hant", "zh-Hans")
    assert not set(missing).intersection(vocabulary("languages"))
    import tomllib

    raw = tomllib.loads(asset_path("registry", "import_values.toml").read_text("utf-8"))
    codes = {lang.code for lang in catalog()}
    for code, entry in raw["languages"]["not_in_catalog"].items():
        assert code not in codes and set(entry["nearest"]) <= codes, code


def test_every_data_word_is_read_as_its_own_code():
    import tomllib

    raw = tomllib.loads(asset_path("registry", "import_values.toml").read_text("utf-8"))
    for field, listed in raw["words"].items():
        for code, words in listed.items():
            for word in words:
                assert vocabulary(field)[value_key(word)] == code, (field, word)
    for code, words in raw["languages"]["spellings"].items():
        for word in words:
            assert vocabulary("languages")[value_key(word)] == code, word


# -- what problems say, and choosing ---------------------------------------------------------------
def test_the_coordinators_list_from_the_issue_imports_without_a_problem(registry, tmp_path):
    text = ("氏名,ふりがな,国籍,話せる言語,日本語,通訳,食事,アレルギー,避難所内の場所,入所日,備考\r\n"
            "テイン・ミン,ていん みん,ミャンマー,ビルマ語,少し,要,ハラル,たまご、小麦,体育館 A,"
            "2026/12/6,\r\n"
            "マリア・サントス,まりあ さんとす,フィリピン,タガログ,日常会話,不要,,えび,和室 2,"
            "2026/12/6,\r\n"
            "グエン・ヴァン・アン,ぐえん,ベトナム,ベトナム語、英語,話せない,○,ベジタリアン,,"
            "体育館 B,2026/12/7,夜勤\r\n"
            "佐藤 一郎,さとう いちろう,日本,日本語,ネイティブ,×,,,和室 1,2026/12/7,\r\n"
            "王 芳,おう ほう,台湾,台湾華語,やさしい日本語,はい,,ピーナッツ,体育館 C,2026/12/7,\r\n")
    preview = read_csv(_write(tmp_path / "名簿.csv", text, "cp932"), registry)
    assert preview.problems == []
    assert preview.mapping["話せる言語"] == "languages"
    assert preview.mapping["避難所内の場所"] == "area"
    assert preview.mapping["入所日"] == "checked_in_at"
    import_preview(registry, preview)
    found = {p.display_name: (p.languages, p.japanese_ability, p.interpreter_needed)
             for p in registry.search("")}
    assert found["テイン・ミン"] == (["my"], "easy", True)
    assert found["マリア・サントス"] == (["tl"], "conversational", False)
    assert found["グエン・ヴァン・アン"] == (["vi", "en"], "none", True)
    assert found["佐藤 一郎"] == (["ja"], "fluent", False)
    assert found["王 芳"] == (["zh-Hant"], "easy", True)


def test_an_unknown_value_lists_the_accepted_values_in_both_languages(registry, tmp_path):
    text = "氏名,言語,日本語,通訳,アレルギー\r\nA,vi,ぼちぼち,たぶん,たまご;ユニコーン\r\n"
    preview = read_csv(_write(tmp_path / "bad.csv", text), registry)
    ability, flag, allergen = preview.problems
    assert (ability.code, flag.code, allergen.code) == (
        "import_unknown_value", "import_bad_flag", "import_unknown_value")
    assert "日常会話ができる" in message(ability.code, "ja", **ability.params)
    assert "Conversational" in message(ability.code, "en", **ability.params)
    assert "conversational" in message(ability.code, "en", **ability.params)      # the code
    # The window names values, never codes.
    assert "conversational" not in gui_message(ability.code, "en", **ability.params)
    assert "はい" in message(flag.code, "ja", **flag.params)
    assert "いいえ" in message(flag.code, "en", **flag.params)
    said = message(allergen.code, "ja", **allergen.params)
    assert "ユニコーン" in said and "小麦" in said and "{" not in said


def test_a_language_not_in_the_catalog_is_named_as_such_with_the_nearest(registry, tmp_path):
    text = "氏名,言語\r\nA,広東語\r\nB,英語、クルド語\r\nC,Cantonese\r\n"
    preview = read_csv(_write(tmp_path / "yue.csv", text), registry)
    codes = [p.code for p in preview.problems]
    assert codes == ["import_language_not_listed_nearest", "import_language_not_listed",
                     "import_language_not_listed_nearest"]
    said = message(preview.problems[0].code, "en", **preview.problems[0].params)
    assert "広東語 (Cantonese) is not in the program's language list" in said
    assert "Chinese (Traditional)" in said
    said = message(preview.problems[1].code, "ja", **preview.problems[1].params)
    assert "クルド語" in said and "言語一覧にありません" in said and "ベトナム語" in said


def test_distinct_unknown_words_are_listed_once_and_can_be_given_a_value(registry, tmp_path):
    text = ("氏名,言語,日本語,通訳\r\n"
            "A,広東語,ぼちぼち,たぶん\r\n"
            "B,英語;広東語,ぼちぼち,はい\r\n"
            "C,ｸﾙﾄﾞ語,ﾎﾞﾁﾎﾞﾁ,はい\r\n")
    path = _write(tmp_path / "words.csv", text)
    preview = read_csv(path, registry)
    assert [(u.field, u.text, u.rows) for u in preview.unknown_values] == [
        ("languages", "広東語", 2), ("japanese_ability", "ぼちぼち", 3),
        ("interpreter_needed", "たぶん", 1), ("languages", "ｸﾙﾄﾞ語", 1)]
    values = {"languages": {"広東語": "zh-Hant", "クルド語": None},
              "japanese_ability": {"ぼちぼち": "easy"}, "interpreter_needed": {"たぶん": True}}
    preview = read_csv(path, registry, values=values)
    assert preview.problems == [] and preview.unknown_values == []
    assert [dict(values) for _line, values in preview.records] == [
        {"display_name": "A", "languages": ("zh-Hant",), "japanese_ability": "easy",
         "interpreter_needed": True},
        {"display_name": "B", "languages": ("en", "zh-Hant"), "japanese_ability": "easy",
         "interpreter_needed": True},
        {"display_name": "C", "languages": (), "japanese_ability": "easy",
         "interpreter_needed": True}]


def test_a_chosen_value_wins_over_the_vocabulary(registry, tmp_path):
    path = _write(tmp_path / "office.csv", "氏名,言語,日本語\r\nA,vi,少し\r\n")
    preview = read_csv(path, registry, values={"japanese_ability": {"少し": "conversational"}})
    assert preview.records[0][1]["japanese_ability"] == "conversational"


def test_choices_are_worded_for_people_and_answers_resolve_to_codes():
    assert choices("japanese_ability")[0] == "none"
    assert choice_label("languages", "my", "ja") == "ミャンマー語（ビルマ語）"
    assert choice_label("languages", "my", "en") == "Burmese"
    assert choice_label("consent_share", True, "ja") == "はい"
    assert resolve_choice("languages", "中国語（繁体字）") == "zh-Hant"
    assert resolve_choice("languages", "zh-Hant") == "zh-Hant"
    assert resolve_choice("interpreter_needed", "不要") is False
    assert resolve_choice("diets", "") is None
    with pytest.raises(UserError) as refused:
        resolve_choice("diets", "unicorn")
    assert "Halal" in message(refused.value.code, "en", **refused.value.params)
