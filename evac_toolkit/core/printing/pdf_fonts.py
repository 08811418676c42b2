"""Register fonts with ReportLab and turn multilingual text into shaped paragraph markup."""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl_paragraph

from evac_toolkit.core import fonts
from evac_toolkit.core.languages import Language

# ReportLab shapes with discretionary ligatures ("dlig") switched on. The OpenType spec says they
# are off unless a user asks, and Noto Sans CJK uses dlig for squared unit glyphs: "ビル" in
# "ビルマ語" printed as one tiny ㍲-like glyph. Shape with the default features instead.
_SHAPING_FEATURES = {"kern": True, "liga": True}


def _shape_each_font(word, features=_SHAPING_FEATURES, force=False):
    """Shape a paragraph word one font run at a time.

    ReportLab shapes a whole word with the font of its first fragment, so "ไหม?" (Thai, then a
    "?" from the Latin fallback font) drew the question mark as Thai's .notdef box. Splitting the
    word where the font changes gives each run its own font's glyphs.
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    frags = word[1:]
    groups: list[list] = []
    for frag in frags:
        name = getattr(frag[0], "fontName", None)
        if groups and not hasattr(frag[0], "cbDefn") and \
                getattr(groups[-1][-1][0], "fontName", None) == name:
            groups[-1].append(frag)
        else:
            groups.append([frag])
    if len(groups) <= 1:
        return ttfonts.shapeFragWord(word, features, force)
    shaped_frags: list = []
    total = 0.0
    any_shaped = False
    for group in groups:
        width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in group
                    if not hasattr(f, "cbDefn"))
        result = ttfonts.shapeFragWord([width, *group], features, True)
        any_shaped = any_shaped or isinstance(result, ttfonts.ShapedFragWord)
        total += result[0]
        shaped_frags.extend(result[1:])
    if not any_shaped:
        return word
    return ttfonts.makeShapedFragWord(word)([total, *shaped_frags])


_rl_paragraph.shapeFragWord = _shape_each_font


@cache
def pdf_font(family: str, weight: int = fonts.REGULAR) -> str:
    """ReportLab name of ``family`` at ``weight``, registering (and instancing) it on first use."""
    name = f"{family.replace(' ', '')}-{weight}"
    font = TTFont(name, str(fonts.font_file(family, weight)))
    _prefer_canonical_code_points(font)
    pdfmetrics.registerFont(font)
    return name


def _prefer_canonical_code_points(font: TTFont) -> None:
    """Make text copied out of our PDFs read 日, not the Kangxi radical ⽇.

    After shaping, ReportLab writes each glyph as the *first* code point the font maps to it, and
    CJK fonts map radicals and compatibility ideographs (U+2Fxx, U+F9xx) to the same glyphs as the
    unified ideographs. Putting canonical code points first fixes the PDF's ToUnicode map.
    """
    for chars in font.face.glyphToChar.values():
        if len(chars) > 1:
            chars.sort(key=lambda c: (unicodedata.normalize("NFKC", chr(c)) != chr(c), c))


def markup(text: str, language: Language, weight: int = fonts.REGULAR) -> str:
    """Paragraph markup for ``text``: one ``<font>`` run per font that has the glyphs.

    The language's own font comes first; fallbacks (Latin, Japanese, pictograms) fill the rest.
    Raises ``UserError('missing_glyphs')`` before anything is drawn when no font has a character.
    """
    parts = []
    for family, run in fonts.font_runs(text, language.font):
        parts.append(f'<font name="{pdf_font(family, weight)}">{escape(run)}</font>')
    return "".join(parts)


def paragraph(text: str, language: Language, style: ParagraphStyle,
              weight: int = fonts.REGULAR) -> Paragraph:
    """A platypus paragraph of ``text`` shaped by HarfBuzz in the language's fonts.

    ReportLab shapes a paragraph only when its *style's* font is shapable, so the style is derived
    here with the language's own font; callers never pick fonts or the shaping flag themselves.
    """
    shaped = ParagraphStyle(
        f"{style.name}-{language.code}-{weight}", parent=style,
        fontName=pdf_font(language.font, weight), shaping=1,
        alignment=TA_RIGHT if language.rtl and style.alignment == TA_LEFT else style.alignment,
    )
    return Paragraph(markup(text, language, weight), shaped)
