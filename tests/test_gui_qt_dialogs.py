"""Qt's own dialogs (files, printing, message boxes) read in Japanese in the Japanese UI.

The dialogs are Qt's real widget dialogs (the ones a Linux desktop without a platform theme
shows), opened offscreen; any visible label, button, tooltip or choice left in English fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QWidget,
)

from evac_toolkit.ui import i18n

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH_WORD = re.compile("[A-Za-z]{3,}")
#: Choices that are names, not words to translate: paper sizes (JIS B5, A4 Extra) and the
#: file-type filters the program passes in.
NAMES = ("pageSizeCombo", "fileTypeCombo", "filename", "paperSource")


@pytest.fixture
def japanese(qapp):
    i18n.install_translators(qapp, "ja")
    yield
    i18n.install_translators(qapp, "en")


def english_left(dialog: QWidget) -> list[tuple[str, str]]:
    """(object name, text) of every visible string in ``dialog`` that is English."""
    found = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget.objectName() in NAMES or not widget.isVisibleTo(dialog):
            continue
        texts = [widget.toolTip()]
        for attribute in ("text", "title", "windowTitle"):
            value = getattr(widget, attribute, None)
            if callable(value):
                try:
                    texts.append(value())
                except TypeError:
                    pass
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        found += [(widget.objectName(), text) for text in texts
                  if isinstance(text, str) and ENGLISH_WORD.search(text)
                  and not JAPANESE.search(text) and not text.startswith("/")]
    return found


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_is_japanese(qtbot, japanese, mode):
    dialog = QFileDialog(None, "ファイルを選ぶ", str(ROOT), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "場所(&L):"
    if mode != "folder":
        assert labels["fileNameLabel"] == "ファイル名(&N):"
        assert labels["fileTypeLabel"] == "ファイルの種類(&T):"
    assert english_left(dialog) == []


def test_the_file_dialog_lists_folders_and_files_by_japanese_type(qtbot, japanese, tmp_path):
    (tmp_path / "USB").mkdir()
    (tmp_path / "pack.argosmodel").write_bytes(b"x")
    dialog = QFileDialog(None, "ファイルを選ぶ", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2, timeout=10_000)
    types = sorted(model.index(row, 2, view.rootIndex()).data() for row in range(2))
    assert "フォルダ" in types and all(JAPANESE.search(kind) for kind in types), types


def test_the_print_dialog_and_its_options_are_japanese(qtbot, japanese):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(b for b in dialog.findChildren(QPushButton) if "オプション" in b.text())
    options.click()                                   # the page range and two-sided settings
    assert english_left(dialog) == []


def test_message_box_buttons_are_japanese(qtbot, japanese):
    box = QMessageBox()
    qtbot.addWidget(box)
    buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
               | QMessageBox.StandardButton.Cancel)
    box.setStandardButtons(buttons)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                           QMessageBox.StandardButton.No,
                                           QMessageBox.StandardButton.Cancel)] == \
        ["はい(&Y)", "いいえ(&N)", "キャンセル"]


def test_every_qt_string_we_translate_reads_in_japanese(japanese):
    """The strings listed in ui/qt_strings.py, kept in our catalog under Qt's own contexts, are
    what Qt finds at run time (through ui/i18n.py's CatalogTranslator)."""
    with (ROOT / "translations" / "ja.po").open("rb") as handle:
        entries = read_po(handle, locale="ja")
    checked = 0
    for entry in entries:
        if not any(path.endswith("ui/qt_strings.py") for path, _line in entry.locations):
            continue
        assert entry.context, entry.id                       # Qt asks by its own context
        shown = QCoreApplication.translate(entry.context, entry.id)
        assert shown == entry.string and JAPANESE.search(shown), (entry.context, shown)
        checked += 1
    assert checked >= 10
    # A string of ours under a context Qt never asks with stays English there.
    assert QCoreApplication.translate("QFileDialog", "Shelter passphrase:") == \
        "Shelter passphrase:"
