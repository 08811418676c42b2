"""Name search as the registry list runs it (limit 201): the list-order walk and the trigram
sort (name_search.py) find the same people, in the same order, as the plain rule says: the
folded query is part of the folded name or reading, people by reading, then name, then arrival.
"""

from __future__ import annotations

import random

import pytest

from evac_toolkit.core.registry import name_search
from evac_toolkit.core.registry.search_keys import match_key
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.text_fold import fold

VIEW_LIMIT = 201          # registry_model.SEARCH_LIMIT + 1: the view's own call

SURNAMES = [("高橋", "たかはし"), ("髙橋", "タカハシ"), ("山田", "やまだ"), ("山﨑", "やまざき"),
            ("山崎", "ﾔﾏｻﾞｷ"), ("渡邊", "わたなべ"), ("渡辺", "ワタナベ"), ("佐々木", "ささき"),
            ("齋藤", "さいとう"), ("斎藤", "サイトウ"), ("李", "り"), ("林", "はやし"), ("", "")]
GIVEN = [("一郎", "いちろう"), ("花子", "はなこ"), ("翔", "しょう"), ("", "")]
OTHERS = ["Nguyễn Thị Lan", "Nguyen Van An", "Maria Santos", "José Reyes", "Thein Min",
          "テイン・ミン", "အောင်ကျော်", "ခင်ခင်", "Ana_50%", "王芳"]
QUERIES = [
    # one letter: kanji (variants fold), kana, Latin, Burmese, LIKE's wildcards as letters
    "山", "髙", "高", "邊", "り", "ﾔ", "a", "N", "ခ", "_", "%", "7",
    # two letters
    "高橋", "渡辺", "佐々", "やま", "ヤマ", "ng", "ခင", "0%", "テイ",
    # three or more: the trigram index, or the walk when many match
    "たかはし", "タカハシ", "ﾀｶﾊｼ", "高橋一", "佐佐木", "nguyen", "NGUYỄN", "santos", "ていんみん",
    "アォン", "zzzz", "山田花子",
]


def _people(rng: random.Random, count: int) -> list[dict]:
    people = []
    for number in range(count):
        if rng.random() < 0.7:
            (surname, s_read), (given, g_read) = rng.choice(SURNAMES), rng.choice(GIVEN)
            name, reading = f"{surname} {given}".strip(), f"{s_read} {g_read}".strip()
        else:
            name, reading = rng.choice(OTHERS), rng.choice(["", "", "ていん みん", "あな"])
        if not name and not reading:
            name = "名無し"
        # A number keeps every (reading, name) apart, so the list order has no ties to
        # break (an import gives everyone one arrival time) and the comparison is exact.
        people.append({"display_name": f"{name} {number}", "name_reading": reading,
                       "languages": [rng.choice(["ja", "vi", "my", "pt-BR"])],
                       "status": rng.choice(["present", "present", "present", "left"])})
    return people


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    reg = Registry(tmp_path_factory.mktemp("names") / "registry.sqlite")
    rng = random.Random(16)
    reg.add_many(_people(rng, 3000))
    # Some leave the registry: a deleted person is never found.
    gone = [row[0] for row in reg.db.execute("SELECT id FROM evacuees ORDER BY random() "
                                             "LIMIT 40")]
    for evacuee_id in gone:
        reg.delete(evacuee_id)
    yield reg
    reg.close()


def _list_order(row: dict) -> tuple:
    name, reading = row["display_name"], row["name_reading"]
    return (name == "" and reading == "", reading == "", reading, name, row["created_at"])


def expected(reg: Registry, query: str, limit: int | None, present_only: bool = False
             ) -> list[str]:
    """The plain rule, in Python over every stored row (keys folded afresh, not read back)."""
    key = fold(query)
    rows = reg._rows("SELECT id, display_name, name_reading, status, created_at FROM evacuees "
                     "WHERE deleted_at IS NULL", [])
    found = sorted((row for row in rows
                    if key in match_key(row["display_name"], row["name_reading"])
                    and (row["status"] == "present" or not present_only)), key=_list_order)
    return [row["id"] for row in found[:limit]]


@pytest.mark.parametrize("present_only", [False, True], ids=["everyone", "present"])
@pytest.mark.parametrize("query", QUERIES)
def test_limited_search_finds_what_the_plain_rule_finds(registry, query, present_only):
    want = expected(registry, query, VIEW_LIMIT, present_only)
    got = [p.id for p in registry.search(query, limit=VIEW_LIMIT, present_only=present_only)]
    assert got == want
    if len(fold(query)) <= 2:
        assert want, f"{query!r} finds nobody: the sample should hold it"


@pytest.mark.parametrize("query", ["たかはし", "nguyen", "ていんみん", "高橋一"])
def test_many_trigram_matches_walk_the_list_order_to_the_same_people(registry, query,
                                                                     monkeypatch):
    """Past SORT_AT_MOST matches a limited search walks instead of sorting: same answer."""
    sorted_first = [p.id for p in registry.search(query, limit=VIEW_LIMIT)]
    monkeypatch.setattr(name_search, "SORT_AT_MOST", 0)
    assert name_search.name_condition(registry.db, fold(query), VIEW_LIMIT)[0] != \
        name_search.TRIGRAM_CONDITION
    walked = [p.id for p in registry.search(query, limit=VIEW_LIMIT)]
    assert walked == sorted_first == expected(registry, query, VIEW_LIMIT)


@pytest.mark.parametrize("query", ["山", "ng", "たかはし", ""])
def test_search_without_a_limit_finds_everyone_in_the_list_order(registry, query):
    assert [p.id for p in registry.search(query)] == expected(registry, query, None)


def test_filters_still_apply_on_the_walk(registry):
    found = registry.search("山", language="vi", limit=VIEW_LIMIT)
    assert found and all("vi" in p.languages and "山" in fold(p.display_name) for p in found)
    assert [p.id for p in found] == [
        person_id for person_id in expected(registry, "山", None)
        if "vi" in registry.get(person_id).languages][:VIEW_LIMIT]


def _plan(reg: Registry, call) -> list[str]:
    """The query plan of the statement ``call`` runs (read from SQLite's own trace)."""
    statements: list[str] = []
    reg.db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        reg.db.conn.set_trace_callback(None)
    (search,) = [sql for sql in statements if sql.startswith("SELECT e.*")]
    return [row[3] for row in reg.db.execute("EXPLAIN QUERY PLAN " + search)]


@pytest.mark.parametrize("query", ["山", "やま", "", "nguyen"])
@pytest.mark.parametrize("present_only", [False, True], ids=["everyone", "present"])
def test_short_limited_search_walks_the_order_index_without_sorting(registry, query,
                                                                    present_only, monkeypatch):
    if len(fold(query)) >= 3:
        monkeypatch.setattr(name_search, "SORT_AT_MOST", 0)      # many matches: the walk
    plan = _plan(registry, lambda: registry.search(query, limit=VIEW_LIMIT,
                                                   present_only=present_only))
    # Walked in order: the whole index for the list, the unprotected part of it for a name
    # ("SEARCH … (do_not_disclose=?)"). "SCAN e" alone would read every row; a temp B-tree
    # would sort every match.
    assert plan in (["SCAN e USING INDEX evacuees_search_order"],
                    ["SEARCH e USING INDEX evacuees_search_order (do_not_disclose=?)"]), plan


def test_few_trigram_matches_are_looked_up_not_walked(registry):
    plan = _plan(registry, lambda: registry.search("たかはし", limit=VIEW_LIMIT))
    assert any("evacuees_fts" in step for step in plan), plan
    assert not any(step.split()[:2] == ["SCAN", "e"] for step in plan), plan
    # Nor a walk of the list order's index testing everyone against the matches (led by the
    # do-not-disclose flag, SQLite preferred it to sorting: 16 ms at 200,000 for no match).
    assert not any("evacuees_search_order" in step for step in plan), plan


@pytest.mark.parametrize("written_since", [False, True], ids=["as_previewed", "rechecked"])
def test_an_import_stores_the_keys_its_duplicate_check_folded(tmp_path, written_since):
    """import_preview hands add_many the search keys read_csv folded (not folded twice): they
    are the keys a fresh fold gives, nameless rows included, whether or not someone wrote
    between the preview and the import (the re-check keeps only some records)."""
    from evac_toolkit.core.registry.csv_io import import_preview, read_csv

    csv_path = tmp_path / "list.csv"
    csv_path.write_text("氏名,ふりがな,言語\n髙橋 一郎,タカハシ イチロウ,ja\n渡邉 美穂,ﾜﾀﾅﾍﾞ ﾐﾎ,ja\n"
                        "Nguyễn Thị Lan,,vi\n,,my\n佐々木 ゆい,ささき ゆい,ja\n",
                        encoding="utf-8")
    reg = Registry(tmp_path / "registry.sqlite")
    try:
        preview = read_csv(csv_path, reg)
        assert not preview.problems and len(preview.records) == 5
        if written_since:
            reg.add({"display_name": "渡辺 美穂", "name_reading": "わたなべ みほ",
                     "languages": ["ja"]})
        result = import_preview(reg, preview)
        assert result.imported == (4 if written_since else 5)
        stored = reg.db.execute("SELECT display_name, name_reading, match_key FROM evacuees "
                                "WHERE deleted_at IS NULL").fetchall()
        assert all(key == match_key(name, reading) for name, reading, key in stored)
        assert names_of(reg.search("高橋", limit=VIEW_LIMIT)) == {"髙橋 一郎"}
        assert names_of(reg.search("nguyen", limit=VIEW_LIMIT)) == {"Nguyễn Thị Lan"}
    finally:
        reg.close()


def names_of(people) -> set[str]:
    return {person.display_name for person in people}


def test_a_batch_is_stored_in_the_list_order_and_answers_in_the_records_order(tmp_path):
    """add_many writes its rows in the list's order (people found together sit together) but
    returns the IDs, and writes the audit, in the order the records came."""
    records = [{"display_name": name, "name_reading": reading, "languages": ["ja"]}
               for name, reading in [("渡辺 一郎", "わたなべ いちろう"), ("Ana", ""),
                                     ("山田 花子", "やまだ はなこ"), ("阿部 翔", "あべ しょう"),
                                     ("山田 花子", "やまだ はなこ"), ("", "ていん")]]
    reg = Registry(tmp_path / "registry.sqlite")
    try:
        ids = reg.add_many(records)
        by_id = {p.id: p.display_name for p in reg.search("")}
        assert [by_id[evacuee_id] for evacuee_id in ids] == [r["display_name"] for r in records]
        assert [row[0] for row in reg.db.execute(
            "SELECT evacuee_id FROM audit ORDER BY id")] == ids
        stored = [row[0] for row in reg.db.execute("SELECT id FROM evacuees ORDER BY rowid")]
        assert stored == [p.id for p in reg.search("")]          # the list's order
        assert stored.index(ids[2]) < stored.index(ids[4])       # equals keep their order
    finally:
        reg.close()
