"""A notice's page: every language's headline at the top, their sentences filling the page below.

A six-language notice needs most of an A4 page for its sentences at 20 pt (Burmese and Sinhala
take three and four lines each), so nothing else may take a whole row: the headlines (迷子 · Lost
child · Trẻ bị lạc …, short, one line each) share rows beside the QR code, as a sign's titles do,
with the names of the languages the code adds under them; the sentences get the whole width
below, in the same order. The largest size at which everything fits is used; when a sentence would
go under ``Sizing.min_body`` the choice is refused, naming how many languages would fit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.printing.pdf_fonts import paragraph
from evac_toolkit.core.printing.two_languages import STAFF_PAIR, TwoLanguages

GAP = 6 * mm                   # between the code and the text beside it
#: A notice's margin: a little narrower than a sign's, every printer still prints it all.
MARGIN = 10 * mm
CELL_GAP = 5 * mm              # between two headlines in a row
#: Steps of the size search: down by this factor until everything fits, then halving between.
STEP = 0.92
REFINE = 5


@dataclass(frozen=True)
class Box:
    x: float
    y: float              # bottom
    width: float
    height: float


@dataclass(frozen=True)
class Geometry:
    """Where things go for one code width: the code's corner, the headlines' box (its height is
    what the headlines take), the names box under them, the sentences' box."""
    qr_at: tuple[float, float]
    qr_width: float
    headline_width: float
    top: float
    bottom: float
    page_width: float
    margin: float
    landscape: bool


def geometry(page_w: float, page_h: float, margin: float, footer_h: float, qr_width: float,
             landscape: bool) -> Geometry:
    top = page_h - margin
    return Geometry((page_w - margin - qr_width, top - qr_width), qr_width,
                    page_w - 2 * margin - qr_width - GAP, top, margin + footer_h, page_w, margin,
                    landscape)


@dataclass
class Arrangement:
    scale: float
    rows: list[tuple[list[tuple[Flowable, float]], float]]   # ([(cell, its width)], row height)
    bodies: list[tuple[Flowable, float]]                       # (sentence, its height)
    headlines_box: Box
    names_box: tuple[float, float, float, float]
    bodies_box: Box
    gap: float
    beside_bottom: float          # rows starting below this (the code's bottom) are ``wide``
    wide: float


def _width(text: str, language, size: float) -> float:
    shown = ruby.plain(text) if language.ruby else text
    return fonts.width_em(shown, language.font) * size * 1.06 + size * 0.3


def _pictogram(pictogram: str, size: float) -> Flowable:
    style = ParagraphStyle("noticepicto", fontSize=size, leading=size * 1.15,
                           alignment=TA_CENTER)
    return paragraph(pictogram, get_language("en"), style)


def _rows(sheet, scale: float, narrow: float, wide: float, beside: float, make, overflows):
    """The headlines (the pictogram first) packed into rows: ``narrow`` wide beside the code (its
    ``beside`` height), ``wide`` below it. None when one cannot be set without breaking a word."""
    sizing = sheet.sizing
    cells: list[tuple[Flowable, float, float]] = []      # (flowable, natural width, size)
    if sheet.pictogram:
        cells.append((_pictogram(sheet.pictogram, scale), scale * 1.5, scale))
    for index, text in enumerate(sheet.texts):
        size = scale if index == 0 and text.language.code == "ja" else scale * sizing.title_ratio
        cells.append((make(text.title, text.language, size, sizing.title_weight),
                      _width(text.title, text.language, size), size))
    if sheet.pictogram and cells[0][1] + CELL_GAP + cells[1][1] > narrow:
        # A row of its own for the pictogram would cost a sentence's lines: the headline says it.
        cells = cells[1:]
    pictogram = cells[0][0] if sheet.pictogram and len(cells) > len(sheet.texts) else None
    row_gap = scale * 0.15
    rows: list[tuple[list[tuple[Flowable, float]], float]] = []
    used_height = 0.0
    start = 0
    while start < len(cells):
        width = narrow if used_height < beside else wide
        line: list[tuple[Flowable, float]] = []
        used = 0.0
        while start < len(cells):
            cell, natural, _size = cells[start]
            cell_w = min(width, natural)
            if line and used + CELL_GAP + cell_w > width:
                break
            line.append((cell, cell_w))
            used += (CELL_GAP if line[:-1] else 0.0) + cell_w
            start += 1
        height = 0.0
        for cell, cell_w in line:
            _w, h = cell.wrap(cell_w, 100_000)
            # The pictogram is one glyph: wider than its box, it only reaches into the gap.
            if cell is not pictogram and overflows(cell, cell_w):
                return None
            height = max(height, h)
        rows.append((line, height))
        used_height += height + row_gap
    return rows


def arrange(sheet, scale: float, geo: Geometry, make, overflows,
            count: int | None = None) -> Arrangement | None:
    """Everything at the Japanese headline size ``scale``; None when it does not fit."""
    if count is not None:
        sheet = _first(sheet, count)
    sizing = sheet.sizing
    wide = geo.page_width - 2 * geo.margin
    beside = geo.qr_width if not geo.landscape else float("inf")
    rows = _rows(sheet, scale, geo.headline_width, wide, beside, make, overflows)
    if rows is None:
        return None
    row_gap = scale * 0.15
    headlines_h = sum(h for _line, h in rows) + row_gap * (len(rows) - 1)
    names_top = geo.top - headlines_h - 3 * mm
    names_w = geo.headline_width if headlines_h + 3 * mm < beside else wide
    names_h = names_height(sheet, names_w)
    names_box = (geo.margin, names_top - names_h, names_w, names_h)
    if geo.landscape:
        # The code and its names on the right; headlines, then sentences, on the left.
        # The column under the code is the names' own: all of it.
        names_box = (geo.qr_at[0], geo.bottom, geo.qr_width,
                     geo.qr_at[1] - 3 * mm - geo.bottom)
        band = headlines_h
        width = geo.headline_width
    else:
        band = max(geo.qr_width, headlines_h + 3 * mm + names_h)
        width = geo.page_width - 2 * geo.margin
    bodies_box = Box(geo.margin, geo.bottom, width, geo.top - band - 5 * mm - geo.bottom)
    body_size = max(scale * sizing.body_ratio, sizing.min_body)
    gap = body_size * 0.3
    bodies = []
    total = 0.0
    for text in sheet.texts:
        if not text.body:
            continue
        flowable = make(text.body, text.language, body_size, fonts.REGULAR)
        _w, h = flowable.wrap(width, 100_000)
        if overflows(flowable, width):
            return None
        total += (gap if bodies else 0.0) + h
        bodies.append((flowable, h))
    if total > bodies_box.height or headlines_h > geo.top - geo.bottom:
        return None
    return Arrangement(scale, rows, bodies, Box(geo.margin, geo.top - headlines_h,
                                                geo.headline_width, headlines_h),
                       names_box, bodies_box, gap, geo.top - beside, wide)


def qr_heading() -> str:
    """The heading over the names of the languages the code adds, in Japanese and English."""
    return TwoLanguages(*STAFF_PAIR, " · ").pgettext("sign sheet", "More languages in the QR code:")


def names_height(sheet, width: float) -> float:
    """How tall the names of the languages the code adds are in ``width``, packed as
    ``sheets._draw_qr_languages`` draws them (a heading line, then rows of 17 pt)."""
    printed = {text.language.code for text in sheet.texts}
    heading = fonts.width_em(qr_heading(), "Noto Sans JP") * 11
    rows, cursor = 1 + int(heading // width), 0.0
    for language in catalog():
        if language.code in printed:
            continue
        name_w = fonts.width_em(language.native, language.font) * 12 + 10
        if cursor and cursor + name_w > width:
            rows, cursor = rows + 1, 0.0
        cursor += name_w + 6
    return 16 + rows * 17 + 4


def _first(sheet, count: int):
    return replace(sheet, texts=sheet.texts[:count])


def fit(sheet, geo: Geometry, make, overflows, largest: float) -> Arrangement:
    """The largest Japanese headline size at which everything fits."""
    sizing = sheet.sizing
    floor = max(sizing.min_title / sizing.title_ratio, sizing.min_body / sizing.body_ratio)
    scale = max(floor, min(sizing.max_japanese, largest))
    failed = None
    while True:
        found = arrange(sheet, scale, geo, make, overflows)
        if found is not None:
            break
        if scale <= floor:
            raise UserError("sheet_too_crowded", id=sheet.id, languages=len(sheet.texts),
                            fit=languages_that_fit(sheet, floor, geo, make, overflows))
        failed, scale = scale, max(floor, scale * STEP)
    if failed is not None:
        good = scale
        for _ in range(REFINE):
            middle = (good + failed) / 2
            trial = arrange(sheet, middle, geo, make, overflows)
            if trial is None:
                failed = middle
            else:
                good, found = middle, trial
    return found


def languages_that_fit(sheet, floor: float, geo: Geometry, make, overflows) -> int:
    for count in range(len(sheet.texts) - 1, 0, -1):
        if arrange(sheet, floor, geo, make, overflows, count) is not None:
            return count
    return 0


def draw_text(canvas, plan: Arrangement) -> None:
    """Headlines row by row from the top, each row centred; sentences below, the leftover height between them (up
    to a line each) so the page is filled, a hairline between two languages."""
    box = plan.headlines_box
    top = box.y + box.height
    row_gap = plan.scale * 0.15
    for line, height in plan.rows:
        row_w = sum(w for _c, w in line) + CELL_GAP * (len(line) - 1)
        room = box.width if top > plan.beside_bottom else plan.wide
        x = box.x + max(0.0, room - row_w) / 2
        for cell, cell_w in line:
            cell.wrap(cell_w, 100_000)
            cell.drawOn(canvas, x, top - height + (height - cell.height) / 2)
            x += cell_w + CELL_GAP
        top -= height + row_gap
    body = plan.bodies_box
    used = sum(h for _f, h in plan.bodies) + plan.gap * (len(plan.bodies) - 1)
    spare = max(0.0, body.height - used)
    extra = min(spare / max(1, len(plan.bodies)), plan.scale * 0.6)
    top = body.y + body.height - (spare - extra * (len(plan.bodies) - 1)) / 2 \
        if len(plan.bodies) > 1 else body.y + body.height - spare / 2
    for index, (flowable, height) in enumerate(plan.bodies):
        if index:
            rule = top - (plan.gap + extra) / 2
            canvas.saveState()
            canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
            canvas.setLineWidth(0.6)
            canvas.line(body.x + body.width * 0.2, rule, body.x + body.width * 0.8, rule)
            canvas.restoreState()
            top -= plan.gap + extra
        flowable.wrap(body.width, 100_000)
        top -= height
        flowable.drawOn(canvas, body.x, top)
