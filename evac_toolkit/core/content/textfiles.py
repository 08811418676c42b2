"""Per-language text files (``assets/<collection>/text/<code>.toml``) and their provenance."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.paths import asset_path

#: Folders under assets/ that hold per-language text files.
COLLECTIONS = ("labels", "fingerboards")


@dataclass(frozen=True)
class Coverage:
    present: int
    reviewed: int


def text_file(collection: str, code: str, root: Path | None = None) -> Path:
    base = root if root is not None else asset_path()
    return base / collection / "text" / f"{code}.toml"


def coverage(code: str, root: Path | None = None) -> Coverage:
    """How many curated strings a language has, and how many a person has reviewed."""
    present = reviewed = 0
    for collection in COLLECTIONS:
        path = text_file(collection, code, root)
        if not path.is_file():
            continue
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        texts = raw.get("text", {})
        default = raw.get("meta", {}).get("status", "draft")
        overrides = raw.get("provenance", {})
        present += len(texts)
        reviewed += sum(1 for key in texts
                        if overrides.get(key, {}).get("status", default) == "reviewed")
    return Coverage(present, reviewed)
