"""The body map on screen: front and back side by side, drawn with QPainter from the same data
as the printed booklet (``core.fingerboards.body_map``). Tapping a region points at that body
part; the parts pointed at are filled, and the last one is named in both languages beside it.

A finger needs about 40 px. On a small screen the whole figure is too small for that (a knee is
about 15 px on 1024 × 600), so a tap on a region smaller than a fingertip opens the region's
zone, drawn enlarged, where every region is large enough; the whole figure, small beside it,
goes back. On a large screen the same tap points at the region at once.

Front view: the person faces you, so their right is on YOUR left; the figures say so, in
Japanese and in the evacuee's language.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from evac_toolkit.core.fingerboards import body_map
from evac_toolkit.core.i18n import _
from evac_toolkit.ui.fingerboards.cards import ARROWS, CardGrid, PhraseCard
from evac_toolkit.ui.fingerboards.style import (
    JAPANESE,
    BoardContext,
    draw_text,
    fit_font,
    make_font,
)
from evac_toolkit.ui.fingerboards.tools import scroll_page

# The smallest target a fingertip hits reliably, in pixels.
FINGERTIP = 40
WHOLE: body_map.Box = (0.0, 0.0, body_map.WIDTH, body_map.HEIGHT)
# Caption keys (text in fingerboards/text/<code>.toml).
SIDE_CAPTIONS = {"front": "body_map.front", "back": "body_map.back"}
RIGHT, LEFT = "body_map.right", "body_map.left"


def _shape_path(shape: str, box) -> QPainterPath:
    x, y, w, h = box
    path = QPainterPath()
    if shape == "ellipse":
        path.addEllipse(QRectF(x, y, w, h))
    else:
        path.addRoundedRect(QRectF(x, y, w, h), 2, 2)
    return path


def _fitted(box: body_map.Box, area: QRectF) -> QRectF:
    """``box`` (figure units) scaled to fit ``area``, centred, the same scale both ways."""
    scale = min(area.width() / box[2], area.height() / box[3])
    width, height = box[2] * scale, box[3] * scale
    return QRectF(area.left() + (area.width() - width) / 2,
                  area.top() + (area.height() - height) / 2, width, height)


class BodyMapWidget(QWidget):
    """Front and back figures, or one zone enlarged; ``tapped(item)`` when a region is tapped or
    chosen by keyboard."""

    tapped = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.selected: list[str] = []
        self.hover: tuple[str, str] | None = None
        self.zone: body_map.Zone | None = None
        self.setObjectName("bodyMap")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(_("Tap where it hurts. A small part opens larger; "
                                "tap the small figure to see the whole body again."))
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

    # -- words ------------------------------------------------------------------------------------
    def caption_codes(self) -> list[str]:
        """Japanese, then the evacuee's language (English until one is chosen)."""
        other = self.context.language or "en"
        return [JAPANESE] if other == JAPANESE else [JAPANESE, other]

    def caption(self, key: str) -> list[tuple[str, str]]:
        """(text, code) of a caption in Japanese and the evacuee's language."""
        shown = []
        for code in self.caption_codes():
            text = self.context.text(code, key)
            if text:
                shown.append((text, code))
        return shown

    def caption_text(self, key: str) -> str:
        return " ".join(text for text, _code in self.caption(key))

    # -- geometry ---------------------------------------------------------------------------------
    def _caption_height(self) -> float:
        return 30 * self.context.scale

    def _label_width(self) -> float:
        return 52 * self.context.scale

    def _labels_below(self) -> bool:
        """右 / 左 under the feet (a tall map) rather than beside the legs (a low one): whichever
        leaves the larger figure."""
        return self._figure_height(True) > self._figure_height(False)

    def _figure_height(self, below: bool) -> float:
        area_h = self.height() - 16 - self._caption_height() * (2 if below else 1)
        slot_w = (self.width() - 16) / 2
        room = slot_w - 12 if below else slot_w - 2 * self._label_width() - 8
        return max(40.0, min(area_h, room * 2))

    def figure_rect(self, side: str) -> QRectF:
        """Where the 100 × 200 figure box of ``side`` is drawn in the whole view: under its
        caption (前 / 後ろ), with 右 and 左 beside its legs or under its feet."""
        below = self._labels_below()
        area = QRectF(self.rect()).adjusted(8, 8 + self._caption_height(), -8,
                                            -8 - (self._caption_height() if below else 0))
        height = self._figure_height(below)
        width = height / 2
        slot_w = area.width() / 2
        index = body_map.SIDES.index(side)
        left = area.left() + index * slot_w + (slot_w - width) / 2
        return QRectF(left, area.top() + (area.height() - height) / 2, width, height)

    def column_rect(self) -> QRectF:
        """In a zone: the column at the left with the side's name and the whole figure."""
        width = max(56.0, min(96.0, self.width() * 0.2))
        return QRectF(8, 8, width, self.height() - 16)

    def thumbnail_rect(self) -> QRectF:
        """The small whole figure beside a zone: tapping it shows the whole body again."""
        column = self.column_rect()
        top = column.top() + 2 * self._caption_height()
        area = QRectF(column.left(), top, column.width(), column.bottom() - top)
        return _fitted(WHOLE, area.adjusted(4, 4, -4, -4)).adjusted(-4, -4, 4, 4)

    def zoom_area(self) -> QRectF:
        """The room for a zone, right of the column."""
        column = self.column_rect()
        return QRectF(self.rect()).adjusted(column.right() + 8, 8, -8, -8)

    def zoom_rect(self) -> QRectF:
        """Where the zone is drawn, as large as it fits."""
        return _fitted(self.zone.box, self.zoom_area())

    def views(self) -> list[tuple[str, body_map.Box, QRectF]]:
        """What is drawn where: (side, part of the figure in figure units, widget rectangle)."""
        if self.zone is not None:
            return [(self.zone.side, self.zone.box, self.zoom_rect())]
        return [(side, WHOLE, self.figure_rect(side)) for side in body_map.SIDES]

    def scale(self, side: str) -> float:
        """Pixels per figure unit for ``side`` as drawn now (0 when it is not drawn)."""
        for each, box, rect in self.views():
            if each == side:
                return rect.width() / box[2]
        return 0.0

    def to_widget(self, side: str, x: float, y: float) -> QPointF:
        for each, box, rect in self.views():
            if each == side:
                scale = rect.width() / box[2]
                return QPointF(rect.left() + (x - box[0]) * scale,
                               rect.top() + (y - box[1]) * scale)
        raise KeyError(side)

    def point_for(self, item: str, side: str | None = None) -> QPointF:
        """The middle of ``item``'s fingertip target as drawn now, in widget pixels."""
        for each, box, _rect in self.views():
            if side not in (None, each):
                continue
            for region in body_map.shapes(each, item):
                if self.zone is None or body_map.overlaps(region.box, box):
                    x, y, _size = body_map.target(region, None if self.zone is None else box)
                    return self.to_widget(each, x, y)
        raise KeyError(item)

    def item_at(self, point: QPointF) -> tuple[str, str] | None:
        """(side, item) under ``point`` in what is drawn now."""
        region = self.region_at(point)
        return (region.side, region.item) if region else None

    def region_at(self, point: QPointF) -> body_map.Region | None:
        margin = body_map.RADIUS
        for side, box, rect in self.views():
            scale = rect.width() / box[2]
            x = box[0] + (point.x() - rect.left()) / scale
            y = box[1] + (point.y() - rect.top()) / scale
            zoomed = self.zone is not None
            # A zone shows only its box; the whole figure answers a little around it too.
            if zoomed and not rect.contains(point):
                continue
            if not zoomed and not (-margin <= x <= body_map.WIDTH + margin
                                   and -margin <= y <= body_map.HEIGHT + margin):
                continue
            return body_map.pick(side, x, y, box if zoomed else None)
        return None

    def needs_zone(self, region: body_map.Region) -> bool:
        """Smaller than a fingertip as drawn now (with a tenth to spare: a finger lands a little
        off the middle), so a tap shows it larger instead."""
        if region.zone is None:
            return False
        view = None if self.zone is None else self.zone.box
        return body_map.target(region, view)[2] * self.scale(region.side) < FINGERTIP * 1.1

    # -- zones ------------------------------------------------------------------------------------
    def open_zone(self, zone: body_map.Zone | str | None) -> None:
        """Show one zone enlarged (None: the whole body)."""
        if isinstance(zone, str):
            zone = body_map.zones()[zone]
        if zone != self.zone:
            self.zone = zone
            self.hover = None
            self.update()

    def zone_for(self, region: body_map.Region) -> body_map.Zone:
        """The region's zone; or, when that is already shown or still leaves the region smaller
        than a fingertip (a small window, large text), a closer view centred on it."""
        zone = body_map.zones()[region.zone]
        area = self.zoom_area()
        x, y, size = body_map.target(region, zone.box)
        scale = min(area.width() / zone.box[2], area.height() / zone.box[3])
        if zone != self.zone and size * scale >= FINGERTIP * 1.1:
            return zone
        # Enough pixels per unit for a target a quarter larger than a fingertip.
        needed = max(FINGERTIP * 1.25 / max(size, 1.0), scale)
        width, height = area.width() / needed, area.height() / needed
        box = (x - width / 2, y - height / 2, width, height)
        return body_map.Zone(f"{zone.id}:{region.item}", zone.side, box)

    def show_whole(self) -> None:
        self.open_zone(None)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.show_whole()               # back on this board, the whole body first
        super().hideEvent(event)

    # -- input ------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        found = self.item_at(event.position())
        on_thumbnail = self.zone is not None and self.thumbnail_rect().contains(event.position())
        if found != self.hover:
            self.hover = found
            self.update()
        self.setCursor(Qt.CursorShape.PointingHandCursor if found or on_thumbnail
                       else Qt.CursorShape.ArrowCursor)

    def leaveEvent(self, _event) -> None:  # noqa: N802
        self.hover = None
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        if self.zone is not None and self.column_rect().contains(point):
            self.show_whole()
            return
        region = self.region_at(point)
        if region is None:
            return
        if self.needs_zone(region):
            self.open_zone(self.zone_for(region))
            return
        found = (region.side, region.item)
        self.cursor = self.order.index(found) if found in self.order else self.cursor
        self.tapped.emit(region.item)

    def _follow_cursor(self) -> None:
        """Show the zone the keyboard cursor's region needs, or the whole body."""
        side, item = self.order[self.cursor]
        region = body_map.shapes(side, item)[0]
        self.show_whole()
        if self.needs_zone(region):
            self.open_zone(self.zone_for(region))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in ARROWS:
            step = 1 if ARROWS[key][0] + ARROWS[key][1] > 0 else -1
            self.cursor = (self.cursor + step) % len(self.order)
            self._follow_cursor()
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.cursor >= 0:
            self.tapped.emit(self.order[self.cursor][1])
            return
        if key == Qt.Key.Key_Escape and self.zone is not None:
            self.show_whole()
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------------------
    def _draw_pair(self, painter: QPainter, rect: QRectF, key: str, size: float,
                   align: Qt.AlignmentFlag, color: QColor, stacked: bool = False,
                   backdrop: QColor | None = None) -> None:
        """A caption in Japanese and the evacuee's language: side by side in ``rect`` (shrunk to
        fit), or one above the other when ``stacked``; ``backdrop`` fills behind the words (a
        caption over the figure)."""
        parts = self.caption(key)
        if not parts:
            return
        if stacked:
            step = rect.height() / len(parts)
            for index, (text, code) in enumerate(parts):
                # One line each, shrunk to fit (no smaller than 7 pt).
                font = fit_font(text, make_font(code, size, 600), rect.width(),
                                QFontMetricsF(make_font(code, size, 600)).height() * 1.2, code,
                                minimum=7.0)
                draw_text(painter, QRectF(rect.left(), rect.top() + index * step, rect.width(),
                                          step), text, font, color, code, align, "center")
            return
        gap = 6 * self.context.scale
        fonts_ = [make_font(code, size, 600) for _text, code in parts]
        widths = [QFontMetricsF(font).horizontalAdvance(text)
                  for font, (text, _code) in zip(fonts_, parts, strict=True)]
        total = sum(widths) + gap * (len(parts) - 1)
        shrink = min(1.0, rect.width() / total) if total else 1.0
        if shrink < 1.0:
            fonts_ = [make_font(code, size * shrink, 600) for _text, code in parts]
            widths = [w * shrink for w in widths]
            gap *= shrink
            total *= shrink
        if align & Qt.AlignmentFlag.AlignRight:
            x = rect.right() - total
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.center().x() - total / 2
        else:
            x = rect.left()
        if backdrop is not None:
            painter.fillRect(QRectF(x - 3, rect.top(), total + 6, rect.height()), backdrop)
        for font, width, (text, code) in zip(fonts_, widths, parts, strict=True):
            draw_text(painter, QRectF(x, rect.top(), width + 2, rect.height()), text, font, color,
                      code, Qt.AlignmentFlag.AlignLeft, "center")
            x += width + gap

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.context.colors
        painter.fillRect(self.rect(), colors.q("card"))
        if self.hasFocus():
            painter.setPen(QPen(colors.q("focus"), 4))
            painter.drawRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        if self.zone is None:
            self._paint_whole(painter)
        else:
            self._paint_zone(painter)
        painter.end()

    def _paint_whole(self, painter: QPainter) -> None:
        colors = self.context.colors
        caption_size, side_size = 13 * self.context.scale, 12 * self.context.scale
        for side in body_map.SIDES:
            rect = self.figure_rect(side)
            slot = self.width() / 2 - 12
            self._draw_pair(painter, QRectF(rect.center().x() - slot / 2, rect.top() -
                                            self._caption_height() - 2, slot,
                                            self._caption_height()),
                            SIDE_CAPTIONS[side], caption_size, Qt.AlignmentFlag.AlignHCenter,
                            colors.q("text"))
            # Whose right is on which side: front view mirrors, back view does not.
            left_key, right_key = (RIGHT, LEFT) if side == "front" else (LEFT, RIGHT)
            if self._labels_below():
                gap, box_w = 6 * self.context.scale, slot / 2 - 6 * self.context.scale
                for key, x in ((left_key, rect.center().x() - gap - box_w),
                               (right_key, rect.center().x() + gap)):
                    self._draw_pair(painter, QRectF(x, rect.bottom() + 2, box_w,
                                                    self._caption_height()),
                                    key, side_size, Qt.AlignmentFlag.AlignHCenter,
                                    colors.q("subtle"))
            else:
                label_w, lines = self._label_width(), 2 * self._caption_height()
                top = rect.bottom() - lines
                for key, x in ((left_key, rect.left() - label_w - 4),
                               (right_key, rect.right() + 4)):
                    self._draw_pair(painter, QRectF(x, top, label_w, lines), key, side_size,
                                    Qt.AlignmentFlag.AlignHCenter, colors.q("subtle"),
                                    stacked=True)
            self._paint_part(painter, side, WHOLE, rect)

    def _paint_zone(self, painter: QPainter) -> None:
        colors = self.context.colors
        side, box, rect = self.views()[0]
        column = self.column_rect()
        # The side's name, then the whole figure as the way back.
        self._draw_pair(painter, QRectF(column.left(), column.top(), column.width(),
                                        2 * self._caption_height()),
                        SIDE_CAPTIONS[side], 12 * self.context.scale,
                        Qt.AlignmentFlag.AlignHCenter, colors.q("text"), stacked=True)
        thumb = self.thumbnail_rect()
        painter.setPen(QPen(colors.q("border"), 1.5))
        painter.setBrush(colors.q("card"))
        painter.drawRoundedRect(thumb, 8, 8)
        figure = _fitted(WHOLE, thumb.adjusted(4, 4, -4, -4))
        self._paint_part(painter, side, WHOLE, figure, quiet=True)
        scale = figure.width() / body_map.WIDTH
        painter.setPen(QPen(colors.q("focus"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(figure.left() + box[0] * scale, figure.top() + box[1] * scale,
                                box[2] * scale, box[3] * scale))
        # The zone, clipped to its box, with the person's right and left in its lower corners.
        painter.save()
        painter.setClipRect(rect)
        self._paint_part(painter, side, box, rect)
        painter.restore()
        painter.setPen(QPen(colors.q("border"), 1))
        painter.drawRect(rect)
        left_key, right_key = (RIGHT, LEFT) if side == "front" else (LEFT, RIGHT)
        size = 11 * self.context.scale
        height = self._caption_height()
        width = rect.width() / 2 - 4
        backdrop = QColor(colors.q("card"))
        backdrop.setAlpha(200)
        for key, x, align in ((left_key, rect.left() + 2, Qt.AlignmentFlag.AlignLeft),
                              (right_key, rect.center().x() + 2, Qt.AlignmentFlag.AlignRight)):
            label = QRectF(x, rect.bottom() - height - 2, width, height)
            self._draw_pair(painter, label, key, size, align, colors.q("subtle"),
                            backdrop=backdrop)

    def _paint_part(self, painter: QPainter, side: str, box: body_map.Box, rect: QRectF,
                    quiet: bool = False) -> None:
        """Draw ``box`` of the figure of ``side`` into ``rect``; ``quiet``: the thumbnail (the
        chosen parts filled, no outlines)."""
        painter.save()
        scale = rect.width() / box[2]
        painter.translate(rect.left() - box[0] * scale, rect.top() - box[1] * scale)
        painter.scale(scale, scale)
        self._paint_figure(painter, side, scale, quiet)
        painter.restore()

    def _paint_figure(self, painter: QPainter, side: str, scale: float,
                      quiet: bool = False) -> None:
        colors = self.context.colors
        contrast = self.context.high_contrast
        hair = QPen(colors.q("subtle"), 1.2 / scale)
        body = QPainterPath()
        for shape, box in body_map.SILHOUETTE:
            body = body.united(_shape_path(shape, box))
        painter.fillPath(body, QColor("#1a1a1a") if contrast else QColor("#dfe4ea"))
        painter.setPen(QPen(colors.q("border") if contrast else QColor("#7b8794"), 1.6 / scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(body)
        if side == "front":       # a face, so front and back cannot be confused
            painter.setPen(hair)
            painter.setBrush(colors.q("subtle"))
            painter.drawEllipse(QRectF(43, 11.5, 3, 3))
            painter.drawEllipse(QRectF(54, 11.5, 3, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(45, 25, 10, 5), 200 * 16, 140 * 16)
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
                if quiet:
                    continue
                width = 2.6 if region.item == last else 1.8
                painter.setPen(QPen(colors.q("no") if not contrast else colors.q("text"),
                                    width / scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            elif not quiet:
                pen = QPen(colors.q("border"), 0.9 / scale, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            if not quiet and (side, region.item) in (self.hover, cursor):
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
        self.named = PhraseCard(context, "body.head", roles=("primary", "secondary"), fit=True)
        self.named.setObjectName("bodyNamed")
        self.named.activated.connect(self.opened)
        self.named.hide()
        side_layout.addWidget(self.named)
        # The parts pointed at before: below the last one, scrolling on their own, so that on
        # a low screen the last part keeps the room it needs to be read.
        self.others = CardGrid(context, min_width=160)
        holder = QWidget(objectName="fbContent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.others)
        holder_layout.addStretch(1)
        self.others_scroll = scroll_page(holder)
        self.others_scroll.setMinimumHeight(1)      # it yields its room before the last part
        self.others_scroll.hide()
        side_layout.addWidget(self.others_scroll, 1)
        side_layout.addStretch(0)
        self.side = side
        self.box.addWidget(side, 2)
        side.setMaximumWidth(340)
        self._other_cards: dict[str, PhraseCard] = {}
        if compact:
            self.others_scroll.hide()

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
        self.others_scroll.setVisible(bool(self._other_cards))

    def cards(self) -> list[PhraseCard]:
        return [self.named, *self._other_cards.values()]
