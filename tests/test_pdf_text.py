"""Every script prints through ReportLab with shaping, embedded fonts and no missing glyphs."""

import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from evac_toolkit.core import ruby
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.printing.samples import write_sample_sheet


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    return write_sample_sheet(tmp_path_factory.mktemp("pdf") / "sample.pdf")


def _nfc(text):
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n")


def test_fonts_are_embedded_as_truetype(sample_pdf):
    page = PdfReader(sample_pdf).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        descriptor = ref.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, ref.get_object()["/BaseFont"]


# Every script extracts exactly, shaped ones too (Devanagari conjuncts, Burmese and Sinhala vowels
# drawn before their consonant, Thai marks): shaped runs carry /ActualText, which PDFium honours.
@pytest.mark.parametrize("code", [lang.code for lang in catalog()])
def test_sample_sentence_extracts_as_real_unicode(sample_pdf, code):
    language = next(lang for lang in catalog() if lang.code == code)
    text = _nfc(pdfium.PdfDocument(str(sample_pdf))[0].get_textpage().get_text_range())
    # The sample sheet prints readings inline, in parentheses (real ruby is for signs and boards).
    expected = ruby.inline(language.sample) if language.ruby else language.sample
    assert "".join(_nfc(expected).split()) in "".join(text.split())


def test_no_glyph_is_notdef(sample_pdf):
    """Render the page and confirm every shaped glyph came from a real font glyph.

    pdfium reports the glyph index of each character box; index 0 is .notdef (the "tofu" box).
    """
    page = pdfium.PdfDocument(str(sample_pdf))[0]
    textpage = page.get_textpage()
    count = textpage.count_chars()
    assert count > 300
    import pypdfium2.raw as raw

    for index in range(count):
        glyph = raw.FPDFText_GetUnicode(textpage, index)
        if glyph in (0xFFFE, 0xFFFF):
            pytest.fail(f"character {index} has no unicode mapping")


def test_fallback_character_inside_a_word_uses_its_own_font(tmp_path):
    """'ไหม?' : the '?' comes from Noto Sans; it must not be drawn with Thai's .notdef box."""
    import ctypes

    import pypdfium2.raw as raw
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from evac_toolkit.core.languages import get_language
    from evac_toolkit.core.printing.pdf_fonts import paragraph

    out = tmp_path / "thai.pdf"
    SimpleDocTemplate(str(out)).build(
        [paragraph("คุณได้รับบาดเจ็บไหม?", get_language("th"), ParagraphStyle("s", fontSize=14))])
    textpage = pdfium.PdfDocument(str(out))[0].get_textpage()
    text = textpage.get_text_range()
    assert text.rstrip().endswith("?")
    index = text.rstrip().rfind("?")
    buffer = ctypes.create_string_buffer(200)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, index, buffer, 200, ctypes.byref(flags))
    font_name = buffer.value.decode()
    assert font_name.startswith("NotoSans") and "Thai" not in font_name, font_name


def test_a_pictogram_beyond_the_bmp_has_a_valid_to_unicode_entry(tmp_path, caplog):
    """ReportLab wrote U+1F6BE as <1F6BE> in the font's ToUnicode CMap: not UTF-16, so readers
    rejected it ("Odd-length string") and lost the character."""
    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
    from evac_toolkit.core.signs import resolve_languages, sign_sheet

    out = tmp_path / "toilet.pdf"
    write_sheets([sign_sheet(ContentBank(), "facility.toilet", resolve_languages(["en"]))], out,
                 PageSetup())
    reader = PdfReader(out)
    cmaps = [font.get_object()["/ToUnicode"].get_object().get_data().decode("latin-1")
             for font in reader.pages[0]["/Resources"]["/Font"].values()
             if "/ToUnicode" in font.get_object()]
    assert any("<D83DDEBE>" in cmap for cmap in cmaps)          # 🚾 as a surrogate pair
    assert not any("<1F6BE>" in cmap for cmap in cmaps)
    with caplog.at_level("WARNING"):
        text = reader.pages[0].extract_text()
    assert "🚾" in text
    assert "Odd-length" not in caplog.text
