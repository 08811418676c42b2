"""The body map on screen: front and back side by side, drawn with QPainter from the same data
as the printed booklet (``core.fingerboards.body_map``). Tapping a region points at that body
part; the parts pointed at are filled, and the last one is named in both languages beside it.

Front view: the person faces you, so their right is on YOUR left; the figures say so (右 / 左).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from evac_toolkit.core.fingerboards import body_map
from evac_toolkit.ui.views.fingerboard_cards import ARROWS, CardGrid, PhraseCard
from evac_toolkit.ui.views.fingerboard_style import (
    JAPANESE,
    BoardContext,
    draw_text,
    make_font,
)

#: Captions over the figures and at their sides; short, in Japanese and English (the figure's
#: face and back of the head say the rest).
SIDE_CAPTIONS = {"front": "前 Front", "back": "後ろ Back"}
RIGHT, LEFT = "右 R", "左 L"


def _shape_path(shape: str, box) -> QPainterPath:
    x, y, w, h = box
    path = QPainterPath()
    if shape == "ellipse":
        path.addEllipse(QRectF(x, y, w, h))
    else:
        path.addRoundedRect(QRectF(x, y, w, h), 3, 3)
    return path


class BodyMapWidget(QWidget):
    """Front and back figures; ``tapped(item)`` when a region is tapped or chosen by keyboard."""

    tapped = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.selected: list[str] = []
        self.hover: tuple[str, str] | None = None
        self.setObjectName("bodyMap")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Keyboard order: front then back, head to feet, each item once per side.
        order: list[tuple[str, str]] = []
        for side in body_map.SIDES:
            regions = sorted(body_map.shapes(side), key=lambda r: (r.box[1], r.box[0]))
            for region in regions:
                if (side, region.item) not in order:
                    order.append((side, region.item))
        self.order = order
        self.cursor = -1
        context.changed.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 460)

    def set_selected(self, items: list[str]) -> None:
        if items != self.selected:
            self.selected = list(items)
            self.update()

    # -- geometry ---------------------------------------------------------------------------------
    def _caption_height(self) -> float:
        return 30 * self.context.scale

    def figure_rect(self, side: str) -> QRectF:
        """Where the 100 × 200 figure box of ``side`` is drawn, in widget pixels."""
        # Captions above (前 / 後ろ), and 右 / 左 under the feet.
        area = QRectF(self.rect()).adjusted(8, 8 + self._caption_height(), -8,
                                            -8 - self._caption_height())
        slot_w = area.width() / 2
        height = min(area.height(), (slot_w - 12) * 2)
        width = height / 2
        index = body_map.SIDES.index(side)
        left = area.left() + index * slot_w + (slot_w - width) / 2
        return QRectF(left, area.top() + (area.height() - height) / 2, width, height)

    def to_widget(self, side: str, x: float, y: float) -> QPointF:
        rect = self.figure_rect(side)
        return QPointF(rect.left() + x * rect.width() / body_map.WIDTH,
                       rect.top() + y * rect.height() / body_map.HEIGHT)

    def point_for(self, item: str, side: str | None = None) -> QPointF:
        """The centre of ``item``'s first region, in widget pixels (for tests and keyboards)."""
        sides = [side] if side else body_map.SIDES
        for each in sides:
            shapes = body_map.shapes(each, item)
            if shapes:
                x, y, w, h = shapes[0].box
                return self.to_widget(each, x + w / 2, y + h / 2)
        raise KeyError(item)

    def item_at(self, point: QPointF) -> tuple[str, str] | None:
        for side in body_map.SIDES:
            rect = self.figure_rect(side)
            if rect.contains(point):
                x = (point.x() - rect.left()) * body_map.WIDTH / rect.width()
                y = (point.y() - rect.top()) * body_map.HEIGHT / rect.height()
                item = body_map.hit(side, x, y)
                return (side, item) if item else None
        return None

    # -- input ------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        found = self.item_at(event.position())
        if found != self.hover:
            self.hover = found
            self.setCursor(Qt.CursorShape.PointingHandCursor if found
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, _event) -> None:  # noqa: N802
        self.hover = None
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.item_at(event.position())
        if found:
            self.cursor = self.order.index(found) if found in self.order else self.cursor
            self.tapped.emit(found[1])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in ARROWS:
            step = 1 if ARROWS[key][0] + ARROWS[key][1] > 0 else -1
            self.cursor = (self.cursor + step) % len(self.order)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.cursor >= 0:
            self.tapped.emit(self.order[self.cursor][1])
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.context.colors
        painter.fillRect(self.rect(), colors.q("card"))
        if self.hasFocus():
            painter.setPen(QPen(colors.q("focus"), 4))
            painter.drawRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        caption_font = make_font(JAPANESE, 13 * self.context.scale, 600)
        side_font = make_font(JAPANESE, 12 * self.context.scale, 600)
        for side in body_map.SIDES:
            rect = self.figure_rect(side)
            draw_text(painter, QRectF(rect.center().x() - 120, rect.top() - self._caption_height()
                                      - 2, 240, self._caption_height()),
                      SIDE_CAPTIONS[side], caption_font, colors.q("text"), JAPANESE,
                      Qt.AlignmentFlag.AlignHCenter, "center")
            # Whose right is on which side: front view mirrors, back view does not.
            left_text, right_text = (RIGHT, LEFT) if side == "front" else (LEFT, RIGHT)
            gap, box_w = 6 * self.context.scale, 90 * self.context.scale
            below = rect.bottom() + 2
            draw_text(painter, QRectF(rect.center().x() - gap - box_w, below, box_w,
                                      self._caption_height()),
                      left_text, side_font, colors.q("subtle"), JAPANESE,
                      Qt.AlignmentFlag.AlignRight, "center")
            draw_text(painter, QRectF(rect.center().x() + gap, below, box_w,
                                      self._caption_height()),
                      right_text, side_font, colors.q("subtle"), JAPANESE,
                      Qt.AlignmentFlag.AlignLeft, "center")
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(rect.width() / body_map.WIDTH, rect.height() / body_map.HEIGHT)
            self._paint_figure(painter, side)
            painter.restore()
        painter.end()

    def _paint_figure(self, painter: QPainter, side: str) -> None:
        colors = self.context.colors
        contrast = self.context.high_contrast
        scale = self.figure_rect(side).width() / body_map.WIDTH
        hair = QPen(colors.q("subtle"), 1.2 / scale)
        body = QPainterPath()
        for shape, box in body_map.SILHOUETTE:
            body = body.united(_shape_path(shape, box))
        painter.fillPath(body, QColor("#1a1a1a") if contrast else QColor("#dfe4ea"))
        painter.setPen(QPen(colors.q("border") if contrast else QColor("#7b8794"), 1.6 / scale))
        painter.drawPath(body)
        if side == "front":       # a face, so front and back cannot be confused
            painter.setPen(hair)
            painter.setBrush(colors.q("subtle"))
            painter.drawEllipse(QRectF(43.5, 14, 3, 3))
            painter.drawEllipse(QRectF(53.5, 14, 3, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(45, 22, 10, 5), 200 * 16, 140 * 16)
        else:                     # the back of the head: hair
            path = QPainterPath()
            path.addEllipse(QRectF(37, 2, 26, 32))
            painter.fillPath(path, QColor("#8a7a6a") if not contrast else QColor("#444444"))
        selected_fill = colors.q("selected")
        if not contrast:
            selected_fill.setAlpha(220)
        last = self.selected[-1] if self.selected else None
        cursor = self.order[self.cursor] if 0 <= self.cursor < len(self.order) else None
        for region in body_map.shapes(side):
            path = _shape_path(region.shape, region.box)
            if region.item in self.selected:
                painter.fillPath(path, selected_fill)
                width = 2.6 if region.item == last else 1.8
                painter.setPen(QPen(colors.q("no") if not contrast else colors.q("text"),
                                    width / scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            else:
                pen = QPen(colors.q("border"), 0.9 / scale, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            if (side, region.item) in (self.hover, cursor):
                painter.setPen(QPen(colors.q("focus") if (side, region.item) == cursor
                                    else colors.q("accent"), 2.4 / scale))
                painter.drawPath(path)


class BodyMapBoard(QWidget):
    """The map and, beside it (or below, when narrow), the parts pointed at, named in both
    languages: the last one first and large."""

    tapped = Signal(str)        # a region: toggles the body part
    opened = Signal(str)        # a named card tapped: show it full screen

    def __init__(self, context: BoardContext, parent: QWidget | None = None,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.compact = compact
        self.setObjectName("fbContent")
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.map = BodyMapWidget(context)
        self.map.tapped.connect(self.tapped)
        self.box.addWidget(self.map, 5)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.named = PhraseCard(context, "body.head", roles=("primary", "secondary"))
        self.named.setObjectName("bodyNamed")
        self.named.activated.connect(self.opened)
        self.named.hide()
        side_layout.addWidget(self.named)
        self.others = CardGrid(context, min_width=160)
        side_layout.addWidget(self.others)
        side_layout.addStretch(1)
        self.side = side
        self.box.addWidget(side, 2)
        side.setMaximumWidth(340)
        self._other_cards: dict[str, PhraseCard] = {}
        if compact:
            self.others.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        wide = event.size().width() > event.size().height() * 1.15
        self.box.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def sync(self, body_items: list[str]) -> None:
        """Show ``body_items`` (in the order pointed at) as chosen."""
        self.map.set_selected(body_items)
        if body_items:
            last = body_items[-1]
            if self.named.item_id != last:
                self.named.item_id = last
                self.named.setObjectName(f"bodyNamed:{last}")
                self.named.refresh()
            self.named.set_marked(True)
            self.named.show()
        else:
            self.named.hide()
        if self.compact:
            return
        earlier = list(reversed(body_items[:-1]))
        for item, card in list(self._other_cards.items()):
            if item not in earlier:
                self.others.remove(card)
                del self._other_cards[item]
        for item in earlier:
            if item not in self._other_cards:
                card = PhraseCard(self.context, item, roles=("secondary", "note"))
                card.activated.connect(self.opened)
                self._other_cards[item] = self.others.add(card)

    def cards(self) -> list[PhraseCard]:
        return [self.named, *self._other_cards.values()]
