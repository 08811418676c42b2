"""The figures of one ``make bench`` run: each benchmark records its headline figures here, and
``python -m benchmarks`` prints them as one table and saves them as JSON.

A target is (comparison, limit): ("<=", 50) or (">=", 20_000). Figures only: nothing here fails
a build; a missed target is printed as "missed".
"""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    area: str
    what: str
    value: float
    unit: str
    target: tuple[str, float] | None = None

    @property
    def status(self) -> str:
        if self.target is None:
            return ""
        comparison, limit = self.target
        met = self.value <= limit if comparison == "<=" else self.value >= limit
        return "met" if met else "missed"


FIGURES: list[Figure] = []


def record(area: str, what: str, value: float, unit: str,
           target: tuple[str, float] | None = None) -> None:
    FIGURES.append(Figure(area, what, round(value, 3), unit, target))


def _number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def print_table() -> None:
    rows = [("area", "figure", "value", "target", "")]
    for figure in FIGURES:
        target = f"{figure.target[0]} {_number(figure.target[1])} {figure.unit}" \
            if figure.target else ""
        rows.append((figure.area, figure.what, f"{_number(figure.value)} {figure.unit}", target,
                     figure.status))
    widths = [max(len(row[column]) for row in rows) for column in range(5)]
    print()
    for number, row in enumerate(rows):
        print("  ".join(cell.ljust(width) if column < 2 else cell.rjust(width) if column < 4
                        else cell for column, (cell, width) in enumerate(zip(row, widths, strict=True))))
        if number == 0:
            print("  ".join("-" * width for width in widths))


def save(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"machine": {"python": platform.python_version(), "system": platform.platform(),
                        "processor": platform.processor() or platform.machine()},
            "figures": [{**asdict(figure), "status": figure.status} for figure in FIGURES]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
