"""Every word the program says is in every catalog, translated, and used.

The message ids are extracted from the code exactly as ``tools/catalog_messages.py update`` does
(its ``extracted()``), and each ``translations/*.po`` is checked against them: an id missing,
left empty or fuzzy (gettext would show English in the middle of a Japanese window); a
translation whose placeholders differ from the English (``{name}`` fields with their conversion
and format spec, and Qt's ``%1`` in Qt's own strings), so that ``.format`` fails or shows the
wrong value; a plural entry without every form its language needs; an entry the code no longer
says. The core's codes are checked too: every code the package raises or words is worded in
``core/messages.py``, and every code worded there is used.

Each check is a function that returns what it finds wrong. The tests run it on the real catalogs
and once on a copy broken on purpose, so a check that silently stopped finding anything fails.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from evac_toolkit.core.messages import MESSAGES, UnknownMessageError, gui_message, message

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "evac_toolkit"
PO_FILES = sorted((ROOT / "translations").glob("*.po"))


def _tool():
    spec = importlib.util.spec_from_file_location("catalog_messages",
                                                  ROOT / "tools" / "catalog_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def source() -> Catalog:
    """Every message id of the program, as the catalog tool extracts it."""
    return _tool().extracted()


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=path.stem.replace("-", "_"))


def rewritten(catalog: Catalog, path: Path) -> Catalog:
    """``catalog`` written to ``path`` as a .po file and read back, as a translator's file is."""
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100)
    return read_catalog(path)


# -- the checks ---------------------------------------------------------------------------------

def _entries(catalog: Catalog) -> Iterator[Message]:
    return (entry for entry in catalog if entry.id)


def _shown(entry: Message) -> str:
    text = entry.id[0] if entry.pluralizable else entry.id
    return f"[{entry.context}] {text!r}" if entry.context else repr(text)


def _forms(entry: Message) -> tuple[str, ...]:
    return tuple(entry.string) if isinstance(entry.string, (list, tuple)) else (entry.string,)


def missing(source: Catalog, translated: Catalog) -> list[str]:
    """Ids the code says that the catalog lacks, leaves empty, or marks fuzzy (which gettext
    ignores, so the English shows)."""
    found = []
    for wanted in _entries(source):
        entry = translated.get(wanted.id, wanted.context)
        if entry is None:
            found.append(f"missing {_shown(wanted)}")
        elif entry.fuzzy:
            found.append(f"fuzzy {_shown(wanted)}")
        elif not all(form.strip() for form in _forms(entry)):
            found.append(f"empty {_shown(wanted)}")
    return found


def unused(source: Catalog, translated: Catalog) -> list[str]:
    """Entries the code no longer says, kept or marked obsolete: work for translators, no use."""
    stale = [f"unused {_shown(entry)}" for entry in _entries(translated)
             if source.get(entry.id, entry.context) is None]
    return stale + [f"obsolete {_shown(entry)}" for entry in translated.obsolete.values()]


QT_ARGUMENT = re.compile(r"%\d+")
#: What str.format can fill: a name (with .attribute or [index]), a number, or {} in turn.
FIELD_NAME = re.compile(r"^(?:[A-Za-z_]\w*(?:[.\[].*)?|\d+|)$")


def placeholders(text: str) -> frozenset[str]:
    """The ``{name!conversion:spec}`` fields and Qt's ``%1`` arguments of ``text``."""
    try:
        fields = {"{" + name + (f"!{conversion}" if conversion else "")
                  + (f":{spec}" if spec else "") + "}"
                  for _literal, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None and FIELD_NAME.match(name)}
    except ValueError:          # a lone brace: not a template, the text is shown as it is
        fields = {"<not a template>"}
    return frozenset(fields | set(QT_ARGUMENT.findall(text)))


def placeholder_mismatches(translated: Catalog) -> list[str]:
    """Translations whose placeholders are not the English ones (for a plural entry, each form
    matches the singular's or the plural's)."""
    found = []
    for entry in _entries(translated):
        ids = entry.id if entry.pluralizable else (entry.id,)
        expected = {placeholders(text) for text in ids}
        for form in _forms(entry):
            if form and placeholders(form) not in expected:
                found.append(f"{_shown(entry)}: {sorted(placeholders(form))} in {form!r}, "
                             f"expected {sorted(min(expected, key=sorted))}")
    return found


def plural_gaps(source: Catalog, translated: Catalog) -> list[str]:
    """Plural entries without exactly one form for each of the language's plural forms, and
    entries plural in the code but singular in the catalog (or the other way round)."""
    found = []
    wanted_forms = translated.num_plurals
    for entry in _entries(translated):
        wanted = source.get(entry.id, entry.context)
        if wanted is not None and wanted.pluralizable != entry.pluralizable:
            found.append(f"{_shown(entry)}: plural in the code is {wanted.pluralizable}")
        elif entry.pluralizable and (len(_forms(entry)) != wanted_forms
                                     or not all(_forms(entry))):
            found.append(f"{_shown(entry)}: {len([f for f in _forms(entry) if f])} of "
                         f"{wanted_forms} plural forms")
    return found


# -- the core's codes ---------------------------------------------------------------------------

CODE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
#: Calls whose first argument is a code and the second a language.
WORDING_CALLS = {"message", "gui_message", "template", "word", "_ask"}
#: Calls each of whose string arguments shaped like a code is one: the error, the problems and
#: the findings the core returns, and the command line's own status lines.
CODE_CALLS = {"UserError", "say", "_not_a_list", "Stop", "problem", "Problem", "LoadProblem",
              "SheetProblem", "ImportProblem", "ImportDuplicate", "DeskDuplicate",
              "ScenarioProblem", "Suggestion"}
#: Of those, names that are a code taker only when called bare: ``problem(...)`` in csv_io takes
#: a code, a drill scenario's ``table.problem(key, "is empty")`` takes its own English detail.
BARE_ONLY = {"problem"}
#: Keyword arguments that carry a code.
CODE_KEYWORDS = {("Result", "reason"), ("describe", "write_code"), ("copy_database", "error")}


def _callee(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    name = getattr(function, "attr", "")
    return "" if name in BARE_ONLY else name


def _strings(node: ast.AST) -> Iterator[ast.Constant]:
    """The string constants ``node`` is, or chooses between (``"a" if x else "b"``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)


def codes_used(tree: ast.AST, user_errors: frozenset[str] = frozenset()) -> Iterator[ast.Constant]:
    """Every literal code in ``tree``: arguments of the calls above, ``super().__init__(code)``
    in a subclass of UserError (``user_errors`` names them), and (code, {params}) pairs."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and {getattr(b, "id", "") for b in node.bases} \
                & ({"UserError"} | user_errors):
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _callee(call) == "__init__" and call.args:
                    yield from _strings(call.args[0])
        elif isinstance(node, ast.Call):
            name = _callee(node)
            if name in WORDING_CALLS and node.args:
                yield from _strings(node.args[0])
            elif name in CODE_CALLS:
                for argument in node.args:
                    yield from (c for c in _strings(argument) if CODE.match(c.value))
            for keyword in node.keywords:
                if (name, keyword.arg) in CODE_KEYWORDS:
                    yield from _strings(keyword.value)
        elif isinstance(node, ast.Tuple):
            for first, second in zip(node.elts, node.elts[1:], strict=False):
                if isinstance(second, ast.Dict):
                    yield from (c for c in _strings(first) if CODE.match(c.value))


def unknown_codes(text: str, where: str) -> list[str]:
    """Codes ``text`` (Python source) uses that no entry of MESSAGES words."""
    return [f"{where}:{found.lineno}: {found.value!r}" for found in codes_used(ast.parse(text))
            if found.value not in MESSAGES]


def _package_sources() -> Iterator[tuple[Path, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


# -- the tests on the real catalogs and code ----------------------------------------------------

def test_the_extraction_finds_the_program_s_messages(source):
    """The extraction still reads the code: core codes, window labels, plurals, contexts."""
    ids = {entry.id if not entry.pluralizable else entry.id[0] for entry in _entries(source)}
    assert len(ids) > 800
    assert "Wrote {path}: {pages} page." in ids                  # a core code's plural pair
    assert source.get("Japanese", "language name") is not None   # the language catalog
    assert source.get("&Look in:", "QFileDialog") is not None    # Qt's own strings


def test_there_is_a_catalog_to_check():
    assert [path.name for path in PO_FILES if path.stem == "ja"] == ["ja.po"]


@pytest.mark.parametrize("po", PO_FILES, ids=lambda path: path.name)
def test_every_message_is_translated(source, po):
    assert missing(source, read_catalog(po)) == []


@pytest.mark.parametrize("po", PO_FILES, ids=lambda path: path.name)
def test_translations_keep_the_placeholders(po):
    assert placeholder_mismatches(read_catalog(po)) == []


@pytest.mark.parametrize("po", PO_FILES, ids=lambda path: path.name)
def test_plural_entries_have_every_form(source, po):
    assert plural_gaps(source, read_catalog(po)) == []


@pytest.mark.parametrize("po", PO_FILES, ids=lambda path: path.name)
def test_catalogs_hold_nothing_unused(source, po):
    assert unused(source, read_catalog(po)) == []


def test_the_template_matches_the_code(source):
    """translations/evac_toolkit.pot, the translators' starting point, is the extraction."""
    template = read_catalog(ROOT / "translations" / "evac_toolkit.pot")
    assert unused(source, template) == [] and missing(source, _all_translated(template)) == []


def _all_translated(catalog: Catalog) -> Catalog:
    for entry in _entries(catalog):
        entry.string = ("x",) * catalog.num_plurals if entry.pluralizable else "x"
    return catalog


def test_every_code_the_package_uses_is_worded():
    found, unknown = 0, []
    for path, text in _package_sources():
        found += sum(1 for _ in codes_used(ast.parse(text)))
        unknown += unknown_codes(text, str(path.relative_to(ROOT)))
    assert found > 300                  # the scan still finds the codes
    assert unknown == []


def test_every_worded_code_is_used():
    """A code in MESSAGES that no module names is a message nobody sees (or one whose use is
    assembled at run time, which extraction and this scan cannot follow)."""
    literals = set()
    for path, text in _package_sources():
        if path == PACKAGE / "core" / "messages.py":
            continue
        literals |= {node.value for node in ast.walk(ast.parse(text))
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert sorted(set(MESSAGES) - literals) == []


CODE_PREFIX = re.compile(r"^[a-z][a-z0-9]*_")


def _assembled(node: ast.AST) -> bool:
    """``"change_" + kind``, ``f"change_{kind}"`` or ``"change_%s" % kind``: a code's head
    joined at run time to something only known then."""
    if isinstance(node, ast.BinOp):
        return _assembled(node.left) or (isinstance(node.left, ast.Constant)
                                         and isinstance(node.left.value, str)
                                         and bool(CODE_PREFIX.match(node.left.value)))
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        return isinstance(first, ast.Constant) and bool(CODE_PREFIX.match(first.value))
    return False


def assembled_codes(tree: ast.AST) -> list[int]:
    """Lines where a code is built from pieces at run time for the calls that take codes."""
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
            and _callee(node) in WORDING_CALLS | CODE_CALLS
            and any(_assembled(argument) for argument in node.args[:3])]


def test_no_code_is_assembled_at_run_time():
    """A code built from pieces ("change_" + kind) is invisible to both scans above."""
    built = [f"{path.relative_to(ROOT)}:{line}" for path, text in _package_sources()
             for line in assembled_codes(ast.parse(text))]
    assert built == []
    assert assembled_codes(ast.parse(
        'gui_message("change_" + change.kind, ui)\nmessage(f"pack_{what}", "en")\n'
        'raise UserError("os_%s" % reason)\nProblem(f"{name}/text.toml", "", "no_text_file")'
    )) == [1, 2, 3]


def test_an_unknown_code_is_an_error():
    with pytest.raises(UnknownMessageError):
        message("no_such_code", "en")
    with pytest.raises(UnknownMessageError):
        gui_message("no_such_code", "ja")


def test_a_count_that_is_not_a_number_is_an_error():
    """The plural form follows an int; "1,234" or a missing count is the caller's mistake."""
    assert message("registry_count", "en", count=1) == "1 person."
    assert message("registry_count", "en", count=3) == "3 people."
    with pytest.raises(TypeError):
        message("registry_count", "en", count="3")
    with pytest.raises(TypeError):
        message("close_done", "en", archive="a", people=2)       # {backups} not given


def test_a_sentence_with_two_counts_words_each():
    assert message("close_done", "en", archive="a.db", people=1, backups=2).startswith(
        "Archive a.db written and verified (1 person); live data wiped, 2 backups removed.")
    assert message("close_done", "ja", archive="a.db", people=1, backups=2).startswith(
        "記録ファイル a.db を作成・検査しました（1 人）。名簿データを消去し、バックアップ 2 件を削除")


# -- each check can fail: the same functions on copies broken on purpose ------------------------

@pytest.fixture
def japanese(tmp_path) -> Catalog:
    """A copy of ja.po the test may break."""
    return rewritten(read_catalog(ROOT / "translations" / "ja.po"), tmp_path / "ja.po")


def test_a_missing_empty_or_fuzzy_entry_is_found(source, japanese, tmp_path):
    assert missing(source, japanese) == []
    del japanese["Wrote {path}"]
    japanese.get("Shelter passphrase:").string = ""
    japanese.get(("{count} person.", "{count} people.")).flags.add("fuzzy")
    broken = rewritten(japanese, tmp_path / "broken.po")
    assert sorted(missing(source, broken)) == [
        "empty 'Shelter passphrase:'", "fuzzy '{count} person.'", "missing 'Wrote {path}'"]


def test_a_wrong_placeholder_is_found(japanese, tmp_path):
    assert placeholder_mismatches(japanese) == []
    japanese.get("Wrote {path}").string = "{file} を書き出しました"                 # renamed
    japanese.get("Unknown view: {name}. Choose one of: {choices}.").string = "不明な画面：{name}"
    japanese.get("no font can draw {detail!r}").string = \
        "{detail} を表示できるフォントがありません"                                   # lost !r
    japanese.get(("{count} person.", "{count} people.")).string = ("{count:,} 人。",)  # spec
    japanese.get("%1 File", "QAbstractFileIconProvider").string = "%2 ファイル"        # Qt's
    broken = rewritten(japanese, tmp_path / "broken.po")
    found = placeholder_mismatches(broken)
    shown = "\n".join(found)
    assert len(found) == 5, shown
    for what in ("{file}", "'{detail}'", "{count:,}", "%2", "Unknown view"):
        assert what in shown


def test_a_missing_plural_form_is_found(source, japanese, tmp_path):
    """The Japanese file as if it were a two-form language's: each plural lacks a form."""
    assert plural_gaps(source, japanese) == []
    path = tmp_path / "xx.po"
    with path.open("wb") as handle:
        write_po(handle, japanese, width=100)
    text = path.read_text(encoding="utf-8")
    assert "nplurals=1; plural=0;" in text
    path.write_text(text.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"),
                    encoding="utf-8")
    with path.open("rb") as handle:
        two_forms = read_po(handle)
    assert two_forms.num_plurals == 2
    gaps = plural_gaps(source, two_forms)
    assert "'{count} person.': 1 of 2 plural forms" in gaps
    assert len(gaps) == sum(1 for entry in _entries(source) if entry.pluralizable)


def test_an_entry_plural_in_the_code_but_not_in_the_catalog_is_found(source, japanese, tmp_path):
    del japanese[("{count} person.", "{count} people.")]
    japanese.add("{count} person.", "{count} 人。")
    broken = rewritten(japanese, tmp_path / "broken.po")
    assert plural_gaps(source, broken) == ["'{count} person.': plural in the code is True"]


def test_an_unused_or_obsolete_entry_is_found(source, japanese, tmp_path):
    assert unused(source, japanese) == []
    japanese.add("Nobody says this any more.", "もう使わない文。")
    japanese.obsolete["Old words."] = Message("Old words.", "古い文。")
    broken = rewritten(japanese, tmp_path / "broken.po")
    assert unused(source, broken) == ["unused 'Nobody says this any more.'",
                                      "obsolete 'Old words.'"]


def test_an_unknown_code_in_the_code_is_found():
    snippet = '''
raise UserError("registry_damaged", path=p)
raise UserError("registry_damagd", path=p)
print(message("no_such_message", "ja"))
problems.append(SheetProblem(line, 0, "sheet_no_such_problem", len(row)))
text = gui_message("drill_none" if done else "drill_nonee", language)
notices = [("close_resumd", {"archive": a})]

class Refused(UserError):
    def __init__(self):
        super().__init__("refusd_code")
'''
    found = {item.split(": ", 1)[1] for item in unknown_codes(snippet, "snippet")}
    assert found == {"'registry_damagd'", "'no_such_message'", "'sheet_no_such_problem'",
                     "'drill_nonee'", "'close_resumd'", "'refusd_code'"}
