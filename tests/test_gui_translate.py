"""Translate and Settings → Language packs on screen, with tiny but real Argos packs built at
test time (tests/argos_tiny.py), installed through the real install path."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from argos_tiny import signature_text
from pypdf import PdfReader
from PySide6.QtCore import Qt

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.translation.announcement import announce

pytestmark = pytest.mark.gui


@pytest.fixture
def usb_stick(tiny_packs, tmp_path: Path) -> Path:
    stick = tmp_path / "USB"
    stick.mkdir()
    for pair in (("ja", "en"), ("en", "vi")):
        (stick / tiny_packs.get(*pair).name).write_bytes(tiny_packs.get(*pair).read_bytes())
    (stick / "broken.argosmodel").write_bytes(tiny_packs.get("en", "th").read_bytes()[:500])
    return stick


def _install_from(qtbot, window, folder: Path):
    window.show_view("packs")
    packs = window.views["settings"].packs
    assert window.views["settings"].tabs.currentWidget() is packs
    with qtbot.waitSignal(packs.changed, timeout=60_000):
        packs.install(folder)
    return packs


def _translate(qtbot, view, text: str, targets: list[str], source: str = "ja"):
    view.set_source(source)
    view.input.setPlainText(text)
    view.set_targets(targets)
    assert view.translate()
    qtbot.waitUntil(lambda: view.job is None and view.results_complete(), timeout=60_000)
    return {card.result.target: card for card in view.cards}


def test_packs_install_from_a_usb_stick_with_one_broken_pack(window, qtbot, usb_stick):
    packs = _install_from(qtbot, window, usb_stick)
    assert packs.table.rowCount() == 2
    text = packs.status.text()
    assert text.count("✓") == 2 and "✗ broken.argosmodel は" in text
    assert "2 個のパックを入れました。1 個は入れられませんでした。" in text
    window.show_view("translate")
    assert "日本語 → 英語" in window.views["translate"].packs_label.text()

    packs.table.selectRow([packs.table.item(r, 0).text()
                           for r in range(2)].index("日本語"))
    packs.remove(packs.selected_pack())
    assert packs.table.rowCount() == 1
    assert "日本語 → 英語" not in window.views["translate"].packs_label.text()


def test_machine_curated_and_unavailable_results_are_badged(window, qtbot, usb_stick):
    _install_from(qtbot, window, usb_stick)
    window.show_view("translate")
    view = window.views["translate"]
    cards = _translate(qtbot, view, "ランプはどこですか", ["vi", "my"])
    machine, missing = cards["vi"], cards["my"]
    assert machine.result.provenance == "machine_pivot"
    assert machine.result.route == (("ja", "en"), ("en", "vi"))
    assert machine.text.text() == machine.result.text
    assert signature_text("en", "vi") in machine.text.text()
    assert "英語経由" in machine.badge.text() and "誤り" in machine.badge.text()
    assert "ランプはどこですか" in machine.original.text()      # the original beside it
    assert missing.result.provenance == "unavailable"
    with qtbot.waitSignal(view.open_packs_requested, timeout=1_000):
        missing.packs_button.click()              # one click to Settings → Language packs
    assert "英語 → ミャンマー語" in missing.text.text()          # languages by name, not code
    assert "en → my" not in missing.text.text()
    assert "翻訳パックがないため訳せなかった言語" in view.status.text() or \
        " မြန်မာ" in view.status.text()

    toilet_ja = ContentBank().text("ja", "facility.toilet")
    cards = _translate(qtbot, view, toilet_ja, ["vi"])
    curated = cards["vi"]
    assert curated.result.provenance == "curated"
    assert curated.text.text() == ContentBank().text("vi", "facility.toilet")
    assert "人" in curated.badge.text()
    curated.copy_button.click()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == curated.result.text
    dialog = curated.show_full_screen(view.original)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_announce_to_everyone_prints_one_notice_with_a_qr_code(window, qtbot, usb_stick,
                                                               tmp_path):
    _install_from(qtbot, window, usb_stick)
    registry = window.registry()
    registry.add({"display_name": "An", "languages": ["vi"]})
    registry.add({"display_name": "Aye", "languages": ["my"]})
    registry.add({"display_name": "山田", "languages": ["ja"]})
    window.show_view("translate")
    view = window.views["translate"]
    view.input.setPlainText("夕食は18時に体育館で配ります")
    with qtbot.waitSignal(view.translated, timeout=60_000) as translated:
        assert view.announce()
    assert translated.args[0] == ["vi"]
    qtbot.waitUntil(lambda: view.job is None and view.results_complete(), timeout=60_000)
    assert sorted(card.result.target for card in view.cards) == ["my", "vi"]
    out = tmp_path / "announce.pdf"
    view.save_pdf(out)
    qtbot.waitUntil(lambda: view.job is None, timeout=60_000)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    vi_text = view.cards[[c.result.target for c in view.cards].index("vi")].result.text
    assert "夕食は18時に体育館で配ります" in text and "".join(vi_text.split()) in text
    assert "機械翻訳" in text
    image = pdfium.PdfDocument(str(out))[0].render(scale=4).to_pil()
    decoded = zxingcpp.read_barcodes(image)
    assert any("夕食は18時に体育館で配ります" in code.text and vi_text in code.text
               for code in decoded)


def test_nothing_chosen_or_nothing_typed_is_said_plainly(window, qtbot):
    window.show_view("translate")
    view = window.views["translate"]
    view.set_targets([])
    view.input.setPlainText("こんにちは")
    assert not view.translate()
    assert view.status.text()
    view.input.setPlainText("  ")
    view.set_targets(["vi"])
    assert not view.translate()
    assert view.status.text() == "翻訳する文がありません。"
    assert not view.announce()           # nobody registered


def test_a_cancelled_announcement_stops_before_the_next_language(data_home):
    asked = []
    result = announce("こんにちは", "ja", ["vi", "my", "th"], data_dir=data_home,
                      progress=lambda done, total, code: asked.append(code),
                      cancelled=lambda: len(asked) >= 1)
    assert [r.target for r in result.results] == ["vi"]
