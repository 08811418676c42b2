"""The shelter's status report (``.evacreport``): its counts, sealed with the city key.

The payload is counts and the shelter's identity (municipality, ID, name), a sequence number
and the time; it is sealed (:mod:`evac_toolkit.core.sealed_file`) so a lost stick tells nothing
and a changed file is refused whole at headquarters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.counts import shelter_counts
from evac_toolkit.core.hq.identity import ShelterIdentity
from evac_toolkit.core.hq.sequence import next_sequence
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.sealed_file import Sealed, read_sealed, write_sealed

KIND = "evacreport"
SUFFIX = ".evacreport"
#: The payload's own version: headquarters refuses one it does not know.
PAYLOAD_FORMAT = 1


@dataclass(frozen=True)
class Report:
    municipality: str
    shelter_id: str
    shelter_name: str
    sequence: int
    made_at: str            # ISO 8601 with the offset
    drill: bool
    counts: dict

    def payload(self) -> dict:
        return {"format": PAYLOAD_FORMAT, "shelter_id": self.shelter_id,
                "shelter_name": self.shelter_name, "sequence": self.sequence,
                "made_at": self.made_at, "drill": self.drill, "counts": self.counts}


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def make_report(data_dir: Path, identity: ShelterIdentity, registry: Registry, *,
                drill: bool = False, made_at: str | None = None) -> Report:
    """This shelter's next report (takes the next sequence number)."""
    counts = shelter_counts(registry)
    return Report(identity.municipality, identity.shelter_id, identity.name,
                  next_sequence(data_dir), made_at or now(), drill, counts)


def write_report(path: Path, key: bytes, report: Report) -> Path:
    write_sealed(path, key, Sealed(KIND, report.municipality, report.made_at, report.payload()))
    return Path(path)


def read_report(path: Path, key: bytes) -> Report:
    """The report at ``path``; UserError('sealed_unreadable') when it is damaged, changed, made
    with another key or not a report this program knows."""
    sealed = read_sealed(path, key, KIND)
    data = sealed.payload
    try:
        if data["format"] != PAYLOAD_FORMAT:
            raise ValueError(f"report format {data['format']}")
        sequence = data["sequence"]
        if type(sequence) is not int or sequence < 1 or not isinstance(data["counts"], dict):
            raise ValueError("no sequence or counts")
        dt.datetime.fromisoformat(data["made_at"])
        return Report(sealed.municipality, str(data["shelter_id"]), str(data["shelter_name"]),
                      sequence, data["made_at"], bool(data["drill"]), data["counts"])
    except (KeyError, TypeError, ValueError) as error:
        raise UserError("sealed_unreadable", path=str(path), reason=str(error)) from error
