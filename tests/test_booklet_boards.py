"""The booklet has every board the screen has, in the screen's order (issue 19): numbers, clock,
days and religion included, each in the evacuee's language beside Japanese.

The screen's boards are read from the view's own data (its board chooser and the answers board's
tool tabs), the booklet's from its PDF outline: a board added to the screen without a booklet page
fails here. Japanese text is extracted with pypdf; shaped scripts (Burmese, Sinhala) with PDFium,
which reads the /ActualText spans the booklet writes (pypdf ignores them and returns the glyphs'
private-use code points)."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from functools import cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from pypdf import PdfReader

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.printing.booklet import write_booklet
from evac_toolkit.ui.fingerboards.tools import AnswersBoard
from evac_toolkit.ui.fingerboards.view import BOARDS as SCREEN_CHOOSER

BANK = ContentBank()
TODAY = dt.date(2026, 12, 7)
NEW_BOARDS = ("numbers", "clock", "days", "religion")


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def screen_boards() -> list[str]:
    """The boards the Fingerboards view shows, in its order: the chooser's boards, the answers
    board opened into its tabs (answers, numbers, clock, days)."""
    boards: list[str] = []
    for board, _keys, _pictogram in SCREEN_CHOOSER:
        if board == "answers":
            boards += [tool for tool, _keys, _pictogram in AnswersBoard.TOOLS]
        else:
            boards.append(board)
    return boards


@cache
def booklet(code: str) -> bytes:
    return write_booklet(BANK, get_language(code), None, today=TODAY)


def outline(code: str) -> list[tuple[str, int]]:
    """(board id, page index) of every outline entry, the board found by its Japanese title."""
    by_title = {BANK.text("ja", board["title"]): board["id"] for board in BANK.boards}
    reader = PdfReader(io.BytesIO(booklet(code)))
    return [(by_title[entry.title.rsplit(" / ", 1)[-1]], reader.get_destination_page_number(entry))
            for entry in reader.outline]


def test_the_screen_shows_every_board_of_the_content():
    assert sorted(screen_boards()) == sorted(board["id"] for board in BANK.boards)


@pytest.mark.parametrize("code", ["en", "ja"])
def test_every_board_on_screen_has_booklet_pages_in_the_screens_order(code):
    entries = outline(code)
    assert [board for board, _page in entries] == screen_boards()
    pages = [page for _board, page in entries]
    assert pages == sorted(set(pages))                    # each board starts a page of its own
    reader = PdfReader(io.BytesIO(booklet(code)))
    for board, page in entries:                           # and that page carries its title
        title = BANK.text("ja", f"board.{board}")
        assert squash(title) in squash(reader.pages[page].extract_text()), board


def _pages(code: str, board: str) -> tuple[str, str]:
    """The text of ``board``'s pages: (pypdf, PDFium)."""
    entries = outline(code)
    index = [board for board, _page in entries].index(board)
    first = entries[index][1]
    end = entries[index + 1][1] if index + 1 < len(entries) else None
    reader = PdfReader(io.BytesIO(booklet(code)))
    document = pdfium.PdfDocument(booklet(code))
    numbers = range(first, end if end is not None else len(reader.pages))
    return ("\n".join(reader.pages[n].extract_text() for n in numbers),
            "\n".join(document[n].get_textpage().get_text_range() for n in numbers))


def _word(code: str, key: str) -> str:
    """"7 (seven)" → "seven", as the number tiles print it."""
    text = BANK.text(code, key)
    return text[text.index("(") + 1:text.rindex(")")] if "(" in text else \
        text[text.index("（") + 1:text.rindex("）")]


@pytest.mark.parametrize("code", ["my", "si"])
def test_the_new_pages_are_in_the_evacuees_language_beside_japanese(code):
    language = get_language(code)
    # Numbers: 0-9 and 10 ... 100 with their words, the questions a number answers.
    japanese, shaped = _pages(code, "numbers")
    values = [item["value"] for item in BANK.items if item["board"] == "numbers"]
    for value in values:
        assert str(value) in japanese
        assert squash(_word("ja", f"numbers.{value}")) in squash(japanese)
        assert squash(_word(code, f"numbers.{value}")) in squash(shaped)
    for key in ("staff.since_when", "staff.how_many_family", "staff.how_old_are_you"):
        assert squash(BANK.text("ja", key)) in squash(japanese), key
        assert squash(BANK.text(code, key)) in squash(shaped), key
    # "{number} hours" prints with a blank to point at, never its placeholder.
    assert "{number}" not in japanese + shaped
    assert squash(BANK.text("ja", "clock.hours").replace("{number}", "___")) in squash(japanese)

    # Clock: every word of the screen's clock, hours 1-12 with their 24-hour times, minutes.
    japanese, shaped = _pages(code, "clock")
    for item in (item for item in BANK.items if item["board"] == "clock"):
        text = BANK.text("ja", item["id"]).replace("{number}", "___")
        assert squash(text) in squash(japanese), item["id"]
        own = BANK.text(code, item["id"]).replace("{number}", "___")
        assert squash(own) in squash(shaped), item["id"]
    for time in ("13:00", "23:00", "0:00", "12:00", "55"):
        assert time in japanese

    # Days: the weekdays, yesterday / today / tomorrow, this month's and next month's calendar.
    japanese, shaped = _pages(code, "days")
    for key in ("days.prompt", "days.monday", "days.thursday", "days.sunday", "clock.yesterday",
                "clock.today", "clock.tomorrow"):
        assert squash(BANK.text("ja", key)) in squash(japanese), key
        # The whole word on one line: a tile never cuts a word inside a syllable.
        assert unicodedata.normalize("NFC", BANK.text(code, key)) in \
            unicodedata.normalize("NFC", shaped), key
    assert "2026年12月" in japanese and "2027年1月" in japanese
    assert language.months[11] in unicodedata.normalize("NFC", shaped)
    assert language.months[0] in unicodedata.normalize("NFC", shaped)
    assert all(str(day) in japanese for day in range(1, 32))

    # Religion: its question first, then every card, as on screen.
    japanese, shaped = _pages(code, "religion")
    items = [item["id"] for item in BANK.items if item["board"] == "religion"]
    assert items[0] == "religion.prompt"
    for key in items:
        assert squash(BANK.text("ja", key)) in squash(japanese), key
        assert squash(BANK.text(code, key)) in squash(shaped), key
    assert squash(japanese).index(squash(BANK.text("ja", items[0]))) < \
        squash(japanese).index(squash(BANK.text("ja", items[1])))


@pytest.mark.parametrize("code", ["my", "si", "th"])
def test_every_character_of_the_new_pages_has_a_real_glyph(code):
    """No tofu: every character PDFium finds maps to a character (a .notdef box maps to none)."""
    document = pdfium.PdfDocument(booklet(code))
    for board, page in outline(code):
        if board not in NEW_BOARDS:
            continue
        text = document[page].get_textpage()
        assert text.count_chars() > 100, board
        for index in range(text.count_chars()):
            assert pdfium_raw.FPDFText_GetUnicode(text, index) not in (0, 0xFFFE, 0xFFFF), board


def test_a_thai_card_is_never_cut_inside_a_word():
    """Thai writes no spaces inside a phrase: a card too narrow for it gets smaller text, not a
    line break that leaves a consonant alone (กรุณาเขียนลงกระดา / ษ, "please write on paper")."""
    import pypdfium2 as pdfium

    phrase = BANK.text("th", "answers.write_it_down")
    assert phrase and " " not in phrase
    document = pdfium.PdfDocument(booklet("th"))
    text = "".join(page.get_textpage().get_text_range() for page in document)
    assert phrase in text
