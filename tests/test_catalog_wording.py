"""Wording that used to be chosen by a ternary on the interface language now comes from the
catalogs: Japanese and English read as before, and a language with no catalog of its own (a
Vietnamese interface before vi.po exists) falls back to English rather than to Japanese or codes.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from evac_toolkit.core.languages import display_name, get_language
from evac_toolkit.core.printing.two_languages import TwoLanguages
from evac_toolkit.core.punctuation import join_list, with_detail
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.field_labels import FIELD_LABELS, field_label
from evac_toolkit.core.registry.printouts import handover_sheet, kitchen_sheet
from evac_toolkit.core.registry.store import Registry

#: An interface language the program has no catalog for.
NO_CATALOG = "xx"


def test_language_names_follow_the_interface_language():
    burmese = get_language("my")
    assert display_name(burmese, "ja") == burmese.japanese == "ミャンマー語（ビルマ語）"
    assert display_name("my", "en") == "Burmese"
    assert display_name("my", NO_CATALOG) == "Burmese"
    assert display_name("not-a-language", "ja") == "not-a-language"


def test_punctuation_is_the_interface_languages_own():
    assert join_list(["日本語", "英語"], "ja") == "日本語、英語"
    assert join_list(["Japanese", "English"], "en") == "Japanese, English"
    assert with_detail("けが・痛み", "右ひざ", "ja") == "けが・痛み（右ひざ）"
    assert with_detail("Injury or pain", "right knee", NO_CATALOG) == "Injury or pain (right knee)"


def test_two_languages_side_by_side_once_when_equal():
    assert TwoLanguages("ja", "en").pgettext("kitchen sheet", "Diets") == "食事の配慮 Diets"
    assert TwoLanguages("en", "en").pgettext("kitchen sheet", "Diets") == "Diets"
    assert TwoLanguages("ja", "en", " / ").pgettext("sign sheet", "no personal data") \
        == "個人情報なし / no personal data"


def test_code_labels_in_every_interface_language():
    assert codes.label("japanese_ability", "easy", "ja") == "やさしい日本語ならわかる"
    assert codes.label("japanese_ability", "easy", "en") == "Easy Japanese"
    assert codes.label("status", "left", "ja") == "退所"
    # Without a catalog: the registry's own lists in English, board items in the content's
    # words for that language when it has them, else English.
    assert codes.label("medical", "dialysis", NO_CATALOG) == "Dialysis"
    assert codes.label("diets", "halal", NO_CATALOG) == codes.label("diets", "halal", "en")
    assert codes.label("medical", "no_such_code", "ja") == "no_such_code"


def test_one_field_label_table():
    assert field_label("allergens", "ja") == "アレルギー"
    assert field_label("pain_level", "en") == "Pain (0–10)"
    assert field_label("pain_level", "ja", short=True) == "痛みの強さ"
    assert field_label("no_such_field", "ja") == "no_such_field"
    assert all(field_label(name, "ja") != label for name, label in FIELD_LABELS.items()), \
        "every field label has its Japanese"


def _text(path) -> str:
    return "".join("".join(page.get_textpage().get_text_range().split())
                   for page in pdfium.PdfDocument(str(path)))


@pytest.fixture
def registry(data_home):
    reg = Registry.open(data_home)
    reg.add({"display_name": "Tran Binh", "languages": ["vi"], "diets": ["halal"],
             "medical": ["injury"], "body_parts": ["knee_right"], "pain_level": 7,
             "interpreter_needed": True})
    yield reg
    reg.close()


def test_the_handover_sheet_in_the_staffs_language(registry, tmp_path):
    japanese = _text(handover_sheet(registry, tmp_path / "ja.pdf"))
    assert "引き継ぎシート" in japanese and "通訳が必要な人（1人）" in japanese
    english = _text(handover_sheet(registry, tmp_path / "en.pdf", language="en"))
    assert "Handoversheet" in english and "Needaninterpreter(1person)" in english
    assert "Vietnamese" in english and "(rightknee,pain7/10)" in english.lower()
    for word in ("引き継ぎ", "在所者", "ベトナム語", "人数", "ページ"):
        assert word not in english, word


def test_the_kitchen_sheet_in_two_chosen_languages(registry, tmp_path):
    text = _text(kitchen_sheet(registry, tmp_path / "k.pdf", languages=("en", "en")))
    assert "Kitchensheet:dietsandfoodallergies" in text and "Peoplepresent:1" in text
    assert "食事" not in text and "台所" not in text


def test_staff_sheets_follow_a_third_interface_language(registry, tmp_path):
    """Under a Japanese or English interface the staff's sheets stay Japanese (the kitchen's
    with English beside it), as they always were; under the Vietnamese catalog they are worded in
    Vietnamese (the kitchen's beside the Japanese)."""
    from babel.messages.pofile import read_po

    from evac_toolkit.core.paths import translations_dir
    from evac_toolkit.core.registry.printouts import kitchen_languages, staff_language

    assert staff_language("ja") == staff_language("en") == "ja"
    assert kitchen_languages("ja") == kitchen_languages("en") == ("ja", "en")
    assert staff_language("vi") == "vi" and kitchen_languages("vi") == ("ja", "vi")
    with (translations_dir() / "vi.po").open("rb") as handle:
        title = read_po(handle, locale="vi").get("Handover sheet", context="handover sheet")
    assert title is not None and title.string
    text = _text(handover_sheet(registry, tmp_path / "vi.pdf", language=staff_language("vi")))
    assert title.string.replace(" ", "") in text and "引き継ぎシート" not in text
