"""Registering people received from another shelter.

A person is known across laptops by their record ID (a UUID, carried inside the sealed file),
which they keep here: so receiving the same file twice adds nobody, and a person who comes back
to a shelter they left is the same record again. Their card ID is kept when no one here holds
it, else they get a new one and the caller says so. A record here that differs from the file
and was changed after the file's copy is kept, and the differences are returned to be shown;
an older one is brought up to date. A do-not-disclose person stays protected: the flag is part
of the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.store import EDITABLE, Registry, now, validate
from evac_toolkit.core.sealed_file import read_sealed
from evac_toolkit.core.transfer.keys import CityKey
from evac_toolkit.core.transfer.outgoing import KIND

#: What is compared and updated: the person's details, not where they are (status and times
#: belong to each shelter).
COMPARED = tuple(name for name in EDITABLE if name != "status")


@dataclass
class Difference:
    card_id: str
    protected: bool
    fields: list[tuple[str, object, object]]     # (field, here, in the file)


@dataclass
class ReceiveResult:
    from_shelter: str
    to_shelter: str
    added: list[str] = field(default_factory=list)          # card IDs as registered here
    new_cards: list[tuple[str, str]] = field(default_factory=list)  # (card in file, card here)
    unchanged: list[str] = field(default_factory=list)      # already here, the same
    updated: list[str] = field(default_factory=list)        # here, older: file's copy taken
    kept: list[Difference] = field(default_factory=list)    # here, newer: kept, differences
    returned: list[str] = field(default_factory=list)       # had left here, checked in again


def _when(stamp: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.UTC)


def _checked(payload: dict, path: Path) -> tuple[list[dict], list[dict]]:
    """The file's households and people, each person's values valid for this registry."""
    try:
        households, people = list(payload["households"]), list(payload["people"])
        for person in people:
            if not isinstance(person.get("id"), str) or validate(person):
                raise ValueError(person.get("card_id"))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UserError("sealed_unreadable", path=str(path), reason=str(error)) from error
    return households, people


def receive_transfer(registry: Registry, path: Path, key: CityKey,
                     here_shelter: str | None = None) -> ReceiveResult:
    """Register the people in the sealed file at ``path``; all or nothing. A laptop that knows
    its own shelter ID (``here_shelter``) refuses a file addressed to another shelter: people
    sent to S002 are not registered at S003 by mistake."""
    sealed = read_sealed(path, key.key, KIND)
    addressed = str(sealed.payload.get("to_shelter", ""))
    if here_shelter and addressed and addressed != here_shelter:
        raise UserError("transfer_other_destination", path=str(path), to_shelter=addressed,
                        here=here_shelter)
    households, people = _checked(sealed.payload, path)
    result = ReceiveResult(str(sealed.payload.get("from_shelter", "")),
                           str(sealed.payload.get("to_shelter", "")))
    stamp = now()
    new: list[dict] = []
    with registry.db.atomic():
        for household in households:
            registry.db.execute(
                "INSERT OR IGNORE INTO households (id, name, notes, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [household["id"], household.get("name", ""), household.get("notes", ""),
                 stamp, stamp])
        for person in people:
            here = registry.db.execute("SELECT deleted_at FROM evacuees WHERE id = ?",
                                       [person["id"]]).fetchone()
            if here is None:
                new.append(person)
            elif here[0] is None:
                _merge(registry, person, result)
            # A tombstone here: the person was deleted on this laptop; not brought back.
        if new:
            records = [{**{name: person.get(name) for name in COMPARED},
                        "id": person["id"], "card_id": person.get("card_id") or None,
                        "status": "present", "checked_in_at": stamp} for person in new]
            registry.add_many(records, audit_action="transfer_in")
            for person in new:
                card = registry.get(person["id"]).card_id
                result.added.append(card)
                if card != person.get("card_id"):
                    result.new_cards.append((person.get("card_id", ""), card))
        # Where the newly arrived came from (a file received again logs nothing new).
        registry.db.conn.executemany(
            "INSERT INTO transfers (evacuee_id, direction, shelter_id, at) "
            "VALUES (?, 'received', ?, ?)",
            [(person["id"], result.from_shelter, stamp) for person in new])
    return result


def _merge(registry: Registry, person: dict, result: ReceiveResult) -> None:
    """A person already registered here: kept, updated or checked in again."""
    local = registry.get(person["id"])
    theirs = {name: person.get(name) for name in COMPARED}
    differing = [(name, getattr(local, name), theirs[name]) for name in COMPARED
                 if getattr(local, name) != theirs[name]]
    # Times are to the second: a tie keeps this laptop's record (and shows the difference)
    # rather than overwrite what someone here typed.
    if differing and _when(local.updated_at) >= _when(person.get("updated_at", "")):
        result.kept.append(Difference(local.card_id, local.do_not_disclose, differing))
    elif differing:
        registry.update(local.id, {name: theirs[name] for name, _here, _file in differing})
        result.updated.append(local.card_id)
    if local.status != "present":
        registry.check_in(local.id)
        result.returned.append(local.card_id)
    elif not differing:
        result.unchanged.append(local.card_id)
