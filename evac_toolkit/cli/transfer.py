"""``evac-toolkit shelter transfer`` and ``shelter receive``: people moved between shelter
laptops in a sealed file (core/transfer/).

``add_transfer_commands(shelter_actions)`` registers both on the ``shelter`` command's
sub-parsers; ``run_transfer`` runs either. Both need the registry unlocked, as ``registry``
commands do. The city key and this shelter's ID come from the laptop's shelter identity
(``shelter setup``), or from ``--key`` and ``--from`` for a laptop not set up.
Core modules are imported inside the commands (start-up speed, tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

COMMANDS = ("transfer", "receive")


def add_transfer_commands(actions) -> None:
    """Add ``transfer`` and ``receive`` to ``actions`` (the shelter command's sub-parsers)."""
    send = actions.add_parser("transfer", help="people to another shelter, in a sealed file "
                                               "(households go together)")
    send.add_argument("--cards", required=True, help="card IDs, comma-separated")
    send.add_argument("--to", required=True, dest="to_shelter", help="the destination's ID")
    send.add_argument("--out", required=True, help="the .evactransfer file to write")
    send.add_argument("--include-protected", action="store_true",
                      help="confirm that do-not-disclose people go too")
    _identity(send, sender=True)
    receive = actions.add_parser("receive", help="register the people in a transfer file")
    receive.add_argument("file", help="the .evactransfer file")
    _identity(receive, sender=False)


def _identity(parser: argparse.ArgumentParser, sender: bool) -> None:
    parser.add_argument("--key", help="the city key file (default: the one 'shelter setup' "
                                      "stored)")
    if sender:
        parser.add_argument("--from", dest="from_shelter",
                            help="this shelter's ID (default: the one 'shelter setup' stored)")


def run_transfer(ctx, args: argparse.Namespace, registry) -> int:
    """Run ``shelter transfer`` or ``shelter receive`` (``args.shelter_command``) on the open
    ``registry``; UserError for anything the user can act on."""
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.transfer.keys import read_city_key, stored_identity

    stored = stored_identity(ctx.data_dir)
    if args.key:
        key = read_city_key(Path(args.key))
    elif stored is not None:
        key = stored[0]
    else:
        raise UserError("shelter_not_set_up")
    here = stored[1] if stored is not None else None
    if args.shelter_command == "transfer":
        args.from_shelter = args.from_shelter or here
        if not args.from_shelter:
            raise UserError("shelter_not_set_up")
        return _send(ctx, args, registry, key)
    return _receive(ctx, args, registry, key, here)


def _send(ctx, args, registry, key) -> int:
    from evac_toolkit.cli.output_file import check_output
    from evac_toolkit.core.transfer.keys import shelter_id
    from evac_toolkit.core.transfer.outgoing import plan_transfer, send_transfer
    from evac_toolkit.core.transfer.wording import sent_lines

    to_shelter, from_shelter = shelter_id(args.to_shelter), shelter_id(args.from_shelter)
    out = Path(args.out)
    check_output(out)
    cards = [card.strip().upper() for card in args.cards.split(",") if card.strip()]
    plan = plan_transfer(registry, cards, include_protected=args.include_protected)
    send_transfer(registry, plan, key, from_shelter, to_shelter, out)
    for code, params in sent_lines(plan, str(out), to_shelter):
        ctx.say(code, **params)
    return 0


def _receive(ctx, args, registry, key, here: str | None) -> int:
    from evac_toolkit.core.transfer.incoming import receive_transfer
    from evac_toolkit.core.transfer.wording import received_lines

    result = receive_transfer(registry, Path(args.file), key, here_shelter=here)
    for code, params in received_lines(result, ctx.ui_language):
        ctx.say(code, **params)
    return 0


