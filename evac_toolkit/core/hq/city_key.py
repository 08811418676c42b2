"""The city's key: 32 random bytes that every shelter laptop and headquarters hold, and the
municipality (6-digit local government code) it belongs to, in a small text file.

The file is text so that a person can see which city a stick's key is for; it is written
atomically and readable by its owner only, like every file that holds a secret.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.private_files import private_file_mode
from evac_toolkit.core.sealed_file import KEY_BYTES

HEADER = "evac-toolkit city key 1"
_MUNICIPALITY = re.compile(r"[0-9]{6}")


@dataclass(frozen=True)
class CityKey:
    municipality: str
    key: bytes


def check_municipality(code: str) -> str:
    """``code`` when it is a 6-digit local government code; else UserError."""
    if not _MUNICIPALITY.fullmatch(code or ""):
        raise UserError("municipality_code_invalid", value=code)
    return code


def new_key(municipality: str) -> CityKey:
    return CityKey(check_municipality(municipality), secrets.token_bytes(KEY_BYTES))


def key_text(city: CityKey) -> str:
    return f"{HEADER}\nmunicipality {city.municipality}\nkey {city.key.hex()}\n"


def write_key(path: Path, city: CityKey, *, replace: bool = False) -> Path:
    """Write ``city`` to ``path`` (0600, atomic). An existing key file is never replaced unless
    asked: a city's shelters all hold the same key, and a new one would lock them out."""
    path = Path(path)
    if path.exists() and not replace:
        raise UserError("city_key_exists", path=str(path))
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(key_text(city))
    private_file_mode(path)
    return path


def read_key(path: Path) -> CityKey:
    """The key file at ``path``; UserError('city_key_unreadable') when it is not one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError("city_key_unreadable", path=str(path), reason=str(error)) from error
    lines = text.splitlines()
    fields = dict(line.split(" ", 1) for line in lines[1:] if " " in line)
    try:
        key = bytes.fromhex(fields.get("key", ""))
    except ValueError:
        key = b""
    municipality = fields.get("municipality", "")
    if (not lines or lines[0] != HEADER or len(key) != KEY_BYTES
            or not _MUNICIPALITY.fullmatch(municipality)):
        raise UserError("city_key_unreadable", path=str(path), reason="not a city key file")
    return CityKey(municipality, key)


def is_private(path: Path) -> bool:
    """Whether only the owner may read ``path`` (always true where modes do not exist)."""
    return os.name != "posix" or (Path(path).stat().st_mode & 0o077) == 0
