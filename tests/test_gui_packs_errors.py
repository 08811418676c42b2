"""Settings → Language packs tells what went wrong and names languages, not codes.

Real tiny Argos packs (tests/argos_tiny.py) go through the real install path in a worker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from argos_tiny import truncated
from cli_syntax import cli_syntax
from PySide6.QtWidgets import QAbstractButton, QLabel

from evac_toolkit.ui.settings.packs import PacksView

pytestmark = pytest.mark.gui


def _install(qtbot, view: PacksView, source: Path) -> None:
    with qtbot.waitSignal(view.changed, timeout=60_000):
        view.install(source)


def _shown_texts(view) -> list[str]:
    widgets = view.findChildren(QLabel) + view.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisible()]


def test_a_damaged_pack_alone_is_explained_and_the_explanation_stays(
        packs_view, qtbot, tiny_packs, tmp_path):
    """The damaged file was the only one: nothing is installed, the list stays empty, and the
    reason is still on screen after the list is redrawn (it used to be overwritten)."""
    damaged = truncated(tiny_packs.get("ja", "en"), tmp_path / "copied-halfway.argosmodel")
    _install(qtbot, packs_view, damaged)
    packs_view.refresh()
    shown = packs_view.status.text()
    assert packs_view.status.isVisible()
    assert "✗ copied-halfway.argosmodel は" in shown
    assert "壊れているか、最後までコピーされていません" in shown and "入れ直してください" in shown
    assert "0 個のパックを入れました。1 個は入れられませんでした。" in shown
    assert packs_view.status.property("problem") is True
    assert packs_view.table.rowCount() == 0 and packs_view.empty_note.isVisible()


def test_packs_are_named_by_language_in_the_ui_language(packs_view, qtbot, tiny_packs):
    _install(qtbot, packs_view, tiny_packs.get("ja", "en"))
    row = [packs_view.table.item(0, column).text() for column in (0, 1)]
    assert row == ["日本語", "英語"]
    assert "翻訳パック 日本語 → 英語（バージョン 1.0）を入れました。" in packs_view.status.text()
    assert packs_view.status.property("problem") is False
    assert not packs_view.empty_note.isVisible()

    packs_view.verify()
    qtbot.waitUntil(lambda: packs_view.job is None, timeout=60_000)
    assert "✓ 日本語 → 英語：問題ありません" in packs_view.status.text()

    packs_view.table.selectRow(0)
    packs_view.remove(packs_view.selected_pack())
    assert packs_view.status.text() == "翻訳パック 日本語 → 英語 を削除しました。"
    for text in _shown_texts(packs_view):
        assert not cli_syntax(text), text
        assert "ja → en" not in text and "(ja)" not in text and "translate-ja_en" not in text


def test_the_empty_view_says_what_to_do_without_a_command_line(packs_view):
    assert packs_view.empty_note.isVisible()
    note = packs_view.empty_note.text()
    assert "下のボタン" in note and "USB メモリ" in note
    for text in _shown_texts(packs_view):
        assert not cli_syntax(text), text
