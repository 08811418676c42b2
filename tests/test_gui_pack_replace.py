"""Settings → Language packs asks before replacing an installed pack, and says why a mislabelled
pack was refused; real tiny packs through the real install worker."""

from __future__ import annotations

from pathlib import Path

import argos_tiny as tiny
import pytest
from gui_actions import Answer
from PySide6.QtWidgets import QMessageBox

from evac_toolkit.core.translation import packs
from evac_toolkit.ui.settings.packs import PacksView

pytestmark = pytest.mark.gui


def _install(qtbot, view: PacksView, source: Path) -> None:
    with qtbot.waitSignal(view.changed, timeout=60_000):
        view.install(source)


def test_replacing_asks_and_no_keeps_the_installed_pack(packs_view, qtbot, tiny_packs,
                                                        tmp_path):
    packs.install(tiny_packs.get("en", "vi", "1.0"), packs_view.data_dir)
    stick = tmp_path / "USB"
    stick.mkdir()
    for archive in (tiny_packs.get("en", "vi", "1.1"), tiny_packs.get("ja", "en")):
        (stick / archive.name).write_bytes(archive.read_bytes())

    answer = Answer(QMessageBox.StandardButton.No)
    _install(qtbot, packs_view, stick)
    assert answer.title == "入っているパックを入れ替えますか？"
    assert "英語 → ベトナム語：バージョン 1.0 が入っています。" in answer.text
    assert "バージョン 1.1 です" in answer.text and "ja → en" not in answer.text
    shown = packs_view.status.text()
    assert "✓ 翻訳パック 日本語 → 英語（バージョン 1.0）を入れました。" in shown
    assert "英語 → ベトナム語 のパックはもう入っているので（バージョン 1.0）、そのままにしました" \
        in shown
    assert {(p.pair, p.package_version) for p in packs.list_packs(packs_view.data_dir)} == {
        (("en", "vi"), "1.0"), (("ja", "en"), "1.0")}

    answer = Answer(QMessageBox.StandardButton.Yes)
    _install(qtbot, packs_view, stick / tiny_packs.get("en", "vi", "1.1").name)
    assert answer.text is not None
    assert "バージョン 1.0 と入れ替えました" in packs_view.status.text()
    assert {(p.pair, p.package_version) for p in packs.list_packs(packs_view.data_dir)} == {
        (("en", "vi"), "1.1"), (("ja", "en"), "1.0")}


def test_a_mislabelled_pack_is_explained_in_japanese(packs_view, qtbot, tmp_path):
    fake = tiny.mislabelled(tmp_path, claims=("en", "vi"), holds=("en", "ja"))
    _install(qtbot, packs_view, fake)       # nothing installed: no question is asked
    shown = packs_view.status.text()
    assert f"✗ {fake.name} は 英語 → ベトナム語 の翻訳パックのはずですが" in shown
    assert "表示と中身が違うパックなので、入れませんでした。" in shown
    assert packs_view.status.property("problem") is True
    assert packs_view.table.rowCount() == 0
