"""Print fonts for commands that write a PDF: prepared once, in the open.

Deriving the static print-font instances takes about a minute on a fresh cache (a cleared cache
folder, a source install that skipped its install step). A command that prints says so on
stderr, with progress on the same line, instead of sitting silent for a minute.
"""

from __future__ import annotations

import argparse
import sys

from evac_toolkit.core.messages import message

#: ``set_defaults`` of every subcommand that writes a PDF.
PRINTS = {"print_fonts": True}


def needs_print_fonts(args: argparse.Namespace) -> bool:
    """True for a command that will write a PDF (``--out`` given, where it is optional)."""
    return bool(getattr(args, "print_fonts", False)) and bool(getattr(args, "out", None))


def prepare_print_fonts(ui_language: str) -> None:
    """Derive the missing instances (all of them, in parallel), announced on one stderr line."""
    from evac_toolkit.core import fonts  # not at the top: only printing commands need it

    if not fonts.missing_instances():
        return
    print(message("fonts_preparing_once", ui_language), end="", file=sys.stderr, flush=True)
    try:
        fonts.prepare(progress=lambda done, total, _name: print(
            f" {done}/{total}", end="", file=sys.stderr, flush=True))
    except BaseException:
        print(file=sys.stderr, flush=True)   # the failure's own message starts a new line
        raise
    print(" " + message("fonts_prepared", ui_language), file=sys.stderr, flush=True)
