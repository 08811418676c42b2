"""Do not disclose: how a protected person appears anywhere but in their own record.

A person marked ``do_not_disclose`` may be hiding from someone who will come to the desk and ask
for them by name. So a name or reading never finds them (``Registry.search``); they are found by
the card ID they hold. Wherever people are listed — the command line's list and its JSON, the
window's table, every CSV export, the printouts — they appear without anything a visitor could
recognise or use to tie them to a relative registered beside them: no name, reading, household,
area, nationality or free text. Their coded needs stay (the kitchen still cooks halal, the nurse
still knows about dialysis). Only their own record, opened with their card ID, shows everything.

No Qt: the command line and the window share these rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from evac_toolkit.core.registry.export_ids import export_id
from evac_toolkit.core.registry.store import CARD_ALPHABET, Evacuee, Registry
from evac_toolkit.core.text_fold import fold

#: Blank wherever a protected person is listed: what names them, what they wrote, and what links
#: them to someone (a household is the family they may have fled with or from).
HIDDEN_FIELDS = ("display_name", "name_reading", "household_id", "nationality", "area", "notes",
                 "allergens_other")
_BLANK = {name: None if name == "household_id" else "" for name in HIDDEN_FIELDS}


def listed(person: Evacuee) -> Evacuee:
    """``person`` as a list shows them: a protected person without HIDDEN_FIELDS (their card ID
    and registry ID stay, so the desk can check them out); anyone else unchanged."""
    return replace(person, **_BLANK) if person.do_not_disclose else person


def listed_all(people: Iterable[Evacuee]) -> list[Evacuee]:
    return [listed(person) for person in people]


def exported(person: Evacuee, *, keep_card: bool = False) -> Evacuee:
    """``person`` as a file written from the registry shows a protected person: as ``listed``,
    with ``export_id`` for their ID, their arrival and departure to the day (a relative who
    arrived in the same minute would link them), and without the card ID (the one key that
    finds them at a desk), unless ``keep_card`` (a list on screen, which shows it anyway)."""
    if not person.do_not_disclose:
        return person
    return replace(listed(person), id=export_id(person.id),
                   card_id=person.card_id if keep_card else "",
                   checked_in_at=_day(person.checked_in_at),
                   checked_out_at=_day(person.checked_out_at), created_at="", updated_at="")


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else stamp


def looks_like_card(text: str) -> str | None:
    """The card ID typed, in its printed form ("k7m 2qx" → "K7M2QX"), or None."""
    card = fold(text).upper()
    return card if len(card) == 6 and all(ch in CARD_ALPHABET for ch in card) else None


def with_card_holder(registry: Registry, text: str, found: list[Evacuee]) -> list[Evacuee]:
    """``found`` (a search for ``text``) with the holder of card ``text`` first when it is not
    among them: how a protected person, whom no name finds, is found at the desk."""
    card = looks_like_card(text)
    if not card or any(person.card_id == card for person in found):
        return found
    rows = registry.db.execute("SELECT * FROM evacuees WHERE card_id = ? AND deleted_at IS NULL",
                               [card])
    names = [column[0] for column in rows.description]
    return [Evacuee.from_row(dict(zip(names, row, strict=True))) for row in rows] + found
