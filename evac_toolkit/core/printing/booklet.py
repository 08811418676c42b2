"""The fingerboard booklet on paper: the boards for one language, Japanese beside every phrase.

Pages, in the order of the screen's boards: the language check (every language by its own name),
the staff and evacuee boards, the answers, numbers, clock and days (``booklet_tools``), the body
map, the pain scale, allergens, diets and religion. Cards flow in columns across pages; each page
repeats its board's title, and each board is an entry of the PDF's outline. A phrase not yet
translated says so on its card.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A3, A4, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from evac_toolkit.core import fonts
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards import body_map
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, catalog, display_name, get_language
from evac_toolkit.core.printing import booklet_tools
from evac_toolkit.core.printing.booklet_page import (
    GAP,
    MARGIN,
    _board_title,
    _cards,
    _new_page,
    _Page,
    _para,
    _text,
)
from evac_toolkit.core.printing.pdf_fonts import pdf_font
from evac_toolkit.core.printing.two_languages import STAFF_PAIR
from evac_toolkit.core.punctuation import with_detail

#: (board, columns) in booklet order after the language-check page: the screen's order
#: (boards.toml). Columns 0: the board has a page of its own making.
BOARDS = (("staff", 2), ("evacuee", 2), ("answers", 3), ("numbers", 0), ("clock", 0),
          ("days", 0), ("body_map", 0), ("pain_scale", 0), ("allergens", 3), ("diets", 3),
          ("religion", 2))
#: Boards whose question (their "prompt" item) heads their page, as on screen.
PROMPT_FIRST = ("religion",)


def _language_check(page: _Page, bank: ContentBank) -> None:
    board = next(b for b in bank.boards if b["id"] == "language_check")
    y = _new_page(page, _board_title(bank, board, page.language))
    canvas = page.canvas
    languages = catalog()
    columns = 3
    column_w = (page.width - 2 * MARGIN - GAP * (columns - 1)) / columns
    tile_h = 17 * mm
    for index, language in enumerate(languages):
        column = index % columns
        if column == 0 and index:
            y -= tile_h + GAP
        x = MARGIN + column * (column_w + GAP)
        canvas.saveState()
        canvas.setLineWidth(1.6 if language.code == page.language.code else 0.6)
        canvas.roundRect(x, y - tile_h, column_w, tile_h, 2.5 * mm, stroke=1, fill=0)
        canvas.restoreState()
        name = _para(language.native, language, 17, fonts.BOLD, TA_CENTER)
        _w, h = name.wrap(column_w - 4 * mm, tile_h)
        name.drawOn(canvas, x + 2 * mm, y - 2 * mm - h)
        japanese = _para(language.japanese, get_language("ja"), 8, align=TA_CENTER,
                         color="#444444")
        japanese.wrap(column_w - 4 * mm, tile_h)
        japanese.drawOn(canvas, x + 2 * mm, y - tile_h + 1.5 * mm)
    y -= tile_h + 6 * mm
    items = [item for item in bank.items if item["board"] == "language_check"
             and item.get("group") != "prompt"]
    easy = get_language("ja-x-easy")
    order = [(page.language, 15), (get_language("ja"), 12), (easy, 11)]
    order = [pair for index, pair in enumerate(order)
             if pair[0].code not in [p[0].code for p in order[:index]]]
    for item in items:
        for language, size in order:
            text = _text(bank, language.code, item["id"])
            if text:
                para = _para(text, language, size)
                _w, h = para.wrap(page.width - 2 * MARGIN, 40 * mm)
                y -= h
                para.drawOn(canvas, MARGIN + (0 if language is page.language else 6 * mm), y)
        y -= 3 * mm


def _draw_body(canvas: Canvas, side: str, origin: tuple[float, float], scale: float,
               area: tuple[float, float, float, float] | None,
               labelled: list, numbers: dict[str, int]) -> None:
    """The silhouette and the regions of ``side`` with the figure's top left at ``origin``;
    ``area`` (figure units) limits the drawing to that part, enlarged, clipped to its frame.
    Regions in ``labelled`` get their number, smallest first."""
    ox, oy = origin
    ax, ay = (area[0], area[1]) if area else (0.0, 0.0)

    def box(b):
        bx, by, bw, bh = b
        return ox + (bx - ax) * scale, oy - (by - ay + bh) * scale, bw * scale, bh * scale

    canvas.saveState()
    if area is not None:
        frame = canvas.beginPath()
        frame.rect(ox, oy - area[3] * scale, area[2] * scale, area[3] * scale)
        canvas.clipPath(frame, stroke=0, fill=0)
    canvas.setFillColorRGB(0.92, 0.93, 0.95)
    for shape, b in body_map.SILHOUETTE:
        x, yy, w, h = box(b)
        (canvas.ellipse(x, yy, x + w, yy + h, stroke=0, fill=1) if shape == "ellipse"
         else canvas.rect(x, yy, w, h, stroke=0, fill=1))
    canvas.setStrokeColorRGB(0.2, 0.3, 0.6)
    canvas.setLineWidth(0.6)
    for region in body_map.shapes(side):
        x, yy, w, h = box(region.box)
        (canvas.ellipse(x, yy, x + w, yy + h, stroke=1, fill=0) if region.shape == "ellipse"
         else canvas.rect(x, yy, w, h, stroke=1, fill=0))
    canvas.restoreState()
    for region in labelled:
        lx, ly = region.label_point
        x, y = ox + (lx - ax) * scale, oy - (ly - ay) * scale
        label = _para(str(numbers[region.item]), get_language("en"), 6.5, fonts.BOLD, TA_CENTER,
                      "#1f3f99")
        label.wrap(20, 10)
        label.drawOn(canvas, x - 10, y - 3)


def _dashed_frame(canvas: Canvas, x: float, y_top: float, w: float, h: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.45, 0.45, 0.5)
    canvas.setDash(2, 2)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y_top - h, w, h, stroke=1, fill=0)
    canvas.restoreState()


def _side_caption(bank: ContentBank, side: str,
                  language: Language) -> list[tuple[str, Language]]:
    """Under a figure, in Japanese and then the evacuee's language: which side it shows, and
    which is the person's right and left (the screen's captions, ``body_map.*`` strings)."""
    first, second = ("body_map.right", "body_map.left") if side == "front" else \
        ("body_map.left", "body_map.right")
    lines = []
    for code in dict.fromkeys(("ja", language.code)):
        words = [_text(bank, code, f"body_map.{side}"), _text(bank, code, first),
                 _text(bank, code, second)]
        if all(words):
            shown = get_language(code)
            # The brackets are the caption language's own ("（…）" in Japanese).
            lines.append((with_detail(words[0], f"{words[1]} ← → {words[2]}", code), shown))
    return lines


def _body_map(page: _Page, bank: ContentBank, board: dict) -> None:
    """Front and back figures with numbered regions, the face enlarged beside the front one
    (``detail`` in body_map.toml), and the numbered cards below."""
    y = _new_page(page, _board_title(bank, board, page.language))
    canvas = page.canvas
    figure_h = min(y - MARGIN - 70 * mm, 120 * mm)
    scale = figure_h / body_map.HEIGHT
    figure_w = body_map.WIDTH * scale
    half = (page.width - 2 * MARGIN) / 2
    detail = body_map.detail()
    numbers: dict[str, int] = {}
    for side in body_map.SIDES:                          # numbered smallest first, as before
        for region in reversed(body_map.shapes(side)):
            numbers.setdefault(region.item, len(numbers) + 1)
    cards_top = y - figure_h - 16 * mm
    for column, side in enumerate(body_map.SIDES):
        zoomed = detail if detail and detail[0] == side else None
        oy = y - 6 * mm                                  # top of the figure
        regions = list(reversed(body_map.shapes(side)))
        if zoomed is None:
            ox = MARGIN + column * half + (half - figure_w) / 2
            _draw_body(canvas, side, (ox, oy), scale, None, regions, numbers)
        else:
            # The figure to the left of its half, the enlarged part to its right.
            area = zoomed[1]
            ox = MARGIN + column * half
            inside = [r for r in regions if body_map.within(r, area)]
            outside = [r for r in regions if r not in inside]
            _draw_body(canvas, side, (ox, oy), scale, None, outside, numbers)
            ax, ay, aw, ah = area
            _dashed_frame(canvas, ox + ax * scale, oy - ay * scale, aw * scale, ah * scale)
            # Its room: the rest of this half and the free margin left of the next figure.
            room = (half - figure_w - 4 * mm) + (half - figure_w) / 2 - 4 * mm
            zoom = min(room / aw, figure_h * 0.55 / ah)
            zx = ox + figure_w + 4 * mm
            _draw_body(canvas, side, (zx, oy), zoom, area, inside, numbers)
            _dashed_frame(canvas, zx, oy, aw * zoom, ah * zoom)
        top = oy - figure_h - 2 * mm
        for text, language in _side_caption(bank, side, page.language):
            caption = _para(text, language, 9, align=TA_CENTER)
            _w, h = caption.wrap(figure_w + 40 * mm, 10 * mm)
            top -= h
            caption.drawOn(canvas, ox - 20 * mm, top)
        cards_top = min(cards_top, top - 3 * mm)
    items = {item["id"]: item for item in bank.items if item["board"] == "body_map"}
    legend = [dict(items[key], pictogram=str(number)) for key, number in numbers.items()]
    _cards(page, bank, board, legend, 3, cards_top, size=10)


def write_booklet(bank: ContentBank, language: Language, out: Path | None, *, paper: str = "A4",
                  drill: bool = False, today: dt.date | None = None) -> bytes | None:
    """The booklet for ``language``, written atomically to ``out`` (or returned as bytes).
    ``today``: the date the days page's calendars start from (this month and the next)."""
    size = portrait(A3 if paper == "A3" else A4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1,
                    initialFontName=pdf_font("Noto Sans"))
    booklet = message_catalog(STAFF_PAIR[0]).pgettext("booklet", "fingerboard booklet")
    canvas.setTitle(f"{booklet} {display_name(language, STAFF_PAIR[0])} / {language.native}")
    canvas.setAuthor("evac-toolkit")
    page = _Page(canvas, size[0], size[1], language, drill=drill, board="language_check")
    _language_check(page, bank)
    boards = {board["id"]: board for board in bank.boards}
    own_pages = {"numbers": booklet_tools.numbers_page, "clock": booklet_tools.clock_page,
                 "days": lambda p, b, board: booklet_tools.days_page(
                     p, b, board, today or dt.date.today()),
                 "body_map": _body_map}
    for board_id, columns in BOARDS:
        board = boards[board_id]
        page.board = board_id
        if board_id in own_pages:
            own_pages[board_id](page, bank, board)
            continue
        items = [item for item in bank.items if item["board"] == board_id
                 and (board_id in PROMPT_FIRST or (item.get("group") != "prompt"
                                                   and not item["id"].endswith(".prompt")))]
        y = _new_page(page, _board_title(bank, board, language))
        prompts = [item for item in items if item.get("group") == "prompt"]
        if prompts:                                # the question full width, as on screen
            y = _cards(page, bank, board, prompts, 1, y, size=16)
            items = [item for item in items if item not in prompts]
        if board_id == "pain_scale":
            _cards(page, bank, board, items, 1, y, size=14)
        else:
            _cards(page, bank, board, items, columns, y)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if out is None:
        return data
    with atomic_write(out) as handle:
        handle.write(data)
    return None
