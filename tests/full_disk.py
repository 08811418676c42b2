"""A real full disk for tests: a small tmpfs, filled to the last byte (root with the right to
mount; skipped elsewhere — tests/test_full_disk.py also covers the commands under a file-size
limit, which runs for any user)."""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str):
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> None:
    """Write until the disk is full, to the last byte (unbuffered: nothing left to flush)."""
    with open(disk / "filler", "ab", buffering=0) as handle:
        for block in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * block)
