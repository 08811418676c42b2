"""``registry import --map/--value/--profile``: the coordinator's choices for a list's columns
and words, read from the command line and remembered in a named import profile.

Core modules are imported inside each command, not at the top: the program starts and parses
its arguments without them (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import sys

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message

MAP_HELP = ("put the file's column TITLE into FIELD: a field id (languages, area, ...) or a "
            "column title the import knows for it (言語, 場所); 'TITLE=' (nothing after =) leaves "
            "the column out. Repeatable")
VALUE_HELP = ("every cell of FIELD that says WORD means VALUE: a code (zh-Hant, fluent, halal) "
              "or a name the import knows (中国語（繁体字）); yes/no words for yes/no fields; "
              "'FIELD:WORD=' (nothing after =) leaves the word out. Once per distinct word, "
              "for every row. Repeatable")
PROFILE_HELP = ("the import profile NAME (in the data folder): its saved --map and --value "
                "choices are used, and this command's --map and --value are saved into it, so "
                "the next list from the same office imports in one step")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--map", action="append", default=[], metavar="TITLE=FIELD",
                        help=MAP_HELP)
    parser.add_argument("--value", action="append", default=[], metavar="FIELD:WORD=VALUE",
                        help=VALUE_HELP)
    parser.add_argument("--profile", metavar="NAME", help=PROFILE_HELP)


def columns(options: list[str]) -> dict[str, str | None]:
    """``--map`` options as title → field (None: left out)."""
    from evac_toolkit.core.registry.import_profiles import field_named

    chosen: dict[str, str | None] = {}
    for option in options:
        title, equals, target = option.rpartition("=")
        if not equals or not title.strip():
            raise UserError("import_map_syntax", option=option)
        chosen[title.strip()] = field_named(target) if target.strip() else None
    return chosen


def values(options: list[str]) -> dict[str, dict[str, object]]:
    """``--value`` options as field → word → value (None: the word is left out)."""
    from evac_toolkit.core.registry.import_profiles import field_named
    from evac_toolkit.core.registry.import_vocabulary import resolve_choice

    chosen: dict[str, dict[str, object]] = {}
    for option in options:
        name, colon, rest = option.partition(":")
        word, equals, answer = rest.rpartition("=")
        if not colon or not equals or not name.strip() or not word.strip():
            raise UserError("import_value_syntax", option=option)
        target = field_named(name)
        chosen.setdefault(target, {})[word.strip()] = resolve_choice(target, answer)
    return chosen


def chosen(ctx, args: argparse.Namespace
           ) -> tuple[dict[str, str | None] | None, dict[str, dict[str, object]], object]:
    """(column mapping or None, value choices, the profile to save or None): the profile's
    saved choices with this command's on top. Nothing is written here."""
    from evac_toolkit.core.registry.import_profiles import ImportProfile, load_profile

    given_columns, given_values = columns(args.map), values(args.value)
    profile = None
    if args.profile:
        saved = load_profile(ctx.data_dir, args.profile)
        profile = (saved or ImportProfile(args.profile)).merged(given_columns, given_values)
        if saved is not None and not (given_columns or given_values):
            ctx.say("import_profile_used", name=profile.name)
    mapping = profile.columns if profile else given_columns
    return (dict(mapping) or None), (profile.values if profile else given_values), profile


def hint(ctx, preview) -> None:
    """After a refusal: how to map what is still unknown, once, and remember it."""
    from evac_toolkit.core.registry.csv_io import HEADER_PROBLEMS

    if preview.unknown_values or any(p.code in HEADER_PROBLEMS for p in preview.problems):
        print(message("import_choices_hint", ctx.ui_language), file=sys.stderr)


def remember(ctx, args: argparse.Namespace, profile) -> None:
    """Save the profile when this command gave choices of its own (or it is new)."""
    from evac_toolkit.core.registry.import_profiles import save_profile

    if profile is None or not (args.map or args.value):
        return
    path = save_profile(ctx.data_dir, profile)
    ctx.say("import_profile_saved", name=profile.name, path=str(path))


def list_profiles(ctx, args: argparse.Namespace) -> int:
    """``registry import-profiles``: each saved profile with how many choices it holds."""
    from evac_toolkit.core.registry.import_profiles import list_profiles as names
    from evac_toolkit.core.registry.import_profiles import load_profile

    found = names(ctx.data_dir)
    if not found:
        ctx.say("import_profiles_none")
        return 0
    damaged = 0
    for name in found:
        try:
            profile = load_profile(ctx.data_dir, name)
        except UserError as error:
            print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
            damaged += 1
            continue
        words = sum(len(found) for found in profile.values.values()) if profile else 0
        ctx.say("import_profile_line", name=name, columns=len(profile.columns) if profile else 0,
                values=words)
    return 2 if damaged else 0
