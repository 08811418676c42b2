"""The screen's answer tools on paper: the numbers, clock and days pages of the booklet.

On screen these are a number pad, a time picker and the days board behind the answers board's
tabs; on paper each is a page to point at: digits large with their words, a clock face with hour
and minute grids for a.m. and p.m., the weekdays, yesterday / today / tomorrow and this month's and
next month's calendars. Every word comes from the content bank or the language catalog, in the
evacuee's language with Japanese below; nothing is worded here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from evac_toolkit.core import fonts
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, get_language
from evac_toolkit.core.printing.booklet_page import (
    GAP,
    MARGIN,
    _board_title,
    _cards,
    _new_page,
    _overflows,
    _Page,
    _shown,
    _text,
)
from evac_toolkit.core.printing.pdf_fonts import paragraph, pdf_font

#: "7 (seven)" → "seven", "7（なな）" → "なな": the word a digit's tile shows under it (as the
#: screen's number pad does).
_WORD = re.compile(r"^\s*\d+\s*[（(](.+)[)）]\s*$")
DIGITS = tuple(str(n) for n in range(10))
#: Questions a number answers, from the staff board: pointed at again beside the numbers.
NUMBER_QUESTIONS = ("staff.how_old_are_you", "staff.how_many_family", "staff.how_many_with_you",
                    "staff.since_when", "clock.minutes", "clock.hours")
TIME_OF_DAY = ("clock.morning", "clock.noon", "clock.afternoon", "clock.evening", "clock.night")
HALVES = ("clock.am", "clock.pm")
RELATIVE_DAYS = ("clock.yesterday", "clock.today", "clock.tomorrow")
WEEKDAYS = ("days.monday", "days.tuesday", "days.wednesday", "days.thursday", "days.friday",
            "days.saturday", "days.sunday")
SUNDAY_RED = "#b00020"
LATIN = "en"                   # numerals are set in the Latin font


def _japanese() -> Language:
    return get_language("ja")


def _both(language: Language) -> bool:
    """Whether a tile shows Japanese under the evacuee's language (not when they are one)."""
    return language.code != "ja"


def _item(bank: ContentBank, item_id: str) -> dict:
    return next(item for item in bank.items if item["id"] == item_id)


def _tile_para(text: str, language: Language, size: float, weight: int, colour: str):
    """A centred paragraph that breaks lines only between words: a word too wide for its tile
    makes the tile's text smaller (``_tile``), it is never cut inside a syllable."""
    leading = fonts.spec(language.font).leading
    style = ParagraphStyle(f"t{size}", fontSize=size, leading=size * leading, alignment=TA_CENTER,
                           textColor=colour, splitLongWords=0)
    return paragraph(_shown(language, text), language, style, weight)


def _tile(canvas: Canvas, x: float, top: float, w: float, h: float, lines: list[tuple],
          *, width: float = 0.8, fill: str | None = None) -> None:
    """A rounded box with ``lines`` (text, language, size, weight, colour) centred in it. A line
    with a word too wide for the box gets smaller on its own, then all shrink together until the
    lines fit the box's height: nothing is clipped or cut inside a word."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.55, 0.55, 0.6)
    canvas.setLineWidth(width)
    if fill:
        canvas.setFillColor(fill)
    canvas.roundRect(x, top - h, w, h, 2 * mm, stroke=1, fill=int(fill is not None))
    canvas.restoreState()
    inner_w, inner_h = w - 2.4 * mm, h - 1.6 * mm
    fitted = []
    for text, language, size, weight, colour in (line for line in lines if line[0]):
        while size > 4:
            para = _tile_para(text, language, size, weight, colour)
            para.wrap(inner_w, inner_h)
            if not _overflows(para):
                break
            size *= 0.92
        fitted.append((text, language, size, weight, colour))
    lines = fitted
    scale = 1.0
    while True:
        paras = [_tile_para(text, language, size * scale, weight, colour)
                 for text, language, size, weight, colour in lines]
        heights = [para.wrap(inner_w, inner_h)[1] for para in paras]
        if (sum(heights) <= inner_h and not any(_overflows(p) for p in paras)) or scale < 0.3:
            break
        scale *= 0.9
    y = top - (h - sum(heights)) / 2
    for para, height in zip(paras, heights, strict=True):
        y -= height
        para.drawOn(canvas, x + 1.2 * mm, y)


def _word(bank: ContentBank, code: str, item_id: str) -> str | None:
    text = _text(bank, code, item_id)
    if not text:
        return None
    match = _WORD.match(text)
    return match.group(1) if match else text


def _unit(bank: ContentBank, code: str, item_id: str) -> str:
    """"{number} minutes" → "minutes": a grid's label from the phrase its numbers fill."""
    return (bank.text(code, item_id) or "").replace("{number}", "").strip()


def _grid(page: _Page, y: float, values: list[str], columns: int, height: float,
          captions=None, size: float = 30) -> float:
    """Tiles of numbers in ``columns``; ``captions(value)`` gives the lines under a number."""
    canvas = page.canvas
    tile_w = (page.width - 2 * MARGIN - GAP * (columns - 1)) / columns
    for index, value in enumerate(values):
        column = index % columns
        if column == 0 and index:
            y -= height + GAP
        lines = [(value, get_language(LATIN), size, fonts.BOLD, "#000000")]
        lines += captions(value) if captions else []
        _tile(canvas, MARGIN + column * (tile_w + GAP), y, tile_w, height, lines)
    return y - height - GAP


def _number_captions(bank: ContentBank, language: Language):
    def captions(value: str) -> list[tuple]:
        lines = [(_word(bank, language.code, f"numbers.{value}"), language, 13, fonts.REGULAR,
                  "#000000")]
        if _both(language):
            lines.append((_word(bank, "ja", f"numbers.{value}"), _japanese(), 9, fonts.REGULAR,
                          "#333333"))
        return lines
    return captions


def numbers_page(page: _Page, bank: ContentBank, board: dict) -> None:
    """0–9 large with their words, 10 … 100, and the questions a number answers."""
    y = _new_page(page, _board_title(bank, board, page.language))
    captions = _number_captions(bank, page.language)
    y = _grid(page, y, list(DIGITS[1:]) + ["0"], 5, 34 * mm, captions, size=40)
    tens = [item["id"].split(".", 1)[1] for item in bank.items
            if item["board"] == "numbers" and item["id"].split(".", 1)[1] not in DIGITS]
    y = _grid(page, y - 2 * mm, tens, len(tens), 26 * mm, captions, size=28)
    questions = [_item(bank, key) for key in NUMBER_QUESTIONS]
    _cards(page, bank, board, questions, 2, y - 2 * mm, size=14)


def _phrase_lines(bank: ContentBank, language: Language, item_id: str, size: float) -> list:
    lines = [(_text(bank, language.code, item_id), language, size, fonts.BOLD, "#000000")]
    if _both(language):
        lines.append((_text(bank, "ja", item_id), _japanese(), size * 0.7, fonts.REGULAR,
                      "#333333"))
    return lines


def _clock_face(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    """A clock face to point at: hours 1–12 large, a tick for every minute, the minutes every
    five round the outside."""
    canvas.saveState()
    canvas.setLineWidth(1.4)
    canvas.circle(cx, cy, radius, stroke=1, fill=0)
    for minute in range(60):
        angle = math.radians(90 - minute * 6)
        inner = radius - (4 * mm if minute % 5 == 0 else 2 * mm)
        canvas.setLineWidth(1.1 if minute % 5 == 0 else 0.4)
        canvas.line(cx + inner * math.cos(angle), cy + inner * math.sin(angle),
                    cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    canvas.circle(cx, cy, 1.2 * mm, stroke=0, fill=1)
    # Digits only, centred on their point by their cap height: the Latin font has them all.
    for hour in range(1, 13):
        angle = math.radians(90 - hour * 30)
        for text, distance, size, weight, grey in (
                (str(hour), radius - 9 * mm, 17, fonts.BOLD, 0),
                (f"{hour * 5 % 60:02d}", radius + 4 * mm, 8, fonts.REGULAR, 0.33)):
            canvas.setFillGray(grey)
            canvas.setFont(pdf_font("Noto Sans", weight), size)
            canvas.drawCentredString(cx + distance * math.cos(angle),
                                     cy + distance * math.sin(angle) - size * 0.36, text)
    canvas.restoreState()


def clock_page(page: _Page, bank: ContentBank, board: dict) -> None:
    """A clock face, a.m. / p.m. and the times of day beside it, an hour grid for a.m. and one
    for p.m., a minutes grid, then the clock's other words as cards."""
    canvas = page.canvas
    language = page.language
    y = _new_page(page, _board_title(bank, board, language))
    radius = 30 * mm
    face_w = 2 * radius + 14 * mm
    _clock_face(canvas, MARGIN + face_w / 2, y - face_w / 2, radius)
    # Beside the face: a.m. / p.m., then the times of day with their pictograms.
    x = MARGIN + face_w + GAP
    side_w = page.width - MARGIN - x
    half_w = (side_w - GAP) / 2
    for column, key in enumerate(HALVES):
        _tile(canvas, x + column * (half_w + GAP), y, half_w, 24 * mm,
              _phrase_lines(bank, language, key, 16))
    times_w = (side_w - GAP * 2) / 3
    times_h = (face_w - 24 * mm - 2 * GAP) / 2
    for index, key in enumerate(TIME_OF_DAY):
        row, column = divmod(index, 3)
        lines = [(_item(bank, key).get("pictogram", ""), get_language(LATIN), 14, fonts.REGULAR,
                  "#000000")] + _phrase_lines(bank, language, key, 12)
        _tile(canvas, x + column * (times_w + GAP), y - 24 * mm - GAP - row * (times_h + GAP),
              times_w, times_h, lines)
    y -= face_w + GAP
    # The hours for a.m. and for p.m. (with the 24-hour time under p.m.), then the minutes.
    label_w = 34 * mm
    cell_w = (page.width - 2 * MARGIN - label_w - 12 * 1.2 * mm) / 12
    rows = [(HALVES[0], [(str(h), f"{h if h < 12 else 0}:00") for h in range(1, 13)]),
            (HALVES[1], [(str(h), f"{h + 12 if h < 12 else 12}:00") for h in range(1, 13)]),
            ("clock.minutes", [(f"{m:02d}", None) for m in range(0, 60, 5)])]
    for key, cells in rows:
        if key == "clock.minutes":
            label = [(_unit(bank, language.code, key), language, 12, fonts.BOLD, "#000000")]
            if _both(language):
                label.append((_unit(bank, "ja", key), _japanese(), 9, fonts.REGULAR, "#333333"))
        else:
            label = _phrase_lines(bank, language, key, 12)
        height = 17 * mm
        _tile(canvas, MARGIN, y, label_w, height, label, fill="#eef0f5")
        for index, (number, note) in enumerate(cells):
            cell = [(number, get_language(LATIN), 17, fonts.BOLD, "#000000")]
            if note:
                cell.append((note, get_language(LATIN), 7, fonts.REGULAR, "#555555"))
            _tile(canvas, MARGIN + label_w + 1.2 * mm + index * (cell_w + 1.2 * mm), y, cell_w,
                  height, cell)
        y -= height + GAP
    shown = set(HALVES) | set(TIME_OF_DAY)
    rest = [item for item in bank.items if item["board"] == "clock" and item["id"] not in shown]
    _cards(page, bank, board, rest, 3, y - 2 * mm, size=13)


def _month_title(bank: ContentBank, language: Language, year: int, month: int) -> list:
    """A calendar's heading: the month's name in the evacuee's language where the catalog has
    names, else its number; Japanese below."""
    japanese = message_catalog("ja").pgettext("booklet calendar heading: month and year",
                                              "{month}/{year}").format(month=month, year=year)
    lines = []
    if _both(language):
        if language.months:
            own = f"{language.months[month - 1]} {year}"
        else:
            own = message_catalog(language.code).pgettext(
                "booklet calendar heading: month and year", "{month}/{year}").format(
                month=month, year=year)
        lines.append((own, language, 13, fonts.BOLD, "#000000"))
    lines.append((japanese, _japanese(), 13 if not lines else 10,
                  fonts.BOLD if not lines else fonts.REGULAR, "#333333"))
    return lines


def _weekday_names(bank: ContentBank, language: Language) -> list[str | None]:
    """Column heads: the catalog's weekday names (short where the language has short ones),
    else the days board's."""
    if language.weekdays:
        return list(language.weekdays)
    return [_text(bank, language.code, key) for key in WEEKDAYS]


CALENDAR_TITLE_H, CALENDAR_HEAD_H, CALENDAR_CELL_H = 13 * mm, 12 * mm, 9 * mm


def _calendar_height(weeks: int) -> float:
    return CALENDAR_TITLE_H + 1 * mm + CALENDAR_HEAD_H + weeks * CALENDAR_CELL_H


def _calendar(page: _Page, bank: ContentBank, x: float, top: float, width: float,
              year: int, month: int) -> float:
    """One month, Monday first, weekday names in both languages over the columns. No day is
    marked: the booklet is used on days after the one it was printed. Returns the y below it."""
    canvas = page.canvas
    language = page.language
    _tile(canvas, x, top, width, CALENDAR_TITLE_H, _month_title(bank, language, year, month),
          width=0)
    top -= CALENDAR_TITLE_H + 1 * mm
    cell_w = width / 7
    short = _japanese().weekdays
    own = _weekday_names(bank, language)
    for column in range(7):
        colour = SUNDAY_RED if column == 6 else "#000000"
        lines = [(own[column], language, 11, fonts.BOLD, colour)] if _both(language) else []
        lines.append((short[column], _japanese(), 9, fonts.REGULAR if lines else fonts.BOLD,
                      colour))
        _tile(canvas, x + column * cell_w, top, cell_w, CALENDAR_HEAD_H, lines, width=0.4,
              fill="#eef0f5")
    top -= CALENDAR_HEAD_H
    cell_h = CALENDAR_CELL_H
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        for column, day in enumerate(week):
            if not day:
                continue
            _tile(canvas, x + column * cell_w, top, cell_w, cell_h,
                  [(str(day), get_language(LATIN), 16, fonts.BOLD,
                    SUNDAY_RED if column == 6 else "#000000")], width=0.4)
        top -= cell_h
    return top


def days_page(page: _Page, bank: ContentBank, board: dict, today: dt.date) -> None:
    """The question, the weekdays, yesterday / today / tomorrow, and this month's and next
    month's calendars to point at a date."""
    language = page.language
    y = _new_page(page, _board_title(bank, board, language))
    items = [item for item in bank.items if item["board"] == "days"]
    prompts = [item for item in items if item.get("group") == "prompt"]
    y = _cards(page, bank, board, prompts, 1, y, size=16)
    # The weekdays as tiles without a pictogram's margin: a long name (Sinhala's Thursday)
    # keeps the whole width of its tile.
    days = [item["id"] for item in items if item not in prompts]
    y = _phrase_grid(page, bank, y, days, 4, 18 * mm, 15)
    y = _phrase_grid(page, bank, y, list(RELATIVE_DAYS), 3, 18 * mm, 16) - GAP
    following = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    for first in (today.replace(day=1), following):
        weeks = len(calendar.Calendar(firstweekday=0).monthdayscalendar(first.year, first.month))
        if y - _calendar_height(weeks) < MARGIN + 6 * mm:
            y = _new_page(page, _board_title(bank, board, language))
        y = _calendar(page, bank, MARGIN, y, page.width - 2 * MARGIN, first.year,
                      first.month) - 2 * GAP


def _phrase_grid(page: _Page, bank: ContentBank, y: float, keys: list[str], columns: int,
                 height: float, size: float) -> float:
    width = (page.width - 2 * MARGIN - GAP * (columns - 1)) / columns
    for index, key in enumerate(keys):
        row, column = divmod(index, columns)
        _tile(page.canvas, MARGIN + column * (width + GAP), y - row * (height + GAP), width,
              height, _phrase_lines(bank, page.language, key, size))
    rows = -(-len(keys) // columns)
    return y - rows * (height + GAP)
