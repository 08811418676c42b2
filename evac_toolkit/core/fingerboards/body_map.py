"""The body map as data: shapes per body-map item, hit-testing for taps, and silhouette parts
for drawing. Shared by the screen (QPainter) and paper (ReportLab), so both show the same body."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from evac_toolkit.core.paths import asset_path

WIDTH, HEIGHT = 100.0, 200.0
SIDES = ("front", "back")


@dataclass(frozen=True)
class Region:
    item: str
    side: str
    shape: str                      # ellipse | rect
    box: tuple[float, float, float, float]   # x, y, w, h in figure units, y down
    label: tuple[float, float] | None = None  # where its number goes on paper; None: the middle

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


@cache
def _raw() -> dict:
    return tomllib.loads(asset_path("fingerboards", "body_map.toml").read_text(encoding="utf-8"))


@cache
def regions() -> tuple[Region, ...]:
    found = [Region(r["item"], r["side"], r["shape"], tuple(float(v) for v in r["box"]),
                    tuple(float(v) for v in r["label"]) if "label" in r else None)
             for r in _raw().get("region", [])]
    return tuple(sorted(found, key=lambda region: region.area))


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


def hit(side: str, x: float, y: float) -> str | None:
    """The body-map item at figure point (x, y) on ``side``, the smallest region first."""
    for region in regions():
        if region.side == side and region.contains(x, y):
            return region.item
    return None


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
