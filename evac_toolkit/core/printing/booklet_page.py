"""A booklet page and its cards: what every board's page is drawn with (``booklet`` lays out
the boards, ``booklet_tools`` the numbers, clock and days pages)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards import pain_faces
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, display_name, get_language
from evac_toolkit.core.printing.pdf_fonts import paragraph
from evac_toolkit.core.printing.two_languages import STAFF_PAIR, TwoLanguages

MARGIN = 12 * mm
GAP = 3 * mm
#: What a phrase's number slot shows on paper ("___ minutes"): a blank to point at or write in.
BLANK = "___"


@dataclass
class _Page:
    canvas: Canvas
    width: float
    height: float
    language: Language
    number: int = 0
    drill: bool = False
    board: str = ""                      # the board being drawn: its first page gets an outline entry
    outlined: set[str] = field(default_factory=set)


def _text(bank: ContentBank, code: str, key: str) -> str | None:
    text = bank.text(code, key)
    return text.replace("{number}", BLANK) if text else text


def _shown(language: Language, text: str) -> str:
    return ruby.inline(text) if language.ruby else text


#: Scripts a line may break between any two characters; any other script breaks only between
#: words (Thai and Burmese write no spaces inside a phrase, and a cut there splits a syllable).
BREAK_ANYWHERE = ("Jpan", "Hans", "Hant")


def _para(text: str, language: Language, size: float, weight: int = fonts.REGULAR,
          align: int = TA_LEFT, color: str = "#000000"):
    leading = fonts.spec(language.font).leading
    style = ParagraphStyle(f"b{size}", fontSize=size, leading=size * leading, alignment=align,
                           textColor=color,
                           splitLongWords=int(language.script in BREAK_ANYWHERE))
    return paragraph(_shown(language, text), language, style, weight)


def _overflows(para) -> bool:
    """A wrapped line wider than its box (a word with nowhere to break)."""
    for line in getattr(para, "blPara", None).lines:
        extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
        if extra < -0.5:
            return True
    return False


def _fitted_para(text: str, language: Language, size: float, weight: int, width: float):
    """A paragraph that breaks only where its script may: a word too wide for ``width`` makes
    the text smaller instead of being cut inside a syllable."""
    smallest = size * 0.5
    while True:
        para = _para(text, language, size, weight)
        para.wrap(width, 200 * mm)
        if not _overflows(para) or size <= smallest:
            return para
        size *= 0.92


def _pictogram(canvas: Canvas, pictogram: str, x: float, y: float, size: float) -> None:
    if not pictogram:
        return
    para = _para(pictogram, get_language("en"), size * 0.8, align=TA_CENTER)
    para.wrap(size * 1.4, size)
    para.drawOn(canvas, x - size * 0.2, y)


def _new_page(page: _Page, title: list[tuple[str, Language]]) -> float:
    """Start a page with the board title (evacuee's language, then Japanese); returns the y
    below it."""
    if page.number:
        page.canvas.showPage()
    page.number += 1
    canvas = page.canvas
    if page.drill:
        canvas.saveState()
        canvas.setFillColorRGB(0.85, 0.1, 0.1)
        canvas.rect(0, page.height - 7 * mm, page.width, 7 * mm, stroke=0, fill=1)
        canvas.restoreState()
        band = _para("訓練 DRILL", get_language("ja"), 12, fonts.BOLD, TA_CENTER, "#ffffff")
        band.wrap(page.width, 7 * mm)
        band.drawOn(canvas, 0, page.height - 6 * mm)
    if page.board and page.board not in page.outlined:
        # The board's first page: an outline entry, so a PDF reader jumps to any board.
        page.outlined.add(page.board)
        canvas.bookmarkPage(f"board.{page.board}")
        canvas.addOutlineEntry(" / ".join(text for text, _language in title),
                               f"board.{page.board}", level=0)
    y = page.height - MARGIN - (4 * mm if page.drill else 0)
    for index, (text, language) in enumerate(title):
        para = _para(text, language, 20 if index == 0 else 12, fonts.BOLD if index == 0
                     else fonts.REGULAR)
        _w, h = para.wrap(page.width - 2 * MARGIN, 100 * mm)
        y -= h
        para.drawOn(canvas, MARGIN, y)
    staff = STAFF_PAIR[0]
    booklet = message_catalog(staff).pgettext("booklet", "fingerboard booklet")
    footer = _para(f"{page.number}  ·  {display_name(page.language, staff)} ({page.language.code})"
                   f"  ·  evac-toolkit {booklet}", get_language(staff), 7, color="#555555")
    footer.wrap(page.width - 2 * MARGIN, 10 * mm)
    footer.drawOn(canvas, MARGIN, MARGIN / 2)
    return y - 3 * mm


def _board_title(bank: ContentBank, board: dict, language: Language) -> list:
    key = board["title"]
    title = [(_text(bank, language.code, key) or _text(bank, "ja", key) or key, language)]
    if language.code != "ja":
        title.append((_text(bank, "ja", key) or key, get_language("ja")))
    return title


def _card_blocks(bank: ContentBank, item: dict, language: Language, size: float, width: float):
    """The paragraphs of one card and its height: evacuee's language large, Japanese small."""
    japanese = get_language("ja")
    text = _text(bank, language.code, item["id"])
    blocks = []
    if text:
        blocks.append(_fitted_para(text, language, size, fonts.BOLD, width))
    else:
        missing = TwoLanguages(*STAFF_PAIR).pgettext("booklet",
                                                     "(not yet translated into this language)")
        blocks.append(_para(missing, japanese, size * 0.6, color="#a00000"))
    if language.code != "ja":
        blocks.append(_para(_text(bank, "ja", item["id"]) or item["id"], japanese, size * 0.62,
                            color="#333333"))
    height = 0.0
    for block in blocks:
        _w, h = block.wrap(width, 200 * mm)
        height += h
    return blocks, height


def _pain_face(canvas: Canvas, level: int, x: float, y: float, size: float) -> None:
    """The pain scale's face for ``level`` (the screen's drawing, ``core.fingerboards.pain_faces``)
    in a ``size`` square with its bottom left at (x, y)."""

    def at(px: float, py: float) -> tuple[float, float]:
        return x + px * size, y + (1 - py) * size

    canvas.saveState()
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for mark in pain_faces.marks(level):
        canvas.setLineWidth(mark.width * size)
        if mark.fill:
            canvas.setFillColor(HexColor(mark.fill))
        if mark.stroke:
            canvas.setStrokeColor(HexColor(mark.stroke))
        stroke, fill = int(mark.stroke is not None), int(mark.fill is not None)
        p = mark.points
        if mark.kind == "circle":
            cx, cy = at(p[0], p[1])
            canvas.circle(cx, cy, p[2] * size, stroke=stroke, fill=fill)
        elif mark.kind == "ellipse":
            (x1, y1), (x2, y2) = at(p[0] - p[2], p[1] - p[3]), at(p[0] + p[2], p[1] + p[3])
            canvas.ellipse(x1, y1, x2, y2, stroke=stroke, fill=fill)
        elif mark.kind == "line":
            canvas.line(*at(p[0], p[1]), *at(p[2], p[3]))
        else:
            path = canvas.beginPath()
            path.moveTo(*at(p[0], p[1]))
            for i in range(2, len(p), 6):
                path.curveTo(*at(p[i], p[i + 1]), *at(p[i + 2], p[i + 3]), *at(p[i + 4], p[i + 5]))
            if fill:
                path.close()
            canvas.drawPath(path, stroke=stroke, fill=fill)
    canvas.restoreState()


def _pain_badge(canvas: Canvas, level: int, x: float, y: float, size: float) -> None:
    """The level's number on its colour, as on the screen's pain cards."""
    canvas.saveState()
    canvas.setFillColor(HexColor(pain_faces.COLORS[level]))
    canvas.roundRect(x, y, size, size, 1.5 * mm, stroke=0, fill=1)
    canvas.restoreState()
    number = _para(str(level), get_language("en"), size * 0.55, fonts.BOLD, TA_CENTER, "#ffffff")
    _w, h = number.wrap(size, size)
    number.drawOn(canvas, x, y + (size - h) / 2)


def _cards(page: _Page, bank: ContentBank, board: dict, items: list[dict], columns: int,
           y: float, size: float = 15) -> float:
    canvas = page.canvas
    column_w = (page.width - 2 * MARGIN - GAP * (columns - 1)) / columns
    faces = board["id"] == "pain_scale"
    picto = 11 * mm
    lead = 2 * picto + 2 * mm if faces else picto       # the pain scale: number, then face
    text_w = column_w - lead - 4 * mm
    bottom = MARGIN + 6 * mm
    row: list[tuple[dict, list, float]] = []

    def flush(y: float) -> float:
        if not row:
            return y
        row_h = max(max(h, picto) for _i, _b, h in row) + 4 * mm
        if y - row_h < bottom:
            y = _new_page(page, _board_title(bank, board, page.language))
        for column, (item, blocks, _h) in enumerate(row):
            x = MARGIN + column * (column_w + GAP)
            canvas.saveState()
            canvas.setStrokeColorRGB(0.55, 0.55, 0.6)
            canvas.setLineWidth(0.8)
            canvas.roundRect(x, y - row_h, column_w, row_h, 2.5 * mm, stroke=1, fill=0)
            canvas.restoreState()
            if faces:
                level = int(item["value"])
                _pain_badge(canvas, level, x + 1.5 * mm, y - 2 * mm - picto, picto)
                _pain_face(canvas, level, x + 3.5 * mm + picto, y - 2 * mm - picto, picto)
            else:
                _pictogram(canvas, item.get("pictogram", ""), x + 1.5 * mm,
                           y - 2 * mm - picto, picto)
            top = y - 2 * mm
            for block in blocks:
                top -= block.height
                block.drawOn(canvas, x + lead + 3 * mm, top)
        row.clear()
        return y - row_h - GAP

    for item in items:
        blocks, height = _card_blocks(bank, item, page.language, size, text_w)
        row.append((item, blocks, height))
        if len(row) == columns:
            y = flush(y)
    return flush(y)
