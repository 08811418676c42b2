"""The recovery key on paper: one A4 page for the coordinator, printed once when the shelter
passphrase is set up (the key is never stored on the laptop, so it cannot be printed again).

The key is set large, in groups of four in a grid, so it can be typed back from the paper; the
text says in Japanese and English (the message catalogs) what it opens and how to keep it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from evac_toolkit.core import fonts
from evac_toolkit.core.atomic import write_output
from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.printing.pdf_fonts import paragraph
from evac_toolkit.core.printing.two_languages import STAFF_PAIR, TwoLanguages


def _para(text: str, code: str, size: float, weight: int = fonts.REGULAR,
          align: int = TA_LEFT):
    language = get_language(code)
    style = ParagraphStyle(f"recovery{size:.1f}{align}", fontSize=size, alignment=align,
                           leading=size * fonts.spec(language.font).leading)
    return paragraph(text, language, style, weight)


def recovery_pdf(recovery: str, *, shelter: str = "", made: dt.datetime | None = None,
                 languages: tuple[str, str] = STAFF_PAIR) -> bytes:
    """The page as PDF bytes, in two ``languages`` (Japanese and English)."""
    made = made or dt.datetime.now()
    first, second = languages
    words = [catalog(first), catalog(second)]
    both = TwoLanguages(first, second)
    blank = "______________________"
    groups = recovery.split("-")
    per_row = 4
    rows = [[_para(group, "en", 22, fonts.BOLD, TA_CENTER) for group in groups[i:i + per_row]]
            for i in range(0, len(groups), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    grid = Table(rows, colWidths=[38 * mm] * per_row, rowHeights=[14 * mm] * len(rows))
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    title, about = (
        [t.pgettext("recovery sheet", "Registry recovery key") for t in words],
        [t.pgettext("recovery sheet",
                    "This recovery key opens the shelter's registry (it is encrypted). If the "
                    "passphrase is forgotten, choose \"Use the recovery key\" on the Registry "
                    "screen, type this key and set a new passphrase. Anyone holding this key can "
                    "read the registry: keep it locked away, never photograph it, and never keep "
                    "it with the laptop.") for t in words])
    where = both.pgettext("recovery sheet", "Shelter")
    when = both.pgettext("recovery sheet", "Made")
    kept_by = TwoLanguages(first, second, "").pgettext("recovery sheet", "Kept by (coordinator)")
    story = [
        _para(title[0], first, 22, fonts.BOLD),
        _para(title[1], second, 14, fonts.BOLD),
        Spacer(1, 6 * mm),
        _para(f"{where}: {shelter or blank}", first, 11),
        _para(f"{when}: {made:%Y-%m-%d %H:%M}", first, 11),
        Spacer(1, 8 * mm),
        grid,
        Spacer(1, 3 * mm),
        _para(both.pgettext("recovery sheet", "No digits 0, 1 or 8: read them as O, I and B."),
              first, 9),
        Spacer(1, 8 * mm),
        _para(about[0], first, 11),
        Spacer(1, 4 * mm),
        _para(about[1], second, 10),
        Spacer(1, 14 * mm),
        _para(f"{kept_by}: {blank}", first, 11),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, title="Registry recovery key",
                      pageCompression=1).build(story)
    return buffer.getvalue()


def write_recovery_sheet(recovery: str, out: Path, *, shelter: str = "") -> Path:
    """Write the page to ``out`` (atomically; an unwritable folder is a UserError)."""
    return write_output(recovery_pdf(recovery, shelter=shelter), out)
