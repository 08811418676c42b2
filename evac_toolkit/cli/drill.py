"""``evac-toolkit drill ...``: run an evacuation drill from the command line.

A trainer prints role cards, starts a drill (its own database, never the real registry), sends
role players in (``arrive``), lets the volunteers register them with ``registry ... --drill ID``,
ends the drill and prints the after-action report.

Core modules are imported inside each command, not at the top: the program starts and parses
its arguments without them (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evac_toolkit.cli.output_file import check_output
from evac_toolkit.cli.print_fonts import PRINTS
from evac_toolkit.core import i18n
from evac_toolkit.core.errors import UserError


def drill_parser(sub) -> None:
    """The ``drill`` command and its actions (argparse only: nothing heavy is imported here)."""
    drill = sub.add_parser("drill", help="evacuation drills: role cards, a drill database, "
                                         "the after-action report")
    actions = drill.add_subparsers(dest="drill_command", metavar="ACTION", required=True)
    scenarios = actions.add_parser("scenarios", help="the scenarios, built-in and the trainer's")
    scenarios.add_argument("--json", action="store_true")
    cards = actions.add_parser("cards", help="role cards (role player's pages and the trainer's "
                                             "answer key) as one PDF")
    cards.add_argument("--scenario", action="append", required=True, metavar="ID",
                       help="a scenario ID; repeat for several")
    cards.add_argument("--out", required=True, metavar="FILE.pdf")
    cards.set_defaults(**PRINTS)
    start = actions.add_parser("start", help="start a drill; prints its ID")
    start.add_argument("--scenario", action="append", required=True, metavar="ID",
                       help="a scenario ID; repeat for several")
    start.add_argument("--title", default="", help="e.g. 第1回 外国人対応訓練")
    start.add_argument("--trainer", default="", metavar="NAME")
    arrive = actions.add_parser("arrive", help="a role player walks in: start their clock")
    arrive.add_argument("--drill", required=True, metavar="ID")
    arrive.add_argument("--scenario", required=True, metavar="ID")
    end = actions.add_parser("end", help="end a drill")
    end.add_argument("--drill", required=True, metavar="ID")
    listing = actions.add_parser("list", help="the drills run on this computer, newest first")
    listing.add_argument("--json", action="store_true")
    report = actions.add_parser("report", help="the after-action report: PDF, text or JSON")
    report.add_argument("--drill", required=True, metavar="ID")
    report.add_argument("--out", metavar="FILE.pdf", help="write the report as a PDF")
    report.set_defaults(**PRINTS)
    report.add_argument("--json", action="store_true", help="print the report as data")
    report.add_argument("--ui-language", choices=i18n.available_languages(),
                        help="the report's language (default: the program's)")


def cmd_drill(ctx, args: argparse.Namespace) -> int:
    return {"scenarios": _scenarios, "cards": _cards, "start": _start, "arrive": _arrive,
            "end": _end, "list": _list, "report": _report}[args.drill_command](ctx, args)


def _library(ctx):
    from evac_toolkit.core.drills.scenarios import list_scenarios

    return list_scenarios(ctx.data_dir)


def _chosen(ctx, ids: list[str]) -> list:
    """The scenarios named, in the order given; an unknown ID is refused before any work."""
    library = _library(ctx)
    chosen = []
    for scenario_id in ids:
        scenario = library.get(scenario_id)
        if scenario is None:
            raise UserError("drill_unknown_scenario", scenario=scenario_id)
        chosen.append(scenario)
    return chosen


def _scenarios(ctx, args) -> int:
    from evac_toolkit.core.drills.wording import authored

    library = _library(ctx)
    rows = [{"id": s.id, "language": s.language,
             "title": authored(s.title_ja, s.title_en, ctx.ui_language),
             "title_ja": s.title_ja, "title_en": s.title_en, "persona": s.persona.alias,
             "source": s.source, "status": s.provenance.status} for s in library]
    problems = [{"file": p.file, "code": p.code, "message": p.message(ctx.ui_language)}
                for p in library.problems]
    if args.json:
        print(json.dumps({"scenarios": rows, "problems": problems}, ensure_ascii=False,
                         indent=2))
    else:
        for row in rows:
            print(f"{row['id']:40} {row['language']:9} {row['source']:8} {row['persona']:10} "
                  f"{row['title']}")
    for problem in problems:
        print(problem["message"], file=sys.stderr)
    return 1 if problems and not rows else 0


def _cards(ctx, args) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.drills.role_cards import write_all_role_cards

    scenarios = _chosen(ctx, args.scenario)
    out = Path(args.out)
    check_output(out)
    write_all_role_cards(scenarios, out, bank=user_bank(ctx.data_dir))
    ctx.say("wrote", path=str(out))
    return 0


def _start(ctx, args) -> int:
    from evac_toolkit.core.drills.session import start_drill

    scenarios = _chosen(ctx, args.scenario)
    session = start_drill(ctx.writable_data_dir(), scenarios, title=args.title,
                          trainer=args.trainer)
    session.close()
    # The ID alone, so that a script can keep it: ID=$(evac-toolkit drill start ...)
    print(session.id)
    return 0


def _open(ctx, drill_id: str):
    from evac_toolkit.core.drills.session import open_drill

    return open_drill(ctx.data_dir, drill_id)


def _arrive(ctx, args) -> int:
    session = _open(ctx, args.drill)
    try:
        if not session.running:
            raise UserError("drill_already_ended", drill=session.id)
        event = session.persona_arrived(args.scenario)
        alias = next(plan.alias for plan in session.plans
                     if plan.scenario_id == args.scenario)
    finally:
        session.close()
    ctx.say("drill_arrived", alias=alias, scenario=args.scenario,
            minutes=round(event.elapsed / 60))
    return 0


def _end(ctx, args) -> int:
    session = _open(ctx, args.drill)
    try:
        session.end()
        minutes = round(session.elapsed() / 60)
    finally:
        session.close()
    ctx.say("drill_end_done", drill=session.id, minutes=minutes)
    return 0


def _list(ctx, args) -> int:
    from evac_toolkit.core.drills.session import list_drills

    drills = list_drills(ctx.data_dir)
    if args.json:
        print(json.dumps([vars(info) for info in drills], ensure_ascii=False, indent=2))
        return 0
    if not drills:
        ctx.say("drill_none")
    running = i18n.catalog(ctx.ui_language).pgettext("drill end time", "running")
    for info in drills:
        ended = info.ended_at[:16].replace("T", " ") if info.ended_at else running
        print(f"{info.id:24} {info.started_at[:16].replace('T', ' ')} → {ended:16} "
              f"{info.personas:2}  {info.title}")
    return 0


def _report(ctx, args) -> int:
    from evac_toolkit.core.drills.report import build_report
    from evac_toolkit.core.drills.report_pdf import report_data, report_text, write_report_pdf

    language = args.ui_language or ctx.ui_language
    out = Path(args.out) if args.out else None
    if out is not None:
        check_output(out)
    session = _open(ctx, args.drill)
    try:
        report = build_report(session)
    finally:
        session.close()
    if out is not None:
        write_report_pdf(report, out, language)
    if args.json:
        print(json.dumps(report_data(report, language), ensure_ascii=False, indent=2))
    elif out is None:
        print("\n".join(report_text(report, language)))
    if out is not None:
        # Beside --json, stdout stays pure JSON: the note goes to stderr.
        from evac_toolkit.core.messages import message

        print(message("wrote", ctx.ui_language, path=str(out)),
              file=sys.stderr if args.json else sys.stdout)
    return 0
