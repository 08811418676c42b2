"""Settings → Language packs with many-to-many models: the licence shown before installing and
acceptance asked once, the languages named, install from a folder and a zip in the real worker,
cancel, remove. Real tiny models (tests/m2m_tiny.py), real widgets."""

from __future__ import annotations

from pathlib import Path

import m2m_tiny as tiny
import pytest
from cli_syntax import cli_syntax
from gui_actions import Answer
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox

from evac_toolkit.core.translation import many_to_many
from evac_toolkit.ui.settings.packs import PacksView

pytestmark = pytest.mark.gui

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _install(qtbot, view: PacksView, source: Path) -> None:
    with qtbot.waitSignal(view.changed, timeout=60_000):
        view.install(source)


def _row(view: PacksView, row: int) -> list[str]:
    return [view.models_table.item(row, column).text() for column in range(3)]


def test_a_model_folder_shows_its_licence_then_installs(packs_view, qtbot, tiny_m2m):
    source = tiny_m2m.get("m2m100")
    assert packs_view.models_note.isVisible() and not packs_view.models_table.isVisible()
    answer = Answer(YES)
    _install(qtbot, packs_view, source)
    assert answer.title == "翻訳モデルを入れますか？"
    assert source.name in answer.text
    assert "ライセンス：MIT（README.md の記載による）。" in answer.text
    assert answer.labels == ["入れる", "キャンセル"] and answer.details == ""
    shown = packs_view.status.text()
    assert "✓ 多言語モデル M2M-100" in shown
    assert "翻訳できる言語：日本語、英語、中国語（簡体字）" in shown
    assert "中国語（繁体字）へは、中国語（簡体字）の訳を Open Chinese Convert の表で変換して訳します" in shown
    assert packs_view.status.property("problem") is False
    name, licence, languages = _row(packs_view, 0)
    assert name.startswith("M2M-100") and licence == "MIT"
    assert "ミャンマー語" in languages and "シンハラ語" in languages and "__" not in languages
    assert packs_view.models_table.isVisible() and not packs_view.models_note.isVisible()
    # No command-line syntax, no raw language code anywhere on screen.
    texts = [w.text() for w in packs_view.findChildren(QLabel) + packs_view.findChildren(
        QAbstractButton) if w.isVisible()] + _row(packs_view, 0)
    assert not [text for text in texts if cli_syntax(text)]
    assert not [text for text in texts if "zh-Hant" in text or "pt-BR" in text]

    packs_view.verify()
    qtbot.waitUntil(lambda: packs_view.job is None, timeout=60_000)
    assert f"✓ {name}：問題ありません" in packs_view.status.text()

    # Remove it, after a Yes/No question.
    packs_view.models_table.selectRow(0)
    answer = Answer(YES)
    with qtbot.waitSignal(packs_view.changed, timeout=10_000):
        packs_view._confirm_remove()
    assert answer.title == "モデルの削除"
    assert packs_view.status.text().startswith("モデル M2M-100") and "削除しました" in \
        packs_view.status.text()
    assert many_to_many.list_models(packs_view.data_dir) == []
    assert packs_view.models_note.isVisible()


def test_a_non_commercial_zip_asks_to_accept_once(packs_view, qtbot, tiny_m2m, tmp_path):
    archive = tiny.zip_model(tiny_m2m.get("nllb200"), tmp_path / "nllb.zip")
    answer = Answer(NO)
    packs_view.install(archive)
    qtbot.waitUntil(lambda: answer.text is not None, timeout=10_000)
    assert "このライセンスでは、商用でない利用だけが認められています。" in answer.text
    assert "入れると、このライセンスを承諾したことになります。" in answer.text
    assert "承諾して入れる" in answer.labels
    assert packs_view.job is None and packs_view.status.text() == "何も入れていません。"
    assert many_to_many.list_models(packs_view.data_dir) == []

    answer = Answer(YES)
    _install(qtbot, packs_view, archive)
    assert "✓ 多言語モデル NLLB-200" in packs_view.status.text()
    assert _row(packs_view, 0)[1] == "CC-BY-NC-4.0"
    # Asked once: installing it again says it replaces the copy and asks no acceptance.
    answer = Answer(YES)
    _install(qtbot, packs_view, archive)
    assert "もう入っています。入れると入れ替わります。" in answer.text
    assert "承諾したことになります" not in answer.text and "承諾して入れる" not in answer.labels
    assert "前に入っていたものと入れ替えました" in packs_view.status.text()


def test_a_mislabelled_model_is_refused_and_explained(packs_view, qtbot, tiny_m2m):
    source = tiny_m2m.get("m2m100", mislabel={"vi": "ja"}, name="mislabelled")
    answer = Answer(YES)
    _install(qtbot, packs_view, source)
    assert answer.text is not None
    shown = packs_view.status.text()
    assert "✗ mislabelled はベトナム語に翻訳できるとしていますが" in shown
    assert "表示と中身が違うモデルなので、入れていません。" in shown
    assert packs_view.status.property("problem") is True
    assert packs_view.models_table.rowCount() == 0
