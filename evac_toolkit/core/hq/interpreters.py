"""The city's interpreters and language volunteers, from the list headquarters keeps (CSV or
.xlsx, read as the registry import reads lists): a name, the languages they interpret, and the
shift they work (optional; one shift when the column is absent).

Column titles are recognised in Japanese or English (名前/Name, 言語/Languages, シフト/Shift);
languages as the registry import takes them (ベトナム語, Vietnamese, vi; separated by 、 , ;).
A row that cannot be used is refused with its line, before any assignment is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.import_vocabulary import value_key, vocabulary
from evac_toolkit.core.registry.sheet_files import UnreadableFileError, read_table

#: Folded column titles → field.
HEADERS = {"name": "name", "名前": "name", "氏名": "name", "interpreter": "name",
           "通訳者": "name", "languages": "languages", "language": "languages",
           "言語": "languages", "対応言語": "languages", "shift": "shift", "シフト": "shift",
           "勤務": "shift"}
LONGEST_CELL = 500


@dataclass(frozen=True)
class Interpreter:
    name: str
    languages: tuple[str, ...]
    shift: str


def _languages(cell: str, path: Path, line: int) -> tuple[str, ...]:
    import re

    known = vocabulary("languages")
    found: list[str] = []
    for piece in re.split(r"[;；、,，/\n]", cell):
        if not piece.strip():
            continue
        code = known.get(value_key(piece))
        if code is None:
            raise UserError("interpreters_bad_row", path=str(path), line=line,
                            value=piece.strip())
        if code not in found:
            found.append(code)
    return tuple(found)


def read_interpreters(path: Path) -> list[Interpreter]:
    path = Path(path)
    try:
        table = read_table(path.read_bytes(), longest=LONGEST_CELL)
    except OSError as error:
        raise UserError("interpreters_unreadable", path=str(path), reason=str(error)) from error
    except UnreadableFileError as error:
        raise UserError("interpreters_unreadable", path=str(path),
                        reason=error.stop.code) from error
    if not table.rows:
        raise UserError("interpreters_unreadable", path=str(path), reason="empty")
    _line, header = table.rows[0]
    titles = {value_key(title): field for title, field in HEADERS.items()}
    columns = {titles[value_key(title)]: index for index, title in enumerate(header)
               if value_key(title) in titles}
    if "name" not in columns or "languages" not in columns:
        raise UserError("interpreters_no_columns", path=str(path))
    found = []
    for line, cells in table.rows[1:]:
        def cell(field: str, cells=cells) -> str:
            index = columns.get(field)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        name, languages = cell("name"), _languages(cell("languages"), path, line)
        if not name or not languages:
            raise UserError("interpreters_bad_row", path=str(path), line=line,
                            value=name or cell("languages"))
        found.append(Interpreter(name, languages, cell("shift")))
    if not found:
        # Nobody under the header (a quote left open swallows the rest of a CSV): a plan for no
        # one would look like a plan.
        raise UserError("interpreters_unreadable", path=str(path),
                        reason="no one is listed under the header")
    return found
