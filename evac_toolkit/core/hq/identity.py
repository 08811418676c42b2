"""Who this laptop is in the city: a shelter (its municipality, ID, name and the city key) or
headquarters (the city key). Each is one private file in the data folder, written atomically.

The key sits beside the registry in the data folder, which is the owner's only (0700); the
registry itself stays under the shelter's passphrase.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.hq.city_key import CityKey, check_municipality, read_key
from evac_toolkit.core.private_files import private_file_mode, private_folder

SHELTER_FILE = "shelter_identity.json"
HQ_KEY_FILE = "hq_city.key"
_SHELTER_ID = re.compile(r"[A-Za-z0-9_-]{1,20}")


@dataclass(frozen=True)
class ShelterIdentity:
    municipality: str
    shelter_id: str
    name: str
    key: bytes


def check_shelter_id(value: str) -> str:
    """A shelter ID as the city numbers its shelters, in one form everywhere ("s001 " →
    "S001"): setup, reports, transfers and headquarters compare them."""
    shelter = (value or "").strip().upper()
    if not _SHELTER_ID.fullmatch(shelter):
        raise UserError("shelter_id_invalid", value=value)
    return shelter


def _write_private(path: Path, text: str) -> None:
    private_folder(path.parent)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    private_file_mode(path)


def set_up_shelter(data_dir: Path, municipality: str, shelter_id: str, name: str,
                   key_file: Path) -> ShelterIdentity:
    """Give this laptop its shelter identity, with the city key read from ``key_file`` (whose
    municipality must be this shelter's)."""
    check_municipality(municipality)
    check_shelter_id(shelter_id)
    city = read_key(key_file)
    if city.municipality != municipality:
        raise UserError("city_key_other_municipality", path=str(key_file),
                        found=city.municipality, expected=municipality)
    identity = ShelterIdentity(municipality, shelter_id, name.strip(), city.key)
    _write_private(Path(data_dir) / SHELTER_FILE, json.dumps({
        "municipality": municipality, "shelter_id": shelter_id, "name": identity.name,
        "key": city.key.hex()}, ensure_ascii=False, indent=2) + "\n")
    return identity


def shelter_identity(data_dir: Path) -> ShelterIdentity:
    """This laptop's shelter identity; UserError('shelter_not_set_up') when it has none."""
    path = Path(data_dir) / SHELTER_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ShelterIdentity(check_municipality(data["municipality"]),
                               check_shelter_id(data["shelter_id"]), str(data["name"]),
                               bytes.fromhex(data["key"]))
    except (OSError, ValueError, KeyError, TypeError, UserError) as error:
        raise UserError("shelter_not_set_up") from error


def store_hq_key(data_dir: Path, city: CityKey) -> Path:
    """Keep the city key in the data folder: this laptop is the city's headquarters."""
    from evac_toolkit.core.hq.city_key import key_text

    path = Path(data_dir) / HQ_KEY_FILE
    _write_private(path, key_text(city))
    return path


def check_no_hq_key(data_dir: Path) -> None:
    """Refuse a second key at headquarters: the shelters hold the first, and reports sealed
    with it could no longer be read."""
    path = Path(data_dir) / HQ_KEY_FILE
    if path.exists():
        try:
            municipality = read_key(path).municipality
        except UserError:
            municipality = "?"
        raise UserError("hq_key_held", municipality=municipality)


def hq_key(data_dir: Path, key_file: Path | None = None) -> CityKey:
    """The city key headquarters reads reports with: ``key_file`` when given, else the one kept
    in the data folder; UserError('hq_not_set_up') when there is none."""
    if key_file is not None:
        return read_key(key_file)
    path = Path(data_dir) / HQ_KEY_FILE
    if not path.is_file():
        raise UserError("hq_not_set_up")
    return read_key(path)
