"""What a transfer needs of the city's key and of this shelter's identity.

The key is the city key (``core/hq/city_key.py``: the one place that reads and writes its file);
the command line and the window take it, and this shelter's ID, from the laptop's shelter
identity (``shelter setup``), or from options given for this transfer.
"""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import CityKey
from evac_toolkit.core.hq.city_key import read_key as read_city_key
from evac_toolkit.core.hq.identity import check_shelter_id, shelter_identity

__all__ = ["CityKey", "read_city_key", "shelter_id", "stored_identity"]

def shelter_id(text: str) -> str:
    """A shelter ID as given ("s001 " → "S001"), by the same rule as the shelter setup."""
    return check_shelter_id(text)


def stored_identity(data_dir: Path) -> tuple[CityKey, str] | None:
    """The city key and this shelter's ID as ``shelter setup`` stored them; None on a laptop not
    set up (the transfer then asks for both)."""
    try:
        identity = shelter_identity(data_dir)
    except UserError:
        return None
    return CityKey(identity.municipality, identity.key), identity.shelter_id
