"""Places in notice slots: a curated place by ID, or free text with an optional Latin reading.

A Burmese or Sinhala reader cannot read 体育館 inside their own sentence. A curated place
(``place.gym``, content in every language) prints each language's own word; a place the
volunteer types prints as typed where the language reads Han characters, and elsewhere with its
reading first when one is given: "Taiikukan (体育館)", so the reader can say it and find the sign.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from evac_toolkit.core import ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import Language, catalog
from evac_toolkit.core.text_fold import fold

PREFIX = "place."
#: Scripts whose readers read a Japanese place name as it is written (ISO 15924).
HAN_SCRIPTS = frozenset({"Jpan", "Hans", "Hant"})
MAX_READING = 40


@dataclass(frozen=True)
class PlaceValue:
    """What a place slot holds: a curated place's ID, or the typed text and its reading."""
    place_id: str | None = None
    typed: str = ""
    reading: str = ""

    def worded(self, bank: ContentBank, language: Language) -> str:
        """The place as ``language``'s sentence prints it."""
        if self.place_id:
            return bank.text(language.code, self.place_id) or bank.text("en", self.place_id) \
                or self.place_id
        if not self.reading or language.script in HAN_SCRIPTS or self.typed == self.reading:
            return self.typed
        return f"{self.reading} ({self.typed})"

    def shown(self, bank: ContentBank) -> str:
        """How the place was given, for the record of what was printed (Japanese for an ID)."""
        if self.place_id:
            return bank.text("ja", self.place_id) or self.place_id
        return self.typed


def place_ids(bank: ContentBank) -> list[str]:
    return [place["id"] for place in bank.places]


def _key(text: str) -> str:
    return fold(unicodedata.normalize("NFKC", text).strip())


def find_place(bank: ContentBank, value: str) -> str | None:
    """The curated place ``value`` names: its ID ("place.gym"), short ID ("gym") or its word in
    any language ("体育館", "Gym"); None for a place not in the list."""
    wanted = _key(value)
    if not wanted:
        return None
    for place_id in place_ids(bank):
        if wanted in (_key(place_id), _key(place_id.removeprefix(PREFIX))):
            return place_id
    for place_id in place_ids(bank):
        for language in catalog():
            word = bank.text(language.code, place_id)
            if word and _key(ruby.plain(word) if language.ruby else word) == wanted:
                return place_id
    return None


def clean_reading(name: str, reading: str) -> str:
    """A reading in Latin letters ("Taiikukan", "Kōminkan"), short, one line, no markup."""
    reading = unicodedata.normalize("NFC", reading).strip()
    if not reading:
        return ""
    latin = all(c.isascii() and (c.isalnum() or c in " -'.,()/&") or
                unicodedata.name(c, "").startswith("LATIN ") for c in reading)
    if not latin or len(reading) > MAX_READING:
        raise UserError("slot_reading_not_latin", slot=name, value=reading, max=MAX_READING)
    return reading


def place_value(bank: ContentBank, name: str, typed: str, reading: str = "") -> PlaceValue:
    """A place slot's value from what the volunteer gave; ``typed`` is already checked as free
    text (``signs.clean_slot``). A curated place needs no reading: every language has its word."""
    place_id = find_place(bank, typed)
    if place_id:
        return PlaceValue(place_id=place_id)
    return PlaceValue(typed=typed, reading=clean_reading(name, reading))


def place_choices(bank: ContentBank, ui_language: str) -> list[tuple[str, str]]:
    """(ID, name in the interface language) for every curated place, in definition order."""
    out = []
    for place_id in place_ids(bank):
        word = bank.text(ui_language, place_id) or bank.text("en", place_id) or place_id
        out.append((place_id, word))
    return out
