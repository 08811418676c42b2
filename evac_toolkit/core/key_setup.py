"""Giving a data folder its shelter key: a new one (``create``), or the paper recovery key with a
new passphrase (``reset_with_recovery_key``).

Both first try the key on the registry already there, which takes the SQLite opener; the opener
takes the shelter key. So these live here, above both, and shelter_key imports neither.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from evac_toolkit.core import shelter_key, sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.database import REGISTRY_FILE


def create(data_dir: Path, passphrase: str) -> str:
    """A new shelter key wrapped with ``passphrase`` in ``data_dir``, unlocked; returns the
    recovery key, to be printed and never stored. Refuses when a keyring is already there."""
    if shelter_key.exists(data_dir):
        raise UserError("keyring_exists", path=str(shelter_key.keyring_path(data_dir)))
    key = secrets.token_bytes(shelter_key.KEY_BYTES)
    if not _opens_registry(data_dir, key):
        # An encrypted registry whose keyring.json was lost: a new key would lock it for good.
        raise UserError("keyring_missing", path=str(shelter_key.keyring_path(data_dir)))
    shelter_key.write_keyring(data_dir, key, passphrase)
    shelter_key.use_key(key)
    return shelter_key.recovery_text(key)


def _opens_registry(data_dir: Path, key: bytes) -> bool:
    """Whether ``key`` opens the registry in ``data_dir`` (True when there is none yet)."""
    path = data_dir / REGISTRY_FILE
    if not path.is_file() or path.stat().st_size == 0 or sqlite_open.is_plain(path):
        return True
    try:
        sqlite_open.connect(path, readonly=True, key=key).close()
    except (UserError, *sqlite_open.Error):
        return False
    return True


def reset_with_recovery_key(data_dir: Path, recovery: str, new_passphrase: str) -> None:
    """Set a new passphrase with the paper recovery key (also when keyring.json is missing)
    and unlock. A key that does not open this data folder's registry (another shelter's
    paper) is refused before anything is written."""
    key = shelter_key.parse_recovery(recovery)
    if not _opens_registry(data_dir, key):
        raise UserError("recovery_key_wrong")
    shelter_key.write_keyring(data_dir, key, new_passphrase)
    shelter_key.use_key(key)
