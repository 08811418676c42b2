"""``evac-toolkit shelter ...``: this laptop as one of the city's shelters — its identity and
key (``setup``), and the counts-only status report for headquarters (``report``).

Core modules are imported inside each command, not at the top: the program starts and parses
its arguments without them (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evac_toolkit.cli.output_file import check_output
from evac_toolkit.cli.transfer import COMMANDS as TRANSFER_COMMANDS
from evac_toolkit.cli.transfer import add_transfer_commands, run_transfer


def shelter_parser(sub) -> None:
    shelter = sub.add_parser("shelter", help="this laptop as one of the city's shelters: its "
                                             "identity, status reports for headquarters")
    actions = shelter.add_subparsers(dest="shelter_command", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="give this laptop its shelter identity and the "
                                             "city key")
    setup.add_argument("--municipality", required=True, metavar="CODE",
                       help="the 6-digit local government code, e.g. 131016")
    setup.add_argument("--shelter-id", required=True, metavar="ID", help="e.g. S001")
    setup.add_argument("--name", required=True, help="the shelter's name, e.g. ○○小学校")
    setup.add_argument("--key", required=True, metavar="CITY.key",
                       help="the city key from 'hq keygen'")
    report = actions.add_parser("report", help="a counts-only status report for headquarters, "
                                               "sealed with the city key (no names)")
    report.add_argument("--out", required=True, metavar="FILE.evacreport")
    report.add_argument("--pdf", metavar="FILE.pdf",
                        help="also the same numbers on one page in Japanese, for fax or phone")
    report.add_argument("--number-after", type=int, metavar="N",
                        help="headquarters holds report N of this shelter (this laptop replaced "
                             "another, or was set up again): number this report and the next "
                             "ones after it")
    report.add_argument("--drill", metavar="ID",
                        help="report from this drill's database: the report is marked as a "
                             "drill and headquarters keeps it apart")
    report.add_argument("--drill-db", metavar="FILE.sqlite", help=argparse.SUPPRESS)
    push = actions.add_parser("push", help="send a new status report to headquarters' "
                                           "PostgreSQL server (reports waiting from before "
                                           "first); kept and sent later when offline")
    push.add_argument("--database", metavar="postgresql://…",
                      help="the address 'hq add-shelter' printed for this shelter (remembered "
                           "for later pushes)")
    push.add_argument("--waiting-only", action="store_true",
                      help="make no new report: only send the ones waiting")
    push.add_argument("--drill", metavar="ID",
                      help="report from this drill's database (headquarters keeps it apart)")
    push.add_argument("--drill-db", metavar="FILE.sqlite", help=argparse.SUPPRESS)
    add_transfer_commands(actions)


def cmd_shelter(ctx, args: argparse.Namespace) -> int:
    if args.shelter_command in TRANSFER_COMMANDS:
        return _transfer(ctx, args)
    return {"setup": _setup, "report": _report,
            "push": _push}[args.shelter_command](ctx, args)


def _transfer(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.cli.registry import _open

    registry = _open(ctx, args)
    try:
        return run_transfer(ctx, args, registry)
    finally:
        registry.close()


def _setup(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.identity import set_up_shelter

    identity = set_up_shelter(ctx.writable_data_dir(), args.municipality, args.shelter_id,
                              args.name, Path(args.key))
    ctx.say("shelter_set_up", shelter=identity.shelter_id, name=identity.name,
            municipality=identity.municipality)
    return 0


def _report(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.cli.print_fonts import prepare_print_fonts
    from evac_toolkit.cli.registry import _drill_file, _open
    from evac_toolkit.core.hq.identity import shelter_identity
    from evac_toolkit.core.hq.report import make_report, write_report

    identity = shelter_identity(ctx.data_dir)
    out = Path(args.out)
    check_output(out)
    pdf = Path(args.pdf) if args.pdf else None
    if pdf is not None:
        check_output(pdf)
        prepare_print_fonts(ctx.ui_language)
    drill = _drill_file(ctx, args) is not None
    if args.number_after is not None:
        from evac_toolkit.core.hq.laptop import number_after

        following = number_after(ctx.writable_data_dir(), args.number_after)
        ctx.say("report_numbered_after", held=args.number_after, next=following)
    registry = _open(ctx, args)
    try:
        report = make_report(ctx.writable_data_dir(), identity, registry, drill=drill)
    finally:
        registry.close()
    write_report(out, identity.key, report)
    ctx.say("report_written", sequence=report.sequence, shelter=report.shelter_id,
            path=str(out))
    if pdf is not None:
        from evac_toolkit.core.hq.report_sheet import report_sheet

        report_sheet(report, pdf)
        ctx.say("wrote", path=str(pdf))
    if drill:
        print(ctx_message(ctx, "report_is_drill"), file=sys.stderr)
    return 0


def _push(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.cli.registry import _open
    from evac_toolkit.core.hq.identity import shelter_identity
    from evac_toolkit.core.hq.postgres import server_label
    from evac_toolkit.core.hq.push import push, remember_server, send_waiting, server_url
    from evac_toolkit.core.hq.report import make_report

    identity = shelter_identity(ctx.data_dir)
    url = server_url(ctx.data_dir, args.database)
    data_dir = ctx.writable_data_dir()
    if args.database:
        remember_server(data_dir, args.database)
    if args.waiting_only:
        result = send_waiting(data_dir, identity.key, url)
    else:
        registry = _open(ctx, args)
        try:
            result = push(data_dir, identity.key, url, lambda: make_report(
                data_dir, identity, registry, drill=bool(args.drill or args.drill_db)))
        finally:
            registry.close()
    server = server_label(url)
    if result.renumbered_after is not None:
        ctx.say("report_renumbered", shelter=identity.shelter_id, held=result.renumbered_after)
    for sent in result.sent:
        one = sent.report
        if sent.result == "older" and result.renumbered_after is not None:
            continue                          # superseded by the renumbered report, said above
        if sent.result == "older":
            print(ctx_message(ctx, "report_older", path=server, sequence=one.sequence,
                              shelter=one.shelter_id, held=sent.held), file=sys.stderr)
        else:
            ctx.say("report_pushed" if sent.result == "sent" else "report_already_held",
                    path=server, sequence=one.sequence, shelter=one.shelter_id)
    if result.last_sent_at:
        ctx.say("report_last_sent", time=result.last_sent_at[:16].replace("T", " "))
    if result.error is not None:
        error = result.error
        print(ctx_message(ctx, error.code, **error.params), file=sys.stderr)
    if result.waiting:
        print(ctx_message(ctx, "reports_waiting", count=result.waiting), file=sys.stderr)
        return 1
    return 0


def ctx_message(ctx, code: str, **params) -> str:
    from evac_toolkit.core.messages import message

    return message(code, ctx.ui_language, **params)
