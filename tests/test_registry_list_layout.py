"""Title rows and totals lines of printed lists (core/registry/list_layout.py)."""

from evac_toolkit.core.registry.csv_io import header_field
from evac_toolkit.core.registry.list_layout import header_index, is_total_row, total_lines


def _known(title: str) -> bool:
    return header_field(title) is not None


def test_the_header_below_a_title_and_a_date_line_is_found():
    table = [(1, ["令和8年12月 避難者名簿", "", "", ""]), (2, ["作成：町内会", "12月7日現在", "", ""]),
             (4, ["氏名", "ふりがな", "言語", "備考"]), (5, ["山田", "やまだ", "ja", ""])]
    assert header_index(table, _known) == 2


def test_a_first_row_that_is_the_header_stays_the_header():
    table = [(1, ["氏名", "言語", "メモ欄X", ""]), (2, ["氏名", "ふりがな", "言語", "備考"])]
    assert header_index(table, _known) == 0


def test_a_wide_unknown_first_row_is_not_taken_for_a_title():
    # Three filled cells: a header of unknown columns (to be mapped), not a title.
    table = [(1, ["A列", "B列", "C列"]), (2, ["氏名", "ふりがな", "言語"])]
    assert header_index(table, _known) == 0


def test_totals_lines_are_recognised_and_people_are_not():
    assert is_total_row(["", "合計", "", "4名"])
    assert is_total_row(["Total", "12 people", "3 households"])
    assert is_total_row(["計", "4"])
    assert not is_total_row(["計", "けい", "ja"])          # someone named 計, with a language
    assert not is_total_row(["合計", "", "", "メモ"])
    assert not is_total_row(["", "", ""])


def test_totals_are_looked_for_under_the_list():
    rows = [(2, ["山田", "ja"]), (3, ["計", "4"]), (4, ["佐藤", "ja"]), (5, ["", ""]),
            (6, ["合計", "2名"])]
    assert total_lines(rows) == {6}          # line 3 is within the list, not under it
