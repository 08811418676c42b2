"""Schema migration 6. Released: it never changes (a change is a new migration), and it
imports nothing from the program that may change; what it needs it carries."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    # Search as you type at city scale (name_search.py): the registry list's order as an
    # index, with what a search tests beside it (search key, status, do-not-disclose), so
    # that a one- or two-letter search with the list's limit walks it in order and stops at
    # the limit instead of reading and sorting every match (p95 178 ms at 200,000 people).
    # The expressions are name_search.ORDER_TERMS without the table alias (protected people
    # last, by card ID, as the list shows them).
    db.execute("""
    CREATE INDEX evacuees_search_order ON evacuees (
        do_not_disclose, CASE WHEN do_not_disclose THEN card_id END,
        (display_name = '' AND name_reading = ''), name_reading = '', name_reading,
        display_name, created_at, status, match_key)
    WHERE deleted_at IS NULL""")
