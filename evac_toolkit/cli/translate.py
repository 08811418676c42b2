"""``evac-toolkit translate`` and ``evac-toolkit packs ...``: translation from the command line.

Only argparse here at import: the translation core (Argos, CTranslate2) loads when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evac_toolkit.core import i18n
from evac_toolkit.core.messages import message
from evac_toolkit.core.settings import TRANSLATION_ROUTES


def translate_parser(sub) -> None:
    parser = sub.add_parser(
        "translate", help="translate a text: curated phrases first, else the installed packs "
                          "or many-to-many models",
        description="Exit status 1 when a target language could not be translated.")
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--from", dest="source", required=True, metavar="CODE",
                        help="the text's language (catalog code, e.g. ja)")
    parser.add_argument("--to", dest="targets", action="append", required=True, metavar="CODE",
                        help="a target language; repeat for several (--to vi --to my)")
    parser.add_argument("--route", choices=TRANSLATION_ROUTES, default=None,
                        help="which machine translation comes first when several could: "
                             "auto (a pack made for the pair, else a many-to-many model, else "
                             "packs through English), many_to_many, argos (default: the "
                             "setting, auto unless changed)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def packs_parser(sub) -> None:
    packs = sub.add_parser("packs", help="machine-translation packs: install from a file or USB "
                                         "stick, list, remove, verify (never downloads)")
    actions = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    install = actions.add_parser("install", help="install a .argosmodel file, or every pack in "
                                                 "a folder (a USB stick)")
    install.add_argument("source", metavar="FILE_OR_FOLDER")
    install.add_argument("--replace", action="store_true",
                         help="replace the installed pack of the same language pair (without "
                              "it such a pack is refused and the installed one kept)")
    listing = actions.add_parser("list", help="the installed packs")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove the pack for a language pair")
    remove.add_argument("from_code", metavar="FROM")
    remove.add_argument("to_code", metavar="TO")
    actions.add_parser("verify", help="re-check the installed packs' files; exit 1 on a problem")


# -- translate ----------------------------------------------------------------------------------
def _provenance_line(result, language: str) -> str:
    from evac_toolkit.core.translation.service import format_pairs

    if result.provenance == "curated":
        if result.is_content_source:
            return message("provenance_source", language, key=result.curated_key)
        if result.review == "reviewed":
            return message("provenance_reviewed", language, key=result.curated_key,
                           reviewer=result.reviewer, date=result.reviewed_at or "?")
        if result.review == "machine":
            return message("provenance_stored_machine", language, key=result.curated_key)
        return message("provenance_draft", language, key=result.curated_key)
    if result.provenance == "machine_pivot":
        return message("provenance_machine_pivot", language, route=format_pairs(result.route))
    if result.provenance == "machine":
        return message("provenance_machine_direct", language,
                       engine=result.model_name or "Argos")
    # Japanese runs two sentences on without a space.
    return i18n.catalog(language).pgettext("two sentences", "{first} {second}").format(
        first=message("provenance_unavailable", language),
        second=message(result.reason, language, **result.reason_params))


def _json_row(result) -> dict:
    """One result for ``--json``: ``review`` says how far to trust it (draft | reviewed |
    machine; null when nothing was translated), with the reviewer and date when reviewed;
    ``route_kind`` how the machine translated it (argos | argos_pivot | many_to_many) and
    ``model`` the many-to-many model's name (null otherwise)."""
    row = {"text": result.text, "provenance": result.provenance,
           "review": result.review or None, "source": result.source, "target": result.target,
           "curated_key": result.curated_key,
           "packs_needed": [list(pair) for pair in result.packs_needed],
           "route": [list(pair) for pair in result.route], "warnings": list(result.warnings),
           "reason": result.reason or None, "route_kind": result.route_kind or None,
           "model": result.model_name or None}
    if result.review == "reviewed":
        row["reviewer"] = result.reviewer
        row["reviewed_at"] = result.reviewed_at or None
    return row


def cmd_translate(ctx, args: argparse.Namespace) -> int:
    from evac_toolkit.core import ruby
    from evac_toolkit.core.translation.service import translate

    results = [translate(args.text, args.source, target, data_dir=ctx.data_dir,
                         preference=args.route)
               for target in args.targets]
    if args.json:
        print(json.dumps([_json_row(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for result in results:
            text = ruby.inline(result.text) if result.target == "ja-x-easy" else result.text
            print(f"[{result.target}] {text}".rstrip())
            print("    " + _provenance_line(result, ctx.ui_language))
            for flag in result.warnings:
                if flag != "curated_machine":        # the provenance line says so already
                    print("    ! " + message(flag, ctx.ui_language))
    return 1 if any(r.provenance == "unavailable" for r in results) else 0


# -- packs --------------------------------------------------------------------------------------
def cmd_packs(ctx, args: argparse.Namespace) -> int:
    return {"install": _install, "list": _list, "remove": _remove,
            "verify": _verify}[args.packs_command](ctx, args)


def _progress_printer():
    """A percentage on one terminal line; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, name: str) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{name} {done * 100 // max(total, 1):3d}%", end=end, file=sys.stderr,
              flush=True)

    return show


def _install(ctx, args) -> int:
    from evac_toolkit.core.translation.packs import install

    ctx.writable_data_dir()
    outcomes = install(Path(args.source), ctx.data_dir, progress=_progress_printer(),
                       replace=args.replace)
    for outcome in outcomes:
        if outcome.ok:
            pack = outcome.pack
            ctx.say("pack_installed", from_code=pack.from_code, to_code=pack.to_code,
                    from_name=pack.from_name, to_name=pack.to_name,
                    version=pack.package_version)
            if outcome.replaced is not None:
                ctx.say("pack_replaced", version=outcome.replaced.package_version or "?")
        else:
            error = outcome.error
            print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
    failed = sum(not outcome.ok for outcome in outcomes)
    if len(outcomes) > 1:
        ctx.say("packs_install_summary", installed=len(outcomes) - failed, failed=failed)
    # A refused pack (damaged, hostile, mislabelled, already installed) is bad input: exit 2.
    return 2 if failed else 0


def _list(ctx, args) -> int:
    from evac_toolkit.core.translation.packs import list_packs

    found = list_packs(ctx.data_dir)
    if args.json:
        print(json.dumps([{**vars(pack), "path": str(pack.path)} for pack in found],
                         ensure_ascii=False, indent=2))
        return 0
    if not found:
        ctx.say("packs_none")
        return 0
    for pack in found:
        print(f"{pack.from_code} → {pack.to_code}  {pack.from_name} → {pack.to_name}  "
              f"v{pack.package_version}  {pack.name}  {pack.installed_at}  {pack.source_name}"
              .rstrip())
    return 0


def _remove(ctx, args) -> int:
    from evac_toolkit.core.translation.packs import remove

    ctx.writable_data_dir()
    pack = remove(ctx.data_dir, args.from_code, args.to_code)
    ctx.say("pack_removed", from_code=pack.from_code, to_code=pack.to_code, name=pack.name)
    return 0


def _verify(ctx, args) -> int:
    from evac_toolkit.core.translation.packs import verify

    checks = verify(ctx.data_dir)
    if not checks:
        ctx.say("packs_none")
        return 0
    problems = 0
    for check in checks:
        if check.ok:
            ctx.say("pack_ok", name=check.name)
        for problem in check.problems:
            problems += 1
            print(message(problem.code, ctx.ui_language, **problem.params), file=sys.stderr)
    if problems:
        print(message("packs_verify_problems", ctx.ui_language, count=problems), file=sys.stderr)
        return 1
    ctx.say("packs_verify_ok", count=len(checks))
    return 0
