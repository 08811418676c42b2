"""Real disk conditions for tests: a small tmpfs filled to the last byte, and a folder that cannot
be written. Root (who writes through folder modes) gets them from mounts, skipped where mounting
is not allowed; tests/test_full_disk.py also covers the commands under a file-size limit, which
runs for any user."""

from __future__ import annotations

import contextlib
import os
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


@contextlib.contextmanager
def read_only(folder: Path):
    """``folder`` made read-only: by its mode for a plain user; root writes through modes, so
    for root the folder is a tmpfs remounted read-only (skipped where mounting is not allowed)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    mount = folder.parent / "ro-mount"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("root cannot mount here: no read-only folder to test with")
    try:
        for path in folder.iterdir():
            if path.is_file():
                (mount / path.name).write_bytes(path.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
