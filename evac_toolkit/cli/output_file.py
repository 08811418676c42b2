"""The check every command that writes a file makes first: its folder exists and is writable.

Its own module so that the subcommands (drill, registry) and ``main`` share it without importing
each other.
"""

from __future__ import annotations

import os
from pathlib import Path

from evac_toolkit.core.errors import UserError


def check_output(out: Path) -> None:
    """Fail before any work when the output file's folder is missing or not writable."""
    folder = out.resolve().parent
    if not folder.is_dir():
        raise UserError("output_unwritable", path=str(out), reason="folder does not exist")
    if not os.access(folder, os.W_OK):
        raise UserError("output_unwritable", path=str(out), reason="permission denied")
