"""Every test runs with the shelter's files encrypted, as a shelter laptop does: a fixed test
key is unlocked in this process and the test passphrase is in ``EVAC_TOOLKIT_PASSPHRASE``. A
test whose child process opens the registry (a command-line run, a writer killed in a crash
test) asks for ``keyring_on_disk``: the data folder's keyring for the same key, which the child
unlocks with that passphrase. Tests about locking call ``shelter_key.lock()`` themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core import key_setup, shelter_key
from evac_toolkit.core.registry import encrypt_plain

TEST_PASSPHRASE = "test shelter passphrase"
TEST_KEY = bytes(range(1, 33))


@pytest.fixture(scope="session", autouse=True)
def shelter_unlocked_for_module_fixtures():
    """Module- and session-scoped fixtures build registries before any test's own fixture runs:
    the test key is unlocked for them too."""
    shelter_key.use_key(TEST_KEY)
    yield
    shelter_key.lock()


@pytest.fixture(autouse=True)
def shelter_unlocked(monkeypatch: pytest.MonkeyPatch) -> bytes:
    """The test shelter's key, unlocked (no file written: the data folder stays empty)."""
    # A few PBKDF2 rounds instead of 256,000 for keyrings tests write. The count is stored in
    # the keyring, so child processes derive as fast.
    monkeypatch.setattr(shelter_key, "KDF_ITERATIONS", 16)
    monkeypatch.setenv(shelter_key.ENV_PASSPHRASE, TEST_PASSPHRASE)
    shelter_key.use_key(TEST_KEY)
    yield TEST_KEY
    shelter_key.use_key(TEST_KEY)      # a test that locked it leaves it unlocked for the next
    # What a test's registry encrypted is said by that test or never: not by the next one's CLI.
    encrypt_plain.take_notices()


@pytest.fixture
def keyring_on_disk(data_home: Path, shelter_unlocked: bytes) -> Path:
    """The data folder's keyring for the test key and passphrase (for child processes)."""
    key_setup.reset_with_recovery_key(data_home, shelter_key.recovery_text(shelter_unlocked),
                                        TEST_PASSPHRASE)
    return data_home
