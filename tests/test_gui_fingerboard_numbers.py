# ruff: noqa: F811
"""The clock board's cards read their number in the evacuee's language: "1 minuto" and "5
minutos", "la 1 en punto", and in Easy Japanese the reading the number takes (4時 よじ)."""

from __future__ import annotations

import pytest

# Shared fixtures, used by name as test arguments (ruff reads those as redefinitions).
from fingerboard_fixtures import make_view, registry  # noqa: F401
from gui_actions import tap

pytestmark = pytest.mark.gui


def test_clock_cards_choose_their_words_by_the_number(make_view, qtbot, tmp_path):
    view = make_view("ja")
    view.set_evacuee_language("es")
    tap(qtbot, view.built().board_buttons["answers"])
    answers = view.page("answers")
    tap(qtbot, answers.tabs["numbers"])
    pad = answers.tools["numbers"]
    tap(qtbot, answers.tabs["clock"])
    clock = answers.tools["clock"]
    tap(qtbot, clock.hour_buttons[1])
    tap(qtbot, clock.minute_buttons["00"])
    assert clock.words("es").endswith("la 1 en punto")
    tap(qtbot, clock.hour_buttons[3])
    assert clock.words("es").endswith("las 3 en punto")
    assert clock.words("ja-x-easy") is None or "3時" in clock.words("ja-x-easy")
    tap(qtbot, clock.hour_buttons[4])
    assert "4時（よじ）" in clock.words("ja-x-easy")

    minutes = clock.clock_cards["clock.minutes"]
    assert minutes.phrase().primary == "… minutos"
    tap(qtbot, answers.tabs["numbers"])            # the number pad fills the clock's cards
    tap(qtbot, pad.buttons["1"])
    tap(qtbot, answers.tabs["clock"])
    assert minutes.phrase().primary == "1 minuto"
    assert minutes.phrase().secondary == "1分"
    tap(qtbot, answers.tabs["numbers"])
    tap(qtbot, pad.buttons["0"])
    tap(qtbot, answers.tabs["clock"])
    assert minutes.phrase().primary == "10 minutos"
    view.set_evacuee_language("ja-x-easy")
    assert minutes.phrase().primary == "10分（じゅっぷん）"
    view.set_evacuee_language("es")
    view.grab().save(str(tmp_path / "clock.png"))
