"""A4 pages for drill printouts: the red drill band on every page, a footer with the page number,
shaped paragraphs in any script, and an atomic write (or the bytes, for a preview).

Role cards and the after-action report share this so that every sheet a drill produces says
"訓練 DRILL" the same way as the registry's drill printouts, and is never taken for a real one.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.atomic import write_output
from evac_toolkit.core.drills import wording
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import Language, catalog, get_language
from evac_toolkit.core.printing.pdf_fonts import paragraph, pdf_font
from evac_toolkit.core.registry.printouts import _drill_band

MARGIN = 14 * mm
#: What a flowable may take: the page less its margins and the frame's own 6 pt padding each side
#: (a table as wide as the margins allow stuck out of the frame by 12 pt).
FRAME_PADDING = 6
CONTENT_WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING


def para(text: str, language: Language, size: float, weight: int = fonts.REGULAR,
         align: int = TA_LEFT, color: str = "#000000", space_before: float = 0.0,
         space_after: float = 0.0) -> Paragraph:
    """A shaped paragraph with the line height the script needs. Easy Japanese's furigana
    markup is printed inline, in parentheses, as on the registry's printouts."""
    style = ParagraphStyle(f"drill{size:.2f}", fontSize=size, alignment=align, textColor=color,
                           leading=size * fonts.spec(language.font).leading,
                           spaceBefore=space_before, spaceAfter=space_after)
    shown = ruby.inline(text) if language.ruby else text
    return paragraph(shown, language, style, weight)


def ja(text: str, size: float, weight: int = fonts.REGULAR, **kwargs) -> Paragraph:
    return para(text, get_language("ja"), size, weight, **kwargs)


def en(text: str, size: float, weight: int = fonts.REGULAR, **kwargs) -> Paragraph:
    return para(text, get_language("en"), size, weight, **kwargs)


def text_language(text: str, *preferred: str) -> Language:
    """The language to set free text in (an alias, a title): the first of ``preferred``, then
    Japanese, then the catalog, whose fonts draw every character. When none can, the first is
    returned and ``paragraph`` raises ``missing_glyphs`` before anything is written."""
    candidates = [get_language(code) for code in (*preferred, "ja")] + list(catalog())
    for language in candidates:
        if not fonts.missing_glyphs(text, language.font):
            return language
    return candidates[0]


def check_glyphs(texts: list[tuple[str, Language]]) -> None:
    """Refuse, before anything is laid out, text that no installed font draws: a box in place
    of a word on a role card is a line the role player cannot say."""
    for text, language in texts:
        shown = ruby.inline(text) if language.ruby else text
        missing = fonts.missing_glyphs(shown, language.font)
        if missing:
            raise UserError("missing_glyphs", family=language.font, chars="".join(missing),
                            text=text)


def build(story: list[Flowable], out: Path | None, *, title: str, footer: str) -> bytes | None:
    """Lay ``story`` out on A4 pages, each with the drill band and ``footer · page``; write it
    atomically to ``out`` or return the bytes when ``out`` is None."""
    def decorate(canvas: Canvas, doc) -> None:
        canvas.saveState()
        _drill_band(canvas, *A4)
        page_ja, page_en = wording.bilingual(lambda t: t.pgettext("drill footer", "page"))
        line = ja(f"{footer} · {canvas.getPageNumber()} {page_ja} / {page_en}", 7.5,
                  color="#444444")
        line.wrap(CONTENT_WIDTH, 10 * mm)
        line.drawOn(canvas, MARGIN + FRAME_PADDING, 8 * mm)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, author="evac-toolkit",
                            creator="evac-toolkit (offline)", leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=MARGIN + 4 * mm,
                            bottomMargin=MARGIN + 2 * mm, initialFontName=pdf_font("Noto Sans"))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    data = buffer.getvalue()
    if out is None:
        return data
    write_output(data, out)
    return None
