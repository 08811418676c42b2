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
    packs = sub.add_parser("packs", help="machine-translation packs and many-to-many models: "
                                         "install from a file or USB stick, list, remove, "
                                         "verify (never downloads)")
    actions = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    install = actions.add_parser(
        "install", help="install a .argosmodel file, a many-to-many model folder (M2M-100, "
                        "NLLB-200) or a zip of one, or every pack and model in a folder (a USB "
                        "stick)")
    install.add_argument("source", metavar="FILE_OR_FOLDER")
    install.add_argument("--replace", action="store_true",
                         help="replace the installed pack of the same language pair, or the "
                              "installed model of the same folder name (without it such a "
                              "pack or model is refused and the installed one kept)")
    install.add_argument("--accept-licence", action="store_true",
                         help="accept a model's licence when the folder names none or it "
                              "forbids commercial use (NLLB-200: CC-BY-NC-4.0); asked once "
                              "per model")
    listing = actions.add_parser("list", help="the installed packs and models")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove the pack for a language pair (FROM TO), "
                                               "or a many-to-many model by name")
    remove.add_argument("names", nargs="+", metavar="FROM TO | MODEL")
    actions.add_parser("verify", help="re-check the installed packs' and models' files; exit 1 "
                                      "on a problem")


# -- translate ----------------------------------------------------------------------------------
def _provenance_line(result, language: str) -> str:
    from evac_toolkit.core.translation.service import engine_name, format_pairs

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
                       engine=engine_name(result, language))
    # Japanese runs two sentences on without a space.
    return i18n.catalog(language).pgettext("two sentences", "{first} {second}").format(
        first=message("provenance_unavailable", language),
        second=message(result.reason, language, **result.reason_params))


def _json_row(result) -> dict:
    """One result for ``--json``: ``review`` says how far to trust it (draft | reviewed |
    machine; null when nothing was translated), with the reviewer and date when reviewed;
    ``route_kind`` how the machine translated it (argos | argos_pivot | many_to_many) and
    ``model`` the many-to-many model's name (null otherwise), ``converted_from`` the language
    it wrote when its output was converted into the target (zh-Hans for zh-Hant; else null)."""
    row = {"text": result.text, "provenance": result.provenance,
           "review": result.review or None, "source": result.source, "target": result.target,
           "curated_key": result.curated_key,
           "packs_needed": [list(pair) for pair in result.packs_needed],
           "route": [list(pair) for pair in result.route], "warnings": list(result.warnings),
           "reason": result.reason or None, "route_kind": result.route_kind or None,
           "model": result.model_name or None,
           "converted_from": result.converted_from or None}
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


def _say_lines(ctx, lines, indent: str = "    ") -> None:
    for code, params in lines:
        print(indent + message(code, ctx.ui_language, **params))


def _model_outcome(ctx, outcome) -> None:
    from evac_toolkit.core.translation.model_install import language_lines
    from evac_toolkit.core.translation.model_licence import licence_lines

    if not outcome.ok:
        error = outcome.error
        print(message(error.code, ctx.ui_language, **error.params), file=sys.stderr)
        return
    model = outcome.model
    ctx.say("model_installed", name=model.name, folder=model.path.name)
    if outcome.replaced:
        ctx.say("model_replaced")
    _say_lines(ctx, licence_lines(outcome.licence, model.family) + language_lines(model))


def _pack_outcome(ctx, outcome) -> None:
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


def _install(ctx, args) -> int:
    from evac_toolkit.core.translation.model_install import ModelOutcome
    from evac_toolkit.core.translation.pack_sources import install

    ctx.writable_data_dir()
    outcomes = install(Path(args.source), ctx.data_dir, progress=_progress_printer(),
                       accept_licence=True if args.accept_licence else None,
                       replace=args.replace)
    for outcome in outcomes:
        if isinstance(outcome, ModelOutcome):
            _model_outcome(ctx, outcome)
        else:
            _pack_outcome(ctx, outcome)
    failed = sum(not outcome.ok for outcome in outcomes)
    if len(outcomes) > 1:
        ctx.say("packs_install_summary", installed=len(outcomes) - failed, failed=failed)
    # A refused pack (damaged, hostile, mislabelled, already installed) is bad input: exit 2.
    return 2 if failed else 0


def _model_row(model) -> dict:
    return {"kind": "many_to_many", "name": model.name, "folder": model.path.name,
            "family": model.family, "licence": model.licence,
            "non_commercial": model.non_commercial, "sources": sorted(model.sources),
            "targets": sorted(model.targets), "converted": dict(sorted(model.converted.items())),
            "lacking": list(model.lacking()),
            "size": model.size, "path": str(model.path)}


def _list(ctx, args) -> int:
    from evac_toolkit.core.translation.many_to_many import list_models
    from evac_toolkit.core.translation.model_install import language_lines
    from evac_toolkit.core.translation.packs import list_packs

    found = list_packs(ctx.data_dir)
    models = list_models(ctx.data_dir)
    if args.json:
        print(json.dumps([{"kind": "argos", **vars(pack), "path": str(pack.path)}
                          for pack in found] + [_model_row(model) for model in models],
                         ensure_ascii=False, indent=2))
        return 0
    if not found and not models:
        ctx.say("packs_none")
        return 0
    for pack in found:
        print(f"{pack.from_code} → {pack.to_code}  {pack.from_name} → {pack.to_name}  "
              f"v{pack.package_version}  {pack.name}  {pack.installed_at}  {pack.source_name}"
              .rstrip())
    for model in models:
        print(f"{model.name}  {model.licence or '?'}  {model.size / 1024**2:,.0f} MB  "
              f"{model.path.name}")
        _say_lines(ctx, language_lines(model))
        if model.non_commercial:
            _say_lines(ctx, [("model_non_commercial", {})])
    return 0


def _remove(ctx, args) -> int:
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.translation.model_install import remove_model
    from evac_toolkit.core.translation.packs import remove

    ctx.writable_data_dir()
    if len(args.names) == 2:
        try:
            pack = remove(ctx.data_dir, *args.names)
        except UserError as error:
            if error.code != "pack_not_installed":
                raise
            try:       # a model's name of two words, not quoted
                name = remove_model(ctx.data_dir, " ".join(args.names))
            except UserError:
                raise error from None
            ctx.say("model_removed", name=name)
            return 0
        ctx.say("pack_removed", from_code=pack.from_code, to_code=pack.to_code, name=pack.name)
        return 0
    name = remove_model(ctx.data_dir, " ".join(args.names))
    ctx.say("model_removed", name=name)
    return 0


def _verify(ctx, args) -> int:
    from evac_toolkit.core.translation import model_install
    from evac_toolkit.core.translation.packs import verify

    checks = verify(ctx.data_dir) + model_install.verify(ctx.data_dir)
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
