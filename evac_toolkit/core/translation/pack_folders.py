"""The installed translation packs as folders on disk: where they live and what each one's
metadata and install record say. Read by the engine (to load a pack) and by :mod:`.packs` (to
install, remove and verify them), so neither needs the other to know what is installed."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from evac_toolkit.core.translation.installed import PACKS_FOLDER

#: Our record of an install, beside the pack's own metadata.json.
RECORD = "evac-install.json"


@dataclass(frozen=True)
class InstalledPack:
    """One installed pack, as described by its metadata and our install record."""

    name: str                 # folder name: translate-<from>_<to>
    from_code: str            # Argos codes
    to_code: str
    from_name: str
    to_name: str
    package_version: str
    argos_version: str
    path: Path
    sha256: str = ""          # of the archive it came from; empty when copied in by hand
    source_name: str = ""
    installed_at: str = ""

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)


def packs_dir(data_dir: Path) -> Path:
    return data_dir / PACKS_FOLDER


def read_json(path: Path) -> dict:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError as exc:      # [[[[…]]]] thousands deep, copied in by hand
        raise ValueError("nested too deeply") from exc
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    return raw


def describe(folder: Path) -> InstalledPack:
    """The pack in ``folder`` from its metadata.json and install record; raises OSError or
    ValueError (KeyError included) when the metadata is unusable."""
    meta = read_json(folder / "metadata.json")
    try:
        record = read_json(folder / RECORD)
    except (OSError, ValueError):
        record = {}
    return InstalledPack(
        name=folder.name, from_code=str(meta["from_code"]), to_code=str(meta["to_code"]),
        from_name=str(meta.get("from_name", "")), to_name=str(meta.get("to_name", "")),
        package_version=str(meta.get("package_version", "")),
        argos_version=str(meta.get("argos_version", "")), path=folder,
        sha256=str(record.get("sha256", "")), source_name=str(record.get("source", "")),
        installed_at=str(record.get("installed_at", "")))


def folders_in(data_dir: Path) -> list[Path]:
    folder = packs_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def list_packs(data_dir: Path) -> list[InstalledPack]:
    """The installed packs, sorted by folder name; folders with unusable metadata are left out
    (:func:`.packs.verify` reports them)."""
    found = []
    for folder in folders_in(data_dir):
        with contextlib.suppress(OSError, ValueError, KeyError):
            found.append(describe(folder))
    return found
