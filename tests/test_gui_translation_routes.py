"""The route on screen (issue 22): the Translate view's badge says "direct (M2M-100 418M)" or
"via English (Argos)", the Settings control changes which comes first, a long text moves the
progress bar batch by batch, and output in the wrong script is badged. Real widgets, tiny but
real Argos packs and many-to-many models built at test time."""

from __future__ import annotations

import shutil
from pathlib import Path

import m2m_tiny as m2m
import pytest

from evac_toolkit.core.settings import Settings
from evac_toolkit.core.translation import many_to_many, packs

pytestmark = pytest.mark.gui

TEXT = "かわの いしは どこ"


def _install_model(folder: Path, data: Path) -> None:
    shutil.copytree(folder, many_to_many.models_dir(data) / folder.name)


def _translate(qtbot, view, text: str, targets: list[str]):
    view.set_source("ja")
    view.input.setPlainText(text)
    view.set_targets(targets)
    assert view.translate()
    qtbot.waitUntil(lambda: view.job is None and view.results_complete(), timeout=60_000)
    return {card.result.target: card for card in view.cards}


@pytest.fixture
def installed(tiny_packs, tiny_m2m, data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    _install_model(tiny_m2m.get(), data_home)


def test_the_badge_names_the_route_and_the_setting_changes_it(window, qtbot, installed,
                                                               data_home):
    window.show_view("translate")
    view = window.views["translate"]
    view.refresh_packs()
    assert view.packs_label.text() == "翻訳パック：M2M-100 418M、英語 → ベトナム語、日本語 → 英語"
    cards = _translate(qtbot, view, TEXT, ["my", "si", "en", "vi"])
    for code in ("my", "si", "vi"):        # auto: the model before two packs through English
        assert cards[code].result.route_kind == "many_to_many"
        assert cards[code].text.text() == m2m.expected(TEXT, "ja", code)
        assert cards[code].badge.text() == "機械翻訳・直接（M2M-100 418M）— 誤りがあるかもしれません"
        assert TEXT in cards[code].original.text()                # the original beside it
    assert cards["en"].result.route_kind == "argos"
    assert cards["en"].badge.text() == "機械翻訳・直接（Argos）— 誤りがあるかもしれません"

    window.show_view("packs")
    choice = window.views["settings"].translation_route
    assert choice.isVisible() and choice.choice.currentText() == "自動（おすすめ）"
    assert "英語" in choice.explanation.text()
    choice.choice.setCurrentIndex(choice.choice.findData("argos"))
    assert Settings.load(data_home).translation_route == "argos"
    assert choice.choice.currentText() == "Argos のパックを優先"
    window.show_view("translate")
    cards = _translate(qtbot, view, TEXT, ["vi", "my"])
    assert cards["vi"].result.route_kind == "argos_pivot"
    assert cards["vi"].badge.text() == "機械翻訳・英語経由（Argos）— 誤りがあるかもしれません"
    assert cards["my"].result.route_kind == "many_to_many"       # no pack has Burmese

    choice.choice.setCurrentIndex(choice.choice.findData("many_to_many"))
    cards = _translate(qtbot, view, TEXT, ["en"])
    assert cards["en"].result.route_kind == "many_to_many"
    assert cards["en"].text.text() == m2m.expected(TEXT, "ja", "en")
    # Window text names no route or language code.
    for card in view.cards:
        for word in ("many_to_many", "argos_pivot", " en ", "ja →"):
            assert word not in card.badge.text()


def test_a_long_text_moves_the_progress_bar_batch_by_batch(window, qtbot, installed):
    window.show_view("translate")
    view = window.views["translate"]
    seen: list[tuple[int, int]] = []
    view.progress.valueChanged.connect(lambda value: seen.append((value, view.progress.maximum())))
    # Two calls: the tiny model takes up to 256 sentences in one (sentences_per_call).
    sentences = [f"{word} は どこ {n}。" for n in range(7) for word in m2m.LATIN_WORDS][:300]
    cards = _translate(qtbot, view, "".join(sentences), ["si"])
    assert cards["si"].result.text == " ".join(m2m.expected(s, "ja", "si") for s in sentences)
    assert [value for value, maximum in seen if maximum == 100] == [50, 100]
    assert not view.progress.isVisible()


def test_output_in_the_wrong_script_is_badged(window, qtbot, tiny_m2m, data_home):
    _install_model(tiny_m2m.get(mislabel={"vi": "ja"}, name="mislabelled"), data_home)
    window.show_view("translate")
    view = window.views["translate"]
    cards = _translate(qtbot, view, TEXT, ["vi"])
    card = cards["vi"]
    assert card.result.warnings == ("mt_wrong_script",)
    warnings = [label.text() for label in card.findChildren(type(card.badge))
                if label.text().startswith("⚠")]
    assert warnings == ["⚠ 訳のほとんどが、指定した言語の文字で書かれていません。別の言語になっている"
                        "ようです。このまま渡さないでください。"]


def test_the_languages_table_names_the_model(window, installed):
    window.show_view("languages")
    table = window.views["settings"].languages.table
    column = {table.item(row, 2).text(): table.item(row, 5).text()
              for row in range(table.rowCount())}
    assert column["my"] == "M2M-100 418M"
    assert column["ja"] == "↔ 英語, M2M-100 418M"
    assert column["zh-Hant"] == "M2M-100 418M（中国語（簡体字）から変換）"
    assert column["ja-x-easy"] == "オフラインモデルなし"


def test_the_installed_models_are_described_in_a_worker_as_the_program_starts(
        qtbot, tiny_m2m, data_home):
    """A real model's vocabulary is megabytes of JSON: the program describes its models in a
    worker after the window is up, so that the Translate view, when first shown, finds them
    described instead of reading them on the window's thread."""
    from evac_toolkit.core.translation import routes
    from evac_toolkit.ui.app import create_application, create_main_window

    _install_model(tiny_m2m.get(), data_home)
    folder = str(next(many_to_many.models_dir(data_home).iterdir()))
    with routes._SEEN_LOCK:
        routes._SEEN.pop(folder, None)
    window = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(window)
    window.show()
    assert "translate" in window._placeholders          # the view is not built yet
    qtbot.waitUntil(lambda: folder in routes._SEEN, timeout=30_000)
    described = routes._SEEN[folder][1]
    window.show_view("translate")
    assert [m for m in routes.installed_models(data_home)] == [described]
    assert described.name in window.views["translate"].packs_label.text()


def test_traditional_chinese_from_m2m100_is_converted_and_badged_so(window, qtbot, installed):
    """M2M-100 writes Simplified Chinese: a Traditional Chinese reader gets it converted, and
    the badge says so."""
    from evac_toolkit.core.translation.han_convert import to_traditional

    window.show_view("translate")
    view = window.views["translate"]
    card = _translate(qtbot, view, TEXT, ["zh-Hant"])["zh-Hant"]
    assert card.result.converted_from == "zh-Hans"
    assert card.text.text() == to_traditional(m2m.expected(TEXT, "ja", "zh-Hans"))
    assert card.text.text().startswith("避難所 廁所")
    assert card.badge.text() == ("機械翻訳・直接（M2M-100 418M、中国語（簡体字）から変換）"
                                 "— 誤りがあるかもしれません")
    assert not [label for label in card.findChildren(type(card.badge))
                if label.text().startswith("⚠")]
