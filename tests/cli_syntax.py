"""What counts as command-line syntax in a sentence the window shows (options, commands, their
placeholders). The commands come from the real argument parser, so a new command is covered
without touching this file."""

from __future__ import annotations

import re

from evac_toolkit.cli.main import build_parser


def _commands() -> list[str]:
    """Every 'command action' phrase and hyphenated action name the command line accepts."""
    phrases = []
    parser = build_parser()
    top = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in top.choices.items():
        actions = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
        for action in actions:
            for verb in action.choices:
                phrases.append(f"{name} {verb}")
                if "-" in verb:
                    phrases.append(verb)
    return phrases


COMMANDS = _commands()
OPTION = re.compile(r"(?<![\w-])--[a-z]")
PROGRAM = re.compile(r"evac-toolkit\s+[a-z]")
METAVAR = re.compile(r"\b[A-Z]{2,}_[A-Z_]+\b|\b[A-Z_]{3,}=")


def cli_syntax(text: str) -> list[str]:
    """What in ``text`` is command-line syntax (empty when nothing is)."""
    found = [m.group(0) for pattern in (OPTION, PROGRAM, METAVAR) for m in pattern.finditer(text)]
    found += [phrase for phrase in COMMANDS if re.search(rf"(?<![\w-]){re.escape(phrase)}\b", text)]
    return found
