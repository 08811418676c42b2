"""A message names a language in the language the message is written in.

The caller passes one value (``LanguageName("my")``), never a name per interface language; each
catalog's sentence reads it in its own words: 「ミャンマー語」 in Japanese, "Burmese" in English,
the Vietnamese catalog's own name (its entry under the context "language name") in Vietnamese.
The values stay plain strings wherever data leaves the program (JSON, ``str()``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from evac_toolkit.core.i18n import worded_params
from evac_toolkit.core.language_names import LanguageName, LanguageNames, language_name
from evac_toolkit.core.messages import MESSAGES, gui_message, message

ROOT = Path(__file__).resolve().parent.parent


def _vietnamese(english: str, context: str = "language name") -> str:
    """What translations/vi.po says for ``english``: the test follows the translators' file."""
    with (ROOT / "translations" / "vi.po").open("rb") as handle:
        entry = read_po(handle, locale="vi").get(english, context)
    assert entry is not None and entry.string and entry.string != english
    return entry.string


@pytest.fixture(scope="module")
def burmese_vi() -> str:
    return _vietnamese("Burmese")


def test_a_language_is_named_in_the_language_of_the_message(burmese_vi):
    params = {"code": "my", "language": LanguageName("my")}
    assert message("drill_suggest_signs", "ja", **params).startswith("ミャンマー語（ビルマ語）の掲示物")
    assert message("drill_suggest_signs", "en", **params).startswith(
        "No sign was printed in Burmese. In Signs, choose Burmese and")
    vietnamese = message("drill_suggest_signs", "vi", **params)
    assert vietnamese.count(burmese_vi) == 2
    assert "Burmese" not in vietnamese and "ミャンマー" not in vietnamese
    assert vietnamese.startswith(_vietnamese(
        "No sign was printed in {language}. In Signs, choose {language} and print the "
        "reception, toilet and meal signs, then put them up.", None)[:20])


def test_the_window_names_it_the_same_way(burmese_vi):
    """The same value fills the window's wording: here a pack for Burmese that is not there."""
    params = {"language": LanguageName("my"), "code": "my"}
    assert gui_message("mt_no_model", "ja", **params).startswith("ミャンマー語（ビルマ語）の機械翻訳")
    assert gui_message("mt_no_model", "en", **params).startswith(
        "There is no machine translation for Burmese.")
    assert burmese_vi in gui_message("mt_no_model", "vi", **params)


def test_a_list_of_languages_uses_each_language_s_names_and_separator():
    names = LanguageNames(["my", "th"])
    assert names.worded("ja") == "ミャンマー語（ビルマ語）、タイ語"
    assert names.worded("en") == "Burmese, Thai"
    assert names.worded("vi").startswith(_vietnamese("Burmese"))
    assert hash(names) == hash(LanguageNames(("my", "th")))


def test_a_language_the_catalog_lacks_is_shown_by_its_code():
    assert language_name("xx", "ja") == "xx"
    assert message("translate_same_language", "ja", language=LanguageName("xx")) == \
        "元の言語と訳す言語が同じ（xx）です。別の言語を選んでください。"


def test_the_values_are_plain_strings_outside_a_message():
    """Beside a sentence (a report's --json, an error's text) a name is a string: worded in the
    language asked for, and English when printed as it is."""
    params = {"alias": "Aye", "language": LanguageName("my"), "minutes": 4}
    assert worded_params(params, "ja") == {"alias": "Aye", "language": "ミャンマー語（ビルマ語）",
                                           "minutes": 4}
    json.dumps(worded_params(params, "en"))
    assert str(LanguageName("my")) == "Burmese" and f"{LanguageName('th')}" == "Thai"


def test_no_message_takes_a_name_per_language():
    """Every sentence takes one name; a {…_en} or {…_ja} twin would leave the third language
    without its own words."""
    for code, entry in MESSAGES.items():
        for wording in (entry.text, entry.gui):
            for text in (wording if isinstance(wording, tuple) else (wording,)):
                assert text is None or ("_en}" not in text and "_ja}" not in text), code


def test_a_sign_without_a_language_is_named_in_the_window_s_language(tmp_path, burmese_vi):
    import shutil

    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.signs import resolve_languages, sign_sheet

    root = tmp_path / "assets"
    shutil.copytree(ROOT / "assets" / "labels", root / "labels")
    (root / "labels" / "text" / "my.toml").unlink()        # no Burmese text at all
    bank = ContentBank(root)
    with pytest.raises(UserError) as raised:
        sign_sheet(bank, "facility.toilet", resolve_languages(["ja", "my"]))
    error = raised.value
    toilet_vi = bank.text("vi", "facility.toilet")
    assert toilet_vi and toilet_vi != bank.text("en", "facility.toilet")
    shown = gui_message(error.code, "vi", **error.params)
    assert toilet_vi in shown and burmese_vi in shown
    assert gui_message(error.code, "en", **error.params).startswith(
        f"“{bank.text('en', 'facility.toilet')}” has no text in Burmese yet")


def test_an_import_problem_lists_the_accepted_values_in_the_message_s_language():
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.registry.import_vocabulary import resolve_choice

    with pytest.raises(UserError) as raised:
        resolve_choice("languages", "Klingon")
    error = raised.value
    ja = gui_message(error.code, "ja", **error.params)
    en = gui_message(error.code, "en", **error.params)
    assert "ミャンマー語（ビルマ語）、タイ語" in ja and "Burmese, Thai" in en
    assert _vietnamese("Burmese") in gui_message(error.code, "vi", **error.params)
