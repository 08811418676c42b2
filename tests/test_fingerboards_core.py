"""Fingerboards without a screen: what a conversation captures, the body map, the booklet."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards import body_map
from evac_toolkit.core.fingerboards.conversation import (
    Conversation,
    registry_values,
    save_to_record,
    summary_lines_ja,
)
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.printing.booklet import write_booklet
from evac_toolkit.core.registry.store import Registry

BANK = ContentBank()


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def test_a_conversation_captures_exactly_what_was_pointed_at():
    talk = Conversation(BANK)
    talk.choose_language("my")
    talk.point("language_check.no_japanese")
    talk.point("staff.are_you_injured")
    talk.point("answers.yes")
    talk.point("staff.are_you_pregnant")
    talk.point("answers.no")                      # a "no" records nothing
    talk.point("body.knee_left")
    talk.point("pain.7")
    talk.point("allergens.egg")
    talk.point("diets.halal")
    summary = talk.summary()
    assert summary.language == "my" and summary.japanese_ability == "none"
    assert summary.flags == ["injured"] and summary.medical == []
    assert summary.body == ["knee_left"] and summary.pain == 7
    assert summary.allergens == ["egg"] and summary.diets == ["halal"]
    assert summary.interpreter_needed
    lines = summary_lines_ja(summary, BANK)
    assert "言語：ミャンマー語（ビルマ語）（မြန်မာဘာသာ）" in lines
    assert "・けがをしている" in lines and "痛む・けがの場所：左ひざ" in lines
    assert any(line.startswith("痛みの強さ：7 / 10") for line in lines)


def test_undo_removes_the_last_point_or_answer():
    talk = Conversation(BANK)
    talk.point("staff.are_you_injured")
    talk.point("answers.yes")
    talk.undo()
    assert talk.summary().flags == [] and talk.summary().answers == []
    talk.undo()
    assert talk.events == []


def test_retract_takes_back_a_card_and_the_answer_it_gave():
    talk = Conversation(BANK)
    talk.point("allergens.egg")
    talk.point("diets.halal")
    talk.point("allergens.egg")                   # pointed at twice
    talk.point("staff.are_you_pregnant")
    talk.point("answers.yes")
    talk.retract("allergens.egg")
    assert talk.summary().allergens == [] and talk.summary().diets == ["halal"]
    talk.retract("answers.yes")                   # the question stays, unanswered
    assert talk.summary().medical == [] and talk.summary().answers == []
    assert [e.item for e in talk.events] == ["diets.halal", "staff.are_you_pregnant"]


def test_the_summary_saves_into_a_record(tmp_path):
    registry = Registry.open(tmp_path)
    person = registry.add({"display_name": "Ko Aung", "allergens": ["milk"]})
    talk = Conversation(BANK)
    talk.choose_language("my")
    talk.point("staff.are_you_pregnant")
    talk.point("answers.yes")
    talk.point("allergens.egg")
    saved = save_to_record(registry, talk.summary(), BANK, person.id)
    assert saved.languages == ["my"] and saved.allergens == ["milk", "egg"]
    assert saved.medical == ["pregnant"] and saved.interpreter_needed is False
    assert "指さし" in saved.notes and "卵" in saved.notes
    new = save_to_record(registry, talk.summary(), BANK)
    assert new.id != person.id and new.medical == ["pregnant"]
    assert registry_values(talk.summary())["languages"] == ["my"]
    registry.close()


def test_an_injury_lands_in_registry_fields_not_only_in_the_notes(tmp_path):
    """Injured, right knee, pain 7: the medical need "injury", where and how much; Japanese
    stays unknown because nobody pointed at the language-check board."""
    registry = Registry.open(tmp_path)
    try:
        talk = Conversation(BANK)
        talk.choose_language("si")
        talk.point("staff.are_you_injured")
        talk.point("answers.yes")
        talk.point("body.knee_right")
        talk.point("pain.7")
        new = save_to_record(registry, talk.summary(), BANK)
        assert (new.medical, new.body_parts, new.pain_level) == (["injury"], ["knee_right"], 7)
        assert new.japanese_ability == "unknown" and new.interpreter_needed is False
        assert "右ひざ" in new.notes
        stats = registry.stats()
        assert stats.medical == {"injury": 1} and stats.japanese_ability["unknown"] == 1
        assert stats.japanese_ability["none"] == 0
        # A second conversation with the same person: another place, pain now 4, and the
        # language check answered.
        later = Conversation(BANK)
        later.choose_language("si")
        later.point("language_check.read_hiragana")
        later.point("body.ankle_left")
        later.point("pain.4")
        again = save_to_record(registry, later.summary(), BANK, new.id)
        assert again.body_parts == ["knee_right", "ankle_left"] and again.pain_level == 4
        assert again.medical == ["injury"] and again.japanese_ability == "easy"
        assert registry.stats().medical == {"injury": 1}
    finally:
        registry.close()


@pytest.mark.parametrize(("points", "injured"), [
    ([], False), (["staff.are_you_injured", "answers.no"], False), (["pain.0"], False),
    (["staff.are_you_injured", "answers.yes"], True), (["body.head"], True), (["pain.3"], True),
])
def test_which_conversations_record_an_injury(points, injured):
    talk = Conversation(BANK)
    for item in points:
        talk.point(item)
    values = registry_values(talk.summary())
    assert ("injury" in values["medical"]) is injured
    assert "japanese_ability" not in values


def test_every_body_map_item_has_a_region_and_hits_itself():
    items = {item["id"] for item in BANK.items if item["board"] == "body_map"}
    assert {region.item for region in body_map.regions()} == items
    for region in body_map.regions():
        x, y, w, h = region.box
        assert body_map.hit(region.side, x + w / 2, y + h / 2) is not None
    # The person's left knee is on the viewer's right in the front view.
    assert body_map.hit("front", 57, 146) == "body.knee_left"
    assert body_map.hit("front", 43, 146) == "body.knee_right"


def test_no_two_numbers_on_the_printed_body_map_overlap():
    """The face's parts were numbered inside a 15 mm head, their numbers on top of each other;
    the face is now drawn enlarged beside the figure and numbered there."""
    document = pdfium.PdfDocument(write_booklet(BANK, get_language("en"), None))
    page_index = next(i for i in range(len(document))
                      if "体の場所" in document[i].get_textpage().get_text_range()[:40])
    text = document[page_index].get_textpage()
    cards_top = min(text.get_charbox(i)[3] for i in range(text.count_chars())
                    if text.get_text_range(i, 1) == "前")        # the figure captions
    digits = [text.get_charbox(i) for i in range(text.count_chars())
              if text.get_text_range(i, 1).isdigit() and text.get_charbox(i)[1] > cards_top]
    assert len(digits) > 40                       # every region of both sides is numbered

    def overlap(a, b):
        return min(a[2], b[2]) - max(a[0], b[0]) > 0.3 and min(a[3], b[3]) - max(a[1], b[1]) > 0.3

    clashes = [(a, b) for n, a in enumerate(digits) for b in digits[n + 1:] if overlap(a, b)]
    assert clashes == []


@pytest.mark.parametrize("code", ["my", "si", "ne", "th", "vi"])
def test_booklet_text_is_exact_in_the_chosen_language(code):
    language = get_language(code)
    data = write_booklet(BANK, language, None)
    document = pdfium.PdfDocument(data)
    text = squash("".join(document[i].get_textpage().get_text_range()
                          for i in range(len(document))))
    for key in ("staff.are_you_injured", "evacuee.cannot_eat_some_foods", "allergens.egg",
                "diets.halal", "pain.7", "body.knee_left"):
        assert squash(BANK.text(code, key)) in text, key
        assert squash(BANK.text("ja", key)) in text, key
    for other in catalog():                         # the language-check page names them all
        assert squash(other.native) in text


def test_an_untranslated_phrase_says_so_on_its_card(tmp_path):
    overlay = tmp_path / "content"
    overlay.mkdir()
    bank = ContentBank(overlay=overlay)
    bank.files("fingerboards", "vi")[0].texts.pop("staff.need_doctor")   # as if never written
    data = write_booklet(bank, get_language("vi"), None)
    document = pdfium.PdfDocument(data)
    text = squash("".join(document[i].get_textpage().get_text_range()
                          for i in range(len(document))))
    assert squash("（この言語の文はまだありません）") in text
    assert squash(BANK.text("ja", "staff.need_doctor")) in text


def test_cli_prints_a_booklet_and_refuses_bad_input(tmp_path, capsys):
    out = tmp_path / "vi.pdf"
    assert main(["board", "print", "--language", "vi", "--out", str(out)]) == 0
    assert len(pdfium.PdfDocument(out)) >= 10
    assert main(["board", "print", "--language", "xx", "--out", str(tmp_path / "x.pdf")]) == 2
    assert main(["board", "print", "--language", "vi", "--out",
                 str(tmp_path / "missing" / "x.pdf")]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vi.pdf"]
