"""The pain scale's faces, one for every level 0–10, as drawing instructions in a unit square.

Emoji faces repeat (there are not eleven distinct pain emoji), so the faces are drawn: the mouth
bends from a smile to a frown and then opens, the brows' inner ends rise, the eyes squeeze shut
and tears come, each a little further at every level. The screen (QPainter) and the booklet
(ReportLab) draw the same instructions, so paper and screen show the same faces.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = range(11)
#: The scale's colours, green (0) to red (10): the number's badge and the face's tint.
COLORS = ("#2e9d4f", "#4fa84a", "#74b343", "#9bbd3b", "#c2c233", "#e6b800", "#e89a1c",
          "#e67a22", "#dd5a25", "#d23d26", "#c62828")
INK = "#262626"
TEAR = "#2f7bd6"


@dataclass(frozen=True)
class Expression:
    """How far the face has gone, each from 0 (no pain) to the most it goes."""

    level: int
    mouth: float        # +1 a broad smile … −1 a deep frown: the mouth's middle below its corners
    mouth_open: float   # 0 closed … 1 wide open (crying out)
    brow: float         # 0 relaxed … 1 the inner ends raised and drawn together
    squeeze: float      # 0 eyes open … 1 squeezed shut
    tears: int          # 0, 1 or 2


def expression(level: int) -> Expression:
    """The face for ``level``: mouth and brows change at every step, the rest joins in."""
    if level not in LEVELS:
        raise ValueError(level)
    return Expression(level=level, mouth=1.0 - level / 5.0,
                      mouth_open=max(0.0, (level - 7) / 3.0),
                      brow=level / 10.0, squeeze=max(0.0, (level - 4) / 6.0),
                      tears=0 if level < 8 else (1 if level < 10 else 2))


@dataclass(frozen=True)
class Mark:
    """One thing to draw, in a unit square (y down).

    kind: ``circle`` (x, y, r) · ``ellipse`` (x, y, rx, ry) · ``line`` (x1, y1, x2, y2) ·
    ``path`` (x0, y0, then cubic segments of six numbers each: c1x, c1y, c2x, c2y, x, y; closed
    when ``fill`` is set). ``fill``/``stroke`` are colours or None; ``width`` is the stroke's."""

    kind: str
    points: tuple[float, ...]
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0


def tint(color: str, amount: float = 0.62) -> str:
    """``color`` mixed with white (``amount`` of white)."""
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (red, green, blue))


def marks(level: int) -> list[Mark]:
    """What to draw for ``level``, back to front."""
    face = expression(level)
    line = 0.045
    out = [Mark("circle", (0.5, 0.5, 0.46), fill=tint(COLORS[level]), stroke=INK, width=line)]
    # Eyes: round when open, flatter as they squeeze.
    height = 0.075 * (1.0 - 0.8 * face.squeeze)
    for x in (0.34, 0.66):
        out.append(Mark("ellipse", (x, 0.42, 0.055, height), fill=INK))
    # Brows: flat and high when relaxed; the inner ends rise and move in with pain.
    for outer, inner in ((0.22, 0.42 + 0.03 * face.brow), (0.78, 0.58 - 0.03 * face.brow)):
        out.append(Mark("line", (outer, 0.27 + 0.03 * face.brow, inner, 0.27 - 0.1 * face.brow),
                        stroke=INK, width=line))
    # Mouth: a curve from corner to corner; its middle is below the corners for a smile.
    left, right, corner = 0.31, 0.69, 0.71 - 0.03 * face.mouth
    bend = 0.2 * face.mouth
    top = (left, corner, 0.41, corner + bend, 0.59, corner + bend, right, corner)
    if face.mouth_open <= 0:
        out.append(Mark("path", top, stroke=INK, width=line))
    else:
        drop = 0.14 * face.mouth_open
        bottom = (0.59, corner + bend + drop * 2.2, 0.41, corner + bend + drop * 2.2, left, corner)
        out.append(Mark("path", top + bottom, fill=INK, stroke=INK, width=line))
    # Tears under the eyes, one then both.
    for x in (0.30, 0.70)[:face.tears]:
        out.append(Mark("ellipse", (x, 0.56, 0.035, 0.06), fill=TEAR))
    return out
