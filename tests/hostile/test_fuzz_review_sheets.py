"""Fuzzed review sheets for ``content import-review``: whatever comes back from a community
interpreter, reading and checking it ends in listed problems (line, column, code) or a
``UserError``, never an exception of any other kind.

Hypothesis starts from a real review sheet of the real content (``sheet_rows``), changes its
cells (hostile translations, statuses, IDs, formulas, line breaks, very long text), saves it as
Excel and LibreOffice do (CSV in UTF-8 with or without BOM, CP932, UTF-16 "Unicode text",
.xlsx), and then damages some of the files: cut short, a byte flipped, an .xlsx without its
worksheet or with broken XML.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from list_files import workbook

from evac_toolkit.cli.main import main
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.review_import import plan_import
from evac_toolkit.core.content.review_sheet import SheetRejectedError, read_sheet, sheet_rows
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message

EXAMPLES = int(os.environ.get("EVAC_FUZZ_EXAMPLES", "0")) or (
    2000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 100)
# No "explain" phase: on a failure it re-runs a sheet hundreds of times (over a minute).
FUZZ = settings(max_examples=EXAMPLES, deadline=None, report_multiple_bugs=False,
                phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
TEXT = st.text(st.characters(codec="utf-8"), max_size=60)
HOSTILE = ["=HYPERLINK(\"x\")", "+1", "@x", "-1", "- bullet", "\"", "a\nb", "\r", "\t", "\x00",
           "{name}", "{", "}", "{0}", "%s", "\u202e", "\ufeff", "?", "x" * 3000, "reviewed",
           "確認済み", "draft", "machine", "ok", "bogus", "", " "]
CELL = st.one_of(TEXT, st.sampled_from(HOSTILE))


@pytest.fixture(scope="module")
def bank() -> ContentBank:
    return ContentBank()


@pytest.fixture(scope="module")
def base_rows(bank) -> list[list[str]]:
    return sheet_rows(bank, "vi")


@st.composite
def sheets(draw, base: list[list[str]]) -> list[list[str]]:
    """A sheet as an interpreter may send it back: some rows, some cells changed, the header
    sometimes touched, rows sometimes short or long."""
    header = list(base[0])
    if draw(st.integers(0, 9)) == 0:
        header[draw(st.integers(0, len(header) - 1))] = draw(CELL)
    picked = draw(st.lists(st.integers(1, len(base) - 1), max_size=15))
    rows = [header]
    for index in picked:
        row = list(base[index])
        for _ in range(draw(st.integers(0, 3))):
            row[draw(st.integers(0, len(row) - 1))] = draw(CELL)
        if draw(st.integers(0, 14)) == 0:
            row = row[:draw(st.integers(0, len(row)))] if draw(st.booleans()) \
                else row + [draw(CELL)]
        rows.append(row)
    return rows


def _csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _xlsx(rows: list[list[str]], path: Path) -> bytes:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # what a workbook cannot hold

    workbook(path, {"review vi": [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in row]
                                  for row in rows]})
    # The same bytes for the same rows (hypothesis replays examples): no save times.
    return _rezip(path.read_bytes(), lambda name, body: re.sub(
        rb"<dcterms:(created|modified)[^<]*</dcterms:\1>", b"", body)
        if name == "docProps/core.xml" else body)


def encoded(draw, rows: list[list[str]], folder: Path) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16", "xlsx"]))
    if kind == "xlsx":
        return ".xlsx", _xlsx(rows, folder / "made.xlsx")
    if kind == "utf-16":
        return ".txt", _csv(rows, "\t").encode("utf-16")
    return ".csv", _csv(rows, ",").encode(kind, errors="replace")


def _rezip(data: bytes, change) -> bytes:
    """The .xlsx with its members passed through ``change(name, bytes)`` (None drops one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            changed = change(info.filename, source.read(info))
            if changed is not None:
                fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 0, 0, 0))
                target.writestr(fixed, changed, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def damaged(draw, suffix: str, data: bytes) -> bytes:
    how = draw(st.sampled_from(["cut", "flip", "bytes"] + (
        ["no worksheet", "broken xml", "no workbook part"] if suffix == ".xlsx" else [])))
    event(f"{suffix} {how}")
    if how == "cut":
        return data[:draw(st.integers(0, max(0, len(data) - 1)))]
    if how == "flip":
        at = draw(st.integers(0, len(data) - 1))
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    if how == "bytes":
        return draw(st.binary(max_size=2000))
    if how == "no worksheet":
        return _rezip(data, lambda name, body: None if "worksheets/" in name else body)
    if how == "broken xml":
        return _rezip(data, lambda name, body: body[:len(body) // 2]
                      if "worksheets/" in name else body)
    return _rezip(data, lambda name, body: None if name == "xl/workbook.xml" else body)


def _check(path: Path, bank: ContentBank) -> None:
    """Reading and checking the sheet ends in problems, never an unexpected exception."""
    try:
        sheet = read_sheet(path)
    except SheetRejectedError as rejected:
        event("rejected")
        assert rejected.problems
        for problem in rejected.problems:
            for language in ("en", "ja"):
                assert not message(problem.code, language, detail=problem.detail).startswith(
                    f"{problem.code}:"), problem
        return
    except UserError:
        event("user error")
        return
    plan = plan_import(bank, sheet, "Reviewer")
    event("problems" if plan.problems else "changes" if plan.changes else "unchanged")
    for problem in plan.problems:
        assert problem.line >= 0 and problem.column >= 0
        for language in ("en", "ja"):
            assert not message(problem.code, language, detail=problem.detail).startswith(
                f"{problem.code}:"), problem


@FUZZ
@given(data=st.data())
def test_a_fuzzed_review_sheet_gives_problems_never_a_traceback(data, bank, base_rows,
                                                                  tmp_path):
    rows = data.draw(sheets(base_rows))
    suffix, raw = encoded(data.draw, rows, tmp_path)
    path = tmp_path / f"sheet{suffix}"
    path.write_bytes(raw)
    _check(path, bank)


@FUZZ
@given(data=st.data())
def test_a_damaged_review_sheet_gives_problems_never_a_traceback(data, bank, base_rows,
                                                                 tmp_path):
    rows = data.draw(sheets(base_rows))
    suffix, raw = encoded(data.draw, rows, tmp_path)
    path = tmp_path / f"sheet{suffix}"
    path.write_bytes(damaged(data.draw, suffix, raw))
    _check(path, bank)


def test_the_command_refuses_a_damaged_sheet_in_lines_not_a_traceback(bank, base_rows,
                                                                      tmp_path, capsys):
    """End to end once: a sheet cut short, through ``content import-review``."""
    path = tmp_path / "cut.csv"
    path.write_bytes(_csv(base_rows[:30], ",").encode("utf-8-sig")[:-200])
    code = main(["content", "import-review", str(path), "--reviewer", "R", "--dry-run"])
    err = capsys.readouterr().err
    assert code in (0, 1, 2) and "Traceback" not in err
