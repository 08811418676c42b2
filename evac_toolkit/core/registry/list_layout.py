"""Where the list is inside a sheet: printed lists carry title rows above the header
("令和8年12月 ○○小学校避難所 避難者名簿", "作成：…現在") and a totals line under the people
("合計 … 4名"). Both are passed over, so such a list imports as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from evac_toolkit.core.registry.import_vocabulary import header_key, total_words

#: How far down a header may sit below title rows.
HEADER_SEARCH_ROWS = 10
#: A title row has at most this many filled cells (a title and a date beside it).
TITLE_CELLS = 2
#: A totals line sits under the list: only the last rows are looked at (a look at every row cost
#: a tenth of a 50,000-row import).
TOTALS_AT_MOST = 3
#: What a totals line holds beside its word: counts ("4", "4名", "12 people").
_COUNT = re.compile(r"\d+\s*(名|人|世帯|件|persons?|people|households?)?", re.IGNORECASE)

Row = tuple[int, list[str]]


def header_index(table: Sequence[Row], known: Callable[[str], bool]) -> int:
    """Index of the header row in ``table``: the first row, unless a row further down (within
    HEADER_SEARCH_ROWS) names more known columns and every row above it looks like a title."""
    def named(cells: list[str]) -> int:
        return sum(1 for cell in cells if cell.strip() and known(cell.strip()))

    first = named(table[0][1]) if table else 0
    for index, (_line, cells) in enumerate(table[:HEADER_SEARCH_ROWS]):
        if index and named(cells) >= 2 and named(cells) > first:
            return index
        if sum(1 for cell in cells if cell.strip()) > TITLE_CELLS:
            return 0            # a wide row that is not the header: the header is row one
    return 0


def is_total_row(cells: list[str]) -> bool:
    """A totals line: its first filled cell is a total word and the others are counts."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return bool(filled) and header_key(filled[0]) in total_words() and \
        all(_COUNT.fullmatch(cell) for cell in filled[1:])


def total_lines(rows: Sequence[Row]) -> set[int]:
    """Lines of the totals under the list: among its last rows, those that are totals."""
    return {line for line, cells in rows[-TOTALS_AT_MOST:] if is_total_row(cells)}
