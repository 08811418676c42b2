"""Text an export's encoding cannot hold: who, which columns, which characters — and "?" instead.

Shift_JIS (CP932) holds Japanese and English but not Burmese, Vietnamese tone marks (ễ) or emoji.
Before a CP932 export writes anything, ``find_unencodable`` lists each person concerned by card
ID, with the columns and the characters; the export then refuses (``UnencodableError``, worded
by ``core.messages``) unless the caller chose to write "?" in their place (``replace_unencodable``).
The list never names a person marked "do not disclose", nor shows what their private columns
hold; a redacted export's blank names stay blank here too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from evac_toolkit.core.errors import UserError

#: People named in the message; the rest are counted ("and 12 more").
SHOWN = 5
#: Characters shown per column: enough to find the text, short enough for one line.
MAX_CHARS = 24
#: How an export may treat text its encoding cannot hold.
REFUSE, REPLACE = "refuse", "replace"
#: How the messages name an encoding.
ENCODING_NAMES = {"cp932": "Shift_JIS (CP932)"}


@dataclass(frozen=True)
class Unencodable:
    """One person's text that the encoding cannot hold."""

    row: int            # as Excel numbers the file's rows: the header is row 1
    card_id: str
    #: The name as the file would hold it; "" when it is blank there (redacted) or the person
    #: must not be named (do not disclose).
    name: str
    #: (column, the characters it cannot hold) per column; characters are "" for a private column
    #: of a person who must not be named.
    columns: tuple[tuple[str, str], ...]

    def summary(self) -> str:
        """One line with no words in any language: card, name, columns and characters."""
        who = f"{self.card_id} {self.name}" if self.name else self.card_id
        where = ", ".join(f"{column} “{chars}”" if chars else column
                          for column, chars in self.columns)
        return f"{who}: {where}"


class UnencodableError(UserError):
    """A refused export; ``found`` lists everyone concerned (the message names the first few)."""

    def __init__(self, found: Sequence[Unencodable], encoding: str) -> None:
        params = {"encoding": ENCODING_NAMES.get(encoding, encoding), "count": len(found),
                  "people": "\n".join(item.summary() for item in found[:SHOWN])}
        if len(found) > SHOWN:
            super().__init__("export_unencodable_more", **params, more=len(found) - SHOWN)
        else:
            super().__init__("export_unencodable", **params)
        self.found = tuple(found)



def _runs(text: str, encoding: str) -> list[str]:
    """The stretches of ``text`` the encoding cannot hold, each once, in order: a Burmese word
    stays one word (its vowel signs alone would not read), an emoji keeps its joiners."""
    runs: list[str] = []
    start = None
    for index, char in enumerate(text + "a"):         # "a" ends a run at the end of the text
        try:
            char.encode(encoding)
            held = True
        except UnicodeEncodeError:
            held = False
        if not held and start is None:
            start = index
        elif held and start is not None:
            if text[start:index] not in runs:
                runs.append(text[start:index])
            start = None
    return runs


def _shown_chars(runs: list[str]) -> str:
    text = " ".join(runs)
    if len(text) <= MAX_CHARS:
        return text
    # Cut before a letter, not between a Burmese consonant and its vowel sign.
    end = MAX_CHARS - 1
    while end > 1 and unicodedata.category(text[end]).startswith("M"):
        end -= 1
    return text[:end].rstrip() + "…"


def find_unencodable(rows: Sequence[tuple[object, Sequence[str]]], columns: Sequence[str],
                     encoding: str, *, private: Sequence[str] = ()) -> list[Unencodable]:
    """Everyone in ``rows`` ((person, cells) in ``columns`` order, as the export writes them)
    with a cell the ``encoding`` cannot hold. ``private`` columns of a do-not-disclose person
    are named without their characters."""
    found = []
    name_index = columns.index("display_name") if "display_name" in columns else None
    for row, (person, cells) in enumerate(rows, start=2):
        concerned = []
        for column, cell in zip(columns, cells, strict=True):
            if cell.isascii():
                continue
            try:
                cell.encode(encoding)
            except UnicodeEncodeError:
                protected = getattr(person, "do_not_disclose", False) and column in private
                concerned.append((column, "" if protected else
                                  _shown_chars(_runs(cell, encoding))))
        if concerned:
            named = name_index is not None and not getattr(person, "do_not_disclose", False)
            found.append(Unencodable(row, getattr(person, "card_id", ""),
                                     cells[name_index] if named else "", tuple(concerned)))
    return found


def replace_unencodable(rows: Sequence[tuple[object, Sequence[str]]], encoding: str
                        ) -> tuple[list[tuple[object, list[str]]], int, int]:
    """``rows`` with "?" for each character the encoding cannot hold; also how many cells and
    how many people changed. A "?" never starts a formula, so neutralised cells stay safe."""
    replaced, cells_changed, people_changed = [], 0, 0
    for person, cells in rows:
        new = [cell if cell.isascii() else
               cell.encode(encoding, errors="replace").decode(encoding) for cell in cells]
        changed = sum(old != cell for old, cell in zip(cells, new, strict=True))
        cells_changed += changed
        people_changed += bool(changed)
        replaced.append((person, new))
    return replaced, cells_changed, people_changed

