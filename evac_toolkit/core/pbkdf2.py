"""PBKDF2-HMAC-SHA512 (RFC 8018) that works without OpenSSL.

Python's ``hashlib.pbkdf2_hmac`` is OpenSSL's (the ``_hashlib`` module and its 5 MB libcrypto).
The desktop bundle leaves those out — SQLCipher carries its own OpenSSL, and the program opens no
TLS connection — to stay within its 300 MiB, so there the key is derived here, from the SHA-512
that Python always has. Same bytes either way (a test compares them); about 2.7× slower
(0.38 s against 0.14 s for 256,000 rounds), once per unlock.
"""

from __future__ import annotations

from hashlib import sha512

try:                                            # a source install: OpenSSL's, fast
    from _hashlib import pbkdf2_hmac as _openssl
except ImportError:                             # the bundle
    _openssl = None

_BLOCK = 128                                    # SHA-512's block size
_INNER = bytes(x ^ 0x36 for x in range(256))
_OUTER = bytes(x ^ 0x5C for x in range(256))


def pbkdf2_sha512(password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
    """``length`` bytes derived from ``password`` and ``salt`` with ``iterations`` rounds."""
    if _openssl is not None:
        return _openssl("sha512", password, salt, iterations, length)
    return pure_pbkdf2_sha512(password, salt, iterations, length)


def pure_pbkdf2_sha512(password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
    key = (password if len(password) <= _BLOCK else sha512(password).digest()).ljust(_BLOCK, b"\0")
    inner, outer = sha512(key.translate(_INNER)), sha512(key.translate(_OUTER))

    def hmac(data: bytes) -> bytes:
        # The padded keys' states are hashed once and copied: HMAC without re-keying per round.
        first = inner.copy()
        first.update(data)
        second = outer.copy()
        second.update(first.digest())
        return second.digest()

    derived = b""
    for block in range(1, -(-length // 64) + 1):
        round_ = hmac(salt + block.to_bytes(4, "big"))
        total = int.from_bytes(round_, "big")
        for _ in range(iterations - 1):
            round_ = hmac(round_)
            total ^= int.from_bytes(round_, "big")
        derived += total.to_bytes(64, "big")
    return derived[:length]
