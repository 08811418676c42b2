"""The body map and the pain scale in the real window: every region is a fingertip target
(measured by asking the widget what each pixel picks, not from its data), labels speak the
evacuee's language, and every pain level has a face of its own."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.fingerboards import body_map, pain_faces
from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.fingerboards.body import FINGERTIP
from evac_toolkit.ui.fingerboards.tools import paint_pain_face
from evac_toolkit.ui.fingerboards.view import FingerboardView

pytestmark = pytest.mark.gui
BANK = ContentBank()
STEP = 2      # px between the points sampled


@pytest.fixture
def open_body_map(qtbot, data_home: Path):
    def build(size: tuple[int, int], language: str | None):
        app = create_application()
        window = create_main_window(app, data_home, ui_language="ja")
        qtbot.addWidget(window)
        window.resize(*size)
        window.show_view("fingerboards")
        window.show()
        qtbot.waitExposed(window)
        view = window.findChild(FingerboardView)
        view.ensure_built()
        if language:
            view.choose_language(language)
        view.show_board("body_map")
        qtbot.wait(10)
        assert window.size().width() <= size[0] and window.size().height() <= size[1]
        return view
    return build


def fingertip_squares(widget) -> dict[tuple[str, str], tuple[int, QPoint]]:
    """For each (side, item): the side of the largest square of pixels that all pick it, and
    that square's centre."""
    # Only where a figure is drawn (and a finger's slip around it) can anything be picked.
    margin = body_map.RADIUS * max(widget.scale(side) for side in body_map.SIDES) + STEP
    drawn = None
    for _side, _box, rect in widget.views():
        drawn = rect if drawn is None else drawn.united(rect)
    drawn = drawn.adjusted(-margin, -margin, margin, margin).intersected(QRectF(widget.rect()))
    left, top = int(drawn.left()), int(drawn.top())
    columns, rows = int(drawn.width()) // STEP, int(drawn.height()) // STEP
    above, above_found = [0] * columns, [None] * columns
    best: dict[tuple[str, str], tuple[int, int, int]] = {}
    for row in range(rows):
        here, here_found = [0] * columns, [None] * columns
        for column in range(columns):
            found = widget.item_at(QPointF(left + column * STEP + STEP / 2,
                                           top + row * STEP + STEP / 2))
            here_found[column] = found
            if found is None:
                continue
            same = row and column and above_found[column] == found and \
                here_found[column - 1] == found and above_found[column - 1] == found
            size = 1 + min(above[column], here[column - 1], above[column - 1]) if same else 1
            here[column] = size
            if size > best.get(found, (0, 0, 0))[0]:
                best[found] = (size, column, row)
        above, above_found = here, here_found
    return {found: (size * STEP, QPoint(left + int((column - (size - 1) / 2) * STEP + STEP / 2),
                                        top + int((row - (size - 1) / 2) * STEP + STEP / 2)))
            for found, (size, column, row) in best.items()}


def click(qtbot, widget, point: QPoint) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize(("size", "language"), [((1024, 600), None), ((1024, 600), "my"),
                                                ((1280, 800), None)],
                         ids=["1024x600", "1024x600-burmese", "1280x800"])
def test_every_region_is_a_fingertip_target_and_a_tap_at_its_centre_picks_it(
        open_body_map, qtbot, size, language):
    """Burmese makes the cards and the answer bar tallest, so the map gets the least room."""
    view = open_body_map(size, language)
    widget = view.body_map()
    items = {(region.side, region.item) for region in body_map.regions()}
    measured: dict[tuple[str, str], int] = {}
    views: dict[object, dict] = {}          # what each view picks, measured once

    def squares():
        key = widget.zone.box if widget.zone else None
        if key not in views:
            views[key] = fingertip_squares(widget)
        return views[key]

    for side, item in sorted(items):
        widget.show_whole()
        for _tap in range(3):
            found = squares().get((side, item))
            point = found[1] if found else widget.point_for(item, side).toPoint()
            before = widget.zone
            click(qtbot, widget, point)
            if widget.selected:
                break
            # Too small where it was tapped: shown larger instead, nothing pointed at.
            assert widget.zone is not None and widget.zone != before, (item, before)
        assert widget.selected == [item], (side, item, found)
        assert found is not None and found[0] >= FINGERTIP, (side, item, found)
        measured[(side, item)] = found[0]
        click(qtbot, widget, point)                  # and a second tap takes it back
        assert widget.selected == []
    assert set(measured) == items
    assert min(measured.values()) >= FINGERTIP
    print(size, language, "smallest target", min(measured.values()), "px:",
          sorted(key for key, value in measured.items() if value == min(measured.values())))


def test_the_whole_figure_comes_back_from_a_zone(open_body_map, qtbot):
    view = open_body_map((1024, 600), "si")
    widget = view.body_map()
    knee = widget.point_for("body.knee_left", "front").toPoint()
    click(qtbot, widget, knee)
    assert widget.zone is not None and widget.zone.side == "front"
    assert widget.views()[0][1] != (0, 0, 100, 200)
    click(qtbot, widget, widget.thumbnail_rect().center().toPoint())
    assert widget.zone is None
    # Leaving the board and coming back shows the whole body again.
    click(qtbot, widget, knee)
    assert widget.zone is not None
    view.show_board("pain_scale")
    view.show_board("body_map")
    assert widget.zone is None


def test_the_keyboard_walks_every_region_and_shows_each_large_enough(open_body_map, qtbot):
    view = open_body_map((1024, 600), "my")
    widget = view.body_map()
    widget.setFocus()
    seen = set()
    for _step in range(len(widget.order)):
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        side, item = widget.order[widget.cursor]
        seen.add((side, item))
        region = body_map.shapes(side, item)[0]
        view_box = widget.zone.box if widget.zone else None
        assert body_map.target(region, view_box)[2] * widget.scale(side) >= FINGERTIP, item
        if item == "body.knee_left":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            assert widget.selected == ["body.knee_left"]
    assert seen == set(widget.order)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert widget.zone is None


@pytest.mark.parametrize("code", ["my", "si", "en", "pt-BR"])
def test_front_back_right_left_are_in_japanese_and_the_evacuees_language(open_body_map, code):
    view = open_body_map((1024, 600), code)
    widget = view.body_map()
    for key in ("body_map.front", "body_map.back", "body_map.right", "body_map.left"):
        shown = widget.caption_text(key)
        assert BANK.text("ja", key) in shown and BANK.text(code, key) in shown, key
    # The part pointed at is named in both languages too.
    view.tap_body("body.knee_left")
    named = view.page("body_map").named.phrase()
    assert named.primary == BANK.text(code, "body.knee_left")
    assert named.secondary == BANK.text("ja", "body.knee_left")


def _face(level: int, size: int = 48) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_pain_face(painter, QRectF(0, 0, size, size), level)
    painter.end()
    return image


def _differing_pixels(a: QImage, b: QImage) -> int:
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if a.pixel(x, y) != b.pixel(x, y))


def test_the_eleven_pain_faces_are_pairwise_different_pictures(qapp):
    """At card size (48 px) every pair of levels differs in more than a few stray pixels."""
    faces = [_face(level) for level in pain_faces.LEVELS]
    for (i, a), (j, b) in itertools.combinations(enumerate(faces), 2):
        assert _differing_pixels(a, b) >= 40, (i, j)


def test_the_pain_board_draws_each_levels_face(open_body_map):
    view = open_body_map((1280, 800), "my")
    view.show_board("pain_scale")
    for level in pain_faces.LEVELS:
        card = view.card(f"pain.{level}")
        image = card.grab().toImage()
        tint = QColor(pain_faces.tint(pain_faces.COLORS[level])).rgb()
        count = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                    if image.pixel(x, y) == tint)
        assert count >= 20, level


@pytest.mark.parametrize("code", ["my", "si"])
def test_every_pain_level_is_in_sight_at_1024x600_and_names_itself_when_tapped(
        open_body_map, qtbot, code):
    view = open_body_map((1024, 600), code)
    view.show_board("pain_scale")
    page = view.page("pain_scale")
    viewport = page.scroll.viewport()
    seen = viewport.rect()
    for level in pain_faces.LEVELS:
        card = view.card(f"pain.{level}")
        where = card.rect().translated(card.mapTo(viewport, QPoint(0, 0)))
        assert card.isVisible() and seen.contains(where), (level, where, seen)
        assert where.width() >= FINGERTIP and where.height() >= FINGERTIP, (level, where)
    for level in (3, 7):
        card = view.card(f"pain.{level}")
        click(qtbot, card, card.rect().center())
        assert view.conversation.summary().pain == level
        assert card.marked
        if page.compact:        # the words of the level pointed at, in both languages
            chosen = page.chosen.phrase()
            assert page.chosen.isVisible()
            assert chosen.primary == BANK.text(code, f"pain.{level}")
            assert chosen.secondary == BANK.text("ja", f"pain.{level}")


def test_a_tall_board_shows_each_level_with_its_words(open_body_map):
    view = open_body_map((1280, 800), None)
    view.show_board("pain_scale")
    page = view.page("pain_scale")
    assert not page.compact
    card = view.card("pain.7")
    assert card.isVisible() and card.phrase().primary == BANK.text("ja", "pain.7")
