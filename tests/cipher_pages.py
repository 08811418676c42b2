"""Read every page of a SQLCipher file or its WAL as plaintext, free and stale pages included.

A test that asks "is this name left anywhere in the file?" used to search the file's bytes; an
encrypted file holds no readable name whether or not the name's page was wiped, so the search
would always pass. Reading through SQL shows only the live rows, not a freed page or an old WAL
frame that still holds the name. This decrypts the pages themselves, with the same AES-256-CBC
and the same OpenSSL that SQLCipher uses (linked into the ``sqlcipher3`` wheel's extension, whose
OpenSSL functions are exported on Linux).

SQLCipher 4's page (``cipher_compatibility = 4``, as sqlite_open sets it): 4096 bytes, of which
the last 80 are reserved (a 16-byte IV, then a 64-byte HMAC); page 1 begins with the file's
16-byte salt and the rest of its first 4016 bytes is encrypted. A raw key (``x'…'``) is the AES
key itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

from evac_toolkit.core import sqlite_open

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _libcrypto() -> ctypes.CDLL:
    from sqlcipher3 import _sqlite3

    name = _sqlite3.__file__
    assert name, "no libcrypto to decrypt SQLCipher pages with"
    lib = ctypes.CDLL(name)
    lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
    lib.EVP_aes_256_cbc.restype = ctypes.c_void_p
    lib.EVP_DecryptInit_ex.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                                       ctypes.c_char_p, ctypes.c_char_p]
    lib.EVP_CIPHER_CTX_set_padding.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.EVP_DecryptUpdate.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                      ctypes.POINTER(ctypes.c_int), ctypes.c_char_p, ctypes.c_int]
    lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
    return lib


_LIB = None


def _decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    global _LIB
    if _LIB is None:
        _LIB = _libcrypto()
    ctx = _LIB.EVP_CIPHER_CTX_new()
    try:
        assert _LIB.EVP_DecryptInit_ex(ctx, _LIB.EVP_aes_256_cbc(), None, key, iv) == 1
        _LIB.EVP_CIPHER_CTX_set_padding(ctx, 0)
        out = ctypes.create_string_buffer(len(data) + 32)
        written = ctypes.c_int()
        assert _LIB.EVP_DecryptUpdate(ctx, out, ctypes.byref(written), data, len(data)) == 1
        return out.raw[:written.value]
    finally:
        _LIB.EVP_CIPHER_CTX_free(ctx)


def decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    """The plaintext of one encrypted page (page 1 without its salt)."""
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
    return _decrypt(key, iv, page[start:PAGE - RESERVE])


def database_pages(key: bytes, data: bytes) -> list[bytes]:
    """Every page of an encrypted database file's bytes, decrypted. Asserts that page 1 decrypts
    to a SQLite header (a wrong key would make every later search pass for nothing)."""
    pages = [decrypt_page(key, data[i:i + PAGE], i == 0)
             for i in range(0, len(data) - PAGE + 1, PAGE)]
    # Bytes 16-17 of the header (the first plaintext bytes of page 1): the page size.
    assert pages and pages[0][:2] == PAGE.to_bytes(2, "big"), "page 1 does not decrypt"
    return pages


def wal_pages(key: bytes, data: bytes) -> list[bytes]:
    """Every frame's page in a WAL file's bytes, decrypted (stale frames included)."""
    frame = WAL_FRAME_HEADER + PAGE
    pages = []
    for offset in range(WAL_HEADER, len(data) - frame + 1, frame):
        number = int.from_bytes(data[offset:offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER:offset + frame]
        pages.append(decrypt_page(key, page, number == 1))
    return pages


def plaintext(key: bytes, path: Path) -> bytes:
    """What ``path`` holds once decrypted: a database's (``*.sqlite``) or a WAL's pages, joined;
    any other file (the plain ``-shm`` index, a note, an empty file) as it is."""
    data = path.read_bytes()
    if path.name.endswith("-wal"):
        return b"".join(wal_pages(key, data))
    if path.name.endswith(".sqlite") and data:
        return b"".join(database_pages(key, data))
    return data


def plain_copy(source: Path, target: Path) -> None:
    """``source`` decrypted into ``target``: a registry as the program wrote it before encryption
    (a shelter's file until it is first opened, an old archive)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite_open.connect(source, readonly=True, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", [str(target)])
    conn.execute("SELECT sqlcipher_export('plain')")
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    conn.execute(f"PRAGMA plain.user_version = {version}")
    conn.execute("DETACH DATABASE plain")
    conn.close()
