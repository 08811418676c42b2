"""``evac-toolkit registry ...``: the registry from the command line.

Core modules are imported inside each command, not at the top: the program starts and parses
its arguments without them (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evac_toolkit.cli.output_file import check_output
from evac_toolkit.core import i18n, sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def _drill_file(ctx, args: argparse.Namespace) -> Path | None:
    """The drill database ``--drill ID`` (or the hidden ``--drill-db FILE``) names; None for the
    real registry. A drill ID that does not exist is refused: opening it would create an empty
    registry file that no drill owns."""
    if getattr(args, "drill", None):
        from evac_toolkit.core.drills.session import drill_path

        path = drill_path(ctx.data_dir, args.drill)
        if not path.is_file():
            raise UserError("drill_unknown", drill=args.drill)
        return path
    if getattr(args, "drill_db", None):
        return Path(args.drill_db)
    return None


def _open(ctx, args: argparse.Namespace):
    from evac_toolkit.core.registry.database import REGISTRY_FILE
    from evac_toolkit.core.registry.store import Registry

    drill = _drill_file(ctx, args)
    if drill is None:
        ctx.writable_data_dir()
    registry = Registry(drill or ctx.data_dir / REGISTRY_FILE)
    # A crashed close or restore found and dealt with: said on stderr (stdout may be JSON).
    for code, params in registry.notices:
        print(message(code, ctx.ui_language, **params), file=sys.stderr)
    return registry


def _path(ctx, args: argparse.Namespace) -> Path:
    from evac_toolkit.core.registry.database import REGISTRY_FILE

    return _drill_file(ctx, args) or ctx.data_dir / REGISTRY_FILE


def run(ctx, args: argparse.Namespace) -> int:
    command = args.registry_command
    if command == "import-profiles":
        from evac_toolkit.cli.import_choices import list_profiles

        return list_profiles(ctx, args)
    if command in ("backups", "restore", "check"):
        return {"backups": _backups, "restore": _restore, "check": _check}[command](ctx, args)
    registry = _open(ctx, args)
    try:
        return COMMANDS[command](ctx, args, registry)
    except (*sqlite_open.Error, OSError) as exc:
        # Damage that only reading finds, or a disk that fills up while writing: one line.
        from evac_toolkit.core.registry.health import user_error

        problem = user_error(exc, registry.path, output=getattr(args, "out", None))
        if problem is None or isinstance(exc, BrokenPipeError):
            raise
        raise problem from exc
    finally:
        registry.close()


def _person_line(person, ctx, show_protected: bool) -> str:
    from evac_toolkit.core.registry import codes

    t = i18n.catalog(ctx.ui_language)
    name = person.display_name
    if person.do_not_disclose and not show_protected:
        # Translators: the Japanese stays beside the translation, so that Japanese staff
        # reading over a volunteer's shoulder know the person is protected.
        name = t.pgettext("person list", "(保護 protected)")
    reading = f" ({person.name_reading})" if person.name_reading and name == person.display_name \
        else ""
    needs = [codes.label("diets", c, ctx.ui_language) for c in person.diets]
    needs += [codes.label("allergens", c, ctx.ui_language) for c in person.allergens]
    needs += [codes.label("medical", c, ctx.ui_language) for c in person.medical]
    where = [codes.label("body_parts", c, ctx.ui_language) for c in person.body_parts]
    if person.pain_level is not None:
        where.append(t.pgettext("person list", "pain {level}/10").format(level=person.pain_level))
    if where:
        needs.append(f"({', '.join(where)})")
    interpreter = " " + t.pgettext("person list", "interpreter") \
        if person.interpreter_needed else ""
    return (f"{person.card_id}  {name}{reading}  [{','.join(person.languages)}]"
            f"{interpreter}  {' '.join(needs)}  {codes.label('status', person.status, ctx.ui_language)}")


def _add(ctx, args, registry) -> int:
    person = registry.add({
        "display_name": args.name, "name_reading": args.reading,
        "languages": _codes(args.languages), "japanese_ability": args.japanese,
        "interpreter_needed": args.interpreter, "nationality": args.nationality,
        "diets": _codes(args.diets), "allergens": _codes(args.allergens),
        "medical": _codes(args.medical), "religious": _codes(args.religious),
        "body_parts": _codes(args.body_parts), "pain_level": args.pain,
        "area": args.area, "notes": args.notes, "consent_share": args.consent,
        "do_not_disclose": args.do_not_disclose,
    })
    if args.json:
        print(json.dumps(person.__dict__, ensure_ascii=False, indent=2))
    else:
        ctx.say("registry_added", card=person.card_id)
    return 0


def _list(ctx, args, registry) -> int:
    from evac_toolkit.core.registry import disclosure

    # No name finds a protected person; the card ID they hold does.
    people = disclosure.with_card_holder(
        registry, args.search, registry.search(args.search, language=args.language,
                                               need=args.need, present_only=args.present))
    if args.json:
        shown = people if args.show_protected else \
            [disclosure.exported(person, keep_card=True) for person in people]
        print(json.dumps([person.__dict__ for person in shown], ensure_ascii=False, indent=2))
        return 0
    for person in people if args.show_protected else disclosure.listed_all(people):
        print(_person_line(person, ctx, args.show_protected))
    ctx.say("registry_count", count=len(people))
    return 0


def _stats(ctx, args, registry) -> int:
    from evac_toolkit.core.languages import catalog
    from evac_toolkit.core.registry import codes

    stats = registry.stats()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
        return 0
    names = {lang.code: lang for lang in catalog()}
    t = i18n.catalog(ctx.ui_language)
    capacity = f" / {stats.capacity}" if stats.capacity else ""
    print(t.pgettext("registry statistics", "Present: {count}").format(count=stats.present)
          + capacity)
    print(t.pgettext("registry statistics", "Languages (primary):"))
    for code, count in stats.by_language:
        lang = names.get(code)
        label = f"{lang.japanese} / {lang.native}" if lang else code
        print(f"  {label}: {count}")
    print(t.pgettext("registry statistics", "Need an interpreter: {count}")
          .format(count=stats.interpreter_needed))
    print(t.pgettext("registry statistics", "Japanese:"))
    for level, count in stats.japanese_ability.items():
        print(f"  {codes.label('japanese_ability', level, ctx.ui_language)}: {count}")
    for kind, title in (("diets", t.pgettext("registry statistics", "Diets:")),
                        ("allergens", t.pgettext("registry statistics", "Allergens:")),
                        ("medical", t.pgettext("registry statistics", "Medical:")),
                        ("religious", t.pgettext("registry statistics", "Religious needs:"))):
        counts = getattr(stats, kind)
        if counts:
            print(title)
            for code, count in counts.items():
                print(f"  {codes.label(kind, code, ctx.ui_language)}: {count}")
    return 0


def _import(ctx, args, registry) -> int:
    from evac_toolkit.cli import import_choices
    from evac_toolkit.core.registry.csv_io import import_preview, listed_duplicates, read_csv
    from evac_toolkit.core.registry.sheet_files import file_format

    # --map, --value and --profile: the coordinator's choices (checked before the file is read).
    mapping, values, profile = import_choices.chosen(ctx, args)
    preview = read_csv(Path(args.file), registry, mapping, sheet=args.sheet, values=values)
    import_choices.remember(ctx, args, profile)
    if preview.problems:
        for problem in preview.problems:
            where = message("sheet_where", ctx.ui_language, line=problem.line,
                            column=problem.column) if problem.column else \
                message("sheet_where_line", ctx.ui_language, line=problem.line)
            reason = message(problem.code, ctx.ui_language, **problem.params)
            # Line 0: the file as a whole (not a list at all, no such sheet).
            where = f"{where}: " if problem.line else ""
            print(f"{Path(args.file).name}: {where}{reason}", file=sys.stderr)
        print(message("import_rejected", ctx.ui_language, count=len(preview.problems)),
              file=sys.stderr)
        import_choices.hint(ctx, preview)
        return 1
    # Skipped (the same person) and imported but to check (maybe the same), as the file reads;
    # protected people's rows are counted, never listed.
    skipped = set(map(id, preview.duplicates))
    for duplicate in listed_duplicates(preview):
        print(message("import_duplicate" if id(duplicate) in skipped else "import_possible",
                      ctx.ui_language, line=duplicate.line,
                      reason=duplicate.describe(ctx.ui_language)))
    if len(preview.sheets) > 1 and args.sheet is None:
        ctx.say("import_sheet_chosen", sheet=preview.sheet, count=len(preview.sheets),
                sheets="、".join(preview.sheets))
    ctx.say("import_summary", new=len(preview.records), duplicates=len(preview.duplicates),
            encoding=file_format(preview.encoding, preview.sheet, ctx.ui_language))
    if preview.possible_duplicates:
        ctx.say("import_possible_summary", count=len(preview.possible_duplicates))
    if preview.passed_over:
        ctx.say("import_passed_over", lines=", ".join(map(str, preview.passed_over)),
                count=len(preview.passed_over))
    if args.dry_run:
        ctx.say("review_not_applied")
        return 0
    result = import_preview(registry, preview)
    ctx.say("import_done", count=result.imported, backup=str(result.backup or "-"))
    return 0


def _export(ctx, args, registry) -> int:
    from evac_toolkit.core.registry.csv_io import export_csv
    from evac_toolkit.core.registry.unencodable import (
        ENCODING_NAMES,
        REFUSE,
        REPLACE,
        UnencodableError,
    )

    out = Path(args.out)
    check_output(out)
    encoding = "cp932" if args.encoding == "cp932" else "utf-8-sig"
    try:
        result = export_csv(registry, out, encoding=encoding, redact=args.redact,
                            present_only=args.present,
                            unencodable=REPLACE if args.replace_unencodable else REFUSE)
    except UnencodableError as refused:
        # The file's content, not the command, is the problem: exit 1 as a refused import does.
        print(message(refused.code, ctx.ui_language, **refused.params), file=sys.stderr)
        return 1
    ctx.say("export_done", path=str(out), count=result.people)
    if result.replaced_cells:
        ctx.say("export_replaced", cells=result.replaced_cells, people=result.replaced_people,
                encoding=ENCODING_NAMES[encoding])
    return 0


def _printout(ctx, args, registry) -> int:
    from evac_toolkit.core.registry import printouts

    out = Path(args.out)
    check_output(out)
    command = args.registry_command
    # Printed from a drill's database, every page says so (訓練 DRILL).
    drill = bool(getattr(args, "drill", None) or getattr(args, "drill_db", None))
    if command == "card":
        printouts.needs_card(registry, args.id, out, size=args.size, drill=drill,
                             language=printouts.staff_language(ctx.ui_language))
    elif command == "kitchen":
        printouts.kitchen_sheet(registry, out, meal=args.meal, include_names=args.names,
                                drill=drill,
                                languages=printouts.kitchen_languages(ctx.ui_language))
    else:
        printouts.handover_sheet(registry, out, drill=drill,
                                 language=printouts.staff_language(ctx.ui_language))
    ctx.say("wrote", path=str(out))
    return 0


def _backup(ctx, args, registry) -> int:
    from evac_toolkit.core.registry.backup import take_backup

    backup = take_backup(registry.path, "manual")
    ctx.say("backup_done", path=str(backup.path))
    return 0


def _backups(ctx, args) -> int:
    from evac_toolkit.core.registry.backup import list_backups

    for backup in list_backups(_path(ctx, args)):
        print(f"{backup.taken:%Y-%m-%d %H:%M:%S}  {backup.reason:24}  {backup.path}")
    return 0


def _restore(ctx, args) -> int:
    from evac_toolkit.core.registry.backup import restore

    path = _path(ctx, args)
    source = Path(args.file)
    if not source.is_file():
        raise UserError("backup_damaged", path=str(source), reason="not found")
    safety = restore(path, source)
    ctx.say("restore_done", path=str(source),
            safety=str(safety.path) if safety else "-")
    return 0


def _check(ctx, args) -> int:
    from evac_toolkit.core.registry.health import check_file, damaged, storage_error

    path = _path(ctx, args)
    if not path.exists():
        ctx.say("registry_empty", path=str(path))
        return 0
    # Read only: a write-protected folder or a full disk says so, and never makes a healthy
    # file look damaged.
    try:
        rows = check_file(path, thorough=True)
    except (*sqlite_open.Error, OSError) as exc:
        raise storage_error(exc, path) from exc
    if not rows:
        ctx.say("registry_ok", path=str(path))
        return 0
    for row in rows[:20]:
        print(row, file=sys.stderr)
    problem = damaged(path, f"{len(rows)} problem(s)")
    print(message(problem.code, ctx.ui_language, **problem.params), file=sys.stderr)
    return 1


def _close(ctx, args, registry) -> int:
    from evac_toolkit.core.registry.closing import archive_path, close_shelter

    if any(code == "close_resumed" for code, _params in registry.notices):
        return 0                    # the interrupted close was this one, finished on opening
    archive = Path(args.archive) if args.archive else archive_path(ctx.data_dir)
    if not args.yes:
        ctx.say("close_confirm", people=registry.count(), archive=str(archive))
        return 1
    result = close_shelter(registry, archive)
    ctx.say("close_done", archive=str(result["archive"]), people=result["people"],
            backups=result["backups_removed"])
    return 0


COMMANDS = {"add": _add, "list": _list, "stats": _stats, "import": _import, "export": _export,
            "card": _printout, "kitchen": _printout, "handover": _printout, "backup": _backup,
            "close-shelter": _close}
