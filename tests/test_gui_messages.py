"""Nothing the window can say names a command-line option or command, or a raw language code.

The window words core codes with ``gui_message`` (a code's GUI wording when it has one), and its
own labels come from the gettext catalog (translations/<lang>.po, the entries the window's modules
use). Any code can reach the window (a worker's UserError is shown as it is), so every code is
checked, in every interface language; the commands are read from the real argument parser, so a
new command is covered without touching this test.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from catalog_entries import untranslated
from cli_syntax import COMMANDS, cli_syntax

from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.messages import MESSAGES, gui_message, message, template

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "evac_toolkit" / "ui"
PO_FILES = sorted((ROOT / "translations").glob("*.po"))
#: English (the msgids) and every language with a catalog.
UI_LANGUAGES = ["en", *(path.stem for path in PO_FILES)]

#: Placeholders that would put a raw language code in a sentence.
CODE_PLACEHOLDERS = {"code", "codes", "from_code", "to_code"}
#: Codes whose GUI sentence may show a code: the code itself is the bad value (there is no name
#: for a language the catalog, or a value the registry, does not know).
CODE_SHOWN_AS_THE_PROBLEM = {"unknown_language", "sheet_unknown_language", "registry_unknown_code"}


def test_the_detector_finds_what_it_must():
    assert cli_syntax("Choose another with --data-dir.")
    assert cli_syntax("「evac-toolkit packs install ファイルまたはフォルダ」")
    assert cli_syntax("(see 'registry backups')")
    assert cli_syntax("written by 'content export-review'")
    assert cli_syntax("packs install FILE_OR_FOLDER")
    assert cli_syntax("use QT_QPA_PLATFORM=offscreen")
    assert not cli_syntax("データフォルダに書き込めません。別のフォルダを選んでください。")
    assert not cli_syntax("Choose a language pack — it never comes from the network.")
    assert "signs list" in COMMANDS and "import-review" in COMMANDS


def _as_the_window_says_it(code: str, language: str) -> list[str]:
    """The window's sentence for ``code`` (its singular and plural forms) and its count
    phrases, unfilled, in ``language``."""
    translations = catalog(language)
    texts = [template(code, language, "gui", count) for count in (1, 2, 5)]
    texts += [translations.ngettext(singular, plural, count)
              for singular, plural in MESSAGES[code].phrases.values() for count in (1, 2, 5)]
    return texts


@pytest.mark.parametrize("language", UI_LANGUAGES)
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_as_the_window_says_it_has_no_cli_syntax(code, language):
    for text in _as_the_window_says_it(code, language):
        assert not cli_syntax(text), f"{code} [{language}] in the window: {text!r}"
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        if code not in CODE_SHOWN_AS_THE_PROBLEM:
            assert not fields & CODE_PLACEHOLDERS, \
                f"{code} [{language}] shows a raw code: {text!r}"


@pytest.mark.parametrize("po", PO_FILES, ids=lambda path: path.name)
def test_every_gui_wording_is_translated(po):
    """A code's window wording has its translation, not only the command line's."""
    worded = [code for code, entry in MESSAGES.items() if entry.gui is not None]
    assert len(worded) > 30
    assert {code: untranslated(code, po.stem) for code in worded
            if untranslated(code, po.stem)} == {}


def test_missing_packs_are_named_by_language_in_the_window(data_home):
    """No pack installed: the window names the languages, the command line the codes it takes."""
    from evac_toolkit.core.translation.service import translate

    result = translate("水はどこですか", "ja", "my", data_dir=data_home)
    assert result.reason == "mt_packs_missing"
    ja = gui_message(result.reason, "ja", **result.reason_params)
    en = gui_message(result.reason, "en", **result.reason_params)
    assert "日本語 → 英語、英語 → ミャンマー語" in ja and "Japanese → English" in en
    assert "ja → en" not in ja + en and not cli_syntax(ja + en)
    assert "ja → en, en → my" in message(result.reason, "en", **result.reason_params)


def test_gui_message_prefers_the_gui_wording():
    assert "--data-dir" in message("data_dir_unwritable", "en", path="/x", reason="r")
    shown = gui_message("data_dir_unwritable", "ja", path="/x", reason="r")
    assert "/x" in shown and not cli_syntax(shown)
    # A code without its own GUI wording reads the same in both.
    assert gui_message("wrote", "ja", path="/x") == message("wrote", "ja", path="/x")


def _message_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "evac_toolkit.core.messages"
            for alias in node.names]


@pytest.mark.parametrize("module", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_window_words_codes_for_the_window(module: Path):
    """The UI never uses the command line's wording of a code."""
    assert "message" not in _message_imports(module), \
        f"{module.name} imports message(); use gui_message()"


def window_entries(po: Path):
    """The catalog entries the window's own modules use (a location under evac_toolkit/ui/)."""
    with po.open("rb") as handle:
        entries = read_po(handle, locale=po.stem)
    return [entry for entry in entries if entry.id and any(
        path.startswith("evac_toolkit/ui/") for path, _line in entry.locations)]


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.name)
def test_no_ui_string_has_cli_syntax(po: Path):
    entries = window_entries(po)
    assert len(entries) > 300
    bad = []
    for entry in entries:
        ids = entry.id if entry.pluralizable else (entry.id,)
        forms = entry.string if entry.pluralizable else (entry.string,)
        for part, text in [*(("msgid", t) for t in ids), *(("msgstr", t) for t in forms)]:
            if cli_syntax(text):
                bad.append((part, text, cli_syntax(text)))
    assert not bad, bad


def test_a_sign_missing_a_language_is_named_by_its_text_and_language_names(tmp_path):
    """The window says which sign and which language by name, not 'facility.toilet' and 'my'."""
    import shutil

    from evac_toolkit.core.content.bank import ContentBank
    from evac_toolkit.core.errors import UserError
    from evac_toolkit.core.signs import resolve_languages, sign_sheet

    root = tmp_path / "assets"
    shutil.copytree(ROOT / "assets" / "labels", root / "labels")
    (root / "labels" / "text" / "my.toml").unlink()        # no Burmese text at all
    bank = ContentBank(root)
    with pytest.raises(UserError) as raised:
        sign_sheet(bank, "facility.toilet", resolve_languages(["ja", "my"]))
    error = raised.value
    shown = gui_message(error.code, "ja", **error.params)
    assert shown.startswith(f"「{bank.text('ja', 'facility.toilet')}」にはミャンマー語")
    assert "facility.toilet" not in shown and " my " not in shown
    assert "facility.toilet" in message(error.code, "ja", **error.params)   # the CLI's ID


def test_a_failure_no_code_words_still_reads_in_the_ui_language(tmp_path):
    """A worker's disk error or unexpected exception: never Python's English alone."""
    from evac_toolkit.core.problem_text import gui_problem

    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    try:
        (blocker / "out.pdf").write_bytes(b"")
    except OSError as error:
        disk = error
    assert gui_problem(disk, "ja") == \
        f"実行できませんでした：{blocker / 'out.pdf'}：フォルダの場所にファイルがあります。"
    shown = gui_problem(ValueError("boom"), "ja")
    assert shown.startswith("実行できませんでした（boom）。") and "担当者" in shown
    assert gui_problem(RuntimeError(), "en").startswith("This could not be done (RuntimeError).")
