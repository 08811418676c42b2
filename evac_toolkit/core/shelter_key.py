"""The shelter's database key: one random key encrypts the registry, drills, backups and archives.

The key itself is the *recovery key*, printed once on paper for the coordinator (56 letters and
digits in groups of four, with a checksum so a mistyped letter is caught). Day to day it is
unlocked with the shelter passphrase set when the laptop is prepared: ``keyring.json`` in the data
folder holds the key wrapped with a key derived from that passphrase (PBKDF2-HMAC-SHA512, the
KDF and iteration count SQLCipher 4 uses for its own passphrases). Wrapping is a one-time pad: a
fresh salt for every wrap makes the derived bytes new each time, and an HMAC over the wrapped key
tells a wrong passphrase from a right one without trying a database.

Because the recovery key is the database key, it opens every file of the shelter — a backup
copied to another laptop, or a data folder whose ``keyring.json`` was lost — and resets the
passphrase. The key is held in this process only after an unlock; nothing writes it elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from pathlib import Path

from evac_toolkit.core import paths
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.pbkdf2 import pbkdf2_sha512
from evac_toolkit.core.private_files import private_folder

KEYRING_FILE = "keyring.json"
#: The passphrase for scripts (the command line asks for it when this is not set).
ENV_PASSPHRASE = "EVAC_TOOLKIT_PASSPHRASE"
KEY_BYTES = 32
#: Error codes that mean "the shelter passphrase is needed" (the unlock page answers them),
#: rather than a damaged registry (the recovery page answers those).
NEEDS_PASSPHRASE = frozenset({"registry_locked", "passphrase_wrong", "keyring_missing",
                              "keyring_damaged"})
#: PBKDF2-HMAC-SHA512 rounds for a new keyring (SQLCipher 4's own default). Stored in the
#: keyring, so a later change applies to new keyrings only.
KDF_ITERATIONS = 256_000
MIN_PASSPHRASE = 8
_CHECKSUM_BYTES = 3           # 32 + 3 bytes = 280 bits = exactly 56 base32 letters
_FORMAT = 1

_current: bytes | None = None


# -- the key held by this process -----------------------------------------------------------------
def current() -> bytes | None:
    """The unlocked key, or None while locked."""
    return _current


def use_key(key: bytes | None) -> None:
    """Hold ``key`` (a raw 32-byte key) as this process's key, or forget it (None)."""
    global _current
    if key is not None and len(key) != KEY_BYTES:
        raise ValueError("a shelter key has 32 bytes")
    _current = key


def lock() -> None:
    use_key(None)


def require(data_dir: Path | None = None) -> bytes:
    """The key for opening a database. When locked and ``EVAC_TOOLKIT_PASSPHRASE`` is set, the
    data folder's keyring is unlocked with it (scripts, a child process of a test); otherwise
    ``UserError('registry_locked')``."""
    if _current is not None:
        return _current
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase:
        folder = data_dir or paths.data_dir()
        if exists(folder):
            unlock(folder, passphrase)
            return _current
    raise UserError("registry_locked")


# -- the keyring file -----------------------------------------------------------------------------
def keyring_path(data_dir: Path) -> Path:
    return data_dir / KEYRING_FILE


def exists(data_dir: Path) -> bool:
    return keyring_path(data_dir).is_file()


def _normal(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on another keyboard or input method gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, iterations: int) -> tuple[bytes, bytes]:
    derived = pbkdf2_sha512(_normal(passphrase), salt, iterations, 64)
    return derived[:KEY_BYTES], derived[KEY_BYTES:]


def _xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def _mac(mac_key: bytes, wrapped: bytes) -> bytes:
    return hmac.new(mac_key, b"evac-toolkit keyring v1" + wrapped, hashlib.sha256).digest()


def write_keyring(data_dir: Path, key: bytes, passphrase: str) -> None:
    """Write ``key`` wrapped with ``passphrase`` as the data folder's keyring."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("passphrase_too_short", minimum=MIN_PASSPHRASE)
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(passphrase, salt, KDF_ITERATIONS)
    wrapped = _xor(key, pad)
    record = {"format": _FORMAT, "kdf": "pbkdf2-hmac-sha512", "iterations": KDF_ITERATIONS,
              "salt": salt.hex(), "wrapped_key": wrapped.hex(),
              "mac": _mac(mac_key, wrapped).hex()}
    private_folder(data_dir)
    # atomic_write's temporary file is made 0600 (mkstemp), so the rename keeps it private.
    with atomic_write(keyring_path(data_dir), "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=2)


def _read(data_dir: Path) -> dict:
    path = keyring_path(data_dir)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        record["salt"], record["wrapped_key"], record["mac"] = (
            bytes.fromhex(record["salt"]), bytes.fromhex(record["wrapped_key"]),
            bytes.fromhex(record["mac"]))
        if record.get("format") != _FORMAT or int(record["iterations"]) < 1:
            raise ValueError("unknown keyring format")
    except FileNotFoundError:
        raise UserError("registry_no_passphrase", path=str(data_dir)) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError("keyring_damaged", path=str(path), reason=str(exc)) from exc
    return record


def unwrap(data_dir: Path, passphrase: str) -> bytes:
    """The key ``passphrase`` unwraps, or ``UserError('passphrase_wrong')``."""
    record = _read(data_dir)
    pad, mac_key = _derive(passphrase, record["salt"], int(record["iterations"]))
    if not hmac.compare_digest(_mac(mac_key, record["wrapped_key"]), record["mac"]):
        raise UserError("passphrase_wrong")
    return _xor(record["wrapped_key"], pad)


def unlock(data_dir: Path, passphrase: str) -> None:
    use_key(unwrap(data_dir, passphrase))


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    key = unwrap(data_dir, old)
    write_keyring(data_dir, key, new)
    use_key(key)


# -- the recovery key on paper --------------------------------------------------------------------
def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"evac-toolkit recovery" + key).digest()[:_CHECKSUM_BYTES]


def recovery_text(key: bytes) -> str:
    """``key`` as 14 groups of four letters and digits (base32, with a checksum)."""
    letters = base64.b32encode(key + _checksum(key)).decode("ascii")
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


# Handwriting: base32 has no 0, 1 or 8, so they can only be O, I and B.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def parse_recovery(text: str) -> bytes:
    """The key a typed recovery key stands for; ``UserError('recovery_key_wrong')`` when it is
    not one (a typo breaks the checksum)."""
    letters = "".join(ch for ch in unicodedata.normalize("NFKC", text).upper()
                      if ch.isalnum()).translate(_LOOKALIKES)
    try:
        raw = base64.b32decode(letters)
    except ValueError:
        raise UserError("recovery_key_wrong") from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(key) != KEY_BYTES or not hmac.compare_digest(check, _checksum(key)):
        raise UserError("recovery_key_wrong")
    return key
