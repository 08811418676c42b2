"""Cards and tiles: large, painted buttons that show a phrase in the evacuee's language first and
Japanese below, and the grid that lays them out at any width and text size.

Cards are painted rather than built from labels so that each language is drawn in its own font
with its own leading, the whole card is one touch target, and high contrast is one switch. Arrow
keys move between cards and Enter presses them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from evac_toolkit.core import fonts
from evac_toolkit.core.i18n import pgettext
from evac_toolkit.ui.fingerboards.style import (
    JAPANESE,
    SIZES,
    BoardContext,
    Phrase,
    draw_text,
    emoji_font,
    fit_font,
    fit_name,
    fit_words,
    fits,
    leading,
    line_step,
    make_font,
    missing_note,
    text_height,
)
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
          Qt.Key.Key_Down: (0, 1)}


def move_focus(widget: QWidget, key: int) -> bool:
    """Focus the nearest tile from ``widget`` in the arrow's direction, in the same window."""
    dx, dy = ARROWS[key]
    origin = widget.mapToGlobal(widget.rect().center())
    best, best_score = None, None
    for other in widget.window().findChildren(TileButton):
        if other is widget or not other.isVisible() or not other.isEnabled():
            continue
        centre = other.mapToGlobal(other.rect().center())
        along = (centre.x() - origin.x()) * dx + (centre.y() - origin.y()) * dy
        across = abs((centre.x() - origin.x()) * dy) + abs((centre.y() - origin.y()) * dx)
        if along <= 4:
            continue
        score = along + 2.5 * across
        if best_score is None or score < best_score:
            best, best_score = other, score
    if best is None:
        return False
    best.setFocus(Qt.FocusReason.TabFocusReason)
    parent = best.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(best, 8, 8)
        parent = parent.parentWidget()
    return True


def one_line(text: str, font: QFont, width: float, code: str | None,
             minimum: float = 0.75) -> QFont:
    """``font`` shrunk (to ``minimum`` at most) so a short phrase fits on one line; one too long
    for that wraps at the smallest size rather than leaving a word alone on a line."""
    return fit_font(text, font, width, line_step(font, leading(code)) * 1.05, code,
                    font.pointSizeF() * minimum)


class TileButton(QAbstractButton):
    """A painted touch target: ≥ 48 px, focus ring, hover, pressed and "marked" states."""

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.marked = False           # chosen / pointed at: drawn filled
        self.band: QColor | None = None   # a coloured edge (yes, no, pain levels)
        self._heights: dict[tuple[int, int], int] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setMinimumSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        context.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def set_marked(self, marked: bool) -> None:
        if marked != self.marked:
            self.marked = marked
            self.setAccessibleDescription("✓" if marked else "")
            self.update()

    # -- size -------------------------------------------------------------------------------------
    @property
    def unit(self) -> float:
        """The text-size factor this tile follows (navigation and the answer bar grow less)."""
        return self.context.scale

    @property
    def pad(self) -> float:
        return 10 * self.unit

    def content_height(self, width: int) -> float:   # pragma: no cover - overridden
        return TOUCH_TARGET_PX

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        key = (width, self.context.version)
        if key not in self._heights:
            self._heights[key] = max(TOUCH_TARGET_PX, int(self.content_height(width) + 0.999))
        return self._heights[key]

    def preferred_width(self) -> int:
        return int(280 * self.unit)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.preferred_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)

    # -- input ------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.animateClick()
            return
        if event.key() in ARROWS and move_focus(self, event.key()):
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        self.paint_background(painter, rect)
        inset = self.pad + (6 * self.unit if self.band is not None else 0)
        content = QRectF(rect).adjusted(inset, self.pad, -self.pad, -self.pad)
        self.paint_content(painter, content)
        painter.end()

    def text_color(self) -> QColor:
        colors = self.context.colors
        return colors.q("selected_text" if self.marked else "text")

    def subtle_color(self) -> QColor:
        colors = self.context.colors
        return colors.q("selected_text" if self.marked else "subtle")

    def paint_background(self, painter: QPainter, rect: QRectF) -> None:
        colors = self.context.colors
        fill = colors.q("selected" if self.marked else "card")
        if self.isDown():
            fill = fill.darker(115) if not self.context.high_contrast else colors.q("subtle")
        radius = 10 * self.unit
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        painter.fillPath(path, fill)
        if self.band is not None:
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(rect.left(), rect.top(), 8 * self.unit,
                                    rect.height()), self.band)
            painter.restore()
        if self.hasFocus():
            pen = QPen(colors.q("focus"), 4)
        elif self.underMouse() and self.isEnabled():
            pen = QPen(colors.q("accent"), 3)
        else:
            pen = QPen(colors.q("border"), 3 if self.marked or self.context.high_contrast else 2)
        painter.setPen(pen)
        painter.drawPath(path)
        if self.marked:
            self.paint_tick(painter, rect)

    def paint_tick(self, painter: QPainter, rect: QRectF) -> None:
        """A check mark in the top right corner: marked cards are not told by colour alone."""
        size = 18 * self.unit
        box = QRectF(rect.right() - size - 6, rect.top() + 6, size, size)
        painter.save()
        pen = QPen(self.text_color(), max(2.5, 3 * self.unit))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(box.left(), box.center().y()))
        path.lineTo(box.left() + size * 0.38, box.bottom() - size * 0.1)
        path.lineTo(box.right(), box.top() + size * 0.1)
        painter.drawPath(path)
        painter.restore()

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:  # pragma: no cover
        pass


class PhraseCard(TileButton):
    """One phrase: pictogram (and a number badge) on the left; the evacuee's language large, then
    Japanese. A phrase the language lacks says so in both languages above the Japanese."""

    activated = Signal(str)

    def __init__(self, context: BoardContext, item_id: str, parent: QWidget | None = None, *,
                 roles: tuple[str, str] = ("primary", "secondary"), badge: str = "",
                 badge_color: QColor | None = None, number: str | None = None,
                 code: str | None = None, fit: bool = False) -> None:
        super().__init__(context, parent)
        self.item_id = item_id
        self.fit = fit                  # shrink a little to keep to one line (answer bar)
        self.max_lines = 2              # with fit: lines a phrase may take (1 on short screens)
        self._fonts: dict[tuple, QFont] = {}
        self.roles = roles
        self.badge = badge
        self.badge_color = badge_color
        self.number = number            # fills {number} slots (clock cards)
        self.code = code                # a fixed language instead of the evacuee's
        self.setObjectName(f"card:{item_id}")
        self.clicked.connect(lambda: self.activated.emit(self.item_id))
        self._update_accessible()

    @property
    def unit(self) -> float:
        return self.context.scale_for(self.roles[0])

    def _emoji(self) -> QFont:
        return emoji_font(SIZES["pictogram"] * self.unit)

    def set_number(self, number: str | None) -> None:
        self.number = number
        self._update_accessible()
        self.refresh()

    def refresh(self) -> None:
        self._fonts.clear()
        self._update_accessible()
        super().refresh()

    def _update_accessible(self) -> None:
        phrase = self.phrase()
        self.setAccessibleName(" / ".join(p for p in (phrase.primary, phrase.secondary) if p))
        self.setToolTip(self.item_id)

    def phrase(self) -> Phrase:
        return self.context.phrase(self.item_id, self.code, self.number)

    # -- what the tests and glyph checks read ------------------------------------------------------
    def primary_font(self, width: float | None = None) -> QFont:
        phrase = self.phrase()
        font = self.context.font(phrase.primary_code, self.roles[0], 500)
        return self._fitted(phrase.primary, font, phrase.primary_code, width)

    def secondary_font(self, width: float | None = None) -> QFont:
        font = self.context.font(JAPANESE, self.roles[1])
        return self._fitted(self.phrase().secondary or "", font, JAPANESE, width)

    def _fitted(self, text: str, font: QFont, code: str, width: float | None) -> QFont:
        if not text:
            return font
        if width is None:
            width = self._text_width(self.width())
        key = (text, code, int(width), font.pointSizeF(), self.fit, self.max_lines)
        if key not in self._fonts:
            if self.fit:
                fitted = one_line(text, font, width, code, 0.7)
                step = line_step(font, leading(code))
                if not fits(text, fitted, width, step * 1.05, code):
                    # Too long for one line: smaller, on as many lines as allowed, rather than
                    # three (the answer bar must stay low to leave room for the board).
                    fitted = fit_font(text, font, width, step * (self.max_lines + 0.1), code,
                                      font.pointSizeF() * (0.6 if self.max_lines > 1 else 0.5))
                if not fits(text, fitted, width, 1e9, code):
                    fitted = fit_words(text, font, width, code)
            else:
                fitted = fit_words(text, font, width, code)
            self._fonts[key] = fitted
        return self._fonts[key]

    def note_fonts(self) -> tuple[QFont, QFont]:
        return self.context.font(JAPANESE, "note", 600), self.context.font("en", "note", 600)

    def texts(self) -> list[tuple[str, QFont]]:
        """Every string the card draws, with the font it is drawn in."""
        phrase = self.phrase()
        shown = [(phrase.primary, self.primary_font())]
        if phrase.secondary:
            shown.append((phrase.secondary, self.secondary_font()))
        if phrase.missing:
            ja, en = self.note_fonts()
            shown += [(missing_note("ja"), ja), (missing_note("en"), en)]
        if phrase.pictogram:
            shown.append((phrase.pictogram, self._emoji()))
        return shown

    # -- layout -----------------------------------------------------------------------------------
    def _badge_font(self) -> QFont:
        return make_font("en", 24 * self.unit, fonts.BOLD)

    def _column_width(self) -> float:
        phrase = self.phrase()
        if not (phrase.pictogram or self.badge):
            return 0.0
        widths = []
        if phrase.pictogram:
            widths.append(QFontMetricsF(self._emoji()).height() * 1.15)
        if self.badge:
            widths.append(QFontMetricsF(self._badge_font()).horizontalAdvance(self.badge) +
                          16 * self.unit)
        return max(widths)

    def _column_height(self) -> float:
        phrase = self.phrase()
        height = 0.0
        if self.badge:
            height += QFontMetricsF(self._badge_font()).height() + 8 * self.unit
        if phrase.pictogram:
            height += QFontMetricsF(self._emoji()).height() * 1.1
        return height

    def _text_width(self, width: float) -> float:
        column = self._column_width()
        extra = 6 * self.unit if self.band is not None else 0
        return width - 4 - 2 * self.pad - extra - (column + self.pad if column else 0) - \
            (22 * self.unit if self.marked else 0)

    def _note_height(self, width: float) -> float:
        ja, en = self.note_fonts()
        return (text_height(missing_note("ja"), ja, width - 12, JAPANESE) +
                text_height(missing_note("en"), en, width - 12, "en") + 12)

    def _block_height(self, phrase: Phrase, text_width: float) -> float:
        height = text_height(phrase.primary, self.primary_font(text_width), text_width,
                             phrase.primary_code)
        if phrase.secondary:
            height += 4 * self.unit + text_height(
                phrase.secondary, self.secondary_font(text_width), text_width, JAPANESE)
        if phrase.missing:
            height += self._note_height(text_width) + 6 * self.unit
        return height

    def content_height(self, width: int) -> float:
        phrase = self.phrase()
        height = self._block_height(phrase, self._text_width(width))
        return max(height, self._column_height()) + 2 * self.pad + 4

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        phrase = self.phrase()
        column = self._column_width()
        if column:
            y = rect.top()
            if self.badge:
                badge_font = self._badge_font()
                badge_h = QFontMetricsF(badge_font).height()
                box = QRectF(rect.left(), y, column, badge_h)
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.badge_color or self.context.colors.q("accent"))
                painter.drawRoundedRect(box, 8, 8)
                painter.restore()
                draw_text(painter, box, self.badge, badge_font,
                          QColor("#000000") if self.context.high_contrast else QColor("white"),
                          "en", Qt.AlignmentFlag.AlignHCenter, "center")
                y += badge_h + 8 * self.unit
            if phrase.pictogram:
                emoji = self._emoji()
                draw_text(painter, QRectF(rect.left(), y, column, rect.bottom() - y),
                          phrase.pictogram, emoji, self.text_color(), None,
                          Qt.AlignmentFlag.AlignHCenter, "center" if not self.badge else "top")
            rect = rect.adjusted(column + self.pad, 0, 0, 0)
        if self.marked:
            rect = rect.adjusted(0, 0, -22 * self.unit, 0)
        block = self._block_height(phrase, rect.width())
        y = rect.top() + max(0.0, (rect.height() - block) / 2)
        if phrase.missing:
            note_h = self._note_height(rect.width())
            box = QRectF(rect.left(), y, rect.width(), note_h)
            painter.save()
            colors = self.context.colors
            painter.setBrush(colors.q("note"))
            painter.setPen(QPen(colors.q("note_text"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(box, 6, 6)
            painter.restore()
            ja, en = self.note_fonts()
            inner = box.adjusted(6, 6, -6, -6)
            used = draw_text(painter, inner, missing_note("ja"), ja,
                             self.context.colors.q("note_text"), JAPANESE)
            draw_text(painter, inner.adjusted(0, used, 0, 0), missing_note("en"), en,
                      self.context.colors.q("note_text"), "en")
            y += note_h + 6 * self.unit
        used = draw_text(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y),
                         phrase.primary, self.primary_font(rect.width()), self.text_color(),
                         phrase.primary_code)
        if phrase.secondary:
            y += used + 4 * self.unit
            draw_text(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y),
                      phrase.secondary, self.secondary_font(rect.width()), self.subtle_color(),
                      JAPANESE)


class LanguageTile(TileButton):
    """A language's name in its own script and font, with the Japanese name small below."""

    chosen = Signal(str)

    def __init__(self, context: BoardContext, language, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.language = language
        self.setObjectName(f"language:{language.code}")
        self.setAccessibleName(f"{language.native} / {language.japanese}")
        self.setToolTip(f"{language.japanese} / {language.english} ({language.code})")
        self.clicked.connect(lambda: self.chosen.emit(self.language.code))

    def _inner(self, width: float | None) -> float:
        return (self.width() if width is None else width) - 4 - 2 * self.pad

    def native(self, width: float | None = None) -> tuple[str, QFont]:
        """The name as drawn (maybe on two balanced lines) and its font."""
        font = self.context.font(self.language.code, "tile", 600)
        return fit_name(self.language.native, font, self._inner(width), self.language.code)

    def japanese_name(self, width: float | None = None) -> tuple[str, QFont]:
        font = self.context.font(JAPANESE, "secondary")
        return fit_name(self.language.japanese, font, self._inner(width), JAPANESE, 0.85, 0.8)

    def native_font(self) -> QFont:
        return self.native()[1]

    def texts(self) -> list[tuple[str, QFont]]:
        return [self.native(), self.japanese_name()]

    def preferred_width(self) -> int:
        return int(220 * self.unit)

    def content_height(self, width: int) -> float:
        inner = self._inner(width)
        (name, font), (japanese, small) = self.native(width), self.japanese_name(width)
        return (text_height(name, font, inner, self.language.code) +
                text_height(japanese, small, inner, JAPANESE) + 2 * self.pad + 8)

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter
        width = rect.width() + 4 + 2 * self.pad
        (name, font), (japanese, small) = self.native(width), self.japanese_name(width)
        used = draw_text(painter, rect, name, font, self.text_color(), self.language.code, centre)
        draw_text(painter, rect.adjusted(0, used + 2, 0, 0), japanese, small,
                  self.subtle_color(), JAPANESE, centre)


class ChooserButton(TileButton):
    """A board's button: pictogram, title in the evacuee's language, Japanese title below."""

    def __init__(self, context: BoardContext, board_id: str, keys: tuple[str, ...],
                 pictogram: str, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(context, parent)
        self.lines = lines              # lines for each title (2 on the chooser, 1 on tabs)
        self.board_id = board_id
        self.keys = keys
        self.pictogram = pictogram
        self.show_pictogram = True      # False on short screens: the titles keep the room
        self.setObjectName(f"board:{board_id}")
        self.refresh()

    def refresh(self) -> None:
        title, _code, japanese = self.titles()
        self.setAccessibleName(" / ".join(text for text in (title, japanese) if text))
        self.setToolTip(self.accessibleName())
        super().refresh()

    @property
    def unit(self) -> float:
        return self.context.chrome_scale

    @property
    def pad(self) -> float:
        return 6 * self.unit

    def titles(self) -> tuple[str, str, str | None]:
        """(evacuee title, its language, Japanese title or None when they are the same)."""
        code = self.context.language or JAPANESE
        japanese = self.context.board_title(self.keys, JAPANESE) or self.board_id
        if code == JAPANESE:
            return japanese, JAPANESE, None
        title = self.context.board_title(self.keys, code)
        return (title, code, japanese) if title else (japanese, JAPANESE, None)

    def _inner(self, width: float | None) -> float:
        width = self.width() if width is None else width
        return width - 4 - 2 * self.pad - 1.5 * self._emoji_width()

    def title(self, width: float | None = None) -> tuple[str, str, QFont]:
        """(title as drawn, its language, font): one line if it fits, else two."""
        text, code, _japanese = self.titles()
        font = self.context.font(code, "chooser", 600)
        if self.lines > 1:
            original, start = text, font
            text, font = fit_name(text, font, self._inner(width), code)
            if not fits(text, font, self._inner(width), self._title_box(code), code):
                # Three short lines rather than two spilling over the Japanese title.
                text = original
                font = fit_font(original, start, self._inner(width), self._title_box(code),
                                code, start.pointSizeF() * 0.4)
        else:
            font = fit_font(text, font, self._inner(width), self._title_box(code), code,
                            font.pointSizeF() * 0.7)
        return text, code, font

    def title_font(self, code: str | None = None) -> QFont:
        return self.title()[2]

    def japanese(self, width: float | None = None) -> tuple[str, QFont]:
        """The Japanese title on one line: shrunk to 70 %, then cut with "…" (the tooltip and
        the accessible name keep it whole)."""
        font = self.context.font(JAPANESE, "chooser_small")
        japanese = self.titles()[2] or ""
        inner = self._inner(width)
        font = fit_font(japanese, font, inner, self._japanese_box(), JAPANESE,
                        font.pointSizeF() * 0.7)
        return QFontMetricsF(font).elidedText(japanese, Qt.TextElideMode.ElideRight, inner), font

    def _title_box(self, code: str) -> float:
        return self.lines * line_step(self.context.font(code, "chooser", 600), leading(code))

    def _japanese_box(self) -> float:
        font = self.context.font(JAPANESE, "chooser_small")
        return line_step(font, leading(JAPANESE)) * 1.05

    def texts(self) -> list[tuple[str, QFont]]:
        title, _code, font = self.title()
        shown = [(title, font)]
        if self.titles()[2]:
            shown.append(self.japanese())
        if self.show_pictogram:
            shown.append((self.pictogram, self.context.emoji("chooser")))
        return shown

    def preferred_width(self) -> int:
        return int(150 * self.unit)

    def _emoji_width(self) -> float:
        """One-line buttons (tabs) put the pictogram at the left, not above."""
        if self.lines > 1:
            return 0.0
        return QFontMetricsF(self.context.emoji("chooser")).height() * 1.2

    def content_height(self, width: int) -> float:
        """The same for every board button of a language, so the row stays one height."""
        title, code, japanese = self.titles()
        height = self._title_box(code) + (self._japanese_box() if japanese else 0)
        if not self._emoji_width() and self.show_pictogram:
            height += QFontMetricsF(self.context.emoji("chooser")).height()
        return height + 2 * self.pad + 4

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        title, code, japanese = self.titles()
        centre = Qt.AlignmentFlag.AlignHCenter
        emoji_w = self._emoji_width()
        if emoji_w:
            draw_text(painter, QRectF(rect.left(), rect.top(), emoji_w, rect.height()),
                      self.pictogram, self.context.emoji("chooser"), self.text_color(), None,
                      centre, "center")
            rect = rect.adjusted(emoji_w, 0, -emoji_w / 2, 0)
            used = 0.0
        elif self.show_pictogram:
            used = draw_text(painter, rect, self.pictogram, self.context.emoji("chooser"),
                             self.text_color(), None, centre)
        else:
            used = 0.0
        width = self.width()
        box = QRectF(rect.left(), rect.top() + used, rect.width(), self._title_box(code))
        text, code, font = self.title(width)
        draw_text(painter, box, text, font, self.text_color(), code, centre, "center")
        if japanese:
            below = QRectF(rect.left(), box.bottom(), rect.width(), self._japanese_box())
            text, font = self.japanese(width)
            draw_text(painter, below, text, font, self.subtle_color(), JAPANESE, centre,
                      "center")


class CardGrid(QWidget):
    """Cards in equal columns as wide as fit (at least ``min_width`` × text scale), rows as tall
    as their tallest card. Its height follows its width, so a scroll area scrolls exactly what is
    there. (Positions children itself: a Python QLayout subclass returning no item from itemAt
    corrupted PySide6's reference count of None.)"""

    def __init__(self, context: BoardContext, min_width: int = 280, max_columns: int = 0,
                 parent: QWidget | None = None, spacing: int = 10, scaled: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.scaled = scaled            # False: columns keep their width at any text size
        self.min_width = min_width
        self.max_columns = max_columns
        self.spacing = spacing
        self.widgets: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        context.changed.connect(self.relayout)

    def add(self, widget: QWidget) -> QWidget:
        widget.setParent(self)
        widget.show()
        self.widgets.append(widget)
        self.relayout()
        return widget

    def remove(self, widget: QWidget) -> None:
        if widget in self.widgets:
            self.widgets.remove(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
            self.relayout()

    def set_spacing(self, spacing: int) -> None:
        self.spacing = spacing
        self.relayout()

    def relayout(self) -> None:
        self.updateGeometry()
        if self.isVisible():        # a hidden grid is arranged when it is shown
            self._arrange(self.width(), apply=True)

    def column_width(self) -> int:
        return int(self.min_width * (self.context.scale if self.scaled else 1.0))

    def shown(self) -> list[QWidget]:
        return [widget for widget in self.widgets if not widget.isHidden()]

    def columns(self, width: int) -> int:
        count = len(self.shown()) or 1
        columns = max(1, (width + self.spacing) // (self.column_width() + self.spacing))
        if self.max_columns:
            columns = min(columns, self.max_columns)
        return max(1, min(columns, count))

    def _arrange(self, width: int, apply: bool) -> int:
        shown = self.shown()
        if not shown or width <= 0:
            return 0
        columns = self.columns(width)
        cell = (width - self.spacing * (columns - 1)) / columns
        y = 0
        for start in range(0, len(shown), columns):
            row = shown[start:start + columns]
            height = max(widget.heightForWidth(int(cell)) if widget.hasHeightForWidth()
                         else widget.sizeHint().height() for widget in row)
            if apply:
                for index, widget in enumerate(row):
                    widget.setGeometry(int(index * (cell + self.spacing)), y, int(cell), height)
            y += height + self.spacing
        return y - self.spacing

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(width, apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), self.column_width() * 3)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # The real height comes from heightForWidth; a minimum taken at the narrowest width
        # would be the tallest card wrapped to a sliver, and would push the window off screen.
        return QSize(min(self.column_width(), 240), TOUCH_TARGET_PX if self.shown() else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width(), apply=True)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._arrange(self.width(), apply=True)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:   # a card's height changed
            self.relayout()
        return super().event(event)


class FlatWidget(QWidget):
    """A container whose height does not follow its width (see :class:`FlatStack`)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False


class FlatStack(QStackedWidget):
    """A stacked widget whose height does not follow its width: boards scroll inside it, so
    their height must not become the window's minimum height."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False


def paint_big_phrase(painter: QPainter, rect: QRectF, context: BoardContext,
                     phrase: Phrase, number_text: str = "") -> None:
    """A phrase as large as ``rect`` allows: pictogram, the evacuee's language, then Japanese."""
    colors = context.colors
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = Qt.AlignmentFlag.AlignHCenter
    margin = min(rect.width(), rect.height()) * 0.04
    area = rect.adjusted(margin, margin, -margin, -margin)
    y = area.top()
    if phrase.pictogram or number_text:
        top = QRectF(area.left(), y, area.width(), area.height() * 0.24)
        if number_text:
            font = fit_font(number_text, make_font("en", 80, fonts.BOLD), top.width(),
                            top.height(), "en")
            draw_text(painter, top, number_text, font, colors.q("text"), "en", centre, "center")
        else:
            font = fit_font(phrase.pictogram, emoji_font(96), top.width(), top.height())
            draw_text(painter, top, phrase.pictogram, font, colors.q("text"), None, centre,
                      "center")
        y = top.bottom() + margin * 0.5
    if phrase.missing:
        note = QRectF(area.left(), y, area.width(), area.height() * 0.14)
        painter.save()
        painter.setBrush(colors.q("note"))
        painter.setPen(QPen(colors.q("note_text"), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(note, 10, 10)
        painter.restore()
        inner = note.adjusted(10, 6, -10, -6)
        half = QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 2)
        for text, code, box in ((missing_note("ja"), JAPANESE, half),
                                (missing_note("en"), "en", half.translated(0, half.height()))):
            font = fit_font(text, make_font(code, 22, 600), box.width(), box.height(), code)
            draw_text(painter, box, text, font, colors.q("note_text"), code, centre, "center")
        y = note.bottom() + margin * 0.5
    remaining = area.bottom() - y
    main_share = 0.62 if phrase.secondary else 1.0
    main = QRectF(area.left(), y, area.width(), remaining * main_share)
    font = fit_font(phrase.primary, make_font(phrase.primary_code, 60, 600), main.width(),
                    main.height(), phrase.primary_code)
    draw_text(painter, main, phrase.primary, font, colors.q("text"), phrase.primary_code,
              centre, "center")
    if phrase.secondary:
        painter.save()
        painter.setPen(QPen(colors.q("border"), 2))
        painter.drawLine(QPointF(area.left() + area.width() * 0.2, main.bottom()),
                         QPointF(area.right() - area.width() * 0.2, main.bottom()))
        painter.restore()
        below = QRectF(area.left(), main.bottom() + margin * 0.5, area.width(),
                       area.bottom() - main.bottom() - margin * 0.5)
        font = fit_font(phrase.secondary, make_font(JAPANESE, 36), below.width(),
                        below.height(), JAPANESE)
        draw_text(painter, below, phrase.secondary, font, colors.q("subtle"), JAPANESE,
                  centre, "center")


class CardOverlay(QWidget):
    """A card full screen over the boards: very large, both languages. Tap, Esc or Enter closes."""

    closed = Signal()

    def __init__(self, context: BoardContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.phrase: Phrase | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("cardOverlay")
        self.hide()
        context.changed.connect(self._refresh)

    def show_phrase(self, item_id: str, number: str | None = None) -> None:
        self.item_id = item_id
        self.number = number
        self.phrase = self.context.phrase(item_id, None, number)
        focused = self.window().focusWidget()
        if focused is not None and focused is not self:
            self._return_focus = focused
        self.setAccessibleName(" / ".join(p for p in (self.phrase.primary,
                                                        self.phrase.secondary) if p))
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def _refresh(self) -> None:
        if self.phrase is not None and self.isVisible():
            self.phrase = self.context.phrase(self.item_id, None, self.number)
            self.update()

    def close_card(self) -> None:
        if self.isVisible():
            self.hide()
            back = getattr(self, "_return_focus", None)
            if back is not None and back.isVisible():
                back.setFocus(Qt.FocusReason.OtherFocusReason)   # keyboard users carry on
            self.closed.emit()

    def mouseReleaseEvent(self, _event) -> None:  # noqa: N802
        self.close_card()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                           Qt.Key.Key_Space):
            self.close_card()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        colors = self.context.colors
        painter.fillRect(self.rect(), colors.q("background"))
        card = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(colors.q("card"))
        painter.setPen(QPen(colors.q("accent"), 4))
        painter.drawRoundedRect(card, 18, 18)
        if self.phrase is not None:
            paint_big_phrase(painter, card.adjusted(12, 12, -12, -48), self.context, self.phrase)
        # Translators: the Japanese first, for the shelter's staff; keep it before your words.
        hint = pgettext("under the big card", "タップで閉じる ・ Tap or Esc to close")
        draw_text(painter, QRectF(card.left(), card.bottom() - 44, card.width(), 36), hint,
                  make_font(JAPANESE, 11), colors.q("subtle"), JAPANESE,
                  Qt.AlignmentFlag.AlignHCenter, "center")
        painter.end()
