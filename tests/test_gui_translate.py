"""Translate and Settings → Language packs on screen, with tiny but real Argos packs built at
test time (tests/argos_tiny.py), installed through the real install path."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from argos_tiny import signature_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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
    assert "日本語 → 英語" in window.views["translate"].packs_label.text()     # names, no codes
    assert "ja→en" not in window.views["translate"].packs_label.text()

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
    # The packs it needs, by language name; no codes and no command line in the window.
    assert "：英語 → ミャンマー語（ビルマ語）。" in missing.text.text()     # ja → en is here
    assert "en → my" not in missing.text.text() and "evac-toolkit" not in missing.text.text()
    assert "翻訳パック" in missing.text.text()
    assert "翻訳パックがないため訳せなかった言語" in view.status.text() or \
        " မြန်မာ" in view.status.text()

    toilet_ja = ContentBank().text("ja", "facility.toilet")
    cards = _translate(qtbot, view, toilet_ja, ["vi"])
    curated = cards["vi"]
    assert curated.result.provenance == "curated"
    assert curated.text.text() == ContentBank().text("vi", "facility.toilet")
    assert curated.result.review == "draft"
    assert curated.badge.text() == "用意された訳・未確認"
    assert "人による翻訳" not in curated.badge.text() and "確認済み" not in curated.badge.text()
    curated.copy_button.click()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == curated.result.text
    dialog = curated.show_full_screen(view.original)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_prepared_translation_is_badged_reviewed_only_after_a_named_reviewer_approved_it(
        window, qtbot, tmp_path):
    from evac_toolkit.core.content.bank import user_bank
    from evac_toolkit.core.content.review_import import apply_import, plan_import
    from evac_toolkit.core.content.review_sheet import read_sheet, write_sheet

    window.show_view("translate")
    view = window.views["translate"]
    toilet_ja = ContentBank().text("ja", "facility.toilet")
    cards = _translate(qtbot, view, toilet_ja, ["my", "en"])
    for card in cards.values():
        assert card.badge.isVisibleTo(card) and card.badge.text() == "用意された訳・未確認"
        assert "人による翻訳" not in card.badge.text()

    # A coordinator loads an interpreter's sheet that confirms the Burmese string.
    bank = user_bank(window.data_dir)
    sheet = tmp_path / "my.xlsx"
    write_sheet(bank, "my", sheet)
    from openpyxl import load_workbook
    book = load_workbook(sheet)
    row = next(r for r in book.active.iter_rows() if r[0].value == "facility.toilet")
    row[4].value = "確認済み"
    book.save(sheet)
    plan = plan_import(bank, read_sheet(sheet), "Aung Aung", today=dt.date(2026, 12, 5))
    assert plan.count("confirmed") == 1
    apply_import(bank, plan)

    cards = _translate(qtbot, view, toilet_ja, ["my", "en"])
    assert cards["my"].badge.text() == "確認済み：Aung Aung、2026-12-05"
    assert cards["en"].badge.text() == "用意された訳・未確認"
    # A long name wraps inside the badge instead of widening the card (and the window).
    from evac_toolkit.ui.translate.view import ResultCard
    long_name = "Daw Khin Myo Myint Aung (community interpreter, Hamamatsu International " \
                "Association)"
    card = ResultCard(dataclasses.replace(cards["my"].result, reviewer=long_name), "", "ja")
    qtbot.addWidget(card)
    assert long_name in card.badge.text()
    assert card.minimumSizeHint().width() < 600

    # The prepared phrase's own Japanese is no translation: no badge claims anything of it.
    cards = _translate(qtbot, view, ContentBank().text("en", "facility.toilet"), ["ja"],
                       source="en")
    assert cards["ja"].result.provenance == "curated"
    assert not cards["ja"].badge.isVisibleTo(cards["ja"])


def test_the_empty_results_say_what_to_do_next(window, qtbot, tiny_packs):
    window.show_view("translate")
    view = window.views["translate"]
    assert view.empty_hint.isVisibleTo(view)
    assert "「翻訳」を押して" in view.empty_hint.text()
    assert "用意された文だけ" in view.empty_hint.text()        # no packs yet: said plainly
    _translate(qtbot, view, ContentBank().text("ja", "facility.toilet"), ["vi"])
    assert not view.empty_hint.isVisibleTo(view)

    from evac_toolkit.core.translation.packs import install
    install(tiny_packs.get("ja", "en"), window.data_dir)
    view.refresh_packs()
    assert "用意された文だけ" not in view.empty_hint.text()
    assert not view.empty_hint.isVisibleTo(view)              # the results stay

    for pair in (("en", "vi"), ("ja", "vi"), ("en", "th")):
        install(tiny_packs.get(*pair), window.data_dir)
    view.refresh_packs()
    assert view.packs_label.text().endswith("ほか 1 組")     # three named, the rest counted
    assert "英語 → タイ語" in view.packs_label.toolTip().split("\n")
    assert len(view.packs_label.toolTip().split("\n")) == 4


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


def test_a_new_translation_takes_the_last_ones_cards_out_at_once(window, qtbot):
    """The last translation's cards leave the results as the new ones come, not when the event
    loop gets round to deleting them: a nested loop (a dialog, a drill's timer) would otherwise
    lay them out with the new cards. The new cards come one per turn, a few ms apart."""
    window.show_view("translate")
    view = window.views["translate"]
    toilet_ja = ContentBank().text("ja", "facility.toilet")
    first = _translate(qtbot, view, toilet_ja, ["vi", "my", "si"])
    assert set(first) == {"vi", "my", "si"}

    view.results = view.results[:1]
    view._show_results()                    # what a finished translation does
    laid_out = [view.results_layout.itemAt(i).widget()
                for i in range(view.results_layout.count())]
    assert not any(card in laid_out for card in first.values())
    assert not any(card.isVisible() for card in first.values())
    qtbot.waitUntil(view.results_complete, timeout=5_000)
    assert [card.result.target for card in view.cards] == ["vi"]
    # What was typed or translated is shown as typed, on the card and full screen.
    assert view.cards[0].text.textFormat() == Qt.TextFormat.PlainText
    dialog = view.cards[0].show_full_screen("<b>typed</b>")
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in dialog.findChildren(QLabel) if label.text())
    dialog.accept()
