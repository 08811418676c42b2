"""A word-wrapped label that lays its text out once per width.

Qt's layouts ask a wrapped label for its height at a given width many times while a scroll area
settles (a translation's result cards: 160 questions for two cards, most at a width already
asked), and QLabel remembers only the last width, so each question lays the whole text out
again with HarfBuzz. For a long notice in Burmese at 20 pt that was 40-60 ms of a window frozen
on an old laptop. This label remembers every width asked since its text, font or style last
changed; the answer for a width never changes until then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel

#: Widths remembered at most; layouts ask for a handful, a window being resized for many more.
REMEMBERED_WIDTHS = 64

#: A plain text at least this long fills whatever width it is given (see ``sizeHint``).
LONG_TEXT = 400
#: The width QLabel first tries for wrapped text, in average characters.
HINT_CHARACTERS = 80

#: Changes after which the same width may need another height.
_LAYOUT_EVENTS = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LayoutDirectionChange, QEvent.Type.ContentsRectChange})


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent=None, **kwargs) -> None:
        self._heights: dict[int, int] = {}
        self._hint: QSize | None = None
        super().__init__(text, parent, **kwargs)
        self.setWordWrap(True)
        # What it shows is typed or translated text: "<b>" in a notice is shown, not obeyed.
        self.setTextFormat(Qt.TextFormat.PlainText)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        height = self._heights.get(width)
        if height is None:
            height = super().heightForWidth(width)
            if len(self._heights) >= REMEMBERED_WIDTHS:
                self._heights.clear()
            self._heights[width] = height
        return height

    def sizeHint(self) -> QSize:  # noqa: N802
        """For a long plain text, QLabel lays it out at 80 average characters, and again at
        half and a quarter of that width in search of a nicer shape when the text is short;
        a long text fills any width anyway. One layout at that width (remembered for
        ``heightForWidth``) gives the same hint for a third of the work: 7 ms saved per
        result card of a long notice."""
        if self._hint is None:
            self._hint = self._long_text_hint() or super().sizeHint()
        return self._hint

    def _long_text_hint(self) -> QSize | None:
        if len(self.text()) < LONG_TEXT or self.textFormat() != Qt.TextFormat.PlainText:
            return None
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + max(self.indent(), 0)
        width = min(self.fontMetrics().averageCharWidth() * HINT_CHARACTERS,
                    self.maximumWidth()) + extra
        return QSize(width, self.heightForWidth(width))

    def forget_heights(self) -> None:
        self._heights.clear()
        self._hint = None

    def setText(self, text: str) -> None:  # noqa: N802
        self.forget_heights()
        super().setText(text)

    def setFont(self, font) -> None:  # noqa: N802
        self.forget_heights()
        super().setFont(font)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self.forget_heights()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self.forget_heights()
        super().setMargin(margin)

    def setTextFormat(self, text_format) -> None:  # noqa: N802
        self.forget_heights()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self.forget_heights()
        super().setWordWrap(on)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in _LAYOUT_EVENTS:
            self.forget_heights()
        super().changeEvent(event)
