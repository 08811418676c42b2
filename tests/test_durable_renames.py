"""Every rename of the program goes through one helper that fsyncs the folder afterwards
(core/atomic.durable_replace): a rename is an entry in its folder, and until the folder is on
disk a power cut can undo it — after a close-shelter had already wiped the data its archive
was renamed to hold, for one."""

from __future__ import annotations

import os
import re
from pathlib import Path

from evac_toolkit.core.atomic import durable_replace

PACKAGE = Path(__file__).resolve().parent.parent / "evac_toolkit"
#: A rename by any other means: os.replace/rename, shutil.move, or pathlib's rename/replace
#: (told from str.replace and friends by what it is called on).
RAW_RENAME = re.compile(r"\bos\.(replace|rename|renames)\(|\bshutil\.move\(|\.rename\("
                        r"|(path|target|partial|source|folder|old|new|aside|tmp\w*)\.replace\(")


def test_no_module_renames_without_the_helper():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "core" / "atomic.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if RAW_RENAME.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []


def test_the_helper_renames_within_and_across_folders(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    source = tmp_path / "a" / ".x.part"
    source.write_bytes(b"new")
    (tmp_path / "a" / "x").write_bytes(b"old")
    durable_replace(source, tmp_path / "a" / "x")
    assert (tmp_path / "a" / "x").read_bytes() == b"new" and not source.exists()
    durable_replace(tmp_path / "a" / "x", tmp_path / "b" / "y")
    assert os.listdir(tmp_path / "a") == [] and (tmp_path / "b" / "y").read_bytes() == b"new"
