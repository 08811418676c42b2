"""A shelter's report numbers: 1, 2, 3 … never reused, kept in the data folder, so headquarters
can tell a newer report from an older one whatever the clocks say."""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core.atomic import atomic_write

SEQUENCE_FILE = "report_sequence.txt"


def last_sequence(data_dir: Path) -> int:
    try:
        return int((Path(data_dir) / SEQUENCE_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0


def next_sequence(data_dir: Path) -> int:
    """Take the next number and record it before any report carries it: a report that fails to
    be written leaves a gap, never a number used twice."""
    number = last_sequence(data_dir) + 1
    path = Path(data_dir) / SEQUENCE_FILE
    with atomic_write(path, "w", encoding="ascii") as handle:
        handle.write(f"{number}\n")
    return number
