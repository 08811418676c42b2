"""Print signs and notices: one sheet per page, pictogram, Japanese largest, the other languages,
a QR code with every language, and a small footer saying what is inside and how sure we are.

Text is sized to fill the page. Sizes below the readable minimum are never used: a selection that
cannot fit raises ``UserError('sheet_too_crowded')`` naming how many languages would fit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import Language, get_language
from evac_toolkit.core.printing import notice_layout, qr
from evac_toolkit.core.printing.pdf_fonts import label_paragraph, paragraph, pdf_font
from evac_toolkit.core.printing.qr_payload import QrPlan, QrText, plan
from evac_toolkit.core.printing.ruby_text import RubyParagraph
from evac_toolkit.core.printing.two_languages import STAFF_PAIR, TwoLanguages

PAPERS = {"A4": A4, "A3": A3}
ORIENTATIONS = ("portrait", "landscape")
MARGIN = 12 * mm
#: The QR code's square, quiet zone included: always this large (modules grow past 0.9 mm when
#: the text is short) ...
QR_WIDTH = {"A4": 70 * mm, "A3": 95 * mm}
#: ... and up to this large when its titles need it, modules staying ≥ 0.9 mm: every sign title in
#: fifteen languages fits 95 mm on A4 (version 20). Not larger: a notice's whole sentences in
#: fifteen languages would need up to 120 mm, two fifths of the page, and its text would shrink
#: below what reads across a room; a notice's code holds the languages not printed first, then
#: what fits. When the page's text no longer fits beside a grown code, the code keeps its usual
#: size and holds fewer languages: the printed text comes first.
QR_MAX_WIDTH = {"A4": 95 * mm, "A3": 130 * mm}
PICTOGRAM_MAX = 42 * mm
#: Beside the code, its language names keep at least this much room.
NAMES_MIN_WIDTH = 40 * mm
NAMES_MIN_HEIGHT = 35 * mm
FOOTER_HEIGHT = 11 * mm


@dataclass(frozen=True)
class Sizing:
    """Type sizes as a share of the Japanese title's, and the smallest size each may take.

    The minimums are absolute: a sign is read from the same distance whatever the paper.
    """
    title_ratio: float
    body_ratio: float
    min_title: float      # points, for the non-Japanese titles
    min_body: float
    max_japanese: float
    title_weight: int = fonts.BOLD
    #: The text flows beside the QR code's column, then below it (``notice_layout``), each
    #: language's title (a headline) above its body; not in one block under the code's band.
    flow: bool = False


#: Signs are read from across a room (a 24 pt title: ~6 mm capitals, about 3 m).
#: The explanation under a title is read by someone who walked up to it: 12 pt is a book's size.
SIGN = Sizing(title_ratio=0.72, body_ratio=0.40, min_title=24, min_body=12, max_japanese=150)
#: Announcements are read at the board, a sentence each.
NOTICE = Sizing(title_ratio=0.85, body_ratio=0.40, min_title=16, min_body=12, max_japanese=64,
                title_weight=fonts.REGULAR)
#: A notice: each language's headline (迷子 / Lost child) above its sentence. The sentence is read
#: from a few steps away, so never under 20 pt (~3.5 mm capitals); the headlines, bold and
#: larger, from across the room.
HEADLINED = Sizing(title_ratio=0.8, body_ratio=0.625, min_title=20, min_body=20, max_japanese=120,
                   flow=True)


@dataclass(frozen=True)
class SheetText:
    language: Language
    title: str
    body: str | None = None
    status: str = "draft"


@dataclass(frozen=True)
class Sheet:
    """Everything one printed page shows."""
    id: str
    pictogram: str
    texts: tuple[SheetText, ...]            # printed languages, Japanese first
    qr_texts: tuple[QrText, ...]            # every language's words for the QR code, by priority
    sizing: Sizing = SIGN
    drill: bool = False
    extra_footer: str = ""
    meta: dict = field(default_factory=dict, compare=False)


# -- text blocks ----------------------------------------------------------------------------------
def _text_flowable(text: str, language: Language, size: float, weight: int) -> Flowable:
    if language.ruby:
        return RubyParagraph(text, language, size, weight=weight, alignment=TA_CENTER)
    leading = fonts.spec(language.font).leading
    style = ParagraphStyle(f"sheet{size:.1f}", fontSize=size, leading=size * leading,
                           alignment=TA_CENTER)
    return paragraph(text, language, style, weight)


def _overflows(flowable: Flowable, width: float, hang: float = 0.6) -> bool:
    """True when a word could not be broken and sticks out of the frame (by more than ``hang``
    em: see below)."""
    if isinstance(flowable, RubyParagraph):
        return flowable.widest_line() > width + 0.5
    lines = getattr(getattr(flowable, "blPara", None), "lines", [])
    # Japanese lines may hang their closing "。" or "、" past the edge (kinsoku), and shaped widths
    # differ from measured ones by a point: up to 0.6 em over is allowed, a whole word is not.
    tolerance = hang * flowable.style.fontSize
    for line in lines:
        extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
        if extra < -tolerance:
            return True
    return False


def _blocks(sheet: Sheet, scale: float) -> list[tuple[Flowable, float]]:
    """(flowable, space before it) for every text at the Japanese title size ``scale``."""
    out: list[tuple[Flowable, float]] = []
    sizing = sheet.sizing
    for index, text in enumerate(sheet.texts):
        japanese = index == 0 and text.language.code == "ja"
        title_size = scale if japanese else scale * sizing.title_ratio
        out.append((_text_flowable(text.title, text.language, title_size, sizing.title_weight),
                    0.0 if index == 0 else scale * 0.35))
        if text.body:
            body_size = max(scale * sizing.body_ratio, sizing.min_body)
            out.append((_text_flowable(text.body, text.language, body_size, fonts.REGULAR),
                        body_size * 0.25))
    return out


def _height(blocks: list[tuple[Flowable, float]], width: float,
            limit: float = float("inf")) -> float | None:
    """The blocks' total height at ``width``; None when a word sticks out. Wrapping stops once
    the total passes ``limit``: the caller only needs to know the blocks do not fit."""
    total = 0.0
    for flowable, before in blocks:
        _w, h = flowable.wrap(width, 100_000)
        if _overflows(flowable, width):
            return None
        total += before + h
        if total > limit:
            return total
    return total


def _estimate_height(sheet: Sheet, scale: float, width: float) -> float:
    """A cheap height estimate from advance widths, to start the search near the answer."""
    total = 0.0
    for index, text in enumerate(sheet.texts):
        size = scale if index == 0 else scale * sheet.sizing.title_ratio
        for body, part in ((False, text.title), (True, text.body)):
            if not part:
                continue
            part_size = max(scale * sheet.sizing.body_ratio, sheet.sizing.min_body) if body \
                else size
            line_width = fonts.width_em(part, text.language.font) * part_size
            lines = max(1, int(line_width / width) + 1)
            total += lines * part_size * (1.9 if text.language.ruby
                                          else fonts.spec(text.language.font).leading)
    return total


def _one_line_titles(sheet: Sheet, width: float, floor: float) -> float:
    """The largest scale at which every title that can be on one line is: "食事スペー / ス" at
    150 pt is big but unreadable. Titles too long for one line even at the floor may wrap."""
    cap = float("inf")
    for index, text in enumerate(sheet.texts):
        ratio = 1.0 if index == 0 else sheet.sizing.title_ratio
        shown = ruby.plain(text.title) if text.language.ruby else text.title
        em = fonts.width_em(shown, text.language.font) * 1.04 * ratio
        if em and width / em >= floor:
            cap = min(cap, width / em)
    return cap


def fit(sheet: Sheet, width: float, height: float) -> tuple[float, list[tuple[Flowable, float]]]:
    """The largest Japanese title size whose blocks fit ``width`` × ``height``."""
    sizing = sheet.sizing
    floor = sizing.min_title / sizing.title_ratio     # bodies are clamped to min_body
    scale = min(sizing.max_japanese, _one_line_titles(sheet, width, floor))
    while scale > floor and _estimate_height(sheet, scale, width) > height:
        scale *= 0.94
    scale = max(scale, floor)
    # Real wraps from here. Height grows about with the square of the size (taller and more
    # lines), so each try corrects by the square root of the misfit: two or three tries a page.
    best: tuple[float, list[tuple[Flowable, float]]] | None = None
    for _attempt in range(6):
        blocks = _blocks(sheet, scale)
        # Once a size fits, a larger one that does not ends the search whatever its height,
        # so its wrapping stops at the first block past the page (same sizes chosen).
        used = _height(blocks, width, height if best is not None else float("inf"))
        if used is not None and used <= height:
            best = (scale, blocks)
            if used > height * 0.9 or scale >= sizing.max_japanese:
                break
            grown = min(sizing.max_japanese, scale * (height / used) ** 0.5 * 0.98)
            if grown <= scale * 1.02:
                break
            scale = grown
        else:
            if best is not None or scale <= floor:
                break
            ratio = (height / used) ** 0.5 if used else 0.9
            scale = max(floor, scale * min(0.97, ratio))
    if best is None:
        raise UserError("sheet_too_crowded", id=sheet.id, languages=len(sheet.texts),
                        fit=_languages_that_fit(sheet, width, height))
    return best


def _languages_that_fit(sheet: Sheet, width: float, height: float) -> int:
    for count in range(len(sheet.texts) - 1, 0, -1):
        smaller = Sheet(sheet.id, sheet.pictogram, sheet.texts[:count], sheet.qr_texts,
                        sheet.sizing)
        floor = sheet.sizing.min_title / sheet.sizing.title_ratio
        used = _height(_blocks(smaller, floor), width)
        if used is not None and used <= height:
            return count
    return 0


# -- QR code ----------------------------------------------------------------------------------------
def qr_plan(sheet: Sheet, paper: str, largest: float) -> tuple[QrPlan, float]:
    """What the sheet's QR code holds and how wide it is drawn (points, quiet zone included):
    ``QR_WIDTH`` at least, larger up to ``largest`` when the titles need it, never with modules
    under ``qr.MIN_MODULE``."""
    base = QR_WIDTH[paper]
    chosen = plan(sheet.qr_texts, qr.max_version_for(max(base, largest)),
                  qr.max_version_for(base))
    return chosen, max(base, qr.width_for(chosen.version)) if chosen.payload else base


# -- page -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageSetup:
    paper: str = "A4"
    orientation: str = "portrait"

    @property
    def size(self) -> tuple[float, float]:
        base = PAPERS[self.paper]
        return landscape(base) if self.orientation == "landscape" else portrait(base)


@dataclass(frozen=True)
class _Layout:
    """Where everything goes on a page, for one QR code width. Boxes are (x, y, width, height)."""
    qr_width: float
    qr_at: tuple[float, float]
    picto: float
    picto_at: tuple[float, float]
    names_box: tuple[float, float, float, float]
    text_box: tuple[float, float, float, float]
    footer_box: tuple[float, float, float, float]


def _largest_qr(setup: PageSetup) -> float:
    """The widest code the page can give: in landscape the right-hand column also holds the
    pictogram (at least 30 mm) and the names."""
    page_w, page_h = setup.size
    if setup.orientation == "portrait":
        return QR_MAX_WIDTH[setup.paper]
    room = page_h - 2 * MARGIN - FOOTER_HEIGHT - 10 * mm - NAMES_MIN_HEIGHT - 30 * mm
    return max(QR_WIDTH[setup.paper], min(QR_MAX_WIDTH[setup.paper], room))


def _layout(setup: PageSetup, qr_width: float) -> _Layout:
    page_w, page_h = setup.size
    picto = min(PICTOGRAM_MAX, page_h * 0.16)
    footer_h = FOOTER_HEIGHT
    footer_box = (MARGIN, MARGIN, page_w - 2 * MARGIN, footer_h)
    if setup.orientation == "portrait":
        # Top band: the QR code right; the pictogram left and the languages the code adds beside
        # it, or, when a grown code leaves no room for both side by side, under it.
        # Text gets the whole width below, and the page's full height but for the footer line.
        band_top = page_h - MARGIN
        left = page_w - 2 * MARGIN - qr_width - 6 * mm          # left of the code's gap
        picto = min(picto, qr_width)
        qr_at = (page_w - MARGIN - qr_width, band_top - qr_width)
        if left - picto - 6 * mm >= NAMES_MIN_WIDTH:
            names_box = (MARGIN + picto + 6 * mm, band_top - qr_width, left - picto - 6 * mm,
                         qr_width)
        else:
            picto = min(picto, left, qr_width - NAMES_MIN_HEIGHT - 4 * mm)
            names_box = (MARGIN, band_top - qr_width, left, qr_width - picto - 4 * mm)
        picto_at = (MARGIN + picto / 2, band_top - picto)
        text_box = (MARGIN, MARGIN + footer_h, page_w - 2 * MARGIN,
                    page_h - 2 * MARGIN - qr_width - footer_h - 8 * mm)
    else:
        side = qr_width
        picto = min(picto, page_h - 2 * MARGIN - footer_h - qr_width - 10 * mm - NAMES_MIN_HEIGHT)
        text_box = (MARGIN, MARGIN + footer_h, page_w - 2 * MARGIN - side - 10 * mm,
                    page_h - 2 * MARGIN - footer_h)
        picto_at = (page_w - MARGIN - side / 2, page_h - MARGIN - picto)
        qr_at = (page_w - MARGIN - side, MARGIN + footer_h)
        names_box = (page_w - MARGIN - side, MARGIN + footer_h + qr_width + 4 * mm, side,
                     page_h - 2 * MARGIN - footer_h - qr_width - picto - 10 * mm)
    return _Layout(qr_width, qr_at, picto, picto_at, names_box, text_box, footer_box)


def _plan_page(sheet: Sheet, setup: PageSetup):
    """The code and the text sizes together: the largest code the titles want, unless the text
    then no longer fits, when the code keeps its usual size (and holds what that size holds)."""
    for largest in (_largest_qr(setup), QR_WIDTH[setup.paper]):
        code_plan, qr_width = qr_plan(sheet, setup.paper, largest)
        layout = _layout(setup, qr_width)
        _x, _y, width, height = layout.text_box
        try:
            return code_plan, layout, fit(sheet, width, height)
        except UserError:
            if qr_width <= QR_WIDTH[setup.paper]:
                raise
    raise AssertionError("unreachable: the usual size either fits or raises")


def _notice_overflows(flowable: Flowable, width: float) -> bool:
    """A notice's sentence may hang its closing "。" a whole em into the margin (10 mm, wider
    than the em at the sizes it uses): its glyph sits in the em's left half."""
    return _overflows(flowable, width, hang=1.0)


def _plan_flow(sheet: Sheet, setup: PageSetup):
    """A notice's code and text, as ``_plan_page`` for a sign: the largest code its headlines
    want unless the text then no longer fits, when the code keeps its usual size."""
    page_w, page_h = setup.size
    for largest in (_largest_qr(setup), QR_WIDTH[setup.paper]):
        code_plan, qr_width = qr_plan(sheet, setup.paper, largest)
        geo = notice_layout.geometry(page_w, page_h, notice_layout.MARGIN, FOOTER_HEIGHT, qr_width,
                                     setup.orientation == "landscape")
        try:
            arranged = notice_layout.fit(sheet, geo, _text_flowable, _notice_overflows,
                                         sheet.sizing.max_japanese)
        except UserError:
            if qr_width <= QR_WIDTH[setup.paper]:
                raise
            continue
        return code_plan, geo, arranged
    raise AssertionError("unreachable: the usual size either fits or raises")


def _draw_flow(canvas: Canvas, sheet: Sheet, setup: PageSetup) -> dict:
    code_plan, geo, arranged = _plan_flow(sheet, setup)
    if sheet.drill:
        _drill_band(canvas, *setup.size)
    notice_layout.draw_text(canvas, arranged)
    inside = list(code_plan.languages)
    module = _draw_code(canvas, code_plan.payload, geo.qr_at, geo.qr_width)
    _draw_qr_languages(canvas, sheet, inside, arranged.names_box)
    margin = notice_layout.MARGIN
    _draw_footer(canvas, sheet, inside, (margin, margin, setup.size[0] - 2 * margin,
                                         FOOTER_HEIGHT))
    body = max(arranged.scale * sheet.sizing.body_ratio, sheet.sizing.min_body)
    return {"scale": arranged.scale, "body_size": body, "qr_languages": inside,
            "qr_bodies": list(code_plan.bodies), "qr_payload": code_plan.payload,
            "qr_width_mm": geo.qr_width / mm, "qr_module_mm": module / mm}


def _draw_code(canvas: Canvas, payload, at: tuple[float, float], width: float) -> float:
    """The sheet's QR code (if it carries anything) at ``at``, ``width`` wide; its module size
    in points (0 without a code), which the caller reports."""
    if not payload:
        return 0.0
    code = qr.make(payload, qr.SHEET_LEVEL)
    qr.draw(canvas, code, *at, width)
    return width / (code.size + 2 * qr.QUIET_ZONE)


def draw_sheet(canvas: Canvas, sheet: Sheet, setup: PageSetup) -> dict:
    """Draw one sheet on the current page; returns what was printed (sizes, QR languages)."""
    if sheet.sizing.flow:
        return _draw_flow(canvas, sheet, setup)
    page_w, page_h = setup.size
    code_plan, layout, (scale, blocks) = _plan_page(sheet, setup)
    if sheet.drill:
        _drill_band(canvas, page_w, page_h)

    _draw_pictogram(canvas, sheet.pictogram, layout.picto_at, layout.picto)
    x, y, width, height = layout.text_box
    used = sum(before + f.height for f, before in blocks)
    # Centre the text group vertically; leftover space goes above and below, not between lines.
    top = y + height - (height - used) / 2
    for flowable, before in blocks:
        top -= before + flowable.height
        flowable.drawOn(canvas, x, top)

    inside = list(code_plan.languages)
    module = _draw_code(canvas, code_plan.payload, layout.qr_at, layout.qr_width)
    _draw_qr_languages(canvas, sheet, inside, layout.names_box)
    _draw_footer(canvas, sheet, inside, layout.footer_box)
    return {"scale": scale, "qr_languages": inside, "qr_bodies": list(code_plan.bodies),
            "qr_payload": code_plan.payload, "qr_width_mm": layout.qr_width / mm,
            "qr_module_mm": module / mm}


def _draw_qr_languages(canvas: Canvas, sheet: Sheet, inside: list[str],
                       box: tuple[float, float, float, float]) -> float:
    """Beside the QR code: the names, each in its own script, of the languages it adds.

    An evacuee whose language is not printed sees it named here and knows to scan. Returns the
    height used from the top of ``box``.
    """
    printed = {text.language.code for text in sheet.texts}
    extra = [get_language(code) for code in inside if code not in printed]
    if not extra:
        return 0.0
    x, y, width, height = box
    top = y + height
    head = ParagraphStyle("qrhead", fontSize=11, leading=14, alignment=TA_LEFT)
    para = paragraph(notice_layout.qr_heading(), get_language(STAFF_PAIR[0]), head, fonts.BOLD)
    _w, h = para.wrap(width, height)
    top -= h
    para.drawOn(canvas, x, top)
    cursor, line_top = x, top - 2
    for language in extra:
        name, name_w = _language_name(language.code)
        if cursor + name_w > x + width and cursor > x:
            cursor, line_top = x, line_top - 17
        if line_top - 17 < y:
            break
        # A copy: drawing sets the flowable's canvas, and previews draw in worker threads.
        copy.copy(name).drawOn(canvas, cursor, line_top - 17)
        cursor += name_w + 6
    return y + height - (line_top - 17)


@lru_cache(maxsize=64)
def _language_name(code: str) -> tuple[Flowable, float]:
    """A language's name in its own script, shaped and wrapped once per process (every page of
    a sign set names the same languages), and its width."""
    language = get_language(code)
    style = ParagraphStyle("qrname", fontSize=12, leading=17, alignment=TA_LEFT)
    name = label_paragraph(language.native, language, style)
    name_w = fonts.width_em(language.native, language.font) * 12 + 10
    name.wrap(name_w + 4, 17)
    return name, name_w


def _draw_pictogram(canvas: Canvas, pictogram: str, at: tuple[float, float], size: float) -> None:
    if not pictogram:
        return
    emoji = get_language("en")   # any language: the pictogram font comes from the fallbacks
    style = ParagraphStyle("picto", fontSize=size * 0.82, leading=size, alignment=TA_CENTER)
    para = paragraph(pictogram, emoji, style)
    para.wrap(size * 2, size)
    para.drawOn(canvas, at[0] - size, at[1])


def _draw_footer(canvas: Canvas, sheet: Sheet, inside: list[str],
                 box: tuple[float, float, float, float]) -> None:
    x, y, width, height = box
    both = TwoLanguages(*STAFF_PAIR)
    words = {"reviewed": both.pgettext("translation status", "reviewed"),
             "machine": both.pgettext("translation status", "machine"),
             "original": both.pgettext("translation status", "original")}
    draft = both.pgettext("translation status", "draft")
    statuses = [f"{text.language.code} {words.get(text.status, draft)}" for text in sheet.texts]
    total = len(sheet.qr_texts)
    translation = both.pgettext("sign sheet", "translation")
    private = TwoLanguages(*STAFF_PAIR, " / ").pgettext("sign sheet", "no personal data")
    lines = [
        f"ID: {sheet.id}  ·  QR ({len(inside)}/{total}): {' '.join(inside)}"
        + (f"  ·  {sheet.extra_footer}" if sheet.extra_footer else ""),
        f"{translation}: " + " · ".join(statuses) + f"  ·  evac-toolkit — {private}",
    ]
    style = ParagraphStyle("footer", fontSize=7, leading=8.5, alignment=TA_LEFT,
                           textColor="#444444")
    japanese = get_language(STAFF_PAIR[0])
    top = y
    for line in reversed(lines):
        para = paragraph(line, japanese, style)
        _w, h = para.wrap(width, height)
        para.drawOn(canvas, x, top)
        top += h


def _drill_band(canvas: Canvas, page_w: float, page_h: float) -> None:
    """Drill printouts say so on every edge, so they are never mistaken for real notices."""
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.1, 0.1)
    canvas.rect(0, page_h - 8 * mm, page_w, 8 * mm, stroke=0, fill=1)
    canvas.rect(0, 0, page_w, 5 * mm, stroke=0, fill=1)
    canvas.restoreState()
    style = ParagraphStyle("drill", fontSize=14, leading=16, alignment=TA_CENTER,
                           textColor="#ffffff")
    # "訓練 DRILL" is the mark of a drill on every screen and printout, in every language.
    drill_only = TwoLanguages(*STAFF_PAIR, " / ").pgettext("sign sheet", "for a drill only")
    para = paragraph(f"訓練 DRILL — {drill_only}", get_language(STAFF_PAIR[0]), style)
    para.wrap(page_w, 8 * mm)
    para.drawOn(canvas, 0, page_h - 6.5 * mm)


def write_sheets(sheets: list[Sheet], out: Path | None, setup: PageSetup,
                 progress: Callable[[int, int, str], None] | None = None,
                 title: str = "evac-toolkit") -> tuple[bytes | None, list[dict]]:
    """Lay out every sheet first (so a crowded one fails before anything is written), then write
    the PDF atomically to ``out``, or return its bytes when ``out`` is None."""
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=setup.size, pageCompression=1,
                    initialFontName=pdf_font("Noto Sans"))
    canvas.setTitle(title)
    canvas.setAuthor("evac-toolkit")
    canvas.setCreator("evac-toolkit (offline)")
    printed = []
    for number, sheet in enumerate(sheets, start=1):
        printed.append(draw_sheet(canvas, sheet, setup))
        canvas.showPage()
        if progress:
            progress(number, len(sheets), sheet.id)
    canvas.save()
    data = buffer.getvalue()
    if out is None:
        return data, printed
    with atomic_write(out) as handle:
        handle.write(data)
    return None, printed
