"""Load a reviewed sheet back: validate every row, show what changes, apply it in one rename.

Changed strings become "reviewed" by the named reviewer on that date. A reviewer may also confirm a
string unchanged (status column "reviewed" / "確認済み") or leave a note on it. The result lives in
the data folder's overlay (``<data>/content/<code>.toml``); installed assets are never edited, and
the previous overlay is kept under ``history/`` so that nothing a reviewer did is lost.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.check import check_string, limits_of
from evac_toolkit.core.content.review_sheet import (
    ID,
    STATUS,
    STATUS_WORDS,
    TRANSLATION,
    Sheet,
    SheetProblem,
    SheetRow,
)
from evac_toolkit.core.content.toml_text import dump_text_file
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog

#: The message code naming each kind of change (core/messages.py), written out so that every
#: code is a literal the catalog check sees, never assembled from the kind.
CHANGE_CODES = {"changed": "change_changed", "confirmed": "change_confirmed",
                "noted": "change_noted"}


@dataclass(frozen=True)
class Change:
    key: str
    kind: str          # changed | confirmed | noted
    old: str
    new: str
    note: str
    #: "reviewer, date" when the change replaces a string a person already reviewed (an older
    #: sheet coming back late, or two interpreters on one language): shown, never silent.
    replaces_review: str = ""

    @property
    def code(self) -> str:
        """The message code that names this kind of change."""
        return CHANGE_CODES[self.kind]


@dataclass
class ImportPlan:
    language: str
    reviewer: str
    date: str
    changes: list[Change] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)
    unchanged: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


def _same(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


def plan_import(bank: ContentBank, sheet: Sheet, reviewer: str, *, language: str | None = None,
                today: dt.date | None = None) -> ImportPlan:
    """Compare the sheet with the current content; problems name line and column.

    ``reviewer`` may still be empty for a preview; ``apply_import`` insists on it.
    """
    reviewer = " ".join(reviewer.split())
    plan = ImportPlan(sheet.language, reviewer, (today or dt.date.today()).isoformat(),
                      problems=list(sheet.problems))
    target = {lang.code: lang for lang in catalog()}.get(sheet.language)
    if target is None:
        plan.problems.append(SheetProblem(1, TRANSLATION + 1, "sheet_unknown_language",
                                          sheet.language))
        return plan
    if language is not None and language != sheet.language:
        plan.problems.append(SheetProblem(1, TRANSLATION + 1, "sheet_language_mismatch",
                                          f"{sheet.language} != {language}"))
        return plan
    limits = limits_of(bank)
    seen: dict[str, int] = {}
    for row in sheet.rows:
        problems = _row_problems(bank, row, seen)
        if problems:
            plan.problems += problems
            continue
        current = bank.text(sheet.language, row.key) or ""
        provenance = bank.provenance(sheet.language, row.key)
        if not _same(row.translation, current):
            found = check_string(bank, target, row.key, row.translation, limits)
            plan.problems += [SheetProblem(row.line, TRANSLATION + 1, p.code, p.detail)
                              for p in found]
            if sheet.encoding == "cp932" and "?" in row.translation and "?" not in current:
                plan.problems.append(SheetProblem(row.line, TRANSLATION + 1,
                                                  "sheet_lost_characters"))
            replaces = (f"{provenance.by}, {provenance.date}"
                        if provenance and provenance.approved else "")
            plan.changes.append(Change(row.key, "changed", current, row.translation, row.notes,
                                       replaces))
        elif STATUS_WORDS.get(row.status.lower()) == "reviewed" and \
                (provenance is None or not provenance.approved):
            plan.changes.append(Change(row.key, "confirmed", current, current, row.notes))
        elif row.notes and not _same(row.notes, provenance.note if provenance else ""):
            plan.changes.append(Change(row.key, "noted", current, current, row.notes))
        else:
            plan.unchanged += 1
    plan.problems.sort(key=lambda p: (p.line, p.column))
    return plan


def _row_problems(bank: ContentBank, row: SheetRow, seen: dict[str, int]) -> list[SheetProblem]:
    if not row.key:
        return [SheetProblem(row.line, ID + 1, "sheet_empty_id")]
    if row.key not in bank.entries:
        return [SheetProblem(row.line, ID + 1, "sheet_unknown_id", row.key)]
    if row.key in seen:
        return [SheetProblem(row.line, ID + 1, "sheet_duplicate_id", str(seen[row.key]))]
    seen[row.key] = row.line
    problems = []
    if not row.translation:
        problems.append(SheetProblem(row.line, TRANSLATION + 1, "sheet_empty_translation"))
    if row.status and row.status.lower() not in STATUS_WORDS:
        problems.append(SheetProblem(row.line, STATUS + 1, "bad_status", row.status))
    return problems


def apply_import(bank: ContentBank, plan: ImportPlan) -> Path:
    """Write the plan into the overlay file in one atomic rename; return the overlay's path."""
    if plan.problems:
        raise ValueError("a plan with problems is never applied")
    if not plan.reviewer.strip():
        raise UserError("reviewer_required")
    path = bank.overlay_file(plan.language)
    if path is None:
        raise ValueError("the content bank has no overlay folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    raw: dict = {}
    if path.is_file():
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        _keep_history(path)
    texts: dict[str, str] = dict(raw.get("text", {}))
    provenance: dict[str, dict] = {k: dict(v) for k, v in raw.get("provenance", {}).items()}
    for change in plan.changes:
        texts[change.key] = change.new
        if change.kind == "noted":
            current = bank.provenance(plan.language, change.key)
            entry = {"status": current.status, "by": current.by, "date": current.date}
        else:
            entry = {"status": "reviewed", "by": plan.reviewer, "date": plan.date}
        entry["note"] = change.note
        provenance[change.key] = {k: v for k, v in entry.items() if v}
    meta = {"language": plan.language, "status": "reviewed",
            "note": "Strings reviewed by people and loaded with 'content import-review'; "
                    "each string's reviewer and date are in [provenance]."}
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(dump_text_file(meta, texts, provenance))
    return path


def _keep_history(path: Path) -> None:
    history = path.parent / "history"
    history.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    shutil.copy2(path, history / f"{path.stem}.{stamp}.toml")
