"""The shelter passphrase on the command line: asked for (or read from
``EVAC_TOOLKIT_PASSPHRASE``) before a command opens the registry or a drill database.

A data folder without a keyring gets one: the passphrase given becomes the shelter's, and the
recovery key is shown once, to be written down. Signs, boards, translation and the other
commands never ask.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from evac_toolkit.core import shelter_key
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.encrypt_plain import take_notices

#: Drill actions that open a drill database (scenarios and role cards do not).
_DRILL_DATABASE = {"start", "arrive", "end", "list", "report"}


def needs_key(args: argparse.Namespace, data_dir=None) -> bool:
    if args.command == "registry":
        return True
    # A shelter's report reads its registry; headquarters' database is encrypted like one.
    if args.command == "shelter":
        if args.shelter_command == "push":
            return not args.waiting_only
        return args.shelter_command in ("report", "transfer", "receive")
    if args.command == "hq":
        if args.hq_command not in ("import", "status", "signs", "dispatch"):
            return False
        # On a PostgreSQL server the server's own logins guard it: no laptop key involved.
        from evac_toolkit.core.hq.database import hq_database

        return hq_database(getattr(args, "database", None), data_dir) is None
    return args.command == "drill" and getattr(args, "drill_command", None) in _DRILL_DATABASE


def _ask(ctx, code: str) -> str:
    if not sys.stdin.isatty():
        raise UserError("passphrase_needed", variable=shelter_key.ENV_PASSPHRASE)
    return getpass.getpass(message(code, ctx.ui_language) + " ")


def unlock(ctx) -> None:
    """Unlock the data folder's key, or set up a new one; wrong passphrase: UserError."""
    if shelter_key.current() is not None:
        return
    given = os.environ.get(shelter_key.ENV_PASSPHRASE)
    if shelter_key.exists(ctx.data_dir):
        shelter_key.unlock(ctx.data_dir, given if given is not None
                           else _ask(ctx, "passphrase_prompt"))
        return
    if given is None:
        given = _ask(ctx, "passphrase_new_prompt")
        if _ask(ctx, "passphrase_again_prompt") != given:
            raise UserError("passphrase_mismatch")
    # Here, not at the top: key_setup loads the registry's database code (start-up speed).
    from evac_toolkit.core import key_setup

    ctx.writable_data_dir()
    recovery = key_setup.create(ctx.data_dir, given)
    print(message("recovery_key_once", ctx.ui_language, key=recovery), file=sys.stderr)


def tell_notices(ctx) -> None:
    """Say what was encrypted while the command ran (a registry from before encryption)."""
    for notice in take_notices():
        print(message("plain_files_encrypted", ctx.ui_language, **notice), file=sys.stderr)


# -- evac-toolkit passphrase ... ----------------------------------------------------------------
def passphrase_parser(sub) -> None:
    """``passphrase change`` and ``passphrase reset`` (with the paper recovery key)."""
    command = sub.add_parser("passphrase", help="the shelter passphrase that unlocks the "
                                                "encrypted registry")
    actions = command.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    actions.add_parser("change", help="set a new passphrase (asks for the current one)")
    actions.add_parser("reset", help="set a new passphrase with the recovery key")
    setup = actions.add_parser("setup", help="set the passphrase of a new shelter and write "
                                             "the recovery key page to print")
    setup.add_argument("--recovery-sheet", metavar="FILE.pdf", required=True)


def _new_passphrase(ctx) -> str:
    new = _ask(ctx, "passphrase_new_prompt")
    if _ask(ctx, "passphrase_again_prompt") != new:
        raise UserError("passphrase_mismatch")
    return new


def cmd_passphrase(ctx, args: argparse.Namespace) -> int:
    from pathlib import Path

    # Here, not at the top: key_setup loads the registry's database code (start-up speed).
    from evac_toolkit.core import key_setup

    action = args.passphrase_command
    if action == "setup":
        from evac_toolkit.core.printing.recovery_sheet import write_recovery_sheet

        given = os.environ.get(shelter_key.ENV_PASSPHRASE) or _new_passphrase(ctx)
        ctx.writable_data_dir()
        recovery = key_setup.create(ctx.data_dir, given)
        write_recovery_sheet(recovery, Path(args.recovery_sheet))
        ctx.say("wrote", path=args.recovery_sheet)
        print(message("recovery_key_once", ctx.ui_language, key=recovery), file=sys.stderr)
        return 0
    if action == "change":
        old = _ask(ctx, "passphrase_prompt")
        shelter_key.change_passphrase(ctx.data_dir, old, _new_passphrase(ctx))
    else:
        recovery = _ask(ctx, "recovery_key_prompt")
        key_setup.reset_with_recovery_key(ctx.data_dir, recovery, _new_passphrase(ctx))
    ctx.say("passphrase_set")
    return 0
