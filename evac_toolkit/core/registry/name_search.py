"""Name search at city scale: people whose search key holds the typed text, in the registry
list's order, without sorting every match when only the first screenful is shown.

The list shows people by reading (those with a name but no reading after them, the nameless
last), then name, then arrival; protected (do-not-disclose) people come after everyone, by card
ID, so that their place does not tell how their name reads — a name search never finds them. Schema 6's ``evacuees_search_order`` index holds that order
with each person's search key, status and do-not-disclose flag beside it, so a limited search
walks the index in order, tests each key there (no row is read until it matches) and stops
at the limit: a one-letter search of 200,000 people no longer scans and sorts every match
(~180 ms). The language and needs filters are tested on the row, so with them SQLite picks its
own way, as before.

Three or more letters use the trigram index (``evacuees_fts``) and sort its matches, which is
cheaper while they are few; when more than ``SORT_AT_MOST`` match, walking the order is the
cheaper way to the first ones (the walk's worst case, a key nobody has, is one pass over the
index). Sorting reads each match's row: ``in_list_order`` has add_many store a batch in the
list's order, so that the people one search finds sit in few table pages.

Whatever the way, a match is the same: the folded query is a substring of the stored key
(folded name, U+0001, folded reading), so one- and two-letter searches find what the trigram
search would if it could look for them.
"""

from __future__ import annotations

from operator import itemgetter

import sqlite_utils

#: The registry list's order, as the search sorts and as ``evacuees_search_order`` holds it
#: (migrations/v6.py spells the same terms without the table alias: SQLite uses the index only
#: when they are the same expressions).
ORDER_TERMS = ("e.do_not_disclose", "CASE WHEN e.do_not_disclose THEN e.card_id END",
               "(e.display_name = '' AND e.name_reading = '')", "e.name_reading = ''",
               "e.name_reading", "e.display_name", "e.created_at")
ORDER_BY = "ORDER BY " + ", ".join(ORDER_TERMS)

#: Above this many trigram matches, a limited search walks the list order rather than sorting
#: them all: sorting costs about one row read per match, the walk a tenth of that per person
#: in the registry, whatever matches.
SORT_AT_MOST = 20_000


def _trigram_phrase(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'


def trigram_matches(db: sqlite_utils.Database, key: str) -> int:
    """How many stored keys hold ``key`` (three letters or more), from the trigram index alone."""
    return db.execute("SELECT count(*) FROM evacuees_fts WHERE evacuees_fts MATCH ?",
                      [_trigram_phrase(key)]).fetchone()[0]


def name_condition(db: sqlite_utils.Database, key: str, limit: int | None
                   ) -> tuple[str, list]:
    """The WHERE term (for table alias ``e``) and its parameters matching people whose search
    key holds ``key`` (already folded, not empty), chosen for how the search is limited.

    ``instr`` on the key is tested inside ``evacuees_search_order`` (a covering column), so a
    search ordered by ``ORDER_BY`` with a LIMIT walks that index and stops early."""
    if len(key) >= 3 and (not limit or trigram_matches(db, key) <= SORT_AT_MOST):
        return TRIGRAM_CONDITION, [_trigram_phrase(key)]
    return "instr(e.match_key, ?) > 0", [key]


TRIGRAM_CONDITION = "e.rowid IN (SELECT rowid FROM evacuees_fts WHERE evacuees_fts MATCH ?)"


def source(condition: str | None, limit: int | None, other_filters: bool) -> str:
    """The FROM clause: the list-order index named when a limited search should walk it.

    SQLite would otherwise take the status index for "present only" and sort every present
    person. Not for trigram matches (few: sorting them is cheaper than a walk that finds
    none) nor with the language and needs filters, which are tested on the row itself: for
    a rare need, walking with a row read per person costs more than reading and sorting."""
    if condition == TRIGRAM_CONDITION:
        # Its matches by rowid, then sorted. Left to itself SQLite would rather walk the list
        # order's index (led by the do-not-disclose flag a name search tests) to skip the sort,
        # testing every person against the matches: a one-match search took 16 ms at 200,000.
        return "evacuees e NOT INDEXED"
    walk = limit and not other_filters
    return "evacuees e INDEXED BY evacuees_search_order" if walk else "evacuees e"


def in_list_order(column: dict[str, list]) -> dict[str, list]:
    """A batch of rows to insert (each field's values, row by row) put in the list's order.

    Rows are stored by rowid in the order they are written; written in the list's order, the
    people a trigram search finds together (the same surname, the same reading) sit in a few
    table pages, and reading their rows to sort them costs a third of reading rows scattered
    over the whole table (at 200,000 people: ~6 ms instead of ~15 ms for 7,000 matches, with
    the view's fresh connection). Rows in one batch share their arrival stamp, so the order
    is reading and name; equal ones keep their order in the batch.
    """
    names, readings = column["display_name"], column["name_reading"]
    if len(names) < 2:
        return column
    nameless = [not name and not reading for name, reading in zip(names, readings, strict=True)]
    unread = [not reading for reading in readings]
    keys = sorted(zip(nameless, unread, readings, names, range(len(names)), strict=False))
    pick = itemgetter(*[key[-1] for key in keys])
    return {field: list(pick(values)) for field, values in column.items()}
