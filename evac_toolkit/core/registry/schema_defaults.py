"""Which columns of a bulk insert the table's own DEFAULT would fill in the same.

An import binds every field of every row; most of an import's columns hold one value, the
default, in every row (no household, no notes, present, not protected). Left out of the
INSERT, the table writes that same value itself: at 200,000 rows, binding them was
nearly half of the row insert's time. Only plain defaults are trusted (a quoted text, a
whole number, or none: NULL), read from the table's schema so this never drifts from the
migrations.
"""

from __future__ import annotations

import re

import sqlite_utils

_TEXT = re.compile(r"'((?:[^']|'')*)'")
_NUMBER = re.compile(r"-?\d+")
#: No default could be read back as a value.
_UNKNOWN = object()


def _value(default: str | None) -> object:
    if default is None:
        return None
    if found := _TEXT.fullmatch(default):
        return found[1].replace("''", "'")
    if _NUMBER.fullmatch(default):
        return int(default)
    return _UNKNOWN


def defaults(db: sqlite_utils.Database, table: str) -> dict[str, object]:
    """Column → the value its DEFAULT writes (None: NULL), for columns with a plain one or
    none; a NOT NULL column without a default has none to write and is left out."""
    found = {}
    for _cid, name, _type, not_null, default, primary in db.execute(
            f"PRAGMA table_info({table})").fetchall():
        value = _value(default)
        if value is not _UNKNOWN and not primary and not (value is None and not_null):
            found[name] = value
    return found


def left_to_defaults(column: dict[str, list], table_defaults: dict[str, object]) -> list[str]:
    """The fields of ``column`` (each field's values, row by row) whose every value is what
    the table's default writes, compared as the same type: 0 is not False nor '0'."""
    left = []
    for name, values in column.items():
        if name not in table_defaults:
            continue
        default = table_defaults[name]
        kind = type(default)
        # In that order: counting is the quick test, and most columns fail it.
        if values and values.count(default) == len(values) and set(map(type, values)) == {kind}:
            left.append(name)
    return left
