"""Fixed words of a printout in two languages side by side ("食事の配慮 Diets"): a sign or sheet
that Japanese staff and foreign helpers both read. The words are in the message catalogs; this
object answers ``pgettext`` like a catalog, so they are extracted like any other message."""

from __future__ import annotations

from evac_toolkit.core.i18n import catalog

#: The pair most printouts use: the shelter staff's Japanese, then English.
STAFF_PAIR = ("ja", "en")


class TwoLanguages:
    def __init__(self, first: str, second: str, between: str = " ") -> None:
        self.first, self.second = catalog(first), catalog(second)
        self.between = between

    def pgettext(self, context: str, message: str) -> str:
        """``message`` in both languages, once when both read the same."""
        first = self.first.pgettext(context, message)
        second = self.second.pgettext(context, message)
        return first if first == second else f"{first}{self.between}{second}"
