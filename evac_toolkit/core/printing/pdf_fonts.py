"""Register fonts with ReportLab and turn multilingual text into shaped paragraph markup."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import textobject as _rl_textobject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl_paragraph

from evac_toolkit.core import font_subsets, fonts
from evac_toolkit.core.languages import Language
from evac_toolkit.core.languages import catalog as languages_catalog

# ReportLab shapes with discretionary ligatures ("dlig") switched on. The OpenType spec says they
# are off unless a user asks, and Noto Sans CJK uses dlig for squared unit glyphs: "ビル" in
# "ビルマ語" printed as one tiny ㍲-like glyph. Shape with the default features instead.
_SHAPING_FEATURES = {"kern": True, "liga": True}
CJK_SCRIPTS = ("Jpan", "Hans", "Hant", "Hani")


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
    shaped_frags: list = []
    total = 0.0
    any_shaped = False
    for group in groups:
        if len(groups) == 1:
            result = ttfonts.shapeFragWord(word, features, force)
        else:
            width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize)
                        for f, text in group if not hasattr(f, "cbDefn"))
            result = ttfonts.shapeFragWord([width, *group], features, True)
        if isinstance(result, ttfonts.ShapedFragWord):
            any_shaped = True
            _attach_actual_text(result[1:], "".join(text for f, text in group
                                                   if not hasattr(f, "cbDefn")))
        total += result[0]
        shaped_frags.extend(result[1:])
    if not any_shaped:
        return word
    if len(groups) == 1:
        return result
    return ttfonts.makeShapedFragWord(word)([total, *shaped_frags])


# -- Text that copies out as what was written ----------------------------------------------------
# After shaping, ReportLab writes glyphs, each under the code point its cmap gives or a private-use
# one (conjuncts, Burmese medials drawn before their consonant). Copying such text, or extracting it
# for a test or a screen reader, gave private-use characters in visual order. Each shaped run now
# carries the text it was shaped from and is written inside a marked-content span with
# /ActualText (PDF 32000-1 §14.9.4), which PDF readers use instead of the glyphs' code points.

def _attach_actual_text(frags: list, text: str) -> None:
    """The first shaped string of a run carries the run's text, the rest carry none."""
    for index, (_frag, shaped) in enumerate(frags):
        if isinstance(shaped, ttfonts.ShapedStr):
            shaped.actual_text = text if index == 0 else ""


def _concatenate_actual_text(self, other, swap=False):
    mine = getattr(self, "actual_text", None)
    theirs = getattr(other, "actual_text", None) if isinstance(other, ttfonts.ShapedStr) \
        else str(other)
    joined = (_RL_SHAPED_RADD if swap else _RL_SHAPED_ADD)(self, other)
    if mine is not None and theirs is not None:
        joined.actual_text = theirs + mine if swap else mine + theirs
    return joined


_RL_SHAPED_ADD = ttfonts.ShapedStr.__add__
_RL_SHAPED_RADD = ttfonts.ShapedStr.__radd__
ttfonts.ShapedStr.__add__ = lambda self, other: _concatenate_actual_text(self, other)
ttfonts.ShapedStr.__radd__ = lambda self, other: _concatenate_actual_text(self, other, True)
_RL_FORMAT_TEXT = _rl_textobject.PDFTextObject._formatText
_RL_TO_UNICODE_CMAP = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return chr(code).encode("utf-16-be").hex().upper()
    return f"{code:04X}"


def _to_unicode_cmap(fontname, subset):
    """ReportLab's ToUnicode CMap with each character as UTF-16BE, as the PDF format requires:
    ReportLab writes a pictogram beyond U+FFFF as five hex digits (<1F6BE>), an invalid entry
    that text extraction rejects ("Odd-length string") and that maps 🚾 to nothing."""
    cmap = _RL_TO_UNICODE_CMAP(fontname, subset)
    lines = cmap.split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[start:start + len(subset)] = [f"<{index:02X}> <{_utf16_hex(code)}>"
                                        for index, code in enumerate(subset)]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def actual_text_hex(text: str) -> str:
    """``text`` as a PDF hex string in UTF-16BE with a byte-order mark (surrogate pairs for
    characters beyond the BMP, such as pictograms)."""
    return ("\ufeff" + text).encode("utf-16-be").hex().upper()


def _format_text_with_actual_text(self, text):
    code = _RL_FORMAT_TEXT(self, text)
    actual = getattr(text, "actual_text", None)
    if actual is None:
        return code
    return f"/Span <</ActualText <{actual_text_hex(actual)}>>> BDC {code} EMC"


_rl_textobject.PDFTextObject._formatText = _format_text_with_actual_text


def _set_rise(self, rise):
    """ReportLab's setRise looks at the last operator written, and a shaped run whose first glyph
    is raised (Arabic marks) has written none yet: IndexError. Same logic, guarded."""
    value = f"{_rl_textobject.fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise
        self._code[-1] = value
    else:
        self._rise = rise
        self._y -= rise
        self._code.append(value)


_rl_textobject.PDFTextObject.setRise = _set_rise
_rl_paragraph.shapeFragWord = _shape_each_font

# Page streams are zlib-compressed and then, by ReportLab's default, ASCII85-encoded: a binary
# PDF is as valid, a quarter smaller, and ReportLab's ASCII85 runs in pure Python (a third of a
# second for the sign set). Every printout imports this module, so all of them write binary.
rl_config.useA85 = 0


@cache
def pdf_font(family: str, weight: int = fonts.REGULAR) -> str:
    """ReportLab name of ``family`` at ``weight``, registering (and instancing) it on first use."""
    name = f"{family.replace(' ', '')}-{weight}"
    font = TTFont(name, str(fonts.font_file(family, weight)))
    _prefer_canonical_code_points(font)
    pdfmetrics.registerFont(font)
    if pdfmetrics.getFont(name).face.filename != font.face.filename:
        # registerFont maps a second file with an already-known PostScript name to the first.
        raise RuntimeError(f"{name}: ReportLab reused another file with the same PostScript name")
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


@lru_cache(maxsize=4096)
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
        # Chinese and Japanese have no spaces: lines may break between characters (with the
        # kinsoku rules ReportLab knows), otherwise a long sentence runs off the page.
        wordWrap="CJK" if language.script in CJK_SCRIPTS else style.wordWrap,
    )
    return _parsed_once(markup(text, language, weight), shaped)


#: Parsed fragments of markup already seen, by markup and every style attribute the parser copies
#: into them but the size.
_FRAGMENTS: dict[tuple, list] = {}
_FRAGMENTS_MAX = 4096


def _parsed_once(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(text, style)``, its markup parsed once per process: fitting a sign tries the
    same texts at several sizes, and parsing (an HTML parser in pure Python) was a third of
    building a paragraph. Later paragraphs get copies of the fragments, at their own size."""
    key = (text, style.fontName, str(style.textColor), str(style.backColor),
           style.textTransform, getattr(style, "underline", None), getattr(style, "strike", None))
    template = _FRAGMENTS.get(key)
    if template is None:
        built = Paragraph(text, style)
        if len(_FRAGMENTS) >= _FRAGMENTS_MAX:
            _FRAGMENTS.clear()
        _FRAGMENTS[key] = [frag.clone() for frag in built.frags]
        return built
    frags = []
    for frag in template:
        copy = frag.clone(fontSize=style.fontSize)
        # Lists a wrap may fill in belong to one paragraph each.
        for name in ("link", "us_lines"):
            if isinstance(getattr(copy, name, None), list):
                setattr(copy, name, list(getattr(copy, name)))
        frags.append(copy)
    return Paragraph(text, style, frags=frags)


#: A font with more code points than this (the CJK fonts) is registered for a short label only
#: as a subset of the label's glyphs: the whole font costs a tenth of a second and tens of MiB.
LARGE_FONT = 10_000


def _registered(family: str, weight: int) -> bool:
    return f"{family.replace(' ', '')}-{weight}" in pdfmetrics.getRegisteredFontNames()


@cache
def _needs_subset(family: str) -> bool:
    """Whether a label in ``family`` is set from a subset: a large font that is no fallback."""
    return family not in fonts.fallback_families() and fonts.code_point_count(family) > LARGE_FONT


def bundle_label_subsets(folder: Path, manifest: dict) -> list[Path]:
    """Derive into the bundle's font folder the label subsets a print run needs (the languages'
    own names beside a QR code), from the bundle's own instances (``manifest``: family → weight
    → file name), so the bundle prints them without writing to its cache."""
    made = []
    for language in languages_catalog():
        for family, run in fonts.font_runs(language.native, language.font):
            files = {int(weight): name for weight, name in manifest.get(family, {}).items()}
            if not _needs_subset(family) or fonts.REGULAR not in files:
                continue
            found = font_subsets.subset_file(folder / files[fonts.REGULAR], run, into=folder)
            if found is not None:
                made.append(found)
    return made


def _label_font(family: str, weight: int, text: str) -> str:
    """ReportLab name of a font with ``text``'s glyphs from ``family``: the whole font when it
    is small, already registered for this run or a fallback (every page's footer needs those),
    else a cached subset of it."""
    if _registered(family, weight) or not _needs_subset(family):
        return pdf_font(family, weight)
    subset = font_subsets.subset_file(fonts.font_file(family, weight), text)
    if subset is None:
        return pdf_font(family, weight)
    name = f"{family.replace(' ', '')}-{weight}-{subset.stem.rsplit('-', 1)[-1]}"
    pdfmetrics.registerFont(TTFont(name, str(subset)))
    return name


def label_paragraph(text: str, language: Language, style: ParagraphStyle,
                    weight: int = fonts.REGULAR) -> Paragraph:
    """:func:`paragraph` for a short label, such as a language's name beside a QR code: fonts
    the run needs for nothing else are not registered whole (see :func:`_label_font`)."""
    runs = [(_label_font(family, weight, run), run)
            for family, run in fonts.font_runs(text, language.font)]
    shaped = ParagraphStyle(
        f"{style.name}-{language.code}-{weight}-label", parent=style, fontName=runs[0][0],
        shaping=1,
        alignment=TA_RIGHT if language.rtl and style.alignment == TA_LEFT else style.alignment,
        wordWrap="CJK" if language.script in CJK_SCRIPTS else style.wordWrap,
    )
    return Paragraph("".join(f'<font name="{name}">{escape(run)}</font>' for name, run in runs),
                     shaped)
