"""The Japanese catalog is complete for the window: every string a widget can show has its
translation in translations/ja.po.

Several people add widget strings at once; a string left untranslated (or fuzzy, which gettext
ignores) shows up in English in the middle of the Japanese interface, which a volunteer who reads
no English cannot use. tests/test_catalogs.py checks every catalog against Babel's extraction;
this test reads the window's sources with a pattern of its own, so a string the extraction
stopped seeing (a marker it was not told about) is still caught.
"""

from __future__ import annotations

import ast
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "evac_toolkit" / "ui"
JA = ROOT / "translations" / "ja.po"


def _japanese():
    with JA.open("rb") as handle:
        return read_po(handle, locale="ja")


def _forms(entry) -> tuple[str, ...]:
    return tuple(entry.string) if entry.pluralizable else (entry.string,)


def test_every_ui_string_has_japanese():
    missing = [f"{entry.locations[0][0]}: {entry.id!r}" for entry in _japanese()
               if entry.id and any(path.startswith("evac_toolkit/ui/")
                                   for path, _line in entry.locations)
               and (entry.fuzzy or not all(form.strip() for form in _forms(entry)))]
    assert missing == []


#: A marker and its literal arguments: _("…"), ngettext("…", "…", n), pgettext("ctx", "…").
MARKERS = {"_": 1, "N_": 1, "ngettext": 2, "Nn_": 2, "pgettext": 2, "npgettext": 3}


def _marked(tree: ast.AST):
    """(context, msgid) of each marker call whose arguments are literals."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            getattr(node.func, "attr", "")
        wanted = MARKERS.get(name)
        if wanted is None or len(node.args) < wanted:
            continue
        texts = [arg.value for arg in node.args[:wanted]
                 if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        if len(texts) != wanted:
            continue
        if name in ("pgettext", "npgettext"):
            yield texts[0], texts[1]
        else:
            yield None, texts[0]


def test_catalog_covers_the_source():
    """Every marked string in the UI source is in the catalog (the catalog tool's update was
    run after editing)."""
    catalog = _japanese()
    absent, seen = [], 0
    for path in sorted(UI.rglob("*.py")):
        for context, text in _marked(ast.parse(path.read_text(encoding="utf-8"))):
            seen += 1
            if catalog.get(text, context) is None:
                absent.append(f"{path.name}: {text!r}")
    assert seen > 300          # the scan still finds the UI's strings
    assert absent == []


def built_from_pieces(tree: ast.AST) -> list[int]:
    """Lines of marker calls whose text is assembled (``+``, ``%`` or an f-string)."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in MARKERS
            and any(isinstance(arg, (ast.BinOp, ast.JoinedStr)) for arg in node.args)]


def test_no_ui_string_is_built_from_pieces():
    """_("Saved " + name) or _(f"…") cannot be in any catalog: translate, then .format()."""
    built = [f"{path.name}:{line}" for path in sorted(UI.rglob("*.py"))
             for line in built_from_pieces(ast.parse(path.read_text(encoding="utf-8")))]
    assert built == []
    assert built_from_pieces(ast.parse(
        '_("Saved " + name)\n_(f"Saved {name}")\n_("Saved {name}").format(name=name)')) == [1, 2]
