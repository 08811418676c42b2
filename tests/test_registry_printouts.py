"""Printouts from the registry, read back from the real PDFs: extracted text, decoded QR codes,
counts, and the privacy rules (no names on cards or in QR codes, protected people by card ID)."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pytest
import zxingcpp

from evac_toolkit.core import fonts
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.printouts import handover_sheet, kitchen_sheet, needs_card
from evac_toolkit.core.registry.store import Registry


def pages(path) -> list[str]:
    """Each page's text, NFC, with all whitespace removed (lines wrap where layout decides)."""
    doc = pdfium.PdfDocument(str(path))
    texts = []
    for page in doc:
        text = unicodedata.normalize("NFC", page.get_textpage().get_text_range())
        texts.append("".join(text.split()))
    return texts


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def qr_codes(path) -> list[str]:
    image = pdfium.PdfDocument(str(path))[0].render(scale=4).to_pil()
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.fixture
def registry(data_home):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


@pytest.fixture
def burmese(registry):
    return registry.add({
        "display_name": "Aung Kyaw Moe", "name_reading": "アウン・チョー・モー",
        "languages": ["my", "en"], "japanese_ability": "easy", "interpreter_needed": True,
        "diets": ["no_pork"], "allergens": ["shrimp", "egg"], "medical": ["pregnant"],
        "religious": ["prayer_time_place"],
        "allergens_other": "kiwi jam from Mandalay", "notes": "sleeps near exit B"})


def test_card_prints_needs_in_japanese_and_burmese_and_no_name(registry, burmese, tmp_path):
    out = needs_card(registry, burmese.id, tmp_path / "card.pdf")
    [text] = pages(out)
    for expected in (burmese.card_id, "မြန်မာဘာသာ", "ミャンマー語", "English", "英語",
                     "やさしい日本語ならわかる", "通訳が必要", "豚肉を食べない", "ဝက်သားမစား",
                     "えび", "ပုစွန်", "卵", "ကြက်ဥ", "妊娠中", "お祈りの時間と場所が必要です。"):
        assert squeeze(expected) in text, expected
    # No name, no reading, no free text.
    for private in ("Aung", "Kyaw", "アウン", "kiwi", "Mandalay", "exit"):
        assert private not in text


def test_card_qr_holds_codes_only(registry, burmese, tmp_path):
    out = needs_card(registry, burmese.id, tmp_path / "card.pdf")
    assert qr_codes(out) == [
        f"EVAC1|card={burmese.card_id}|lang=my,en|ja=easy|interp=1|diet=no_pork"
        "|allergy=shrimp,egg|med=pregnant|rel=prayer_time_place"]
    payload = qr_codes(out)[0]
    for private in ("Aung", "Kyaw", "Moe", "アウン", "kiwi", "Mandalay", "exit"):
        assert private not in payload


def test_card_of_an_injured_person_says_where_and_how_much(registry, tmp_path):
    """Saved from a fingerboard: injured, right knee, pain 7; nobody asked about Japanese."""
    person = registry.add({"display_name": "Nimal Perera", "languages": ["si"],
                           "medical": ["injury"], "body_parts": ["knee_right", "ankle_left"],
                           "pain_level": 7})
    out = needs_card(registry, person.id, tmp_path / "card.pdf")
    [text] = pages(out)
    assert squeeze("けが・痛み（右ひざ・左の足首、痛み 7/10）") in text
    assert "不明" in text                                  # Japanese: unknown, not "none"
    assert qr_codes(out) == [f"EVAC1|card={person.card_id}|lang=si|ja=unknown|interp=0"
                             "|med=injury|body=knee_right,ankle_left|pain=7"]


def test_sinhala_label_card(registry, tmp_path):
    person = registry.add({"display_name": "Nimal Perera", "languages": ["si"],
                           "allergens": ["shrimp", "milk"], "diets": ["vegetarian"]})
    out = needs_card(registry, person.card_id, tmp_path / "label.pdf", size="label")
    doc = pdfium.PdfDocument(str(out))
    width, height = doc[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (100, 62)
    [text] = pages(out)
    for expected in ("සිංහල", "シンハラ語", "ඉස්සන්", "えび", "乳（牛乳・乳製品）", "ベジタリアン", "නිර්මාංශ"):
        assert squeeze(expected) in text, expected
    assert "Nimal" not in text
    assert qr_codes(out) == [f"EVAC1|card={person.card_id}|lang=si|ja=unknown|interp=0"
                             "|diet=vegetarian|allergy=shrimp,milk"]


def test_card_too_full_for_a_label_leaves_no_file(registry, tmp_path):
    person = registry.add({"languages": ["my"], "allergens": list(codes.allergens()[:12])})
    with pytest.raises(UserError) as error:
        needs_card(registry, person.id, tmp_path / "label.pdf", size="label")
    assert error.value.code == "card_too_full"
    assert error.value.params["card"] == person.card_id
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".label*")) == []
    # The same person fits an A6 card.
    assert needs_card(registry, person.id, tmp_path / "a6.pdf").is_file()


def test_unknown_evacuee_raises_and_writes_nothing(registry, tmp_path):
    out = tmp_path / "out" / "card.pdf"
    out.parent.mkdir()
    with pytest.raises(UserError) as error:
        needs_card(registry, "NOSUCH", out)
    assert error.value.code == "registry_not_found"
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("make", ["card", "kitchen", "handover"])
def test_unwritable_output_leaves_no_partial_file(registry, burmese, tmp_path, make):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "taken"
    target.mkdir()   # a folder where the file should go: the final rename fails
    with pytest.raises(UserError) as error:
        if make == "card":
            needs_card(registry, burmese.id, target)
        elif make == "kitchen":
            kitchen_sheet(registry, target)
        else:
            handover_sheet(registry, target)
    assert error.value.code == "output_unwritable"
    assert [p.name for p in folder.iterdir()] == ["taken"]
    assert list(target.iterdir()) == []
    with pytest.raises(UserError) as error:
        needs_card(registry, burmese.id, tmp_path / "missing" / "card.pdf")
    assert error.value.code == "output_unwritable"


@pytest.fixture
def population(registry):
    """Three present people, one who left and one deleted (neither counts)."""
    people = {
        "ana": registry.add({"display_name": "Ana Souza", "languages": ["pt-BR"],
                             "diets": ["halal"], "allergens": ["shrimp", "egg"],
                             "interpreter_needed": True}),
        "binh": registry.add({"display_name": "Tran Binh", "languages": ["vi"],
                              "diets": ["halal"], "allergens": ["shrimp"],
                              "medical": ["dialysis"], "interpreter_needed": True}),
        "hidden": registry.add({"display_name": "Secret Person", "name_reading": "ヒミツ",
                                "languages": ["my"], "diets": ["vegan"],
                                "allergens": ["shrimp", "peanut"], "medical": ["dialysis"],
                                "interpreter_needed": True, "do_not_disclose": True,
                                "allergens_other": "kiwi"}),
        "gone": registry.add({"display_name": "Gone Away", "languages": ["ko"],
                              "diets": ["kosher"], "allergens": ["crab"]}),
        "deleted": registry.add({"display_name": "Deleted One", "languages": ["th"],
                                 "allergens": ["buckwheat"]}),
    }
    registry.check_out(people["gone"].id)
    registry.delete(people["deleted"].id)
    registry.set_shelter(name="中央公民館", capacity=50)
    return people


def test_kitchen_counts_present_people_largest_first(registry, population, tmp_path):
    [text] = pages(kitchen_sheet(registry, tmp_path / "kitchen.pdf", meal="夕食"))
    assert "在所者Peoplepresent:3人" in text
    assert "中央公民館" in text and "夕食" in text
    # Each row reads pictogram, Japanese, English, count.
    for row in ("ハラール（イスラム教の食事）Halal2", "ビーガン", "Vegan(noanimalproducts)1",
                "えびShrimp,prawn3", "卵Egg1", "Peanut1", "Other(writtenintheregistry:ask)1"):
        assert row in text, row
    assert text.index("Shrimp,prawn3") < text.index("Egg1")
    assert text.index("Halal2") < text.index("Vegan(")
    # Who left and who was deleted is not counted; no names without include_names.
    for absent in ("Kosher", "Crab", "Buckwheat", "Ana", "Binh", "kiwi"):
        assert absent not in text


def test_kitchen_names_hide_protected_people(registry, population, tmp_path):
    texts = pages(kitchen_sheet(registry, tmp_path / "kitchen.pdf", include_names=True))
    text = "".join(texts)
    assert "AnaSouza" in text and "TranBinh" in text
    assert "Secret" not in text and "ヒミツ" not in text and "kiwi" not in text
    hidden = population["hidden"].card_id
    assert f"{hidden}（保護）" in text
    # Listed under each of their needs (vegan, shrimp, peanut, other allergy), by card ID.
    assert text.count(hidden) == 4


def test_handover_sheet(registry, population, tmp_path):
    text = "".join(pages(handover_sheet(registry, tmp_path / "handover.pdf")))
    assert "中央公民館" in text and "在所者3人／定員50人" in text
    for language in ("ポルトガル語（ブラジル）", "ベトナム語", "ミャンマー語（ビルマ語）"):
        assert language in text
    assert "韓国語" not in text and "タイ語" not in text
    assert "通訳が必要な人（3人）" in text
    for person in ("ana", "binh"):
        assert population[person].card_id in text
    assert "AnaSouza" in text and "TranBinh" in text
    hidden = population["hidden"].card_id
    assert f"{hidden}（保護）" in text
    assert "Secret" not in text and "ヒミツ" not in text and "kiwi" not in text
    assert "人工透析2人" in text
    assert "けが・痛み" not in text                     # nobody injured yet: no row


def test_handover_lists_the_injured_with_where_and_how_much(registry, population, tmp_path):
    hurt = registry.add({"display_name": "Nimal", "languages": ["si"], "medical": ["injury"],
                         "body_parts": ["knee_right"], "pain_level": 7})
    text = "".join(pages(handover_sheet(registry, tmp_path / "handover.pdf")))
    assert f"けが・痛み1人{hurt.card_id}（右ひざ、痛み7/10）" in text
    assert "不明4人" in text              # nobody was asked about Japanese: counted apart
    assert "ハラール（イスラム教の食事）2人" in text and "えび3人" in text


def test_long_lists_continue_on_more_pages(registry, tmp_path):
    registry.add_many([{"display_name": f"Person {n}", "languages": ["vi"],
                        "interpreter_needed": True, "allergens": ["egg"]} for n in range(120)])
    handover = pages(handover_sheet(registry, tmp_path / "handover.pdf"))
    assert len(handover) >= 3
    listed = sum(page.count("Person") for page in handover)
    assert listed == 120
    # The table's title and header repeat on each page it continues on.
    assert all("通訳が必要な人" in page for page in handover[1:])


def test_drill_marks_every_page(registry, population, tmp_path):
    registry.add_many([{"display_name": f"Person {n}", "languages": ["vi"],
                        "allergens": ["egg"]} for n in range(80)])
    outputs = [
        needs_card(registry, population["ana"].id, tmp_path / "a6.pdf", drill=True),
        needs_card(registry, population["ana"].id, tmp_path / "label.pdf", "label", drill=True),
        kitchen_sheet(registry, tmp_path / "kitchen.pdf", include_names=True, drill=True),
        handover_sheet(registry, tmp_path / "handover.pdf", drill=True),
    ]
    for out in outputs:
        texts = pages(out)
        assert all("訓練" in page for page in texts), out.name
    assert len(pages(outputs[2])) > 1
    assert not any("訓練" in page for page in pages(
        handover_sheet(registry, tmp_path / "real.pdf")))


def test_a_name_no_font_can_draw_raises_before_writing(registry, tmp_path):
    name = "\U00013000"   # an Egyptian hieroglyph: no bundled font has it
    assert fonts.missing_glyphs(name, "Noto Sans JP")
    registry.add({"display_name": name, "allergens": ["egg"]})
    with pytest.raises(UserError) as error:
        kitchen_sheet(registry, tmp_path / "kitchen.pdf", include_names=True)
    assert error.value.code == "missing_glyphs"
    assert list(tmp_path.glob("*kitchen*")) == []
