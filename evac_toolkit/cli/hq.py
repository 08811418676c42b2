"""``evac-toolkit hq ...``: the city's headquarters — its key (``keygen``), reports from the
shelters (``import``) and the city's status (``status``).

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
from evac_toolkit.cli.text_width import width as _width
from evac_toolkit.core import i18n


def hq_parser(sub) -> None:
    hq = sub.add_parser("hq", help="the city's headquarters: the city key, shelters' reports, "
                                   "the city's status")
    actions = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    keygen = actions.add_parser("keygen", help="make the city key (once per city); this laptop "
                                               "keeps a copy as headquarters")
    keygen.add_argument("--municipality", required=True, metavar="CODE",
                        help="the 6-digit local government code, e.g. 131016")
    keygen.add_argument("--out", required=True, metavar="CITY.key",
                        help="the key file to copy to every shelter laptop")
    imp = actions.add_parser("import", help="shelters' reports: files, or folders of "
                                            "*.evacreport (a USB stick)")
    imp.add_argument("items", nargs="+", metavar="FILE_OR_FOLDER")
    imp.add_argument("--key", metavar="CITY.key",
                     help="the city key (default: the one 'hq keygen' kept on this laptop)")
    status = actions.add_parser("status", help="each shelter's newest report and the totals")
    status.add_argument("--json", action="store_true")
    dispatch = actions.add_parser("dispatch", help="send the city's interpreters where they "
                                                   "cover the most people who need one")
    dispatch.add_argument("--interpreters", required=True, metavar="FILE.csv|FILE.xlsx",
                          help="columns 名前/Name, 言語/Languages and optionally シフト/Shift")
    dispatch.add_argument("--out", metavar="FILE.pdf", help="the plan on paper, in Japanese")
    dispatch.set_defaults(**PRINTS)
    dispatch.add_argument("--json", action="store_true", help="print the plan as data")
    signs = actions.add_parser("signs", help="a shelter's signs in the languages its people "
                                             "speak (from its newest report)")
    signs.add_argument("--shelter", required=True, metavar="ID")
    which = signs.add_mutually_exclusive_group()
    which.add_argument("--signs", metavar="ID,ID", help="these signs, in this order")
    which.add_argument("--category", metavar="C",
                       help="every sign of a category (default: every sign)")
    signs.add_argument("--paper", choices=("A4", "A3"), default="A4")
    signs.add_argument("--orientation", choices=("portrait", "landscape"), default="portrait")
    signs.add_argument("--out", required=True, metavar="FILE.pdf")
    signs.set_defaults(**PRINTS)
    setup = actions.add_parser("setup", help="put headquarters on a PostgreSQL server: its "
                                             "schema, an HQ role, row-level security")
    add_shelter = actions.add_parser("add-shelter", help="a shelter's own login on the "
                                                         "PostgreSQL server (prints its URL)")
    add_shelter.add_argument("shelter_id", metavar="ID", help="e.g. S001")
    add_shelter.add_argument("--host", metavar="HOST",
                             help="the server's name as shelters reach it (default: as given)")
    revoke = actions.add_parser("revoke-shelter", help="a shelter's login may no longer "
                                                       "log in (a lost laptop)")
    revoke.add_argument("shelter_id", metavar="ID", help="e.g. S001")
    for action in (imp, status, dispatch, signs):
        action.add_argument("--database", metavar="postgresql://…",
                            help="headquarters on this PostgreSQL server (default: "
                                 "$EVAC_TOOLKIT_HQ_DATABASE, else this laptop's own file)")
    for action in (setup, add_shelter, revoke):
        action.add_argument("--database", required=True, metavar="postgresql://…",
                            help="the server's administrator URL (a role that may create "
                                 "roles and tables)")


def cmd_hq(ctx, args: argparse.Namespace) -> int:
    return {"keygen": _keygen, "import": _import, "status": _status,
            "signs": _signs, "dispatch": _dispatch, "setup": _setup,
            "add-shelter": _add_shelter,
            "revoke-shelter": _revoke_shelter}[args.hq_command](ctx, args)


def _keygen(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.city_key import new_key, write_key
    from evac_toolkit.core.hq.identity import check_no_hq_key, store_hq_key

    city = new_key(args.municipality)
    out = Path(args.out)
    check_output(out)
    data_dir = ctx.writable_data_dir()
    check_no_hq_key(data_dir)
    write_key(out, city)
    store_hq_key(data_dir, city)
    ctx.say("city_key_written", municipality=city.municipality, path=str(out))
    return 0


def _import(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.database import open_hq
    from evac_toolkit.core.hq.identity import hq_key
    from evac_toolkit.core.hq.importing import import_reports, report_files
    from evac_toolkit.core.messages import message

    city = hq_key(ctx.data_dir, Path(args.key) if args.key else None)
    for item in map(Path, args.items):
        if item.is_dir() and not report_files([item]):
            ctx.say("hq_no_reports", path=str(item))
    files = report_files(args.items)
    conn = open_hq(ctx.writable_data_dir(), database=args.database)
    try:
        outcomes = import_reports(conn, city, files)
    finally:
        conn.close()
    refused = 0
    hinted: set[str] = set()
    for outcome in outcomes:
        report = outcome.report
        if outcome.result == "refused":
            refused += 1
            error = outcome.error
            print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
        elif outcome.result in ("older", "clash"):
            refused += 1
            code = "report_older" if outcome.result == "older" else "report_clash"
            print(message(code, ctx.ui_language, path=str(outcome.path),
                          sequence=report.sequence, shelter=report.shelter_id,
                          held=outcome.held), file=sys.stderr)
            if report.shelter_id not in hinted:       # what to do, once per shelter
                hinted.add(report.shelter_id)
                print(message("report_older_hint", ctx.ui_language, shelter=report.shelter_id,
                              held=outcome.held), file=sys.stderr)
        else:
            code = "report_imported" if outcome.result == "imported" else "report_already_held"
            ctx.say(code, path=str(outcome.path), sequence=report.sequence,
                    shelter=report.shelter_id)
    if refused:
        print(message("reports_not_imported", ctx.ui_language, count=refused), file=sys.stderr)
        return 1
    return 0


def _status(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.database import open_hq
    from evac_toolkit.core.hq.status import city_status

    conn = open_hq(ctx.data_dir, readonly=True, database=args.database)
    try:
        status = city_status(conn)
    finally:
        if conn is not None:
            conn.close()
    if args.json:
        # One line: a city's status is read by programs, and indenting it takes longer than
        # reading it from the database (300 shelters).
        print(json.dumps(status.as_dict(), ensure_ascii=False))
        return 0
    t = i18n.catalog(ctx.ui_language)
    if not status.shelters and not status.drill_shelters:
        print(t.pgettext("hq status", "No shelter has reported yet."))
        return 0
    _print_table(t, status.shelters, status.totals)
    if status.drill_shelters:
        print()
        print(t.pgettext("hq status", "Drill reports (not in the totals):"))
        _print_table(t, status.drill_shelters, status.drill_totals)
    return 0


def _dispatch(ctx, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from evac_toolkit.core.hq.database import open_hq
    from evac_toolkit.core.hq.dispatch import plan_dispatch
    from evac_toolkit.core.hq.interpreters import read_interpreters
    from evac_toolkit.core.hq.status import city_status

    interpreters = read_interpreters(Path(args.interpreters))
    out = Path(args.out) if args.out else None
    if out is not None:
        check_output(out)
    conn = open_hq(ctx.data_dir, readonly=True, database=args.database)
    try:
        shelters = city_status(conn).shelters
    finally:
        if conn is not None:
            conn.close()
    plans = plan_dispatch(interpreters, shelters)
    if args.json:
        print(json.dumps([asdict(plan) for plan in plans], ensure_ascii=False, indent=2))
    else:
        for plan in plans:
            for a in plan.assignments:
                print(f"{plan.shift}\t{a.shelter_id}\t{a.interpreter}\t"
                      f"{','.join(a.covers)}\t{sum(a.covers.values())}")
    if out is not None:
        from evac_toolkit.core.hq.dispatch_sheet import dispatch_sheet

        dispatch_sheet(plans, out)
    print(message_for(ctx, "hq_dispatch_done", covered=sum(p.covered for p in plans),
                      needing=sum(p.needing for p in plans), path=str(out or "-")),
          file=sys.stderr)
    return 0


def _setup(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.postgres import server_label
    from evac_toolkit.core.hq.server_roles import set_up_server

    login, version = set_up_server(args.database)
    ctx.say("hq_db_set_up", server=server_label(args.database), version=version,
            role=login.user)
    if login.password is not None:
        _print_login(ctx, login)
    return 0


def _add_shelter(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.server_roles import add_shelter

    login = add_shelter(args.database, args.shelter_id, host=args.host)
    ctx.say("hq_db_shelter_added", shelter=args.shelter_id, role=login.user)
    _print_login(ctx, login)
    return 0


def _revoke_shelter(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.hq.server_roles import revoke_shelter

    role = revoke_shelter(args.database, args.shelter_id)
    ctx.say("hq_db_shelter_revoked", shelter=args.shelter_id, role=role)
    return 0


def _print_login(ctx, login) -> None:
    """The connection details to enter elsewhere, one per line; the last line the URL."""
    t = i18n.catalog(ctx.ui_language)
    colon = t.pgettext("label separator", ": ")
    for label, value in ((t.pgettext("database login", "Server"), login.host),
                         (t.pgettext("database login", "Port"), str(login.port)),
                         (t.pgettext("database login", "Database"), login.database),
                         (t.pgettext("database login", "User"), login.user),
                         (t.pgettext("database login", "Password"), login.password or "")):
        print(f"{label}{colon}{value}")
    print(login.url)


def message_for(ctx, code: str, **params) -> str:
    from evac_toolkit.core.messages import message

    return message(code, ctx.ui_language, **params)


def _signs(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.hq.database import open_hq
    from evac_toolkit.core.hq.shelter_signs import sign_languages
    from evac_toolkit.core.language_names import LanguageNames
    from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
    from evac_toolkit.core.signs import list_signs, resolve_languages, sign_sheet

    conn = open_hq(ctx.data_dir, readonly=True, database=args.database)
    try:
        codes = sign_languages(conn, args.shelter)
    finally:
        if conn is not None:
            conn.close()
    languages = resolve_languages(codes)
    out = Path(args.out)
    check_output(out)
    bank = user_bank(ctx.data_dir)
    ids = ([i.strip() for i in args.signs.split(",") if i.strip()] if args.signs
           else [info.id for info in list_signs(bank, args.category)])
    sheets = [sign_sheet(bank, sign_id, languages) for sign_id in ids]
    write_sheets(sheets, out, PageSetup(args.paper, args.orientation))
    ctx.say("hq_signs_printed", shelter=args.shelter, path=str(out), pages=len(sheets),
            languages=LanguageNames(tuple(language.code for language in languages)))
    return 0


def _print_table(t, shelters: list, totals: dict) -> None:
    head = [t.pgettext("hq status", "Shelter"), t.pgettext("hq status", "Report"),
            t.pgettext("hq status", "Present"), t.pgettext("hq status", "Left"),
            t.pgettext("hq status", "Transferred"), t.pgettext("hq status", "Interpreter"),
            t.pgettext("hq status", "First languages")]
    stale = t.pgettext("hq status", "STALE")

    def row(label: str, report: str, counts: dict) -> list[str]:
        languages = ", ".join(f"{code} {count}" for code, count
                              in list(counts.get("languages", {}).items())[:5])
        return [label, report, str(counts.get("present", 0)), str(counts.get("left", 0)),
                str(counts.get("transferred", 0)), str(counts.get("interpreter_needed", 0)),
                languages]

    table = [head]
    for shelter in shelters:
        made = shelter.made_at[:16].replace("T", " ")
        table.append(row(f"{shelter.shelter_id} {shelter.shelter_name}",
                         f"#{shelter.sequence} {made}" + (f" {stale}" if shelter.stale else ""),
                         shelter.counts))
    table.append(row(t.pgettext("hq status", "Total"), "", totals))
    widths = [max(_width(line[i]) for line in table) for i in range(len(head))]
    for line in table:
        print("  ".join(cell + " " * (widths[i] - _width(cell))
                        for i, cell in enumerate(line)).rstrip())
