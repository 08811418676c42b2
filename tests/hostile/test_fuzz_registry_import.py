"""Fuzzed lists for the registry import: whatever the file, reading it gives a preview with
problems (line, column, code) or a ``UserError``, never an exception of any other kind; a
preview without problems imports all its records or none; and every problem is worded in both
languages.

Hypothesis builds the files from what real lists hold (our headers and the synonyms offices
use, languages, dates, yes/no words in kana, kanji and English) mixed with hostile text
(quotes, line breaks, NULs, formulas, lone combining marks, very long cells), then encodes
them as offices save them (UTF-8 with or without BOM, CP932, Excel's UTF-16 "Unicode text",
.xlsx) and sometimes cuts the bytes short or flips one. Raw bytes are tried too.

Set HYPOTHESIS_PROFILE=thorough to run many more examples than CI does.
"""

from __future__ import annotations

import io
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from list_files import workbook

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.messages import message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry.csv_io import (
    IMPORT_FIELDS,
    import_preview,
    read_csv,
)
from evac_toolkit.core.registry.import_vocabulary import HEADERS_FILE
from evac_toolkit.core.registry.store import Registry

EXAMPLES = int(os.environ.get("EVAC_FUZZ_EXAMPLES", "0")) or (
    2000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 200)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

_NAMED = tomllib.loads(asset_path(*HEADERS_FILE).read_text(encoding="utf-8"))["fields"]
HEADERS = [*IMPORT_FIELDS, *(name for names in _NAMED.values() for name in names),
           "話せる言語", "避難所内の場所", "入所日", "備考", "", " ", "ID", "id", "氏名（漢字）"]
VALUES = ["vi", "ベトナム語", "ビルマ語", "タガログ", "English", "tiếng Việt", "my, en", "ja;vi",
          "ネイティブ", "少し", "話せない", "fluent", "はい", "いいえ", "yes", "○", "×", "TRUE",
          "ハラール", "卵", "えび", "halal", "egg, milk", "2026/12/7", "12月7日", "令和8年12月7日",
          "R8.12.7", "46000", "18:05", "午後6時", "18時5分", "2026-13-45", "25:99", "髙橋 𠮷野",
          "ていん みん", "Thein Min", "教室 3", "present", "checked_out", "=1+1", "+81", "@SUM(A1)",
          "-3", "\"quoted\"", "a,b", "line\nbreak", "\r\n", "\x00", "\u0301", "\ufeff", "\u200b",
          "☃" * 3, "x" * 5000, "0", "-1", "9" * 30]
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
CELL = st.one_of(st.sampled_from(VALUES), TEXT)


@st.composite
def tables(draw) -> list[list[str]]:
    header = draw(st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), min_size=1, max_size=8))
    width = len(header)
    rows = draw(st.lists(st.lists(CELL, min_size=max(0, width - 2), max_size=width + 2),
                         max_size=12))
    return [header, *rows]


#: Values a field takes in a list that imports, for the plausible tables (free text is hostile).
PLAUSIBLE = {
    "display_name": st.builds(str.__add__, st.text(st.characters(categories=("L",)), min_size=1,
                                                   max_size=12), TEXT),
    "name_reading": st.sampled_from(["", "ていん みん", "たかはし いちろう"]),
    "languages": st.sampled_from(["vi", "ベトナム語", "my, en", "ビルマ語", "タガログ語", "ja"]),
    "japanese_ability": st.sampled_from(["", "ネイティブ", "少し", "話せない", "日常会話"]),
    "diets": st.sampled_from(["", "ハラール", "halal", "vegetarian"]),
    "allergens": st.sampled_from(["", "卵", "えび", "egg, milk"]),
    "area": TEXT,
    "notes": TEXT,
    "checked_in_at": st.sampled_from(["", "2026/12/7", "12月7日", "令和8年12月7日", "46000"]),
}


@st.composite
def plausible_tables(draw) -> list[list[str]]:
    fields = ["display_name", *draw(st.lists(st.sampled_from([f for f in PLAUSIBLE if f != "display_name"]),
                                             unique=True, max_size=5))]
    fields = list(dict.fromkeys(fields))
    rows = draw(st.lists(st.tuples(*(PLAUSIBLE[f] for f in fields)), min_size=1, max_size=10))
    return [fields, *[list(row) for row in rows]]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def list_files(draw, folder: Path) -> Path:
    rows = draw(st.one_of(tables(), plausible_tables()))
    kind = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16", "xlsx", "bytes"]))
    path = folder / ("list.xlsx" if kind == "xlsx" else "list.csv")
    if kind == "xlsx":
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # what a workbook cannot hold

        clean = [[ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row] for row in rows]
        workbook(path, {draw(st.sampled_from(["名簿", "Sheet1"])): clean})
        data = path.read_bytes()
    elif kind == "bytes":
        data = draw(st.binary(max_size=3000))
    elif kind == "utf-16":
        data = _csv(rows, "\t").encode("utf-16")
    else:
        data = _csv(rows, ",").encode(kind, errors="replace")
    damage = draw(st.sampled_from(["none"] * 4 + ["cut", "flip"]))
    if damage == "cut" and data:
        data = data[:draw(st.integers(0, len(data) - 1))]
    elif damage == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    path.write_bytes(data)
    return path


@pytest.fixture
def registry(tmp_path: Path):
    registry = Registry(tmp_path / "registry.sqlite")
    registry.add({"display_name": "山田 花子", "name_reading": "やまだ はなこ",
                  "languages": ["ja"]})
    yield registry
    registry.close()


def _check_worded(code: str, params: dict) -> None:
    for language in ("en", "ja"):
        text = message(code, language, **params)
        assert not text.startswith(f"{code}:"), f"no wording for {code}"


@FUZZ
@given(data=st.data())
def test_a_fuzzed_list_gives_problems_or_imports_whole(data, registry, tmp_path):
    path = data.draw(list_files(tmp_path))
    before = registry.db.execute("SELECT count(*) FROM evacuees").fetchone()[0]
    try:
        preview = read_csv(path, registry)
    except UserError as error:
        event("refused: " + error.code)
        _check_worded(error.code, error.params)
        return
    for problem in preview.problems:
        assert problem.line >= 0 and problem.column >= 0
        _check_worded(problem.code, problem.params)
    event("problems" if preview.problems else "nothing to import" if not preview.records
          else "imported")
    if preview.problems or not preview.records:
        assert registry.db.execute("SELECT count(*) FROM evacuees").fetchone()[0] == before
        return
    try:
        result = import_preview(registry, preview)
    except UserError as error:               # refused whole: nothing written
        _check_worded(error.code, error.params)
        assert registry.db.execute("SELECT count(*) FROM evacuees").fetchone()[0] == before
        return
    after = registry.db.execute("SELECT count(*) FROM evacuees").fetchone()[0]
    assert after == before + result.imported
    assert result.imported + result.duplicates_skipped == len(preview.records) + len(
        preview.duplicates)
