"""Easy Japanese on paper: furigana drawn above their kanji, lines broken between phrases.

ReportLab paragraphs cannot draw ruby, so this flowable lays the segments out itself and draws each
base and each reading as a one-line shaped paragraph. Each base and its reading share a span whose
/ActualText is the base: text copied or extracted from the PDF is the sentence itself, without
readings mixed into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.languages import Language
from evac_toolkit.core.printing.pdf_fonts import actual_text_hex, paragraph

RUBY_RATIO = 0.5        # reading size / base size
LINE_GAP = 0.15         # extra space between lines, in base em
_SPACES = (" ", "\u3000")


@dataclass(frozen=True)
class _Piece:
    base: str
    reading: str | None
    width: float          # points: the wider of base and reading


class RubyParagraph(Flowable):
    """``text`` in ruby markup (``｜漢字《かんじ》``) at ``size`` points, wrapped to the frame."""

    def __init__(self, text: str, language: Language, size: float, *,
                 weight: int = fonts.REGULAR, alignment: int = TA_CENTER,
                 color: str = "#000000") -> None:
        super().__init__()
        self.text = text
        self.language = language
        self.size = size
        self.weight = weight
        self.alignment = alignment
        self.color = color
        self.ruby_size = size * RUBY_RATIO
        self.line_height = size * (1.0 + LINE_GAP) + self.ruby_size * 1.05
        self._lines: list[list[_Piece]] = []

    # -- layout -----------------------------------------------------------------------------------
    def _em(self, text: str) -> float:
        return fonts.width_em(text, self.language.font)

    def _pieces(self) -> list[list[_Piece]]:
        """Phrases (split at spaces), each a list of pieces that must stay together."""
        phrases: list[list[_Piece]] = [[]]
        for segment in ruby.segments(self.text):
            if segment.reading is not None:
                phrases[-1].append(self._piece(segment.text, segment.reading))
                continue
            for char in segment.text:
                if char in _SPACES:
                    phrases.append([])
                else:
                    phrases[-1].append(self._piece(char, None))
        return [phrase for phrase in phrases if phrase]

    def _piece(self, base: str, reading: str | None) -> _Piece:
        width = self._em(base) * self.size
        if reading:
            width = max(width, self._em(reading) * self.ruby_size)
        return _Piece(base, reading, width)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        space = self._em(" ") * self.size
        lines: list[list[_Piece]] = []
        current: list[_Piece] = []
        used = 0.0
        for phrase in self._pieces():
            width = sum(piece.width for piece in phrase)
            gap = space if current else 0.0
            if current and used + gap + width > avail_width:
                lines.append(current)
                current, used, gap = [], 0.0, 0.0
            if current:
                current.append(_Piece(" ", None, space))
            # A phrase wider than the line breaks between its pieces (Japanese allows it).
            for piece in phrase:
                if current and used + gap + piece.width > avail_width:
                    lines.append(current)
                    current, used, gap = [], 0.0, 0.0
                current.append(piece)
                used += gap + piece.width
                gap = 0.0
        if current:
            lines.append(current)
        self._lines = lines
        self.width = avail_width
        self.height = len(lines) * self.line_height
        return self.width, self.height

    def widest_line(self) -> float:
        return max((sum(p.width for p in line) for line in self._lines), default=0.0)

    # -- drawing ----------------------------------------------------------------------------------
    def _style(self, size: float) -> ParagraphStyle:
        return ParagraphStyle("ruby", fontSize=size, leading=size * 1.2, textColor=self.color)

    def draw(self) -> None:
        canvas = self.canv
        base_style, ruby_style = self._style(self.size), self._style(self.ruby_size)
        top = self.height
        for line in self._lines:
            line_width = sum(piece.width for piece in line)
            x = {TA_LEFT: 0.0, TA_RIGHT: self.width - line_width}.get(
                self.alignment, (self.width - line_width) / 2)
            base_bottom = top - self.line_height
            for piece in line:
                if piece.reading:
                    # One span holds base and reading; its /ActualText is the base alone, so
                    # the reading is drawn but not extracted (PDFium reads a span's text once).
                    canvas.addLiteral(f"/Span <</ActualText <{actual_text_hex(piece.base)}>>> BDC")
                if piece.base.strip():
                    base_width = self._em(piece.base) * self.size
                    self._draw_text(piece.base, base_style, x + (piece.width - base_width) / 2,
                                    base_bottom)
                if piece.reading:
                    reading_width = self._em(piece.reading) * self.ruby_size
                    self._draw_text(piece.reading, ruby_style,
                                    x + (piece.width - reading_width) / 2,
                                    base_bottom + self.size * (1.0 + LINE_GAP / 2))
                    canvas.addLiteral("EMC")
                x += piece.width
            top -= self.line_height

    def _draw_text(self, text: str, style: ParagraphStyle, x: float, y: float) -> None:
        para = paragraph(text, self.language, style, self.weight)
        para.wrap(10_000, 10_000)
        para.drawOn(self.canv, x, y)
