"""The wrapped label of result cards remembers its height per width; it must give exactly the
height a plain QLabel gives, and forget it whenever what decides the height changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.widgets.wrapped_label import LONG_TEXT, WrappedLabel

pytestmark = pytest.mark.gui

BURMESE = "ကျေးဇူးပြု၍ ဤနေရာတွင် စောင့်ပါ။ ရေနှင့် အစားအစာ ရှိပါသည်။ " * 8
JAPANESE = "本日十八時から体育館で夕食を配ります。食器を持って並んでください。" * 6
WIDTHS = [120, 301, 300, 640, 1000, 301, 120]


def _plain(text: str, font) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(WrappedLabel().textFormat())
    label.setFont(font)
    return label


@pytest.mark.parametrize(("text", "family"), [(BURMESE, "Noto Sans Myanmar"),
                                              (JAPANESE, "Noto Sans JP"),
                                              ("Please wait here.", "Noto Sans")])
def test_heights_are_qlabels_own_at_every_width_asked_in_any_order(qtbot, text, family):
    font = qfont(family, 20)
    label, plain = WrappedLabel(text), _plain(text, font)
    label.setFont(font)
    qtbot.addWidget(label)
    qtbot.addWidget(plain)
    for width in WIDTHS + WIDTHS[::-1]:
        assert label.heightForWidth(width) == plain.heightForWidth(width), width


def test_a_new_text_font_or_style_is_measured_again(qtbot):
    label = WrappedLabel(JAPANESE)
    qtbot.addWidget(label)
    before = label.heightForWidth(300)

    label.setText(JAPANESE[:20])
    assert label.heightForWidth(300) < before
    assert label.heightForWidth(300) == _plain(JAPANESE[:20], label.font()).heightForWidth(300)

    label.setText(JAPANESE)
    small = label.heightForWidth(300)
    label.setFont(qfont("Noto Sans JP", 28))
    assert label.heightForWidth(300) > small
    assert label.heightForWidth(300) == _plain(JAPANESE, label.font()).heightForWidth(300)

    padded = label.heightForWidth(300)
    label.setStyleSheet("padding: 30px;")
    label.ensurePolished()          # as showing it does (under the window's style sheet)
    assert label.heightForWidth(300) > padded
    label.setMargin(10)
    plain = _plain(JAPANESE, label.font())
    plain.setStyleSheet("padding: 30px;")
    plain.setMargin(10)
    plain.ensurePolished()
    assert label.heightForWidth(300) == plain.heightForWidth(300)


def test_a_long_texts_size_hint_is_one_layout_at_the_width_qlabel_tries_first(qtbot):
    label = WrappedLabel(BURMESE)
    label.setFont(qfont("Noto Sans Myanmar", 20))
    qtbot.addWidget(label)
    assert len(label.text()) >= LONG_TEXT
    hint = label.sizeHint()
    plain = _plain(BURMESE, label.font())
    # QLabel's own hint for a long text is within a few pixels of its text's width at 80
    # average characters; ours fills that width, with the height QLabel gives it.
    assert abs(hint.width() - plain.sizeHint().width()) <= label.fontMetrics().averageCharWidth() * 2
    assert hint.height() == plain.heightForWidth(hint.width())

    short = WrappedLabel("Please wait here.")
    qtbot.addWidget(short)
    assert short.sizeHint() == _plain("Please wait here.", short.font()).sizeHint()


def test_markup_in_a_translation_is_shown_not_obeyed(qtbot):
    label = WrappedLabel("<b>水</b> <a href='x'>here</a>")
    qtbot.addWidget(label)
    rich = QLabel("<b>水</b> <a href='x'>here</a>")
    qtbot.addWidget(rich)
    assert label.sizeHint().width() > rich.sizeHint().width()     # the tags are drawn as text
    assert not label.openExternalLinks()
