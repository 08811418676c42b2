"""Do not disclose holds everywhere: a protected person and a named relative in one household,
walked through every output the command line and the core write — the list, its JSON, search by
name, reading and variant kanji, CSV exports (UTF-8, CP932, redacted), the printouts and an
import of a list holding their name. Only the card ID they hold finds them; nothing names them,
and nothing ties their row to the relative's. (The window: tests/test_gui_do_not_disclose.py.)"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from protected_people import NAME_QUERIES, RELATIVE, Household, populate

from evac_toolkit.cli.main import main
from evac_toolkit.core.registry.csv_io import (
    EXPORT_COLUMNS,
    import_preview,
    listed_duplicates,
    read_csv,
)
from evac_toolkit.core.registry.disclosure import HIDDEN_FIELDS, export_id
from evac_toolkit.core.registry.store import Registry


@pytest.fixture
def shelter(data_home: Path) -> Household:
    registry = Registry.open(data_home)
    try:
        return populate(registry)
    finally:
        registry.close()


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


def pdf_text(path: Path) -> str:
    """The PDF's text, NFC, without whitespace (lines wrap where the layout decides)."""
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(path))
    return "".join(unicodedata.normalize("NFC", text).split())


def assert_hidden(text: str, shelter: Household) -> None:
    for secret in shelter.secrets():
        assert secret not in text, secret


# -- search ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", NAME_QUERIES)
def test_no_name_or_reading_finds_them(shelter, data_home, query):
    registry = Registry.open(data_home)
    try:
        found = registry.search(query)
        assert shelter.protected.id not in {person.id for person in found}
        if query in ("髙橋", "高橋", "たかはし"):          # the relative is found, 髙 or 高
            assert shelter.relative.id in {person.id for person in found}
        # Nor does the duplicate check of a new person tell that someone of that name is here.
        assert registry.find_duplicate({"display_name": "髙橋 紫苑之介",
                                        "name_reading": "たかはし しおんのすけ",
                                        "languages": ["my"]}) is None
    finally:
        registry.close()


def test_the_command_line_finds_them_by_card_only(shelter, capsys):
    for query in ("髙橋 紫苑之介", "紫苑", "しおんのすけ", "高橋"):
        out = run(capsys, "registry", "list", "--search", query)
        assert shelter.protected.card_id not in out and "protected" not in out
    for typed in (shelter.protected.card_id, shelter.protected.card_id.lower()):
        out = run(capsys, "registry", "list", "--search", typed)
        assert out.startswith(f"{shelter.protected.card_id}  (保護 protected)")
        assert "1 person." in out
        assert_hidden(out, shelter)


# -- lists ----------------------------------------------------------------------------------------
def test_the_list_names_nobody_protected_and_shows_their_needs(shelter, capsys):
    out = run(capsys, "registry", "list")
    assert_hidden(out, shelter)
    line = next(line for line in out.splitlines() if shelter.protected.card_id in line)
    assert "(保護 protected)" in line and "Halal" in line and "Egg" in line
    assert "髙橋 太郎兵衛" in out                              # the relative is listed as ever
    # Last, not between the relative and Ana by how their name reads.
    assert out.splitlines()[-2].startswith(shelter.protected.card_id)


def test_the_json_list_has_no_free_text_and_no_linking_ids(shelter, capsys):
    out = run(capsys, "registry", "list", "--json")
    assert_hidden(out, shelter)
    rows = json.loads(out)
    protected = next(row for row in rows if row["do_not_disclose"])
    assert all(protected[name] in ("", None) for name in HIDDEN_FIELDS)
    assert protected["id"] == export_id(shelter.protected.id)
    assert protected["card_id"] == shelter.protected.card_id      # as the list line shows it
    assert (protected["diets"], protected["allergens"], protected["medical"]) == (
        ["halal"], ["egg"], ["pregnant"])
    # The relative keeps their household, which now holds nobody else in the list: no link.
    relative = next(row for row in rows if row["display_name"] == RELATIVE["display_name"])
    assert relative["household_id"] == shelter.household_id
    assert [row for row in rows if row["household_id"] == shelter.household_id] == [relative]
    # Their arrival to the day only: the relative's to the second would tie them together.
    assert len(protected["checked_in_at"]) == 10 and protected["created_at"] == ""
    assert relative["checked_in_at"] not in json.dumps(protected)


# -- exports --------------------------------------------------------------------------------------
@pytest.mark.parametrize("options", [(), ("--redact",), ("--encoding", "cp932"),
                                     ("--encoding", "cp932", "--redact")],
                         ids=["utf-8", "redacted", "cp932", "cp932-redacted"])
def test_every_export_leaves_them_unnamed_and_unlinked(shelter, capsys, tmp_path, options):
    out = tmp_path / "export.csv"
    run(capsys, "registry", "export", "--out", str(out), *options)
    encoding = "cp932" if "cp932" in options else "utf-8-sig"
    text = out.read_bytes().decode(encoding)
    assert_hidden(text, shelter)
    rows = [dict(zip(EXPORT_COLUMNS, row, strict=True))
            for row in list(csv.reader(io.StringIO(text, newline="")))[1:]]
    protected = next(row for row in rows if row["do_not_disclose"] == "1")
    assert all(protected[name] == "" for name in (*HIDDEN_FIELDS, "card_id"))
    assert protected["id"] == export_id(shelter.protected.id)
    assert shelter.protected.card_id not in {row["card_id"] for row in rows}
    assert (protected["diets"], protected["allergens"], protected["medical"],
            protected["languages"], protected["interpreter_needed"]) == (
        "halal", "egg", "pregnant", "my;en", "1")
    relative = next(row for row in rows if row["id"] == shelter.relative.id)
    assert relative["household_id"] == shelter.household_id
    assert sum(row["household_id"] == shelter.household_id for row in rows) == 1
    if "--redact" not in options:
        assert relative["display_name"] == "髙橋 太郎兵衛"


def test_an_export_imported_again_skips_them_without_naming_them(shelter, data_home, capsys,
                                                                  tmp_path):
    out = tmp_path / "export.csv"
    run(capsys, "registry", "export", "--out", str(out))
    said = run(capsys, "registry", "import", str(out))
    assert "0 new, 3 already registered" in said
    assert shelter.protected.card_id not in said
    assert said.count("line ") == 2                      # the relative and Ana, by line


# -- an import of a list that holds their name ------------------------------------------------------
def test_an_import_with_their_name_neither_names_them_nor_copies_them(shelter, data_home,
                                                                      capsys, tmp_path):
    path = tmp_path / "city-list.csv"
    path.write_text("氏名,ふりがな,言語\n"
                    "髙橋 紫苑之介,たかはし しおんのすけ,ミャンマー語\n"     # the same person
                    "シオンノスケ タカハシ,たかはし しおんのすけ,英語\n"      # the same reading
                    "髙橋 太郎兵衛,たかはし たろべえ,ミャンマー語\n", encoding="utf-8")
    said = run(capsys, "registry", "import", str(path), "--dry-run")
    # The relative is named as a duplicate; the protected person's row is only counted.
    assert f"line 4: already registered as card {shelter.relative.card_id}" in said
    assert "line 2" not in said and "line 3" not in said
    assert shelter.protected.card_id not in said and "1 new, 2 already registered" in said

    registry = Registry.open(data_home)
    try:
        preview = read_csv(path, registry)
        assert [duplicate.line for duplicate in listed_duplicates(preview)] == [4]
        result = import_preview(registry, preview)
        # Skipped, not copied: a copy would be a second record their name finds.
        assert (result.imported, result.duplicates_skipped) == (1, 2)
        assert [person.display_name for person in registry.search("紫苑之介")] == []
    finally:
        registry.close()


# -- printouts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("printout", [("kitchen", "--names"), ("kitchen",), ("handover",)],
                         ids=["kitchen-names", "kitchen", "handover"])
def test_printouts_show_them_by_card_only(shelter, capsys, tmp_path, printout):
    out = tmp_path / "sheet.pdf"
    run(capsys, "registry", *printout, "--out", str(out))
    text = pdf_text(out)
    for secret in shelter.secrets():
        assert "".join(secret.split()) not in text, secret
    if printout != ("kitchen",):                        # the plain kitchen sheet names nobody
        assert f"{shelter.protected.card_id}（保護）" in text
    if printout == ("kitchen", "--names"):
        assert "太郎兵衛" in text                        # the relative, by name, under halal
