"""The recovery key on paper: one A4 page for the coordinator, printed once when the shelter
passphrase is set up (the key is never stored on the laptop, so it cannot be printed again).

The key is set large, in groups of four in a grid, so it can be typed back from the paper; the
text says in Japanese and English what it opens and how to keep it.
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
from evac_toolkit.core.languages import get_language
from evac_toolkit.core.printing.pdf_fonts import paragraph

_JA = ("この紙の回復キーで、避難所の名簿（暗号化されています）を開けます。パスフレーズを忘れたときは、"
       "名簿の画面で「回復キーを使う」を選び、このキーを入力して新しいパスフレーズを設定してください。"
       "このキーを持つ人は誰でも名簿を読めます。鍵のかかる場所に保管し、写真を撮ったり、"
       "パソコンと一緒にしまったりしないでください。")
_EN = ("This recovery key opens the shelter's registry (it is encrypted). If the passphrase is "
       "forgotten, choose \"Use the recovery key\" on the Registry screen, type this key and set "
       "a new passphrase. Anyone holding this key can read the registry: keep it locked away, "
       "never photograph it, and never keep it with the laptop.")


def _para(text: str, code: str, size: float, weight: int = fonts.REGULAR,
          align: int = TA_LEFT):
    language = get_language(code)
    style = ParagraphStyle(f"recovery{size:.1f}{align}", fontSize=size, alignment=align,
                           leading=size * fonts.spec(language.font).leading)
    return paragraph(text, language, style, weight)


def recovery_pdf(recovery: str, *, shelter: str = "", made: dt.datetime | None = None) -> bytes:
    """The page as PDF bytes."""
    made = made or dt.datetime.now()
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
    story = [
        _para("名簿の回復キー", "ja", 22, fonts.BOLD),
        _para("Registry recovery key", "en", 14, fonts.BOLD),
        Spacer(1, 6 * mm),
        _para(f"避難所 Shelter: {shelter}" if shelter else "避難所 Shelter: ______________________",
              "ja", 11),
        _para(f"作成日 Made: {made:%Y-%m-%d %H:%M}", "ja", 11),
        Spacer(1, 8 * mm),
        grid,
        Spacer(1, 3 * mm),
        _para("（数字の 0・1・8 は使いません。O・I・B と読んでください）"
              " No digits 0, 1 or 8: read them as O, I and B.", "ja", 9),
        Spacer(1, 8 * mm),
        _para(_JA, "ja", 11),
        Spacer(1, 4 * mm),
        _para(_EN, "en", 10),
        Spacer(1, 14 * mm),
        _para("保管者（責任者）Kept by (coordinator): ______________________", "ja", 11),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, title="Registry recovery key",
                      pageCompression=1).build(story)
    return buffer.getvalue()


def write_recovery_sheet(recovery: str, out: Path, *, shelter: str = "") -> Path:
    """Write the page to ``out`` (atomically; an unwritable folder is a UserError)."""
    return write_output(recovery_pdf(recovery, shelter=shelter), out)
