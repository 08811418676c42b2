"""A list file as the import window shows it: the whole file checked for import (``csv_io``,
the same check as ``registry import`` on the command line) and its first rows under the header,
for the eye, beside the column choices. The file is read once for both."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from evac_toolkit.core.registry.csv_io import ImportPreview, check_list, list_bytes
from evac_toolkit.core.registry.sheet_files import first_rows
from evac_toolkit.core.registry.store import Registry

#: Rows of the file shown beside the column choices.
SAMPLE_ROWS = 3


class ImportLook(NamedTuple):
    preview: ImportPreview
    #: (line, cells) of the first rows under the header, as the file has them (see
    #: ``sheet_files.first_rows``); empty when the file cannot be read that way.
    sample: list[tuple[int, list[str]]]


def look_at_list(path: Path, registry: Registry,
                 mapping: dict[str, str | None] | None = None, *, sheet: str | None = None,
                 values: Mapping[str, Mapping[str, object]] | None = None,
                 rows: int = SAMPLE_ROWS) -> ImportLook:
    """``read_csv``'s preview of ``path`` with ``rows`` rows of the file to show. Nothing is
    written; an unreadable file is ``UserError('import_unreadable')``."""
    data = list_bytes(path)
    preview = check_list(data, registry, mapping, sheet=sheet, values=values)
    return ImportLook(preview, first_rows(data, preview.encoding, preview.sheet, rows))
