"""Import profiles: how one office's lists map, chosen once and remembered by name.

A profile holds the coordinator's own choices only — which column goes into which field (or is
left out), and what value a word of theirs means — not what the import recognises anyway. It is
one JSON file per profile in the data folder (``import_profiles/NAME.json``), written atomically,
so the next list from the same office imports in one step (``registry import --profile NAME``,
or the profile chosen in the import dialog).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.drills.session import DRILL_FILE, DRILLS_FOLDER
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry import import_vocabulary
from evac_toolkit.core.registry.list_columns import IMPORT_FIELDS

FOLDER = "import_profiles"
FORMAT = 1
#: A name that is also a safe file name everywhere: letters of any script, digits, spaces and
#: - _ ・; no dot, slash or leading space. 40 characters at most.
_NAME = re.compile(r"\w[\w\- ・]{0,39}")


@dataclass
class ImportProfile:
    name: str
    #: Column title → field (None: leave the column out).
    columns: dict[str, str | None] = field(default_factory=dict)
    #: Field → word of the file → value (a code, True/False for yes/no, None: leave it out).
    values: dict[str, dict[str, object]] = field(default_factory=dict)

    def merged(self, columns: Mapping[str, str | None],
               values: Mapping[str, Mapping[str, object]]) -> ImportProfile:
        """This profile with newer choices added (a newer choice for the same title or word
        replaces the older one)."""
        merged_values = {name: dict(words) for name, words in self.values.items()}
        for name, words in values.items():
            merged_values.setdefault(name, {}).update(words)
        return ImportProfile(self.name, {**self.columns, **columns},
                             {name: words for name, words in merged_values.items() if words})


def check_name(name: str) -> str:
    """``name`` stripped, or ``UserError('import_profile_bad_name')``."""
    stripped = name.strip()
    if not _NAME.fullmatch(stripped):
        raise UserError("import_profile_bad_name", name=name)
    return stripped


def profile_path(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / FOLDER / f"{check_name(name)}.json"


def list_profiles(data_dir: Path) -> list[str]:
    """The names of the saved profiles, sorted."""
    folder = Path(data_dir) / FOLDER
    if not folder.is_dir():
        return []
    return sorted(path.stem for path in folder.glob("*.json")
                  if _NAME.fullmatch(path.stem) and path.is_file())


def load_profile(data_dir: Path, name: str) -> ImportProfile | None:
    """The saved profile ``name``, or None when there is none;
    ``UserError('import_profile_damaged')`` when its file cannot be used."""
    path = profile_path(data_dir, name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("import_profile_damaged", path=str(path), reason=str(exc)) from exc
    try:
        return _checked(check_name(name), raw)
    except (TypeError, ValueError, AttributeError) as exc:
        raise UserError("import_profile_damaged", path=str(path), reason=str(exc)) from exc


def _checked(name: str, raw: object) -> ImportProfile:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError(f"not an import profile of format {FORMAT}")
    columns = raw.get("columns", {})
    if not isinstance(columns, dict) or not all(
            isinstance(title, str) and (target is None or target in IMPORT_FIELDS)
            for title, target in columns.items()):
        raise ValueError("columns must map titles to registry fields")
    values: dict[str, dict[str, object]] = {}
    for name_, words in raw.get("values", {}).items():
        if not isinstance(words, dict):
            raise ValueError(f"values of {name_} must be a table")
        allowed = import_vocabulary.choices(name_) \
            if name_ in (*import_vocabulary.CODED_FIELDS, *import_vocabulary.FLAG_FIELDS) else ()
        for word, value in words.items():
            if not isinstance(word, str) or (value is not None and value not in allowed):
                raise ValueError(f"{name_}: {value!r} is not a value of this field")
        values[name_] = dict(words)
    return ImportProfile(name, dict(columns), values)


def save_profile(data_dir: Path, profile: ImportProfile) -> Path:
    """Write ``profile`` (replacing any of the same name) and return its file."""
    path = profile_path(data_dir, profile.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "name": check_name(profile.name), "columns": profile.columns,
            "values": profile.values}
    with atomic_write(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return path


def data_dir_of(registry_path: Path) -> Path:
    """The data folder whose profiles an import into ``registry_path`` uses: the registry's
    folder, or for a drill's own database (DATA/drills/ID/drill.sqlite) the data folder that
    holds the drills — an office's lists look the same in a drill."""
    path = Path(registry_path)
    if path.name == DRILL_FILE and path.parent.parent.name == DRILLS_FOLDER:
        return path.parent.parent.parent
    return path.parent


def field_named(text: str) -> str:
    """The registry field a coordinator names: its id ("languages") or any column title the
    import knows for it ("言語", "Language"). ``UserError('import_no_such_field')`` else."""
    stripped = text.strip()
    if stripped in IMPORT_FIELDS:
        return stripped
    found = import_vocabulary.header_field(stripped) if stripped else None
    if found is None:
        raise UserError("import_no_such_field", name=stripped, fields=", ".join(IMPORT_FIELDS))
    return found
