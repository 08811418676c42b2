"""The key derivation without OpenSSL (the desktop bundle's) gives OpenSSL's bytes."""

import hashlib

import pytest

from evac_toolkit.core.pbkdf2 import pure_pbkdf2_sha512


@pytest.mark.parametrize(("password", "salt", "rounds", "length"), [
    (b"test shelter passphrase", bytes(16), 1, 64),
    ("避難所のパスフレーズ".encode(), b"salt" * 4, 1000, 64),
    (b"x" * 200, b"long password, hashed first", 17, 32),        # longer than a block
    (b"p", b"two blocks of output", 3, 100),
])
def test_the_pure_derivation_gives_openssl_s_bytes(password, salt, rounds, length):
    assert pure_pbkdf2_sha512(password, salt, rounds, length) == \
        hashlib.pbkdf2_hmac("sha512", password, salt, rounds, length)


def test_rfc_vector():
    # PBKDF2-HMAC-SHA512, "password"/"salt", 1 round (published test vector).
    assert pure_pbkdf2_sha512(b"password", b"salt", 1, 64).hex().startswith(
        "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252")
