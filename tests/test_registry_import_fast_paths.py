"""The shortcuts a large import takes (issue 16's 200,000-row path) give the answers the
slow way gives: IDs checked in one joined string, whole-row tests for long cells and
apostrophes, the page cache widened for the write and put back afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core.registry.csv_io import MAX_FIELD, import_preview, read_csv
from evac_toolkit.core.registry.store import Registry

GOOD = "0b5f6a9e-3c1d-4e2f-8a7b-9c0d1e2f3a4b"
OTHER = "7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a"


@pytest.fixture
def registry(data_home: Path):
    reg = Registry.open(data_home)
    yield reg
    reg.close()


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def _problems(preview) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.code) for p in preview.problems]


def test_well_formed_ids_are_kept_whatever_their_case(registry, tmp_path):
    path = _write(tmp_path / "ids.csv", "id,display_name\r\n"
                  f"{GOOD.upper()},Ann\r\n,Bob\r\n {OTHER} ,Cy\r\n")
    preview = read_csv(path, registry)
    assert preview.problems == []
    import_preview(registry, preview)
    ids = {person.display_name: person.id for person in registry.search()}
    assert (ids["Ann"], ids["Cy"]) == (GOOD, OTHER)
    assert ids["Bob"] not in (GOOD, OTHER)


def test_a_bad_id_and_two_ids_in_one_cell_are_each_named_by_line(registry, tmp_path):
    # Two well-formed IDs on two lines of one cell would pass if the column were only
    # joined with line breaks and matched.
    path = _write(tmp_path / "ids.csv", "display_name,id\r\n"
                  f"Ann,{GOOD}\r\nBob,\"{GOOD}\n{OTHER}\"\r\nCy,not-an-id\r\nDee,{OTHER}\r\n")
    preview = read_csv(path, registry)
    assert _problems(preview) == [(3, 2, "import_bad_id"), (5, 2, "import_bad_id")]
    assert preview.problems[1].params["value"] == "not-an-id"


def test_a_cell_too_long_among_short_rows_is_found(registry, tmp_path):
    rows = "".join(f"Person {number},やまだ\r\n" for number in range(50))
    long_cell = "x" * (MAX_FIELD + 1)
    path = _write(tmp_path / "long.csv", "display_name,name_reading\r\n" + rows
                  + f"Zed,{long_cell}\r\n")
    assert _problems(read_csv(path, registry)) == [(52, 2, "import_field_too_long")]


def test_an_apostrophe_in_the_first_cell_only_is_still_restored(registry, tmp_path):
    path = _write(tmp_path / "formula.csv", "notes,display_name\r\n'=1+1,Ann\r\nplain,Bob\r\n")
    import_preview(registry, read_csv(path, registry))
    assert registry.search("Ann")[0].notes == "=1+1"


def test_the_page_cache_is_widened_for_a_large_write_and_put_back(registry):
    conn = registry.db.conn
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    seen = []
    original = registry._insert_rows

    def watching(column, stamp):
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return original(column, stamp)

    registry._insert_rows = watching
    registry.add_many([{"display_name": f"Person {number}"} for number in range(20_000)])
    assert seen == [-20_000]            # a KiB a person, above the usual 16 MiB
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
    registry.add_many([{"display_name": "One more"}])
    assert seen[-1] == before           # a small write keeps the usual cache


def test_fields_left_to_the_tables_defaults_are_stored_as_if_given(registry):
    ids = registry.add_many([{"display_name": f"Person {number}", "notes": "",
                              "status": "left", "consent_share": False}
                             for number in range(3)])
    rows = registry.db.execute(
        "SELECT notes, status, consent_share, household_id, pain_level, japanese_ability, "
        "languages, checked_out_at FROM evacuees WHERE id IN (?, ?, ?)", ids).fetchall()
    assert rows == [("", "left", 0, None, None, registry.get(ids[0]).japanese_ability, "[]",
                     None)] * 3
    one = registry.add({"display_name": "Alone"})
    alone = registry.db.execute("SELECT japanese_ability, languages, notes FROM evacuees "
                                "WHERE id = ?", [one.id]).fetchone()
    assert alone == rows[0][5:7] + ("",)


def test_only_values_of_the_defaults_own_type_are_left_to_it(registry):
    from evac_toolkit.core.registry import schema_defaults

    table = schema_defaults.defaults(registry.db, "evacuees")
    assert table["notes"] == "" and table["consent_share"] == 0 and table["pain_level"] is None
    assert "id" not in table                       # the key is never left out
    column = {"notes": ["", ""], "consent_share": [0, False], "pain_level": [None, None],
              "status": ["present", "left"], "area": ["0", "0"], "id": [None, None]}
    assert schema_defaults.left_to_defaults(column, table) == ["notes", "pain_level"]
