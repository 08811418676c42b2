"""The pain scale's faces and the body map's captions in the core and on paper: a different face for
every level, drawn the same on screen and paper; Front/Back/Right/Left in both languages."""

from __future__ import annotations

import itertools

import pypdfium2 as pdfium
import pytest

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards import pain_faces
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.printing.booklet import write_booklet

BANK = ContentBank()


def test_every_step_of_the_scale_moves_the_mouth_and_the_brows_one_way():
    faces = [pain_faces.expression(level) for level in pain_faces.LEVELS]
    for before, after in itertools.pairwise(faces):
        assert after.mouth < before.mouth              # smile → frown, at every step
        assert after.brow > before.brow                # brows rise and knit, at every step
        assert after.squeeze >= before.squeeze and after.mouth_open >= before.mouth_open
        assert after.tears >= before.tears
    assert faces[0].mouth == 1 and faces[0].brow == 0 and faces[0].tears == 0
    assert faces[10].mouth == -1 and faces[10].squeeze == 1 and faces[10].tears == 2
    with pytest.raises(ValueError):
        pain_faces.expression(11)


def test_no_two_levels_share_their_marks_and_every_item_has_a_level():
    drawn = [tuple(pain_faces.marks(level)) for level in pain_faces.LEVELS]
    assert len(set(drawn)) == 11
    values = sorted(int(item["value"]) for item in BANK.items if item["board"] == "pain_scale"
                    and "value" in item)
    assert values == list(pain_faces.LEVELS)


def _page_image(level_page_text: str, code: str):
    document = pdfium.PdfDocument(write_booklet(BANK, get_language(code), None))
    index = next(i for i in range(len(document))
                 if level_page_text in document[i].get_textpage().get_text_range())
    return document, index


def test_the_booklet_pain_page_has_the_numbers_and_the_drawn_faces():
    document, index = _page_image(BANK.text("ja", "pain.7"), "si")
    text = document[index].get_textpage().get_text_range()
    for level in pain_faces.LEVELS:
        assert str(level) in text
        assert BANK.text("si", f"pain.{level}").split()[0] in text
    # The faces are drawn: the page carries the tint of level 0's face and of level 10's.
    image = document[index].render(scale=1).to_pil().convert("RGB")
    colours = {colour for _count, colour in image.getcolors(1 << 20)}
    for level in (0, 10):
        tint = pain_faces.tint(pain_faces.COLORS[level])
        wanted = tuple(int(tint[i:i + 2], 16) for i in (1, 3, 5))
        assert any(sum(abs(a - b) for a, b in zip(c, wanted, strict=True)) <= 6
                   for c in colours), level


@pytest.mark.parametrize("code", ["my", "si", "ja"])
def test_the_booklet_body_map_names_front_back_right_and_left_like_the_screen(code):
    document = pdfium.PdfDocument(write_booklet(BANK, get_language(code), None))
    page = next(document[i] for i in range(len(document))
                if "体の場所" in document[i].get_textpage().get_text_range()[:60])
    text = page.get_textpage().get_text_range()
    for key in ("body_map.front", "body_map.back", "body_map.right", "body_map.left"):
        assert BANK.text("ja", key) in text and BANK.text(code, key) in text, key
