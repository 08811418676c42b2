"""Telling Simplified from Traditional Chinese output (issue 22: M2M-100's one "zh")."""

import pytest

from evac_toolkit.core.translation.han_script import HANS, HANT, _variants, han_variant


@pytest.mark.parametrize(("text", "variant"), [
    ("厕所在哪里？谢谢！", HANS),
    ("廁所在哪裡？謝謝！", HANT),
    ("请到这里来，医生马上来。", HANS),
    ("請到這裡來，醫生馬上來。", HANT),
    ("水", None),                         # shared by both
    ("トイレはどこですか", None),           # no Chinese at all
    ("", None),
])
def test_han_variant(text, variant):
    assert han_variant(text) == variant


def test_no_character_is_listed_as_both():
    simplified, traditional = _variants()
    assert not simplified & traditional
    assert len(simplified) > 250
