"""What a transfer needs of the city's key and of this shelter's identity, as plain parameters.

For now the command line gives them (``--key city.key --from S001``); when the shelter setup
(``shelter setup``, another part of issue 20) stores the laptop's identity and key, the caller
passes those instead and nothing below changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.sealed_file import KEY_BYTES

#: A local government code (全国地方公共団体コード): six digits, the last a check digit.
_MUNICIPALITY = re.compile(r"[0-9]{6}")
#: A shelter ID as the city numbers its shelters ("S001"): letters, digits, "-" and "_".
_SHELTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")


@dataclass(frozen=True)
class CityKey:
    secret: bytes            # the 32 random bytes that seal every file the city's laptops share
    municipality: str        # whose key it is


def read_city_key(path: Path) -> CityKey:
    """The city key file: 32 random bytes followed by the municipality code in ASCII (the one
    place that reads the format). Anything else is refused as ``city_key_unreadable``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError("city_key_unreadable", path=str(path)) from error
    code = data[KEY_BYTES:].strip().decode("ascii", errors="replace")
    if len(data) < KEY_BYTES or not _MUNICIPALITY.fullmatch(code):
        raise UserError("city_key_unreadable", path=str(path))
    return CityKey(data[:KEY_BYTES], code)


def shelter_id(text: str) -> str:
    """A shelter ID as given ("s001 " → "S001"); ``transfer_bad_shelter`` when it is none."""
    shelter = text.strip().upper()
    if not _SHELTER_ID.fullmatch(shelter):
        raise UserError("transfer_bad_shelter", shelter=text)
    return shelter
