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


def _record(data_dir: Path, number: int) -> None:
    with atomic_write(Path(data_dir) / SEQUENCE_FILE, "w", encoding="ascii") as handle:
        handle.write(f"{number}\n")


def next_sequence(data_dir: Path) -> int:
    """Take the next number and record it before any report carries it: a report that fails to
    be written leaves a gap, never a number used twice."""
    number = last_sequence(data_dir) + 1
    _record(data_dir, number)
    return number


def skip_past(data_dir: Path, held: int) -> bool:
    """Number the next report after ``held``, the newest report headquarters holds from this
    shelter; True when that changed anything. A laptop that replaced a broken one starts again
    at 1, and headquarters takes no report older than one it holds: told the server's number
    (a push), the laptop numbers on from it."""
    if last_sequence(data_dir) >= held:
        return False
    _record(data_dir, held)
    return True
