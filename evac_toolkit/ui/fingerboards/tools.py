"""Boards and answer tools: phrase boards, checklists (allergens, diets), the pain scale, the
number pad, the clock-and-day picker, and the answer bar that stays at the bottom of the screen.

Boards never keep their own record of what was pointed at: the conversation is the one record,
and :meth:`sync` shows it (so the volunteer's board and the evacuee's rotated copy always agree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import fonts
from evac_toolkit.core.fingerboards import pain_faces
from evac_toolkit.core.i18n import _
from evac_toolkit.ui.fingerboards.cards import (
    CardGrid,
    ChooserButton,
    FlatStack,
    PhraseCard,
    TileButton,
)
from evac_toolkit.ui.fingerboards.style import (
    JAPANESE,
    BoardContext,
    draw_text,
    fit_font,
    make_font,
    text_height,
)

if TYPE_CHECKING:
    from evac_toolkit.core.fingerboards.conversation import Conversation

ANSWER_BAR_ITEMS = ("answers.yes", "answers.no", "answers.dont_know", "answers.say_again")
PAIN_COLORS = pain_faces.COLORS
_WORD = re.compile(r"^\s*\d+\s*[（(](.+)[)）]\s*$")


@dataclass
class BoardState:
    """What the conversation holds, in the terms boards draw."""

    pointed: list[str] = field(default_factory=list)     # every item pointed at, in order
    last_answer: str | None = None

    @classmethod
    def of(cls, conversation: Conversation) -> BoardState:
        pointed = [event.item for event in conversation.events]
        last_answer = None
        if conversation.events:
            last = conversation.events[-1]
            if last.answer:
                last_answer = last.answer
            elif last.item.startswith("answers."):
                last_answer = last.item
        return cls(pointed, last_answer)

    def on_board(self, context: BoardContext, board: str) -> list[str]:
        """Items of ``board`` pointed at, each once, in the order they were first pointed at."""
        found: list[str] = []
        for item in self.pointed:
            if context.item(item)["board"] == board and item not in found:
                found.append(item)
        return found

    def last_on(self, context: BoardContext, board: str) -> str | None:
        for item in reversed(self.pointed):
            if context.item(item)["board"] == board:
                return item
        return None


def scroll_page(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    # A finger drags the board to scroll (a mouse still clicks cards as usual).
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class BoardPage(QWidget):
    """A board: ``opened`` shows a card full screen (and records it), ``pointed`` records only,
    ``toggled`` adds or removes a checklist item."""

    opened = Signal(str)
    pointed = Signal(str)
    toggled = Signal(str, bool)

    def __init__(self, context: BoardContext, board_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board_id = board_id
        self.setObjectName(f"boardPage:{board_id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.content = QWidget(objectName="fbContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(2, 2, 8, 8)
        self.body.setSpacing(12)
        self.scroll = scroll_page(self.content)
        outer.addWidget(self.scroll)

    def items(self, board: str) -> list[dict]:
        return [item for item in self.context.bank.items if item["board"] == board]

    def sync(self, state: BoardState) -> None:
        pass

    def cards(self) -> list[PhraseCard]:
        return self.findChildren(PhraseCard)

    def _header(self, item_id: str) -> PhraseCard:
        card = PhraseCard(self.context, item_id, roles=("header", "secondary"), fit=True)
        card.activated.connect(self.opened)
        self.body.addWidget(card)
        return card


class PhraseBoard(BoardPage):
    """Phrase cards grouped as in boards.toml; a prompt comes first, full width. Tapping a card
    records it and shows it full screen."""

    def __init__(self, context: BoardContext, board_id: str, parent: QWidget | None = None,
                 min_width: int = 300) -> None:
        super().__init__(context, board_id, parent)
        groups: dict[str, CardGrid] = {}
        for item in self.items(board_id):
            if item.get("group") == "prompt":
                self._header(item["id"])
                continue
            grid = groups.get(item.get("group", ""))
            if grid is None:
                grid = groups[item.get("group", "")] = CardGrid(context, min_width)
                self.body.addWidget(grid)
            card = PhraseCard(context, item["id"])
            card.activated.connect(self.opened)
            grid.add(card)
        self.body.addStretch(1)


class ChecklistBoard(BoardPage):
    """Toggle cards (allergens, diets): every item toggled on is recorded; off removes it."""

    def __init__(self, context: BoardContext, board_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, board_id, parent)
        self.toggles: dict[str, PhraseCard] = {}
        grid = None
        for item in self.items(board_id):
            if item.get("group") == "prompt":
                self._header(item["id"])
                continue
            if grid is None:
                grid = CardGrid(context, 230)
                self.body.addWidget(grid)
            card = PhraseCard(context, item["id"])
            card.setCheckable(False)
            card.activated.connect(self._toggle)
            self.toggles[item["id"]] = grid.add(card)
        self.body.addStretch(1)

    def _toggle(self, item_id: str) -> None:
        self.toggled.emit(item_id, not self.toggles[item_id].marked)

    def sync(self, state: BoardState) -> None:
        chosen = set(state.on_board(self.context, self.board_id))
        for item_id, card in self.toggles.items():
            card.set_marked(item_id in chosen)


def paint_pain_face(painter: QPainter, rect: QRectF, level: int) -> None:
    """The pain scale's face for ``level`` in the square ``rect`` (the booklet draws the same
    marks, ``core.fingerboards.pain_faces``)."""
    size = min(rect.width(), rect.height())
    left = rect.left() + (rect.width() - size) / 2
    top = rect.top() + (rect.height() - size) / 2

    def at(x: float, y: float) -> QPointF:
        return QPointF(left + x * size, top + y * size)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for mark in pain_faces.marks(level):
        pen = QPen(QColor(mark.stroke), mark.width * size, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin) if mark.stroke \
            else Qt.PenStyle.NoPen
        painter.setPen(pen)
        painter.setBrush(QColor(mark.fill) if mark.fill else Qt.BrushStyle.NoBrush)
        p = mark.points
        if mark.kind == "circle":
            painter.drawEllipse(at(p[0], p[1]), p[2] * size, p[2] * size)
        elif mark.kind == "ellipse":
            painter.drawEllipse(at(p[0], p[1]), p[2] * size, p[3] * size)
        elif mark.kind == "line":
            painter.drawLine(at(p[0], p[1]), at(p[2], p[3]))
        else:
            path = QPainterPath(at(p[0], p[1]))
            for i in range(2, len(p), 6):
                path.cubicTo(at(p[i], p[i + 1]), at(p[i + 2], p[i + 3]), at(p[i + 4], p[i + 5]))
            if mark.fill:
                path.closeSubpath()
            painter.drawPath(path)
    painter.restore()


class PainCard(PhraseCard):
    """A level of the pain scale, upright: the number on its colour and the face on top, the
    words below, so 0–10 fit in two rows. The faces are drawn, one for every level.

    ``compact``: the number over the face only, narrow, so that eleven fit in one row of a small
    screen; the board shows the words of the level pointed at beside the question instead."""

    def __init__(self, context: BoardContext, item_id: str, value: int,
                 parent: QWidget | None = None) -> None:
        self.value = max(0, min(10, value))
        self.color = QColor(PAIN_COLORS[self.value])
        self.compact = False
        super().__init__(context, item_id, parent, roles=("secondary", "note"),
                         badge=str(value), badge_color=self.color, fit=True)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.setMinimumSize(40 if compact else 48, 48)
            self.refresh()

    @property
    def pad(self) -> float:
        return (4 if self.compact else 7) * self.context.scale

    def preferred_width(self) -> int:
        return int((48 if self.compact else 130) * self.context.scale)

    def _badge_font(self) -> QFont:
        return make_font("en", (12 if self.compact else 24) * self.unit, fonts.BOLD)

    def _face_size(self) -> float:
        return 24 * self.context.scale if self.compact else self._top_height()

    def _top_height(self) -> float:
        if self.compact:
            return QFontMetricsF(self._badge_font()).height()
        return max(QFontMetricsF(self._badge_font()).height(),
                   QFontMetricsF(self.context.emoji()).height())

    def _text_width(self, width: float) -> float:
        return width - 4 - 2 * self.pad

    def content_height(self, width: int) -> float:
        if self.compact:
            return self._top_height() + 3 + self._face_size() + 2 * self.pad + 2
        phrase = self.phrase()
        return (self._top_height() + 6 * self.context.scale +
                self._block_height(phrase, self._text_width(width)) + 2 * self.pad + 4)

    def paint_tick(self, painter: QPainter, rect: QRectF) -> None:
        if not self.compact:        # a narrow tile is marked by its fill and border alone
            super().paint_tick(painter, rect)

    def _paint_badge(self, painter: QPainter, box: QRectF) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        painter.drawRoundedRect(box, 6 if self.compact else 8, 6 if self.compact else 8)
        painter.restore()
        draw_text(painter, box, self.badge, self._badge_font(),
                  QColor("#000000") if self.context.high_contrast else QColor("white"), "en",
                  Qt.AlignmentFlag.AlignHCenter, "center")

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        top = self._top_height()
        if self.compact:
            badge = QRectF(rect.left(), rect.top(), rect.width(), top)
            self._paint_badge(painter, badge)
            size = min(self._face_size(), rect.width(), rect.bottom() - badge.bottom() - 3)
            paint_pain_face(painter, QRectF(rect.center().x() - size / 2, badge.bottom() + 3,
                                            size, size), self.value)
            return
        phrase = self.phrase()
        badge_w = QFontMetricsF(self._badge_font()).horizontalAdvance(self.badge) + \
            14 * self.context.scale
        left = rect.center().x() - (badge_w + 6 + top) / 2
        box = QRectF(left, rect.top(), badge_w, top)
        self._paint_badge(painter, box)
        paint_pain_face(painter, QRectF(box.right() + 6, rect.top(), top, top), self.value)
        centre = Qt.AlignmentFlag.AlignHCenter
        y = rect.top() + top + 6 * self.context.scale
        used = draw_text(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y),
                         phrase.primary, self.primary_font(), self.text_color(),
                         phrase.primary_code, centre)
        if phrase.secondary:
            y += used + 2
            draw_text(painter, QRectF(rect.left(), y, rect.width(), rect.bottom() - y),
                      phrase.secondary, self.secondary_font(), self.subtle_color(), JAPANESE,
                      centre)


class PainBoard(BoardPage):
    """0–10 with a face and words for each level; the level pointed at last is marked.

    Where the cards with their words do not all fit the board's height (a small screen, large
    text), the levels become one row of narrow tiles, number over face, and the words of the
    level pointed at are shown large beside the question: every level stays in sight without
    scrolling."""

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "pain_scale", parent)
        self.levels: dict[str, PainCard] = {}
        top = QHBoxLayout()
        top.setSpacing(10)
        self.body.addLayout(top)
        self.grid = CardGrid(context, 110, max_columns=6, spacing=8)
        self.headers: list[PhraseCard] = []         # the question: large, and smaller
        for item in self.items("pain_scale"):
            if item.get("group") == "prompt":
                for roles in (("header", "secondary"), ("primary", "note")):
                    header = PhraseCard(context, item["id"], roles=roles, fit=True)
                    header.activated.connect(self.opened)
                    top.addWidget(header, 1)
                    self.headers.append(header)
                continue
            card = PainCard(context, item["id"], int(item["value"]))
            card.activated.connect(self.pointed)
            self.levels[item["id"]] = self.grid.add(card)
        self.body.addWidget(self.grid)
        self.body.addStretch(1)
        # Made after the level cards, so that looking a level's card up finds the card.
        self.chosen = PhraseCard(context, "pain.0", roles=("primary", "note"), fit=True)
        self.chosen.setObjectName("painChosen")
        self.chosen.setCheckable(False)
        self.chosen.hide()
        top.addWidget(self.chosen, 1)
        self.headers[1].hide()
        self.last: str | None = None
        self.compact = False

    def _fits_as_cards(self, width: int, height: int) -> bool:
        if self.compact:            # measure the cards as they would be with their words
            for card in self.levels.values():
                card.compact = False
                card.refresh()
        grid = self.grid.heightForWidth(width)
        if self.compact:
            for card in self.levels.values():
                card.compact = True
                card.refresh()
        margins = self.body.contentsMargins()
        needed = self.headers[0].heightForWidth(width) + 12 + grid + margins.top() + 8
        return needed <= height

    def set_compact(self, compact: bool) -> None:
        """One row of narrow tiles (True) or the cards with their words (False)."""
        if compact == self.compact:
            return
        self.compact = compact
        for card in self.levels.values():
            card.set_compact(compact)
        self.grid.min_width, self.grid.max_columns, self.grid.scaled = \
            (40, 11, False) if compact else (110, 6, True)
        self.grid.set_spacing(4 if compact else 8)
        self.headers[0].setVisible(not compact)
        self.headers[1].setVisible(compact)
        self.body.setSpacing(6 if compact else 12)
        self.body.setContentsMargins(2, 2, 8, 2 if compact else 8)
        self._show_chosen()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        margins = self.body.contentsMargins()
        width = event.size().width() - margins.left() - margins.right()
        self.set_compact(not self._fits_as_cards(width, event.size().height()))

    def _show_chosen(self) -> None:
        if self.compact and self.last:
            if self.chosen.item_id != self.last:
                self.chosen.item_id = self.last
                self.chosen.refresh()
            self.chosen.show()
        else:
            self.chosen.hide()

    def sync(self, state: BoardState) -> None:
        self.last = state.last_on(self.context, "pain_scale")
        for item_id, card in self.levels.items():
            card.set_marked(item_id == self.last)
        self._show_chosen()


# -- number pad and clock ---------------------------------------------------------------------------
class PadButton(TileButton):
    """A big label (a digit, a time) with an optional caption in the evacuee's language."""

    def __init__(self, context: BoardContext, label: str, item_id: str | None = None,
                 parent: QWidget | None = None, caption: bool = True) -> None:
        super().__init__(context, parent)
        self.label = label
        self.item_id = item_id
        self.show_caption = caption and item_id is not None
        self.setObjectName(f"pad:{label}")
        self.setAccessibleName(label)

    def caption(self) -> tuple[str, str] | None:
        """The number's word in the evacuee's language ("7 (seven)" → "seven")."""
        if not self.show_caption:
            return None
        code = self.context.language or JAPANESE
        text = self.context.text(code, self.item_id) or self.context.text(JAPANESE, self.item_id)
        if not text:
            return None
        match = _WORD.match(text)
        return (match.group(1) if match else text), code

    @property
    def pad(self) -> float:
        return 6 * self.context.scale

    def label_font(self) -> QFont:
        return make_font("en", 21 * self.context.scale, fonts.BOLD)

    def caption_font(self, code: str) -> QFont:
        return self.context.font(code, "note")

    def texts(self) -> list[tuple[str, QFont]]:
        shown = [(self.label, self.label_font())]
        caption = self.caption()
        if caption:
            shown.append((caption[0], self.caption_font(caption[1])))
        return shown

    def preferred_width(self) -> int:
        return int(110 * self.context.scale)

    def content_height(self, width: int) -> float:
        height = QFontMetricsF(self.label_font()).height()
        caption = self.caption()
        if caption:
            height += text_height(caption[0], self.caption_font(caption[1]),
                                  width - 4 - 2 * self.pad, caption[1])
        return height + 2 * self.pad + 4

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter
        caption = self.caption()
        used = draw_text(painter, rect, self.label, self.label_font(), self.text_color(), "en",
                         centre, "top" if caption else "center")
        if caption:
            draw_text(painter, rect.adjusted(0, used, 0, 0), caption[0],
                      self.caption_font(caption[1]), self.subtle_color(), caption[1], centre)


class BigDisplay(QWidget):
    """A large value (the typed number, the chosen time) with words in both languages below."""

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.value = ""
        self.words: tuple[str | None, str | None, str] = (None, None, JAPANESE)
        self.setObjectName("bigDisplay")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        context.changed.connect(self._resize)
        self._resize()

    def _resize(self) -> None:
        scale = self.context.scale
        self.setMinimumHeight(int(QFontMetricsF(self.value_font()).height() + 80 * scale + 16))
        self.setMinimumWidth(int(180 * scale))
        self.update()

    def value_font(self) -> QFont:
        return make_font("en", 46 * self.context.scale, fonts.BOLD)

    def set_value(self, value: str, evacuee: str | None = None, japanese: str | None = None,
                  code: str = JAPANESE) -> None:
        self.value = value
        self.words = (evacuee, japanese, code)
        self.setAccessibleName(value)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.context.colors
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setBrush(colors.q("card"))
        painter.setPen(colors.q("border"))
        painter.drawRoundedRect(rect, 10, 10)
        centre = Qt.AlignmentFlag.AlignHCenter
        inner = rect.adjusted(10, 6, -10, -6)
        evacuee, japanese, code = self.words
        value_font = fit_font(self.value or "–", self.value_font(), inner.width(),
                              QFontMetricsF(self.value_font()).height() * 1.05, "en")
        value_h = QFontMetricsF(value_font).height()
        words_h = min(inner.height() - value_h, 110 * self.context.scale) \
            if (evacuee or japanese) else 0
        inner = inner.adjusted(0, max(0.0, (inner.height() - value_h - words_h) / 2), 0, 0)
        used = draw_text(painter, inner, self.value or "–", value_font, colors.q("text"),
                         "en", centre)
        rest = QRectF(inner.left(), inner.top() + used, inner.width(), words_h)
        for text, lang, share, role in ((evacuee, code, 0.5, "primary"),
                                        (japanese, JAPANESE, 0.5, "primary")):
            if not text:
                continue
            box = QRectF(rest.left(), rest.top(), rest.width(), rest.height() * share)
            font = fit_font(text, self.context.font(lang, role), box.width(), box.height(), lang)
            draw_text(painter, box, text, font,
                      colors.q("text" if role == "primary" else "subtle"), lang, centre)
            rest = rest.adjusted(0, box.height(), 0, 0)
        painter.end()


class NumberPad(BoardPage):
    """0–9 and clear; the typed number shown large. Each key points at its numbers.* item."""

    value_changed = Signal(str)
    MAX_DIGITS = 6

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "numbers", parent)
        self.value = ""
        self.display = BigDisplay(context)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.display, 2)
        self.keys = CardGrid(context, 80, max_columns=3)
        self.buttons: dict[str, PadButton] = {}
        for label in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0"):
            item_id = f"numbers.{label}" if label.isdigit() else None
            button = PadButton(context, label, item_id)
            if label == "C":
                button.setAccessibleName(_("Clear"))
                button.setToolTip(_("Clear"))
            button.clicked.connect(lambda _c=False, text=label: self.press(text))
            self.buttons[label] = self.keys.add(button)
        row.addWidget(self.keys, 3, Qt.AlignmentFlag.AlignTop)
        self.quick = CardGrid(context, 80, max_columns=1)
        for value in ("10", "20", "30", "50", "100"):
            button = PadButton(context, value, f"numbers.{value}")
            button.clicked.connect(lambda _c=False, text=value: self.press_whole(text))
            self.buttons[value] = self.quick.add(button)
        row.addWidget(self.quick, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        self.body.addStretch(1)
        context.changed.connect(self._show)

    def press(self, key: str) -> None:
        if key == "C":
            self.value = ""
        else:
            if len(self.value) < self.MAX_DIGITS:
                self.value = (self.value + key).lstrip("0") or "0"
            item = f"numbers.{key}"
            if item in self.context.bank.entries:
                self.pointed.emit(item)
        self._show()

    def press_whole(self, value: str) -> None:
        self.value = value
        self.pointed.emit(f"numbers.{value}")
        self._show()

    def clear(self) -> None:
        self.value = ""
        self._show()

    def _show(self) -> None:
        code = self.context.language or JAPANESE
        item = f"numbers.{self.value}"
        evacuee = japanese = None
        if self.value and item in self.context.bank.entries:
            evacuee = self.context.text(code, item) if code != JAPANESE else None
            japanese = self.context.text(JAPANESE, item)
        self.display.set_value(self.value, evacuee, japanese, code)
        self.value_changed.emit(self.value)


class TimePicker(BoardPage):
    """An hour (1–12), a.m. / p.m. and minutes make a time shown large in both languages; the
    clock's words (morning, now, tomorrow…) are cards below."""

    MINUTES = ("00", "15", "30", "45")

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "clock", parent)
        self.hour: int | None = None
        self.minutes = "00"
        self.half = "clock.pm"
        self.display = BigDisplay(context)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.display, 2)
        controls = QVBoxLayout()
        controls.setSpacing(8)
        top.addLayout(controls, 3)
        self.body.addLayout(top)
        self.halves = CardGrid(context, 150, max_columns=2)
        self.half_cards = {}
        for item_id in ("clock.am", "clock.pm"):
            card = PhraseCard(context, item_id, roles=("answer", "answer_small"), fit=True)
            card.activated.connect(self._set_half)
            self.half_cards[item_id] = self.halves.add(card)
        controls.addWidget(self.halves)
        self.hours = CardGrid(context, 56, max_columns=6)
        self.hour_buttons: dict[int, PadButton] = {}
        for hour in range(1, 13):
            button = PadButton(context, str(hour), None)
            button.clicked.connect(lambda _c=False, h=hour: self.set_hour(h))
            self.hour_buttons[hour] = self.hours.add(button)
        controls.addWidget(self.hours)
        self.minute_grid = CardGrid(context, 56, max_columns=4)
        self.minute_buttons: dict[str, PadButton] = {}
        for minutes in self.MINUTES:
            button = PadButton(context, f":{minutes}", None)
            button.clicked.connect(lambda _c=False, m=minutes: self.set_minutes(m))
            self.minute_buttons[minutes] = self.minute_grid.add(button)
        controls.addWidget(self.minute_grid)
        self.others = CardGrid(context, 220)
        self.clock_cards: dict[str, PhraseCard] = {}
        for item in self.items("clock"):
            if item["id"] in ("clock.am", "clock.pm"):
                continue
            card = PhraseCard(context, item["id"])
            card.activated.connect(self.opened)
            self.clock_cards[item["id"]] = self.others.add(card)
        self.body.addWidget(self.others)
        self.body.addStretch(1)
        context.changed.connect(self._show)
        self._show()

    def _set_half(self, item_id: str) -> None:
        self.half = item_id
        self.pointed.emit(item_id)
        self._show()

    def set_hour(self, hour: int) -> None:
        self.hour = hour
        self.pointed.emit("clock.hour")
        self._show()

    def set_minutes(self, minutes: str) -> None:
        self.minutes = minutes
        if minutes == "30":
            self.pointed.emit("clock.half_past")
        self._show()

    def set_number(self, number: str) -> None:
        """The number pad's value fills "{number} minutes" and "{number} hours"."""
        for item_id in ("clock.minutes", "clock.hours"):
            if item_id in self.clock_cards:
                self.clock_cards[item_id].set_number(number or None)

    def words(self, code: str) -> str | None:
        if self.hour is None:
            return None
        half = self.context.text(code, self.half)
        if self.minutes in ("00", "30"):
            key = "clock.hour" if self.minutes == "00" else "clock.half_past"
            time = self.context.text(code, key, str(self.hour))
        else:
            time = f"{self.hour}:{self.minutes}"
        if half is None or time is None:
            return None
        return f"{half}{'' if code.startswith(JAPANESE) else ' '}{time}"

    def value(self) -> str:
        if self.hour is None:
            return ""
        hour24 = self.hour % 12 + (12 if self.half == "clock.pm" else 0)
        return f"{hour24}:{self.minutes}"

    def _show(self) -> None:
        code = self.context.language or JAPANESE
        evacuee = self.words(code) if code != JAPANESE else None
        self.display.set_value(self.value(), evacuee, self.words(JAPANESE), code)
        for item_id, card in self.half_cards.items():
            card.set_marked(self.hour is not None and item_id == self.half)
        for hour, button in self.hour_buttons.items():
            button.set_marked(hour == self.hour)
        for minutes, button in self.minute_buttons.items():
            button.set_marked(self.hour is not None and minutes == self.minutes)
        for item_id in ("clock.hour", "clock.half_past"):
            if item_id in self.clock_cards:
                self.clock_cards[item_id].set_number(str(self.hour) if self.hour else None)

    def clear(self) -> None:
        self.hour = None
        self.minutes = "00"
        self.half = "clock.pm"
        self._show()


class AnswersBoard(BoardPage):
    """Answers, numbers, time and days behind four big tabs, titled in both languages."""

    TOOLS = (("answers", ("board.answers",), "⭕"), ("numbers", ("board.numbers",), "🔢"),
             ("clock", ("board.clock",), "🕐"), ("days", ("board.days",), "📅"))

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "answers", parent)
        # This page does not scroll as a whole: each tool scrolls on its own.
        self.layout().removeWidget(self.scroll)
        self.scroll.hide()
        tabs = CardGrid(context, 120, max_columns=4, scaled=False)
        self.tabs: dict[str, ChooserButton] = {}
        for tool, keys, pictogram in self.TOOLS:
            button = ChooserButton(context, tool, keys, pictogram, lines=1)
            button.setObjectName(f"tool:{tool}")
            button.clicked.connect(lambda _c=False, t=tool: self.show_tool(t))
            self.tabs[tool] = tabs.add(button)
        self.layout().addWidget(tabs)
        self.stack = FlatStack()
        self.tools: dict[str, BoardPage] = {
            "answers": PhraseBoard(context, "answers", min_width=240),
            "numbers": NumberPad(context),
            "clock": TimePicker(context),
            "days": PhraseBoard(context, "days", min_width=200),
        }
        for page in self.tools.values():
            page.opened.connect(self.opened)
            page.pointed.connect(self.pointed)
            self.stack.addWidget(page)
        self.tools["numbers"].value_changed.connect(self.tools["clock"].set_number)
        self.layout().addWidget(self.stack, 1)
        self.show_tool("answers")

    def show_tool(self, tool: str) -> None:
        self.stack.setCurrentWidget(self.tools[tool])
        for name, button in self.tabs.items():
            button.set_marked(name == tool)

    def current_tool(self) -> str:
        return next(name for name, page in self.tools.items()
                    if page is self.stack.currentWidget())

    def clear(self) -> None:
        self.tools["numbers"].clear()
        self.tools["clock"].clear()


# -- the answer bar -----------------------------------------------------------------------------------
class AnswerBar(QFrame):
    """Yes / no / don't know / please say again, always at the bottom, in both languages."""

    pointed = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("answerBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.grid = CardGrid(context, 150, max_columns=4, scaled=False)
        self.buttons: dict[str, PhraseCard] = {}
        bands = {"answers.yes": "yes", "answers.no": "no"}
        for item_id in ANSWER_BAR_ITEMS:
            card = PhraseCard(context, item_id, roles=("answer", "answer_small"), fit=True)
            if item_id in bands:
                card.band = context.colors.q(bands[item_id])
            card.activated.connect(self.pointed)
            self.buttons[item_id] = self.grid.add(card)
        layout.addWidget(self.grid)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        context.changed.connect(self._recolor)

    def _recolor(self) -> None:
        for item_id, kind in (("answers.yes", "yes"), ("answers.no", "no")):
            self.buttons[item_id].band = self.context.colors.q(kind)

    def sync(self, state: BoardState) -> None:
        for item_id, card in self.buttons.items():
            card.set_marked(item_id == state.last_answer)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), 600)
        return QSize(width, self.heightForWidth(width))
