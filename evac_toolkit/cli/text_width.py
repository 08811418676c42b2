"""Terminal columns of a text, for tables printed on the command line (languages, hq status)."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)
