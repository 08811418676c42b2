"""What a transfer needs of the city's key and of this shelter's identity.

The key is the city key (``core/hq/city_key.py``: the one place that reads and writes its file);
the command line and the window take it, and this shelter's ID, from the laptop's shelter
identity (``shelter setup``), or from options given for this transfer.
"""

from __future__ import annotations

import re
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import CityKey
from evac_toolkit.core.hq.city_key import read_key as read_city_key
from evac_toolkit.core.hq.identity import shelter_identity

__all__ = ["CityKey", "read_city_key", "shelter_id", "stored_identity"]

#: A shelter ID as the city numbers its shelters ("S001"): letters, digits, "-" and "_".
_SHELTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")


def shelter_id(text: str) -> str:
    """A shelter ID as given ("s001 " → "S001"); ``transfer_bad_shelter`` when it is none."""
    shelter = text.strip().upper()
    if not _SHELTER_ID.fullmatch(shelter):
        raise UserError("transfer_bad_shelter", shelter=text)
    return shelter


def stored_identity(data_dir: Path) -> tuple[CityKey, str] | None:
    """The city key and this shelter's ID as ``shelter setup`` stored them; None on a laptop not
    set up (the transfer then asks for both)."""
    try:
        identity = shelter_identity(data_dir)
    except UserError:
        return None
    return CityKey(identity.municipality, identity.key), identity.shelter_id
