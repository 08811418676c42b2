"""The body map as data: shapes per body-map item, hit-testing for taps, and silhouette parts
for drawing. Shared by the screen (QPainter) and paper (ReportLab), so both show the same body.

Taps: a point inside shapes picks the smallest of them; a point outside every shape picks the
nearest shape within :data:`RADIUS`, so a finger that lands just off a thin leg still counts.
Zones (``[[zone]]``) are parts of a side drawn enlarged when the whole figure is too small for
a finger: the screen zooms into a region's zone when the region is smaller than a fingertip.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

WIDTH, HEIGHT = 100.0, 200.0
SIDES = ("front", "back")
#: How far outside every shape (figure units) a tap still picks the nearest one.
RADIUS = 8.0
#: The grid (figure units) on which a region's fingertip target is measured.
_STEP = 1.0

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Region:
    item: str
    side: str
    shape: str                      # ellipse | rect
    box: tuple[float, float, float, float]   # x, y, w, h in figure units, y down
    label: tuple[float, float] | None = None  # where its number goes on paper; None: the middle
    zone: str | None = None         # the zone it is drawn enlarged in when too small to tap

    @property
    def label_point(self) -> tuple[float, float]:
        x, y, w, h = self.box
        return self.label or (x + w / 2, y + h / 2)

    @property
    def area(self) -> float:
        return self.box[2] * self.box[3] * (0.785 if self.shape == "ellipse" else 1.0)

    def contains(self, x: float, y: float) -> bool:
        bx, by, bw, bh = self.box
        if self.shape == "rect":
            return bx <= x <= bx + bw and by <= y <= by + bh
        cx, cy, rx, ry = bx + bw / 2, by + bh / 2, bw / 2, bh / 2
        return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0

    def distance(self, x: float, y: float) -> float:
        """From (x, y) to the shape's outline (0 inside); for an ellipse, along the ray from its
        centre, which is close enough for picking the nearest shape."""
        bx, by, bw, bh = self.box
        if self.shape == "rect":
            return math.hypot(max(bx - x, 0.0, x - bx - bw), max(by - y, 0.0, y - by - bh))
        cx, cy = bx + bw / 2, by + bh / 2
        k = math.hypot((x - cx) / (bw / 2), (y - cy) / (bh / 2))
        return 0.0 if k <= 1.0 else math.hypot(x - cx, y - cy) * (1.0 - 1.0 / k)


@dataclass(frozen=True)
class Zone:
    """A part of one side (figure units) drawn enlarged so that its regions fit a finger."""

    id: str
    side: str
    box: Box


@cache
def _raw() -> dict:
    return tomllib.loads(asset_path("fingerboards", "body_map.toml").read_text(encoding="utf-8"))


@cache
def regions() -> tuple[Region, ...]:
    found = [Region(r["item"], r["side"], r["shape"], tuple(float(v) for v in r["box"]),
                    tuple(float(v) for v in r["label"]) if "label" in r else None,
                    r.get("zone"))
             for r in _raw().get("region", [])]
    return tuple(sorted(found, key=lambda region: region.area))


@cache
def zones() -> dict[str, Zone]:
    return {z["id"]: Zone(z["id"], z["side"], tuple(float(v) for v in z["box"]))
            for z in _raw().get("zone", [])}


@cache
def detail() -> tuple[str, tuple[float, float, float, float]] | None:
    """(side, box) of the part drawn enlarged beside the figure on paper (the face: its parts
    are too small to number at booklet size), or None."""
    raw = _raw().get("detail")
    if not raw:
        return None
    return raw["side"], tuple(float(v) for v in raw["box"])


def within(region: Region, box: tuple[float, float, float, float]) -> bool:
    bx, by, bw, bh = box
    x, y, w, h = region.box
    return bx <= x and by <= y and x + w <= bx + bw and y + h <= by + bh


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def whole() -> Box:
    """The whole figure, with room around it for taps just outside."""
    return (-RADIUS, -RADIUS, WIDTH + 2 * RADIUS, HEIGHT + 2 * RADIUS)


def pick(side: str, x: float, y: float, view: Box | None = None) -> Region | None:
    """The region a tap at figure point (x, y) means: the smallest shape it is inside, else the
    nearest within :data:`RADIUS`. ``view``: only regions drawn in that box (a zoomed zone)."""
    return _pick_among(tuple(region for region in regions() if region.side == side and
                             (view is None or overlaps(region.box, view))), x, y)


def hit(side: str, x: float, y: float) -> str | None:
    """The body-map item a tap at figure point (x, y) on ``side`` means (see :func:`pick`)."""
    region = pick(side, x, y)
    return region.item if region else None


@cache
def target(region: Region, view: Box | None = None) -> tuple[float, float, float]:
    """(x, y, side): the centre and side, in figure units, of the largest square a finger can
    land in and pick ``region`` (in ``view``, or the whole figure). Measured on a grid around
    the region only, since nothing farther than :data:`RADIUS` picks it."""
    view = view or whole()
    bx, by, bw, bh = region.box
    left, top = max(bx - RADIUS, view[0]), max(by - RADIUS, view[1])
    right = min(bx + bw + RADIUS, view[0] + view[2])
    bottom = min(by + bh + RADIUS, view[1] + view[3])
    columns, rows = int((right - left) / _STEP), int((bottom - top) / _STEP)
    if columns <= 0 or rows <= 0:
        return (bx + bw / 2, by + bh / 2, 0.0)
    near = (left - RADIUS, top - RADIUS, right - left + 2 * RADIUS, bottom - top + 2 * RADIUS)
    others = tuple(r for r in regions() if r.side == region.side and overlaps(r.box, view)
                   and overlaps(r.box, near))
    best, where = 0, (bx + bw / 2, by + bh / 2)
    above = [0] * columns
    for row in range(rows):
        y = top + (row + 0.5) * _STEP
        here = [0] * columns
        for column in range(columns):
            x = left + (column + 0.5) * _STEP
            if _pick_among(others, x, y) is not region:
                continue
            size = 1 if not (row and column) else 1 + min(above[column], here[column - 1],
                                                             above[column - 1])
            here[column] = size
            if size > best:
                best = size
                where = (x - (size - 1) * _STEP / 2, y - (size - 1) * _STEP / 2)
        above = here
    return (where[0], where[1], best * _STEP)


def _pick_among(candidates: tuple[Region, ...], x: float, y: float) -> Region | None:
    nearest: tuple[float, Region] | None = None
    for region in candidates:          # smallest first, as regions() are
        if region.contains(x, y):
            return region
        gap = region.distance(x, y)
        if gap <= RADIUS and (nearest is None or gap < nearest[0]):
            nearest = (gap, region)
    return nearest[1] if nearest else None


def shapes(side: str, item: str | None = None) -> list[Region]:
    """Regions of a side (largest first, for drawing), or of one item."""
    return [region for region in reversed(regions())
            if region.side == side and (item is None or region.item == item)]


#: The silhouette drawn under the regions, as (shape, box) in figure units.
SILHOUETTE = (
    ("ellipse", (37, 2, 26, 32)), ("rect", (42, 32, 16, 12)),
    ("rect", (32, 42, 36, 68)), ("ellipse", (20, 42, 18, 14)), ("ellipse", (62, 42, 18, 14)),
    ("rect", (18, 50, 12, 52)), ("rect", (70, 50, 12, 52)),
    ("ellipse", (15, 98, 14, 18)), ("ellipse", (71, 98, 14, 18)),
    ("rect", (35, 106, 14, 76)), ("rect", (51, 106, 14, 76)),
    ("ellipse", (32, 182, 17, 12)), ("ellipse", (51, 182, 17, 12)),
)
