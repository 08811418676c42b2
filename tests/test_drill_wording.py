"""The drills' wording comes from the gettext catalogs: no Japanese or English pair in the code,
no choice on the interface language, so another interface language is a catalog file only."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from evac_toolkit.core.drills import wording
from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
from evac_toolkit.core.i18n import catalog

ROOT = Path(__file__).resolve().parent.parent
DRILL_FILES = [*sorted((ROOT / "evac_toolkit" / "core" / "drills").glob("*.py")),
               ROOT / "evac_toolkit" / "cli" / "drill.py",
               ROOT / "evac_toolkit" / "ui" / "drills" / "view.py",
               ROOT / "evac_toolkit" / "ui" / "drills" / "scenario_form.py"]
KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: Japanese that is data, not wording: a title a trainer types, shown as an example in the
#: command line's (English) help, and the mark the fingerboards put before a note they write
#: into a record (conversation.py), which the report looks for.
NOT_WORDING = {"e.g. 第1回 外国人対応訓練", "[指さし"}
#: The one place that may choose by the interface language: authored data in ja and en only.
CHOOSERS = {"authored"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _functions(tree: ast.AST):
    """(function name, node) for every node, the name of the innermost function around it."""
    def walk(node, name):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef,
                                                     ast.AsyncFunctionDef)) else name
            yield inner, child
            yield from walk(child, inner)
    yield from walk(tree, "")


@pytest.mark.parametrize("path", DRILL_FILES, ids=lambda p: p.name)
def test_no_japanese_wording_in_the_code(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    found = [node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and id(node) not in docstrings and KANA_KANJI.search(node.value)
             and node.value not in NOT_WORDING]
    assert found == []


def _language_choices(source: str) -> list[str]:
    """Comparisons of an interface language with "ja" or "en" outside :data:`CHOOSERS`."""
    found = []
    for function, node in _functions(ast.parse(source)):
        if not isinstance(node, ast.Compare) or function in CHOOSERS:
            continue
        names = {ast.unparse(part) for part in (node.left, *node.comparators)}
        if any("ui" in name or name == "ja" for name in names) and {"'ja'", "'en'"} & names:
            found.append(f"{function}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", DRILL_FILES, ids=lambda p: p.name)
def test_no_choice_on_the_interface_language(path):
    """``ui_language == "ja"`` (or ``"en"``) outside ``wording.authored`` is wording that a
    third language could not follow."""
    assert _language_choices(path.read_text(encoding="utf-8")) == []


def test_the_flags_japanese_is_what_the_fingerboards_write():
    """The report finds a flag in a record's notes by its Japanese (report._checks): the
    catalog's Japanese for each flag must stay the fingerboards' words."""
    for flag, japanese in FLAG_LABELS_JA.items():
        assert wording.fact_label("flags", flag, "ja") == japanese, flag
        assert not KANA_KANJI.search(wording.fact_label("flags", flag, "en")), flag


def test_every_fact_flag_and_tool_has_japanese():
    ja = catalog("ja")
    for field in ("languages", "japanese_ability", "interpreter_needed", "diets", "allergens",
                  "medical", "religious", "flags"):
        assert KANA_KANJI.search(wording.field_label(field, "ja")), field
    assert KANA_KANJI.search(wording.tool_names(
        ("fingerboards", "signs", "booklet", "card", "translation", "registry"), "ja"))
    assert ja.pgettext("list separator", ", ") == "、"
    assert ja.pgettext("label separator", ": ") == "："


def test_a_language_without_a_catalog_reads_english():
    """A language the program has no catalog for (yet) gets the English words, never a code
    or an empty label."""
    assert wording.field_label("allergens", "xx") == "Food allergies"
    assert wording.duration(185, "xx") == "3 min 05 s"
    assert wording.tool_names(("signs", "registry"), "xx") == "Signs, Registry"
    assert wording.language_name("my", "xx") == "Burmese"
    assert wording.authored("題", "Title", "xx") == "Title"
