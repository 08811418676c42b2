"""Sending people to another shelter: choose who goes, write the sealed file, then mark them.

Households travel together. A coordinator who sends a mother to the welfare shelter expects
her children to go with her (the national guidance moves a family as one), and refusing with a
list would only make them pick each member by hand: so the rest of the household present here
is added, and the caller says so (``TransferPlan.added``). A do-not-disclose person goes only
when the caller confirms it (``include_protected``), whether chosen or added as a relative.

The sender marks them transferred only after ``write_sealed`` has written the file and read it
back with the key: a full USB stick or a pulled stick leaves everyone here as they were.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.store import Evacuee, Registry, now
from evac_toolkit.core.sealed_file import Sealed, write_sealed
from evac_toolkit.core.transfer.keys import CityKey

KIND = "evactransfer"
#: A record's fields that travel: everything but the tombstone mark.
CARRIED = tuple(name for name in Evacuee.__dataclass_fields__ if name != "deleted_at")


@dataclass
class TransferPlan:
    people: list[Evacuee]                                  # everyone who goes, chosen first
    added: list[Evacuee] = field(default_factory=list)     # relatives added to keep households
    protected: list[Evacuee] = field(default_factory=list)  # do-not-disclose among ``people``


def plan_transfer(registry: Registry, chosen: list[str], include_protected: bool = False
                  ) -> TransferPlan:
    """Who goes when ``chosen`` (IDs or card IDs) are sent: them and their households' members
    present here. ``registry_not_found`` for an unknown card; ``transfer_protected_unconfirmed``
    naming the do-not-disclose people when ``include_protected`` is not given."""
    people: dict[str, Evacuee] = {}
    for wanted in chosen:
        person = registry.get(wanted)
        people.setdefault(person.id, person)
    added: list[Evacuee] = []
    for person in list(people.values()):
        if not person.household_id:
            continue
        for relative in registry.household_members(person.household_id):
            if relative.id not in people and relative.status == "present":
                people[relative.id] = relative
                added.append(relative)
    protected = [person for person in people.values() if person.do_not_disclose]
    if protected and not include_protected:
        # Card IDs only: this line may be read aloud at the desk.
        raise UserError("transfer_protected_unconfirmed",
                        cards=", ".join(person.card_id for person in protected),
                        count=len(protected))
    return TransferPlan(list(people.values()), added, protected)


def _households(registry: Registry, people: list[Evacuee]) -> list[dict]:
    ids = sorted({person.household_id for person in people if person.household_id})
    return [{key: row[key] for key in ("id", "name", "notes")}
            for household in ids
            for row in registry.db.query("SELECT * FROM households WHERE id = ?", [household])]


def send_transfer(registry: Registry, plan: TransferPlan, key: CityKey, from_shelter: str,
                  to_shelter: str, out: Path) -> Path:
    """Write ``plan``'s people to ``out`` sealed with ``key``, verified, then mark each of them
    transferred to ``to_shelter`` (one transaction). Nothing is marked when writing fails."""
    payload = {
        "transfer_id": str(uuid.uuid4()), "from_shelter": from_shelter,
        "to_shelter": to_shelter,
        "households": _households(registry, plan.people),
        "people": [{name: getattr(person, name) for name in CARRIED} for person in plan.people],
    }
    out = Path(out)
    try:
        write_sealed(out, key.key, Sealed(KIND, key.municipality, now(), payload))
    except (OSError, *sqlite_open.Error) as error:
        # A full or pulled USB stick: said in one line, and nobody is marked.
        raise UserError("transfer_not_written", path=str(out),
                        reason=getattr(error, "strerror", None) or str(error)) from error
    stamp = now()
    with registry.db.atomic():
        for person in plan.people:
            registry.check_out(person.id, "transferred")
            registry.db.execute("INSERT INTO transfers (evacuee_id, direction, shelter_id, at) "
                                "VALUES (?, 'sent', ?, ?)", [person.id, to_shelter, stamp])
    return out


def transferred_to(registry: Registry, evacuee_id: str) -> str | None:
    """The shelter a person marked transferred was last sent to (None if not sent by file)."""
    row = registry.db.execute("SELECT shelter_id FROM transfers WHERE evacuee_id = ? AND "
                              "direction = 'sent' ORDER BY id DESC LIMIT 1",
                              [evacuee_id]).fetchone()
    return row[0] if row else None
