"""A sealed file reads back only with its key, whole and unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.sealed_file import Sealed, read_sealed, write_sealed

KEY = bytes(range(32))
SEALED = Sealed("evacreport", "131016", "2026-12-07T03:00:00", {"present": 3, "名": "避難所"})


def test_a_sealed_file_reads_back_with_its_key(tmp_path: Path):
    path = tmp_path / "r.evacreport"
    write_sealed(path, KEY, SEALED)
    assert read_sealed(path, KEY, "evacreport") == SEALED
    assert b"present" not in path.read_bytes() and b"131016" not in path.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["r.evacreport"]      # no temporary left


@pytest.mark.parametrize("how", ["wrong key", "flipped byte", "truncated", "other kind"])
def test_a_changed_or_foreign_file_is_refused(tmp_path: Path, how: str):
    path = tmp_path / "r.evacreport"
    write_sealed(path, KEY, SEALED)
    key, kind = KEY, "evacreport"
    data = bytearray(path.read_bytes())
    if how == "wrong key":
        key = bytes(32)
    elif how == "flipped byte":
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    elif how == "truncated":
        path.write_bytes(bytes(data[: len(data) - 100]))
    else:
        kind = "evactransfer"
    with pytest.raises(UserError) as caught:
        read_sealed(path, key, kind)
    assert caught.value.code == "sealed_unreadable"
