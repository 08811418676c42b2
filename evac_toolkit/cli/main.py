"""``evac-toolkit``: argument parsing and dispatch.

Core modules are imported inside each command, not at the top: the program starts and parses
its arguments without them (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from evac_toolkit import __version__
from evac_toolkit.cli import import_choices, unlock
from evac_toolkit.cli.drill import cmd_drill, drill_parser
from evac_toolkit.cli.hq import cmd_hq, hq_parser
from evac_toolkit.cli.output_file import check_output
from evac_toolkit.cli.print_fonts import PRINTS, needs_print_fonts, prepare_print_fonts
from evac_toolkit.cli.registry import run as run_registry
from evac_toolkit.cli.shelter import cmd_shelter, shelter_parser
from evac_toolkit.cli.text_width import width as _width
from evac_toolkit.cli.translate import cmd_packs, cmd_translate, packs_parser, translate_parser
from evac_toolkit.core import i18n, paths, sqlite_open
from evac_toolkit.core.errors import UserError, os_reason
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.settings import Settings, effective_ui_language, recover_settings

EXIT_USAGE = 2


class Context:
    """What every command gets: the data folder and the language to talk in."""

    def __init__(self, data_dir: Path, ui_language: str) -> None:
        self.data_dir = data_dir
        self.ui_language = ui_language
        i18n.set_language(ui_language)

    def say(self, code: str, **params: object) -> None:
        print(message(code, self.ui_language, **params))

    def writable_data_dir(self) -> Path:
        from evac_toolkit.core.atomic import ensure_writable_dir

        try:
            return ensure_writable_dir(self.data_dir)
        except OSError as exc:
            code, params = os_reason(exc)
            raise UserError("data_dir_unwritable", path=str(self.data_dir),
                            reason=message(code, self.ui_language, **params)) from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evac-toolkit",
        description="Offline language toolkit for evacuation centers. "
                    "With no command, starts the desktop program.")
    parser.add_argument("--version", action="version", version=f"evac-toolkit {__version__}")
    parser.add_argument("--ui-language", dest="interface_language",
                        choices=i18n.available_languages(),
                        help="the interface language for this run (default: Settings, then the "
                             "system locale)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"folder for the registry, packs, backups and settings "
                             f"(default: ${paths.ENV_HOME} or the platform's user-data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="start the desktop program (the default)")

    languages = sub.add_parser("languages", help="print the language catalog")
    languages.add_argument("--json", action="store_true", help="machine-readable output")

    from evac_toolkit.ui.sections import SCREENSHOT_VIEWS

    shot = sub.add_parser("screenshot", help="render a view offscreen to a PNG file")
    shot.add_argument("--view", required=True, metavar="NAME",
                      help=f"one of: {', '.join(SCREENSHOT_VIEWS)}")
    shot.add_argument("--ui-language", choices=i18n.available_languages())
    shot.add_argument("--language", metavar="CODE", help="the evacuee's language to show")
    shot.add_argument("--size", default="1280x800", metavar="WxH",
                      help="the screen's size in pixels; the picture is exactly this size, and "
                           "a view that does not fit is an error (default: 1280x800)")
    shot.add_argument("--out", required=True, metavar="FILE.png")

    fonts = sub.add_parser("fonts", help="print fonts: prepare instances, print a sample sheet")
    fonts_sub = fonts.add_subparsers(dest="fonts_command", metavar="ACTION", required=True)
    fonts_sub.add_parser("prepare", help="derive the static regular/bold fonts used for printing")
    sample = fonts_sub.add_parser("sample", help="a PDF with one sentence in every language")
    sample.add_argument("--out", required=True, metavar="FILE.pdf")
    sample.set_defaults(**PRINTS)
    signs = sub.add_parser("signs", help="multilingual signs: list them, print them as PDF")
    signs_sub = signs.add_subparsers(dest="signs_command", metavar="ACTION", required=True)
    signs_list = signs_sub.add_parser("list", help="sign IDs with their Japanese and English")
    signs_list.add_argument("--category", metavar="C", help="facility, rule, promise, emergency")
    signs_list.add_argument("--search", metavar="TEXT", help="Japanese, reading, English or ID")
    signs_list.add_argument("--json", action="store_true")
    signs_print = signs_sub.add_parser("print", help="a PDF with one sign per page")
    which = signs_print.add_mutually_exclusive_group()
    which.add_argument("--signs", metavar="ID,ID", help="these signs, in this order")
    which.add_argument("--category", metavar="C", help="every sign of a category")
    which.add_argument("--all", action="store_true", help="every sign")
    _sheet_options(signs_print)

    notice = sub.add_parser("notice", help="notices with filled-in slots (time, place...)")
    notice_sub = notice.add_subparsers(dest="notice_command", metavar="ACTION", required=True)
    notice_list = notice_sub.add_parser("list", help="templates and their slots")
    notice_list.add_argument("--json", action="store_true")
    notice_print = notice_sub.add_parser("print", help="print a notice as PDF")
    notice_print.add_argument("--template", required=True, metavar="ID")
    notice_print.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                              help="a slot value, e.g. --set time=18:00 --set place=体育館 "
                                   "--set date=12/7 (also 2026/12/7, 12月7日, 令和8年12月7日; "
                                   "times also 18時5分, 午後6時); a place from 'notice places' "
                                   "(place=gym or its Japanese name) prints in each language's "
                                   "own words")
    notice_print.add_argument("--reading", action="append", default=[], metavar="NAME=LATIN",
                              help="a typed place's reading in Latin letters, printed for the "
                                   "languages that do not read Japanese script, e.g. "
                                   "--set place=北校舎 --reading place=Kita-kosha")
    _sheet_options(notice_print)
    notice_places = notice_sub.add_parser("places", help="common shelter places for place slots")
    notice_places.add_argument("--json", action="store_true")

    _registry_parser(sub)
    unlock.passphrase_parser(sub)
    drill_parser(sub)
    shelter_parser(sub)
    hq_parser(sub)
    translate_parser(sub)
    packs_parser(sub)

    board = sub.add_parser("board", help="fingerboards (指さしボード): print a booklet")
    board_sub = board.add_subparsers(dest="board_command", metavar="ACTION", required=True)
    booklet = board_sub.add_parser("print", help="the boards for one language, with Japanese")
    booklet.add_argument("--language", required=True, metavar="CODE")
    booklet.add_argument("--paper", choices=("A4", "A3"), default="A4")
    booklet.add_argument("--drill", action="store_true", help="mark every page as a drill")
    booklet.add_argument("--out", required=True, metavar="FILE.pdf")
    booklet.set_defaults(**PRINTS)

    content = sub.add_parser("content", help="curated content: check it, send it for review")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_sub.add_parser("check", help="missing strings, placeholders, glyphs, furigana, "
                                                 "lengths, duplicate IDs; exit 1 on any problem")
    check.add_argument("--language", metavar="CODE")
    export = content_sub.add_parser(
        "export-review", help="one language's strings as a sheet for a community interpreter")
    export.add_argument("--language", required=True, metavar="CODE")
    export.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx",
                        help="CSV in UTF-8 with BOM (opens in Japanese Excel), or .xlsx")
    review = content_sub.add_parser(
        "import-review", help="load a reviewed sheet: validate, show the changes, apply them")
    review.add_argument("file", metavar="FILE", help="the sheet (CSV or .xlsx)")
    review.add_argument("--reviewer", required=True, metavar="NAME",
                        help="who reviewed it, recorded with every changed string")
    review.add_argument("--language", metavar="CODE",
                        help="refuse the sheet unless it is for this language")
    review.add_argument("--dry-run", action="store_true", help="show the changes, apply nothing")
    return parser


def _registry_parser(sub) -> None:
    registry = sub.add_parser("registry", help="the evacuees' language needs (local SQLite)")
    actions = registry.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="register a person (a name, reading or language "
                                         "at the least)")
    add.add_argument("--name", default="", help="name or alias")
    add.add_argument("--reading", default="", help="reading in kana")
    add.add_argument("--languages", default="", metavar="CODE,CODE", help="primary first")
    add.add_argument("--japanese", default="unknown",
                     choices=("none", "easy", "conversational", "fluent", "unknown"),
                     help="Japanese ability; unknown (the default) when nobody asked")
    add.add_argument("--interpreter", action="store_true", help="needs an interpreter")
    add.add_argument("--nationality", default="")
    for name in ("diets", "allergens", "medical", "religious"):
        add.add_argument(f"--{name}", default="", metavar="CODE,CODE")
    add.add_argument("--body-parts", default="", metavar="CODE,CODE",
                     help="where it hurts, body-map codes (knee_right,ankle_left)")
    add.add_argument("--pain", type=int, default=None, metavar="0-10", help="pain level")
    add.add_argument("--area", default="", help="area or room in the shelter")
    add.add_argument("--notes", default="")
    add.add_argument("--consent", action="store_true", help="may be shared with the municipality")
    add.add_argument("--do-not-disclose", action="store_true",
                     help="protected person: never named on printouts, lists or exports, "
                          "and found by card ID only")
    add.add_argument("--json", action="store_true")
    listing = actions.add_parser("list", help="people, searched and filtered")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="name, reading or card ID (a protected person: card ID only)")
    listing.add_argument("--language", metavar="CODE")
    listing.add_argument("--need", metavar="KIND:CODE",
                         help="diets:halal, allergens:egg, medical:dialysis, interpreter")
    listing.add_argument("--present", action="store_true", help="only people present now")
    listing.add_argument("--show-protected", action="store_true",
                         help="show the names of do-not-disclose people")
    listing.add_argument("--json", action="store_true")
    stats = actions.add_parser("stats", help="who is here: languages, needs, counts")
    stats.add_argument("--json", action="store_true")
    imp = actions.add_parser("import", help="add people from a list: CSV (UTF-8, UTF-8 BOM, "
                             "CP932), Excel's Unicode text or an .xlsx workbook")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME",
                     help="the workbook's sheet to read (default: its first visible sheet)")
    imp.add_argument("--dry-run", action="store_true", help="check and show, import nothing")
    import_choices.add_arguments(imp)
    actions.add_parser("import-profiles", help="the saved import profiles (registry import "
                       "--profile NAME)")
    exp = actions.add_parser("export", help="a CSV of everyone (UTF-8 with BOM for Excel)")
    exp.add_argument("--out", required=True, metavar="FILE.csv")
    exp.add_argument("--encoding", choices=("utf-8", "cp932"), default="utf-8")
    exp.add_argument("--replace-unencodable", action="store_true",
                     help="with cp932: write \"?\" for characters it cannot hold (Burmese, ễ, "
                          "emoji) instead of refusing")
    exp.add_argument("--redact", action="store_true", help="leave names and notes out")
    exp.add_argument("--present", action="store_true", help="only people present now")
    card = actions.add_parser("card", help="a needs card (codes only in its QR, no name)")
    card.add_argument("--id", required=True, metavar="ID")
    card.add_argument("--size", choices=("A6", "label"), default="A6")
    card.add_argument("--out", required=True, metavar="FILE.pdf")
    card.set_defaults(**PRINTS)
    kitchen = actions.add_parser("kitchen", help="diet and allergen counts for a meal")
    kitchen.add_argument("--meal", default="", help="e.g. 夕食 / dinner")
    kitchen.add_argument("--names", action="store_true", help="list who needs what")
    kitchen.add_argument("--out", required=True, metavar="FILE.pdf")
    kitchen.set_defaults(**PRINTS)
    handover = actions.add_parser("handover", help="the shift hand-over sheet, in Japanese")
    handover.add_argument("--out", required=True, metavar="FILE.pdf")
    handover.set_defaults(**PRINTS)
    actions.add_parser("backup", help="a verified backup now")
    actions.add_parser("backups", help="list the backups, newest first")
    restore = actions.add_parser("restore", help="replace the registry with a backup")
    restore.add_argument("file", metavar="BACKUP.sqlite")
    actions.add_parser("check", help="integrity check; exit 1 when damaged")
    close = actions.add_parser("close-shelter",
                               help="write an archive, then wipe the live data and backups")
    close.add_argument("--archive", metavar="FILE.sqlite",
                       help="default: archives/ in the data folder")
    close.add_argument("--yes", action="store_true", help="really do it")
    for parser in actions.choices.values():
        parser.add_argument("--drill", metavar="ID",
                            help="work on this drill's own database (see 'drill list'), "
                                 "never the real registry; printouts carry the drill band")
        parser.add_argument("--drill-db", metavar="FILE.sqlite", help=argparse.SUPPRESS)


def _sheet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--languages", metavar="CODE,CODE",
                        help="printed languages, Japanese always first, at most 6 "
                             "(default: the preset in Settings)")
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4")
    parser.add_argument("--orientation", choices=("portrait", "landscape"), default="portrait")
    parser.add_argument("--drill", action="store_true", help="mark every page as a drill printout")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.set_defaults(**PRINTS)


def _print_sheets(ctx: Context, args: argparse.Namespace, build) -> int:
    """Resolve languages, build every sheet (all errors before any file), write the PDF."""
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.printing.sheets import PageSetup, write_sheets
    from evac_toolkit.core.signs import resolve_languages

    codes = (args.languages.split(",") if args.languages
             else Settings.load(ctx.data_dir).preset_languages)
    languages = resolve_languages([c for c in codes if c.strip()])
    out = Path(args.out)
    check_output(out)
    sheets = build(user_bank(ctx.data_dir), languages)
    _, printed = write_sheets(sheets, out, PageSetup(args.paper, args.orientation))
    print(qr_summary(ctx.ui_language, sheets, printed), file=sys.stderr)
    ctx.say("printed", path=str(out), pages=len(sheets))
    return 0


def qr_summary(language: str, sheets: list, printed: list[dict]) -> str:
    """One line for the whole run on what the QR codes hold, naming the page that holds fewest."""
    total = max((len(sheet.qr_texts) for sheet in sheets), default=0)
    short = [(len(info["qr_languages"]), sheet.id) for sheet, info in zip(sheets, printed,
                                                                         strict=True)
             if len(info["qr_languages"]) < len(sheet.qr_texts)]
    if not short:
        return message("qr_summary_complete", language, pages=len(sheets), total=total)
    fewest, sheet_id = min(short)
    if len(sheets) == 1:
        return message("qr_summary_one_short", language, inside=fewest, total=total)
    return message("qr_summary_short", language, count=len(short), pages=len(sheets),
                   total=total, fewest=fewest, id=sheet_id)


def cmd_signs(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.signs import list_signs, sign_sheet

    bank = user_bank(ctx.data_dir)
    if args.signs_command == "list":
        found = list_signs(bank, args.category, args.search)
        if args.json:
            print(json.dumps([vars(info) for info in found], ensure_ascii=False, indent=2))
        else:
            for info in found:
                print(f"{info.id:34} {info.category:10} {info.japanese}  /  {info.english}")
        return 0
    if args.signs:
        ids = [i.strip() for i in args.signs.split(",") if i.strip()]
    elif args.category or args.all:
        ids = [info.id for info in list_signs(bank, args.category)]
    else:
        raise UserError("no_signs_chosen")
    return _print_sheets(ctx, args, lambda bank, languages: [
        sign_sheet(bank, sign_id, languages, drill=args.drill) for sign_id in ids])


def cmd_notice(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.signs import notice_sheet

    if args.notice_command == "list":
        bank = user_bank(ctx.data_dir)
        rows = [{"id": n["id"], "category": n["category"], "slots": n.get("slots", {}),
                 "japanese": bank.text("ja", n["id"]), "english": bank.text("en", n["id"])}
                for n in bank.notices]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            for row in rows:
                slots = " ".join(f"{k}={v}" for k, v in row["slots"].items())
                print(f"{row['id']:30} {slots:40} {row['japanese']}")
        return 0
    if args.notice_command == "places":
        return _list_places(user_bank(ctx.data_dir), args.json)
    values = _name_values(args.set)
    readings = _name_values(args.reading)
    return _print_sheets(ctx, args, lambda bank, languages: [
        notice_sheet(bank, args.template, values, languages, drill=args.drill,
                     readings=readings)])


def _name_values(items: list[str]) -> dict[str, str]:
    """NAME=VALUE options as a dict."""
    values = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError("bad_set_option", value=item)
        values[name.strip()] = value
    return values


def _list_places(bank, as_json: bool) -> int:
    from evac_toolkit.core.places import PREFIX, place_ids

    rows = [{"id": place_id, "short": place_id.removeprefix(PREFIX),
             "japanese": bank.text("ja", place_id), "english": bank.text("en", place_id)}
            for place_id in place_ids(bank)]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(f"{row['short']:18} {row['japanese']:10} {row['english']}")
    return 0


def cmd_board(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.languages import get_language
    from evac_toolkit.core.printing.booklet import write_booklet

    language = get_language(args.language)
    out = Path(args.out)
    check_output(out)
    write_booklet(user_bank(ctx.data_dir), language, out, paper=args.paper, drill=args.drill)
    ctx.say("wrote", path=str(out))
    return 0


def cmd_registry(ctx: Context, args: argparse.Namespace) -> int:
    return run_registry(ctx, args)


def cmd_content(ctx: Context, args: argparse.Namespace) -> int:
    if args.content_command == "export-review":
        return _export_review(ctx, args)
    if args.content_command == "import-review":
        return _import_review(ctx, args)
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.content.check import check, languages_to_check

    languages = languages_to_check(args.language)
    bank = user_bank(ctx.data_dir)
    problems = check(bank, languages)
    for problem in problems:
        reason = message(problem.code, ctx.ui_language, **problem.message_params)
        print(f"{problem.file}: {problem.key or '-'}: {reason}")
    if problems:
        ctx.say("content_problems", count=len(problems))
        return 1
    ctx.say("content_ok", languages=len(languages), strings=len(bank.entries) * len(languages))
    return 0


def _export_review(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.content.review_sheet import write_sheet
    from evac_toolkit.core.languages import get_language

    get_language(args.language)
    out = Path(args.out)
    check_output(out)
    write_sheet(user_bank(ctx.data_dir), args.language, out)
    ctx.say("wrote", path=str(out))
    return 0


def _import_review(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.content.review_import import apply_import, plan_import
    from evac_toolkit.core.content.review_sheet import UNREADABLE, SheetRejectedError, read_sheet

    if not args.reviewer.strip():
        raise UserError("reviewer_required")
    path = Path(args.file)
    bank = user_bank(ctx.data_dir)
    try:
        sheet = read_sheet(path)
    except SheetRejectedError as rejected:
        shown = _report_sheet_problems(ctx, path, rejected.problems)
        # A file that cannot be read at all is bad input (exit 2); rows to correct, exit 1.
        return 2 if all(problem.code in UNREADABLE for problem in rejected.problems) else shown
    plan = plan_import(bank, sheet, args.reviewer, language=args.language)
    if plan.problems:
        return _report_sheet_problems(ctx, path, plan.problems)
    for change in plan.changes:
        print(f"{change.key}  [{message(change.code, ctx.ui_language)}]")
        if change.kind == "changed":
            print(f"  - {change.old}")
            print(f"  + {change.new}")
            if change.replaces_review:
                print("  ! " + message("replaces_review", ctx.ui_language,
                                       who=change.replaces_review))
        if change.note:
            print(f"  # {change.note}")
    ctx.say("review_summary", language=plan.language, changed=plan.count("changed"),
            confirmed=plan.count("confirmed"), noted=plan.count("noted"),
            unchanged=plan.unchanged)
    if args.dry_run or not plan.changes:
        ctx.say("review_not_applied")
        return 0
    ctx.writable_data_dir()
    written = apply_import(bank, plan)
    ctx.say("review_applied", path=str(written), reviewer=plan.reviewer)
    return 0


def _report_sheet_problems(ctx: Context, path: Path, problems: list) -> int:
    for problem in problems:
        reason = message(problem.code, ctx.ui_language, detail=problem.detail)
        where = message("sheet_where", ctx.ui_language, line=problem.line, column=problem.column) \
            if problem.column else message("sheet_where_line", ctx.ui_language, line=problem.line)
        print(f"{path.name}: {where}: {reason}", file=sys.stderr)
    print(message("review_rejected", ctx.ui_language, count=len(problems)), file=sys.stderr)
    return 1


def cmd_languages(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.languages import catalog
    from evac_toolkit.core.translation.installed import installed_pairs, partners
    from evac_toolkit.core.translation.routes import models_with

    pairs = installed_pairs(ctx.data_dir)
    bank = user_bank(ctx.data_dir)
    rows = []
    for lang in catalog():
        cov = bank.coverage(lang.code)
        rows.append({
            "code": lang.code, "native": lang.native, "japanese": lang.japanese,
            "script": lang.script, "direction": lang.direction, "font": lang.font,
            "curated_strings": cov.present, "reviewed_strings": cov.reviewed,
            "argos_code": lang.argos, "mt_installed_with": partners(lang.argos, pairs),
            # Many-to-many models with this language (names), and those writing it too.
            "mt_models": [m.name for m in models_with(lang.code, ctx.data_dir)],
            "mt_models_into": [m.name for m in models_with(lang.code, ctx.data_dir)
                               if lang.code in m.targets],
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    head = [i18n.pgettext("languages table", "code"), i18n.pgettext("languages table", "native"),
            i18n.pgettext("languages table", "japanese"),
            i18n.pgettext("languages table", "script"), i18n.pgettext("languages table", "dir"),
            i18n.pgettext("languages table", "font"),
            i18n.pgettext("languages table", "curated (reviewed)"),
            i18n.pgettext("languages table", "machine translation")]
    table = [head]
    for row in rows:
        # As the window's Languages table says it: a model only reading this language is named so.
        models = [name if name in row["mt_models_into"]
                  else i18n._("%1 (from this language only)").replace("%1", name)
                  for name in row["mt_models"]]
        if row["mt_installed_with"] or models:
            mt = ", ".join([*(["↔ " + ", ".join(row["mt_installed_with"])]
                              if row["mt_installed_with"] else []), *models])
        elif row["argos_code"]:
            mt = i18n.pgettext("languages table", "no pack installed")
        else:
            mt = i18n.pgettext("languages table", "no model exists")
        curated = (f"{row['curated_strings']} ({row['reviewed_strings']})"
                   if row["curated_strings"] else i18n.pgettext("languages table", "none"))
        table.append([row["code"], row["native"], row["japanese"], row["script"],
                      row["direction"], row["font"], curated, mt])
    widths = [max(_width(r[i]) for r in table) for i in range(len(head))]
    for r in table:
        print("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(r))
              .rstrip())
    return 0


def cmd_screenshot(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core.languages import get_language
    from evac_toolkit.ui.sections import SCREENSHOT_VIEWS

    if args.view not in SCREENSHOT_VIEWS:
        raise UserError("unknown_view", name=args.view, choices=", ".join(SCREENSHOT_VIEWS))
    if args.language:
        get_language(args.language)
    out = Path(args.out)
    check_output(out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _require_gui(need_display=False)
    width, _, height = args.size.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 320 <= int(width) <= 8192
            and 240 <= int(height) <= 8192):
        raise UserError("bad_screen_size", value=args.size)
    from evac_toolkit.core import shelter_key
    from evac_toolkit.ui.screenshot import render_view

    # A script's picture of the registry unlocked (as the window would be once the passphrase
    # is given): only with the script's passphrase and a data folder that has a key.
    if os.environ.get(shelter_key.ENV_PASSPHRASE) and shelter_key.exists(ctx.data_dir):
        unlock.unlock(ctx)
    render_view(ctx.data_dir, view=args.view, out=out,
                ui_language=args.ui_language or ctx.ui_language,
                language=args.language, size=(int(width), int(height)))
    ctx.say("wrote", path=str(out))
    return 0


def cmd_fonts(ctx: Context, args: argparse.Namespace) -> int:
    from evac_toolkit.core import fonts

    if args.fonts_command == "prepare":
        fonts.prepare(progress=lambda done, total, name: ctx.say(
            "fonts_preparing", done=done, total=total, name=name))
        ctx.say("fonts_ready")
        return 0
    out = Path(args.out)
    check_output(out)
    from evac_toolkit.core.printing.samples import write_sample_sheet

    write_sample_sheet(out)
    ctx.say("wrote", path=str(out))
    return 0


def cmd_gui(ctx: Context, args: argparse.Namespace) -> int:
    # The window explains a data folder it cannot write and offers another (nobody reads the
    # console of a program started from the desktop), so only Qt is checked here.
    _require_gui(need_display=True, ui_language=ctx.ui_language)
    from evac_toolkit.ui.app import run_gui

    return run_gui(ctx.data_dir, remember_data_dir=paths.data_dir_is_default(args.data_dir),
                   ui_language=args.interface_language)


def _require_gui(need_display: bool, ui_language: str = "en") -> None:
    """Raise the first problem that keeps Qt from starting; for the desktop program on Windows,
    which has no console, it is also shown in the system's message box."""
    from evac_toolkit.preflight import check_gui, tell_without_console

    problem = check_gui(need_display=need_display)
    if problem:
        code, params = problem
        if need_display:
            tell_without_console(gui_message(code, ui_language, **params))
        raise UserError(code, **params)


COMMANDS = {"gui": cmd_gui, "languages": cmd_languages, "screenshot": cmd_screenshot,
            "fonts": cmd_fonts, "content": cmd_content, "signs": cmd_signs,
            "notice": cmd_notice, "registry": cmd_registry, "board": cmd_board,
            "translate": cmd_translate, "packs": cmd_packs, "drill": cmd_drill,
            "passphrase": unlock.cmd_passphrase, "shelter": cmd_shelter, "hq": cmd_hq}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    # An unusable settings.json ("[]", broken JSON) is set aside and said once, on stderr so
    # that a command's output stays as scripts expect it.
    settings_notice = recover_settings(data_dir)
    ctx = Context(data_dir, args.interface_language
                  or effective_ui_language(Settings.load(data_dir)))
    if settings_notice:
        print(message(settings_notice.code, ctx.ui_language, **settings_notice.params),
              file=sys.stderr)
    try:
        if needs_print_fonts(args):
            prepare_print_fonts(ctx.ui_language)
        if unlock.needs_key(args, ctx.data_dir):
            unlock.unlock(ctx)
        try:
            return COMMANDS[args.command or "gui"](ctx, args)
        finally:
            unlock.tell_notices(ctx)
    except UserError as error:
        print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `evac-toolkit languages | head`: the reader left, not an error
        sys.stderr.close()
        return 0
    except (*sqlite_open.Error, OSError) as exc:
        # A full or failing disk anywhere (a drill's database, a review sheet's files): one line.
        from evac_toolkit.core.registry.health import storage_error, storage_failure

        if not storage_failure(exc):
            raise
        error = storage_error(exc, getattr(exc, "filename", None) or data_dir)
        print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
        return EXIT_USAGE
