"""A file that travels between laptops on a USB stick: encrypted and authenticated with a key
both ends hold (a city's key), so a stick that is lost tells nothing and a file that was changed,
damaged or made for another city is refused whole.

The container is an SQLCipher database (the engine the registry already uses: AES-256 pages, an
HMAC-SHA512 per page over its number and content) keyed with the raw 32-byte key, holding one
envelope row — what kind of file it is, for which municipality, when it was made — and the
payload as JSON. No new cryptography library: the bundle stays as it is, and a changed byte
anywhere fails a page's HMAC. The file is written under a temporary name, checked by reading it
back with the key, then renamed into place (``atomic.durable_replace``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.atomic import durable_replace
from evac_toolkit.core.errors import UserError

#: The container's own version: a reader refuses one it does not know.
FORMAT = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class Sealed:
    kind: str                 # "evacreport", "evactransfer" …
    municipality: str         # the 6-digit local government code the key belongs to
    created_at: str           # ISO time the file was made
    payload: dict


def write_sealed(path: Path, key: bytes, sealed: Sealed) -> None:
    """Write ``sealed`` to ``path`` under ``key``; verified by reading it back before it takes
    the name. Nothing is left behind on failure."""
    path = Path(path)
    if len(key) != KEY_BYTES:
        raise ValueError("a sealed file's key is 32 bytes")
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        conn = sqlite_open.connect(temp, key=key, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE envelope (format INTEGER NOT NULL, kind TEXT NOT NULL, "
                         "municipality TEXT NOT NULL, created_at TEXT NOT NULL, "
                         "payload TEXT NOT NULL)")
            conn.execute("INSERT INTO envelope VALUES (?, ?, ?, ?, ?)",
                         [FORMAT, sealed.kind, sealed.municipality, sealed.created_at,
                          json.dumps(sealed.payload, ensure_ascii=False, sort_keys=True)])
            conn.execute("COMMIT")
        finally:
            conn.close()
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        if read_sealed(temp, key, sealed.kind) != sealed:
            raise UserError("sealed_unreadable", path=str(path),
                            reason="the written file did not read back the same")
        durable_replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def read_sealed(path: Path, key: bytes, kind: str) -> Sealed:
    """The file at ``path`` opened with ``key``: ``UserError('sealed_unreadable')`` when it is
    damaged, changed, made under another key, or not a file of ``kind``."""
    path = Path(path)
    try:
        conn = sqlite_open.connect(path, key=key, readonly=True)
    except UserError as error:
        # SQLCipher cannot tell a changed page from another key: both fail the first page.
        raise UserError("sealed_unreadable", path=str(path),
                        reason="it does not decrypt with this key") from error
    except (OSError, *sqlite_open.Error) as error:
        raise UserError("sealed_unreadable", path=str(path), reason=str(error)) from error
    try:
        rows = conn.execute("SELECT format, kind, municipality, created_at, payload "
                            "FROM envelope").fetchall()
    except sqlite_open.Error as error:
        raise UserError("sealed_unreadable", path=str(path), reason=str(error)) from error
    finally:
        conn.close()
    if len(rows) != 1:
        raise UserError("sealed_unreadable", path=str(path), reason="no single envelope")
    version, found_kind, municipality, created_at, payload = rows[0]
    if version != FORMAT or found_kind != kind:
        raise UserError("sealed_unreadable", path=str(path),
                        reason=f"a {found_kind} file (format {version}), not a {kind}")
    try:
        data = json.loads(payload)
    except ValueError as error:
        raise UserError("sealed_unreadable", path=str(path), reason=str(error)) from error
    return Sealed(found_kind, municipality, created_at, data)
