"""The coordinator's choices for one list being imported, as the import window collects them:
which field a column goes into, what value a word of the file means, the workbook's sheet, and
the named import profile they came from or are saved as (``import_profiles``).

Only the choices made are held here; ``csv_io.read_csv`` works out the rest from the file's
titles and words, and checks the file again with every choice (``reading_arguments``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.registry.csv_io import HEADER_PROBLEMS, IMPORT_FIELDS, ImportPreview
from evac_toolkit.core.registry.import_profiles import (
    ImportProfile,
    data_dir_of,
    list_profiles,
    load_profile,
    save_profile,
)


def check_column_choice(header: str, target: str | None, headers: list[str]) -> None:
    """ValueError for a field that is no registry field, KeyError for a title the file does
    not have: a caller's mistake, not the coordinator's."""
    if target is not None and target not in IMPORT_FIELDS:
        raise ValueError(f"{target!r} is no registry field")
    if header not in headers:
        raise KeyError(header)


def undecided_columns(preview: ImportPreview) -> set[int]:
    """The numbers (from 1) of the columns whose field the file's titles leave undecided (an
    unknown title, a second Name column): the coordinator must choose one."""
    return {problem.column for problem in preview.problems if problem.code in HEADER_PROBLEMS}


def columns_settled(preview: ImportPreview) -> bool:
    """True when every column's field is known (words may still need a value)."""
    return not undecided_columns(preview)


def profile_names(data_dir: Path) -> list[str]:
    """The saved import profiles' names; none when their folder cannot be read."""
    try:
        return list_profiles(data_dir)
    except OSError:
        return []


@dataclass
class ImportChoices:
    #: The data folder whose import profiles are used (a drill's registry: its owner's).
    data_dir: Path
    #: Header text → field (None: leave out), as chosen; the rest as ``read_csv`` finds.
    columns: dict[str, str | None] = field(default_factory=dict)
    #: Field → word of the file → value (code, True/False, None: leave out), as chosen.
    values: dict[str, dict[str, object]] = field(default_factory=dict)
    #: The profile in use or saved as ("": none).
    profile_name: str = ""
    #: The workbook's sheet chosen (None: the one ``read_csv`` reads first).
    sheet: str | None = None

    @classmethod
    def for_registry(cls, registry_path: Path) -> ImportChoices:
        return cls(data_dir_of(registry_path))

    def reading_arguments(self) -> tuple[dict[str, str | None] | None,
                                         dict[str, dict[str, object]], str | None]:
        """(mapping, values, sheet) for ``read_csv``, copied: a reading in a worker is not
        changed by choices made meanwhile."""
        return (dict(self.columns) or None,
                {name: dict(words) for name, words in self.values.items()}, self.sheet)

    def choose_column(self, header: str, target: str | None) -> None:
        """Put the column titled ``header`` into ``target`` (None: leave it out)."""
        self.columns[header] = target

    def choose_value(self, target: str, text: str, value: object) -> None:
        """Every cell of ``target`` that says ``text`` means ``value`` (a code, True/False for
        yes/no, None: leave the word out)."""
        self.values.setdefault(target, {})[text] = value

    def choose_sheet(self, name: str, preview: ImportPreview | None) -> bool:
        """Read the sheet ``name`` instead; False when it is the one read already. KeyError
        for a sheet the workbook does not have."""
        if preview is not None and name not in preview.sheets:
            raise KeyError(name)
        if name == (self.sheet or (preview.sheet if preview else None)):
            return False
        self.sheet = name
        return True

    def use_profile(self, name: str) -> None:
        """The saved profile ``name``'s column and value choices instead of those made so far
        ("", or a name with no profile: none). ``UserError`` (nothing changed) when its file
        cannot be used."""
        profile = load_profile(self.data_dir, name) if name else None
        self.profile_name = name if profile else ""
        self.columns = dict(profile.columns) if profile else {}
        self.values = {target: dict(words) for target, words in profile.values.items()} \
            if profile else {}

    def save_as_profile(self, name: str) -> tuple[ImportProfile, Path]:
        """Save these choices as the profile ``name``, added to what a profile of that name
        holds (a damaged one is replaced); the profile and its file. ``UserError`` for a name
        that cannot be used, ``OSError`` when the file cannot be written."""
        try:
            saved = load_profile(self.data_dir, name)
        except UserError:
            saved = None                    # damaged: replaced by the choices made here
        profile = (saved or ImportProfile(name.strip())).merged(self.columns, self.values)
        path = save_profile(self.data_dir, profile)
        self.profile_name = profile.name
        return profile, path
