import pytest
from fontTools.ttLib import TTFont

from evac_toolkit.core import fonts
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog


@pytest.mark.parametrize("family", list(fonts.font_specs()))
def test_every_configured_font_is_installed_with_truetype_outlines(family):
    font = TTFont(fonts.spec(family).file, lazy=True)
    assert "glyf" in font, f"{family} has no TrueType outlines; ReportLab cannot embed it"
    assert "CFF " not in font


@pytest.mark.parametrize("language", catalog(), ids=lambda lang: lang.code)
def test_each_language_font_covers_its_sample(language):
    assert fonts.missing_glyphs(language.sample, language.font) == []


def test_a_script_no_font_covers_is_an_error_not_a_box():
    ethiopic = "ሰላም"
    assert fonts.missing_glyphs(ethiopic, "Noto Sans") == list(ethiopic)
    with pytest.raises(UserError) as info:
        fonts.font_runs("Hello ሰላም", "Noto Sans")
    assert info.value.code == "missing_glyphs"
    assert info.value.params["chars"] == "ሰላም"


def test_runs_fall_back_to_japanese_and_pictograms():
    runs = fonts.font_runs("မြန်မာ (ビルマ) 🚻", "Noto Sans Myanmar")
    families = [family for family, _ in runs]
    assert families[0] == "Noto Sans Myanmar"
    assert "Noto Sans JP" in families and "Noto Emoji" in families
    assert "".join(text for _, text in runs) == "မြန်မာ (ビルマ) 🚻"


def test_thin_variable_cjk_fonts_get_a_real_regular_instance():
    assert fonts.needs_instance("Noto Sans JP", fonts.REGULAR)
    assert not fonts.needs_instance("Noto Sans Myanmar", fonts.REGULAR)
    path = fonts.font_file("Noto Sans JP", fonts.REGULAR)
    assert path != fonts.spec("Noto Sans JP").file
    static = TTFont(path, lazy=True)
    assert "fvar" not in static and "glyf" in static
    assert fonts.font_file("Noto Sans JP", fonts.REGULAR) == path  # cached, not rebuilt


def test_regular_instance_is_heavier_than_the_thin_default():
    """The point of instancing: the derived outlines really are regular weight."""
    def ink(path):
        font = TTFont(path)
        glyph_set = font.getGlyphSet()
        from fontTools.pens.areaPen import AreaPen

        pen = AreaPen(glyph_set)
        glyph_set[font.getBestCmap()[ord("難")]].draw(pen)
        return abs(pen.value)

    thin = ink(fonts.spec("Noto Sans JP").file)
    regular = ink(fonts.font_file("Noto Sans JP", fonts.REGULAR))
    assert regular > thin * 1.8
